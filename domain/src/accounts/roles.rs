//! Role assignments: admin, moderator or member of a forum, staff of an office.
use crate::vocabulary::forum::ForumRole;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Role {
    Admin,
    Forum { forum_id: i32, role: ForumRole },
    Office { office_id: i32 },
}

impl Role {
    /// Parses the admin form's role value: `admin`, `forum:<id>:<role>` or `office:<id>`.
    pub fn parse(value: &str) -> Option<Role> {
        let parts: Vec<&str> = value.split(':').collect();
        match parts.as_slice() {
            ["admin"] => Some(Role::Admin),
            ["forum", id, role] => Some(Role::Forum { forum_id: id.parse().ok()?, role: ForumRole::parse(role)? }),
            ["office", id] => Some(Role::Office { office_id: id.parse().ok()? }),
            _ => None,
        }
    }

    pub fn value(&self) -> String {
        match self {
            Role::Admin => "admin".into(),
            Role::Forum { forum_id, role } => format!("forum:{forum_id}:{role}"),
            Role::Office { office_id } => format!("office:{office_id}"),
        }
    }
}

/// A person and the roles they hold, for the admin's role page.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct PersonRoles {
    pub account_id: i32,
    pub display_name: String,
    pub email: String,
    /// (role value, human-readable place: forum or office name)
    pub roles: Vec<(Role, String)>,
}

#[cfg(feature = "server")]
pub use service::*;

#[cfg(feature = "server")]
mod service {
use super::{PersonRoles, Role};
use crate::schema::accounts::account;
use crate::error::{AppError, AppResult};
use crate::schema::forums::{forum, forum_role};
use crate::schema::offices::{office, office_staff};
use sea_orm::{entity::prelude::*, ActiveValue::Set, ConnectionTrait};
use std::collections::HashMap;

/// Everyone holding a role, or with `only`, that one person.
pub async fn people_with_roles(db: &impl ConnectionTrait, only: Option<i32>) -> AppResult<Vec<PersonRoles>> {
    let forums: HashMap<i32, String> = forum::Entity::find().all(db).await?.into_iter().map(|f| (f.id, f.name)).collect();
    let offices: HashMap<i32, String> =
        office::Entity::find().all(db).await?.into_iter().map(|o| (o.id, format!("{} {}", o.code, o.name))).collect();
    let mut forum_roles = forum_role::Entity::find();
    let mut staff = office_staff::Entity::find();
    let mut admins = account::Entity::find().filter(account::Column::IsAdmin.eq(true));
    if let Some(id) = only {
        forum_roles = forum_roles.filter(forum_role::Column::AccountId.eq(id));
        staff = staff.filter(office_staff::Column::AccountId.eq(id));
        admins = admins.filter(account::Column::Id.eq(id));
    }
    let (forum_roles, staff, admins) = (forum_roles.all(db).await?, staff.all(db).await?, admins.all(db).await?);
    let mut ids: Vec<i32> = forum_roles.iter().map(|r| r.account_id).chain(staff.iter().map(|s| s.account_id)).collect();
    ids.extend(admins.iter().map(|a| a.id));
    let mut accounts = account::Entity::find().filter(account::Column::Id.is_in(ids)).all(db).await?;
    crate::i18n::collate::sort_by_name(&mut accounts, crate::i18n::DEFAULT_LANGUAGE, |a| &a.display_name);
    Ok(accounts
        .into_iter()
        .map(|a| {
            let mut roles = Vec::new();
            if a.is_admin {
                roles.push((Role::Admin, String::new()));
            }
            for r in forum_roles.iter().filter(|r| r.account_id == a.id) {
                roles.push((
                    Role::Forum { forum_id: r.forum_id, role: r.role },
                    forums.get(&r.forum_id).cloned().unwrap_or_default(),
                ));
            }
            for s in staff.iter().filter(|s| s.account_id == a.id) {
                roles.push((Role::Office { office_id: s.office_id }, offices.get(&s.office_id).cloned().unwrap_or_default()));
            }
            PersonRoles { account_id: a.id, display_name: a.display_name, email: a.email, roles }
        })
        .collect())
}

/// People whose name or email contains `query` (any case), with their
/// roles; at most `SEARCH_LIMIT`.
pub async fn search_people(db: &impl ConnectionTrait, query: &str) -> AppResult<Vec<PersonRoles>> {
    use sea_orm::{sea_query::{Expr, ExprTrait, Func}, Condition, QuerySelect};
    let needle = format!("%{}%", query.trim().to_lowercase().replace(['%', '_'], ""));
    let mut found = account::Entity::find()
        .filter(
            Condition::any()
                .add(Expr::expr(Func::lower(Expr::col(account::Column::DisplayName))).like(needle.as_str()))
                .add(Expr::expr(Func::lower(Expr::col(account::Column::Email))).like(needle.as_str())),
        )
        .limit(SEARCH_LIMIT)
        .all(db)
        .await?;
    crate::i18n::collate::sort_by_name(&mut found, crate::i18n::DEFAULT_LANGUAGE, |a| &a.display_name);
    let mut with_roles: HashMap<i32, PersonRoles> = people_with_roles(db, None).await?.into_iter().map(|p| (p.account_id, p)).collect();
    Ok(found
        .into_iter()
        .map(|a| with_roles.remove(&a.id).unwrap_or(PersonRoles { account_id: a.id, display_name: a.display_name, email: a.email, roles: Vec::new() }))
        .collect())
}

pub const SEARCH_LIMIT: u64 = 30;

/// What granting a role did.
#[derive(Debug, PartialEq)]
pub enum Granted {
    /// The person had an account.
    Existing,
    /// A new account was made and a link to set a password mailed.
    Invited,
}

/// Gives the person with this email a role. Without an account, a name
/// invites them: an account is made and a link to set a password mailed.
pub async fn grant(db: &DatabaseConnection, settings: &crate::config::Settings, email: &str, invite_name: &str, role: &Role) -> AppResult<Granted> {
    let email = crate::input::normalise_email(email);
    let (txn, _turn) = crate::db::begin_write(db).await?;
    let found = account::Entity::find().filter(account::Column::Email.eq(&email)).one(&txn).await?;
    let (a, granted) = match found {
        Some(a) => (a, Granted::Existing),
        None if invite_name.trim().is_empty() => return Err(AppError::invalid("name", "error-invite-needs-name")),
        None => (crate::accounts::service::invite(&txn, settings, &email, invite_name).await?, Granted::Invited),
    };
    match role {
        Role::Admin => {
            let mut m: account::ActiveModel = a.into();
            m.is_admin = Set(true);
            m.update(&txn).await?;
        }
        Role::Forum { forum_id, role } => {
            forum::Entity::find_by_id(*forum_id).one(&txn).await?.ok_or_else(|| AppError::invalid("role", "error-unknown-role"))?;
            // One role per person and forum: granting replaces the old one.
            forum_role::Entity::delete_many()
                .filter(forum_role::Column::ForumId.eq(*forum_id))
                .filter(forum_role::Column::AccountId.eq(a.id))
                .exec(&txn)
                .await?;
            let today = time::OffsetDateTime::now_utc().date();
            forum_role::ActiveModel { forum_id: Set(*forum_id), account_id: Set(a.id), role: Set(*role), joined_on: Set(Some(today)) }.insert(&txn).await?;
            crate::statistics::participation::record::joined_forum(&txn, *forum_id, a.id, today).await?;
        }
        Role::Office { office_id } => {
            office::Entity::find_by_id(*office_id).one(&txn).await?.ok_or_else(|| AppError::invalid("role", "error-unknown-role"))?;
            office_staff::Entity::delete_many()
                .filter(office_staff::Column::OfficeId.eq(*office_id))
                .filter(office_staff::Column::AccountId.eq(a.id))
                .exec(&txn)
                .await?;
            office_staff::ActiveModel { office_id: Set(*office_id), account_id: Set(a.id) }.insert(&txn).await?;
        }
    }
    txn.commit().await?;
    Ok(granted)
}

/// Takes a role away. The last admin cannot remove their own admin role, so
/// the platform always keeps one.
pub async fn revoke(db: &DatabaseConnection, account_id: i32, role: &Role) -> AppResult<()> {
    let (txn, _turn) = crate::db::begin_write(db).await?;
    match role {
        Role::Admin => {
            let admins = account::Entity::find().filter(account::Column::IsAdmin.eq(true)).count(&txn).await?;
            if admins <= 1 {
                return Err(AppError::invalid("", "error-last-admin"));
            }
            account::Entity::update_many()
                .col_expr(account::Column::IsAdmin, Expr::value(false))
                .filter(account::Column::Id.eq(account_id))
                .exec(&txn)
                .await?;
        }
        Role::Forum { forum_id, .. } => {
            forum_role::Entity::delete_many()
                .filter(forum_role::Column::ForumId.eq(*forum_id))
                .filter(forum_role::Column::AccountId.eq(account_id))
                .exec(&txn)
                .await?;
        }
        Role::Office { office_id } => {
            office_staff::Entity::delete_many()
                .filter(office_staff::Column::OfficeId.eq(*office_id))
                .filter(office_staff::Column::AccountId.eq(account_id))
                .exec(&txn)
                .await?;
        }
    }
    txn.commit().await?;
    Ok(())
}
}
