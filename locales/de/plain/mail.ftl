mail-verify-body =
    Hallo { $name },

    bitte klicken Sie auf diesen Link:

    { $link }

    Dann wissen wir: Die E-Mail-Adresse gehört Ihnen.
    Der Link geht { $hours } Stunden lang.
    Sie haben sich nicht bei Quartier angemeldet? Dann müssen Sie nichts tun.

    Ihr Quartier
mail-reset-body =
    Hallo { $name },

    mit diesem Link machen Sie ein neues Passwort:

    { $link }

    Der Link geht { $minutes } Minuten lang. Er geht nur einmal.
    Sie wollten kein neues Passwort? Dann müssen Sie nichts tun.

    Ihr Quartier
mail-verify-subject = Ist das Ihre E-Mail-Adresse?
mail-concern-confirm-subject = Bitte bestätigen: Ihr Problem { $reference }
mail-concern-confirm-body =
    Hallo,

    Sie haben uns ein Problem geschickt: „{ $title }“.
    Bitte klicken Sie auf diesen Link:

    { $link }

    Erst dann sehen es alle. Erst dann bekommt es das Amt.
    Sie haben nichts geschickt? Dann müssen Sie nichts tun.

    Ihr Quartier
mail-concern-receipt-subject = Wir haben Ihr Problem { $reference }
mail-concern-receipt-body =
    Hallo,

    Ihr Problem „{ $title }“ hat diese Nummer: { $reference }.
    Hier sehen Sie, was damit passiert:

    { $link }

    Ihr Quartier
mail-concern-answered-subject = Das Amt hat geantwortet: { $reference }
mail-concern-answered-body =
    Hallo,

    das Amt hat auf Ihr Problem „{ $title }“ geantwortet:

    { $answer }

    Jetzt gilt: { $status }

    Hier steht alles zu Ihrem Problem: { $link }

    Ihr Quartier
mail-concern-followed-subject = Neu bei { $reference }
mail-concern-followed-body =
    Hallo,

    bei dem Problem „{ $title }“ ({ $reference }) gibt es etwas Neues:
    { $change }

    { $link }

    Ihr Quartier
mail-concern-followed-email-subject = Neu bei { $reference }
mail-concern-followed-email-body =
    Hallo,

    bei dem Problem „{ $title }“ ({ $reference }) gibt es etwas Neues:
    { $change }

    { $link }

    Sie wollen keine E-Mails mehr dazu? Dann klicken Sie hier: { $stop }

    Ihr Quartier
mail-participation-confirm-support-body =
    Hallo,

    Sie sagen: Das Problem „{ $title }“ ({ $reference }) betrifft Sie auch.
    Bitte klicken Sie auf diesen Link:

    { $link }

    Das waren Sie nicht? Dann müssen Sie nichts tun.

    Ihr Quartier
mail-participation-confirm-follow-subject = Bitte bestätigen: E-Mails zu { $reference }
mail-participation-confirm-follow-body =
    Hallo,

    Sie wollen E-Mails zu dem Problem „{ $title }“ ({ $reference }).
    Dann schreiben wir Ihnen bei allem Neuen.
    Bitte klicken Sie auf diesen Link:

    { $link }

    Das waren Sie nicht? Dann müssen Sie nichts tun.

    Ihr Quartier
mail-survey-link-body =
    Hallo,

    mit diesem Link machen Sie bei der Umfrage „{ $title }“ mit:

    { $link }

    Der Link geht nur einmal.
    Sie wollten keinen Link? Dann müssen Sie nichts tun.

    Ihr Quartier
follow-change-accepted = Das Amt kümmert sich jetzt darum.
follow-change-forwarded = Jetzt kümmert sich ein anderes Amt darum.
follow-change-handed-back = Das Amt ist nicht zuständig. Wir suchen das richtige Amt.
