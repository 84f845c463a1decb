# خلاصات Atom
feed-title-city = Quartier: بلاغات وردود جديدة
feed-title-scope = Quartier: بلاغات وردود جديدة – { $name }
feed-title-concern = Quartier: { $reference } – { $title }
feed-title-surveys = Quartier: نتائج الاستطلاعات
feed-entry = { $event }: { $title }
feed-survey-results = النتائج: { $title }
feed-subscribe = تابع البلاغات والردود الجديدة في قارئ الخلاصات (Atom)
feed-subscribe-concern = تابع سير هذا البلاغ في قارئ الخلاصات (Atom)
feed-subscribe-surveys = تابع نتائج الاستطلاعات الجديدة في قارئ الخلاصات (Atom)
