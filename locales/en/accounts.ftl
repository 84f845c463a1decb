# Accounts
register-title = Create an account
register-intro = With an account you can follow concerns and answer surveys. You do not need an account to report a concern.
register-submit = Create account
register-have-account = Already have an account?
login-title = Log in
login-submit = Log in
login-forgot = Forgotten your password?
login-no-account = No account yet?
forgot-title = Forgotten password
forgot-intro = Enter your email address. We will send you a link to set a new password.
forgot-submit = Send link
reset-title = New password
reset-submit = Save password
reset-ask-again = Ask for a new link
account-title = My account
account-email = Email address:
account-roles = My roles
account-role-resident = You are signed in as a resident.
field-display-name = Name
field-display-name-hint = This is how others see you. A first name or nickname is enough.
field-email = Email address
field-password = Password
field-new-password = New password
field-password-hint = At least 10 characters. A sentence of several words is safe and easy to remember.
field-language = Language
field-plain-language = Use plain language
field-name = Name
error-email-invalid = Please enter a valid email address, like name@example.org.
error-email-taken = There is already an account for this email address. Log in or reset your password.
error-password-short = The password is too short: at least { $min } characters.
error-password-personal = The password is made mostly of your name or email address. Please choose something else.
error-password-common = This password is too easy to guess. Try a sentence of several words.
error-login-failed = Email address or password is not correct.
error-email-not-verified = Please first confirm your email address with the link in our email.
error-link-unknown = This link is not valid.
error-link-expired = This link has expired. Please ask for a new one.
error-link-used = This link has already been used. Please ask for a new one.
role-admin = Administration (admin)
role-moderator = Moderator
role-member = Member
role-staff = Office staff
account-password-title = Change password
account-password-submit = Change password
field-current-password = Current password
error-current-password = The current password is not right.
account-concerns = My concerns
account-concerns-none = You have not reported a concern yet.
account-work = My work
account-work-surveys = Surveys of my forums
account-work-interview = Enter interviews: { $title }
field-show-name = Show my name publicly
field-show-name-hint = Then your name appears with your concerns and comments. Otherwise they say “a resident”. We never show your email address.
account-email-title = Change email address
account-new-email = New email address
account-email-submit = Send a link to the new address
account-email-pending = We are waiting for you to confirm { $email }. Click the link in the email to that address.
account-following = Concerns I follow or support
account-following-none = You do not follow any concern yet.
account-surveys = Surveys I answered
account-surveys-none = You have not answered any survey yet.
error-email-same = This is already your address.
privacy-data-title = My data
privacy-data-link = Download my data or delete my account
privacy-data-intro = You get everything Quartier keeps about you in one ZIP file: your account, your concerns with photos, comments, support, surveys you answered by name, roles, flags and mails to you.
privacy-download = Download my data (ZIP)
privacy-download-hint = Answers to anonymous surveys are not in it: nobody can link them to a person, not even we.
privacy-delete-title = Delete my account
privacy-delete-intro = We then delete your name, your email address, your password, your roles and what you follow. What you wrote in public stays, but without a name: “a former resident”. Your support still counts. This cannot be undone.
privacy-delete-submit = Delete my account for good
privacy-error-last-admin = You are the last person with admin rights. Give the rights to someone else first.
privacy-readme =
    Your data at Quartier

    This ZIP file holds everything Quartier keeps about your account.

    account.json – your account: email address, name, language, settings, when you created it.
    concerns.json – the concerns you reported, with place and status.
    comments.json – your comments.
    supports_and_follows.json – concerns you support or follow.
    survey_responses.json – your answers to surveys that were not anonymous.
    roles.json – your roles, for example moderation or work in an office.
    flags.json – posts you reported to the moderators.
    mails.json – the emails Quartier sent or will send you.
    photos/ – the photos of your concerns.

    Answers to anonymous surveys are not in it: nobody can link them to a person, not even we.
privacy-download-large = Your data is large, mostly because of the photos. We pack it for you and then send you a link by email. The link works for 7 days.
privacy-download-mail = Send me a link by email
privacy-delete-intro-remove = We then delete your name, your email address, your password and your roles. We also delete all you wrote in public: your concerns and comments. Your support still counts. You cannot undo this.
privacy-no-account = No account, but you gave us your email address?
privacy-request-title = Data about my email address
privacy-request-intro = Did you report, support or follow a concern without an account? Then you can get your data or have it deleted. For this we send a link to your email address. So we know that the address is yours.
privacy-request-kind = What would you like?
privacy-request-export = A copy of my data
privacy-request-delete = Delete my data
privacy-request-submit = Send the link
privacy-request-account = You have an account? Then sign in and open:
privacy-request-again = Ask for a new link
privacy-request-found = For { $email } we have: { $concerns } reported concerns, { $supports } supported concerns, { $follows } followed concerns.
privacy-request-delete-keep = We then delete your email address and your name. Your concerns stay public, but with no name. Your support still counts. We send you no more emails. You cannot undo this.
privacy-request-delete-remove = We then delete your email address, your name and your concerns with their photos. Your support still counts. We send you no more emails. You cannot undo this.
privacy-request-delete-confirm = Yes, I want my data deleted.
privacy-request-delete-submit = Delete my data now
privacy-request-download-hint = The link works for 24 hours. After that, just ask for a new one.
privacy-readme-email =
    Your data at Quartier

    This ZIP file holds all that Quartier keeps about your email address. You have no account.

    address.json – your email address.
    concerns.json – the concerns you reported, with place, status and your name.
    supports_and_follows.json – concerns you support or follow.
    mails.json – the emails Quartier sent or will send you.
    photos/ – the photos of your concerns.

    Answers to surveys without names are not in it: nobody can link them to a person, not even we.
privacy-error-confirm-delete = Please confirm that you want your data deleted.
