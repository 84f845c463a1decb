nav-report = Sorun bildir
nav-concerns = Bildirimler
notice-concern-confirmed = Teşekkürler! Bildirimin onaylandı ve yayınlandı.
notice-confirm-failed = Bu onay bağlantısı geçerli değil. Lütfen tekrar bildir.
report-title = Sorun bildir
report-intro = Semtinde dikkatini çeken şeyi anlat. Yetkili daireye iletiriz.
concern-title = Konu ne?
concern-title-hint = Kısa bir cümle, örneğin „Okulun önündeki kaldırımda çukur“.
concern-description = Açıklama
concern-description-hint = Sorun ne, ne zamandan beri ve ne olmasını istiyorsun?
choose = Lütfen seç
concern-district = Semt
concern-address = Adres veya yer
concern-address-hint = İsteğe bağlı, örneğin sokak ve kapı numarası.
concern-point = Tam yer
concern-point-hint = İsteğe bağlı: enlem ve boylam, örneğin 50.9787 ve 11.0328.
concern-latitude = Enlem
concern-longitude = Boylam
concern-contact = İletişim bilgilerin
concern-contact-hint = Onay için sana bir bağlantı göndeririz. E-posta adresin asla yayınlanmaz.
concern-name = Ad
concern-name-hint = İsteğe bağlı. Bildiriminin yanında herkese görünür.
report-submit = Gönder
report-sent-title = Bildirimin için teşekkürler
report-sent-reference = Dosya numaran: { $reference }
report-sent-view = Bildirimi gör
report-sent-confirm = Lütfen gönderdiğimiz e-postadaki bağlantıyla bildirimini onayla. Ancak o zaman yayınlanır ve iletilir.
status-unconfirmed = onaylanmadı
status-submitted = alındı
status-open = dairede
status-in_progress = işlemde
status-planned = planlandı
status-done = tamamlandı
status-not_possible = mümkün değil
status-rejected = reddedildi
status-duplicate = mükerrer
concerns-title = Semtlerden bildirimler
all = tümü
concern-status = Durum
concern-search = Ara
filter = Göster
concerns-none = Bildirim bulunamadı.
concerns-older = Daha eski bildirimler
concern-overdue = süre doldu
concern-reference = Dosya numarası
concern-deadline = Yanıt son tarihi
concern-reported = Bildirildi
concern-resident = bir sakin
concern-timeline = Süreç
event-submitted = Bildirim alındı
event-confirmed = E-posta onaylandı, bildirim yayınlandı
event-routed = { $office } dairesine iletildi
event-triage = Moderasyonun atamasını bekliyor
event-accepted = { $office } bildirimi üstlendi
event-forwarded = { $office } dairesine devredildi
event-handed_back = { $office } yetkili değil
event-answered = { $office } yanıtı: { $status }
event-assigned = Moderasyon tarafından { $office } dairesine verildi
event-reminder = Süre doldu: { $office } hatırlatıldı
event-escalated = Süre çok aşıldı: yönetime ve moderasyona bildirildi
participation-title = Katıl
participation-login = ve bunun seni de etkilediğini söyle, bildirimi takip et veya yorum yaz.
concern-supports = { $count ->
    [0] Henüz kimse „Beni de etkiliyor“ demedi.
    [one] Bir kişi „Beni de etkiliyor“ diyor.
   *[other] { $count } kişi „Beni de etkiliyor“ diyor.
}
concern-support = Beni de etkiliyor
concern-you-support = „Beni de etkiliyor“ dedin.
concern-follow = Takip et (her değişiklikte e-posta)
concern-unfollow = Takibi bırak
comments-title = Yorumlar
comments-none = Henüz yorum yok.
comment-label = Yorumun
comment-hint = Nazik ve konuya uygun. Başkalarının kişisel bilgileri olmadan.
comment-submit = Yorumu gönder
error-already-supported = Bunun seni etkilediğini zaten söyledin.
error-unknown-category = Lütfen listeden bir konu seç.
error-coordinates = Lütfen enlemi (−90 ile 90) ve boylamı (−180 ile 180) sayı olarak gir veya ikisini de boş bırak.
error-form-expired = Form eksik. Lütfen sayfayı yenile ve tekrar gönder.
mail-concern-confirm-subject = Lütfen { $reference } bildirimini onayla
mail-concern-confirm-body =
    Merhaba,

    Quartier'de bir sorun bildirdin: „{ $title }“.
    Lütfen bu bağlantıyla onayla. Ancak o zaman yayınlanır ve yetkili daireye iletilir:

    { $link }

    Bir şey bildirmediysen bu e-postayı dikkate alma.

    Quartier
mail-concern-receipt-subject = { $reference } bildirimin alındı
mail-concern-receipt-body =
    Merhaba,

    „{ $title }“ bildiriminin dosya numarası { $reference }.
    Ne olduğunu buradan takip edebilirsin:

    { $link }

    Quartier
mail-concern-answered-subject = { $reference } bildirimine yanıt
mail-concern-answered-body =
    Merhaba,

    „{ $title }“ bildirimine bir yanıt var:

    { $answer }

    Tüm ayrıntılar: { $link }

    Quartier
