register-title = إنشاء حساب
register-intro = بالحساب يمكنك متابعة المخاوف والمشاركة في الاستطلاعات. لا تحتاج إلى حساب للإبلاغ عن مشكلة.
register-submit = إنشاء الحساب
register-have-account = لديك حساب بالفعل؟
login-title = تسجيل الدخول
login-submit = تسجيل الدخول
login-forgot = نسيت كلمة المرور؟
login-no-account = ليس لديك حساب بعد؟
forgot-title = نسيت كلمة المرور
forgot-intro = أدخل عنوان بريدك الإلكتروني. سنرسل إليك رابطًا لتعيين كلمة مرور جديدة.
forgot-submit = إرسال الرابط
reset-title = كلمة مرور جديدة
reset-submit = حفظ كلمة المرور
reset-ask-again = طلب رابط جديد
account-title = حسابي
account-email = البريد الإلكتروني:
account-roles = أدواري
account-role-resident = أنت مسجل كساكن.
field-display-name = الاسم
field-display-name-hint = هكذا يراك الآخرون. يكفي الاسم الأول أو لقب.
field-email = البريد الإلكتروني
field-password = كلمة المرور
field-new-password = كلمة المرور الجديدة
field-password-hint = ‏10 أحرف على الأقل. جملة من عدة كلمات آمنة وسهلة التذكر.
field-language = اللغة
field-plain-language = استخدام اللغة المبسطة
field-name = الاسم
error-email-invalid = يرجى إدخال بريد إلكتروني صالح، مثل name@example.org.
error-email-taken = يوجد حساب بهذا البريد الإلكتروني بالفعل. سجّل الدخول أو أعد تعيين كلمة المرور.
error-password-short = كلمة المرور قصيرة جدًا: { $min } أحرف على الأقل.
error-password-personal = كلمة المرور مكونة في معظمها من اسمك أو بريدك الإلكتروني. يرجى اختيار شيء آخر.
error-password-common = كلمة المرور هذه سهلة التخمين. جرّب جملة من عدة كلمات.
error-login-failed = البريد الإلكتروني أو كلمة المرور غير صحيحة.
error-email-not-verified = يرجى أولًا تأكيد بريدك الإلكتروني بالرابط الموجود في رسالتنا.
error-link-unknown = هذا الرابط غير صالح.
error-link-expired = انتهت صلاحية هذا الرابط. يرجى طلب رابط جديد.
error-link-used = تم استخدام هذا الرابط من قبل. يرجى طلب رابط جديد.
role-admin = الإدارة
role-moderator = مشرف
role-member = عضو
role-staff = موظف دائرة
account-password-title = تغيير كلمة المرور
account-password-submit = تغيير كلمة المرور
field-current-password = كلمة المرور الحالية
error-current-password = كلمة المرور الحالية غير صحيحة.
account-concerns = بلاغاتي
account-concerns-none = لم تُبلغ عن أي مشكلة بعد.
account-work = مهامي
account-work-surveys = استطلاعات منتدياتي
account-work-interview = إدخال المحادثات: { $title }
field-show-name = أظهر اسمي للعامة
field-show-name-hint = عندها يظهر اسمك بجانب طلباتك وتعليقاتك. وإلا يظهر «أحد السكان». لا نعرض بريدك الإلكتروني أبدًا.
account-email-title = تغيير البريد الإلكتروني
account-new-email = البريد الإلكتروني الجديد
account-email-submit = أرسل رابطًا إلى العنوان الجديد
account-email-pending = ننتظر تأكيدك لـ { $email }. انقر على الرابط في الرسالة المرسلة إلى هذا العنوان.
account-following = الطلبات التي أتابعها أو أدعمها
account-following-none = لا تتابع أي طلب بعد.
account-surveys = الاستطلاعات التي أجبت عنها
account-surveys-none = لم تجب عن أي استطلاع بعد.
error-email-same = هذا هو عنوانك بالفعل.
privacy-data-title = بياناتي
privacy-data-link = تنزيل بياناتي أو حذف حسابي
privacy-data-intro = تحصل على كل ما يحفظه Quartier عنك في ملف ZIP واحد: حسابك، وطلباتك مع الصور، والتعليقات، والدعم، والاستطلاعات التي أجبت عنها باسمك، والأدوار، والبلاغات، والرسائل إليك.
privacy-download = تنزيل بياناتي (ZIP)
privacy-download-hint = الإجابات في الاستطلاعات المجهولة غير مضمنة: لا يمكن لأحد ربطها بشخص، ولا نحن أيضًا.
privacy-delete-title = حذف حسابي
privacy-delete-intro = عندها نحذف اسمك وبريدك الإلكتروني وكلمة المرور وأدوارك وما تتابعه. ما كتبته علنًا يبقى، لكن دون اسم: «أحد السكان السابقين». ويبقى دعمك محسوبًا. لا يمكن التراجع عن ذلك.
privacy-delete-submit = حذف الحساب نهائيًا
privacy-error-last-admin = أنت آخر شخص لديه صلاحيات الإدارة. امنح الصلاحيات لشخص آخر أولًا.
privacy-readme =
    بياناتك في Quartier

    يحتوي ملف ZIP هذا على كل ما يحفظه Quartier عن حسابك.

    account.json – حسابك: البريد الإلكتروني والاسم واللغة والإعدادات وتاريخ الإنشاء.
    concerns.json – الطلبات التي قدمتها، مع المكان والحالة.
    comments.json – تعليقاتك.
    supports_and_follows.json – الطلبات التي تدعمها أو تتابعها.
    survey_responses.json – إجاباتك في الاستطلاعات غير المجهولة.
    roles.json – أدوارك، مثل الإشراف أو العمل في مكتب.
    flags.json – المشاركات التي أبلغت عنها المشرفين.
    mails.json – الرسائل التي أرسلها Quartier إليك أو سيرسلها.
    photos/ – صور طلباتك.

    الإجابات في الاستطلاعات المجهولة غير مضمنة: لا يمكن لأحد ربطها بشخص، ولا نحن أيضًا.
privacy-download-large = بياناتك كبيرة، خاصة بسبب الصور. سنجهزها لك ثم نرسل إليك رابطًا بالبريد الإلكتروني. يعمل الرابط لمدة 7 أيام.
privacy-download-mail = أرسل لي رابطًا بالبريد الإلكتروني
privacy-delete-intro-remove = سنحذف بعد ذلك اسمك وبريدك الإلكتروني وكلمة المرور وأدوارك. ونحذف أيضًا كل ما كتبته علنًا: مخاوفك وتعليقاتك. يبقى دعمك محسوبًا. لا يمكن التراجع عن ذلك.
privacy-no-account = ليس لديك حساب، لكنك أعطيتنا بريدك الإلكتروني؟
privacy-request-title = البيانات المرتبطة ببريدي الإلكتروني
privacy-request-intro = هل أبلغت عن مشكلة أو دعمتها أو تابعتها دون حساب؟ يمكنك عندها الحصول على بياناتك أو طلب حذفها. نرسل لذلك رابطًا إلى بريدك الإلكتروني، لنتأكد أن العنوان لك.
privacy-request-kind = ماذا تريد؟
privacy-request-export = نسخة من بياناتي
privacy-request-delete = حذف بياناتي
privacy-request-submit = أرسل الرابط
privacy-request-account = لديك حساب؟ سجّل الدخول وافتح:
privacy-request-again = اطلب رابطًا جديدًا
privacy-request-found = لدينا للعنوان { $email }: { $concerns } مشكلات، { $supports } دعم، { $follows } مشكلات متابَعة.
privacy-request-delete-keep = سنحذف بعد ذلك بريدك الإلكتروني واسمك. تبقى مشكلاتك منشورة لكن دون اسم. يبقى دعمك محسوبًا. لن نرسل إليك رسائل بعد الآن. لا يمكن التراجع عن ذلك.
privacy-request-delete-remove = سنحذف بعد ذلك بريدك الإلكتروني واسمك ومشكلاتك مع صورها. يبقى دعمك محسوبًا. لن نرسل إليك رسائل بعد الآن. لا يمكن التراجع عن ذلك.
privacy-request-delete-confirm = نعم، أريد حذف بياناتي.
privacy-request-delete-submit = احذف بياناتي الآن
privacy-request-download-hint = يعمل الرابط لمدة 24 ساعة. بعدها اطلب رابطًا جديدًا.
privacy-readme-email =
    بياناتك في Quartier

    يحتوي ملف ZIP هذا على كل ما يحفظه Quartier عن بريدك الإلكتروني. ليس لديك حساب.

    address.json – بريدك الإلكتروني.
    concerns.json – المشكلات التي أبلغت عنها، مع المكان والحالة واسمك.
    supports_and_follows.json – المشكلات التي تدعمها أو تتابعها.
    mails.json – الرسائل التي أرسلها أو سيرسلها Quartier إليك.
    photos/ – صور مشكلاتك.

    إجابات الاستطلاعات المجهولة ليست فيه: لا يمكن لأحد ربطها بشخص، ولا نحن.
privacy-error-confirm-delete = يرجى تأكيد أنك تريد حذف بياناتك.
