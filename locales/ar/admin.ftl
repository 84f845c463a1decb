
admin-title = الإدارة
admin-districts = الأحياء
admin-district-new = حي جديد
admin-district-import = استيراد الأحياء من ملف CSV
admin-planning-spaces = مناطق التخطيط
admin-planning-space-new = منطقة تخطيط جديدة
planning-space-districts = { $count ->
    [one] حي واحد
   *[other] { $count } أحياء
}
admin-offices = الدوائر
admin-office-new = دائرة جديدة
admin-categories = المواضيع
admin-category-new = موضوع جديد
category-key = المفتاح
category-key-hint = أحرف لاتينية صغيرة وأرقام و_، مثل roads. تستخدمه الواجهات البرمجية.
category-names = الاسم بكل لغة
category-missing-names = { $count ->
    [one] تنقص لغة واحدة
   *[other] تنقص { $count } لغات
}
admin-forums = المنتديات
admin-forum-new = منتدى جديد
admin-roles = الأدوار
roles-grant = منح دور
roles-email-hint = إذا لم يكن لدى الشخص حساب بعد، فاكتب اسمه أدناه: سيتلقى دعوة مع رابط لتعيين كلمة المرور.
roles-role = الدور
roles-grant-submit = منح الدور
roles-people = أشخاص لهم أدوار
import-intro = السطر الأول يسمّي الأعمدة: name وkind إلزاميان؛ population وsocial_index وsocial_index_class وplanning_space اختيارية. الفاصل: فاصلة أو فاصلة منقوطة، والترميز UTF-8. يُستورد كل شيء أو لا شيء؛ وتُحدَّث الأحياء الموجودة بالاسم نفسه.
import-file = ملف CSV
import-file-hint = ملف بترميز UTF-8.
import-submit = استيراد
error-category-key = أحرف لاتينية صغيرة وأرقام و_ فقط (60 حرفًا على الأكثر).
error-unknown-role = هذا الدور غير موجود.
error-last-admin = لا يمكن حذف آخر دور إداري.
error-csv-columns = السطر { $line }: الأعمدة غير صحيحة. المسموح: { $columns }. يجب أن يكون العمود الأول name، وkind إلزامي.
error-csv-encoding = السطر { $line }: السطر ليس بترميز UTF-8.
error-csv-unreadable = السطر { $line }: لا يمكن قراءة الملف بصيغة CSV.
error-csv-field-count = السطر { $line }: لا يحتوي السطر على { $expected } حقول.
error-csv-duplicate = السطر { $line }: يتكرر الاسم «{ $name }» في الملف أكثر من مرة.
error-csv-line = السطر { $line }: القيمة في العمود { $column } غير صالحة.
error-csv-empty = لا يحتوي الملف على أحياء.
admin-api-keys = مفاتيح API (Open311)
api-keys-intro = بالمفتاح يمكن لبرامج أخرى الإبلاغ عن المشكلات عبر واجهة Open311. القراءة لا تحتاج إلى مفتاح.
api-key-name = لأي غرض المفتاح؟
api-key-name-hint = مثلًا اسم التطبيق الذي يستخدمه.
api-key-create = إنشاء مفتاح
api-key-created = المفتاح الجديد. يُعرض الآن فقط: يُرجى نسخه.
api-keys-list = المفاتيح
api-key-revoked = مُلغى
api-key-revoke = إلغاء
roles-invite-name = الاسم (للدعوة فقط)
roles-invite-hint = اتركه فارغًا إذا كان لدى الشخص حساب بالفعل.
roles-search = البحث عن أشخاص
roles-search-hint = الاسم أو البريد الإلكتروني، أو جزء منه
roles-search-submit = بحث
roles-found = الأشخاص الذين تم العثور عليهم
roles-none-found = لم يُعثر على أحد.
roles-give = منح دور
error-invite-needs-name = لا يوجد حساب لهذا العنوان. اكتب اسمًا وسندعو الشخص.
category-name-later = يمكن إضافته لاحقًا. حتى ذلك الحين يرى القراء الاسم الألماني.
privacy-admin-export = البيانات (ZIP)
privacy-admin-delete-confirm = بناءً على طلب مكتوب
privacy-admin-delete = حذف الحساب
privacy-error-confirm = يُرجى التأكيد على وجود طلب مكتوب.
