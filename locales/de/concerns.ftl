# Anliegen
nav-report = Anliegen melden
nav-concerns = Anliegen
nav-inbox = Posteingang
notice-concern-confirmed = Danke! Ihr Anliegen ist bestätigt und veröffentlicht.
notice-confirm-failed = Dieser Bestätigungslink gilt nicht. Bitte melden Sie Ihr Anliegen noch einmal.
report-title = Anliegen melden
report-intro = Beschreiben Sie, was Ihnen in Ihrem Ortsteil auffällt. Wir leiten es an das zuständige Amt weiter.
concern-title = Worum geht es?
concern-title-hint = Ein kurzer Satz, z. B. „Loch im Gehweg vor der Schule“.
concern-description = Beschreibung
concern-description-hint = Was ist los, seit wann, und was wünschen Sie sich?
choose = Bitte wählen
concern-district = Ortsteil
concern-address = Adresse oder Ort
concern-address-hint = Freiwillig, z. B. Straße und Hausnummer.
concern-point = Genaue Stelle
concern-point-hint = Freiwillig: Breiten- und Längengrad, z. B. 50,9787 und 11,0328.
concern-latitude = Breitengrad
concern-longitude = Längengrad
concern-contact = Ihre Kontaktdaten
concern-contact-hint = Wir schicken Ihnen einen Link zur Bestätigung. Ihre E-Mail-Adresse wird nie veröffentlicht.
concern-name = Name
concern-name-hint = Freiwillig. Erscheint öffentlich neben Ihrem Anliegen.
report-submit = Anliegen senden
report-sent-title = Danke für Ihr Anliegen
report-sent-reference = Ihre Vorgangsnummer: { $reference }
report-sent-view = Zum Anliegen
report-sent-confirm = Bitte bestätigen Sie Ihr Anliegen mit dem Link in der E-Mail, die wir Ihnen geschickt haben. Erst dann wird es veröffentlicht und weitergeleitet.
status-unconfirmed = unbestätigt
status-submitted = eingegangen
status-open = beim Amt
status-in_progress = in Bearbeitung
status-planned = geplant
status-done = erledigt
status-not_possible = nicht möglich
status-rejected = abgelehnt
status-duplicate = doppelt
concerns-title = Anliegen aus den Ortsteilen
all = alle
concern-status = Stand
concern-search = Suche
filter = Anzeigen
concerns-none = Keine Anliegen gefunden.
concerns-older = Ältere Anliegen
concern-overdue = Frist überschritten
concern-reference = Vorgangsnummer
concern-deadline = Antwort bis
concern-reported = Gemeldet
concern-resident = eine Bewohnerin oder ein Bewohner
concern-timeline = Verlauf
event-submitted = Anliegen eingegangen
event-confirmed = E-Mail-Adresse bestätigt, Anliegen veröffentlicht
event-routed = Weitergeleitet an { $office }
event-triage = Wartet auf Zuordnung durch die Moderation
event-accepted = { $office } hat das Anliegen übernommen
event-forwarded = Weitergegeben an { $office }
event-handed_back = { $office } ist nicht zuständig
event-answered = Antwort von { $office }: { $status }
event-note = Interne Notiz ({ $office })
event-internal = intern
inbox-title = Posteingang
inbox-overdue-only = Nur überfällige
inbox-empty = Keine Anliegen.
inbox-open = Offene Vorgänge
inbox-closed = Abgeschlossene
inbox-show = Zeigen
inbox-sort = Reihenfolge
inbox-sort-deadline = Frist zuerst
inbox-sort-newest = Neueste zuerst
inbox-search = Vorgangsnummer oder Suchwort
inbox-counts = Anliegen nach Stand
inbox-previous = Vorherige Seite
inbox-next = Nächste Seite
office-actions = Bearbeiten
office-accept = Übernehmen
office-answer = Öffentlich antworten
office-answer-text = Antwort
office-answer-hint = Alle können diese Antwort lesen. Schreiben Sie klar und freundlich, was passiert.
office-answer-submit = Antwort veröffentlichen
office-forward = An ein anderes Amt weitergeben
office-reason = Begründung
office-forward-submit = Weitergeben
office-hand-back = Nicht zuständig
office-hand-back-submit = Zurückgeben
office-note = Interne Notiz
office-note-text = Notiz
office-note-hint = Nur für Ämter sichtbar.
office-note-submit = Notiz speichern
error-unknown-category = Bitte wählen Sie ein Thema aus der Liste.
error-coordinates = Bitte geben Sie Breitengrad (−90 bis 90) und Längengrad (−180 bis 180) als Zahlen ein, oder lassen Sie beide leer.
error-form-expired = Das Formular ist unvollständig. Bitte laden Sie die Seite neu und senden Sie es noch einmal.
error-unknown-office = Bitte wählen Sie ein Amt aus der Liste.
error-unknown-status = Bitte wählen Sie einen Stand aus der Liste.
error-forward-same-office = Das Anliegen liegt schon bei diesem Amt.
error-concern-closed = Dieses Anliegen ist abgeschlossen.
error-link-unknown-title = Link ungültig
error-link-expired-title = Link abgelaufen
error-link-used-title = Link nicht mehr gültig
mail-concern-confirm-subject = Bitte bestätigen Sie Ihr Anliegen { $reference }
mail-concern-confirm-body =
    Guten Tag,

    Sie haben bei Quartier ein Anliegen gemeldet: „{ $title }“.
    Bitte bestätigen Sie es mit diesem Link. Erst dann wird es veröffentlicht und an das zuständige Amt weitergeleitet:

    { $link }

    Wenn Sie nichts gemeldet haben, können Sie diese E-Mail ignorieren.

    Ihr Quartier
mail-concern-receipt-subject = Ihr Anliegen { $reference } ist eingegangen
mail-concern-receipt-body =
    Guten Tag,

    Ihr Anliegen „{ $title }“ hat die Vorgangsnummer { $reference }.
    Hier sehen Sie, was daraus wird:

    { $link }

    Ihr Quartier
mail-office-new-concern-subject = Neues Anliegen { $reference } für { $office }
mail-office-new-concern-body =
    Guten Tag,

    für { $office } ist ein neues Anliegen eingegangen: „{ $title }“ ({ $reference }).
    Bitte übernehmen Sie es, geben Sie es weiter oder antworten Sie öffentlich:

    { $link }

    Ihr Quartier
mail-concern-answered-subject = Antwort auf Ihr Anliegen { $reference }
mail-concern-answered-body =
    Guten Tag,

    auf Ihr Anliegen „{ $title }“ gibt es eine Antwort:

    { $answer }

    Neuer Stand: { $status }

    Alles zum Anliegen: { $link }

    Ihr Quartier
nav-moderation = Moderation
event-assigned = Von der Moderation an { $office } gegeben
triage-title = Zuordnen
triage-intro = Für diese Anliegen gibt es keine Regel. Bitte geben Sie jedes an das passende Amt.
triage-empty = Nichts zuzuordnen.
triage-office = Amt
triage-handed-back = Vom Amt zurückgegeben:
triage-assign = Zuordnen
error-not-in-triage = Dieses Anliegen wartet nicht (mehr) auf Zuordnung.
admin-rules = Zuständigkeiten
rules-intro = Eine Regel sagt, welches Amt für ein Thema zuständig ist: in einem Ortsteil, in einem Planungsraum oder in der ganzen Stadt. Die genaueste Regel gilt.
rules-new = Neue Regel
rules-list = Regeln
rule-scope = Gilt für
rule-scope-city = die ganze Stadt
rule-scope-space = Planungsraum { $name }
rule-scope-district = Ortsteil { $name }
rule-deadline-days = Frist in Arbeitstagen
rule-deadline-days-hint = Wochenenden und Feiertage zählen nicht.
actions = Aktionen
error-rule-scope = Bitte wählen Sie, wofür die Regel gilt.
error-rule-exists = Für dieses Thema gibt es dort schon eine Regel.
error-deadline-days = Bitte eine ganze Zahl von 1 bis 250.
event-reminder = Frist überschritten: { $office } wurde erinnert
event-escalated = Frist deutlich überschritten: an Verwaltung und Moderation gemeldet
mail-deadline-reminder-subject = Erinnerung: Antwort auf { $reference } ist überfällig
mail-deadline-reminder-body =
    Guten Tag,

    die Frist für die Antwort auf das Anliegen „{ $title }“ ({ $reference }) ist am { $deadline } abgelaufen.
    Bitte antworten Sie öffentlich oder geben Sie das Anliegen weiter:

    { $link }

    Ihr Quartier
mail-deadline-escalation-subject = Überfällig: { $reference } bei { $office }
mail-deadline-escalation-body =
    Guten Tag,

    das Anliegen „{ $title }“ ({ $reference }) wartet seit dem { $deadline } auf eine Antwort von { $office }, trotz Erinnerung.

    { $link }

    Ihr Quartier
participation-title = Mitmachen
participation-login = und sagen Sie, ob Sie das auch betrifft, folgen Sie dem Anliegen oder schreiben Sie einen Kommentar.
concern-supports = { $count ->
    [0] Noch niemand hat gesagt: „Betrifft mich auch“.
    [one] Eine Person sagt: „Betrifft mich auch“.
   *[other] { $count } Personen sagen: „Betrifft mich auch“.
}
concern-support = Betrifft mich auch
concern-you-support = Sie haben gesagt: Betrifft mich auch.
concern-follow = Folgen (E-Mail bei jeder Änderung)
concern-unfollow = Nicht mehr folgen
comments-title = Kommentare
comments-none = Noch keine Kommentare.
comment-label = Ihr Kommentar
comment-hint = Freundlich und sachlich. Keine persönlichen Daten anderer.
comment-submit = Kommentar senden
error-already-supported = Sie haben schon gesagt, dass Sie das betrifft.
follow-change-accepted = Das Amt hat das Anliegen übernommen.
follow-change-forwarded = Das Anliegen wurde an ein anderes Amt weitergegeben.
follow-change-handed-back = Das Amt ist nicht zuständig; die Moderation ordnet das Anliegen neu zu.
follow-change-answered = Das Amt hat geantwortet.
mail-concern-followed-subject = Neuigkeiten zu { $reference }
mail-concern-followed-body =
    Guten Tag,

    zum Anliegen „{ $title }“ ({ $reference }), dem Sie folgen, gibt es Neuigkeiten:
    { $change }

    { $link }

    Ihr Quartier
mail-concern-hidden-subject = Ihr Anliegen { $reference } ist ausgeblendet
mail-concern-hidden-body =
    Guten Tag,

    die Moderation hat Ihr Anliegen „{ $title }“ ausgeblendet.

    Der Grund: { $reason }

    Fragen dazu? Antworten Sie der Moderation über das Forum Ihres Stadtteils.

    Ihr Quartier
mail-concern-merged-subject = Ihr Anliegen { $reference } gehört zu { $into }
mail-concern-merged-body =
    Guten Tag,

    Ihr Anliegen „{ $title }“ gab es schon. Es ist jetzt Teil von { $into }.

    Dort sehen Sie, was daraus wird: { $into_link }

    Ihr Quartier
concern-former-resident = eine frühere Bewohnerin oder ein früherer Bewohner

error-point-in-other-district = Der markierte Ort liegt in einem anderen Ortsteil als dem gewählten. Wählen Sie den Ortsteil noch einmal oder setzen Sie die Markierung neu.
error-point-outside-city = Der markierte Ort liegt außerhalb der Stadt. Bitte markieren Sie einen Ort in der Stadt.
error-district-for-point = Für diesen Ort ist der Ortsteil nicht bekannt. Bitte wählen Sie den Ortsteil aus der Liste.
error-location-needed = Bitte geben Sie einen Ort in der Stadt an: Koordinaten (lat und long) oder den Ortsteil.
