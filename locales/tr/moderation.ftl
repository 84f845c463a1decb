# Fotoğraflar, benzer başvurular, bildirimler, gizleme, birleştirme, e-postayla katılım.
concern-photos = Fotoğraflar (isteğe bağlı)
concern-photos-hint = JPEG, PNG veya WebP olarak en fazla 3 fotoğraf, her biri en fazla 10 MB. Fotoğraflardaki konum bilgisini sileriz. Form bir hata gösterirse fotoğrafları lütfen yeniden seç.
concern-photo-alt = “{ $title }” başvurusunun { $count } fotoğrafından { $n }. fotoğraf
error-photo-too-large = “{ $name }” çok büyük. Fotoğraf başına en fazla { $max }.
error-photo-type = “{ $name }” JPEG, PNG veya WebP fotoğrafı değil.
error-photo-corrupt = “{ $name }” fotoğraf olarak okunamıyor. Lütfen başka bir dosya seç.
error-photo-dimensions = “{ $name }” çok fazla piksel içeriyor. Fotoğraf başına en fazla { $max } megapiksel.
error-photo-too-many = Lütfen en fazla { $max } fotoğraf gönder.
similar-hint = Belki biri aynı şeyi bildirmiştir. Konu ve semti seçtikten sonra göndermeden önce bakabilirsin.
similar-check = Benzer başvuruları ara
similar-title = Benzer başvurular
similar-need-choice = Lütfen önce konu ve semti seç.
similar-none = Benzer açık bir başvuru bulamadık. Başvurunu aşağıdan gönderebilirsin.
similar-intro = Bu açık başvurular seninkine benziyor. Seninki aralarında mı? O zaman orada “Beni de etkiliyor” de. Değilse başvurunu aşağıdan gönder.
concern-hidden-title = Gizlenmiş başvuru
concern-hidden-reason = Moderatörler bu başvuruyu gizledi. Sebep: { $reason }
concern-hidden-pending = Bu başvuru birkaç kez bildirildi ve moderatörler inceleyene kadar gizli.
comment-hidden-reason = Moderatörler bu yorumu gizledi. Sebep: { $reason }
comment-hidden-pending = Bu yorum birkaç kez bildirildi ve moderatörler inceleyene kadar gizli.
concern-merged-into = Bu başvuru daha önce yapılmıştı. Şununla birleştirildi:
flag-concern = Bu başvuruyla ilgili bir sorun bildir
flag-comment = Yorumu bildir
flag-reason = Sorun ne?
flag-reason-hint = Örneğin: hakaret, kişisel bilgiler, reklam.
flag-submit = Bildirimi gönder
moderation-title = Moderasyon
moderation-reason = Herkese açık sebep
moderation-reason-hint = Bu sebebi herkes görür. Lütfen kısa ve nesnel yaz.
moderation-hide = Başvuruyu gizle
moderation-restore = Başvuruyu yeniden göster
moderation-hide-comment = Yorumu gizle
moderation-restore-comment = Yorumu yeniden göster
merge-into = Şu başvuruyla birleştir
merge-into-hint = Kalacak başvurunun numarası, örn. Q-2026-000123. Destekleyenler ve takipçiler de taşınır.
merge-submit = Tekrar olarak birleştir
participation-by-email = Hesap olmadan: e-posta adresini gir. Sana bir bağlantı göndeririz. Ancak tıkladığında sayılır.
error-already-flagged = Bunu zaten bildirdin. Moderatörler inceleyecek.
error-already-following = Bu başvuruyu zaten takip ediyorsun.
error-merge-unknown = Bu numarayla bir başvuru yok.
error-merge-same = Bir başvuru kendisiyle birleştirilemez.
error-merge-duplicate = İki başvurudan biri zaten birleştirilmiş. Lütfen kalacak başvuruyu kullan.
notice-flagged = Bildirimin için teşekkürler. Moderatörler inceleyecek.
notice-merged = Başvurular birleştirildi.
notice-participation-mailed = Az kaldı: lütfen sana gönderdiğimiz e-postadaki bağlantıya tıkla.
notice-participation-confirmed = Teşekkürler! Onaylandı.
notice-following-stopped = Bu başvuru hakkında artık e-posta almayacaksın.
notice-link-invalid = Bu bağlantı geçerli değil (artık).
follow-change-merged = Başvuru tekrardı ve başka bir başvuruyla birleştirildi. Artık diğerini takip ediyorsun.
event-hidden_pending = Birkaç kez bildirildi: incelenene kadar gizli
event-comment_hidden_pending = Bir yorum birkaç kez bildirildi ve incelenene kadar gizli
event-hidden = Moderatörler tarafından gizlendi
event-restored = Moderatörler tarafından yeniden gösterildi
event-comment_hidden = Bir yorum moderatörler tarafından gizlendi
event-comment_restored = Bir yorum moderatörler tarafından yeniden gösterildi
event-merged_into = Tekrar olarak şu başvuruyla birleştirildi:
event-merged_from = Tekrar eden bir başvuru buraya birleştirildi:
flagged-title = Bildirilen içerikler
flagged-empty = Şu anda bildirilen bir şey yok.
flagged-concern = Başvuru
flagged-comment = Yorum
flagged-hidden = gizli
mail-participation-confirm-support-subject = Lütfen onayla: { $reference } seni de etkiliyor
mail-participation-confirm-support-body =
    Merhaba,

    “{ $title }” ({ $reference }) başvurusunun seni de etkilediğini söylemek istiyorsun.
    Lütfen bu bağlantıyla onayla:

    { $link }

    Bu sen değilsen hiçbir şey yapma.

    Quartier
mail-participation-confirm-follow-subject = Lütfen onayla: { $reference } takip et
mail-participation-confirm-follow-body =
    Merhaba,

    “{ $title }” ({ $reference }) başvurusunu takip etmek ve her değişiklikte e-posta almak istiyorsun.
    Lütfen bu bağlantıyla onayla:

    { $link }

    Bu sen değilsen hiçbir şey yapma.

    Quartier
mail-concern-followed-email-subject = { $reference } hakkında yenilikler
mail-concern-followed-email-body =
    Merhaba,

    takip ettiğin “{ $title }” ({ $reference }) başvurusu hakkında yenilikler var:
    { $change }

    { $link }

    Bu başvuru hakkında artık e-posta istemiyorsan: { $stop }

    Quartier
merge-pick = Benzer dilekler – hangisi kalsın?
merge-pick-other = Başka biri: numarasını aşağıya yazın
merge-confirm = Evet, ikisi de aynı şeyi anlatıyor. { $reference } kapatılır ve seçilen dileğe yönlendirir; destekçiler ve takipçiler de taşınır.
error-merge-confirm = Lütfen iki dileğin aynı şeyi anlattığını onaylayın.
