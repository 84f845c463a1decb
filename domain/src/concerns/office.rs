//! What offices do with concerns: their inbox, and the actions of their
//! staff or of an office without accounts through its mailed link (accept,
//! forward, hand back, answer with a status, internal note).
use super::entity::{concern, concern_event, office_link};
use super::service::{as_reference, assign, event, full_text_match, reporter, search_words, text_field, MAX_ANSWER};
use super::status::Status;
use crate::config::Settings;
use crate::error::{AppError, AppResult, FieldError};
use crate::mail::{enqueue, Recipient};
use crate::schema::offices::office;
use crate::schema::routing::routing_rule;
use crate::tokens::digest;
use crate::vocabulary::concern_event::EventKind;
use sea_orm::{entity::prelude::*, ActiveValue::Set, ConnectionTrait, DatabaseConnection, QueryOrder, QuerySelect};
use std::collections::HashMap;
use time::OffsetDateTime;

/// Who acts for an office: a signed-in staff member, or a mailed link.
#[derive(Clone, Debug)]
pub enum OfficeActor {
    Staff { account_id: i32, offices: Vec<i32> },
    Link { office_id: i32, concern_id: i32 },
}

impl OfficeActor {
    fn may_act_on(&self, c: &concern::Model) -> bool {
        match (self, c.office_id) {
            (OfficeActor::Staff { offices, .. }, Some(office)) => offices.contains(&office),
            (OfficeActor::Link { office_id, concern_id }, Some(office)) => *office_id == office && *concern_id == c.id,
            _ => false,
        }
    }

    fn account_id(&self) -> Option<i32> {
        match self {
            OfficeActor::Staff { account_id, .. } => Some(*account_id),
            OfficeActor::Link { .. } => None,
        }
    }

    /// How the audit log names who acted.
    fn role(&self) -> &'static str {
        match self {
            OfficeActor::Staff { .. } => "office",
            OfficeActor::Link { .. } => "office-link",
        }
    }
}

/// Resolves a mailed office link. Forged, expired links and links to a
/// concern that is closed or no longer with that office are refused.
pub async fn office_link_actor(db: &impl ConnectionTrait, token: &str) -> AppResult<(OfficeActor, concern::Model)> {
    let link = office_link::Entity::find()
        .filter(office_link::Column::TokenHash.eq(digest(token)))
        .one(db)
        .await?
        .ok_or(AppError::Refused("error-link-unknown"))?;
    if link.expires_at < OffsetDateTime::now_utc() {
        return Err(AppError::Refused("error-link-expired"));
    }
    let c = concern::Entity::find_by_id(link.concern_id).one(db).await?.ok_or(AppError::NotFound)?;
    if c.office_id != Some(link.office_id) || c.status.is_closed() {
        return Err(AppError::Refused("error-link-used"));
    }
    Ok((OfficeActor::Link { office_id: link.office_id, concern_id: c.id }, c))
}

/// What an office does with a concern.
#[derive(Clone, Debug, PartialEq)]
pub enum OfficeAction {
    Accept,
    Forward { office_id: i32, reason: String },
    HandBack { reason: String },
    SetStatus { status: Status, answer: String },
    Note { body: String },
}

impl OfficeAction {
    /// Parses the office forms: `action` plus the fields of that form.
    pub fn parse(action: &str, get: impl Fn(&str) -> String) -> Result<OfficeAction, Vec<FieldError>> {
        let mut errors = Vec::new();
        let action = match action {
            "accept" => OfficeAction::Accept,
            "forward" => {
                let office_id = get("office").parse::<i32>().ok();
                if office_id.is_none() {
                    errors.push(FieldError::new("office", "error-unknown-office"));
                }
                let reason = text_field(&mut errors, "forward_reason", &get("forward_reason"), 2000, true);
                OfficeAction::Forward { office_id: office_id.unwrap_or_default(), reason: reason.unwrap_or_default() }
            }
            "hand_back" => OfficeAction::HandBack {
                reason: text_field(&mut errors, "handback_reason", &get("handback_reason"), 2000, true).unwrap_or_default(),
            },
            "status" => {
                let new_status = Status::parse(&get("status")).filter(|s| s.is_office_answer());
                if new_status.is_none() {
                    errors.push(FieldError::new("status", "error-unknown-status"));
                }
                let answer = text_field(&mut errors, "answer", &get("answer"), MAX_ANSWER, true).unwrap_or_default();
                // Without a status the errors above refuse the form.
                new_status.map_or(OfficeAction::Accept, |status| OfficeAction::SetStatus { status, answer })
            }
            "note" => OfficeAction::Note { body: text_field(&mut errors, "note", &get("note"), MAX_ANSWER, true).unwrap_or_default() },
            _ => {
                errors.push(FieldError::new("", "error-invalid"));
                OfficeAction::Accept
            }
        };
        if errors.is_empty() { Ok(action) } else { Err(errors) }
    }
}

/// Carries out an office action; every change goes into the timeline, and
/// the reporter hears of public changes.
/// Texts are stored as written in `language`, the language the actor reads
/// Quartier in. Returns the concern's reference and whether it is closed now.
/// Refuses someone who may not work on the concern before any of their
/// input is read (so a refusal never depends on what was typed).
pub async fn check_actor(db: &DatabaseConnection, actor: &OfficeActor, concern_id: i32) -> AppResult<()> {
    let c = concern::Entity::find_by_id(concern_id).one(db).await?.ok_or(AppError::NotFound)?;
    if actor.may_act_on(&c) { Ok(()) } else { Err(AppError::Forbidden) }
}

pub async fn act(db: &DatabaseConnection, settings: &Settings, actor: &OfficeActor, concern_id: i32, action: OfficeAction, language: &str) -> AppResult<(String, bool)> {
    let calendar = &settings.calendar();
    let (txn, _turn) = crate::db::begin_write(db).await?;
    let c = concern::Entity::find_by_id(concern_id).one(&txn).await?.ok_or(AppError::NotFound)?;
    if !actor.may_act_on(&c) {
        return Err(AppError::Forbidden);
    }
    if c.status.is_closed() && !matches!(action, OfficeAction::Note { .. }) {
        return Err(AppError::invalid("", "error-concern-closed"));
    }
    // Accepting what is accepted already changes nothing and logs nothing.
    if matches!(action, OfficeAction::Accept) && c.accepted {
        return Ok((c.reference.unwrap_or_default(), false));
    }
    let current_office = c.office_id.unwrap_or_default();
    let mut e = event(c.id, EventKind::Note);
    e.language = Set(language.to_string());
    e.actor_id = Set(actor.account_id());
    e.office_id = Set(Some(current_office));
    let mut notify_reporter: Option<(&str, String, Option<Status>)> = None;
    let mut closed = false;
    // Old and new value of what the action changed, for the audit log.
    let mut changed: Option<String> = None;
    match action {
        OfficeAction::Accept => {
            let mut m: concern::ActiveModel = c.clone().into();
            m.accepted = Set(true);
            m.updated_at = Set(OffsetDateTime::now_utc());
            m.update(&txn).await?;
            e.kind = Set(EventKind::Accepted);
        }
        OfficeAction::Forward { office_id, reason } => {
            if office_id == current_office {
                return Err(AppError::invalid("office", "error-forward-same-office"));
            }
            let Some(to) = office::Entity::find_by_id(office_id).one(&txn).await? else {
                return Err(AppError::invalid("office", "error-unknown-office"));
            };
            let from = office::Entity::find_by_id(current_office).one(&txn).await?.map(|o| format!("{} {}", o.code, o.name)).unwrap_or_default();
            let days = match c.routing_rule_id {
                Some(r) => routing_rule::Entity::find_by_id(r).one(&txn).await?.map(|r| r.deadline_days),
                None => None,
            }
            .unwrap_or(settings.default_deadline_days);
            assign(&txn, settings, calendar, &c, office_id, c.routing_rule_id, days).await?;
            changed = Some(crate::audit::change("office", &from, &format!("{} {}", to.code, to.name)));
            e.kind = Set(EventKind::Forwarded);
            e.office_id = Set(Some(office_id));
            e.body = Set(Some(reason));
        }
        OfficeAction::HandBack { reason } => {
            let mut m: concern::ActiveModel = c.clone().into();
            m.office_id = Set(None);
            m.deadline = Set(None);
            m.accepted = Set(false);
            m.status = Set(Status::Submitted);
            m.updated_at = Set(OffsetDateTime::now_utc());
            m.update(&txn).await?;
            changed = Some(crate::audit::change("status", c.status.as_str(), Status::Submitted.as_str()));
            e.kind = Set(EventKind::HandedBack);
            e.body = Set(Some(reason));
        }
        OfficeAction::SetStatus { status: new_status, answer } => {
            changed = Some(crate::audit::change("status", c.status.as_str(), new_status.as_str()));
            let mut m: concern::ActiveModel = c.clone().into();
            m.status = Set(new_status);
            m.accepted = Set(true);
            let now = OffsetDateTime::now_utc();
            m.updated_at = Set(now);
            let timing = super::deadlines::Timing::of(&c).after_answer(calendar, c.created_at.date(), c.deadline, new_status, now.date());
            m.answer_days = Set(timing.answer_days);
            m.answered_on_time = Set(timing.answered_on_time);
            m.done_days = Set(timing.done_days);
            m.update(&txn).await?;
            e.kind = Set(EventKind::Answered);
            e.status = Set(Some(new_status));
            e.body = Set(Some(answer.clone()));
            closed = new_status.is_closed();
            notify_reporter = Some(("concern-answered", answer, Some(new_status)));
        }
        OfficeAction::Note { body } => {
            e.kind = Set(EventKind::Note);
            e.public = Set(false);
            e.body = Set(Some(body));
        }
    }
    let kind = *e.kind.as_ref();
    let public_change = match kind {
        EventKind::Accepted => Some("follow-change-accepted"),
        EventKind::Forwarded => Some("follow-change-forwarded"),
        EventKind::HandedBack => Some("follow-change-handed-back"),
        EventKind::Answered => Some("follow-change-answered"),
        _ => None,
    };
    let body = match &e.body {
        sea_orm::ActiveValue::Set(body) | sea_orm::ActiveValue::Unchanged(body) => body.clone(),
        sea_orm::ActiveValue::NotSet => None,
    };
    let detail = match (changed, body) {
        (Some(change), Some(body)) => Some(format!("{change}; {body}")),
        (change, body) => change.or(body),
    };
    e.insert(&txn).await?;
    crate::audit::record(&txn, actor.account_id(), actor.role(), &format!("office-{kind}"), c.reference.as_deref().unwrap_or_default(), detail.as_deref()).await?;
    if let Some(change) = public_change {
        super::participation::notify_followers(&txn, settings, &c, change).await?;
    }
    if let Some((kind, answer, new_status)) = notify_reporter {
        let reference = c.reference.clone().unwrap_or_default();
        if let Some((email, lang, plain)) = reporter(&txn, &c).await? {
            enqueue(
                &txn,
                Recipient { email: &email, lang: &lang, plain },
                kind,
                &[
                    ("reference", reference.clone()),
                    ("title", c.title.clone()),
                    ("answer", answer),
                    // The new status, named in the reporter's language.
                    ("status", new_status.map(|s| crate::i18n::translate(&lang, plain, &format!("status-{s}"))).unwrap_or_default()),
                    ("link", format!("{}/concerns/{reference}", settings.base_url)),
                ],
            )
            .await?;
        }
    }
    txn.commit().await?;
    Ok((c.reference.unwrap_or_default(), closed))
}

/// Why an office handed each of these concerns back, the latest reason
/// per concern, so triage decides with it in view.
pub async fn hand_back_reasons(db: &impl ConnectionTrait, concern_ids: &[i32]) -> AppResult<HashMap<i32, String>> {
    let events = concern_event::Entity::find()
        .filter(concern_event::Column::ConcernId.is_in(concern_ids.to_vec()))
        .filter(concern_event::Column::Kind.eq("handed_back"))
        .order_by_asc(concern_event::Column::Id)
        .all(db)
        .await?;
    Ok(events.into_iter().filter_map(|e| e.body.map(|b| (e.concern_id, b))).collect())
}

/// Which of an office's concerns the inbox shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InboxShow {
    /// Everything the office still has to do (the default).
    Open,
    All,
    Closed,
    Status(Status),
}

impl InboxShow {
    pub fn parse(value: &str) -> InboxShow {
        match value {
            "all" => InboxShow::All,
            "closed" => InboxShow::Closed,
            s => Status::parse(s).map(InboxShow::Status).unwrap_or(InboxShow::Open),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InboxSort {
    /// Most urgent first; concerns without a deadline last.
    Deadline,
    Newest,
}

impl InboxSort {
    pub fn parse(value: &str) -> InboxSort {
        if value == "newest" { InboxSort::Newest } else { InboxSort::Deadline }
    }
}

/// Concerns on one page of the inbox.
pub const INBOX_PAGE: u64 = 50;

/// Page `page` (from 1) of an office's inbox: by default its open work,
/// most urgent first; a search finds a reference number or words of title
/// and text. One concern more than a page when there is a next page.
pub async fn inbox(db: &impl ConnectionTrait, offices: &[i32], show: InboxShow, overdue_only: bool, sort: InboxSort, search: &str, page: u64) -> AppResult<Vec<concern::Model>> {
    let mut q = concern::Entity::find()
        .filter(concern::Column::OfficeId.is_in(offices.to_vec()))
        .limit(INBOX_PAGE + 1)
        .offset(page.clamp(1, 10_000).saturating_sub(1) * INBOX_PAGE);
    q = match sort {
        InboxSort::Deadline => q
            .order_by(concern::Column::Deadline.is_null(), sea_orm::Order::Asc)
            .order_by_asc(concern::Column::Deadline)
            .order_by_desc(concern::Column::Id),
        InboxSort::Newest => q.order_by_desc(concern::Column::Id),
    };
    q = match show {
        InboxShow::Open => q.filter(concern::Column::Status.is_not_in(Status::CLOSED)),
        InboxShow::Closed => q.filter(concern::Column::Status.is_in(Status::CLOSED)),
        InboxShow::All => q,
        InboxShow::Status(s) => q.filter(concern::Column::Status.eq(s)),
    };
    if overdue_only {
        q = q.filter(concern::Column::Deadline.lt(OffsetDateTime::now_utc().date())).filter(concern::Column::Status.is_not_in(Status::CLOSED));
    }
    if let Some(reference) = as_reference(search) {
        q = q.filter(concern::Column::Reference.eq(reference));
    } else {
        let words = search_words(search);
        if !words.is_empty() {
            q = q.filter(full_text_match(db.get_database_backend(), &words));
        }
    }
    Ok(q.all(db).await?)
}

/// How many of an office's concerns are in each status.
pub async fn inbox_counts(db: &impl ConnectionTrait, offices: &[i32]) -> AppResult<Vec<(Status, i64)>> {
    let rows: Vec<(Status, i64)> = concern::Entity::find()
        .select_only()
        .column(concern::Column::Status)
        .column_as(concern::Column::Id.count(), "n")
        .filter(concern::Column::OfficeId.is_in(offices.to_vec()))
        .group_by(concern::Column::Status)
        .into_tuple()
        .all(db)
        .await?;
    Ok(Status::ALL.iter().filter_map(|s| rows.iter().find(|(r, _)| r == s).copied()).collect())
}


#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn office_actions_are_parsed_with_their_fields() {
        let fields = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| pairs.iter().find(|p| p.0 == name).map(|p| p.1.to_string()).unwrap_or_default()
        };
        assert_eq!(OfficeAction::parse("accept", fields(&[])), Ok(OfficeAction::Accept));
        let errors = OfficeAction::parse("forward", fields(&[("office", "x")])).unwrap_err();
        assert_eq!(errors.iter().map(|e| e.field.as_str()).collect::<Vec<_>>(), vec!["office", "forward_reason"]);
        assert_eq!(
            OfficeAction::parse("status", fields(&[("status", "done"), ("answer", "Repariert.")])),
            Ok(OfficeAction::SetStatus { status: Status::Done, answer: "Repariert.".into() })
        );
        assert!(OfficeAction::parse("status", fields(&[("status", "rejected"), ("answer", "x")])).is_err(), "offices do not reject");
        assert!(OfficeAction::parse("delete", fields(&[])).is_err());
    }
}
