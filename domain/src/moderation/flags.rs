//! Flags and moderators' decisions. Anyone may flag a concern or a comment
//! once, with a reason; enough open flags hide it until a moderator of the
//! forums covering its district hides or restores it with a public reason.
use super::entity::flag;
use crate::vocabulary::concern_event::EventKind;
use crate::schema::concerns::{concern, concern_comment, concern_event};
use crate::error::{AppError, AppResult, FieldError};
use sea_orm::{entity::prelude::*, ActiveValue::Set, ConnectionTrait, DatabaseConnection, QueryOrder, QuerySelect};
use std::collections::{BTreeMap, HashMap};
use time::OffsetDateTime;

pub const MAX_REASON: usize = 500;
pub const CONCERN: &str = "concern";
pub const COMMENT: &str = "comment";

/// The form field holding the reason of a flag; comments have their own,
/// so an error shows at the comment's form and not at the concern's.
pub fn flag_field(comment: bool) -> &'static str {
    if comment { "comment_reason" } else { "reason" }
}

/// The form field holding a moderator's public reason.
pub fn decision_field(comment: bool) -> &'static str {
    if comment { "comment_decision_reason" } else { "decision_reason" }
}

/// A reason is required, for flags and decisions alike.
pub fn reason(field: &str, text: &str) -> AppResult<String> {
    let text = text.trim();
    if text.is_empty() {
        return Err(AppError::invalid(field, "error-required"));
    }
    if text.chars().count() > MAX_REASON {
        return Err(AppError::Invalid(vec![FieldError::new(field, "error-too-long").with_arg("max", MAX_REASON)]));
    }
    Ok(text.to_string())
}

/// Whether `open_flags` reach the threshold that hides an item.
pub fn reaches_threshold(open_flags: u64, threshold: u32) -> bool {
    open_flags >= u64::from(Ord::max(threshold, 1))
}

/// What is flagged or decided on: the concern itself or one of its comments.
async fn target(db: &impl ConnectionTrait, reference: &str, comment: Option<i32>) -> AppResult<(concern::Model, Option<concern_comment::Model>)> {
    let c = crate::concerns::service::by_reference(db, reference).await?;
    let comment = match comment {
        Some(id) => Some(
            concern_comment::Entity::find_by_id(id)
                .filter(concern_comment::Column::ConcernId.eq(c.id))
                .one(db)
                .await?
                .ok_or(AppError::NotFound)?,
        ),
        None => None,
    };
    Ok((c, comment))
}

/// Records a flag. Returns whether the item is hidden now.
pub async fn flag(db: &DatabaseConnection, threshold: u32, reference: &str, comment: Option<i32>, flagger: &str, why: &str) -> AppResult<bool> {
    let field = flag_field(comment.is_some());
    let why = reason(field, why)?;
    let (txn, _turn) = crate::db::begin_write(db).await?;
    let (c, comment) = target(&txn, reference, comment).await?;
    let (kind, id) = match &comment {
        Some(cm) => (COMMENT, cm.id),
        None => (CONCERN, c.id),
    };
    let already = flag::Entity::find()
        .filter(flag::Column::TargetKind.eq(kind))
        .filter(flag::Column::TargetId.eq(id))
        .filter(flag::Column::Flagger.eq(flagger))
        .one(&txn)
        .await?;
    if already.is_some() {
        return Err(AppError::invalid(field, "error-already-flagged"));
    }
    flag::ActiveModel {
        target_kind: Set(kind.into()),
        target_id: Set(id),
        reason: Set(why),
        flagger: Set(flagger.into()),
        created_at: Set(OffsetDateTime::now_utc()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let open = flag::Entity::find()
        .filter(flag::Column::TargetKind.eq(kind))
        .filter(flag::Column::TargetId.eq(id))
        .filter(flag::Column::ResolvedAt.is_null())
        .count(&txn)
        .await?;
    let already_hidden = comment.as_ref().map_or(c.hidden, |cm| cm.hidden);
    let hide = reaches_threshold(open, threshold) && !already_hidden;
    if hide {
        set_hidden(&txn, &c, comment.as_ref(), true, None).await?;
        event(&txn, c.id, if comment.is_some() { EventKind::CommentHiddenPending } else { EventKind::HiddenPending }, None, None, crate::i18n::DEFAULT_LANGUAGE).await?;
    }
    txn.commit().await?;
    Ok(hide || already_hidden)
}

async fn set_hidden(db: &impl ConnectionTrait, c: &concern::Model, comment: Option<&concern_comment::Model>, hidden: bool, why: Option<String>) -> AppResult<()> {
    match comment {
        Some(cm) => {
            let mut m: concern_comment::ActiveModel = cm.clone().into();
            m.hidden = Set(hidden);
            m.hidden_reason = Set(why);
            m.update(db).await?;
        }
        None => {
            let mut m: concern::ActiveModel = c.clone().into();
            m.hidden = Set(hidden);
            m.hidden_reason = Set(why);
            m.update(db).await?;
        }
    }
    Ok(())
}

/// A timeline entry; a moderator's reason is stored as written in `language`.
async fn event(db: &impl ConnectionTrait, concern_id: i32, kind: EventKind, actor: Option<i32>, body: Option<String>, language: &str) -> AppResult<()> {
    concern_event::ActiveModel {
        language: Set(language.into()),
        actor_id: Set(actor),
        body: Set(body),
        ..crate::concerns::service::event(concern_id, kind)
    }
    .insert(db)
    .await?;
    Ok(())
}


/// A moderator hides or restores a concern or comment with a public
/// reason; its open flags are settled and the audit log records it.
#[allow(clippy::too_many_arguments)]
pub async fn decide(db: &DatabaseConnection, settings: &crate::config::Settings, moderator: i32, forum_ids: &[i32], reference: &str, comment: Option<i32>, hide: bool, why: &str, language: &str) -> AppResult<()> {
    let why = reason(decision_field(comment.is_some()), why)?;
    let (txn, _turn) = crate::db::begin_write(db).await?;
    let (c, comment) = target(&txn, reference, comment).await?;
    if !crate::access::covers(&txn, forum_ids, c.district_id).await? {
        return Err(AppError::Forbidden);
    }
    set_hidden(&txn, &c, comment.as_ref(), hide, Some(why.clone())).await?;
    let (kind, id) = match &comment {
        Some(cm) => (COMMENT, cm.id),
        None => (CONCERN, c.id),
    };
    flag::Entity::update_many()
        .col_expr(flag::Column::ResolvedAt, Expr::value(OffsetDateTime::now_utc()))
        .filter(flag::Column::TargetKind.eq(kind))
        .filter(flag::Column::TargetId.eq(id))
        .filter(flag::Column::ResolvedAt.is_null())
        .exec(&txn)
        .await?;
    let action = match (comment.is_some(), hide) {
        (false, true) => EventKind::Hidden,
        (false, false) => EventKind::Restored,
        (true, true) => EventKind::CommentHidden,
        (true, false) => EventKind::CommentRestored,
    };
    event(&txn, c.id, action, Some(moderator), Some(why.clone()), language).await?;
    let target_label = match &comment {
        Some(cm) => format!("{reference} #{}", cm.id),
        None => reference.to_string(),
    };
    crate::audit::record(&txn, Some(moderator), "moderator", &format!("moderation-{action}"), &target_label, Some(&why)).await?;
    if action == EventKind::Hidden {
        crate::concerns::service::tell_reporter(&txn, settings, &c, "concern-hidden", &[("reason", why.clone())]).await?;
    }
    txn.commit().await?;
    Ok(())
}

/// Items with open flags in the districts these forums cover.
pub async fn queue(db: &impl ConnectionTrait, forum_ids: &[i32]) -> AppResult<Vec<super::FlaggedView>> {
    let open = flag::Entity::find().filter(flag::Column::ResolvedAt.is_null()).order_by_asc(flag::Column::Id).limit(500).all(db).await?;
    let mut grouped: BTreeMap<(String, i32), Vec<String>> = BTreeMap::new();
    for f in open {
        grouped.entry((f.target_kind, f.target_id)).or_default().push(f.reason);
    }
    let ids_of = |kind: &str| grouped.keys().filter(|(k, _)| k == kind).map(|(_, id)| *id).collect::<Vec<_>>();
    let comments: HashMap<i32, concern_comment::Model> =
        concern_comment::Entity::find().filter(concern_comment::Column::Id.is_in(ids_of(COMMENT))).all(db).await?.into_iter().map(|c| (c.id, c)).collect();
    let concern_ids: Vec<i32> = ids_of(CONCERN).into_iter().chain(comments.values().map(|c| c.concern_id)).collect();
    let concerns: HashMap<i32, concern::Model> =
        concern::Entity::find().filter(concern::Column::Id.is_in(concern_ids)).all(db).await?.into_iter().map(|c| (c.id, c)).collect();
    let districts = crate::access::moderated_districts(db, forum_ids).await?;
    let mut out = Vec::new();
    for ((kind, id), reasons) in grouped {
        let comment = if kind == COMMENT { comments.get(&id) } else { None };
        let concern_id = comment.map_or(id, |cm| cm.concern_id);
        let Some(c) = concerns.get(&concern_id) else { continue };
        if (kind == COMMENT && comment.is_none()) || districts.as_ref().is_some_and(|d| !d.contains(&c.district_id)) {
            continue;
        }
        out.push(super::FlaggedView {
            reference: c.reference.clone().unwrap_or_default(),
            title: c.title.clone(),
            hidden: comment.map_or(c.hidden, |cm| cm.hidden),
            comment: comment.map(|cm| cm.body.clone()),
            reasons,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_threshold_hides_at_n_open_flags() {
        assert!(!reaches_threshold(2, 3));
        assert!(reaches_threshold(3, 3));
        assert!(reaches_threshold(1, 0), "a threshold of 0 acts as 1");
    }

    #[test]
    fn reasons_are_required_and_bounded() {
        assert!(reason("reason", "  ").is_err());
        assert!(reason("reason", &"x".repeat(MAX_REASON + 1)).is_err());
        assert_eq!(reason("reason", " Beleidigend ").unwrap(), "Beleidigend");
    }
}
