nav-report = Повідомити про проблему
nav-concerns = Звернення
notice-concern-confirmed = Дякуємо! Ваше звернення підтверджено й опубліковано.
notice-confirm-failed = Це посилання для підтвердження недійсне. Повідомте, будь ласка, ще раз.
report-title = Повідомити про проблему
report-intro = Опишіть, що ви помітили у своєму районі. Ми передамо це відповідальному відомству.
concern-title = Про що йдеться?
concern-title-hint = Коротке речення, наприклад „Яма на тротуарі біля школи“.
concern-description = Опис
concern-description-hint = У чому проблема, відколи, і чого б ви хотіли?
choose = Виберіть
concern-district = Район
concern-address = Адреса або місце
concern-address-hint = Необов'язково, наприклад вулиця й номер будинку.
concern-point = Точне місце
concern-point-hint = Необов'язково: широта й довгота, наприклад 50.9787 і 11.0328.
concern-latitude = Широта
concern-longitude = Довгота
concern-contact = Ваші контакти
concern-contact-hint = Ми надішлемо вам посилання для підтвердження. Вашу адресу ніколи не буде опубліковано.
concern-name = Ім'я
concern-name-hint = Необов'язково. Показується публічно поруч зі зверненням.
report-submit = Надіслати
report-sent-title = Дякуємо за звернення
report-sent-reference = Ваш номер звернення: { $reference }
report-sent-view = Переглянути звернення
report-sent-confirm = Підтвердьте, будь ласка, звернення за посиланням з нашого листа. Лише тоді його буде опубліковано й передано.
status-unconfirmed = не підтверджено
status-submitted = отримано
status-open = у відомстві
status-in_progress = в роботі
status-planned = заплановано
status-done = виконано
status-not_possible = неможливо
status-rejected = відхилено
status-duplicate = дублікат
concerns-title = Звернення з районів
all = усі
concern-status = Стан
concern-search = Пошук
filter = Показати
concerns-none = Звернень не знайдено.
concerns-older = Старіші звернення
concern-overdue = термін минув
concern-reference = Номер звернення
concern-deadline = Відповідь до
concern-reported = Повідомлено
concern-resident = мешканець
concern-timeline = Хід розгляду
event-submitted = Звернення отримано
event-confirmed = Адресу підтверджено, звернення опубліковано
event-routed = Передано до { $office }
event-triage = Очікує розподілу модераторами
event-accepted = { $office } взяло звернення в роботу
event-forwarded = Передано далі до { $office }
event-handed_back = { $office } не відповідає за це
event-answered = Відповідь від { $office }: { $status }
event-assigned = Модератори передали до { $office }
event-reminder = Термін минув: { $office } нагадано
event-escalated = Термін значно перевищено: повідомлено адміністрацію та модераторів
participation-title = Долучитися
participation-login = щоб сказати, що це стосується й вас, стежити за зверненням або написати коментар.
concern-supports = { $count ->
    [0] Ще ніхто не сказав: „Мене це теж стосується“.
    [one] { $count } людина каже: „Мене це теж стосується“.
    [few] { $count } людини кажуть: „Мене це теж стосується“.
   *[other] { $count } людей кажуть: „Мене це теж стосується“.
}
concern-support = Мене це теж стосується
concern-you-support = Ви сказали: мене це теж стосується.
concern-follow = Стежити (лист при кожній зміні)
concern-unfollow = Не стежити
comments-title = Коментарі
comments-none = Коментарів ще немає.
comment-label = Ваш коментар
comment-hint = Доброзичливо й по суті. Без особистих даних інших людей.
comment-submit = Надіслати коментар
error-already-supported = Ви вже сказали, що це вас стосується.
error-unknown-category = Виберіть тему зі списку.
error-coordinates = Введіть широту (від −90 до 90) і довготу (від −180 до 180) числами або залиште обидва поля порожніми.
error-form-expired = Форма неповна. Оновіть сторінку й надішліть ще раз.

nav-inbox = Вхідні
event-note = Внутрішня примітка ({ $office })
event-internal = внутрішнє
inbox-title = Вхідні
inbox-overdue-only = Лише прострочені
inbox-empty = Звернень немає.
inbox-open = Відкриті справи
inbox-closed = Закриті
inbox-show = Показати
inbox-sort = Порядок
inbox-sort-deadline = Спершу за терміном
inbox-sort-newest = Спершу найновіші
inbox-search = Номер справи або слово для пошуку
inbox-counts = Звернення за станом
inbox-previous = Попередня сторінка
inbox-next = Наступна сторінка
office-actions = Опрацювати
office-accept = Взяти в роботу
office-answer = Відповісти публічно
office-answer-text = Відповідь
office-answer-hint = Цю відповідь може прочитати кожен. Скажіть чітко й доброзичливо, що відбудеться.
office-answer-submit = Опублікувати відповідь
office-forward = Передати іншому відомству
office-reason = Причина
office-forward-submit = Передати
office-hand-back = Не в нашій компетенції
office-hand-back-submit = Повернути
office-note = Внутрішня примітка
office-note-text = Примітка
office-note-hint = Це бачать лише відомства.
office-note-submit = Зберегти примітку
error-unknown-office = Будь ласка, оберіть відомство зі списку.
error-unknown-status = Будь ласка, оберіть стан зі списку.
error-forward-same-office = Звернення вже в цього відомства.
error-concern-closed = Це звернення закрите.
error-link-unknown-title = Посилання недійсне
error-link-expired-title = Термін дії посилання минув
error-link-used-title = Посилання більше не дійсне
mail-concern-confirm-subject = Будь ласка, підтвердіть своє звернення { $reference }
mail-concern-confirm-body =
    Вітаємо,

    ви повідомили про звернення в Quartier: «{ $title }».
    Будь ласка, підтвердіть його за цим посиланням. Лише тоді його буде опубліковано й надіслано відповідальному відомству:

    { $link }

    Якщо ви нічого не повідомляли, просто проігноруйте цей лист.

    Quartier
mail-concern-receipt-subject = Ваше звернення { $reference } отримано
mail-concern-receipt-body =
    Вітаємо,

    ваше звернення «{ $title }» має номер { $reference }.
    Що з ним відбувається, дивіться тут:

    { $link }

    Quartier
mail-office-new-concern-subject = Нове звернення { $reference } для { $office }
mail-office-new-concern-body =
    Вітаємо,

    для { $office } надійшло нове звернення: «{ $title }» ({ $reference }).
    Будь ласка, візьміть його в роботу, передайте далі або відповідайте публічно:

    { $link }

    Quartier
mail-concern-answered-subject = Відповідь на ваше звернення { $reference }
mail-concern-answered-body =
    Вітаємо,

    на ваше звернення «{ $title }» є відповідь:

    { $answer }

    Новий стан: { $status }

    Усе про звернення: { $link }

    Quartier
nav-moderation = Модерація
triage-title = Розподіл
triage-intro = Для цих звернень немає правила. Будь ласка, передайте кожне відповідному відомству.
triage-empty = Нічого розподіляти.
triage-office = Відомство
triage-handed-back = Повернуто відомством:
triage-assign = Розподілити
error-not-in-triage = Це звернення (вже) не чекає на розподіл.
admin-rules = Компетенції
rules-intro = Правило визначає, яке відомство відповідає за тему: у районі, у планувальній зоні чи в усьому місті. Діє найконкретніше правило.
rules-new = Нове правило
rules-list = Правила
rule-scope = Діє для
rule-scope-city = усього міста
rule-scope-space = планувальної зони { $name }
rule-scope-district = району { $name }
rule-deadline-days = Строк у робочих днях
rule-deadline-days-hint = Вихідні та святкові дні не враховуються.
actions = Дії
error-rule-scope = Будь ласка, оберіть, для чого діє правило.
error-rule-exists = Там уже є правило для цієї теми.
error-deadline-days = Будь ласка, введіть ціле число від 1 до 250.
mail-deadline-reminder-subject = Нагадування: відповідь на { $reference } прострочена
mail-deadline-reminder-body =
    Вітаємо,

    строк відповіді на звернення «{ $title }» ({ $reference }) минув { $deadline }.
    Будь ласка, відповідайте публічно або передайте звернення далі:

    { $link }

    Quartier
mail-deadline-escalation-subject = Прострочено: { $reference } у { $office }
mail-deadline-escalation-body =
    Вітаємо,

    звернення «{ $title }» ({ $reference }) попри нагадування чекає на відповідь від { $office } з { $deadline }.

    { $link }

    Quartier
follow-change-accepted = Відомство взяло звернення в роботу.
follow-change-forwarded = Звернення передано іншому відомству.
follow-change-handed-back = Відомство не компетентне; модератори розподілять звернення знову.
follow-change-answered = Відомство відповіло.
mail-concern-followed-subject = Новини щодо { $reference }
mail-concern-followed-body =
    Вітаємо,

    є новини щодо звернення «{ $title }» ({ $reference }), за яким ви стежите:
    { $change }

    { $link }

    Quartier
mail-concern-hidden-subject = Ваше звернення { $reference } приховано
mail-concern-hidden-body =
    Вітаємо,

    модератори приховали ваше звернення «{ $title }».

    Причина: { $reason }

    Маєте запитання? Напишіть модераторам через форум вашого району.

    Quartier
mail-concern-merged-subject = Ваше звернення { $reference } тепер належить до { $into }
mail-concern-merged-body =
    Вітаємо,

    про вашу проблему «{ $title }» уже повідомляли. Тепер це частина { $into }.

    Стежте за змінами там: { $into_link }

    Quartier
concern-former-resident = колишня мешканка або колишній мешканець

error-point-in-other-district = Позначене місце лежить в іншому районі, ніж обраний. Оберіть район ще раз або перемістіть позначку.
error-point-outside-city = Позначене місце лежить за межами міста. Будь ласка, позначте місце в місті.
error-district-for-point = Район цього місця невідомий. Будь ласка, оберіть район зі списку.
error-location-needed = Будь ласка, вкажіть місце в місті: координати (lat і long) або район.
