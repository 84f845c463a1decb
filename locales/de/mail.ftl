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

mail-invite-subject = Einladung zu Quartier
mail-invite-body =
    Hallo { $name },

    ein Admin lädt Sie zu Quartier ein: Sie können dort mit uns arbeiten. Mit diesem Link setzen Sie Ihr Passwort:

    { $link }

    Der Link gilt { $days } Tage und nur einmal. Danach melden Sie sich mit Ihrer E-Mail-Adresse an.

    Ihr Quartier

mail-forum-contact-subject = Nachricht an „{ $forum }“
mail-forum-contact-body =
    Hallo { $name },

    über Quartier hat jemand dem Forum „{ $forum }“ geschrieben:

    { $message }

    Antworten Sie bitte direkt an: { $from }

    Ihr Quartier

mail-email-change-subject = Bitte bestätigen Sie Ihre neue E-Mail-Adresse
mail-email-change-body =
    Hallo { $name },

    mit diesem Link wird diese Adresse Ihre Adresse bei Quartier:

    { $link }

    Der Link gilt { $hours } Stunden. Wenn Sie das nicht wollten, ignorieren Sie diese E-Mail; es ändert sich nichts.

    Ihr Quartier

mail-email-changed-subject = Ihre E-Mail-Adresse bei Quartier ist neu
mail-email-changed-body =
    Hallo { $name },

    Ihr Konto bei Quartier hat jetzt die Adresse { $email }. Waren Sie das nicht? Dann setzen Sie bitte sofort ein neues Passwort und schreiben Sie uns.

    Ihr Quartier

mail-inactive-warning-subject = Wir löschen bald Ihr Konto bei Quartier
mail-inactive-warning-body =
    Hallo { $name },

    Sie waren lange nicht mehr bei Quartier angemeldet. Damit wir keine Daten länger als nötig speichern, löschen wir Ihr Konto in { $days } Tagen.

    Wollen Sie es behalten? Dann melden Sie sich einfach an:

    { $link }

    Ihr Quartier
mail-privacy-has-account-subject = Ihre Daten bei Quartier
mail-privacy-has-account-body =
    Hallo,

    jemand hat für diese Adresse nach den Daten bei Quartier gefragt. Zu dieser Adresse gibt es ein Konto. Melden Sie sich an. Dort können Sie Ihre Daten laden oder das Konto löschen:

    { $link }

    Waren Sie das nicht? Dann müssen Sie nichts tun.

    Ihr Quartier
mail-privacy-request-export-subject = Ihre Daten bei Quartier: Link zum Laden
mail-privacy-request-export-body =
    Hallo,

    Sie wollen eine Kopie Ihrer Daten bei Quartier. Öffnen Sie diesen Link:

    { $link }

    Der Link gilt { $hours } Stunden. Waren Sie das nicht? Dann müssen Sie nichts tun.

    Ihr Quartier
mail-privacy-request-delete-subject = Ihre Daten bei Quartier löschen
mail-privacy-request-delete-body =
    Hallo,

    Sie wollen Ihre Daten bei Quartier löschen. Öffnen Sie diesen Link und bestätigen Sie es dort:

    { $link }

    Der Link gilt { $hours } Stunden. Waren Sie das nicht? Dann müssen Sie nichts tun. Ohne Ihre Bestätigung löschen wir nichts.

    Ihr Quartier
mail-privacy-export-ready-subject = Ihre Daten bei Quartier sind bereit
mail-privacy-export-ready-body =
    Hallo,

    Ihre Daten sind gepackt. Melden Sie sich an und öffnen Sie diesen Link:

    { $link }

    Der Link gilt { $days } Tage und nur für Ihr Konto.

    Ihr Quartier
