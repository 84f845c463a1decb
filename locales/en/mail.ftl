# Mail
mail-verify-subject = Please confirm your email address for Quartier
mail-verify-body =
    Hello { $name },

    please confirm your email address with this link:

    { $link }

    The link is valid for { $hours } hours. If you did not register with Quartier, you can ignore this email.

    Quartier
mail-reset-subject = New password for Quartier
mail-reset-body =
    Hello { $name },

    use this link to set a new password:

    { $link }

    The link is valid for { $minutes } minutes and only once. If you did not ask for a new password, you can ignore this email.

    Quartier

mail-survey-link-subject = Your link to the survey “{ $title }”
mail-survey-link-body =
    Hello,

    with this link you can answer the survey “{ $title }” once:

    { $link }

    If you did not ask for this link, you can ignore this email.

    Your Quartier

mail-accessibility-feedback-subject = Quartier: a barrier was reported
mail-accessibility-feedback-body =
    Hello,

    someone reported a barrier through the accessibility statement:

    { $message }

    Page: { $page }
    Email for an answer: { $email }

    Your Quartier
