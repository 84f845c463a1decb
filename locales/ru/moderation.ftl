# Фото, похожие обращения, жалобы, скрытие, объединение, участие через e-mail.
concern-photos = Фото (необязательно)
concern-photos-hint = До 3 фото в формате JPEG, PNG или WebP, каждое не больше 10 МБ. Данные о местоположении мы удаляем из фото. Если форма покажет ошибку, выберите фото ещё раз.
concern-photo-alt = Фото { $n } из { $count } к обращению «{ $title }»
error-photo-too-large = «{ $name }» слишком большой. Не больше { $max } на фото.
error-photo-type = «{ $name }» не является фото в формате JPEG, PNG или WebP.
error-photo-corrupt = «{ $name }» не удаётся прочитать как фото. Выберите другой файл.
error-photo-dimensions = «{ $name }» содержит слишком много пикселей. Не более { $max } мегапикселей на фото.
error-photo-too-many = Пожалуйста, не больше { $max } фото.
similar-hint = Возможно, кто-то уже сообщил о том же. Выбрав тему и район, вы можете проверить это перед отправкой.
similar-check = Искать похожие обращения
similar-title = Похожие обращения
similar-need-choice = Сначала выберите тему и район.
similar-none = Мы не нашли похожего открытого обращения. Вы можете отправить своё ниже.
similar-intro = Эти открытые обращения похожи на ваше. Ваше среди них? Тогда нажмите там «Меня это тоже касается». Иначе отправьте своё обращение ниже.
concern-hidden-title = Скрытое обращение
concern-hidden-reason = Модераторы скрыли это обращение. Причина: { $reason }
concern-hidden-pending = На это обращение пожаловались несколько раз; оно скрыто, пока модераторы его не проверят.
comment-hidden-reason = Модераторы скрыли этот комментарий. Причина: { $reason }
comment-hidden-pending = На этот комментарий пожаловались несколько раз; он скрыт, пока модераторы его не проверят.
concern-merged-into = Такое обращение уже было. Оно объединено с
flag-concern = Сообщить о проблеме с этим обращением
flag-comment = Пожаловаться на комментарий
flag-reason = В чём проблема?
flag-reason-hint = Например: оскорбительно, личные данные, реклама.
flag-submit = Отправить жалобу
moderation-title = Модерация
moderation-reason = Публичная причина
moderation-reason-hint = Эту причину видят все. Коротко и по существу.
moderation-hide = Скрыть обращение
moderation-restore = Снова показать обращение
moderation-hide-comment = Скрыть комментарий
moderation-restore-comment = Снова показать комментарий
merge-into = Объединить с обращением
merge-into-hint = Номер обращения, которое остаётся, напр. Q-2026-000123. Поддержки и подписчики переходят вместе с ним.
merge-submit = Объединить как дубликат
participation-by-email = Без учётной записи: введите свой адрес e-mail. Мы пришлём ссылку. Засчитывается только после нажатия на неё.
error-already-flagged = Вы уже пожаловались на это. Модераторы проверят.
error-already-following = Вы уже следите за этим обращением.
error-merge-unknown = Обращения с таким номером нет.
error-merge-same = Обращение нельзя объединить с самим собой.
error-merge-duplicate = Одно из двух обращений уже объединено. Используйте обращение, которое остаётся.
notice-flagged = Спасибо за жалобу. Модераторы её проверят.
notice-merged = Обращения объединены.
notice-participation-mailed = Почти готово: нажмите на ссылку в письме, которое мы вам отправили.
notice-participation-confirmed = Спасибо! Подтверждено.
notice-following-stopped = Вы больше не будете получать письма об этом обращении.
notice-link-invalid = Эта ссылка недействительна (уже).
follow-change-merged = Обращение было дубликатом и объединено с другим. Теперь вы следите за другим.
event-hidden_pending = Несколько жалоб: скрыто до проверки
event-comment_hidden_pending = На комментарий пожаловались несколько раз; он скрыт до проверки
event-hidden = Скрыто модераторами
event-restored = Снова показано модераторами
event-comment_hidden = Модераторы скрыли комментарий
event-comment_restored = Модераторы снова показали комментарий
event-merged_into = Объединено как дубликат с этим обращением:
event-merged_from = Сюда объединён дубликат обращения:
flagged-title = Содержимое с жалобами
flagged-empty = Сейчас жалоб нет.
flagged-concern = Обращение
flagged-comment = Комментарий
flagged-hidden = скрыто
mail-participation-confirm-support-subject = Подтвердите: { $reference } касается и вас
mail-participation-confirm-support-body =
    Здравствуйте,

    вы хотите отметить, что обращение «{ $title }» ({ $reference }) касается и вас.
    Подтвердите это по ссылке:

    { $link }

    Если это были не вы, ничего не делайте.

    Ваш Quartier
mail-participation-confirm-follow-subject = Подтвердите: следить за { $reference }
mail-participation-confirm-follow-body =
    Здравствуйте,

    вы хотите следить за обращением «{ $title }» ({ $reference }) и получать письмо при каждом изменении.
    Подтвердите это по ссылке:

    { $link }

    Если это были не вы, ничего не делайте.

    Ваш Quartier
mail-concern-followed-email-subject = Новости по { $reference }
mail-concern-followed-email-body =
    Здравствуйте,

    есть новости по обращению «{ $title }» ({ $reference }), за которым вы следите:
    { $change }

    { $link }

    Больше не получать писем об этом обращении: { $stop }

    Ваш Quartier
merge-pick = Похожие обращения – какое остаётся?
merge-pick-other = Другое: введите его номер ниже
merge-confirm = Да, оба означают одно и то же. { $reference } будет закрыто со ссылкой на выбранное обращение; поддержка и подписчики переходят туда.
error-merge-confirm = Пожалуйста, подтвердите, что оба обращения означают одно и то же.
