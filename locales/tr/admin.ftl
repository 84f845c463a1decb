
admin-title = Yönetim
admin-districts = Mahalleler
admin-district-new = Yeni mahalle
admin-district-import = Mahalleleri CSV'den içe aktar
admin-planning-spaces = Planlama alanları
admin-planning-space-new = Yeni planlama alanı
planning-space-districts = { $count ->
    [one] bir mahalle
   *[other] { $count } mahalle
}
admin-offices = Daireler
admin-office-new = Yeni daire
admin-categories = Konular
admin-category-new = Yeni konu
category-key = Anahtar
category-key-hint = Küçük harfler, rakamlar ve _, örneğin roads. Arayüzler tarafından kullanılır.
category-names = Her dilde ad
category-missing-names = { $count ->
    [one] bir dil eksik
   *[other] { $count } dil eksik
}
admin-forums = Forumlar
admin-forum-new = Yeni forum
admin-roles = Roller
roles-grant = Rol ver
roles-email-hint = Kişinin henüz hesabı yoksa aşağıya adını yazın: şifresini belirlemek için bağlantı içeren bir davet alır.
roles-role = Rol
roles-grant-submit = Rolü ver
roles-people = Rolü olan kişiler
import-intro = İlk satır sütunları adlandırır: name ve kind zorunlu; population, social_index, social_index_class ve planning_space isteğe bağlı. Ayırıcı: virgül veya noktalı virgül, kodlama UTF-8. Ya hepsi ya hiçbiri içe aktarılır; aynı adlı mevcut mahalleler güncellenir.
import-file = CSV dosyası
import-file-hint = UTF-8 kodlu bir dosya.
import-submit = İçe aktar
error-category-key = Yalnızca küçük harfler, rakamlar ve _ (en çok 60 karakter).
error-unknown-role = Bu rol yok.
error-last-admin = Son yönetici rolü kaldırılamaz.
error-csv-columns = Satır { $line }: sütunlar doğru değil. İzin verilenler: { $columns }. İlk sütun name olmalı ve kind zorunludur.
error-csv-encoding = Satır { $line }: satır UTF-8 kodlu değil.
error-csv-unreadable = Satır { $line }: dosya CSV olarak okunamıyor.
error-csv-field-count = Satır { $line }: satırda { $expected } alan yok.
error-csv-duplicate = Satır { $line }: “{ $name }” adı dosyada birden çok kez geçiyor.
error-csv-line = Satır { $line }: { $column } sütunundaki değer geçerli değil.
error-csv-empty = Dosyada mahalle yok.
admin-api-keys = API anahtarları (Open311)
api-keys-intro = Bir anahtarla başka programlar Open311 arayüzü üzerinden sorun bildirebilir. Okumak için anahtar gerekmez.
api-key-name = Anahtar ne için?
api-key-name-hint = Örneğin onu kullanan uygulamanın adı.
api-key-create = Anahtar oluştur
api-key-created = Yeni anahtar. Yalnızca şimdi gösteriliyor: lütfen kopyalayın.
api-keys-list = Anahtarlar
api-key-revoked = iptal edildi
api-key-revoke = İptal et
roles-invite-name = Ad (yalnızca davet için)
roles-invite-hint = Kişinin zaten hesabı varsa boş bırakın.
roles-search = Kişi ara
roles-search-hint = Ad veya e-posta adresi, ya da bir kısmı
roles-search-submit = Ara
roles-found = Bulunan kişiler
roles-none-found = Kimse bulunamadı.
roles-give = Rol ver
error-invite-needs-name = Bu adrese ait bir hesap yok. Bir ad girin, kişiyi davet edelim.
category-name-later = Sonra eklenebilir. O zamana kadar okuyanlar Almanca adı görür.
privacy-admin-export = Veriler (ZIP)
privacy-admin-delete-confirm = Yazılı talep üzerine
privacy-admin-delete = Hesabı sil
privacy-error-confirm = Lütfen yazılı bir talep olduğunu onaylayın.
