# Atom-Feeds
feed-title-city = Quartier: neue Anliegen und Antworten
feed-title-scope = Quartier: neue Anliegen und Antworten – { $name }
feed-title-concern = Quartier: { $reference } – { $title }
feed-title-surveys = Quartier: Ergebnisse von Umfragen
feed-entry = { $event }: { $title }
feed-survey-results = Ergebnisse: { $title }
feed-subscribe = Neue Anliegen und Antworten als Feed abonnieren (Atom)
feed-subscribe-concern = Den Verlauf dieses Anliegens als Feed abonnieren (Atom)
feed-subscribe-surveys = Neue Ergebnisse von Umfragen als Feed abonnieren (Atom)
