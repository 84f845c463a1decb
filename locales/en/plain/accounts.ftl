# Plain English for account pages.
register-intro = With an account you see what happens to your problem. You can also fill in surveys. You do not need an account to tell us a problem.
forgot-title = Lost your password?
forgot-intro = Write your email address. We send you a link. With it you make a new password.
field-display-name-hint = Others see this name. Your first name is enough.
field-password-hint = At least 10 letters or signs. A short sentence is good.
error-email-invalid = This is not an email address. For example: name@example.org
error-email-taken = There is already an account with this email. Please log in.
error-password-short = The password is too short. It needs at least { $min } signs.
error-password-common = This password is too easy to guess. Take a short sentence.
error-login-failed = The email or the password is wrong.
error-email-not-verified = Please first click the link in our email.
error-link-unknown = This link does not work.
error-link-expired = This link is too old. Please ask for a new one.
error-link-used = This link was used. Please ask for a new one.
account-role-resident = You are here as someone who lives in town.
error-password-personal = The password is almost just your name or email. Please take something else.
privacy-data-intro = You get all we keep about you. It is all in one ZIP file. For example your concerns, photos, comments and emails.
privacy-download-hint = Some surveys do not keep names. Your answers there are not in the file. Nobody can link them to you, not even we.
privacy-delete-intro = We then delete your name and your email address. We also delete your password and your roles. What you wrote in public stays, but with no name. Your support still counts. You cannot undo this.
privacy-readme =
    Your data at Quartier

    This ZIP file holds all we keep about you.

    account.json – your account: email address, name, language.
    concerns.json – your concerns.
    comments.json – your comments.
    supports_and_follows.json – concerns you support or follow.
    survey_responses.json – your answers in surveys with names.
    roles.json – your roles.
    flags.json – posts you showed us as a problem.
    mails.json – our emails to you.
    photos/ – your photos.

    Some surveys do not keep names. Your answers there are not in the file.
