# Plain English mails: short sentences, common words.
mail-verify-subject = Is this your email address?
mail-verify-body =
    Hello { $name },

    please click this link:

    { $link }

    Then we know the email address is yours.
    The link works for { $hours } hours.
    You did not sign up? Then you do not need to do anything.

    Quartier
mail-reset-subject = Your new password
mail-reset-body =
    Hello { $name },

    with this link you make a new password:

    { $link }

    The link works for { $minutes } minutes. It works only once.
    You did not ask for a new password? Then you do not need to do anything.

    Quartier
mail-concern-confirm-subject = Please check: your problem { $reference }
mail-concern-confirm-body =
    Hello,

    you sent us a problem: “{ $title }”.
    Please click this link:

    { $link }

    Only then can all see it. Only then does the office get it.
    You did not send us anything? Then you do not need to do anything.

    Quartier
mail-concern-receipt-subject = We have your problem { $reference }
mail-concern-receipt-body =
    Hello,

    your problem “{ $title }” has this number: { $reference }.
    Here you see what we do with it:

    { $link }

    Quartier
mail-concern-answered-subject = The office wrote back: { $reference }
mail-concern-answered-body =
    Hello,

    the office wrote back about your problem “{ $title }”:

    { $answer }

    Now: { $status }

    Here you find all about your problem: { $link }

    Quartier
mail-concern-followed-subject = News on { $reference }
mail-concern-followed-body =
    Hello,

    there is news on the problem “{ $title }” ({ $reference }):
    { $change }

    { $link }

    Quartier
mail-concern-followed-email-subject = News on { $reference }
mail-concern-followed-email-body =
    Hello,

    there is news on the problem “{ $title }” ({ $reference }):
    { $change }

    { $link }

    You want no more emails on this? Then click here: { $stop }

    Quartier
mail-participation-confirm-support-subject = Please check: this is your problem too
mail-participation-confirm-support-body =
    Hello,

    you say: the problem “{ $title }” ({ $reference }) is your problem too.
    Please click this link:

    { $link }

    This was not you? Then do nothing.

    Quartier
mail-participation-confirm-follow-subject = Please check: emails on { $reference }
mail-participation-confirm-follow-body =
    Hello,

    you want emails on the problem “{ $title }” ({ $reference }).
    Then we write to you each time there is news.
    Please click this link:

    { $link }

    This was not you? Then do nothing.

    Quartier
mail-survey-link-body =
    Hello,

    with this link you can fill in the survey “{ $title }”:

    { $link }

    The link works only once.
    You did not ask for a link? Then you do not need to do anything.

    Quartier
follow-change-accepted = The office now takes care of it.
follow-change-forwarded = Now a new office takes care of it.
follow-change-handed-back = This is not the right office. We look for the right one.
