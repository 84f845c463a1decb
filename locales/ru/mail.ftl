
mail-survey-link-subject = Ваша ссылка на опрос «{ $title }»
mail-survey-link-body =
    Здравствуйте,

    по этой ссылке вы можете один раз ответить на опрос «{ $title }»:

    { $link }

    Если вы не запрашивали эту ссылку, просто проигнорируйте это письмо.

    Ваш Quartier

mail-verify-subject = Пожалуйста, подтвердите свой адрес электронной почты для Quartier
mail-verify-body =
    Здравствуйте, { $name },

    пожалуйста, подтвердите свой адрес электронной почты по этой ссылке:

    { $link }

    Ссылка действует { $hours } ч. Если вы не регистрировались в Quartier, просто проигнорируйте это письмо.

    Quartier
mail-reset-subject = Новый пароль для Quartier
mail-reset-body =
    Здравствуйте, { $name },

    воспользуйтесь этой ссылкой, чтобы задать новый пароль:

    { $link }

    Ссылка действует { $minutes } мин и только один раз. Если вы не запрашивали новый пароль, просто проигнорируйте это письмо.

    Quartier

mail-accessibility-feedback-subject = Quartier: сообщение о барьере
mail-accessibility-feedback-body =
    Здравствуйте,

    кто-то сообщил о барьере через заявление о доступности:

    { $message }

    Страница: { $page }
    Адрес для ответа: { $email }

    Quartier

mail-invite-subject = Приглашение в Quartier
mail-invite-body =
    Здравствуйте, { $name }!

    Вас пригласили работать в Quartier. По этой ссылке задайте свой пароль:

    { $link }

    Ссылка действует { $days } дней и только один раз. Затем войдите со своим адресом электронной почты.

    Quartier

mail-forum-contact-subject = Сообщение для «{ $forum }»
mail-forum-contact-body =
    Здравствуйте, { $name }!

    Кто-то написал форуму «{ $forum }» через Quartier:

    { $message }

    Пожалуйста, отвечайте напрямую на: { $from }

    Quartier

mail-email-change-subject = Пожалуйста, подтвердите новый адрес электронной почты
mail-email-change-body =
    Здравствуйте, { $name }!

    По этой ссылке этот адрес станет вашим адресом в Quartier:

    { $link }

    Ссылка действует { $hours } часов. Если вы этого не хотели, проигнорируйте письмо; ничего не изменится.

    Quartier

mail-email-changed-subject = Ваш адрес электронной почты в Quartier изменён
mail-email-changed-body =
    Здравствуйте, { $name }!

    Ваша учётная запись в Quartier теперь имеет адрес { $email }. Это были не вы? Тогда немедленно задайте новый пароль и напишите нам.

    Quartier

mail-inactive-warning-subject = Ваша учётная запись в Quartier скоро будет удалена
mail-inactive-warning-body =
    Здравствуйте, { $name }!

    Вы давно не входили в Quartier. Чтобы не хранить данные дольше необходимого, мы удалим вашу учётную запись через { $days } дней.

    Хотите её сохранить? Тогда просто войдите:

    { $link }

    Quartier
mail-privacy-has-account-subject = Ваши данные в Quartier
mail-privacy-has-account-body =
    Здравствуйте,

    кто-то запросил данные этого адреса в Quartier. Для этого адреса есть учётная запись. Войдите — там вы можете скачать свои данные или удалить учётную запись:

    { $link }

    Это были не вы? Тогда ничего делать не нужно.

    Quartier
mail-privacy-request-export-subject = Ваши данные в Quartier: ссылка для скачивания
mail-privacy-request-export-body =
    Здравствуйте,

    вы запросили копию своих данных в Quartier. Откройте эту ссылку:

    { $link }

    Ссылка действует { $hours } ч. Это были не вы? Тогда ничего делать не нужно.

    Quartier
mail-privacy-request-delete-subject = Удаление ваших данных в Quartier
mail-privacy-request-delete-body =
    Здравствуйте,

    вы попросили удалить свои данные в Quartier. Откройте эту ссылку и подтвердите там:

    { $link }

    Ссылка действует { $hours } ч. Это были не вы? Тогда ничего делать не нужно. Без вашего подтверждения мы ничего не удаляем.

    Quartier
mail-privacy-export-ready-subject = Ваши данные в Quartier готовы
mail-privacy-export-ready-body =
    Здравствуйте,

    ваши данные готовы. Войдите и откройте эту ссылку:

    { $link }

    Ссылка действует { $days } дн. и только для вашей учётной записи.

    Quartier
