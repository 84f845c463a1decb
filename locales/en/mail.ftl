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

mail-invite-subject = Join Quartier
mail-invite-body =
    Hello { $name },

    an admin asks you to join Quartier and work with us. Use this link to set your password:

    { $link }

    The link is valid for { $days } days and only once. Then sign in with your email address.

    Quartier

mail-forum-contact-subject = Message to “{ $forum }”
mail-forum-contact-body =
    Hello { $name },

    someone wrote to the forum “{ $forum }” through Quartier:

    { $message }

    Please reply directly to: { $from }

    Quartier

mail-email-change-subject = Please confirm your new email address
mail-email-change-body =
    Hello { $name },

    with this link this address becomes your address at Quartier:

    { $link }

    The link is valid for { $hours } hours. If you did not want this, ignore this email; nothing changes.

    Quartier

mail-email-changed-subject = Your email address at Quartier is new
mail-email-changed-body =
    Hello { $name },

    your Quartier account now has the address { $email }. Was this not you? Then please set a new password at once and write to us.

    Quartier

mail-inactive-warning-subject = We will delete your Quartier account soon
mail-inactive-warning-body =
    Hello { $name },

    you have not signed in to Quartier for a long time. We keep no data longer than needed. So we will delete your account in { $days } days.

    Do you want to keep it? Then just sign in:

    { $link }

    Quartier
mail-privacy-has-account-subject = Your data at Quartier
mail-privacy-has-account-body =
    Hello,

    someone asked for the data of this address at Quartier. There is an account with this address. Sign in. There you can download your data or delete the account:

    { $link }

    Was this not you? Then you need not do anything.

    Quartier
mail-privacy-request-export-subject = Your data at Quartier: download link
mail-privacy-request-export-body =
    Hello,

    you asked for a copy of your data at Quartier. Open this link:

    { $link }

    The link works for { $hours } hours. Was this not you? Then you need not do anything.

    Quartier
mail-privacy-request-delete-subject = Delete your data at Quartier
mail-privacy-request-delete-body =
    Hello,

    you asked us to delete your data at Quartier. Open this link and confirm it there:

    { $link }

    The link works for { $hours } hours. Was this not you? Then you need not do anything. We delete nothing until you confirm.

    Quartier
mail-privacy-export-ready-subject = Your data at Quartier is ready
mail-privacy-export-ready-body =
    Hello,

    we packed your data. Sign in and open this link:

    { $link }

    The link works for { $days } days, and only for your account.

    Quartier
