use super::entity::{forum, forum_district, forum_role};
use super::{ForumInfo, ForumSummary};
use crate::schema::accounts::account;
use crate::schema::districts::district;
use crate::error::{AppError, AppResult, FieldError};
use crate::vocabulary::forum::{ForumKind, ForumRole};
use crate::vocabulary::ids::{AccountId, ForumId};
use sea_orm::{entity::prelude::*, ActiveValue::Set, ConnectionTrait, DatabaseConnection, QueryOrder};
use std::collections::HashMap;

pub async fn list(db: &impl ConnectionTrait) -> AppResult<Vec<ForumSummary>> {
    let districts: HashMap<i32, String> =
        district::Entity::find().all(db).await?.into_iter().map(|d| (d.id, d.name)).collect();
    let links = forum_district::Entity::find().all(db).await?;
    let roles = forum_role::Entity::find().all(db).await?;
    let mut forums = forum::Entity::find().all(db).await?;
    crate::i18n::collate::sort_by_name(&mut forums, crate::i18n::DEFAULT_LANGUAGE, |f| &f.name);
    Ok(forums
        .into_iter()
        .map(|f| {
            let mut ds: Vec<(i32, String)> = links
                .iter()
                .filter(|l| l.forum_id == f.id)
                .filter_map(|l| districts.get(&l.district_id).map(|n| (l.district_id, n.clone())))
                .collect();
            crate::i18n::collate::sort_by_name(&mut ds, crate::i18n::DEFAULT_LANGUAGE, |d| &d.1);
            ForumSummary {
                members: roles.iter().filter(|r| r.forum_id == f.id).count() as i64,
                districts: ds,
                id: f.id,
                name: f.name,
                kind: f.kind,
                description: f.description,
                covers_all_districts: f.covers_all_districts,
            }
        })
        .collect())
}

pub async fn get(db: &impl ConnectionTrait, id: i32) -> AppResult<ForumSummary> {
    list(db).await?.into_iter().find(|f| f.id == id).ok_or(AppError::NotFound)
}

pub async fn detail(db: &impl ConnectionTrait, id: i32, viewer: Option<i32>) -> AppResult<ForumInfo> {
    let forum = get(db, id).await?;
    let moderator_ids: Vec<i32> = forum_role::Entity::find()
        .filter(forum_role::Column::ForumId.eq(id))
        .filter(forum_role::Column::Role.eq(crate::vocabulary::forum::ForumRole::Moderator))
        .all(db)
        .await?
        .into_iter()
        .map(|r| r.account_id)
        .collect();
    let moderators = account::Entity::find()
        .filter(account::Column::Id.is_in(moderator_ids))
        .order_by_asc(account::Column::DisplayName)
        .all(db)
        .await?
        .into_iter()
        .map(|a| a.display_name)
        .collect();
    let my_role = match viewer {
        Some(account) => role_of(db, id, account).await?,
        None => None,
    };
    Ok(ForumInfo { forum, moderators, my_role })
}

async fn role_of(db: &impl ConnectionTrait, forum_id: i32, account_id: i32) -> AppResult<Option<ForumRole>> {
    Ok(forum_role::Entity::find()
        .filter(forum_role::Column::ForumId.eq(forum_id))
        .filter(forum_role::Column::AccountId.eq(account_id))
        .one(db)
        .await?
        .map(|r| r.role))
}

/// A resident joins a forum as a member. Someone with a role keeps it.
pub async fn join(db: &DatabaseConnection, account: AccountId, forum: ForumId) -> AppResult<()> {
    let (account_id, forum_id) = (account.0, forum.0);
    let (txn, _turn) = crate::db::begin_write(db).await?;
    get(&txn, forum_id).await?;
    if role_of(&txn, forum_id, account_id).await?.is_none() {
        let today = time::OffsetDateTime::now_utc().date();
        forum_role::ActiveModel {
            forum_id: Set(forum_id),
            account_id: Set(account_id),
            role: Set(crate::vocabulary::forum::ForumRole::Member),
            joined_on: Set(Some(today)),
        }
        .insert(&txn)
        .await?;
        crate::statistics::participation::record::joined_forum(&txn, forum_id, account_id, today).await?;
    }
    txn.commit().await?;
    Ok(())
}

/// A member leaves. Moderators and interviewers are taken off by an admin,
/// so a forum is not left without its moderation by one click.
pub async fn leave(db: &DatabaseConnection, account: AccountId, forum: ForumId) -> AppResult<()> {
    let (account_id, forum_id) = (account.0, forum.0);
    let (txn, _turn) = crate::db::begin_write(db).await?;
    forum_role::Entity::delete_many()
        .filter(forum_role::Column::ForumId.eq(forum_id))
        .filter(forum_role::Column::AccountId.eq(account_id))
        .filter(forum_role::Column::Role.eq(crate::vocabulary::forum::ForumRole::Member))
        .exec(&txn)
        .await?;
    txn.commit().await?;
    Ok(())
}

pub const MAX_CONTACT_MESSAGE: usize = 2000;

/// A message to a forum's moderators, by mail; their addresses stay
/// hidden, the sender's address is given for the reply.
pub async fn contact(db: &DatabaseConnection, forum_id: i32, from: &str, message: &str) -> AppResult<()> {
    let from = crate::input::normalise_email(from);
    let message = message.trim();
    let mut errors = Vec::new();
    crate::input::check_email(&from, &mut errors);
    if message.is_empty() {
        errors.push(FieldError::new("message", "error-required"));
    } else if message.chars().count() > MAX_CONTACT_MESSAGE {
        errors.push(FieldError::new("message", "error-too-long").with_arg("max", MAX_CONTACT_MESSAGE));
    }
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors));
    }
    let (txn, _turn) = crate::db::begin_write(db).await?;
    let forum = get(&txn, forum_id).await?;
    let ids: Vec<i32> = forum_role::Entity::find()
        .filter(forum_role::Column::ForumId.eq(forum_id))
        .filter(forum_role::Column::Role.eq(crate::vocabulary::forum::ForumRole::Moderator))
        .all(&txn)
        .await?
        .into_iter()
        .map(|r| r.account_id)
        .collect();
    let moderators = account::Entity::find().filter(account::Column::Id.is_in(ids)).all(&txn).await?;
    if moderators.is_empty() {
        return Err(AppError::invalid("", "forum-contact-nobody"));
    }
    for m in moderators {
        crate::mail::enqueue(
            &txn,
            crate::mail::Recipient { email: &m.email, lang: &m.language, plain: m.plain_language },
            "forum-contact",
            &[("name", m.display_name.clone()), ("forum", forum.name.clone()), ("from", from.clone()), ("message", message.to_string())],
        )
        .await?;
    }
    txn.commit().await?;
    Ok(())
}

#[derive(Clone, Debug, PartialEq)]
pub struct ForumInput {
    pub name: String,
    pub kind: ForumKind,
    pub description: String,
    pub covers_all_districts: bool,
    pub district_ids: Vec<i32>,
}

pub fn validate(name: &str, kind: &str, description: &str, all: bool, districts: &[&str]) -> Result<ForumInput, Vec<FieldError>> {
    let mut errors = Vec::new();
    let name = name.trim().to_string();
    if name.is_empty() {
        errors.push(FieldError::new("name", "error-required"));
    } else if name.chars().count() > 200 {
        errors.push(FieldError::new("name", "error-too-long").with_arg("max", 200));
    }
    let kind = ForumKind::parse(kind);
    if kind.is_none() {
        errors.push(FieldError::new("kind", "error-forum-kind"));
    }
    let description = description.trim().to_string();
    if description.chars().count() > 2000 {
        errors.push(FieldError::new("description", "error-too-long").with_arg("max", 2000));
    }
    let district_ids: Vec<i32> = districts.iter().filter_map(|d| d.parse().ok()).collect();
    if district_ids.len() != districts.len() {
        errors.push(FieldError::new("districts", "error-unknown-district"));
    }
    if !all && district_ids.is_empty() {
        errors.push(FieldError::new("districts", "error-forum-no-districts"));
    }
    match kind {
        Some(kind) if errors.is_empty() => Ok(ForumInput { name, kind, description, covers_all_districts: all, district_ids }),
        _ => Err(errors),
    }
}

pub async fn save(db: &DatabaseConnection, existing: Option<i32>, input: ForumInput) -> AppResult<i32> {
    let (txn, _turn) = crate::db::begin_write(db).await?;
    let mut clash = forum::Entity::find().filter(forum::Column::Name.eq(&input.name));
    if let Some(id) = existing {
        clash = clash.filter(forum::Column::Id.ne(id));
    }
    if clash.one(&txn).await?.is_some() {
        return Err(AppError::invalid("name", "error-name-taken"));
    }
    let known = district::Entity::find().filter(district::Column::Id.is_in(input.district_ids.clone())).count(&txn).await?;
    if known as usize != input.district_ids.len() {
        return Err(AppError::invalid("districts", "error-unknown-district"));
    }
    let mut m: forum::ActiveModel = match existing {
        Some(id) => forum::Entity::find_by_id(id).one(&txn).await?.ok_or(AppError::NotFound)?.into(),
        None => <forum::ActiveModel as Default>::default(),
    };
    m.name = Set(input.name);
    m.kind = Set(input.kind);
    m.description = Set(input.description);
    m.covers_all_districts = Set(input.covers_all_districts);
    let id = m.save(&txn).await?.id.unwrap();
    forum_district::Entity::delete_many().filter(forum_district::Column::ForumId.eq(id)).exec(&txn).await?;
    for district_id in input.district_ids {
        forum_district::ActiveModel { forum_id: Set(id), district_id: Set(district_id) }.insert(&txn).await?;
    }
    txn.commit().await?;
    Ok(id)
}

/// People with a role in a forum: (account id, display name, email, role).
pub async fn people(db: &impl ConnectionTrait, forum_id: i32) -> AppResult<Vec<(i32, String, String, ForumRole)>> {
    let roles = forum_role::Entity::find().filter(forum_role::Column::ForumId.eq(forum_id)).all(db).await?;
    let accounts: HashMap<i32, account::Model> = account::Entity::find()
        .filter(account::Column::Id.is_in(roles.iter().map(|r| r.account_id).collect::<Vec<_>>()))
        .all(db)
        .await?
        .into_iter()
        .map(|a| (a.id, a))
        .collect();
    let mut out: Vec<_> = roles
        .into_iter()
        .filter_map(|r| accounts.get(&r.account_id).map(|a| (a.id, a.display_name.clone(), a.email.clone(), r.role)))
        .collect();
    out.sort_by(|a, b| a.3.as_str().cmp(b.3.as_str()).then_with(|| crate::i18n::collate::compare(crate::i18n::DEFAULT_LANGUAGE, &a.1, &b.1)));
    Ok(out)
}
