# Concerns in plain English: report, read, take part.
report-intro = Do you see a problem where you live? Write it here. We send it to the right office.
concern-contact-hint = We send you an email with a link. Nobody sees your email.
report-sent-confirm = Please click the link in the email. Only then can everyone see it. Only then does it go to the office.
similar-intro = Here are problems like yours. Is yours here? Then say there: this affects me too.
concern-hidden-pending = Many people reported this. We are checking it. Until then it is hidden.
