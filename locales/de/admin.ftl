# Verwaltung
admin-title = Verwaltung
admin-districts = Ortsteile
admin-district-new = Neuer Ortsteil
admin-district-import = Ortsteile aus CSV importieren
admin-planning-spaces = Planungsräume
admin-planning-space-new = Neuer Planungsraum
planning-space-districts = { $count ->
    [one] ein Ortsteil
   *[other] { $count } Ortsteile
}
admin-offices = Ämter
admin-office-new = Neues Amt
admin-categories = Themen
admin-category-new = Neues Thema
category-key = Schlüssel
category-key-hint = Kleinbuchstaben, Ziffern und _, z. B. strassen. Wird in Schnittstellen benutzt.
category-names = Name in jeder Sprache
category-missing-names = { $count ->
    [one] eine Sprache fehlt
   *[other] { $count } Sprachen fehlen
}
admin-forums = Foren
admin-forum-new = Neues Forum
admin-roles = Rollen
roles-grant = Rolle vergeben
roles-email-hint = Hat die Person noch kein Konto, geben Sie unten ihren Namen an: Sie bekommt eine Einladung mit einem Link, um ihr Passwort zu setzen.
roles-role = Rolle
roles-grant-submit = Rolle vergeben
roles-people = Personen mit Rollen
import-intro = Die erste Zeile nennt die Spalten: name und kind sind Pflicht; population, social_index, social_index_class und planning_space sind freiwillig. Trennzeichen: Komma oder Semikolon, Kodierung UTF-8. Es wird alles oder nichts importiert; vorhandene Ortsteile mit gleichem Namen werden aktualisiert.
import-file = CSV-Datei
import-file-hint = Eine Datei im Format UTF-8.
import-submit = Importieren
error-category-key = Nur Kleinbuchstaben, Ziffern und _ (höchstens 60 Zeichen).
error-unknown-role = Diese Rolle gibt es nicht.
error-last-admin = Die letzte Admin-Rolle kann nicht entfernt werden.
error-csv-columns = Zeile { $line }: Die Spalten stimmen nicht. Erlaubt sind: { $columns }. Die erste Spalte muss name sein, kind ist Pflicht.
error-csv-encoding = Zeile { $line }: Die Zeile ist nicht in UTF-8 kodiert.
error-csv-unreadable = Zeile { $line }: Die Datei lässt sich nicht als CSV lesen.
error-csv-field-count = Zeile { $line }: Die Zeile hat nicht { $expected } Felder.
error-csv-duplicate = Zeile { $line }: Der Name „{ $name }“ steht mehrmals in der Datei.
error-csv-line = Zeile { $line }: Der Wert in der Spalte { $column } ist ungültig.
error-csv-empty = Die Datei enthält keine Ortsteile.
admin-api-keys = API-Schlüssel (Open311)
api-keys-intro = Mit einem Schlüssel können andere Programme über die Open311-Schnittstelle Anliegen melden. Lesen geht ohne Schlüssel.
api-key-name = Wofür ist der Schlüssel?
api-key-name-hint = Zum Beispiel der Name der App, die ihn benutzt.
api-key-create = Schlüssel erzeugen
api-key-created = Der neue Schlüssel. Er wird nur jetzt angezeigt: Bitte kopieren Sie ihn.
api-keys-list = Schlüssel
api-key-revoked = gesperrt
api-key-revoke = Sperren
roles-invite-name = Name (nur für eine Einladung)
roles-invite-hint = Leer lassen, wenn die Person schon ein Konto hat.
roles-search = Personen suchen
roles-search-hint = Name oder E-Mail-Adresse, auch ein Teil davon
roles-search-submit = Suchen
roles-found = Gefundene Personen
roles-none-found = Niemand gefunden.
roles-give = Rolle geben
error-invite-needs-name = Zu dieser Adresse gibt es kein Konto. Geben Sie einen Namen an, dann laden wir die Person ein.
category-name-later = Kann später folgen. Bis dahin sehen Lesende den deutschen Namen.
privacy-admin-export = Daten (ZIP)
privacy-admin-delete-confirm = Auf schriftlichen Antrag
privacy-admin-delete = Konto löschen
privacy-error-confirm = Bitte bestätigen Sie, dass ein schriftlicher Antrag vorliegt.
