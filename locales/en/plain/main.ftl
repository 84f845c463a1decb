# Plain English: short sentences, common words.
home-lead = Do you see a problem in your street? Tell us. We send it to the right office. The office answers. Everyone can read the answer.
home-step-report = You tell us about a problem. You can use your own language. You do not need an account.
home-step-route = We send it to the right office.
home-step-follow = You see what happens. You can answer surveys too.
form-error-summary = Please check these fields
error-csrf = The form is too old. Please send it again.
error-internal = That did not work. Please try again later.
