
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

mail-invite-subject = Запрошення до Quartier
mail-invite-body =
    Вітаємо, { $name }!

    Вас запрошено працювати в Quartier. За цим посиланням задайте свій пароль:

    { $link }

    Посилання дійсне { $days } днів і лише один раз. Потім увійдіть зі своєю електронною адресою.

    Quartier

mail-forum-contact-subject = Повідомлення для «{ $forum }»
mail-forum-contact-body =
    Вітаємо, { $name }!

    Хтось написав форуму «{ $forum }» через Quartier:

    { $message }

    Будь ласка, відповідайте напряму на: { $from }

    Quartier

mail-email-change-subject = Будь ласка, підтвердьте нову електронну адресу
mail-email-change-body =
    Вітаємо, { $name }!

    За цим посиланням ця адреса стане вашою адресою в Quartier:

    { $link }

    Посилання дійсне { $hours } годин. Якщо ви цього не хотіли, проігноруйте лист; нічого не зміниться.

    Quartier

mail-email-changed-subject = Вашу електронну адресу в Quartier змінено
mail-email-changed-body =
    Вітаємо, { $name }!

    Ваш обліковий запис у Quartier тепер має адресу { $email }. Це були не ви? Тоді негайно задайте новий пароль і напишіть нам.

    Quartier

mail-inactive-warning-subject = Ваш обліковий запис у Quartier незабаром буде видалено
mail-inactive-warning-body =
    Вітаємо, { $name }!

    Ви давно не входили до Quartier. Щоб не зберігати дані довше, ніж потрібно, ми видалимо ваш обліковий запис через { $days } днів.

    Хочете його зберегти? Тоді просто увійдіть:

    { $link }

    Quartier
mail-privacy-has-account-subject = Ваші дані в Quartier
mail-privacy-has-account-body =
    Вітаємо,

    хтось запитав дані цієї адреси в Quartier. Для цієї адреси є обліковий запис. Увійдіть — там ви можете завантажити свої дані або видалити обліковий запис:

    { $link }

    Це були не ви? Тоді нічого робити не потрібно.

    Quartier
mail-privacy-request-export-subject = Ваші дані в Quartier: посилання для завантаження
mail-privacy-request-export-body =
    Вітаємо,

    ви попросили копію своїх даних у Quartier. Відкрийте це посилання:

    { $link }

    Посилання діє { $hours } год. Це були не ви? Тоді нічого робити не потрібно.

    Quartier
mail-privacy-request-delete-subject = Видалення ваших даних у Quartier
mail-privacy-request-delete-body =
    Вітаємо,

    ви попросили видалити свої дані в Quartier. Відкрийте це посилання і підтвердьте там:

    { $link }

    Посилання діє { $hours } год. Це були не ви? Тоді нічого робити не потрібно. Без вашого підтвердження ми нічого не видаляємо.

    Quartier
mail-privacy-export-ready-subject = Ваші дані в Quartier готові
mail-privacy-export-ready-body =
    Вітаємо,

    ваші дані готові. Увійдіть і відкрийте це посилання:

    { $link }

    Посилання діє { $days } дн. і лише для вашого облікового запису.

    Quartier
