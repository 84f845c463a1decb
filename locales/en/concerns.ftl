# Concerns
nav-report = Report a concern
nav-concerns = Concerns
nav-inbox = Inbox
notice-concern-confirmed = Thank you! Your concern is confirmed and published.
notice-confirm-failed = This confirmation link is not valid. Please report your concern again.
report-title = Report a concern
report-intro = Describe what you notice in your district. We pass it on to the office responsible.
concern-title = What is it about?
concern-title-hint = One short sentence, e.g. “Hole in the pavement outside the school”.
concern-description = Description
concern-description-hint = What is wrong, since when, and what would you like to happen?
choose = Please choose
concern-district = District
concern-address = Address or place
concern-address-hint = Optional, e.g. street and house number.
concern-point = Exact spot
concern-point-hint = Optional: latitude and longitude, e.g. 50.9787 and 11.0328.
concern-latitude = Latitude
concern-longitude = Longitude
concern-contact = Your contact details
concern-contact-hint = We send you a link to confirm. Your email address is never published.
concern-name = Name
concern-name-hint = Optional. Shown in public next to your concern.
report-submit = Send concern
report-sent-title = Thank you for your concern
report-sent-reference = Your reference number: { $reference }
report-sent-view = View your concern
report-sent-confirm = Please confirm your concern with the link in the email we sent you. Only then is it published and passed on.
status-unconfirmed = unconfirmed
status-submitted = received
status-open = with the office
status-in_progress = in progress
status-planned = planned
status-done = done
status-not_possible = not possible
status-rejected = rejected
status-duplicate = duplicate
concerns-title = Concerns from the districts
all = all
concern-status = Status
concern-search = Search
filter = Show
concerns-none = No concerns found.
concerns-older = Older concerns
concern-overdue = deadline passed
concern-reference = Reference number
concern-deadline = Answer due by
concern-reported = Reported
concern-resident = a resident
concern-timeline = Timeline
event-submitted = Concern received
event-confirmed = Email address confirmed, concern published
event-routed = Sent to { $office }
event-triage = Waiting for the moderators to assign it
event-accepted = { $office } took the concern on
event-forwarded = Passed on to { $office }
event-handed_back = { $office } is not responsible
event-answered = Answer from { $office }: { $status }
event-note = Internal note ({ $office })
event-internal = internal
inbox-title = Inbox
inbox-overdue-only = Overdue only
inbox-empty = No concerns.
inbox-open = Open work
inbox-closed = Closed
inbox-show = Show
inbox-sort = Order
inbox-sort-deadline = Deadline first
inbox-sort-newest = Newest first
inbox-search = Reference number or search word
inbox-counts = Concerns by status
inbox-previous = Previous page
inbox-next = Next page
office-actions = Work on it
office-accept = Take it on
office-answer = Answer in public
office-answer-text = Answer
office-answer-hint = Everyone can read this answer. Say clearly and kindly what will happen.
office-answer-submit = Publish answer
office-forward = Pass on to another office
office-reason = Reason
office-forward-submit = Pass on
office-hand-back = Not responsible
office-hand-back-submit = Hand back
office-note = Internal note
office-note-text = Note
office-note-hint = Only offices see this.
office-note-submit = Save note
error-unknown-category = Please choose a topic from the list.
error-coordinates = Please enter latitude (−90 to 90) and longitude (−180 to 180) as numbers, or leave both empty.
error-form-expired = The form is incomplete. Please reload the page and send it again.
error-unknown-office = Please choose an office from the list.
error-unknown-status = Please choose a status from the list.
error-forward-same-office = The concern is already with this office.
error-concern-closed = This concern is closed.
error-link-unknown-title = Link not valid
error-link-expired-title = Link expired
error-link-used-title = Link no longer valid
mail-concern-confirm-subject = Please confirm your concern { $reference }
mail-concern-confirm-body =
    Hello,

    you reported a concern on Quartier: “{ $title }”.
    Please confirm it with this link. Only then is it published and sent to the office responsible:

    { $link }

    If you did not report anything, you can ignore this email.

    Quartier
mail-concern-receipt-subject = Your concern { $reference } has been received
mail-concern-receipt-body =
    Hello,

    your concern “{ $title }” has the reference number { $reference }.
    See what happens to it here:

    { $link }

    Quartier
mail-office-new-concern-subject = New concern { $reference } for { $office }
mail-office-new-concern-body =
    Hello,

    a new concern has arrived for { $office }: “{ $title }” ({ $reference }).
    Please take it on, pass it on, or answer in public:

    { $link }

    Quartier
mail-concern-answered-subject = Answer to your concern { $reference }
mail-concern-answered-body =
    Hello,

    there is an answer to your concern “{ $title }”:

    { $answer }

    New status: { $status }

    Everything about the concern: { $link }

    Quartier
nav-moderation = Moderation
event-assigned = Given to { $office } by the moderators
triage-title = Assign
triage-intro = No rule covers these concerns. Please give each one to the right office.
triage-empty = Nothing to assign.
triage-office = Office
triage-handed-back = Handed back by the office:
triage-assign = Assign
error-not-in-triage = This concern is not waiting to be assigned (any more).
admin-rules = Responsibilities
rules-intro = A rule says which office is responsible for a topic: in a district, in a planning space or in the whole city. The most specific rule applies.
rules-new = New rule
rules-list = Rules
rule-scope = Applies to
rule-scope-city = the whole city
rule-scope-space = planning space { $name }
rule-scope-district = district { $name }
rule-deadline-days = Deadline in business days
rule-deadline-days-hint = Weekends and public holidays do not count.
actions = Actions
error-rule-scope = Please choose what the rule applies to.
error-rule-exists = There is already a rule for this topic there.
error-deadline-days = Please enter a whole number from 1 to 250.
event-reminder = Deadline passed: { $office } was reminded
event-escalated = Deadline long passed: reported to the administration and the moderators
mail-deadline-reminder-subject = Reminder: the answer to { $reference } is overdue
mail-deadline-reminder-body =
    Hello,

    the deadline for answering the concern “{ $title }” ({ $reference }) passed on { $deadline }.
    Please answer in public or pass the concern on:

    { $link }

    Quartier
mail-deadline-escalation-subject = Overdue: { $reference } at { $office }
mail-deadline-escalation-body =
    Hello,

    the concern “{ $title }” ({ $reference }) has been waiting for an answer from { $office } since { $deadline }, despite a reminder.

    { $link }

    Quartier
participation-title = Take part
participation-login = to say this affects you too, follow the concern or write a comment.
concern-supports = { $count ->
    [0] Nobody has said “this affects me too” yet.
    [one] One person says: “this affects me too”.
   *[other] { $count } people say: “this affects me too”.
}
concern-support = This affects me too
concern-you-support = You said: this affects me too.
concern-follow = Follow (email on every change)
concern-unfollow = Stop following
comments-title = Comments
comments-none = No comments yet.
comment-label = Your comment
comment-hint = Kind and to the point. No personal details of others.
comment-submit = Send comment
error-already-supported = You have already said this affects you.
follow-change-accepted = The office took the concern on.
follow-change-forwarded = The concern was passed on to another office.
follow-change-handed-back = The office is not responsible; the moderators will assign the concern again.
follow-change-answered = The office has answered.
mail-concern-followed-subject = News about { $reference }
mail-concern-followed-body =
    Hello,

    there is news about the concern “{ $title }” ({ $reference }) that you follow:
    { $change }

    { $link }

    Quartier
mail-concern-hidden-subject = We took your concern { $reference } off the public pages
mail-concern-hidden-body =
    Hello,

    the forum team took your concern “{ $title }” off the public pages.

    The reason: { $reason }

    Questions? Write to the forum team of your district.

    Quartier
mail-concern-merged-subject = Your concern { $reference } now belongs to { $into }
mail-concern-merged-body =
    Hello,

    someone had already reported your concern “{ $title }”. It is now part of { $into }.

    See what happens there: { $into_link }

    Quartier
concern-former-resident = a former resident

error-point-in-other-district = The marked spot lies in another district than the one chosen. Choose the district again or move the marker.
error-point-outside-city = The marked spot lies outside the city. Please mark a spot in the city.
error-district-for-point = We do not know the district of this spot. Please choose the district from the list.
error-location-needed = Please give a place in the city: lat and long, or the district.
