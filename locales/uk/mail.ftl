
mail-survey-link-subject = Ваше посилання на опитування «{ $title }»
mail-survey-link-body =
    Вітаємо,

    за цим посиланням ви можете один раз відповісти на опитування «{ $title }»:

    { $link }

    Якщо ви не просили це посилання, просто проігноруйте цей лист.

    Ваш Quartier

mail-verify-subject = Будь ласка, підтвердіть свою електронну адресу для Quartier
mail-verify-body =
    Вітаємо, { $name },

    будь ласка, підтвердіть свою електронну адресу за цим посиланням:

    { $link }

    Посилання дійсне { $hours } год. Якщо ви не реєструвалися в Quartier, просто проігноруйте цей лист.

    Quartier
mail-reset-subject = Новий пароль для Quartier
mail-reset-body =
    Вітаємо, { $name },

    скористайтеся цим посиланням, щоб задати новий пароль:

    { $link }

    Посилання дійсне { $minutes } хв і лише один раз. Якщо ви не просили новий пароль, просто проігноруйте цей лист.

    Quartier

mail-accessibility-feedback-subject = Quartier: повідомлення про бар'єр
mail-accessibility-feedback-body =
    Вітаємо,

    хтось повідомив про бар'єр через заяву про доступність:

    { $message }

    Сторінка: { $page }
    Адреса для відповіді: { $email }

    Quartier
