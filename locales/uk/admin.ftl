
admin-title = Адміністрування
admin-districts = Райони
admin-district-new = Новий район
admin-district-import = Імпортувати райони з CSV
admin-planning-spaces = Планувальні зони
admin-planning-space-new = Нова планувальна зона
planning-space-districts = { $count ->
    [one] { $count } район
    [few] { $count } райони
   *[other] { $count } районів
}
admin-offices = Відомства
admin-office-new = Нове відомство
admin-categories = Теми
admin-category-new = Нова тема
category-key = Ключ
category-key-hint = Малі латинські літери, цифри та _, наприклад roads. Використовується інтерфейсами.
category-names = Назва кожною мовою
category-missing-names = { $count ->
    [one] бракує { $count } мови
   *[other] бракує { $count } мов
}
admin-forums = Форуми
admin-forum-new = Новий форум
admin-roles = Ролі
roles-grant = Надати роль
roles-email-hint = Якщо в людини ще немає облікового запису, вкажіть нижче її ім'я: вона отримає запрошення з посиланням, щоб задати пароль.
roles-role = Роль
roles-grant-submit = Надати роль
roles-people = Люди з ролями
import-intro = Перший рядок називає стовпці: name і kind обов'язкові; population, social_index, social_index_class і planning_space необов'язкові. Роздільник: кома або крапка з комою, кодування UTF-8. Імпортується все або нічого; наявні райони з тією ж назвою оновлюються.
import-file = Файл CSV
import-file-hint = Файл у кодуванні UTF-8.
import-submit = Імпортувати
error-category-key = Лише малі латинські літери, цифри та _ (щонайбільше 60 символів).
error-unknown-role = Такої ролі немає.
error-last-admin = Останню роль адміністратора не можна видалити.
error-csv-columns = Рядок { $line }: стовпці неправильні. Дозволено: { $columns }. Перший стовпець має бути name, kind обов'язковий.
error-csv-encoding = Рядок { $line }: рядок не в кодуванні UTF-8.
error-csv-unreadable = Рядок { $line }: файл не вдається прочитати як CSV.
error-csv-field-count = Рядок { $line }: у рядку немає { $expected } полів.
error-csv-duplicate = Рядок { $line }: назва «{ $name }» трапляється у файлі кілька разів.
error-csv-line = Рядок { $line }: значення у стовпці { $column } недійсне.
error-csv-empty = У файлі немає районів.
admin-api-keys = Ключі API (Open311)
api-keys-intro = З ключем інші програми можуть повідомляти про звернення через інтерфейс Open311. Для читання ключ не потрібен.
api-key-name = Для чого ключ?
api-key-name-hint = Наприклад, назва застосунку, що його використовує.
api-key-create = Створити ключ
api-key-created = Новий ключ. Він показується лише зараз: будь ласка, скопіюйте його.
api-keys-list = Ключі
api-key-revoked = відкликано
api-key-revoke = Відкликати
roles-invite-name = Ім'я (лише для запрошення)
roles-invite-hint = Залиште порожнім, якщо людина вже має обліковий запис.
roles-search = Знайти людей
roles-search-hint = Ім'я або електронна адреса, чи їх частина
roles-search-submit = Шукати
roles-found = Знайдені люди
roles-none-found = Нікого не знайдено.
roles-give = Надати роль
error-invite-needs-name = Для цієї адреси немає облікового запису. Вкажіть ім'я, і ми запросимо людину.
category-name-later = Можна додати пізніше. Доти читачі бачать німецьку назву.
privacy-admin-export = Дані (ZIP)
privacy-admin-delete-confirm = За письмовим запитом
privacy-admin-delete = Видалити обліковий запис
privacy-error-confirm = Будь ласка, підтвердьте, що є письмовий запит.
