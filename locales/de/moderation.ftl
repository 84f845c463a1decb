# Photos, similar concerns, flags, hiding, merging, taking part by email.
concern-photos = Fotos (freiwillig)
concern-photos-hint = Bis zu 3 Fotos als JPEG, PNG oder WebP, je höchstens 10 MB. Standortdaten im Foto entfernen wir. Falls das Formular einen Fehler zeigt: Bitte wählen Sie die Fotos noch einmal aus.
concern-photo-alt = Foto { $n } von { $count } zum Anliegen „{ $title }“
error-photo-too-large = „{ $name }“ ist zu groß. Höchstens { $max } pro Foto.
error-photo-type = „{ $name }“ ist kein Foto im Format JPEG, PNG oder WebP.
error-photo-corrupt = „{ $name }“ lässt sich nicht als Foto lesen. Bitte nehmen Sie eine andere Datei.
error-photo-dimensions = „{ $name }“ hat zu viele Bildpunkte. Höchstens { $max } Megapixel pro Foto.
error-photo-too-many = Bitte höchstens { $max } Fotos.
similar-hint = Vielleicht hat schon jemand dasselbe gemeldet. Wenn Sie Thema und Ortsteil gewählt haben, können Sie vor dem Senden nachsehen.
similar-check = Ähnliche Anliegen suchen
similar-title = Ähnliche Anliegen
similar-need-choice = Bitte wählen Sie zuerst Kategorie und Stadtteil.
similar-none = Wir haben kein ähnliches offenes Anliegen gefunden. Sie können Ihr Anliegen unten senden.
similar-intro = Diese offenen Anliegen ähneln Ihrem. Ist Ihres dabei? Dann sagen Sie dort „Betrifft mich auch“. Sonst senden Sie Ihr Anliegen unten.
concern-hidden-title = Ausgeblendetes Anliegen
concern-hidden-reason = Die Moderation hat dieses Anliegen ausgeblendet. Grund: { $reason }
concern-hidden-pending = Dieses Anliegen wurde mehrfach gemeldet und ist ausgeblendet, bis die Moderation es geprüft hat.
comment-hidden-reason = Die Moderation hat diesen Kommentar ausgeblendet. Grund: { $reason }
comment-hidden-pending = Dieser Kommentar wurde mehrfach gemeldet und ist ausgeblendet, bis die Moderation ihn geprüft hat.
concern-merged-into = Dieses Anliegen gab es schon. Es wurde zusammengeführt mit
flag-concern = Problem mit diesem Anliegen melden
flag-comment = Kommentar melden
flag-reason = Was ist das Problem?
flag-reason-hint = Zum Beispiel: beleidigend, persönliche Daten, Werbung.
flag-submit = Meldung senden
moderation-title = Moderation
moderation-reason = Öffentlicher Grund
moderation-reason-hint = Alle sehen diesen Grund. Bitte kurz und sachlich.
moderation-hide = Anliegen ausblenden
moderation-restore = Anliegen wieder zeigen
moderation-hide-comment = Kommentar ausblenden
moderation-restore-comment = Kommentar wieder zeigen
merge-into = Zusammenführen mit Anliegen
merge-into-hint = Aktenzeichen des Anliegens, das bleibt, z. B. Q-2026-000123. Unterstützungen und Folgende wandern mit.
merge-submit = Als doppelt zusammenführen
participation-by-email = Ohne Konto: Geben Sie Ihre E-Mail-Adresse ein. Wir schicken Ihnen einen Link. Erst der Klick darauf zählt.
error-already-flagged = Sie haben das schon gemeldet. Die Moderation sieht es sich an.
error-already-following = Sie folgen diesem Anliegen schon.
error-merge-unknown = Ein Anliegen mit diesem Aktenzeichen gibt es nicht.
error-merge-same = Ein Anliegen kann nicht mit sich selbst zusammengeführt werden.
error-merge-duplicate = Eines der beiden Anliegen ist schon zusammengeführt. Bitte nehmen Sie das bleibende Anliegen.
notice-flagged = Danke für Ihre Meldung. Die Moderation sieht sie sich an.
notice-merged = Die Anliegen sind zusammengeführt.
notice-participation-mailed = Fast geschafft: Bitte klicken Sie auf den Link in der E-Mail, die wir Ihnen geschickt haben.
notice-participation-confirmed = Danke! Ihre Angabe ist bestätigt.
notice-following-stopped = Sie bekommen keine E-Mails mehr zu diesem Anliegen.
notice-link-invalid = Dieser Link gilt nicht (mehr).
follow-change-merged = Das Anliegen war doppelt und wurde mit einem anderen zusammengeführt. Sie folgen jetzt dem anderen.
event-hidden_pending = Mehrfach gemeldet: ausgeblendet bis zur Prüfung
event-comment_hidden_pending = Ein Kommentar wurde mehrfach gemeldet und bis zur Prüfung ausgeblendet
event-hidden = Von der Moderation ausgeblendet
event-restored = Von der Moderation wieder gezeigt
event-comment_hidden = Ein Kommentar wurde von der Moderation ausgeblendet
event-comment_restored = Ein Kommentar wurde von der Moderation wieder gezeigt
event-merged_into = Als doppelt zusammengeführt mit diesem Anliegen:
event-merged_from = Ein doppeltes Anliegen wurde hierher zusammengeführt:
flagged-title = Gemeldete Inhalte
flagged-empty = Zurzeit ist nichts gemeldet.
flagged-concern = Anliegen
flagged-comment = Kommentar
flagged-hidden = ausgeblendet
mail-participation-confirm-support-subject = Bitte bestätigen: { $reference } betrifft Sie auch
mail-participation-confirm-support-body =
    Guten Tag,

    Sie möchten sagen, dass das Anliegen „{ $title }“ ({ $reference }) Sie auch betrifft.
    Bitte bestätigen Sie das mit diesem Link:

    { $link }

    Wenn Sie das nicht waren, tun Sie nichts.

    Ihr Quartier
mail-participation-confirm-follow-subject = Bitte bestätigen: { $reference } folgen
mail-participation-confirm-follow-body =
    Guten Tag,

    Sie möchten dem Anliegen „{ $title }“ ({ $reference }) folgen und bei jeder Änderung eine E-Mail bekommen.
    Bitte bestätigen Sie das mit diesem Link:

    { $link }

    Wenn Sie das nicht waren, tun Sie nichts.

    Ihr Quartier
mail-concern-followed-email-subject = Neuigkeiten zu { $reference }
mail-concern-followed-email-body =
    Guten Tag,

    zum Anliegen „{ $title }“ ({ $reference }), dem Sie folgen, gibt es Neuigkeiten:
    { $change }

    { $link }

    Keine E-Mails mehr zu diesem Anliegen: { $stop }

    Ihr Quartier
merge-pick = Ähnliche Anliegen – welches bleibt?
merge-pick-other = Ein anderes: Vorgangsnummer unten eingeben
merge-confirm = Ja, beide meinen dasselbe. { $reference } wird geschlossen und verweist auf das gewählte Anliegen; Unterstützung und Folgende gehen mit.
error-merge-confirm = Bitte bestätigen Sie, dass beide Anliegen dasselbe meinen.
