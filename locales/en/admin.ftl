# Administration
admin-title = Administration
admin-districts = Districts
admin-district-new = New district
admin-district-import = Import districts from CSV
admin-planning-spaces = Planning spaces
admin-planning-space-new = New planning space
planning-space-districts = { $count ->
    [one] one district
   *[other] { $count } districts
}
admin-offices = Offices
admin-office-new = New office
admin-categories = Topics
admin-category-new = New topic
category-key = Key
category-key-hint = Lower-case letters, digits and _, e.g. roads. Used by interfaces.
category-names = Name in every language
category-missing-names = { $count ->
    [one] one language missing
   *[other] { $count } languages missing
}
admin-forums = Forums
admin-forum-new = New forum
admin-roles = Roles
roles-grant = Give a role
roles-email-hint = If the person has no account yet, give their name below: they get an invitation with a link to set their password.
roles-role = Role
roles-grant-submit = Give role
roles-people = People with roles
import-intro = The first line names the columns: name and kind are required; population, social_index, social_index_class and planning_space are optional. Separator: comma or semicolon, encoding UTF-8. Everything or nothing is imported; existing districts with the same name are updated.
import-file = CSV file
import-file-hint = A file in UTF-8.
import-submit = Import
error-category-key = Only lower-case letters, digits and _ (at most 60 characters).
error-unknown-role = This role does not exist.
error-last-admin = The last admin role cannot be removed.
error-csv-columns = Line { $line }: the columns are not right. Allowed: { $columns }. The first column must be name, and kind is required.
error-csv-encoding = Line { $line }: the line is not encoded in UTF-8.
error-csv-unreadable = Line { $line }: the file cannot be read as CSV.
error-csv-field-count = Line { $line }: the line does not have { $expected } fields.
error-csv-duplicate = Line { $line }: the name “{ $name }” appears more than once in the file.
error-csv-line = Line { $line }: the value in column { $column } is not valid.
error-csv-empty = The file contains no districts.
admin-api-keys = API keys (Open311)
api-keys-intro = With a key, other programs can report concerns through the Open311 interface. Reading needs no key.
api-key-name = What is the key for?
api-key-name-hint = For example the name of the app that uses it.
api-key-create = Create key
api-key-created = The new key. It is shown only now: please copy it.
api-keys-list = Keys
api-key-revoked = revoked
api-key-revoke = Revoke
roles-invite-name = Name (only for an invitation)
roles-invite-hint = Leave empty if the person already has an account.
roles-search = Find people
roles-search-hint = Name or email address, or part of it
roles-search-submit = Search
roles-found = People found
roles-none-found = Nobody found.
roles-give = Give a role
error-invite-needs-name = There is no account for this address. Give a name and we invite the person.
category-name-later = Can follow later. Until then readers see the German name.
privacy-admin-export = Data (ZIP)
privacy-admin-delete-confirm = On a written request
privacy-admin-delete = Delete account
privacy-error-confirm = Please confirm that there is a written request.
