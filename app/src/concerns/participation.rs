//! Residents taking part in a concern: "affects me too", following it (mail
//! on every public change), and comments.
use super::entity::{concern, concern_comment, concern_follower, concern_support};
use crate::accounts::entity::account;
use crate::error::{AppError, AppResult, FieldError};
use crate::mail::{enqueue, Recipient};
use crate::state::Settings;
use sea_orm::sea_query::ExprTrait;
use sea_orm::{entity::prelude::*, ActiveValue::Set, ConnectionTrait, DatabaseConnection, QueryOrder};
use time::OffsetDateTime;

pub const MAX_COMMENT: usize = 2000;

async fn published(db: &impl ConnectionTrait, reference: &str) -> AppResult<concern::Model> {
    super::service::by_reference(db, reference).await
}

/// Adds one "affects me too"; a second one from the same person is refused.
pub async fn support(db: &DatabaseConnection, account_id: i32, reference: &str) -> AppResult<()> {
    let txn = crate::db::begin_write(db).await?;
    let c = published(&txn, reference).await?;
    if concern_support::Entity::find_by_id((c.id, account_id)).one(&txn).await?.is_some() {
        return Err(AppError::invalid("", "error-already-supported"));
    }
    concern_support::ActiveModel { concern_id: Set(c.id), account_id: Set(account_id), created_at: Set(OffsetDateTime::now_utc()) }
        .insert(&txn)
        .await?;
    // The count is kept on the concern so lists need no extra query.
    concern::Entity::update_many()
        .col_expr(concern::Column::Supports, Expr::col(concern::Column::Supports).add(1))
        .filter(concern::Column::Id.eq(c.id))
        .exec(&txn)
        .await?;
    txn.commit().await?;
    Ok(())
}

/// Follows or stops following.
pub async fn set_following(db: &DatabaseConnection, account_id: i32, reference: &str, follow: bool) -> AppResult<()> {
    let txn = crate::db::begin_write(db).await?;
    let c = published(&txn, reference).await?;
    let existing = concern_follower::Entity::find_by_id((c.id, account_id)).one(&txn).await?;
    match (follow, existing) {
        (true, None) => {
            concern_follower::ActiveModel { concern_id: Set(c.id), account_id: Set(account_id) }.insert(&txn).await?;
        }
        (false, Some(f)) => {
            concern_follower::Entity::delete_by_id((f.concern_id, f.account_id)).exec(&txn).await?;
        }
        _ => {}
    }
    txn.commit().await?;
    Ok(())
}

pub async fn comment(db: &DatabaseConnection, account_id: i32, reference: &str, body: &str) -> AppResult<()> {
    let body = body.trim();
    if body.is_empty() {
        return Err(AppError::invalid("comment", "error-required"));
    }
    if body.chars().count() > MAX_COMMENT {
        return Err(AppError::Invalid(vec![FieldError::new("comment", "error-too-long").with_arg("max", MAX_COMMENT)]));
    }
    let txn = crate::db::begin_write(db).await?;
    let c = published(&txn, reference).await?;
    concern_comment::ActiveModel {
        concern_id: Set(c.id),
        account_id: Set(account_id),
        body: Set(body.to_string()),
        hidden: Set(false),
        created_at: Set(OffsetDateTime::now_utc()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Visible comments: (author's display name, date, text).
pub async fn comments(db: &impl ConnectionTrait, concern_id: i32) -> AppResult<Vec<(String, String, String)>> {
    let list = concern_comment::Entity::find()
        .filter(concern_comment::Column::ConcernId.eq(concern_id))
        .filter(concern_comment::Column::Hidden.eq(false))
        .order_by_asc(concern_comment::Column::Id)
        .all(db)
        .await?;
    let authors: std::collections::HashMap<i32, String> = account::Entity::find()
        .filter(account::Column::Id.is_in(list.iter().map(|c| c.account_id).collect::<Vec<_>>()))
        .all(db)
        .await?
        .into_iter()
        .map(|a| (a.id, a.display_name))
        .collect();
    Ok(list
        .into_iter()
        .map(|c| (authors.get(&c.account_id).cloned().unwrap_or_default(), c.created_at.date().to_string(), c.body))
        .collect())
}

/// Whether this person supports and follows the concern.
pub async fn my_participation(db: &impl ConnectionTrait, concern_id: i32, account_id: i32) -> AppResult<(bool, bool)> {
    Ok((
        concern_support::Entity::find_by_id((concern_id, account_id)).one(db).await?.is_some(),
        concern_follower::Entity::find_by_id((concern_id, account_id)).one(db).await?.is_some(),
    ))
}

/// Mails every follower about a public change, in their language.
pub async fn notify_followers(db: &impl ConnectionTrait, settings: &Settings, c: &concern::Model, change: &str) -> AppResult<()> {
    let ids: Vec<i32> = concern_follower::Entity::find()
        .filter(concern_follower::Column::ConcernId.eq(c.id))
        .all(db)
        .await?
        .into_iter()
        .map(|f| f.account_id)
        .collect();
    let reference = c.reference.clone().unwrap_or_default();
    for a in account::Entity::find().filter(account::Column::Id.is_in(ids)).all(db).await? {
        let change_text = crate::i18n::translate(&a.language, a.plain_language, change);
        enqueue(
            db,
            Recipient { email: &a.email, lang: &a.language, plain: a.plain_language },
            "concern-followed",
            &[("reference", reference.clone()), ("title", c.title.clone()), ("change", change_text), ("link", format!("{}/concerns/{reference}", settings.base_url))],
        )
        .await?;
    }
    Ok(())
}
