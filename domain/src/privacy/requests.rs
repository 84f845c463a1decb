//! Data rights by a mailed link. People who took part with an email address
//! only (reports, supports, follows) prove the address by a link and then
//! get their data or have it deleted. A large export of an account is
//! written to a file in the background and fetched by a link too.
use super::entity::privacy_request;
use crate::schema::accounts::account;
use crate::accounts::tokens::TokenProblem;
use crate::tokens::{digest, random_token};
use crate::schema::concerns::{concern, email_participation};
use crate::error::{AppError, AppResult};
use crate::mail::{enqueue, Recipient};
use crate::config::Settings;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter};
use time::{Duration, OffsetDateTime};

/// What a link is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum RequestKind {
    Export,
    Delete,
}

impl RequestKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Export => "export",
            Self::Delete => "delete",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "export" => Some(Self::Export),
            "delete" => Some(Self::Delete),
            _ => None,
        }
    }
}

/// How long a link for a person without an account works.
pub const EMAIL_LINK_HOURS: i64 = 24;
/// How long a prepared export of an account can be fetched.
pub const EXPORT_LINK_DAYS: i64 = 7;

/// Someone asks by address for their data or its deletion. The answer on
/// the page is the same for every address, so nobody learns who took part;
/// only the mail differs (an account holder is sent to their account page).
pub async fn ask(db: &DatabaseConnection, settings: &Settings, email: &str, kind: &str, lang: &str, plain: bool) -> AppResult<()> {
    let email = crate::input::normalise_email(email);
    let mut errors = Vec::new();
    crate::input::check_email(&email, &mut errors);
    let kind = RequestKind::parse(kind);
    if kind.is_none() {
        errors.push(crate::error::FieldError::new("kind", "error-required"));
    }
    let Some(kind) = kind.filter(|_| errors.is_empty()) else {
        return Err(AppError::Invalid(errors));
    };
    let (txn, _turn) = crate::db::begin_write(db).await?;
    let to = Recipient { email: &email, lang, plain };
    let holder = account::Entity::find().filter(account::Column::Email.eq(email.as_str())).filter(account::Column::DeletedAt.is_null()).one(&txn).await?;
    if holder.is_some() {
        enqueue(&txn, to, "privacy-has-account", &[("link", format!("{}/account/data", settings.base_url))]).await?;
    } else if recent_requests(&txn, &email).await? < MAX_REQUESTS_PER_HOUR {
        let (_, token) = new_request(&txn, kind, Owner::Email(email.clone()), lang, plain, Duration::hours(EMAIL_LINK_HOURS)).await?;
        let link = format!("{}/privacy/request/confirm?token={token}", settings.base_url);
        enqueue(&txn, to, &format!("privacy-request-{}", kind.as_str()), &[("link", link), ("hours", EMAIL_LINK_HOURS.to_string())]).await?;
    }
    txn.commit().await?;
    Ok(())
}

/// Links mailed to one address within an hour; more are not sent, so
/// nobody can flood someone else's inbox through this form.
const MAX_REQUESTS_PER_HOUR: u64 = 3;

async fn recent_requests(db: &impl ConnectionTrait, email: &str) -> AppResult<u64> {
    let since = OffsetDateTime::now_utc() - Duration::hours(1);
    Ok(privacy_request::Entity::find()
        .filter(privacy_request::Column::Email.eq(email))
        .filter(privacy_request::Column::CreatedAt.gt(since))
        .count(db)
        .await?)
}

/// The request behind a link, if the link still works.
pub async fn open(db: &impl ConnectionTrait, token: &str, now: OffsetDateTime) -> AppResult<Result<privacy_request::Model, TokenProblem>> {
    let Some(found) = privacy_request::Entity::find().filter(privacy_request::Column::TokenHash.eq(digest(token))).one(db).await? else {
        return Ok(Err(TokenProblem::Unknown));
    };
    Ok(if found.used_at.is_some() {
        Err(TokenProblem::Used)
    } else if found.expires_at < now {
        Err(TokenProblem::Expired)
    } else {
        Ok(found)
    })
}

/// The request of an email-only link: the address and what it is for.
pub async fn open_for_email(db: &impl ConnectionTrait, token: &str) -> AppResult<Result<(RequestKind, i32, String), TokenProblem>> {
    Ok(open(db, token, OffsetDateTime::now_utc()).await?.and_then(|r| match (RequestKind::parse(&r.kind), r.email) {
        (Some(kind), Some(email)) if r.account_id.is_none() => Ok((kind, r.id, email)),
        _ => Err(TokenProblem::Unknown),
    }))
}

/// What an address left behind, counted for the confirmation page.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Traces {
    pub concerns: u64,
    pub supports: u64,
    pub follows: u64,
}

pub async fn traces(db: &impl ConnectionTrait, email: &str) -> AppResult<Traces> {
    let concerns = concern::Entity::find()
        .filter(concern::Column::AuthorEmail.eq(email))
        .filter(concern::Column::AuthorId.is_null())
        .count(db)
        .await?;
    let of_kind = |kind: &'static str| {
        email_participation::Entity::find()
            .filter(email_participation::Column::Email.eq(email))
            .filter(email_participation::Column::Kind.eq(kind))
            .filter(email_participation::Column::Confirmed.eq(true))
            .count(db)
    };
    Ok(Traces {
        concerns,
        supports: of_kind(crate::concerns::participation::SUPPORT).await?,
        follows: of_kind(crate::concerns::participation::FOLLOW).await?,
    })
}

/// Where prepared exports are written (beside the photos, so every server
/// process behind a load balancer finds them).
pub fn export_dir(settings: &Settings) -> std::path::PathBuf {
    settings.upload_dir.join("exports")
}

fn export_path(settings: &Settings, file_key: &str) -> std::path::PathBuf {
    export_dir(settings).join(format!("{file_key}.zip"))
}

/// Records a large export of an account and returns the link's secret; the
/// file is written by `prepare`.
pub async fn start_export(db: &DatabaseConnection, account_id: i32, lang: &str, plain: bool) -> AppResult<(i32, String)> {
    let (saved, token) = new_request(db, RequestKind::Export, Owner::Account(account_id), lang, plain, Duration::days(EXPORT_LINK_DAYS)).await?;
    Ok((saved.id, token))
}

/// Whose data a link opens.
enum Owner {
    Email(String),
    Account(i32),
}

/// Stores a new link and returns it with its secret (only its digest is kept).
async fn new_request(
    db: &impl ConnectionTrait,
    kind: RequestKind,
    owner: Owner,
    lang: &str,
    plain: bool,
    valid_for: Duration,
) -> AppResult<(privacy_request::Model, String)> {
    let token = random_token();
    let now = OffsetDateTime::now_utc();
    let (email, account_id) = match owner {
        Owner::Email(e) => (Some(e), None),
        Owner::Account(id) => (None, Some(id)),
    };
    let saved = privacy_request::ActiveModel {
        kind: Set(kind.as_str().into()),
        email: Set(email),
        account_id: Set(account_id),
        language: Set(lang.into()),
        plain: Set(plain),
        token_hash: Set(digest(&token)),
        created_at: Set(now),
        expires_at: Set(now + valid_for),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok((saved, token))
}

/// Writes the ZIP to its file, then mails the link to the account.
pub async fn prepare(db: &DatabaseConnection, settings: &Settings, request_id: i32, token: &str, zip: Vec<u8>) -> AppResult<()> {
    let file_key = random_token();
    let path = export_path(settings, &file_key);
    tokio::fs::create_dir_all(export_dir(settings)).await.map_err(|e| AppError::Internal(format!("export folder: {e}")))?;
    tokio::fs::write(&path, zip).await.map_err(|e| AppError::Internal(format!("export file: {e}")))?;
    let r = privacy_request::Entity::find_by_id(request_id).one(db).await?.ok_or(AppError::NotFound)?;
    let a = account::Entity::find_by_id(r.account_id.unwrap_or_default()).one(db).await?.ok_or(AppError::NotFound)?;
    let (txn, _turn) = crate::db::begin_write(db).await?;
    let mut m: privacy_request::ActiveModel = r.into();
    m.file_key = Set(Some(file_key));
    m.update(&txn).await?;
    enqueue(
        &txn,
        Recipient { email: &a.email, lang: &a.language, plain: a.plain_language },
        "privacy-export-ready",
        &[("link", format!("{}/account/data.zip?token={token}", settings.base_url)), ("days", EXPORT_LINK_DAYS.to_string())],
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// The prepared export behind a link, for the account it was made for only.
pub async fn prepared_export(db: &DatabaseConnection, settings: &Settings, token: &str, viewer_account: Option<i32>) -> AppResult<Vec<u8>> {
    let me = viewer_account.ok_or(AppError::Unauthenticated)?;
    let r = match open(db, token, OffsetDateTime::now_utc()).await? {
        Ok(r) => r,
        Err(problem) => return Err(AppError::invalid("", crate::accounts::service::token_problem_message(&problem))),
    };
    if r.account_id != Some(me) {
        return Err(AppError::Forbidden);
    }
    let key = r.file_key.ok_or(AppError::NotFound)?;
    tokio::fs::read(export_path(settings, &key)).await.map_err(|_| AppError::invalid("", "error-link-expired"))
}

/// Expired links go, with their files (run by the retention task).
pub async fn remove_expired(db: &DatabaseConnection, settings: &Settings, now: OffsetDateTime, dry_run: bool) -> AppResult<u64> {
    let expired = privacy_request::Entity::find().filter(privacy_request::Column::ExpiresAt.lt(now)).all(db).await?;
    if dry_run || expired.is_empty() {
        return Ok(expired.len() as u64);
    }
    let ids: Vec<i32> = expired.iter().map(|r| r.id).collect();
    privacy_request::Entity::delete_many().filter(privacy_request::Column::Id.is_in(ids)).exec(db).await?;
    for key in expired.iter().filter_map(|r| r.file_key.as_deref()) {
        let _ = tokio::fs::remove_file(export_path(settings, key)).await;
    }
    Ok(expired.len() as u64)
}
