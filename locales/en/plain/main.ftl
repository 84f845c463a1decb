# Plain English: short sentences, common words.
home-lead = Do you see a problem in your street? Tell us. We send it to the right office. The office answers. Everyone can read the answer.
home-step-report = You tell us about a problem. You can use your own language. You do not need an account.
home-step-route = We send it to the right office.
home-step-answer = The office answers. Everyone can read the answer.
home-step-follow = You see what happens. You can also answer surveys.
form-error-summary = Please check these fields
error-required = Something is missing here.
error-csrf = The form is too old. Please send it again.
error-internal = That did not work. Please try again later.
