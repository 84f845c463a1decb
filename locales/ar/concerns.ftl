nav-report = الإبلاغ عن مشكلة
nav-concerns = المخاوف
notice-concern-confirmed = شكرًا! تم تأكيد مخاوفك ونشرها.
notice-confirm-failed = رابط التأكيد هذا غير صالح. يرجى الإبلاغ مرة أخرى.
report-title = الإبلاغ عن مشكلة
report-intro = صف ما تلاحظه في حيّك. سنرسله إلى الدائرة المختصة.
concern-title = ما الموضوع؟
concern-title-hint = جملة قصيرة، مثل „حفرة في الرصيف أمام المدرسة“.
concern-description = الوصف
concern-description-hint = ما المشكلة، ومنذ متى، وماذا تتمنى أن يحدث؟
choose = يرجى الاختيار
concern-district = الحي
concern-address = العنوان أو المكان
concern-address-hint = اختياري، مثل الشارع ورقم المنزل.
concern-point = المكان بالضبط
concern-point-hint = اختياري: خط العرض وخط الطول، مثل 50.9787 و11.0328.
concern-latitude = خط العرض
concern-longitude = خط الطول
concern-contact = بيانات التواصل
concern-contact-hint = سنرسل إليك رابطًا للتأكيد. لن يُنشر بريدك الإلكتروني أبدًا.
concern-name = الاسم
concern-name-hint = اختياري. يظهر علنًا بجانب مخاوفك.
report-submit = إرسال
report-sent-title = شكرًا على بلاغك
report-sent-reference = رقم المرجع: { $reference }
report-sent-view = عرض البلاغ
report-sent-confirm = يرجى تأكيد بلاغك بالرابط الموجود في الرسالة التي أرسلناها إليك. بعد ذلك فقط يُنشر ويُرسل إلى الدائرة.
status-unconfirmed = غير مؤكد
status-submitted = تم الاستلام
status-open = لدى الدائرة
status-in_progress = قيد المعالجة
status-planned = مخطط له
status-done = تم
status-not_possible = غير ممكن
status-rejected = مرفوض
status-duplicate = مكرر
concerns-title = مخاوف من الأحياء
all = الكل
concern-status = الحالة
concern-search = بحث
filter = عرض
concerns-none = لم يتم العثور على مخاوف.
concerns-older = مخاوف أقدم
concern-overdue = انتهى الموعد
concern-reference = رقم المرجع
concern-deadline = الرد حتى
concern-reported = تاريخ البلاغ
concern-resident = أحد السكان
concern-timeline = مسار البلاغ
event-submitted = تم استلام البلاغ
event-confirmed = تم تأكيد البريد الإلكتروني ونشر البلاغ
event-routed = أُرسل إلى { $office }
event-triage = بانتظار التوزيع من المشرفين
event-accepted = تولت { $office } البلاغ
event-forwarded = أُحيل إلى { $office }
event-handed_back = { $office } غير مختصة
event-answered = رد من { $office }: { $status }
event-assigned = أرسله المشرفون إلى { $office }
event-reminder = انتهى الموعد: تم تذكير { $office }
event-escalated = تجاوز الموعد كثيرًا: أُبلغت الإدارة والمشرفون
participation-title = شارك
participation-login = لتقول إن هذا يخصك أيضًا، أو لتتابع البلاغ، أو لتكتب تعليقًا.
concern-supports = { $count ->
    [0] لم يقل أحد بعد: „هذا يخصني أيضًا“.
    [one] شخص واحد يقول: „هذا يخصني أيضًا“.
   *[other] { $count } أشخاص يقولون: „هذا يخصني أيضًا“.
}
concern-support = هذا يخصني أيضًا
concern-you-support = قلت: هذا يخصني أيضًا.
concern-follow = متابعة (بريد إلكتروني عند كل تغيير)
concern-unfollow = إيقاف المتابعة
comments-title = التعليقات
comments-none = لا توجد تعليقات بعد.
comment-label = تعليقك
comment-hint = بلطف وموضوعية. دون بيانات شخصية عن الآخرين.
comment-submit = إرسال التعليق
error-already-supported = لقد قلت من قبل إن هذا يخصك.
error-unknown-category = يرجى اختيار موضوع من القائمة.
error-coordinates = يرجى إدخال خط العرض (−90 إلى 90) وخط الطول (−180 إلى 180) كأرقام، أو ترك الحقلين فارغين.
error-form-expired = النموذج غير مكتمل. يرجى إعادة تحميل الصفحة وإرساله مرة أخرى.
mail-concern-confirm-subject = يرجى تأكيد بلاغك { $reference }
mail-concern-confirm-body =
    مرحبًا،

    أبلغت في كفارتييه عن: „{ $title }“.
    يرجى تأكيده بهذا الرابط. بعد ذلك فقط يُنشر ويُرسل إلى الدائرة المختصة:

    { $link }

    إذا لم تبلّغ عن شيء، يمكنك تجاهل هذه الرسالة.

    كفارتييه
mail-concern-receipt-subject = تم استلام بلاغك { $reference }
mail-concern-receipt-body =
    مرحبًا،

    رقم مرجع بلاغك „{ $title }“ هو { $reference }.
    تابع ما يحدث له هنا:

    { $link }

    كفارتييه
mail-concern-answered-subject = رد على بلاغك { $reference }
mail-concern-answered-body =
    مرحبًا،

    هناك رد على بلاغك „{ $title }“:

    { $answer }

    الحالة الجديدة: { $status }

    كل التفاصيل: { $link }

    كفارتييه

nav-inbox = صندوق الوارد
event-note = ملاحظة داخلية ({ $office })
event-internal = داخلي
inbox-title = صندوق الوارد
inbox-overdue-only = المتأخرة فقط
inbox-empty = لا توجد مشكلات.
inbox-open = الأعمال المفتوحة
inbox-closed = المغلقة
inbox-show = عرض
inbox-sort = الترتيب
inbox-sort-deadline = الموعد النهائي أولًا
inbox-sort-newest = الأحدث أولًا
inbox-search = الرقم المرجعي أو كلمة البحث
inbox-counts = البلاغات حسب الحالة
inbox-previous = الصفحة السابقة
inbox-next = الصفحة التالية
office-actions = المعالجة
office-accept = تولّي المعالجة
office-answer = الرد العلني
office-answer-text = الرد
office-answer-hint = يمكن للجميع قراءة هذا الرد. قل بوضوح ولطف ما الذي سيحدث.
office-answer-submit = نشر الرد
office-forward = تحويل إلى دائرة أخرى
office-reason = السبب
office-forward-submit = تحويل
office-hand-back = غير مختص
office-hand-back-submit = إعادة
office-note = ملاحظة داخلية
office-note-text = الملاحظة
office-note-hint = لا تراها إلا الدوائر.
office-note-submit = حفظ الملاحظة
error-unknown-office = يُرجى اختيار دائرة من القائمة.
error-unknown-status = يُرجى اختيار حالة من القائمة.
error-forward-same-office = المشكلة موجودة بالفعل لدى هذه الدائرة.
error-concern-closed = هذه المشكلة مغلقة.
error-link-unknown-title = الرابط غير صالح
error-link-expired-title = انتهت صلاحية الرابط
error-link-used-title = الرابط لم يعد صالحًا
mail-office-new-concern-subject = مشكلة جديدة { $reference } لـ { $office }
mail-office-new-concern-body =
    مرحبًا،

    وصلت مشكلة جديدة إلى { $office }: «{ $title }» ({ $reference }).
    يُرجى توليها أو تحويلها أو الرد علنًا:

    { $link }

    Quartier
nav-moderation = الإشراف
triage-title = التوزيع
triage-intro = لا تنطبق أي قاعدة على هذه المشكلات. يُرجى إعطاء كل واحدة منها للدائرة الصحيحة.
triage-empty = لا شيء للتوزيع.
triage-office = الدائرة
triage-handed-back = أعاده المكتب:
triage-assign = توزيع
error-not-in-triage = هذه المشكلة لم تعد بانتظار التوزيع.
admin-rules = الاختصاصات
rules-intro = تحدد القاعدة أي دائرة مختصة بموضوع ما: في حي أو في منطقة تخطيط أو في المدينة كلها. تُطبَّق القاعدة الأكثر تحديدًا.
rules-new = قاعدة جديدة
rules-list = القواعد
rule-scope = تنطبق على
rule-scope-city = المدينة كلها
rule-scope-space = منطقة التخطيط { $name }
rule-scope-district = الحي { $name }
rule-deadline-days = المهلة بأيام العمل
rule-deadline-days-hint = لا تُحتسب عطلات نهاية الأسبوع والعطل الرسمية.
actions = الإجراءات
error-rule-scope = يُرجى اختيار ما تنطبق عليه القاعدة.
error-rule-exists = توجد بالفعل قاعدة لهذا الموضوع هناك.
error-deadline-days = يُرجى إدخال عدد صحيح من 1 إلى 250.
mail-deadline-reminder-subject = تذكير: الرد على { $reference } متأخر
mail-deadline-reminder-body =
    مرحبًا،

    انتهت في { $deadline } مهلة الرد على المشكلة «{ $title }» ({ $reference }).
    يُرجى الرد علنًا أو تحويل المشكلة:

    { $link }

    Quartier
mail-deadline-escalation-subject = متأخر: { $reference } لدى { $office }
mail-deadline-escalation-body =
    مرحبًا،

    المشكلة «{ $title }» ({ $reference }) تنتظر ردًا من { $office } منذ { $deadline } رغم التذكير.

    { $link }

    Quartier
follow-change-accepted = تولّت الدائرة المشكلة.
follow-change-forwarded = حُوّلت المشكلة إلى دائرة أخرى.
follow-change-handed-back = الدائرة غير مختصة؛ سيوزع المشرفون المشكلة من جديد.
follow-change-answered = ردّت الدائرة.
mail-concern-followed-subject = جديد عن { $reference }
mail-concern-followed-body =
    مرحبًا،

    هناك جديد عن المشكلة «{ $title }» ({ $reference }) التي تتابعها:
    { $change }

    { $link }

    Quartier
mail-concern-hidden-subject = تم إخفاء بلاغك { $reference }
mail-concern-hidden-body =
    مرحبًا،

    أخفى المشرفون بلاغك „{ $title }“.

    السبب: { $reason }

    لديك أسئلة؟ اكتب إلى المشرفين عبر منتدى حيّك.

    كفارتييه
mail-concern-merged-subject = بلاغك { $reference } أصبح جزءًا من { $into }
mail-concern-merged-body =
    مرحبًا،

    كان بلاغك „{ $title }“ موجودًا من قبل. إنه الآن جزء من { $into }.

    تابع ما يحدث هناك: { $into_link }

    كفارتييه
concern-former-resident = أحد السكان السابقين

error-point-in-other-district = المكان المحدد يقع في حي غير الحي المختار. اختر الحي مرة أخرى أو انقل العلامة.
error-point-outside-city = المكان المحدد يقع خارج المدينة. يرجى تحديد مكان داخل المدينة.
error-district-for-point = حي هذا المكان غير معروف. يرجى اختيار الحي من القائمة.
error-location-needed = يرجى ذكر مكان في المدينة: الإحداثيات (lat و long) أو الحي.
