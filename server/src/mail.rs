//! Delivers the outbox: SMTP when configured, otherwise `.eml` files.
//! Failed deliveries are retried with exponential backoff; several server
//! processes can run the worker at once (PostgreSQL rows are claimed with
//! `FOR UPDATE SKIP LOCKED`).
use app::mail::entity::mail_outbox;
use lettre::message::{header::ContentTransferEncoding, header::ContentType, Body, Mailbox, Message};
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Tokio1Executor};
use sea_orm::{
    entity::prelude::*, sea_query::ExprTrait, sea_query::LockBehavior, sea_query::LockType, ActiveValue::Set, DatabaseConnection, DbBackend,
    QueryOrder, QuerySelect,
};
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Notify;

pub enum Mailer {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    Files(AsyncFileTransport<Tokio1Executor>),
}

impl Mailer {
    pub fn new(smtp_url: Option<&str>, data_dir: &Path) -> anyhow::Result<Mailer> {
        Ok(match smtp_url {
            Some(url) => Mailer::Smtp(AsyncSmtpTransport::<Tokio1Executor>::from_url(url)?.build()),
            None => {
                let dir = data_dir.join("mail");
                std::fs::create_dir_all(&dir)?;
                Mailer::Files(AsyncFileTransport::new(dir))
            }
        })
    }

    async fn send(&self, message: Message) -> Result<(), String> {
        match self {
            Mailer::Smtp(t) => t.send(message).await.map(|_| ()).map_err(|e| e.to_string()),
            Mailer::Files(t) => t.send(message).await.map(|_| ()).map_err(|e| e.to_string()),
        }
    }
}

/// Seconds to wait before the next attempt: 30 s doubling, at most an hour.
pub fn backoff(attempts: i32) -> i64 {
    Ord::min(30i64 << Ord::clamp(attempts, 0, 7), 3600)
}

/// How long a claimed mail stays reserved for the process sending it; if
/// that process dies, another one picks the mail up after this time.
const CLAIM_SECONDS: i64 = 120;

/// Reserves due mails in a short transaction, so no database lock is held
/// while talking to the mail server. On PostgreSQL the rows are claimed with
/// `FOR UPDATE SKIP LOCKED`, so several server processes share the work.
async fn claim_due(db: &DatabaseConnection) -> Result<Vec<mail_outbox::Model>, DbErr> {
    let (txn, _turn) = app::db::begin_write(db).await?;
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    let mut query = mail_outbox::Entity::find()
        .filter(mail_outbox::Column::SentAt.is_null())
        .filter(mail_outbox::Column::NextAttemptAt.lte(now))
        .order_by_asc(mail_outbox::Column::Id)
        .limit(50);
    if db.get_database_backend() == DbBackend::Postgres {
        query = query.lock_with_behavior(LockType::Update, LockBehavior::SkipLocked);
    }
    let due = query.all(&txn).await?;
    if !due.is_empty() {
        mail_outbox::Entity::update_many()
            .col_expr(mail_outbox::Column::NextAttemptAt, Expr::value(now + CLAIM_SECONDS))
            .filter(mail_outbox::Column::Id.is_in(due.iter().map(|m| m.id).collect::<Vec<_>>()))
            .exec(&txn)
            .await?;
    }
    txn.commit().await?;
    Ok(due)
}

/// Sends every due mail; returns how many were delivered.
pub async fn deliver_due(db: &DatabaseConnection, mailer: &Mailer, from: &Mailbox) -> Result<usize, DbErr> {
    let mut sent = Vec::new();
    let mut failed = Vec::new();
    for mail in claim_due(db).await? {
        let result = match build(&mail, from) {
            Ok(message) => mailer.send(message).await,
            Err(e) => Err(e),
        };
        match result {
            Ok(()) => sent.push(mail.id),
            Err(e) => {
                tracing::warn!(error = %e, attempts = mail.attempts + 1, "mail delivery failed; will retry");
                failed.push((mail, e));
            }
        }
    }
    if sent.is_empty() && failed.is_empty() {
        return Ok(0);
    }
    // One short write for the whole batch: writers take turns on SQLite.
    let (txn, _turn) = app::db::begin_write(db).await?;
    let now = time::OffsetDateTime::now_utc();
    if !sent.is_empty() {
        mail_outbox::Entity::update_many()
            .col_expr(mail_outbox::Column::SentAt, Expr::value(Some(now)))
            .col_expr(mail_outbox::Column::Attempts, Expr::col(mail_outbox::Column::Attempts).add(1))
            .col_expr(mail_outbox::Column::LastError, Expr::value(Option::<String>::None))
            .filter(mail_outbox::Column::Id.is_in(sent.clone()))
            .exec(&txn)
            .await?;
    }
    for (mail, error) in failed {
        let attempts = mail.attempts + 1;
        let mut m: mail_outbox::ActiveModel = mail.into();
        m.attempts = Set(attempts);
        m.next_attempt_at = Set(now.unix_timestamp() + backoff(attempts));
        m.last_error = Set(Some(error));
        m.update(&txn).await?;
    }
    txn.commit().await?;
    Ok(sent.len())
}

fn build(mail: &mail_outbox::Model, from: &Mailbox) -> Result<Message, String> {
    let to: Mailbox = mail.recipient.parse().map_err(|e: lettre::address::AddressError| e.to_string())?;
    Message::builder()
        .from(from.clone())
        .to(to)
        .subject(&mail.subject)
        .header(ContentType::TEXT_PLAIN)
        // Quoted-printable keeps links readable in any mail program.
        .body(Body::new_with_encoding(mail.body.clone(), ContentTransferEncoding::QuotedPrintable).map_err(|_| "body encoding".to_string())?)
        .map_err(|e| e.to_string())
}

/// Runs until the process ends: delivers when woken and every few seconds.
pub async fn run_worker(db: DatabaseConnection, mailer: Mailer, from: Mailbox, wakeup: Arc<Notify>) {
    loop {
        if let Err(e) = deliver_due(&db, &mailer, &from).await {
            tracing::error!(error = %e, "mail worker");
        }
        tokio::select! {
            _ = wakeup.notified() => {}
            _ = tokio::time::sleep(Duration::from_secs(5)) => {}
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn backoff_doubles_and_is_capped() {
        assert_eq!(super::backoff(1), 60);
        assert_eq!(super::backoff(2), 120);
        assert_eq!(super::backoff(20), 3600);
    }
}
