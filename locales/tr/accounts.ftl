register-title = Hesap oluştur
register-intro = Bir hesapla sorunları takip edebilir ve anketlere katılabilirsin. Sorun bildirmek için hesaba gerek yok.
register-submit = Hesap oluştur
register-have-account = Zaten hesabın var mı?
login-title = Giriş yap
login-submit = Giriş yap
login-forgot = Şifreni mi unuttun?
login-no-account = Henüz hesabın yok mu?
forgot-title = Şifremi unuttum
forgot-intro = E-posta adresini gir. Yeni şifre belirlemen için sana bir bağlantı göndereceğiz.
forgot-submit = Bağlantı gönder
reset-title = Yeni şifre
reset-submit = Şifreyi kaydet
reset-ask-again = Yeni bağlantı iste
account-title = Hesabım
account-email = E-posta adresi:
account-roles = Rollerim
account-role-resident = Sakin olarak giriş yaptın.
field-display-name = Ad
field-display-name-hint = Başkaları seni böyle görür. Bir ilk ad veya takma ad yeterli.
field-email = E-posta adresi
field-password = Şifre
field-new-password = Yeni şifre
field-password-hint = En az 10 karakter. Birkaç kelimelik bir cümle güvenli ve akılda kalıcıdır.
field-language = Dil
field-plain-language = Sade dil kullan
field-name = Ad
error-email-invalid = Lütfen geçerli bir e-posta adresi gir, örneğin ad@ornek.org.
error-email-taken = Bu e-posta adresiyle zaten bir hesap var. Giriş yap veya şifreni sıfırla.
error-password-short = Şifre çok kısa: en az { $min } karakter.
error-password-personal = Şifre büyük ölçüde adından veya e-posta adresinden oluşuyor. Lütfen başka bir şey seç.
error-password-common = Bu şifre tahmin edilmesi çok kolay. Birkaç kelimelik bir cümle dene.
error-login-failed = E-posta adresi veya şifre yanlış.
error-email-not-verified = Lütfen önce e-postamızdaki bağlantıyla adresini onayla.
error-link-unknown = Bu bağlantı geçersiz.
error-link-expired = Bu bağlantının süresi doldu. Lütfen yenisini iste.
error-link-used = Bu bağlantı zaten kullanıldı. Lütfen yenisini iste.
role-admin = Yönetim (admin)
role-moderator = Moderatör
role-member = Üye
role-staff = Daire çalışanı
account-password-title = Şifreyi değiştir
account-password-submit = Şifreyi değiştir
field-current-password = Mevcut şifre
error-current-password = Mevcut şifre doğru değil.
account-concerns = Bildirimlerim
account-concerns-none = Henüz bir bildirimde bulunmadın.
account-work = Görevlerim
account-work-surveys = Forumlarımın anketleri
account-work-interview = Görüşmeleri gir: { $title }
field-show-name = Adımı herkese göster
field-show-name-hint = O zaman adınız dileklerinizin ve yorumlarınızın yanında görünür. Aksi halde “bir sakin” yazar. E-posta adresinizi asla göstermeyiz.
account-email-title = E-posta adresini değiştir
account-new-email = Yeni e-posta adresi
account-email-submit = Yeni adrese bağlantı gönder
account-email-pending = { $email } için onayınızı bekliyoruz. Bu adrese gelen e-postadaki bağlantıya tıklayın.
account-following = Takip ettiğim veya desteklediğim dilekler
account-following-none = Henüz hiçbir dileği takip etmiyorsunuz.
account-surveys = Yanıtladığım anketler
account-surveys-none = Henüz hiçbir anketi yanıtlamadınız.
error-email-same = Bu zaten sizin adresiniz.
privacy-data-title = Verilerim
privacy-data-link = Verilerimi indir veya hesabımı sil
privacy-data-intro = Quartier'in sizin hakkınızda sakladığı her şeyi tek bir ZIP dosyasında alırsınız: hesabınız, fotoğraflı dilekleriniz, yorumlar, destekler, adınızla yanıtladığınız anketler, roller, bildirimler ve size gönderilen e-postalar.
privacy-download = Verilerimi indir (ZIP)
privacy-download-hint = Anonim anketlerdeki yanıtlar dahil değildir: kimse onları bir kişiyle ilişkilendiremez, biz de.
privacy-delete-title = Hesabımı sil
privacy-delete-intro = O zaman adınızı, e-posta adresinizi, şifrenizi, rollerinizi ve takip ettiklerinizi sileriz. Herkese açık yazdıklarınız kalır ama adsız: “eski bir sakin”. Desteğiniz sayılmaya devam eder. Bu geri alınamaz.
privacy-delete-submit = Hesabı kalıcı olarak sil
privacy-error-last-admin = Yönetici yetkisi olan son kişi sizsiniz. Önce yetkileri başka birine verin.
privacy-readme =
    Quartier'deki verileriniz

    Bu ZIP dosyası Quartier'in hesabınız hakkında sakladığı her şeyi içerir.

    account.json – hesabınız: e-posta adresi, ad, dil, ayarlar, oluşturma tarihi.
    concerns.json – bildirdiğiniz dilekler, yer ve durumlarıyla.
    comments.json – yorumlarınız.
    supports_and_follows.json – desteklediğiniz veya takip ettiğiniz dilekler.
    survey_responses.json – anonim olmayan anketlerdeki yanıtlarınız.
    roles.json – rolleriniz, örneğin moderatörlük veya bir dairede çalışma.
    flags.json – moderatörlere bildirdiğiniz gönderiler.
    mails.json – Quartier'in size gönderdiği veya göndereceği e-postalar.
    photos/ – dileklerinizin fotoğrafları.

    Anonim anketlerdeki yanıtlar dahil değildir: kimse onları bir kişiyle ilişkilendiremez, biz de.
privacy-download-large = Verileriniz büyük, özellikle fotoğraflar yüzünden. Sizin için hazırlayıp e-postayla bir bağlantı göndeririz. Bağlantı 7 gün geçerlidir.
privacy-download-mail = Bana e-postayla bağlantı gönder
privacy-delete-intro-remove = Ardından adınızı, e-posta adresinizi, şifrenizi ve rollerinizi sileriz. Herkese açık yazdığınız her şeyi de sileriz: konularınızı ve yorumlarınızı. Desteğiniz sayılmaya devam eder. Bu geri alınamaz.
privacy-no-account = Hesabınız yok ama e-posta adresinizi verdiniz mi?
privacy-request-title = E-posta adresime ait veriler
privacy-request-intro = Hesap olmadan bir konu bildirdiniz, desteklediniz veya takip ettiniz mi? O zaman verilerinizi alabilir ya da sildirebilirsiniz. Bunun için e-posta adresinize bir bağlantı göndeririz. Böylece adresin size ait olduğunu biliriz.
privacy-request-kind = Ne istiyorsunuz?
privacy-request-export = Verilerimin bir kopyası
privacy-request-delete = Verilerimi sil
privacy-request-submit = Bağlantıyı gönder
privacy-request-account = Hesabınız var mı? O zaman giriş yapın ve şunu açın:
privacy-request-again = Yeni bağlantı iste
privacy-request-found = { $email } için kayıtlarımız: { $concerns } konu, { $supports } destek, { $follows } takip edilen konu.
privacy-request-delete-keep = Ardından e-posta adresinizi ve adınızı sileriz. Konularınız herkese açık kalır ama isimsiz. Desteğiniz sayılmaya devam eder. Size artık e-posta göndermeyiz. Bu geri alınamaz.
privacy-request-delete-remove = Ardından e-posta adresinizi, adınızı ve konularınızı fotoğraflarıyla birlikte sileriz. Desteğiniz sayılmaya devam eder. Size artık e-posta göndermeyiz. Bu geri alınamaz.
privacy-request-delete-confirm = Evet, verilerimin silinmesini istiyorum.
privacy-request-delete-submit = Verilerimi şimdi sil
privacy-request-download-hint = Bağlantı 24 saat geçerlidir. Sonra yenisini isteyebilirsiniz.
privacy-readme-email =
    Quartier'deki verileriniz

    Bu ZIP dosyası Quartier'nin e-posta adresinizle ilgili sakladığı her şeyi içerir. Hesabınız yok.

    address.json – e-posta adresiniz.
    concerns.json – bildirdiğiniz konular; yer, durum ve adınızla.
    supports_and_follows.json – desteklediğiniz veya takip ettiğiniz konular.
    mails.json – Quartier'nin size gönderdiği veya göndereceği e-postalar.
    photos/ – konularınızın fotoğrafları.

    Anonim anketlere verilen yanıtlar içinde yok: kimse onları bir kişiyle ilişkilendiremez, biz de.
privacy-error-confirm-delete = Lütfen verilerinizin silinmesini istediğinizi onaylayın.
