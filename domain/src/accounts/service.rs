//! Registration, email verification, login, password reset and preferences.
use super::entity::account;
use super::password;
use super::tokens::{self, TokenProblem};
use crate::error::{AppError, AppResult, FieldError};
use crate::schema::forums::forum_role;
use crate::i18n::is_shipped;
use crate::mail::{enqueue, Recipient};
use crate::schema::offices::office_staff;
use crate::config::Settings;
use crate::vocabulary::forum::ForumRole;
use crate::accounts::SignedIn;
use sea_orm::{entity::prelude::*, ActiveValue::Set, ConnectionTrait, DatabaseConnection};
use time::{Duration, OffsetDateTime};

pub const MAX_NAME: usize = 80;
pub use crate::input::{check_email, normalise_email, MAX_EMAIL};

fn check_name(name: &str, errors: &mut Vec<FieldError>) {
    if name.is_empty() {
        errors.push(FieldError::new("display_name", "error-required"));
    } else if name.chars().count() > MAX_NAME {
        errors.push(FieldError::new("display_name", "error-too-long").with_arg("max", MAX_NAME));
    }
}

fn check_language(lang: &str, errors: &mut Vec<FieldError>) {
    if !is_shipped(lang) {
        errors.push(FieldError::new("language", "error-unknown-language"));
    }
}

#[derive(Clone, Debug)]
pub struct Registration {
    pub email: String,
    pub display_name: String,
    pub password: String,
    pub language: String,
}

impl Registration {
    pub fn validate(&self) -> Result<(), Vec<FieldError>> {
        let mut errors = Vec::new();
        check_name(self.display_name.trim(), &mut errors);
        check_email(&normalise_email(&self.email), &mut errors);
        if let Err(e) = password::check_strength(&self.password, &[&self.email, &self.display_name]) {
            errors.push(e);
        }
        check_language(&self.language, &mut errors);
        if errors.is_empty() { Ok(()) } else { Err(errors) }
    }
}

/// Creates an unverified account and queues the verification mail, in one
/// transaction.
pub async fn register(db: &DatabaseConnection, settings: &Settings, r: Registration) -> AppResult<i32> {
    r.validate().map_err(AppError::Invalid)?;
    let email = normalise_email(&r.email);
    // Hash before the transaction: argon2 takes a while and must not hold a lock.
    let hash = password::hash(&r.password);
    let (txn, _turn) = crate::db::begin_write(db).await?;
    if account::Entity::find().filter(account::Column::Email.eq(&email)).one(&txn).await?.is_some() {
        return Err(AppError::invalid("email", "error-email-taken"));
    }
    let created = account::ActiveModel {
        email: Set(email.clone()),
        display_name: Set(r.display_name.trim().to_string()),
        password_hash: Set(hash),
        language: Set(r.language.clone()),
        plain_language: Set(false),
        is_admin: Set(false),
        email_verified_at: Set(None),
        created_at: Set(OffsetDateTime::now_utc()),
        ..Default::default()
    }
    .insert(&txn)
    .await
    // Two registrations racing for one address: the unique index decides.
    .map_err(|e| match e.sql_err() {
        Some(sea_orm::SqlErr::UniqueConstraintViolation(_)) => AppError::invalid("email", "error-email-taken"),
        _ => AppError::Db(e),
    })?;
    let token = tokens::issue(&txn, created.id, tokens::VERIFY, Duration::hours(settings.verify_link_hours)).await?;
    let link = format!("{}/verify?token={token}", settings.base_url);
    enqueue(
        &txn,
        Recipient { email: &email, lang: &r.language, plain: false },
        "verify",
        &[("name", created.display_name.clone()), ("link", link.clone()), ("hours", settings.verify_link_hours.to_string())],
    )
    .await?;
    txn.commit().await?;
    tracing::info!(account = created.id, %link, "verification link sent");
    Ok(created.id)
}

/// Confirms an email address from the mailed link.
pub async fn verify_email(db: &DatabaseConnection, token: &str) -> AppResult<Result<i32, TokenProblem>> {
    let (txn, _turn) = crate::db::begin_write(db).await?;
    let result = tokens::consume(&txn, token, tokens::VERIFY).await?;
    if let Ok(id) = result {
        let mut a: account::ActiveModel = account::Entity::find_by_id(id).one(&txn).await?.ok_or(AppError::NotFound)?.into();
        a.email_verified_at = Set(Some(OffsetDateTime::now_utc()));
        a.update(&txn).await?;
    }
    txn.commit().await?;
    Ok(result)
}

/// Checks email and password. Unknown email and wrong password give the same
/// error and take the same time.
pub async fn authenticate(db: &impl ConnectionTrait, email: &str, password: &str) -> AppResult<account::Model> {
    let email = normalise_email(email);
    let mut errors = Vec::new();
    if email.is_empty() {
        errors.push(FieldError::new("email", "error-required"));
    }
    if password.is_empty() {
        errors.push(FieldError::new("password", "error-required"));
    }
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors));
    }
    let found = account::Entity::find().filter(account::Column::Email.eq(&email)).one(db).await?;
    let hash = found.as_ref().map(|a| a.password_hash.as_str()).unwrap_or(password::dummy_hash()).to_string();
    let password = password.to_string();
    let ok = tokio::task::spawn_blocking(move || password::verify(&password, &hash))
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?;
    match found {
        Some(a) if ok => {
            if a.email_verified_at.is_none() {
                return Err(AppError::invalid("", "error-email-not-verified"));
            }
            // Signing in is activity: the retention clock starts again.
            account::Entity::update_many()
                .col_expr(account::Column::LastActiveAt, sea_orm::sea_query::Expr::value(Some(OffsetDateTime::now_utc())))
                .col_expr(account::Column::RetentionWarnedAt, sea_orm::sea_query::Expr::value(Option::<OffsetDateTime>::None))
                .filter(account::Column::Id.eq(a.id))
                .exec(db)
                .await?;
            Ok(a)
        }
        _ => Err(AppError::invalid("", "error-login-failed")),
    }
}

/// Queues a reset link if the address belongs to an account. The caller
/// shows the same message either way.
pub async fn request_reset(db: &DatabaseConnection, settings: &Settings, email: &str) -> AppResult<()> {
    let email = normalise_email(email);
    let mut errors = Vec::new();
    check_email(&email, &mut errors);
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors));
    }
    let (txn, _turn) = crate::db::begin_write(db).await?;
    if let Some(a) = account::Entity::find().filter(account::Column::Email.eq(&email)).one(&txn).await? {
        let token = tokens::issue(&txn, a.id, tokens::RESET, Duration::minutes(settings.reset_link_minutes)).await?;
        let link = format!("{}/reset?token={token}", settings.base_url);
        enqueue(
            &txn,
            Recipient { email: &a.email, lang: &a.language, plain: a.plain_language },
            "reset",
            &[("name", a.display_name.clone()), ("link", link.clone()), ("minutes", settings.reset_link_minutes.to_string())],
        )
        .await?;
        tracing::info!(account = a.id, %link, "password reset link sent");
    }
    txn.commit().await?;
    Ok(())
}

pub fn token_problem_message(p: &TokenProblem) -> &'static str {
    match p {
        TokenProblem::Unknown => "error-link-unknown",
        TokenProblem::Expired => "error-link-expired",
        TokenProblem::Used => "error-link-used",
    }
}

/// Sets a new password from a reset link; the link is used up in the same
/// transaction. A reset also proves the address, so it verifies it.
pub async fn reset_password(db: &DatabaseConnection, token: &str, new_password: &str) -> AppResult<()> {
    let (txn, _turn) = crate::db::begin_write(db).await?;
    let id = match tokens::check(&txn, token, tokens::RESET).await? {
        Ok(id) => id,
        Err(p) => return Err(AppError::invalid("", token_problem_message(&p))),
    };
    let a = account::Entity::find_by_id(id).one(&txn).await?.ok_or(AppError::NotFound)?;
    password::check_strength(new_password, &[&a.email, &a.display_name]).map_err(|e| AppError::Invalid(vec![e]))?;
    if let Err(p) = tokens::consume(&txn, token, tokens::RESET).await? {
        return Err(AppError::invalid("", token_problem_message(&p)));
    }
    let verified = a.email_verified_at.unwrap_or_else(OffsetDateTime::now_utc);
    let epoch = a.session_epoch;
    let mut a: account::ActiveModel = a.into();
    a.password_hash = Set(password::hash(new_password));
    // Whoever knew the old password is signed out everywhere.
    a.session_epoch = Set(epoch.wrapping_add(1));
    a.email_verified_at = Set(Some(verified));
    a.update(&txn).await?;
    txn.commit().await?;
    Ok(())
}

/// A signed-in person sets a new password, proving the current one. Every
/// other session of theirs ends (the session epoch rises); the new epoch is
/// returned so the session that made the change stays signed in.
pub async fn change_password(db: &DatabaseConnection, id: i32, current: &str, new_password: &str) -> AppResult<i32> {
    let a = account::Entity::find_by_id(id).one(db).await?.ok_or(AppError::Unauthenticated)?;
    let (typed, hash) = (current.to_string(), a.password_hash.clone());
    let ok = !typed.is_empty()
        && tokio::task::spawn_blocking(move || password::verify(&typed, &hash)).await.map_err(|e| AppError::Internal(e.to_string()))?;
    if !ok {
        return Err(AppError::invalid("password_current", "error-current-password"));
    }
    password::check_strength(new_password, &[&a.email, &a.display_name]).map_err(|e| AppError::Invalid(vec![e]))?;
    let new_hash = password::hash(new_password);
    let (txn, _turn) = crate::db::begin_write(db).await?;
    // Read again inside the write: a reset in between keeps its epoch rise.
    let a = account::Entity::find_by_id(id).one(&txn).await?.ok_or(AppError::Unauthenticated)?;
    let epoch = a.session_epoch.wrapping_add(1);
    let mut m: account::ActiveModel = a.into();
    m.password_hash = Set(new_hash);
    m.session_epoch = Set(epoch);
    m.update(&txn).await?;
    txn.commit().await?;
    Ok(epoch)
}

/// Display name, language and plain-language preference.
pub async fn update_preferences(db: &DatabaseConnection, id: i32, display_name: &str, language: &str, plain: bool, show_name: bool) -> AppResult<()> {
    let mut errors = Vec::new();
    check_name(display_name.trim(), &mut errors);
    check_language(language, &mut errors);
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors));
    }
    let mut a: account::ActiveModel = account::Entity::find_by_id(id).one(db).await?.ok_or(AppError::NotFound)?.into();
    a.display_name = Set(display_name.trim().to_string());
    a.language = Set(language.to_string());
    a.plain_language = Set(plain);
    a.show_name = Set(show_name);
    a.update(db).await?;
    Ok(())
}

/// Asks for a new email address, proving the current password; the new
/// address gets a link, and only that link makes the change.
pub async fn request_email_change(db: &DatabaseConnection, settings: &Settings, id: i32, new_email: &str, current_password: &str) -> AppResult<()> {
    let a = account::Entity::find_by_id(id).one(db).await?.ok_or(AppError::Unauthenticated)?;
    let (typed, hash) = (current_password.to_string(), a.password_hash.clone());
    let ok = !typed.is_empty()
        && tokio::task::spawn_blocking(move || password::verify(&typed, &hash)).await.map_err(|e| AppError::Internal(e.to_string()))?;
    let email = normalise_email(new_email);
    let mut errors = Vec::new();
    check_email(&email, &mut errors);
    if email == a.email {
        errors.push(FieldError::new("new_email", "error-email-same"));
    }
    let mut errors: Vec<FieldError> = errors.into_iter().map(|e| if e.field == "email" { FieldError { field: "new_email".into(), ..e } } else { e }).collect();
    if !ok {
        errors.push(FieldError::new("email_password", "error-current-password"));
    }
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors));
    }
    let (txn, _turn) = crate::db::begin_write(db).await?;
    if account::Entity::find().filter(account::Column::Email.eq(&email)).one(&txn).await?.is_some() {
        return Err(AppError::invalid("new_email", "error-email-taken"));
    }
    let name = a.display_name.clone();
    let (lang, plain) = (a.language.clone(), a.plain_language);
    let mut m: account::ActiveModel = a.into();
    m.pending_email = Set(Some(email.clone()));
    m.update(&txn).await?;
    let token = tokens::issue(&txn, id, tokens::EMAIL_CHANGE, Duration::hours(settings.verify_link_hours)).await?;
    let link = format!("{}/account/email/confirm?token={token}", settings.base_url);
    enqueue(&txn, Recipient { email: &email, lang: &lang, plain }, "email-change", &[("name", name), ("link", link), ("hours", settings.verify_link_hours.to_string())]).await?;
    txn.commit().await?;
    Ok(())
}

/// The link from the new address: the account takes it over. The old
/// address hears of the change, so a stolen session cannot change it unseen.
pub async fn confirm_email_change(db: &DatabaseConnection, token: &str) -> AppResult<Result<(), TokenProblem>> {
    let (txn, _turn) = crate::db::begin_write(db).await?;
    let id = match tokens::consume(&txn, token, tokens::EMAIL_CHANGE).await? {
        Ok(id) => id,
        Err(p) => return Ok(Err(p)),
    };
    let a = account::Entity::find_by_id(id).one(&txn).await?.ok_or(AppError::NotFound)?;
    let Some(new_email) = a.pending_email.clone() else { return Ok(Err(TokenProblem::Used)) };
    if account::Entity::find().filter(account::Column::Email.eq(&new_email)).one(&txn).await?.is_some() {
        return Ok(Err(TokenProblem::Used));
    }
    let old = a.email.clone();
    enqueue(&txn, Recipient { email: &old, lang: &a.language, plain: a.plain_language }, "email-changed", &[("name", a.display_name.clone()), ("email", new_email.clone())]).await?;
    let mut m: account::ActiveModel = a.into();
    m.email = Set(new_email);
    m.pending_email = Set(None);
    m.email_verified_at = Set(Some(OffsetDateTime::now_utc()));
    m.update(&txn).await?;
    txn.commit().await?;
    Ok(Ok(()))
}

pub async fn set_language(db: &DatabaseConnection, id: i32, language: &str) -> AppResult<()> {
    account::Entity::update_many()
        .col_expr(account::Column::Language, Expr::value(language))
        .filter(account::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

pub async fn set_plain(db: &DatabaseConnection, id: i32, plain: bool) -> AppResult<()> {
    account::Entity::update_many()
        .col_expr(account::Column::PlainLanguage, Expr::value(plain))
        .filter(account::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// Signed-in accounts as this process read them lately.
pub type RecentAccounts = super::recent::Recent<i32, LoadedAccount>;

/// [`load_signed_in`], answered from the recent copy while there is one.
pub async fn load_signed_in_recent(db: &impl ConnectionTrait, recent: &RecentAccounts, id: i32) -> AppResult<Option<LoadedAccount>> {
    if let Some(account) = recent.get(&id) {
        return Ok(Some(account));
    }
    let ticket = recent.ticket();
    let loaded = load_signed_in(db, id).await?;
    if let Some(account) = &loaded {
        recent.put(ticket, id, account.clone());
    }
    Ok(loaded)
}

/// A signed-in person as the request context needs them.
#[derive(Clone, Debug)]
pub struct LoadedAccount {
    pub user: SignedIn,
    pub language: String,
    pub plain: bool,
    pub session_epoch: i32,
    /// The name shows on public pages, and an address awaiting confirmation.
    pub show_name: bool,
    pub pending_email: Option<String>,
}

/// The signed-in person with their roles, plus their stored language,
/// plain-language preference and session epoch.
pub async fn load_signed_in(db: &impl ConnectionTrait, id: i32) -> AppResult<Option<LoadedAccount>> {
    // A deleted account is nobody: any session it had ends here.
    let Some(a) = account::Entity::find_by_id(id).one(db).await?.filter(|a| a.deleted_at.is_none()) else { return Ok(None) };
    let roles = forum_role::Entity::find().filter(forum_role::Column::AccountId.eq(id)).all(db).await?;
    let staff_of = office_staff::Entity::find()
        .filter(office_staff::Column::AccountId.eq(id))
        .all(db)
        .await?
        .into_iter()
        .map(|s| s.office_id)
        .collect();
    Ok(Some(LoadedAccount {
        user: SignedIn {
            id: a.id,
            display_name: a.display_name,
            email: a.email,
            is_admin: a.is_admin,
            moderates: roles.iter().filter(|r| r.role == ForumRole::Moderator).map(|r| r.forum_id).collect(),
            member_of: roles.iter().map(|r| r.forum_id).collect(),
            interviews_for: roles.iter().filter(|r| r.role == ForumRole::Interviewer).map(|r| r.forum_id).collect(),
            staff_of,
        },
        language: a.language,
        plain: a.plain_language,
        session_epoch: a.session_epoch,
        show_name: a.show_name,
        pending_email: a.pending_email,
    }))
}

/// An account for someone an admin invites: no usable password until they
/// set one with the mailed link (valid a week); setting it proves the address.
pub async fn invite(db: &impl ConnectionTrait, settings: &Settings, email: &str, display_name: &str) -> AppResult<account::Model> {
    let email = normalise_email(email);
    let mut errors = Vec::new();
    check_email(&email, &mut errors);
    check_name(display_name.trim(), &mut errors);
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors));
    }
    let a = account::ActiveModel {
        email: Set(email),
        display_name: Set(display_name.trim().to_string()),
        // Nobody knows this password: the link sets the real one.
        password_hash: Set(password::hash(&tokens::random_token())),
        language: Set(crate::i18n::DEFAULT_LANGUAGE.into()),
        plain_language: Set(false),
        is_admin: Set(false),
        email_verified_at: Set(None),
        created_at: Set(OffsetDateTime::now_utc()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    let token = tokens::issue(db, a.id, tokens::RESET, Duration::days(INVITE_DAYS)).await?;
    let link = format!("{}/reset?token={token}", settings.base_url);
    enqueue(db, Recipient { email: &a.email, lang: &a.language, plain: a.plain_language }, "invite", &[("name", a.display_name.clone()), ("link", link), ("days", INVITE_DAYS.to_string())]).await?;
    Ok(a)
}

const INVITE_DAYS: i64 = 7;

/// Creates an account that is verified at once (command line and demo data).
pub async fn create_verified(db: &impl ConnectionTrait, email: &str, display_name: &str, password: &str, language: &str, is_admin: bool) -> AppResult<i32> {
    let email = normalise_email(email);
    let mut errors = Vec::new();
    check_email(&email, &mut errors);
    check_name(display_name.trim(), &mut errors);
    check_language(language, &mut errors);
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors));
    }
    if account::Entity::find().filter(account::Column::Email.eq(&email)).one(db).await?.is_some() {
        return Err(AppError::invalid("email", "error-email-taken"));
    }
    let now = OffsetDateTime::now_utc();
    Ok(account::ActiveModel {
        email: Set(email),
        display_name: Set(display_name.trim().to_string()),
        password_hash: Set(password::hash(password)),
        language: Set(language.into()),
        plain_language: Set(false),
        is_admin: Set(is_admin),
        email_verified_at: Set(Some(now)),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?
    .id)
}
