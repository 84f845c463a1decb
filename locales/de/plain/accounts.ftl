register-title = Konto machen
register-intro = Mit einem Konto sehen Sie, was mit Ihrem Problem passiert. Sie können auch bei Umfragen mitmachen. Für ein Problem brauchen Sie kein Konto.
register-submit = Konto machen
forgot-intro = Schreiben Sie Ihre E-Mail. Wir schicken Ihnen einen Link. Damit machen Sie ein neues Passwort.
field-display-name-hint = Diesen Namen sehen andere. Ein Vorname reicht.
error-email-invalid = Das ist keine E-Mail-Adresse. Beispiel: name@beispiel.de
error-email-taken = Mit dieser E-Mail-Adresse gibt es schon ein Konto. Melden Sie sich an.
error-password-short = Das Passwort ist zu kurz. Es braucht mindestens { $min } Zeichen.
error-password-common = Dieses Passwort ist zu einfach. Nehmen Sie einen kurzen Satz.
error-login-failed = E-Mail-Adresse oder Passwort ist falsch.
error-email-not-verified = Bitte klicken Sie zuerst auf den Link in unserer E-Mail.
error-link-expired = Der Link ist zu alt. Bitte holen Sie einen neuen Link.
error-link-used = Der Link ist schon benutzt. Bitte holen Sie einen neuen Link.
login-forgot = Passwort weg?
forgot-title = Passwort weg
account-role-resident = Sie sind hier als Bewohner oder Bewohnerin.
field-password-hint = Mindestens 10 Zeichen. Gut ist ein Satz aus ein paar Wörtern.
error-password-personal = Das Passwort ist fast nur Ihr Name oder Ihre E-Mail. Nehmen Sie bitte etwas anderes.
error-link-unknown = Dieser Link geht nicht.
privacy-data-link = Meine Daten laden oder mein Konto löschen
privacy-data-intro = Sie bekommen alles, was wir über Sie speichern. Alles ist in einer ZIP-Datei. Zum Beispiel Ihre Anliegen, Fotos, Kommentare und E-Mails.
privacy-download = Meine Daten laden (ZIP)
privacy-delete-intro = Dann löschen wir Ihren Namen und Ihre E-Mail-Adresse. Wir löschen auch Ihr Passwort und Ihre Rollen. Was Sie öffentlich geschrieben haben, bleibt. Dort steht dann kein Name mehr. Ihre Stimme für ein Anliegen zählt weiter. Sie können das nicht rückgängig machen.
privacy-error-last-admin = Sie sind die letzte Person im Admin-Team. Geben Sie die Rechte zuerst einer anderen Person.
privacy-readme =
    Ihre Daten bei Quartier

    In dieser ZIP-Datei ist alles, was wir über Sie speichern.

    account.json – Ihr Konto: E-Mail-Adresse, Name, Sprache.
    concerns.json – Ihre Anliegen.
    comments.json – Ihre Kommentare.
    supports_and_follows.json – Anliegen, bei denen Sie mitmachen.
    survey_responses.json – Ihre Antworten in Umfragen mit Namen.
    roles.json – Ihre Rollen.
    flags.json – Beiträge, die Sie uns gemeldet haben.
    mails.json – unsere E-Mails an Sie.
    photos/ – Ihre Fotos.

    Manche Umfragen speichern keine Namen. Ihre Antworten dort sind nicht in der Datei.
