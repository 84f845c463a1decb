districts-title = الأحياء
districts-intro = اختر حيّك لترى منتدياته ومشاريعه والدائرة المختصة بكل موضوع.
districts-filter-label = ابحث عن حي
districts-filter-hint = اكتب جزءًا من الاسم.
districts-filter-count = عدد الأحياء: #
district-kind = النوع
district-kind-urban = حي حضري
district-kind-estate = مجمع سكني كبير
district-kind-rural = قرية
district-planning-space = منطقة التخطيط
district-planning-space-hint = عدة أحياء تشكل منطقة تخطيط. الاسم الجديد ينشئ منطقة جديدة.
district-population = عدد السكان
district-social-index = المؤشر الاجتماعي
district-social-index-hint = رقم بين 0 و1. كلما ارتفع زادت الحاجة إلى الدعم.
district-social-index-class = فئة المؤشر الاجتماعي
district-social-index-class-none = غير معروف
social-index-low = منخفض
social-index-low_medium = منخفض إلى متوسط
social-index-medium_high = متوسط إلى مرتفع
social-index-high = مرتفع
district-forums = المنتديات والمجالس
district-no-forums = لا يوجد منتدى لهذا الحي بعد.
district-projects = مشاريع الحي
district-no-projects = لا يوجد مشروع حي هنا بعد.
project-since = منذ
district-responsible = من المسؤول؟
district-no-office = لم يُحدَّد بعد
category = الموضوع
office = الدائرة
offices-title = الدوائر
offices-intro = تتلقى هذه الدوائر المخاوف وتجيب علنًا.
office-code = الرقم
office-department = القطاع
forums-title = المنتديات والمجالس
forums-intro = منتديات الجيران ومجالس الأحياء ومجموعات الشباب وفرق العمل التي تستخدم كفارتييه.
forum-kind = النوع
forum-kind-neighbourhood_forum = منتدى الجيران
forum-kind-district_council = مجلس الحي
forum-kind-youth_group = مجموعة شبابية
forum-kind-neighbourhood_project = مشروع حي
forum-kind-advisory_board = مجلس استشاري
forum-kind-working_group = فريق عمل
forum-description = الوصف
forum-districts = الأحياء
forum-all-districts = هذا المنتدى لجميع الأحياء.
forum-all-districts-field = لجميع الأحياء
forum-moderators = الإشراف
forum-no-moderators = لا أحد يشرف على هذا المنتدى بعد.
forum-member-count = { $count ->
    [zero] لا أعضاء
    [one] عضو واحد
    [two] عضوان
    [few] { $count } أعضاء
   *[other] { $count } عضوًا
}
error-name-taken = هذا الاسم مستخدم بالفعل.
error-unknown-district = هذا الحي غير موجود.
district-concerns = مخاوف من هذا الحي
district-all-concerns = كل المخاوف من هذا الحي

office-code-hint = رقم الدائرة الرسمي، مثل 66.
office-contact-email = بريد التواصل
office-contact-email-hint = تصل المشكلات إلى هنا عندما لا يكون للدائرة حسابات. لا يُعرض للعموم أبدًا.
office-staff-count = الموظفون
forum-people = أشخاص لهم دور
forum-no-people = لا أحد له دور في هذا المنتدى بعد.
forum-add-people = إضافة أشخاص
error-district-kind = يُرجى اختيار نوع من القائمة.
error-population = يُرجى إدخال عدد صحيح بين 0 و10٬000٬000.
error-social-index = يُرجى إدخال عدد بين 0 و1، مثل 0.77.
error-social-index-class = يُرجى اختيار فئة من القائمة.
error-office-code-taken = رقم الدائرة هذا مستخدم بالفعل.
error-forum-kind = يُرجى اختيار نوع من القائمة.
error-forum-no-districts = يُرجى اختيار حي واحد على الأقل أو «لكل الأحياء».
