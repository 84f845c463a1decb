//! Mail to people. Messages are composed from Fluent in the recipient's
//! language (plain layer if they chose it) and written to the outbox in the
//! caller's transaction; the server's mail worker delivers them.
#[cfg(feature = "ssr")]
pub mod entity;

#[cfg(feature = "ssr")]
mod outbox {
    use super::entity::mail_outbox;
    use crate::error::AppResult;
    use crate::i18n::translate_with;
    use sea_orm::{ActiveModelTrait, ActiveValue::Set, ConnectionTrait};
    use std::borrow::Cow;
    use std::collections::HashMap;

    /// Who receives a mail and how they read.
    pub struct Recipient<'a> {
        pub email: &'a str,
        pub lang: &'a str,
        pub plain: bool,
    }

    /// Queues the mail `mail-<kind>-subject` / `mail-<kind>-body` with `args`.
    pub async fn enqueue(db: &impl ConnectionTrait, to: Recipient<'_>, kind: &str, args: &[(&str, String)]) -> AppResult<()> {
        let args: HashMap<Cow<'static, str>, fluent_templates::fluent_bundle::FluentValue> =
            args.iter().map(|(k, v)| (Cow::Owned(k.to_string()), v.clone().into())).collect();
        let subject = translate_with(to.lang, to.plain, &format!("mail-{kind}-subject"), &args);
        let body = translate_with(to.lang, to.plain, &format!("mail-{kind}-body"), &args);
        let now = time::OffsetDateTime::now_utc();
        mail_outbox::ActiveModel {
            recipient: Set(to.email.to_string()),
            subject: Set(subject),
            body: Set(body),
            attempts: Set(0),
            next_attempt_at: Set(now.unix_timestamp()),
            created_at: Set(now),
            ..Default::default()
        }
        .insert(db)
        .await?;
        Ok(())
    }
}

#[cfg(feature = "ssr")]
pub use outbox::{enqueue, Recipient};
