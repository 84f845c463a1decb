mail-verify-subject = يرجى تأكيد بريدك الإلكتروني لكفارتييه
mail-verify-body =
    مرحبًا { $name }،

    يرجى تأكيد بريدك الإلكتروني بهذا الرابط:

    { $link }

    الرابط صالح لمدة { $hours } ساعة. إذا لم تسجل في كفارتييه، يمكنك تجاهل هذه الرسالة.

    كفارتييه
mail-reset-subject = كلمة مرور جديدة لكفارتييه
mail-reset-body =
    مرحبًا { $name }،

    استخدم هذا الرابط لتعيين كلمة مرور جديدة:

    { $link }

    الرابط صالح لمدة { $minutes } دقيقة ولمرة واحدة فقط. إذا لم تطلب كلمة مرور جديدة، يمكنك تجاهل هذه الرسالة.

    كفارتييه

mail-survey-link-subject = رابطك إلى الاستطلاع «{ $title }»
mail-survey-link-body =
    مرحبًا،

    بهذا الرابط يمكنك الإجابة عن الاستطلاع «{ $title }» مرة واحدة:

    { $link }

    إن لم تطلب هذا الرابط، يمكنك تجاهل هذه الرسالة.

    فريق Quartier

mail-accessibility-feedback-subject = Quartier: بلاغ عن عائق
mail-accessibility-feedback-body =
    مرحبًا،

    أبلغ شخص عن عائق عبر بيان إمكانية الوصول:

    { $message }

    الصفحة: { $page }
    البريد للرد: { $email }

    Quartier

mail-invite-subject = دعوة إلى Quartier
mail-invite-body =
    مرحبًا { $name }،

    أنت مدعو للعمل في Quartier. استخدم هذا الرابط لتعيين كلمة المرور:

    { $link }

    الرابط صالح لمدة { $days } أيام ولمرة واحدة فقط. بعد ذلك سجّل الدخول ببريدك الإلكتروني.

    Quartier

mail-forum-contact-subject = رسالة إلى «{ $forum }»
mail-forum-contact-body =
    مرحبًا { $name }،

    كتب أحدهم إلى منتدى «{ $forum }» عبر Quartier:

    { $message }

    يُرجى الرد مباشرة على: { $from }

    Quartier

mail-email-change-subject = يُرجى تأكيد بريدك الإلكتروني الجديد
mail-email-change-body =
    مرحبًا { $name }،

    بهذا الرابط يصبح هذا العنوان عنوانك في Quartier:

    { $link }

    الرابط صالح لمدة { $hours } ساعة. إذا لم ترد ذلك، فتجاهل هذه الرسالة؛ لن يتغير شيء.

    Quartier

mail-email-changed-subject = تم تغيير بريدك الإلكتروني في Quartier
mail-email-changed-body =
    مرحبًا { $name }،

    أصبح لحسابك في Quartier الآن العنوان { $email }. ألم تكن أنت؟ إذن عيّن كلمة مرور جديدة فورًا وراسلنا.

    Quartier

mail-inactive-warning-subject = سيُحذف حسابك في Quartier قريبًا
mail-inactive-warning-body =
    مرحبًا { $name }،

    لم تسجّل الدخول إلى Quartier منذ وقت طويل. حتى لا نحفظ بيانات أطول من اللازم، سنحذف حسابك بعد { $days } يومًا.

    هل تريد الاحتفاظ به؟ إذن سجّل الدخول فقط:

    { $link }

    Quartier
mail-privacy-has-account-subject = بياناتك في Quartier
mail-privacy-has-account-body =
    مرحبًا،

    طلب أحدهم بيانات هذا العنوان في Quartier. يوجد حساب بهذا العنوان. سجّل الدخول، وهناك يمكنك تنزيل بياناتك أو حذف الحساب:

    { $link }

    لم تكن أنت؟ لا حاجة لفعل أي شيء.

    Quartier
mail-privacy-request-export-subject = بياناتك في Quartier: رابط التنزيل
mail-privacy-request-export-body =
    مرحبًا،

    طلبت نسخة من بياناتك في Quartier. افتح هذا الرابط:

    { $link }

    يعمل الرابط لمدة { $hours } ساعة. لم تكن أنت؟ لا حاجة لفعل أي شيء.

    Quartier
mail-privacy-request-delete-subject = حذف بياناتك في Quartier
mail-privacy-request-delete-body =
    مرحبًا،

    طلبت حذف بياناتك في Quartier. افتح هذا الرابط وأكّد الطلب هناك:

    { $link }

    يعمل الرابط لمدة { $hours } ساعة. لم تكن أنت؟ لا حاجة لفعل أي شيء. لن نحذف شيئًا دون تأكيدك.

    Quartier
mail-privacy-export-ready-subject = بياناتك في Quartier جاهزة
mail-privacy-export-ready-body =
    مرحبًا،

    بياناتك جاهزة. سجّل الدخول وافتح هذا الرابط:

    { $link }

    يعمل الرابط لمدة { $days } أيام ولحسابك فقط.

    Quartier
