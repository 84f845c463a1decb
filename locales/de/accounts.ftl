# Konten
register-title = Konto anlegen
register-intro = Mit einem Konto können Sie Anliegen verfolgen und an Umfragen teilnehmen. Für ein Anliegen brauchen Sie kein Konto.
register-submit = Konto anlegen
register-have-account = Sie haben schon ein Konto?
login-title = Anmelden
login-submit = Anmelden
login-forgot = Passwort vergessen?
login-no-account = Noch kein Konto?
forgot-title = Passwort vergessen
forgot-intro = Geben Sie Ihre E-Mail-Adresse ein. Wir schicken Ihnen einen Link, mit dem Sie ein neues Passwort setzen.
forgot-submit = Link schicken
reset-title = Neues Passwort
reset-submit = Passwort speichern
reset-ask-again = Neuen Link anfordern
account-title = Mein Konto
account-email = E-Mail-Adresse:
account-roles = Meine Rollen
account-role-resident = Sie sind als Bewohnerin oder Bewohner angemeldet.
field-display-name = Name
field-display-name-hint = So erscheinen Sie öffentlich. Ein Vorname oder Spitzname genügt.
field-email = E-Mail-Adresse
field-password = Passwort
field-new-password = Neues Passwort
field-password-hint = Mindestens 10 Zeichen. Ein Satz aus mehreren Wörtern ist sicher und leicht zu merken.
field-language = Sprache
field-plain-language = Einfache Sprache verwenden
field-name = Name
error-email-invalid = Bitte geben Sie eine gültige E-Mail-Adresse ein, z. B. name@beispiel.de.
error-email-taken = Zu dieser E-Mail-Adresse gibt es schon ein Konto. Melden Sie sich an oder setzen Sie Ihr Passwort zurück.
error-password-short = Das Passwort ist zu kurz: mindestens { $min } Zeichen.
error-password-personal = Das Passwort besteht fast nur aus Ihrem Namen oder Ihrer E-Mail-Adresse. Wählen Sie bitte etwas anderes.
error-password-common = Dieses Passwort ist zu leicht zu erraten. Nehmen Sie zum Beispiel einen Satz aus mehreren Wörtern.
error-login-failed = E-Mail-Adresse oder Passwort stimmen nicht.
error-email-not-verified = Bitte bestätigen Sie zuerst Ihre E-Mail-Adresse mit dem Link aus unserer E-Mail.
error-link-unknown = Dieser Link ist ungültig.
error-link-expired = Dieser Link ist abgelaufen. Fordern Sie bitte einen neuen an.
error-link-used = Dieser Link wurde schon benutzt. Fordern Sie bitte einen neuen an.
role-admin = Verwaltung (Admin)
role-moderator = Moderation
role-member = Mitglied
role-staff = Amt
account-password-title = Passwort ändern
account-password-submit = Passwort ändern
field-current-password = Bisheriges Passwort
error-current-password = Das bisherige Passwort stimmt nicht.
account-concerns = Meine Anliegen
account-concerns-none = Sie haben noch kein Anliegen gemeldet.
account-work = Meine Aufgaben
account-work-surveys = Umfragen meiner Foren
account-work-interview = Gespräche eingeben: { $title }
field-show-name = Meinen Namen öffentlich zeigen
field-show-name-hint = Dann steht Ihr Name bei Ihren Anliegen und Kommentaren. Sonst steht dort „eine Bewohnerin oder ein Bewohner“. Ihre E-Mail-Adresse zeigen wir nie.
account-email-title = E-Mail-Adresse ändern
account-new-email = Neue E-Mail-Adresse
account-email-submit = Link an die neue Adresse schicken
account-email-pending = Wir warten auf Ihre Bestätigung für { $email }. Klicken Sie auf den Link in der E-Mail an diese Adresse.
account-following = Anliegen, denen ich folge oder die ich unterstütze
account-following-none = Sie folgen noch keinem Anliegen.
account-surveys = Umfragen, an denen ich teilgenommen habe
account-surveys-none = Sie haben noch an keiner Umfrage teilgenommen.
error-email-same = Das ist schon Ihre Adresse.
privacy-data-title = Meine Daten
privacy-data-link = Meine Daten herunterladen oder mein Konto löschen
privacy-data-intro = Sie bekommen alles, was Quartier über Sie speichert, in einer ZIP-Datei: Konto, Ihre Anliegen mit Fotos, Kommentare, Unterstützung, Umfragen mit Namen, Rollen, Meldungen und E-Mails an Sie.
privacy-download = Meine Daten herunterladen (ZIP)
privacy-download-hint = Antworten in anonymen Umfragen sind nicht dabei: Niemand kann sie einer Person zuordnen, auch wir nicht.
privacy-delete-title = Mein Konto löschen
privacy-delete-intro = Dann löschen wir Ihren Namen, Ihre E-Mail-Adresse, Ihr Passwort, Ihre Rollen und was Sie verfolgen. Was Sie öffentlich geschrieben haben, bleibt stehen, aber ohne Namen: „eine frühere Bewohnerin oder ein früherer Bewohner“. Ihre Unterstützung zählt weiter. Das lässt sich nicht rückgängig machen.
privacy-delete-submit = Konto endgültig löschen
privacy-error-last-admin = Sie sind die letzte Person mit Verwaltungsrechten. Geben Sie die Rechte zuerst jemand anderem.
privacy-readme =
    Ihre Daten bei Quartier

    Diese ZIP-Datei enthält alles, was Quartier über Ihr Konto speichert.

    account.json – Ihr Konto: E-Mail-Adresse, Name, Sprache, Einstellungen, wann Sie es angelegt haben.
    concerns.json – die Anliegen, die Sie gemeldet haben, mit Ort und Stand.
    comments.json – Ihre Kommentare.
    supports_and_follows.json – Anliegen, die Sie unterstützen oder verfolgen.
    survey_responses.json – Ihre Antworten in Umfragen, die nicht anonym waren.
    roles.json – Ihre Rollen, zum Beispiel Moderation oder Mitarbeit in einem Amt.
    flags.json – Beiträge, die Sie der Moderation gemeldet haben.
    mails.json – die E-Mails, die Quartier an Sie geschickt hat oder schicken wird.
    photos/ – die Fotos zu Ihren Anliegen.

    Antworten in anonymen Umfragen sind nicht dabei: Niemand kann sie einer Person zuordnen, auch wir nicht.
privacy-download-large = Ihre Daten sind groß, vor allem wegen der Fotos. Wir packen sie für Sie und schicken Ihnen dann einen Link per E-Mail. Der Link gilt 7 Tage.
privacy-download-mail = Link per E-Mail schicken
privacy-delete-intro-remove = Wir löschen dann Ihren Namen, Ihre E-Mail-Adresse, Ihr Passwort und Ihre Rollen. Wir löschen auch alles, was Sie öffentlich geschrieben haben: Ihre Anliegen und Kommentare. Haben Sie andere Anliegen unterstützt, zählt das weiter. Das können Sie nicht rückgängig machen.
privacy-no-account = Sie haben kein Konto, aber Ihre E-Mail-Adresse angegeben?
privacy-request-title = Daten zu meiner E-Mail-Adresse
privacy-request-intro = Haben Sie ohne Konto ein Anliegen gemeldet, unterstützt oder verfolgt? Dann können Sie Ihre Daten bekommen oder löschen lassen. Wir schicken dazu einen Link an Ihre E-Mail-Adresse. So wissen wir, dass die Adresse Ihnen gehört.
privacy-request-kind = Was möchten Sie?
privacy-request-export = Eine Kopie meiner Daten
privacy-request-delete = Meine Daten löschen
privacy-request-submit = Link schicken
privacy-request-account = Sie haben ein Konto? Dann melden Sie sich an und öffnen Sie:
privacy-request-again = Neuen Link anfordern
privacy-request-found = Zu { $email } haben wir: { $concerns } gemeldete Anliegen, { $supports } unterstützte Anliegen, { $follows } verfolgte Anliegen.
privacy-request-delete-keep = Wir löschen dann Ihre E-Mail-Adresse und Ihren Namen. Ihre Anliegen bleiben öffentlich, aber ohne Namen. Haben Sie andere Anliegen unterstützt, zählt das weiter. Wir schicken keine E-Mails mehr an Sie. Das können Sie nicht rückgängig machen.
privacy-request-delete-remove = Wir löschen dann Ihre E-Mail-Adresse, Ihren Namen und Ihre Anliegen mit Fotos. Haben Sie andere Anliegen unterstützt, zählt das weiter. Wir schicken keine E-Mails mehr an Sie. Das können Sie nicht rückgängig machen.
privacy-request-delete-confirm = Ja, ich will meine Daten löschen.
privacy-request-delete-submit = Meine Daten jetzt löschen
privacy-request-download-hint = Der Link gilt 24 Stunden. Danach fordern Sie einfach einen neuen an.
privacy-readme-email =
    Ihre Daten bei Quartier

    Diese ZIP-Datei enthält alles, was Quartier zu Ihrer E-Mail-Adresse speichert. Sie haben kein Konto.

    address.json – Ihre E-Mail-Adresse.
    concerns.json – die Anliegen, die Sie gemeldet haben, mit Ort, Stand und Ihrem Namen.
    supports_and_follows.json – Anliegen, die Sie unterstützen oder verfolgen.
    mails.json – die E-Mails von Quartier an Sie.
    photos/ – die Fotos Ihrer Anliegen.

    Antworten auf anonyme Umfragen sind nicht dabei: Niemand kann sie einer Person zuordnen, auch wir nicht.
privacy-error-confirm-delete = Bitte bestätigen Sie, dass Sie Ihre Daten löschen wollen.
