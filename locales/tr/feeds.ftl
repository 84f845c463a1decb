# Atom beslemeleri
feed-title-city = Quartier: yeni konular ve yanıtlar
feed-title-scope = Quartier: yeni konular ve yanıtlar – { $name }
feed-title-concern = Quartier: { $reference } – { $title }
feed-title-surveys = Quartier: anket sonuçları
feed-entry = { $event }: { $title }
feed-survey-results = Sonuçlar: { $title }
feed-subscribe = Yeni konuları ve yanıtları besleme olarak takip edin (Atom)
feed-subscribe-concern = Bu konunun gidişatını besleme olarak takip edin (Atom)
feed-subscribe-surveys = Yeni anket sonuçlarını besleme olarak takip edin (Atom)
