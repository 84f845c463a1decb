nav-report = Сообщить о проблеме
nav-concerns = Обращения
notice-concern-confirmed = Спасибо! Ваше обращение подтверждено и опубликовано.
notice-confirm-failed = Эта ссылка для подтверждения недействительна. Пожалуйста, сообщите ещё раз.
report-title = Сообщить о проблеме
report-intro = Опишите, что вы заметили в своём районе. Мы передадим это в ответственное ведомство.
concern-title = О чём речь?
concern-title-hint = Короткое предложение, например „Яма на тротуаре у школы“.
concern-description = Описание
concern-description-hint = В чём проблема, с каких пор и чего бы вы хотели?
choose = Выберите
concern-district = Район
concern-address = Адрес или место
concern-address-hint = Необязательно, например улица и номер дома.
concern-point = Точное место
concern-point-hint = Необязательно: широта и долгота, например 50.9787 и 11.0328.
concern-latitude = Широта
concern-longitude = Долгота
concern-contact = Ваши контакты
concern-contact-hint = Мы пришлём ссылку для подтверждения. Ваш адрес никогда не публикуется.
concern-name = Имя
concern-name-hint = Необязательно. Показывается публично рядом с обращением.
report-submit = Отправить
report-sent-title = Спасибо за обращение
report-sent-reference = Номер вашего обращения: { $reference }
report-sent-view = Посмотреть обращение
report-sent-confirm = Пожалуйста, подтвердите обращение по ссылке из нашего письма. Только тогда оно будет опубликовано и передано.
status-unconfirmed = не подтверждено
status-submitted = получено
status-open = в ведомстве
status-in_progress = в работе
status-planned = запланировано
status-done = выполнено
status-not_possible = невозможно
status-rejected = отклонено
status-duplicate = дубликат
concerns-title = Обращения из районов
all = все
concern-status = Статус
concern-search = Поиск
filter = Показать
concerns-none = Обращений не найдено.
concerns-older = Более старые обращения
concern-overdue = срок истёк
concern-reference = Номер обращения
concern-deadline = Ответ до
concern-reported = Сообщено
concern-resident = житель
concern-timeline = Ход рассмотрения
event-submitted = Обращение получено
event-confirmed = Адрес подтверждён, обращение опубликовано
event-routed = Передано в { $office }
event-triage = Ожидает распределения модераторами
event-accepted = { $office } взяло обращение в работу
event-forwarded = Передано дальше в { $office }
event-handed_back = { $office } не отвечает за это
event-answered = Ответ от { $office }: { $status }
event-assigned = Модераторы передали в { $office }
event-reminder = Срок истёк: { $office } напомнили
event-escalated = Срок сильно превышен: сообщено администрации и модераторам
participation-title = Участвовать
participation-login = чтобы сказать, что это касается и вас, следить за обращением или написать комментарий.
concern-supports = { $count ->
    [0] Ещё никто не сказал: „Меня это тоже касается“.
    [one] { $count } человек говорит: „Меня это тоже касается“.
    [few] { $count } человека говорят: „Меня это тоже касается“.
   *[other] { $count } человек говорят: „Меня это тоже касается“.
}
concern-support = Меня это тоже касается
concern-you-support = Вы сказали: меня это тоже касается.
concern-follow = Следить (письмо при каждом изменении)
concern-unfollow = Не следить
comments-title = Комментарии
comments-none = Комментариев пока нет.
comment-label = Ваш комментарий
comment-hint = Вежливо и по делу. Без личных данных других людей.
comment-submit = Отправить комментарий
error-already-supported = Вы уже сказали, что это вас касается.
error-unknown-category = Выберите тему из списка.
error-coordinates = Введите широту (от −90 до 90) и долготу (от −180 до 180) числами или оставьте оба поля пустыми.
error-form-expired = Форма неполная. Обновите страницу и отправьте ещё раз.

nav-inbox = Входящие
event-note = Внутренняя заметка ({ $office })
event-internal = внутреннее
inbox-title = Входящие
inbox-overdue-only = Только просроченные
inbox-empty = Обращений нет.
inbox-open = Открытые дела
inbox-closed = Закрытые
inbox-show = Показать
inbox-sort = Порядок
inbox-sort-deadline = Сначала по сроку
inbox-sort-newest = Сначала новые
inbox-search = Номер дела или слово для поиска
inbox-counts = Обращения по статусу
inbox-previous = Предыдущая страница
inbox-next = Следующая страница
office-actions = Обработать
office-accept = Взять в работу
office-answer = Ответить публично
office-answer-text = Ответ
office-answer-hint = Этот ответ может прочитать каждый. Скажите ясно и дружелюбно, что произойдёт.
office-answer-submit = Опубликовать ответ
office-forward = Передать другому ведомству
office-reason = Причина
office-forward-submit = Передать
office-hand-back = Не наша компетенция
office-hand-back-submit = Вернуть
office-note = Внутренняя заметка
office-note-text = Заметка
office-note-hint = Это видят только ведомства.
office-note-submit = Сохранить заметку
error-unknown-office = Пожалуйста, выберите ведомство из списка.
error-unknown-status = Пожалуйста, выберите состояние из списка.
error-forward-same-office = Обращение уже у этого ведомства.
error-concern-closed = Это обращение закрыто.
error-link-unknown-title = Ссылка недействительна
error-link-expired-title = Срок действия ссылки истёк
error-link-used-title = Ссылка больше не действительна
mail-concern-confirm-subject = Пожалуйста, подтвердите своё обращение { $reference }
mail-concern-confirm-body =
    Здравствуйте,

    вы сообщили об обращении в Quartier: «{ $title }».
    Пожалуйста, подтвердите его по этой ссылке. Только тогда оно будет опубликовано и отправлено ответственному ведомству:

    { $link }

    Если вы ни о чём не сообщали, просто проигнорируйте это письмо.

    Quartier
mail-concern-receipt-subject = Ваше обращение { $reference } получено
mail-concern-receipt-body =
    Здравствуйте,

    ваше обращение «{ $title }» получило номер { $reference }.
    Что с ним происходит, смотрите здесь:

    { $link }

    Quartier
mail-office-new-concern-subject = Новое обращение { $reference } для { $office }
mail-office-new-concern-body =
    Здравствуйте,

    для { $office } поступило новое обращение: «{ $title }» ({ $reference }).
    Пожалуйста, возьмите его в работу, передайте дальше или ответьте публично:

    { $link }

    Quartier
mail-concern-answered-subject = Ответ на ваше обращение { $reference }
mail-concern-answered-body =
    Здравствуйте,

    на ваше обращение «{ $title }» есть ответ:

    { $answer }

    Новый статус: { $status }

    Всё об обращении: { $link }

    Quartier
nav-moderation = Модерация
triage-title = Распределение
triage-intro = Для этих обращений нет правила. Пожалуйста, передайте каждое нужному ведомству.
triage-empty = Распределять нечего.
triage-office = Ведомство
triage-handed-back = Возвращено ведомством:
triage-assign = Распределить
error-not-in-triage = Это обращение (уже) не ждёт распределения.
admin-rules = Компетенции
rules-intro = Правило определяет, какое ведомство отвечает за тему: в районе, в планировочной зоне или во всём городе. Действует самое конкретное правило.
rules-new = Новое правило
rules-list = Правила
rule-scope = Действует для
rule-scope-city = всего города
rule-scope-space = планировочной зоны { $name }
rule-scope-district = района { $name }
rule-deadline-days = Срок в рабочих днях
rule-deadline-days-hint = Выходные и праздники не считаются.
actions = Действия
error-rule-scope = Пожалуйста, выберите, для чего действует правило.
error-rule-exists = Там уже есть правило для этой темы.
error-deadline-days = Пожалуйста, введите целое число от 1 до 250.
mail-deadline-reminder-subject = Напоминание: ответ на { $reference } просрочен
mail-deadline-reminder-body =
    Здравствуйте,

    срок ответа на обращение «{ $title }» ({ $reference }) истёк { $deadline }.
    Пожалуйста, ответьте публично или передайте обращение дальше:

    { $link }

    Quartier
mail-deadline-escalation-subject = Просрочено: { $reference } в { $office }
mail-deadline-escalation-body =
    Здравствуйте,

    обращение «{ $title }» ({ $reference }) несмотря на напоминание ждёт ответа от { $office } с { $deadline }.

    { $link }

    Quartier
follow-change-accepted = Ведомство взяло обращение в работу.
follow-change-forwarded = Обращение передано другому ведомству.
follow-change-handed-back = Ведомство не компетентно; модераторы распределят обращение заново.
follow-change-answered = Ведомство ответило.
mail-concern-followed-subject = Новости по { $reference }
mail-concern-followed-body =
    Здравствуйте,

    есть новости по обращению «{ $title }» ({ $reference }), за которым вы следите:
    { $change }

    { $link }

    Quartier
mail-concern-hidden-subject = Ваше обращение { $reference } скрыто
mail-concern-hidden-body =
    Здравствуйте,

    модераторы скрыли ваше обращение «{ $title }».

    Причина: { $reason }

    Есть вопросы? Напишите модераторам через форум вашего района.

    Quartier
mail-concern-merged-subject = Ваше обращение { $reference } теперь относится к { $into }
mail-concern-merged-body =
    Здравствуйте,

    о вашей проблеме «{ $title }» уже сообщали. Теперь это часть { $into }.

    Следите за изменениями там: { $into_link }

    Quartier
concern-former-resident = бывший житель или бывшая жительница

error-point-in-other-district = Отмеченное место находится в другом районе, чем выбранный. Выберите район ещё раз или переместите отметку.
error-point-outside-city = Отмеченное место находится за пределами города. Пожалуйста, отметьте место в городе.
error-district-for-point = Район этого места неизвестен. Пожалуйста, выберите район из списка.
error-location-needed = Пожалуйста, укажите место в городе: координаты (lat и long) или район.
