# Atom feeds
feed-title-city = Quartier: new concerns and answers
feed-title-scope = Quartier: new concerns and answers – { $name }
feed-title-concern = Quartier: { $reference } – { $title }
feed-title-surveys = Quartier: survey results
feed-entry = { $event }: { $title }
feed-survey-results = Results: { $title }
feed-subscribe = Follow new concerns and answers in a feed reader (Atom)
feed-subscribe-concern = Follow this concern in a feed reader (Atom)
feed-subscribe-surveys = Follow new survey results in a feed reader (Atom)
