# الصور، الطلبات المشابهة، البلاغات، الإخفاء، الدمج، المشاركة عبر البريد الإلكتروني.
concern-photos = صور (اختياري)
concern-photos-hint = حتى 3 صور بصيغة JPEG أو PNG أو WebP، لا يزيد حجم كل منها عن 10 ميغابايت. نحذف بيانات الموقع من الصور. إذا ظهر خطأ في النموذج، يرجى اختيار الصور مرة أخرى.
concern-photo-alt = الصورة { $n } من { $count } للطلب «{ $title }»
error-photo-too-large = «{ $name }» كبير جدًا. الحد الأقصى { $max } لكل صورة.
error-photo-type = «{ $name }» ليس صورة بصيغة JPEG أو PNG أو WebP.
error-photo-corrupt = لا يمكن قراءة «{ $name }» كصورة. يرجى اختيار ملف آخر.
error-photo-dimensions = «{ $name }» يحتوي على عدد كبير جدًا من البكسلات. الحد الأقصى { $max } ميغابكسل لكل صورة.
error-photo-too-many = يرجى إرسال { $max } صور على الأكثر.
similar-hint = ربما أبلغ أحد عن الأمر نفسه. بعد اختيار الموضوع والحي يمكنك البحث قبل الإرسال.
similar-check = البحث عن طلبات مشابهة
similar-title = طلبات مشابهة
similar-need-choice = يرجى اختيار الموضوع والحي أولًا.
similar-none = لم نجد طلبًا مفتوحًا مشابهًا. يمكنك إرسال طلبك أدناه.
similar-intro = هذه الطلبات المفتوحة تشبه طلبك. هل طلبك بينها؟ إذن اضغط هناك «هذا يخصني أيضًا». وإلا فأرسل طلبك أدناه.
concern-hidden-title = طلب مخفي
concern-hidden-reason = أخفى المشرفون هذا الطلب. السبب: { $reason }
concern-hidden-pending = أُبلغ عن هذا الطلب عدة مرات، وهو مخفي حتى يراجعه المشرفون.
comment-hidden-reason = أخفى المشرفون هذا التعليق. السبب: { $reason }
comment-hidden-pending = أُبلغ عن هذا التعليق عدة مرات، وهو مخفي حتى يراجعه المشرفون.
concern-merged-into = هذا الطلب كان موجودًا من قبل. تم دمجه مع
flag-concern = الإبلاغ عن مشكلة في هذا الطلب
flag-comment = الإبلاغ عن التعليق
flag-reason = ما المشكلة؟
flag-reason-hint = مثلًا: مسيء، بيانات شخصية، إعلان.
flag-submit = إرسال البلاغ
moderation-title = الإشراف
moderation-reason = سبب علني
moderation-reason-hint = يرى الجميع هذا السبب. يرجى أن يكون قصيرًا وموضوعيًا.
moderation-hide = إخفاء الطلب
moderation-restore = إظهار الطلب مجددًا
moderation-hide-comment = إخفاء التعليق
moderation-restore-comment = إظهار التعليق مجددًا
merge-into = الدمج مع الطلب
merge-into-hint = رقم الطلب الذي يبقى، مثلًا Q-2026-000123. ينتقل الداعمون والمتابعون معه.
merge-submit = الدمج كطلب مكرر
participation-by-email = بدون حساب: أدخل بريدك الإلكتروني. نرسل لك رابطًا. لا يُحتسب إلا بعد النقر عليه.
error-already-flagged = لقد أبلغت عن هذا من قبل. سينظر فيه المشرفون.
error-already-following = أنت تتابع هذا الطلب بالفعل.
error-merge-unknown = لا يوجد طلب بهذا الرقم.
error-merge-same = لا يمكن دمج طلب مع نفسه.
error-merge-duplicate = أحد الطلبين مدموج بالفعل. يرجى استخدام الطلب الذي يبقى.
notice-flagged = شكرًا على بلاغك. سينظر فيه المشرفون.
notice-merged = تم دمج الطلبين.
notice-participation-mailed = تبقّى القليل: يرجى النقر على الرابط في البريد الذي أرسلناه إليك.
notice-participation-confirmed = شكرًا! تم التأكيد.
notice-following-stopped = لن تصلك رسائل أخرى عن هذا الطلب.
notice-link-invalid = هذا الرابط غير صالح (لم يعد صالحًا).
follow-change-merged = كان الطلب مكررًا وتم دمجه مع طلب آخر. أنت تتابع الآن الطلب الآخر.
event-hidden_pending = أُبلغ عنه عدة مرات: مخفي حتى المراجعة
event-comment_hidden_pending = أُبلغ عن تعليق عدة مرات وهو مخفي حتى المراجعة
event-hidden = أخفاه المشرفون
event-restored = أظهره المشرفون مجددًا
event-comment_hidden = أخفى المشرفون تعليقًا
event-comment_restored = أظهر المشرفون تعليقًا مجددًا
event-merged_into = دُمج كطلب مكرر مع هذا الطلب:
event-merged_from = دُمج هنا طلب مكرر:
flagged-title = محتوى مُبلغ عنه
flagged-empty = لا يوجد بلاغ حاليًا.
flagged-concern = طلب
flagged-comment = تعليق
flagged-hidden = مخفي
mail-participation-confirm-support-subject = يرجى التأكيد: { $reference } يخصك أيضًا
mail-participation-confirm-support-body =
    مرحبًا،

    تريد أن تقول إن الطلب «{ $title }» ({ $reference }) يخصك أيضًا.
    يرجى التأكيد بهذا الرابط:

    { $link }

    إذا لم تكن أنت، فلا تفعل شيئًا.

    كوارتير
mail-participation-confirm-follow-subject = يرجى التأكيد: متابعة { $reference }
mail-participation-confirm-follow-body =
    مرحبًا،

    تريد متابعة الطلب «{ $title }» ({ $reference }) وتلقي بريد عند كل تغيير.
    يرجى التأكيد بهذا الرابط:

    { $link }

    إذا لم تكن أنت، فلا تفعل شيئًا.

    كوارتير
mail-concern-followed-email-subject = مستجدات حول { $reference }
mail-concern-followed-email-body =
    مرحبًا،

    هناك مستجدات حول الطلب «{ $title }» ({ $reference }) الذي تتابعه:
    { $change }

    { $link }

    لإيقاف الرسائل حول هذا الطلب: { $stop }

    كوارتير
merge-pick = طلبات مشابهة – أيها يبقى؟
merge-pick-other = طلب آخر: أدخل رقمه أدناه
merge-confirm = نعم، كلاهما يعني الشيء نفسه. سيُغلق { $reference } ويشير إلى الطلب المختار؛ وينتقل الداعمون والمتابعون معه.
error-merge-confirm = يُرجى التأكيد أن الطلبين يعنيان الشيء نفسه.
