//! Residents taking part in a concern: "affects me too", following it (mail
//! on every public change), and comments.
use super::entity::{concern, concern_comment, concern_follower, concern_support, email_participation};
use crate::schema::accounts::account;
use crate::error::{AppError, AppResult, FieldError};
use crate::mail::{enqueue, Recipient};
use crate::config::Settings;
use crate::statistics::participation::{Person, Taking};
use crate::vocabulary::survey::ResponseChannel;
use sea_orm::sea_query::ExprTrait;
use sea_orm::{entity::prelude::*, ActiveValue::Set, ConnectionTrait, DatabaseConnection, QueryOrder};
use time::OffsetDateTime;

pub const MAX_COMMENT: usize = 2000;

async fn published(db: &impl ConnectionTrait, reference: &str) -> AppResult<concern::Model> {
    super::service::by_reference(db, reference).await
}

/// A report becomes public (signed in, or confirmed by e-mail): it is
/// routed, and its reporter counts as taking part in its district.
pub async fn publish(db: &impl ConnectionTrait, settings: &Settings, calendar: &crate::business_days::Calendar, c: &concern::Model) -> AppResult<()> {
    super::service::route(db, settings, calendar, c).await?;
    let person = match (c.author_id, &c.author_email) {
        (Some(id), _) => Person::Account(id),
        (None, Some(email)) => Person::Email(email.clone()),
        (None, None) => return Ok(()),
    };
    let taking = Taking { person, district_id: c.district_id, forum_id: None, channel: ResponseChannel::Online, on: c.created_at.date() };
    crate::statistics::participation::record::record(db, vec![taking]).await
}

/// Adds one "affects me too"; a second one from the same person is refused.
pub async fn support(db: &DatabaseConnection, account_id: i32, reference: &str) -> AppResult<()> {
    let (txn, _turn) = crate::db::begin_write(db).await?;
    let c = published(&txn, reference).await?;
    if concern_support::Entity::find_by_id((c.id, account_id)).one(&txn).await?.is_some() {
        return Err(AppError::invalid("", "error-already-supported"));
    }
    let now = OffsetDateTime::now_utc();
    concern_support::ActiveModel { concern_id: Set(c.id), account_id: Set(account_id), created_at: Set(now) }.insert(&txn).await?;
    let taking = Taking { person: Person::Account(account_id), district_id: c.district_id, forum_id: None, channel: ResponseChannel::Online, on: now.date() };
    crate::statistics::participation::record::record(&txn, vec![taking]).await?;
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
    let (txn, _turn) = crate::db::begin_write(db).await?;
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

/// Adds a comment, written in `language` (the writer's reading language).
pub async fn comment(db: &DatabaseConnection, account_id: i32, reference: &str, body: &str, language: &str) -> AppResult<()> {
    let body = body.trim();
    if body.is_empty() {
        return Err(AppError::invalid("comment", "error-required"));
    }
    if body.chars().count() > MAX_COMMENT {
        return Err(AppError::Invalid(vec![FieldError::new("comment", "error-too-long").with_arg("max", MAX_COMMENT)]));
    }
    let (txn, _turn) = crate::db::begin_write(db).await?;
    let c = published(&txn, reference).await?;
    concern_comment::ActiveModel {
        concern_id: Set(c.id),
        account_id: Set(account_id),
        body: Set(body.to_string()),
        language: Set(language.to_string()),
        hidden: Set(false),
        created_at: Set(OffsetDateTime::now_utc()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    txn.commit().await?;
    Ok(())
}

/// A concern's comments with their authors' public names, read before the
/// reader's translations are known to be needed (see [`Comments::views`]).
pub struct Comments {
    list: Vec<concern_comment::Model>,
    authors: std::collections::HashMap<i32, crate::accounts::PublicName>,
}

/// The comments on a concern, oldest first, hidden ones included (the page
/// decides what to show); their authors are read only when there are some.
pub async fn comments(db: &impl ConnectionTrait, concern_id: i32) -> AppResult<Comments> {
    let list = concern_comment::Entity::find()
        .filter(concern_comment::Column::ConcernId.eq(concern_id))
        .order_by_asc(concern_comment::Column::Id)
        .all(db)
        .await?;
    let authors = if list.is_empty() {
        Default::default()
    } else {
        account::Entity::find()
            .filter(account::Column::Id.is_in(list.iter().map(|c| c.account_id).collect::<Vec<_>>()))
            .all(db)
            .await?
            .into_iter()
            .map(|a| (a.id, crate::accounts::public_name(&a.display_name, a.show_name, a.deleted_at.is_some())))
            .collect()
    };
    Ok(Comments { list, authors })
}

impl Comments {
    /// The languages the comments were written in.
    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.list.iter().map(|c| c.language.as_str())
    }

    /// The comments for a reader of `lang`, translated where a translation exists.
    pub fn views(self, lang: &str, translations: &std::collections::HashMap<crate::translations::service::Item, crate::schema::translations::content_translation::Model>) -> Vec<super::CommentView> {
        use crate::translations::service::{shown, Item, ItemKind};
        let authors = self.authors;
        self.list
            .into_iter()
            .map(|c| {
                let translation = translations.get(&Item { kind: ItemKind::Comment, id: c.id });
                let body = match translation {
                    Some(t) if c.language != lang => t.body.clone(),
                    _ => c.body,
                };
                super::CommentView {
                    id: c.id,
                    author: authors.get(&c.account_id).cloned().unwrap_or(crate::accounts::PublicName::FormerResident),
                    at: crate::i18n::format::day(c.created_at.date(), lang),
                    body: Some(body),
                    hidden: c.hidden,
                    hidden_reason: c.hidden_reason,
                    shown: shown(&c.language, lang, translation),
                }
            })
            .collect()
    }
}

/// Whether this person supports and follows the concern.
pub async fn my_participation(db: &impl ConnectionTrait, concern: crate::vocabulary::ids::ConcernId, account: crate::vocabulary::ids::AccountId) -> AppResult<(bool, bool)> {
    use sea_orm::sea_query::{Expr, IntoTableRef, Query};
    let (concern_id, account_id) = (concern.0, account.0);
    // One statement for both questions (the concern page asks on every view).
    let row_of = |table: sea_orm::sea_query::TableRef, concern_column: sea_orm::sea_query::SimpleExpr, account_column: sea_orm::sea_query::SimpleExpr| {
        Expr::exists(Query::select().expr(Expr::val(1)).from(table).and_where(concern_column).and_where(account_column).take())
    };
    let query = Query::select()
        .expr_as(row_of(concern_support::Entity.into_table_ref(), concern_support::Column::ConcernId.eq(concern_id), concern_support::Column::AccountId.eq(account_id)), "supports")
        .expr_as(row_of(concern_follower::Entity.into_table_ref(), concern_follower::Column::ConcernId.eq(concern_id), concern_follower::Column::AccountId.eq(account_id)), "follows")
        .take();
    let row = db.query_one(&query).await?.ok_or_else(|| AppError::Internal("no answer to a SELECT".into()))?;
    Ok((row.try_get("", "supports")?, row.try_get("", "follows")?))
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
    let by_email = email_participation::Entity::find()
        .filter(email_participation::Column::ConcernId.eq(c.id))
        .filter(email_participation::Column::Kind.eq(FOLLOW))
        .filter(email_participation::Column::Confirmed.eq(true))
        .all(db)
        .await?;
    for f in by_email {
        let change_text = crate::i18n::translate(&f.language, false, change);
        enqueue(
            db,
            Recipient { email: &f.email, lang: &f.language, plain: false },
            "concern-followed-email",
            &[
                ("reference", reference.clone()),
                ("title", c.title.clone()),
                ("change", change_text),
                ("link", format!("{}/concerns/{reference}", settings.base_url)),
                ("stop", format!("{}/concerns/stop-following?key={}", settings.base_url, f.stop_key)),
            ],
        )
        .await?;
    }
    Ok(())
}

pub const SUPPORT: &str = "support";
pub const FOLLOW: &str = "follow";

/// Someone without an account asks to support or follow a concern: a link
/// is mailed, and only clicking it counts. Asking again mails a new link.
pub async fn request_by_email(db: &DatabaseConnection, settings: &Settings, reference: &str, email: &str, kind: &str, lang: &str, plain: bool) -> AppResult<()> {
    let email = crate::input::normalise_email(email);
    let mut errors = Vec::new();
    crate::input::check_email(&email, &mut errors);
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors));
    }
    if kind != SUPPORT && kind != FOLLOW {
        return Err(AppError::invalid("", "error-invalid"));
    }
    let (txn, _turn) = crate::db::begin_write(db).await?;
    let c = published(&txn, reference).await?;
    if c.hidden {
        return Err(AppError::NotFound);
    }
    let existing = email_participation::Entity::find()
        .filter(email_participation::Column::ConcernId.eq(c.id))
        .filter(email_participation::Column::Email.eq(&email))
        .filter(email_participation::Column::Kind.eq(kind))
        .one(&txn)
        .await?;
    let token = crate::tokens::random_token();
    match existing {
        Some(e) if e.confirmed => {
            return Err(AppError::invalid("email", if kind == SUPPORT { "error-already-supported" } else { "error-already-following" }));
        }
        Some(e) => {
            let mut m: email_participation::ActiveModel = e.into();
            m.token_hash = Set(crate::tokens::digest(&token));
            m.update(&txn).await?;
        }
        None => {
            email_participation::ActiveModel {
                concern_id: Set(c.id),
                email: Set(email.clone()),
                kind: Set(kind.into()),
                language: Set(lang.into()),
                token_hash: Set(crate::tokens::digest(&token)),
                stop_key: Set(crate::tokens::random_token()),
                confirmed: Set(false),
                created_at: Set(OffsetDateTime::now_utc()),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
        }
    }
    let reference = c.reference.clone().unwrap_or_default();
    enqueue(
        &txn,
        Recipient { email: &email, lang, plain },
        &format!("participation-confirm-{kind}"),
        &[("reference", reference), ("title", c.title.clone()), ("link", format!("{}/concerns/participate?token={token}", settings.base_url))],
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// The mailed link was clicked: the support counts, or the mails start.
/// A second click changes nothing. Returns the reference.
pub async fn confirm_by_email(db: &DatabaseConnection, token: &str) -> AppResult<String> {
    let (txn, _turn) = crate::db::begin_write(db).await?;
    let found = email_participation::Entity::find()
        .filter(email_participation::Column::TokenHash.eq(crate::tokens::digest(token)))
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    let c = concern::Entity::find_by_id(found.concern_id).one(&txn).await?.ok_or(AppError::NotFound)?;
    if !found.confirmed {
        let kind = found.kind.clone();
        let mut m: email_participation::ActiveModel = found.into();
        m.confirmed = Set(true);
        m.update(&txn).await?;
        if kind == SUPPORT {
            concern::Entity::update_many()
                .col_expr(concern::Column::Supports, Expr::col(concern::Column::Supports).add(1))
                .filter(concern::Column::Id.eq(c.id))
                .exec(&txn)
                .await?;
        }
    }
    txn.commit().await?;
    Ok(c.reference.unwrap_or_default())
}

/// Stops the mails to an email follower (the key is in every such mail).
pub async fn stop_following(db: &DatabaseConnection, key: &str) -> AppResult<String> {
    let (txn, _turn) = crate::db::begin_write(db).await?;
    let found = email_participation::Entity::find()
        .filter(email_participation::Column::StopKey.eq(key))
        .filter(email_participation::Column::Kind.eq(FOLLOW))
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    let c = concern::Entity::find_by_id(found.concern_id).one(&txn).await?.ok_or(AppError::NotFound)?;
    email_participation::Entity::delete_by_id(found.id).exec(&txn).await?;
    txn.commit().await?;
    Ok(c.reference.unwrap_or_default())
}
