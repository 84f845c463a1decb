# Photos, similar concerns, flags, hiding, merging, taking part by email.
concern-photos = Photos (optional)
concern-photos-hint = Up to 3 photos as JPEG, PNG or WebP, at most 10 MB each. We remove location data from the photos. If the form shows an error, please choose the photos again.
concern-photo-alt = Photo { $n } of { $count } of the concern “{ $title }”
error-photo-too-large = “{ $name }” is too large. At most { $max } per photo.
error-photo-type = “{ $name }” is not a JPEG, PNG or WebP photo.
error-photo-corrupt = “{ $name }” cannot be read as a photo. Please choose another file.
error-photo-dimensions = “{ $name }” has too many pixels. At most { $max } megapixels per photo.
error-photo-too-many = Please send at most { $max } photos.
similar-hint = Someone may have reported the same already. Once you have chosen topic and district, you can look before sending.
similar-check = Look for similar concerns
similar-title = Similar concerns
similar-need-choice = Please choose category and district first.
similar-none = We found no similar open concern. You can send yours below.
similar-intro = These open concerns are like yours. Is yours among them? Then say “Affects me too” there. Otherwise send yours below.
concern-hidden-title = Hidden concern
concern-hidden-reason = The moderators have hidden this concern. Reason: { $reason }
concern-hidden-pending = This concern was flagged several times and is hidden until the moderators have looked at it.
comment-hidden-reason = The moderators have hidden this comment. Reason: { $reason }
comment-hidden-pending = This comment was flagged several times and is hidden until the moderators have looked at it.
concern-merged-into = This concern had been reported before. It was merged with
flag-concern = Report a problem with this concern
flag-comment = Report comment
flag-reason = What is the problem?
flag-reason-hint = For example: insulting, personal data, advertising.
flag-submit = Send report
moderation-title = Moderation
moderation-reason = Public reason
moderation-reason-hint = Everyone sees this reason. Please keep it short and factual.
moderation-hide = Hide concern
moderation-restore = Show concern again
moderation-hide-comment = Hide comment
moderation-restore-comment = Show comment again
merge-into = Merge with concern
merge-into-hint = Reference of the concern that stays, e.g. Q-2026-000123. Supporters and followers move over.
merge-submit = Merge as duplicate
participation-by-email = Without an account: enter your email address. We send you a link. It only counts once you click it.
error-already-flagged = You have reported this already. The moderators will look at it.
error-already-following = You already follow this concern.
error-merge-unknown = There is no concern with this reference.
error-merge-same = A concern cannot be merged with itself.
error-merge-duplicate = One of the two concerns has been merged already. Please use the concern that stays.
notice-flagged = Thank you for your report. The moderators will look at it.
notice-merged = The concerns are merged.
notice-participation-mailed = Almost done: please click the link in the email we sent you.
notice-participation-confirmed = Thank you! Confirmed.
notice-following-stopped = You will get no more emails about this concern.
notice-link-invalid = This link is not valid (any more).
follow-change-merged = The concern was a duplicate and has been merged with another one. You now follow the other one.
event-hidden_pending = Flagged several times: hidden until reviewed
event-comment_hidden_pending = A comment was flagged several times and is hidden until reviewed
event-hidden = Hidden by the moderators
event-restored = Shown again by the moderators
event-comment_hidden = A comment was hidden by the moderators
event-comment_restored = A comment was shown again by the moderators
event-merged_into = Merged as a duplicate with this concern:
event-merged_from = A duplicate concern was merged into this one:
flagged-title = Flagged content
flagged-empty = Nothing is flagged at the moment.
flagged-concern = Concern
flagged-comment = Comment
flagged-hidden = hidden
mail-participation-confirm-support-subject = Please confirm: { $reference } affects you too
mail-participation-confirm-support-body =
    Hello,

    you want to say that the concern “{ $title }” ({ $reference }) affects you too.
    Please confirm with this link:

    { $link }

    If this was not you, do nothing.

    Your Quartier
mail-participation-confirm-follow-subject = Please confirm: follow { $reference }
mail-participation-confirm-follow-body =
    Hello,

    you want to follow the concern “{ $title }” ({ $reference }) and get an email on every change.
    Please confirm with this link:

    { $link }

    If this was not you, do nothing.

    Your Quartier
mail-concern-followed-email-subject = News about { $reference }
mail-concern-followed-email-body =
    Hello,

    there is news about the concern “{ $title }” ({ $reference }) you follow:
    { $change }

    { $link }

    No more emails about this concern: { $stop }

    Your Quartier
merge-pick = Similar concerns – which one stays?
merge-pick-other = Another one: type its reference below
merge-confirm = Yes, both mean the same. { $reference } is closed and points to the chosen concern; supporters and followers move along.
error-merge-confirm = Please confirm that both concerns mean the same.
