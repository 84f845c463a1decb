//! The audit log's entries: who did what to which record.
#[cfg(feature = "server")]
pub use crate::schema::audit as entity;

/// The detail of a changed value: what changed, its old and its new value.
/// One format for every entry, so admins read old and new the same way.
pub fn change(what: &str, old: &str, new: &str) -> String {
    let show = |v: &str| if v.is_empty() { "–".to_string() } else { format!("«{v}»") };
    format!("{what}: {} → {}", show(old), show(new))
}

/// Fields of a record as (name, value), before or after an admin's change.
pub type Snapshot = Vec<(&'static str, String)>;

/// The fields that changed, old and new: "name: «A» → «B»; code: …".
/// A new record has no "before"; its fields are listed with their values.
pub fn diff(before: Option<&Snapshot>, after: &Snapshot) -> String {
    after
        .iter()
        .filter_map(|(field, new)| {
            let old = before.and_then(|b| b.iter().find(|(f, _)| f == field)).map(|(_, v)| v.as_str()).unwrap_or("");
            (old != new.as_str()).then(|| change(field, old, new))
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// Writes one entry, inside the transaction of the action it records.
#[cfg(feature = "server")]
pub async fn record(
    db: &impl sea_orm::ConnectionTrait,
    actor_id: Option<i32>,
    role: &str,
    action: &str,
    target: &str,
    detail: Option<&str>,
) -> crate::error::AppResult<()> {
    use sea_orm::{ActiveModelTrait, ActiveValue::Set};
    entity::audit_log::ActiveModel {
        actor_id: Set(actor_id),
        actor_role: Set(role.into()),
        action: Set(action.into()),
        target: Set(target.chars().take(80).collect()),
        detail: Set(detail.map(|d| d.chars().take(2000).collect())),
        created_at: Set(time::OffsetDateTime::now_utc()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}
