# E-Mails
mail-verify-subject = Bitte bestätigen Sie Ihre E-Mail-Adresse für Quartier
mail-verify-body =
    Hallo { $name },

    bitte bestätigen Sie Ihre E-Mail-Adresse mit diesem Link:

    { $link }

    Der Link gilt { $hours } Stunden. Wenn Sie sich nicht bei Quartier registriert haben, können Sie diese E-Mail ignorieren.

    Ihr Quartier
mail-reset-subject = Neues Passwort für Quartier
mail-reset-body =
    Hallo { $name },

    mit diesem Link setzen Sie ein neues Passwort:

    { $link }

    Der Link gilt { $minutes } Minuten und nur einmal. Wenn Sie kein neues Passwort angefordert haben, können Sie diese E-Mail ignorieren.

    Ihr Quartier

mail-survey-link-subject = Ihr Link zur Umfrage „{ $title }“
mail-survey-link-body =
    Hallo,

    mit diesem Link können Sie die Umfrage „{ $title }“ einmal beantworten:

    { $link }

    Wenn Sie den Link nicht angefordert haben, können Sie diese E-Mail ignorieren.

    Ihr Quartier

mail-accessibility-feedback-subject = Quartier: Hinweis auf eine Barriere
mail-accessibility-feedback-body =
    Hallo,

    jemand hat über die Erklärung zur Barrierefreiheit eine Barriere gemeldet:

    { $message }

    Seite: { $page }
    E-Mail für eine Antwort: { $email }

    Ihr Quartier
