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
