//! Deleting a person's data (GDPR Art. 17). An account row stays as a
//! pseudonym (`#<id>`) with nothing personal in it; name, email, password
//! hash, sessions, follows, roles, tokens and the mails to them go, and where
//! their address or name appears in other rows (mails to others, the audit
//! log) it is replaced. What they wrote in public stays by "a former
//! resident", or goes entirely when the operator configured so. Supports stay
//! counted either way. One transaction per person.
use super::entity::privacy_request;
use crate::schema::accounts::{account, account_token};
use crate::schema::audit::audit_log;
use crate::schema::concerns::{
    concern, concern_comment, concern_event, concern_follower, concern_photo, concern_support, email_participation, office_link,
};
use crate::error::{AppError, AppResult};
use crate::schema::forums::forum_role;
use crate::schema::mail::mail_outbox;
use crate::schema::moderation::flag;
use crate::schema::offices::office_staff;
use crate::config::Settings;
use crate::schema::translations::content_translation;
use sea_orm::sea_query::{Expr, Func};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, DatabaseConnection, EntityTrait, IntoActiveModel, PaginatorTrait,
    QueryFilter,
};

pub use crate::config::PublicContributions;


/// Who deletes: the person (proving the password), an admin acting on a
/// request by letter (GDPR Art. 12), or the retention rule for an account
/// inactive too long.
pub enum Requester<'a> {
    Themselves { password: &'a str },
    Admin { admin_id: i32 },
    Retention,
}

pub fn pseudonym(account_id: i32) -> String {
    format!("#{account_id}")
}

/// Replaces an address or name written into mails to others and into the
/// audit log.
async fn scrub(txn: &impl ConnectionTrait, needles: &[&str], alias: &str) -> AppResult<()> {
    for needle in needles.iter().filter(|n| n.trim().chars().count() >= 3) {
        let like = format!("%{needle}%");
        mail_outbox::Entity::update_many()
            .col_expr(mail_outbox::Column::Body, Func::cust("REPLACE").arg(Expr::col(mail_outbox::Column::Body)).arg(*needle).arg(alias).into())
            .filter(mail_outbox::Column::Body.like(like.as_str()))
            .exec(txn)
            .await?;
        audit_log::Entity::update_many()
            .col_expr(audit_log::Column::Detail, Func::cust("REPLACE").arg(Expr::col(audit_log::Column::Detail)).arg(*needle).arg(alias).into())
            .filter(audit_log::Column::Detail.like(like.as_str()))
            .exec(txn)
            .await?;
    }
    Ok(())
}

/// Deletes concerns with everything that hangs on them (events, photos,
/// comments, supports, flags, translations). Returns the photo files to
/// remove once the transaction is committed.
async fn remove_concerns(txn: &impl ConnectionTrait, ids: Vec<i32>) -> AppResult<Vec<String>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let photos = concern_photo::Entity::find().filter(concern_photo::Column::ConcernId.is_in(ids.clone())).all(txn).await?;
    let comments: Vec<i32> =
        concern_comment::Entity::find().filter(concern_comment::Column::ConcernId.is_in(ids.clone())).all(txn).await?.into_iter().map(|c| c.id).collect();
    remove_flags(txn, crate::moderation::flags::COMMENT, comments).await?;
    remove_flags(txn, crate::moderation::flags::CONCERN, ids.clone()).await?;
    // A concern merged into a removed one stands on its own again.
    concern::Entity::update_many()
        .col_expr(concern::Column::DuplicateOf, Expr::value(Option::<i32>::None))
        .filter(concern::Column::DuplicateOf.is_in(ids.clone()))
        .exec(txn)
        .await?;
    concern_photo::Entity::delete_many().filter(concern_photo::Column::ConcernId.is_in(ids.clone())).exec(txn).await?;
    concern_event::Entity::delete_many().filter(concern_event::Column::ConcernId.is_in(ids.clone())).exec(txn).await?;
    concern_comment::Entity::delete_many().filter(concern_comment::Column::ConcernId.is_in(ids.clone())).exec(txn).await?;
    concern_support::Entity::delete_many().filter(concern_support::Column::ConcernId.is_in(ids.clone())).exec(txn).await?;
    concern_follower::Entity::delete_many().filter(concern_follower::Column::ConcernId.is_in(ids.clone())).exec(txn).await?;
    email_participation::Entity::delete_many().filter(email_participation::Column::ConcernId.is_in(ids.clone())).exec(txn).await?;
    office_link::Entity::delete_many().filter(office_link::Column::ConcernId.is_in(ids.clone())).exec(txn).await?;
    content_translation::Entity::delete_many().filter(content_translation::Column::ConcernId.is_in(ids.clone())).exec(txn).await?;
    concern::Entity::delete_many().filter(concern::Column::Id.is_in(ids)).exec(txn).await?;
    Ok(photos.into_iter().map(|p| p.file_key).collect())
}

async fn remove_flags(txn: &impl ConnectionTrait, kind: &str, ids: Vec<i32>) -> AppResult<()> {
    if !ids.is_empty() {
        flag::Entity::delete_many().filter(flag::Column::TargetKind.eq(kind)).filter(flag::Column::TargetId.is_in(ids)).exec(txn).await?;
    }
    Ok(())
}

/// The concerns a person reported: keeps them anonymous or removes them.
async fn settle_concerns(txn: &impl ConnectionTrait, how: PublicContributions, reported: Condition) -> AppResult<Vec<String>> {
    match how {
        PublicContributions::Keep => {
            concern::Entity::update_many()
                .col_expr(concern::Column::AuthorEmail, Expr::value(Option::<String>::None))
                .col_expr(concern::Column::AuthorName, Expr::value(Option::<String>::None))
                .filter(reported)
                .exec(txn)
                .await?;
            Ok(Vec::new())
        }
        PublicContributions::Remove => {
            let ids = concern::Entity::find().filter(reported).all(txn).await?.into_iter().map(|c| c.id).collect();
            remove_concerns(txn, ids).await
        }
    }
}

pub async fn delete_account(db: &DatabaseConnection, settings: &Settings, account_id: i32, by: Requester<'_>) -> AppResult<()> {
    let a = account::Entity::find_by_id(account_id).one(db).await?.filter(|a| a.deleted_at.is_none()).ok_or(AppError::NotFound)?;
    if let Requester::Themselves { password } = by {
        let (typed, hash) = (password.to_string(), a.password_hash.clone());
        let ok = !typed.is_empty()
            && tokio::task::spawn_blocking(move || crate::accounts::password::verify(&typed, &hash)).await.map_err(|e| AppError::Internal(e.to_string()))?;
        if !ok {
            return Err(AppError::invalid("delete_password", "error-current-password"));
        }
    }
    let (txn, _turn) = crate::db::begin_write(db).await?;
    if a.is_admin && account::Entity::find().filter(account::Column::IsAdmin.eq(true)).count(&txn).await? <= 1 {
        return Err(AppError::invalid("", "privacy-error-last-admin"));
    }
    let alias = pseudonym(a.id);
    forum_role::Entity::delete_many().filter(forum_role::Column::AccountId.eq(a.id)).exec(&txn).await?;
    office_staff::Entity::delete_many().filter(office_staff::Column::AccountId.eq(a.id)).exec(&txn).await?;
    account_token::Entity::delete_many().filter(account_token::Column::AccountId.eq(a.id)).exec(&txn).await?;
    concern_follower::Entity::delete_many().filter(concern_follower::Column::AccountId.eq(a.id)).exec(&txn).await?;
    email_participation::Entity::delete_many().filter(email_participation::Column::Email.eq(a.email.as_str())).exec(&txn).await?;
    mail_outbox::Entity::delete_many().filter(mail_outbox::Column::Recipient.eq(a.email.as_str())).exec(&txn).await?;
    privacy_request::Entity::delete_many().filter(privacy_request::Column::AccountId.eq(a.id)).exec(&txn).await?;
    scrub(&txn, &[a.email.as_str(), a.display_name.as_str()], &alias).await?;
    let mut photos = settle_concerns(&txn, settings.erase_public, Condition::all().add(concern::Column::AuthorId.eq(a.id))).await?;
    if settings.erase_public == PublicContributions::Remove {
        let comments: Vec<i32> =
            concern_comment::Entity::find().filter(concern_comment::Column::AccountId.eq(a.id)).all(&txn).await?.into_iter().map(|c| c.id).collect();
        remove_flags(&txn, crate::moderation::flags::COMMENT, comments.clone()).await?;
        concern_comment::Entity::delete_many().filter(concern_comment::Column::Id.is_in(comments)).exec(&txn).await?;
    }
    let epoch = a.session_epoch.wrapping_add(1);
    let mut m = a.into_active_model();
    // Unique and not an address: nobody can sign in or be mailed as it.
    m.email = Set(format!("deleted-{account_id}"));
    m.display_name = Set(alias.clone());
    m.password_hash = Set(String::new());
    m.pending_email = Set(None);
    m.show_name = Set(false);
    m.is_admin = Set(false);
    m.email_verified_at = Set(None);
    // Every session of the person ends at its next request.
    m.session_epoch = Set(epoch);
    m.deleted_at = Set(Some(time::OffsetDateTime::now_utc()));
    m.update(&txn).await?;
    let (actor, role) = match by {
        Requester::Themselves { .. } => (Some(account_id), "resident"),
        Requester::Admin { admin_id } => (Some(admin_id), "admin"),
        Requester::Retention => (None, "system"),
    };
    crate::audit::record(&txn, actor, role, "account-deleted", &alias, None).await?;
    txn.commit().await?;
    photos.sort();
    crate::concerns::photos::remove_files(&settings.upload_dir, &photos).await;
    Ok(())
}

/// Deletes what someone without an account left with their address: their
/// reports lose the address and name (or go), follows and pending requests
/// go, confirmed supports stay counted under a pseudonym, mails to them go.
/// Called from a confirmed request, which is used up in the same transaction.
pub async fn delete_email_data(db: &DatabaseConnection, settings: &Settings, request_id: i32, email: &str) -> AppResult<()> {
    let (txn, _turn) = crate::db::begin_write(db).await?;
    // Used up first, conditionally: two clicks cannot both delete.
    let claimed = privacy_request::Entity::update_many()
        .col_expr(privacy_request::Column::UsedAt, Expr::value(Some(time::OffsetDateTime::now_utc())))
        .col_expr(privacy_request::Column::Email, Expr::value(Option::<String>::None))
        .filter(privacy_request::Column::Id.eq(request_id))
        .filter(privacy_request::Column::UsedAt.is_null())
        .exec(&txn)
        .await?;
    if claimed.rows_affected != 1 {
        return Err(AppError::invalid("", "error-link-used"));
    }
    let alias = format!("#r{request_id}");
    let reported = Condition::all().add(concern::Column::AuthorEmail.eq(email)).add(concern::Column::AuthorId.is_null());
    // The names they gave with their reports, to scrub them elsewhere too.
    let mut names: Vec<String> = concern::Entity::find().filter(reported.clone()).all(&txn).await?.into_iter().filter_map(|c| c.author_name).collect();
    names.sort();
    names.dedup();
    let photos = settle_concerns(&txn, settings.erase_public, reported).await?;
    // A confirmed support keeps counting; its row no longer names anyone.
    email_participation::Entity::update_many()
        .col_expr(email_participation::Column::Email, Expr::cust("'deleted-' || CAST(id AS TEXT)"))
        .filter(email_participation::Column::Email.eq(email))
        .filter(email_participation::Column::Kind.eq(crate::concerns::participation::SUPPORT))
        .filter(email_participation::Column::Confirmed.eq(true))
        .exec(&txn)
        .await?;
    email_participation::Entity::delete_many().filter(email_participation::Column::Email.eq(email)).exec(&txn).await?;
    mail_outbox::Entity::delete_many().filter(mail_outbox::Column::Recipient.eq(email)).exec(&txn).await?;
    privacy_request::Entity::delete_many().filter(privacy_request::Column::Email.eq(email)).exec(&txn).await?;
    let needles: Vec<&str> = std::iter::once(email).chain(names.iter().map(String::as_str)).collect();
    scrub(&txn, &needles, &alias).await?;
    crate::audit::record(&txn, None, "resident", "email-data-deleted", &alias, None).await?;
    txn.commit().await?;
    crate::concerns::photos::remove_files(&settings.upload_dir, &photos).await;
    Ok(())
}
