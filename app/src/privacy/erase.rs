//! Deleting an account (GDPR Art. 17). The row stays as a pseudonym
//! (`#<id>`) with nothing personal in it: what the person wrote in public
//! keeps showing, by "a former resident", and their supports stay counted.
//! Name, email, password hash, sessions, follows, roles, tokens and the mails
//! to them go; where their address or name appears in other rows (mails to
//! others, the audit log) it is replaced by the pseudonym. One transaction.
use crate::accounts::entity::{account, account_token};
use crate::audit::entity::audit_log;
use crate::concerns::entity::{concern, concern_follower, email_participation};
use crate::error::{AppError, AppResult};
use crate::forums::entity::forum_role;
use crate::mail::entity::mail_outbox;
use crate::offices::entity::office_staff;
use sea_orm::sea_query::{Expr, Func};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait, IntoActiveModel, PaginatorTrait, QueryFilter};

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

pub async fn delete_account(db: &DatabaseConnection, account_id: i32, by: Requester<'_>) -> AppResult<()> {
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
    // The address and the name where they were written into other rows.
    for needle in [a.email.as_str(), a.display_name.as_str()].into_iter().filter(|n| n.trim().chars().count() >= 3) {
        let like = format!("%{needle}%");
        mail_outbox::Entity::update_many()
            .col_expr(mail_outbox::Column::Body, Func::cust("REPLACE").arg(Expr::col(mail_outbox::Column::Body)).arg(needle).arg(alias.as_str()).into())
            .filter(mail_outbox::Column::Body.like(like.as_str()))
            .exec(&txn)
            .await?;
        audit_log::Entity::update_many()
            .col_expr(audit_log::Column::Detail, Func::cust("REPLACE").arg(Expr::col(audit_log::Column::Detail)).arg(needle).arg(alias.as_str()).into())
            .filter(audit_log::Column::Detail.like(like.as_str()))
            .exec(&txn)
            .await?;
    }
    concern::Entity::update_many()
        .col_expr(concern::Column::AuthorEmail, Expr::value(Option::<String>::None))
        .col_expr(concern::Column::AuthorName, Expr::value(Option::<String>::None))
        .filter(concern::Column::AuthorId.eq(a.id))
        .exec(&txn)
        .await?;
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
    Ok(())
}
