//! Deadlines: when an office's answer is overdue it gets a reminder; after a
//! configurable number of further business days the concern is escalated
//! to the admins and the moderators of the district's forums.
use super::entity::{concern, concern_event};
use crate::vocabulary::concern_event::EventKind;
use super::status::Status;
use crate::schema::accounts::account;
use crate::error::AppResult;
use crate::schema::forums::forum_role;
use crate::mail::{enqueue, Recipient};
use crate::schema::offices::{office, office_staff};
use crate::config::Settings;
use sea_orm::sea_query::{LockBehavior, LockType};
use sea_orm::{entity::prelude::*, ActiveValue::Set, ConnectionTrait, DatabaseConnection, DbBackend, QueryOrder, QuerySelect};
use time::{Date, OffsetDateTime};

/// Statuses in which a concern past its deadline is overdue; the
/// statistics' counters (migration 22) follow the same rule.
pub const OPEN_STATUSES: [Status; 3] = [Status::Open, Status::InProgress, Status::Planned];

/// What one run did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Run {
    pub reminders: usize,
    pub escalations: usize,
}

/// Sends due reminders and escalations as of `today`. Safe to run in several
/// processes at once: on PostgreSQL the rows are claimed with
/// `FOR UPDATE SKIP LOCKED`; SQLite has a single writer anyway.
pub async fn run_once(db: &DatabaseConnection, settings: &Settings, today: Date) -> AppResult<Run> {
    let mut run = Run::default();
    let calendar = settings.calendar();
    let escalate_up_to = calendar.at_least_business_days_before(today, settings.escalate_after_days);
    let (txn, _turn) = crate::db::begin_write(db).await?;
    // Only rows with something to do now, so that reminded concerns still
    // waiting for escalation never crowd out the rest of the batch.
    let mut overdue = concern::Entity::find()
        .filter(concern::Column::Status.is_in(OPEN_STATUSES))
        .filter(concern::Column::OfficeId.is_not_null())
        .filter(concern::Column::Deadline.lt(today))
        .filter(concern::Column::EscalatedAt.is_null())
        .filter(sea_orm::Condition::any().add(concern::Column::RemindedAt.is_null()).add(concern::Column::Deadline.lte(escalate_up_to)))
        .order_by_asc(concern::Column::Deadline)
        .limit(200);
    if db.get_database_backend() == DbBackend::Postgres {
        overdue = overdue.lock_with_behavior(LockType::Update, LockBehavior::SkipLocked);
    }
    let now = OffsetDateTime::now_utc();
    for c in overdue.all(&txn).await? {
        let Some(deadline) = c.deadline else { continue };
        if c.reminded_at.is_none() {
            remind(&txn, settings, &c).await?;
            let mut m: concern::ActiveModel = c.into();
            m.reminded_at = Set(Some(now));
            m.update(&txn).await?;
            run.reminders += 1;
        } else if calendar.business_days_between(deadline, today) >= settings.escalate_after_days {
            escalate(&txn, settings, &c).await?;
            let mut m: concern::ActiveModel = c.into();
            m.escalated_at = Set(Some(now));
            m.update(&txn).await?;
            run.escalations += 1;
        }
    }
    txn.commit().await?;
    Ok(run)
}

/// How long a concern waited for its answers, in business days from the
/// day it was received, kept on the concern for the public statistics.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Timing {
    pub answer_days: Option<i32>,
    pub answered_on_time: Option<bool>,
    pub done_days: Option<i32>,
}

impl Timing {
    /// What the concern holds so far.
    pub fn of(c: &concern::Model) -> Timing {
        Timing { answer_days: c.answer_days, answered_on_time: c.answered_on_time, done_days: c.done_days }
    }

    /// The timing after an office answers with `status` on `day` a concern
    /// received on `received`: the first answer and the first "done" are
    /// kept, later ones change nothing.
    pub fn after_answer(self, calendar: &crate::business_days::Calendar, received: Date, deadline: Option<Date>, status: Status, day: Date) -> Timing {
        let days = |to: Date| i32::try_from(calendar.business_days_between(received, to).max(0)).unwrap_or(i32::MAX);
        let first = self.answer_days.is_none();
        Timing {
            answer_days: self.answer_days.or(Some(days(day))),
            answered_on_time: if first { deadline.map(|deadline| day <= deadline) } else { self.answered_on_time },
            done_days: self.done_days.or((status == Status::Done).then(|| days(day))),
        }
    }
}

fn event(c: &concern::Model, kind: EventKind) -> concern_event::ActiveModel {
    concern_event::ActiveModel { office_id: Set(c.office_id), ..super::service::event(c.id, kind) }
}

fn args(settings: &Settings, c: &concern::Model, office: &str) -> Vec<(&'static str, String)> {
    let reference = c.reference.clone().unwrap_or_default();
    vec![
        ("reference", reference.clone()),
        ("title", c.title.clone()),
        ("office", office.to_string()),
        ("deadline", c.deadline.map(|d| d.to_string()).unwrap_or_default()),
        ("link", format!("{}/concerns/{reference}", settings.base_url)),
    ]
}

async fn remind(db: &impl ConnectionTrait, settings: &Settings, c: &concern::Model) -> AppResult<()> {
    let office_id = c.office_id.unwrap_or_default();
    let office = office::Entity::find_by_id(office_id).one(db).await?;
    let name = office.as_ref().map(|o| o.name.clone()).unwrap_or_default();
    let staff: Vec<i32> = office_staff::Entity::find().filter(office_staff::Column::OfficeId.eq(office_id)).all(db).await?.into_iter().map(|s| s.account_id).collect();
    if staff.is_empty() {
        if let Some(email) = office.and_then(|o| o.contact_email) {
            enqueue(db, Recipient { email: &email, lang: "de", plain: false }, "deadline-reminder", &args(settings, c, &name)).await?;
        }
    } else {
        for a in account::Entity::find().filter(account::Column::Id.is_in(staff)).all(db).await? {
            enqueue(db, Recipient { email: &a.email, lang: &a.language, plain: a.plain_language }, "deadline-reminder", &args(settings, c, &name)).await?;
        }
    }
    event(c, EventKind::Reminder).insert(db).await?;
    Ok(())
}

async fn escalate(db: &impl ConnectionTrait, settings: &Settings, c: &concern::Model) -> AppResult<()> {
    let name = office::Entity::find_by_id(c.office_id.unwrap_or_default()).one(db).await?.map(|o| o.name).unwrap_or_default();
    let forum_ids: Vec<i32> = crate::access::forums_covering(db, c.district_id).await?.into_iter().map(|f| f.id).collect();
    let moderators: Vec<i32> = forum_role::Entity::find()
        .filter(forum_role::Column::ForumId.is_in(forum_ids))
        .filter(forum_role::Column::Role.eq(crate::vocabulary::forum::ForumRole::Moderator))
        .all(db)
        .await?
        .into_iter()
        .map(|r| r.account_id)
        .collect();
    let recipients = account::Entity::find()
        .filter(sea_orm::Condition::any().add(account::Column::IsAdmin.eq(true)).add(account::Column::Id.is_in(moderators)))
        .all(db)
        .await?;
    for a in recipients {
        enqueue(db, Recipient { email: &a.email, lang: &a.language, plain: a.plain_language }, "deadline-escalation", &args(settings, c, &name)).await?;
    }
    event(c, EventKind::Escalated).insert(db).await?;
    Ok(())
}

/// Runs every `interval` until the process ends.
pub async fn run_worker(db: DatabaseConnection, settings: std::sync::Arc<Settings>, interval: std::time::Duration, wakeup: std::sync::Arc<tokio::sync::Notify>) {
    loop {
        let result = run_once(&db, &settings, OffsetDateTime::now_utc().date()).await;
        metrics::counter!("quartier_deadline_runs_total", "outcome" => if result.is_ok() { "ok" } else { "failed" }).increment(1);
        match result {
            Ok(run) if run.reminders + run.escalations > 0 => {
                tracing::info!(reminders = run.reminders, escalations = run.escalations, "deadline check");
                wakeup.notify_one();
            }
            Ok(_) => {}
            Err(e) => tracing::error!(error = %e, "deadline check failed"),
        }
        tokio::time::sleep(interval).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn answers_are_timed_in_business_days_across_a_holiday() {
        let calendar = crate::business_days::Calendar::default();
        // Received on Thursday 2 October 2025; Friday the 3rd is German Unity Day.
        let received = date!(2025 - 10 - 02);
        let deadline = calendar.add_business_days(received, 1);
        assert_eq!(deadline, date!(2025 - 10 - 06));
        let on_monday = Timing::default().after_answer(&calendar, received, Some(deadline), Status::InProgress, date!(2025 - 10 - 06));
        assert_eq!(on_monday, Timing { answer_days: Some(1), answered_on_time: Some(true), done_days: None });
        let on_tuesday = Timing::default().after_answer(&calendar, received, Some(deadline), Status::Planned, date!(2025 - 10 - 07));
        assert_eq!((on_tuesday.answer_days, on_tuesday.answered_on_time), (Some(2), Some(false)));
        // Done a week later: the first answer stays as it was.
        let done = on_monday.after_answer(&calendar, received, Some(deadline), Status::Done, date!(2025 - 10 - 13));
        assert_eq!(done, Timing { answer_days: Some(1), answered_on_time: Some(true), done_days: Some(6) });
        let without_deadline = Timing::default().after_answer(&calendar, received, None, Status::Done, received);
        assert_eq!(without_deadline, Timing { answer_days: Some(0), answered_on_time: None, done_days: Some(0) });
    }
}
