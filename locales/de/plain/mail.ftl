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
