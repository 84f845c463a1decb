
admin-title = Администрирование
admin-districts = Районы
admin-district-new = Новый район
admin-district-import = Импортировать районы из CSV
admin-planning-spaces = Планировочные зоны
admin-planning-space-new = Новая планировочная зона
planning-space-districts = { $count ->
    [one] { $count } район
    [few] { $count } района
   *[other] { $count } районов
}
admin-offices = Ведомства
admin-office-new = Новое ведомство
admin-categories = Темы
admin-category-new = Новая тема
category-key = Ключ
category-key-hint = Строчные латинские буквы, цифры и _, например roads. Используется интерфейсами.
category-names = Название на каждом языке
category-missing-names = { $count ->
    [one] не хватает { $count } языка
   *[other] не хватает { $count } языков
}
admin-forums = Форумы
admin-forum-new = Новый форум
admin-roles = Роли
roles-grant = Назначить роль
roles-email-hint = Если у человека ещё нет учётной записи, укажите ниже его имя: он получит приглашение со ссылкой, чтобы задать пароль.
roles-role = Роль
roles-grant-submit = Назначить роль
roles-people = Люди с ролями
import-intro = Первая строка называет столбцы: name и kind обязательны; population, social_index, social_index_class и planning_space необязательны. Разделитель: запятая или точка с запятой, кодировка UTF-8. Импортируется всё или ничего; существующие районы с тем же названием обновляются.
import-file = Файл CSV
import-file-hint = Файл в кодировке UTF-8.
import-submit = Импортировать
error-category-key = Только строчные латинские буквы, цифры и _ (не больше 60 символов).
error-unknown-role = Такой роли нет.
error-last-admin = Последнюю роль администратора удалить нельзя.
error-csv-columns = Строка { $line }: столбцы неверны. Допустимо: { $columns }. Первый столбец должен быть name, kind обязателен.
error-csv-encoding = Строка { $line }: строка не в кодировке UTF-8.
error-csv-unreadable = Строка { $line }: файл не читается как CSV.
error-csv-field-count = Строка { $line }: в строке нет { $expected } полей.
error-csv-duplicate = Строка { $line }: название «{ $name }» встречается в файле несколько раз.
error-csv-line = Строка { $line }: значение в столбце { $column } недопустимо.
error-csv-empty = В файле нет районов.
admin-api-keys = Ключи API (Open311)
api-keys-intro = С ключом другие программы могут сообщать об обращениях через интерфейс Open311. Для чтения ключ не нужен.
api-key-name = Для чего ключ?
api-key-name-hint = Например, название приложения, которое его использует.
api-key-create = Создать ключ
api-key-created = Новый ключ. Он показывается только сейчас: пожалуйста, скопируйте его.
api-keys-list = Ключи
api-key-revoked = отозван
api-key-revoke = Отозвать
roles-invite-name = Имя (только для приглашения)
roles-invite-hint = Оставьте пустым, если у человека уже есть учётная запись.
roles-search = Найти людей
roles-search-hint = Имя или адрес электронной почты, или их часть
roles-search-submit = Искать
roles-found = Найденные люди
roles-none-found = Никого не найдено.
roles-give = Выдать роль
error-invite-needs-name = Для этого адреса нет учётной записи. Укажите имя, и мы пригласим человека.
category-name-later = Можно добавить позже. До тех пор читатели видят немецкое название.
privacy-admin-export = Данные (ZIP)
privacy-admin-delete-confirm = По письменному запросу
privacy-admin-delete = Удалить учётную запись
privacy-error-confirm = Пожалуйста, подтвердите, что есть письменный запрос.
