# Atom-стрічки
feed-title-city = Quartier: нові звернення та відповіді
feed-title-scope = Quartier: нові звернення та відповіді – { $name }
feed-title-concern = Quartier: { $reference } – { $title }
feed-title-surveys = Quartier: результати опитувань
feed-entry = { $event }: { $title }
feed-survey-results = Результати: { $title }
feed-subscribe = Стежити за новими зверненнями та відповідями у стрічці (Atom)
feed-subscribe-concern = Стежити за ходом цього звернення у стрічці (Atom)
feed-subscribe-surveys = Стежити за новими результатами опитувань у стрічці (Atom)
