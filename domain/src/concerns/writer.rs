//! Reports without photos are written in batches: while one transaction is
//! being written, the next reports queue up and then go to the database
//! together, with one statement per table for the whole batch instead of
//! six per report. If anything in a batch fails (a double submit racing
//! its twin, say), it is rolled back and every report in it is written
//! alone, exactly as without batching.
use super::entity::{concern, concern_event};
use super::service::{self, Report, Reported};
use crate::error::{AppError, AppResult};
use crate::schema::mail::mail_outbox;
use crate::config::Settings;
use super::service::Reporter;
use sea_orm::{entity::prelude::*, ActiveValue::Set, ConnectionTrait, DatabaseConnection};
use std::collections::HashMap;
use std::sync::Arc;
use time::OffsetDateTime;
use tokio::sync::{mpsc, oneshot};

struct Job {
    reporter: Reporter,
    report: Report,
    reply: oneshot::Sender<AppResult<Reported>>,
}

/// The queue in front of the batch writer; cloned into every request.
#[derive(Clone)]
pub struct ReportWriter(mpsc::UnboundedSender<Job>);

impl ReportWriter {
    /// Whether the writer task still takes work (for `/readyz`).
    pub fn is_running(&self) -> bool {
        !self.0.is_closed()
    }

    /// Starts the writer task (inside the server's runtime).
    pub fn start(db: DatabaseConnection, settings: Arc<Settings>) -> ReportWriter {
        let queue_db = db.clone();
        ReportWriter(crate::db::batch_queue(&queue_db, "reports", move |_, batch| write(db.clone(), settings.clone(), batch)))
    }

    /// Queues a checked report (no photos) and waits for its outcome.
    pub async fn submit(&self, reporter: Reporter, report: Report) -> AppResult<Reported> {
        let (reply, outcome) = oneshot::channel();
        self.0.send(Job { reporter, report, reply }).map_err(|_| AppError::Internal("report writer stopped".into()))?;
        outcome.await.map_err(|_| AppError::Internal("report writer dropped a report".into()))?
    }
}

async fn write(db: DatabaseConnection, settings: Arc<Settings>, batch: Vec<Job>) {
    if batch.len() > 1 {
        match write_batch(&db, &settings, &batch).await {
            Ok(outcomes) => {
                for (job, outcome) in batch.into_iter().zip(outcomes) {
                    let _ = job.reply.send(Ok(outcome));
                }
                return;
            }
            Err(e) => tracing::debug!(error = %e, size = batch.len(), "a batch of reports failed; writing them one by one"),
        }
    }
    // Alone, or after a failed batch: with the checks of a single report
    // (a second send of a form finds the first concern).
    for job in batch {
        let outcome = service::report(&db, &settings, &job.reporter, job.report, Vec::new()).await;
        let _ = job.reply.send(outcome);
    }
}

/// The reference number of a concern, computed by the database from its id
/// for the rows of one batch (both backends pad to at least six digits).
fn reference_sql(backend: sea_orm::DbBackend, year: i32, ids: &[i32]) -> String {
    let list = ids.iter().map(i32::to_string).collect::<Vec<_>>().join(",");
    let number = match backend {
        sea_orm::DbBackend::Postgres => "CASE WHEN id < 1000000 THEN lpad(id::text, 6, '0') ELSE id::text END".to_string(),
        _ => "printf('%06d', id)".to_string(),
    };
    format!("UPDATE concern SET reference = 'Q-{year}-' || {number} WHERE id IN ({list})")
}

/// Writes every report of the batch in one transaction, or none.
async fn write_batch(db: &DatabaseConnection, settings: &Settings, batch: &[Job]) -> AppResult<Vec<Reported>> {
    let calendar = settings.calendar();
    let now = OffsetDateTime::now_utc();
    let tokens: Vec<Option<String>> = batch.iter().map(|j| service::confirm_token(&j.reporter)).collect();
    let rows = batch.iter().zip(&tokens).map(|(j, token)| service::report_row(&j.reporter, &j.report, token.as_deref(), now));

    let (txn, _turn) = crate::db::begin_write(db).await?;
    concern::Entity::insert_many(rows).exec(&txn).await?;
    let keys: Vec<String> = batch.iter().map(|j| j.report.submission_key.clone()).collect();
    let stored: HashMap<String, concern::Model> =
        concern::Entity::find().filter(concern::Column::SubmissionKey.is_in(keys)).all(&txn).await?.into_iter().map(|c| (c.submission_key.clone(), c)).collect();
    let ids: Vec<i32> = stored.values().map(|c| c.id).collect();
    txn.execute_unprepared(&reference_sql(txn.get_database_backend(), now.year(), &ids)).await?;

    // "Submitted" comes first in every timeline, before any routing entry.
    let events = stored.values().map(|c| concern_event::ActiveModel {
        created_at: Set(now),
        ..super::service::event(c.id, crate::vocabulary::concern_event::EventKind::Submitted)
    });
    concern_event::Entity::insert_many(events).exec(&txn).await?;

    let mut mails: Vec<mail_outbox::ActiveModel> = Vec::with_capacity(batch.len());
    let mut outcomes = Vec::with_capacity(batch.len());
    for (job, token) in batch.iter().zip(&tokens) {
        let mut c = stored.get(&job.report.submission_key).cloned().ok_or(AppError::Internal("a batched report went missing".into()))?;
        let reference = service::reference(c.id, now.year());
        c.reference = Some(reference.clone());
        if job.reporter.user.is_some() {
            super::participation::publish(&txn, settings, &calendar, &c).await?;
        }
        mails.push(service::report_mail(settings, &job.reporter, &job.report, &reference, token.as_deref()));
        outcomes.push(Reported { reference, published: job.reporter.user.is_some() });
    }
    mail_outbox::Entity::insert_many(mails).exec(&txn).await?;
    txn.commit().await?;
    Ok(outcomes)
}

#[cfg(test)]
mod tests {
    #[test]
    fn references_are_computed_for_the_batch() {
        let sqlite = super::reference_sql(sea_orm::DbBackend::Sqlite, 2026, &[7, 12]);
        assert_eq!(sqlite, "UPDATE concern SET reference = 'Q-2026-' || printf('%06d', id) WHERE id IN (7,12)");
        let pg = super::reference_sql(sea_orm::DbBackend::Postgres, 2026, &[7]);
        assert!(pg.contains("lpad(id::text, 6, '0')") && pg.ends_with("WHERE id IN (7)"));
    }
}
