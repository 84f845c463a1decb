mail-verify-subject = Lütfen Quartier için e-posta adresini onayla
mail-verify-body =
    Merhaba { $name },

    lütfen e-posta adresini bu bağlantıyla onayla:

    { $link }

    Bağlantı { $hours } saat geçerlidir. Quartier'e kaydolmadıysan bu e-postayı dikkate alma.

    Quartier
mail-reset-subject = Quartier için yeni şifre
mail-reset-body =
    Merhaba { $name },

    bu bağlantıyla yeni bir şifre belirle:

    { $link }

    Bağlantı { $minutes } dakika ve yalnızca bir kez geçerlidir. Yeni şifre istemediysen bu e-postayı dikkate alma.

    Quartier

mail-survey-link-subject = “{ $title }” anketine bağlantınız
mail-survey-link-body =
    Merhaba,

    bu bağlantıyla “{ $title }” anketini bir kez yanıtlayabilirsiniz:

    { $link }

    Bu bağlantıyı siz istemediyseniz bu e-postayı yok sayabilirsiniz.

    Quartier

mail-accessibility-feedback-subject = Quartier: bir engel bildirildi
mail-accessibility-feedback-body =
    Merhaba,

    biri erişilebilirlik beyanı üzerinden bir engel bildirdi:

    { $message }

    Sayfa: { $page }
    Yanıt için e-posta: { $email }

    Quartier

mail-invite-subject = Quartier'e davet
mail-invite-body =
    Merhaba { $name },

    Quartier'de çalışmaya davet edildiniz. Şifrenizi bu bağlantıyla belirleyin:

    { $link }

    Bağlantı { $days } gün ve yalnızca bir kez geçerlidir. Sonra e-posta adresinizle giriş yapın.

    Quartier

mail-forum-contact-subject = “{ $forum }” forumuna mesaj
mail-forum-contact-body =
    Merhaba { $name },

    biri Quartier üzerinden “{ $forum }” forumuna yazdı:

    { $message }

    Lütfen doğrudan şu adrese yanıt verin: { $from }

    Quartier

mail-email-change-subject = Lütfen yeni e-posta adresinizi onaylayın
mail-email-change-body =
    Merhaba { $name },

    bu bağlantıyla bu adres Quartier'deki adresiniz olur:

    { $link }

    Bağlantı { $hours } saat geçerlidir. Bunu istemediyseniz bu e-postayı dikkate almayın; hiçbir şey değişmez.

    Quartier

mail-email-changed-subject = Quartier'deki e-posta adresiniz değiştirildi
mail-email-changed-body =
    Merhaba { $name },

    Quartier hesabınızın adresi artık { $email }. Bu siz değil miydiniz? O zaman lütfen hemen yeni bir şifre belirleyin ve bize yazın.

    Quartier

mail-inactive-warning-subject = Quartier hesabınız yakında silinecek
mail-inactive-warning-body =
    Merhaba { $name },

    uzun süredir Quartier'e giriş yapmadınız. Verileri gerekenden uzun saklamamak için hesabınızı { $days } gün içinde sileceğiz.

    Hesabı tutmak ister misiniz? O zaman sadece giriş yapın:

    { $link }

    Quartier
mail-privacy-has-account-subject = Quartier'deki verileriniz
mail-privacy-has-account-body =
    Merhaba,

    biri Quartier'de bu adresin verilerini istedi. Bu adresle bir hesap var. Giriş yapın. Orada verilerinizi indirebilir veya hesabı silebilirsiniz:

    { $link }

    Bu siz değil miydiniz? O zaman hiçbir şey yapmanıza gerek yok.

    Quartier
mail-privacy-request-export-subject = Quartier'deki verileriniz: indirme bağlantısı
mail-privacy-request-export-body =
    Merhaba,

    Quartier'deki verilerinizin bir kopyasını istediniz. Bu bağlantıyı açın:

    { $link }

    Bağlantı { $hours } saat geçerlidir. Bu siz değil miydiniz? O zaman hiçbir şey yapmanıza gerek yok.

    Quartier
mail-privacy-request-delete-subject = Quartier'deki verilerinizi silin
mail-privacy-request-delete-body =
    Merhaba,

    Quartier'deki verilerinizin silinmesini istediniz. Bu bağlantıyı açın ve orada onaylayın:

    { $link }

    Bağlantı { $hours } saat geçerlidir. Bu siz değil miydiniz? O zaman hiçbir şey yapmanıza gerek yok. Onayınız olmadan hiçbir şey silmeyiz.

    Quartier
mail-privacy-export-ready-subject = Quartier'deki verileriniz hazır
mail-privacy-export-ready-body =
    Merhaba,

    verileriniz hazır. Giriş yapın ve bu bağlantıyı açın:

    { $link }

    Bağlantı { $days } gün ve yalnızca hesabınız için geçerlidir.

    Quartier
