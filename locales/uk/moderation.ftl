# Фото, схожі звернення, скарги, приховування, об'єднання, участь через e-mail.
concern-photos = Фото (необов'язково)
concern-photos-hint = До 3 фото у форматі JPEG, PNG або WebP, кожне не більше 10 МБ. Дані про місцезнаходження з фото ми видаляємо. Якщо форма покаже помилку, виберіть фото ще раз.
concern-photo-alt = Фото { $n } з { $count } до звернення «{ $title }»
error-photo-too-large = «{ $name }» завеликий. Не більше { $max } на фото.
error-photo-type = «{ $name }» не є фото у форматі JPEG, PNG або WebP.
error-photo-corrupt = «{ $name }» не вдається прочитати як фото. Виберіть інший файл.
error-photo-dimensions = «{ $name }» має забагато пікселів. Не більше { $max } мегапікселів на фото.
error-photo-too-many = Будь ласка, не більше { $max } фото.
similar-hint = Можливо, хтось уже повідомив про те саме. Вибравши тему й район, ви можете перевірити це перед надсиланням.
similar-check = Шукати схожі звернення
similar-title = Схожі звернення
similar-need-choice = Спочатку виберіть тему й район.
similar-none = Ми не знайшли схожого відкритого звернення. Ви можете надіслати своє нижче.
similar-intro = Ці відкриті звернення схожі на ваше. Ваше серед них? Тоді натисніть там «Мене це теж стосується». Інакше надішліть своє звернення нижче.
concern-hidden-title = Приховане звернення
concern-hidden-reason = Модератори приховали це звернення. Причина: { $reason }
concern-hidden-pending = На це звернення поскаржилися кілька разів; воно приховане, доки модератори його не перевірять.
comment-hidden-reason = Модератори приховали цей коментар. Причина: { $reason }
comment-hidden-pending = На цей коментар поскаржилися кілька разів; він прихований, доки модератори його не перевірять.
concern-merged-into = Таке звернення вже було. Його об'єднано з
flag-concern = Повідомити про проблему з цим зверненням
flag-comment = Поскаржитися на коментар
flag-reason = У чому проблема?
flag-reason-hint = Наприклад: образливо, особисті дані, реклама.
flag-submit = Надіслати скаргу
moderation-title = Модерація
moderation-reason = Публічна причина
moderation-reason-hint = Цю причину бачать усі. Коротко й по суті.
moderation-hide = Приховати звернення
moderation-restore = Знову показати звернення
moderation-hide-comment = Приховати коментар
moderation-restore-comment = Знову показати коментар
merge-into = Об'єднати зі зверненням
merge-into-hint = Номер звернення, яке залишається, напр. Q-2026-000123. Підтримки й підписники переходять разом.
merge-submit = Об'єднати як дублікат
participation-by-email = Без облікового запису: введіть свою адресу e-mail. Ми надішлемо посилання. Зараховується лише після натискання на нього.
error-already-flagged = Ви вже поскаржилися на це. Модератори перевірять.
error-already-following = Ви вже стежите за цим зверненням.
error-merge-unknown = Звернення з таким номером немає.
error-merge-same = Звернення не можна об'єднати з самим собою.
error-merge-duplicate = Одне з двох звернень уже об'єднане. Використайте звернення, яке залишається.
notice-flagged = Дякуємо за скаргу. Модератори її перевірять.
notice-merged = Звернення об'єднано.
notice-participation-mailed = Майже готово: натисніть на посилання в листі, який ми вам надіслали.
notice-participation-confirmed = Дякуємо! Підтверджено.
notice-following-stopped = Ви більше не отримуватимете листів про це звернення.
notice-link-invalid = Це посилання недійсне (вже).
follow-change-merged = Звернення було дублікатом і його об'єднано з іншим. Тепер ви стежите за іншим.
event-hidden_pending = Кілька скарг: приховано до перевірки
event-comment_hidden_pending = На коментар поскаржилися кілька разів; його приховано до перевірки
event-hidden = Приховано модераторами
event-restored = Знову показано модераторами
event-comment_hidden = Модератори приховали коментар
event-comment_restored = Модератори знову показали коментар
event-merged_into = Об'єднано як дублікат із цим зверненням:
event-merged_from = Сюди об'єднано дублікат звернення:
flagged-title = Вміст зі скаргами
flagged-empty = Наразі скарг немає.
flagged-concern = Звернення
flagged-comment = Коментар
flagged-hidden = приховано
mail-participation-confirm-support-subject = Підтвердіть: { $reference } стосується і вас
mail-participation-confirm-support-body =
    Добрий день,

    ви хочете зазначити, що звернення «{ $title }» ({ $reference }) стосується і вас.
    Підтвердіть це за посиланням:

    { $link }

    Якщо це були не ви, нічого не робіть.

    Ваш Quartier
mail-participation-confirm-follow-subject = Підтвердіть: стежити за { $reference }
mail-participation-confirm-follow-body =
    Добрий день,

    ви хочете стежити за зверненням «{ $title }» ({ $reference }) і отримувати лист при кожній зміні.
    Підтвердіть це за посиланням:

    { $link }

    Якщо це були не ви, нічого не робіть.

    Ваш Quartier
mail-concern-followed-email-subject = Новини щодо { $reference }
mail-concern-followed-email-body =
    Добрий день,

    є новини щодо звернення «{ $title }» ({ $reference }), за яким ви стежите:
    { $change }

    { $link }

    Більше не отримувати листів про це звернення: { $stop }

    Ваш Quartier
merge-pick = Схожі звернення – яке залишається?
merge-pick-other = Інше: введіть його номер нижче
merge-confirm = Так, обидва означають те саме. { $reference } буде закрито з посиланням на вибране звернення; підтримка й ті, хто стежить, переходять туди.
error-merge-confirm = Будь ласка, підтвердьте, що обидва звернення означають те саме.
