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

    Yeni durum: { $status }

    Tüm ayrıntılar: { $link }

    Quartier

nav-inbox = Gelen kutusu
event-note = Dahili not ({ $office })
event-internal = dahili
inbox-title = Gelen kutusu
inbox-overdue-only = Yalnızca süresi geçenler
inbox-empty = Sorun yok.
inbox-open = Açık işler
inbox-closed = Kapananlar
inbox-show = Göster
inbox-sort = Sıralama
inbox-sort-deadline = Önce süresi dolanlar
inbox-sort-newest = Önce en yeniler
inbox-search = Dosya numarası veya arama sözcüğü
inbox-counts = Duruma göre bildirimler
inbox-previous = Önceki sayfa
inbox-next = Sonraki sayfa
office-actions = İşle
office-accept = Üstlen
office-answer = Herkese açık yanıtla
office-answer-text = Yanıt
office-answer-hint = Bu yanıtı herkes okuyabilir. Ne olacağını açıkça ve nazikçe söyleyin.
office-answer-submit = Yanıtı yayınla
office-forward = Başka bir daireye ilet
office-reason = Gerekçe
office-forward-submit = İlet
office-hand-back = Yetkili değil
office-hand-back-submit = Geri ver
office-note = Dahili not
office-note-text = Not
office-note-hint = Bunu yalnızca daireler görür.
office-note-submit = Notu kaydet
error-unknown-office = Lütfen listeden bir daire seçin.
error-unknown-status = Lütfen listeden bir durum seçin.
error-forward-same-office = Sorun zaten bu dairede.
error-concern-closed = Bu sorun kapandı.
error-link-unknown-title = Bağlantı geçerli değil
error-link-expired-title = Bağlantının süresi doldu
error-link-used-title = Bağlantı artık geçerli değil
mail-office-new-concern-subject = { $office } için yeni sorun { $reference }
mail-office-new-concern-body =
    Merhaba,

    { $office } için yeni bir sorun geldi: “{ $title }” ({ $reference }).
    Lütfen üstlenin, iletin veya herkese açık yanıtlayın:

    { $link }

    Quartier
nav-moderation = Moderasyon
triage-title = Dağıt
triage-intro = Bu sorunlara hiçbir kural uymuyor. Lütfen her birini doğru daireye verin.
triage-empty = Dağıtılacak bir şey yok.
triage-office = Daire
triage-handed-back = Birim tarafından geri verildi:
triage-assign = Dağıt
error-not-in-triage = Bu sorun artık dağıtılmayı beklemiyor.
admin-rules = Yetki alanları
rules-intro = Bir kural, bir konudan hangi dairenin sorumlu olduğunu söyler: bir mahallede, bir planlama alanında veya tüm şehirde. En özel kural geçerlidir.
rules-new = Yeni kural
rules-list = Kurallar
rule-scope = Geçerli olduğu yer
rule-scope-city = tüm şehir
rule-scope-space = planlama alanı { $name }
rule-scope-district = mahalle { $name }
rule-deadline-days = İş günü olarak süre
rule-deadline-days-hint = Hafta sonları ve resmî tatiller sayılmaz.
actions = İşlemler
error-rule-scope = Lütfen kuralın nereye uygulanacağını seçin.
error-rule-exists = Orada bu konu için zaten bir kural var.
error-deadline-days = Lütfen 1 ile 250 arasında bir tam sayı girin.
mail-deadline-reminder-subject = Hatırlatma: { $reference } yanıtının süresi geçti
mail-deadline-reminder-body =
    Merhaba,

    “{ $title }” ({ $reference }) sorununu yanıtlama süresi { $deadline } tarihinde doldu.
    Lütfen herkese açık yanıtlayın veya sorunu iletin:

    { $link }

    Quartier
mail-deadline-escalation-subject = Süresi geçti: { $office } dairesinde { $reference }
mail-deadline-escalation-body =
    Merhaba,

    “{ $title }” ({ $reference }) sorunu, hatırlatmaya rağmen { $deadline } tarihinden beri { $office } dairesinden yanıt bekliyor.

    { $link }

    Quartier
follow-change-accepted = Daire sorunu üstlendi.
follow-change-forwarded = Sorun başka bir daireye iletildi.
follow-change-handed-back = Daire yetkili değil; moderatörler sorunu yeniden dağıtacak.
follow-change-answered = Daire yanıtladı.
mail-concern-followed-subject = { $reference } hakkında yenilik
mail-concern-followed-body =
    Merhaba,

    takip ettiğiniz “{ $title }” ({ $reference }) sorunu hakkında bir yenilik var:
    { $change }

    { $link }

    Quartier
mail-concern-hidden-subject = { $reference } bildirimin gizlendi
mail-concern-hidden-body =
    Merhaba,

    moderatörler „{ $title }“ bildirimini gizledi.

    Nedeni: { $reason }

    Sorun mu var? Mahallendeki forum üzerinden moderatörlere yaz.

    Quartier
mail-concern-merged-subject = { $reference } bildirimin artık { $into } bildirimine ait
mail-concern-merged-body =
    Merhaba,

    „{ $title }“ bildirimi daha önce yapılmıştı. Artık { $into } bildiriminin parçası.

    Gelişmeleri orada gör: { $into_link }

    Quartier
concern-former-resident = eski bir sakin

error-point-in-other-district = İşaretlenen yer, seçilen semtten başka bir semtte. Semti yeniden seç veya işareti taşı.
error-point-outside-city = İşaretlenen yer şehrin dışında. Lütfen şehirde bir yer işaretle.
error-district-for-point = Bu yerin semti bilinmiyor. Lütfen semti listeden seç.
error-location-needed = Lütfen şehirde bir yer belirt: koordinatlar (lat ve long) veya semt.
