# Atom-ленты
feed-title-city = Quartier: новые обращения и ответы
feed-title-scope = Quartier: новые обращения и ответы – { $name }
feed-title-concern = Quartier: { $reference } – { $title }
feed-title-surveys = Quartier: результаты опросов
feed-entry = { $event }: { $title }
feed-survey-results = Результаты: { $title }
feed-subscribe = Следить за новыми обращениями и ответами в ленте (Atom)
feed-subscribe-concern = Следить за ходом этого обращения в ленте (Atom)
feed-subscribe-surveys = Следить за новыми результатами опросов в ленте (Atom)
