//! Single-use, expiring links for email verification and password reset.
use super::entity::account_token;
use crate::error::AppResult;
use sea_orm::{entity::prelude::*, ActiveValue::Set, ConnectionTrait};
use time::{Duration, OffsetDateTime};

pub const VERIFY: &str = "verify";
pub const RESET: &str = "reset";
pub const EMAIL_CHANGE: &str = "email-change";

pub use crate::tokens::{digest, random_token};

/// Creates a link token and returns the secret part that goes into the mail.
pub async fn issue(db: &impl ConnectionTrait, account_id: i32, purpose: &str, valid_for: Duration) -> AppResult<String> {
    let token = random_token();
    let now = OffsetDateTime::now_utc();
    account_token::ActiveModel {
        account_id: Set(account_id),
        purpose: Set(purpose.to_string()),
        token_hash: Set(digest(&token)),
        expires_at: Set(now + valid_for),
        used_at: Set(None),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(token)
}

/// Why a link does not work.
#[derive(Debug, PartialEq, Eq)]
pub enum TokenProblem {
    Unknown,
    Expired,
    Used,
}

/// Marks a token used and returns its account, or says why it cannot be used.
/// The update is conditional on `used_at` still being empty, so two clicks
/// racing each other cannot both succeed.
pub async fn consume(db: &impl ConnectionTrait, token: &str, purpose: &str) -> AppResult<Result<i32, TokenProblem>> {
    let Some(found) = account_token::Entity::find()
        .filter(account_token::Column::TokenHash.eq(digest(token)))
        .filter(account_token::Column::Purpose.eq(purpose))
        .one(db)
        .await?
    else {
        return Ok(Err(TokenProblem::Unknown));
    };
    if found.used_at.is_some() {
        return Ok(Err(TokenProblem::Used));
    }
    let now = OffsetDateTime::now_utc();
    if found.expires_at < now {
        return Ok(Err(TokenProblem::Expired));
    }
    let updated = account_token::Entity::update_many()
        .col_expr(account_token::Column::UsedAt, Expr::value(now))
        .filter(account_token::Column::Id.eq(found.id))
        .filter(account_token::Column::UsedAt.is_null())
        .exec(db)
        .await?;
    if updated.rows_affected == 0 {
        return Ok(Err(TokenProblem::Used));
    }
    Ok(Ok(found.account_id))
}

/// Whether a token could be used now, without using it (to show the reset form).
pub async fn check(db: &impl ConnectionTrait, token: &str, purpose: &str) -> AppResult<Result<i32, TokenProblem>> {
    let Some(found) = account_token::Entity::find()
        .filter(account_token::Column::TokenHash.eq(digest(token)))
        .filter(account_token::Column::Purpose.eq(purpose))
        .one(db)
        .await?
    else {
        return Ok(Err(TokenProblem::Unknown));
    };
    if found.used_at.is_some() {
        return Ok(Err(TokenProblem::Used));
    }
    if found.expires_at < OffsetDateTime::now_utc() {
        return Ok(Err(TokenProblem::Expired));
    }
    Ok(Ok(found.account_id))
}
