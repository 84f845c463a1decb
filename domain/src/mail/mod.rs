//! Mail to people. Messages are composed from Fluent in the recipient's
//! language (plain layer if they chose it) and written to the outbox in the
//! caller's transaction; the server's mail worker delivers them.
#[cfg(feature = "server")]
pub use crate::schema::mail as entity;

#[cfg(feature = "server")]
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
        message(to, kind, args).insert(db).await?;
        Ok(())
    }

    /// The outbox row of a mail, for callers that write many at once.
    pub fn message(to: Recipient<'_>, kind: &str, args: &[(&str, String)]) -> mail_outbox::ActiveModel {
        // Dates arrive as ISO dates and are written out in the recipient's language.
        let args: HashMap<Cow<'static, str>, fluent_templates::fluent_bundle::FluentValue> = args
            .iter()
            .map(|(k, v)| {
                let v = if crate::i18n::format::is_iso_date(v) { crate::i18n::format::iso_date(v, to.lang) } else { v.clone() };
                (Cow::Owned(k.to_string()), v.into())
            })
            .collect();
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
    }
}

#[cfg(feature = "server")]
pub use outbox::{enqueue, message, Recipient};
