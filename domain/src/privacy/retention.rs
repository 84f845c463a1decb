//! Storage limitation (GDPR Art. 5(1)(e)), done by itself: personal data
//! older than its period goes. Every step is a conditional UPDATE or DELETE,
//! so several server processes may run it at once; a warning mail is sent by
//! whichever process claims the account first. "Now" is a parameter, so
//! tests and `quartier retention --dry-run` choose the clock.
use crate::schema::accounts::account;
use crate::schema::concerns::{concern, concern_event, concern_photo, email_participation};
use crate::error::AppResult;
use crate::schema::mail::mail_outbox;
use crate::schema::moderation::flag;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, Condition, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter};
use time::{Duration, OffsetDateTime};

pub use crate::config::Periods;


/// What one run removed (or, dry, would remove).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Removed {
    pub unconfirmed_concerns: u64,
    pub unconfirmed_participation: u64,
    pub reporter_emails: u64,
    pub accounts_warned: u64,
    pub accounts_deleted: u64,
    pub mail_texts: u64,
    pub flaggers: u64,
    /// Expired links for data rights, with prepared exports.
    pub data_links: u64,
}

impl Removed {
    pub fn total(&self) -> u64 {
        self.unconfirmed_concerns + self.unconfirmed_participation + self.reporter_emails + self.accounts_warned + self.accounts_deleted + self.mail_texts + self.flaggers + self.data_links
    }
}

pub async fn run(db: &DatabaseConnection, settings: &crate::config::Settings, now: OffsetDateTime, dry_run: bool) -> AppResult<Removed> {
    let p = &settings.retention;
    let mut removed = Removed::default();

    // Reports never confirmed, with their events and photos.
    let cutoff = now - Duration::days(p.unconfirmed_days);
    let stale: Vec<concern::Model> = concern::Entity::find()
        .filter(concern::Column::Status.eq(crate::concerns::status::Status::Unconfirmed))
        .filter(concern::Column::CreatedAt.lt(cutoff))
        .all(db)
        .await?;
    removed.unconfirmed_concerns = stale.len() as u64;
    if !dry_run && !stale.is_empty() {
        let ids: Vec<i32> = stale.iter().map(|c| c.id).collect();
        let (txn, _turn) = crate::db::begin_write(db).await?;
        let photos: Vec<String> = concern_photo::Entity::find().filter(concern_photo::Column::ConcernId.is_in(ids.clone())).all(&txn).await?.into_iter().map(|p| p.file_key).collect();
        concern_photo::Entity::delete_many().filter(concern_photo::Column::ConcernId.is_in(ids.clone())).exec(&txn).await?;
        concern_event::Entity::delete_many().filter(concern_event::Column::ConcernId.is_in(ids.clone())).exec(&txn).await?;
        email_participation::Entity::delete_many().filter(email_participation::Column::ConcernId.is_in(ids.clone())).exec(&txn).await?;
        concern::Entity::delete_many()
            .filter(concern::Column::Id.is_in(ids))
            .filter(concern::Column::Status.eq(crate::concerns::status::Status::Unconfirmed))
            .exec(&txn)
            .await?;
        txn.commit().await?;
        crate::concerns::photos::remove_files(&settings.upload_dir, &photos).await;
    }

    // Supports and follows by email never confirmed.
    let unconfirmed = email_participation::Entity::find()
        .filter(email_participation::Column::Confirmed.eq(false))
        .filter(email_participation::Column::CreatedAt.lt(cutoff));
    removed.unconfirmed_participation = unconfirmed.clone().count(db).await?;
    if !dry_run && removed.unconfirmed_participation > 0 {
        email_participation::Entity::delete_many()
            .filter(email_participation::Column::Confirmed.eq(false))
            .filter(email_participation::Column::CreatedAt.lt(cutoff))
            .exec(db)
            .await?;
    }

    // Addresses of reporters without an account, once their concern is closed
    // long enough (the concern stays public).
    let closed_before = now - Duration::days(p.reporter_email_days);
    let with_email = Condition::all()
        .add(concern::Column::AuthorEmail.is_not_null())
        .add(concern::Column::AuthorId.is_null())
        .add(concern::Column::Status.is_in(crate::concerns::status::Status::CLOSED))
        .add(concern::Column::UpdatedAt.lt(closed_before));
    removed.reporter_emails = concern::Entity::find().filter(with_email.clone()).count(db).await?;
    if !dry_run && removed.reporter_emails > 0 {
        concern::Entity::update_many().col_expr(concern::Column::AuthorEmail, Expr::value(Option::<String>::None)).filter(with_email).exec(db).await?;
    }

    // Inactive accounts: warned first, deleted once the warning is old enough.
    let inactive_since = now - Duration::days(p.inactive_days);
    let warn_since = inactive_since + Duration::days(p.warn_days);
    let last_active = |before: OffsetDateTime| {
        Condition::any()
            .add(account::Column::LastActiveAt.lt(before))
            .add(Condition::all().add(account::Column::LastActiveAt.is_null()).add(account::Column::CreatedAt.lt(before)))
    };
    let alive = Condition::all().add(account::Column::DeletedAt.is_null()).add(account::Column::IsAdmin.eq(false));
    let to_warn: Vec<account::Model> = account::Entity::find()
        .filter(alive.clone())
        .filter(last_active(warn_since))
        .filter(account::Column::RetentionWarnedAt.is_null())
        .all(db)
        .await?;
    for a in to_warn {
        if dry_run {
            removed.accounts_warned += 1;
            continue;
        }
        let (txn, _turn) = crate::db::begin_write(db).await?;
        // Claimed by one process only: the mail goes out once.
        let claimed = account::Entity::update_many()
            .col_expr(account::Column::RetentionWarnedAt, Expr::value(Some(now)))
            .filter(account::Column::Id.eq(a.id))
            .filter(account::Column::RetentionWarnedAt.is_null())
            .exec(&txn)
            .await?;
        if claimed.rows_affected == 1 {
            crate::mail::enqueue(
                &txn,
                crate::mail::Recipient { email: &a.email, lang: &a.language, plain: a.plain_language },
                "inactive-warning",
                &[("name", a.display_name.clone()), ("days", p.warn_days.to_string()), ("link", format!("{}/login", settings.base_url))],
            )
            .await?;
            removed.accounts_warned += 1;
        }
        txn.commit().await?;
    }
    let due: Vec<account::Model> = account::Entity::find()
        .filter(alive)
        .filter(last_active(inactive_since))
        .filter(account::Column::RetentionWarnedAt.lt(now - Duration::days(p.warn_days) + Duration::seconds(1)))
        .all(db)
        .await?;
    for a in due {
        if dry_run || super::erase::delete_account(db, settings, a.id, super::erase::Requester::Retention).await.is_ok() {
            removed.accounts_deleted += 1;
        }
    }

    // Texts of mails sent long ago: the row stays for delivery counts.
    let sent_before = now - Duration::days(p.sent_mail_days);
    let old_mail = Condition::all().add(mail_outbox::Column::SentAt.lt(sent_before)).add(mail_outbox::Column::Body.ne(""));
    removed.mail_texts = mail_outbox::Entity::find().filter(old_mail.clone()).count(db).await?;
    if !dry_run && removed.mail_texts > 0 {
        mail_outbox::Entity::update_many().col_expr(mail_outbox::Column::Body, Expr::value("")).filter(old_mail).exec(db).await?;
    }

    // Who flagged (an account or a digest of a visitor's address) is needed
    // only while the flag is open, so nobody flags twice.
    let settled = Condition::all().add(flag::Column::ResolvedAt.lt(sent_before)).add(flag::Column::Flagger.not_like("settled:%"));
    removed.flaggers = flag::Entity::find().filter(settled.clone()).count(db).await?;
    if !dry_run && removed.flaggers > 0 {
        // Each row keeps a value of its own, so one flag per flagger still holds.
        flag::Entity::update_many().col_expr(flag::Column::Flagger, Expr::cust("'settled:' || CAST(id AS TEXT)")).filter(settled).exec(db).await?;
    }
    removed.data_links = super::requests::remove_expired(db, settings, now, dry_run).await?;
    Ok(removed)
}

/// Runs now and then in every server process.
pub async fn run_worker(db: DatabaseConnection, settings: std::sync::Arc<crate::config::Settings>, interval: std::time::Duration, wakeup: std::sync::Arc<tokio::sync::Notify>) {
    loop {
        let result = run(&db, &settings, OffsetDateTime::now_utc(), false).await;
        metrics::counter!("quartier_retention_runs_total", "outcome" => if result.is_ok() { "ok" } else { "failed" }).increment(1);
        match result {
            Ok(r) if r.total() > 0 => {
                tracing::info!(?r, "retention: old personal data removed");
                wakeup.notify_one();
            }
            Ok(_) => {}
            Err(e) => tracing::error!(error = %e, "retention run failed"),
        }
        tokio::time::sleep(interval).await;
    }
}
