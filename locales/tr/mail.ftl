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
