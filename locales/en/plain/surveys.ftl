# Surveys in plain English: for everyone who answers.
surveys-intro = Groups from your area ask you here. They want to know what you need.
survey-anonymous-note = Nobody sees who you are. We do not keep your name or email.
survey-not-open = The survey has not started yet. Come back later.
survey-answered = You have already taken part. Thank you!
survey-email-intro = Type your email. You get a link. With the link you can answer once.
survey-code-hint = Do you have a code? Then type it here.
survey-code-hint-required = You need a code. It looks like this: ABCD-EFGH.
survey-send = Send
survey-hint-ranking = What matters to you? 1 matters most. Use each number once.
survey-thanks = We have your answers.
survey-error-required = Please answer here.
survey-error-ranking = Use each number once, please.
survey-error-who = You need an account, a code or a link by email.
survey-error-code-used = Someone took this code. Ask for a new one.
