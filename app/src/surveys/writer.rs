//! Online and interview responses are written in batches: while one batch
//! is being written, the next ones queue up and then go to the database
//! together: one statement per table for the whole batch instead of one
//! per response. Each response keeps its own outcome (stored, stored
//! before, code used, …). If anything goes wrong in a batch, it is rolled
//! back and every response in it is written alone, as without batching.
use super::entity::{survey_answer, survey_code, survey_participant, survey_response};
use super::model::Survey;
use super::responses::{self, add_to_tally, Access, Channel, Stored, Submission, TallyKey};
use crate::error::{AppError, AppResult};
use sea_orm::sea_query::{ExprTrait, OnConflict};
use sea_orm::{entity::prelude::*, ActiveValue::Set, DatabaseConnection};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::Arc;
use time::OffsetDateTime;
use tokio::sync::{mpsc, oneshot};

struct Job {
    survey: Arc<Survey>,
    sub: Submission,
    who: Access,
    reply: oneshot::Sender<AppResult<Stored>>,
}

/// The queue in front of the batch writer; cloned into every request.
#[derive(Clone)]
pub struct ResponseWriter(mpsc::UnboundedSender<Job>);

impl ResponseWriter {
    /// Starts the writer task (inside the server's runtime).
    pub fn start(db: DatabaseConnection) -> ResponseWriter {
        let queue_db = db.clone();
        ResponseWriter(crate::db::batch_queue(&queue_db, move |worker, batch| write(db.clone(), worker, batch)))
    }

    /// Checks who answers and the answers' frame (language, district), then
    /// queues the response and waits for its outcome.
    pub async fn submit(&self, db: &DatabaseConnection, survey: Arc<Survey>, sub: Submission) -> AppResult<Stored> {
        let who = responses::check(&survey, &sub, OffsetDateTime::now_utc())?;
        if matches!(sub.channel, Channel::Paper { .. }) {
            return responses::store_checked(db, &survey, sub, who).await;
        }
        let (reply, outcome) = oneshot::channel();
        self.0.send(Job { survey, sub, who, reply }).map_err(|_| AppError::Internal("response writer stopped".into()))?;
        outcome.await.map_err(|_| AppError::Internal("response writer dropped a response".into()))?
    }
}

/// Writes one batch (a batch of one too, so that it counts in the
/// worker's own tally rows) and tells each response its outcome.
async fn write(db: DatabaseConnection, worker: i32, batch: Vec<Job>) {
    let started = std::time::Instant::now();
    match write_batch(&db, worker, &batch).await {
        Ok(outcomes) => {
            tracing::debug!(size = batch.len(), micros = started.elapsed().as_micros() as u64, "batch of responses written");
            for (job, outcome) in batch.into_iter().zip(outcomes) {
                let _ = job.reply.send(outcome.map_err(Refused::error));
            }
        }
        Err(e) => {
            tracing::warn!(error = %e, size = batch.len(), "a batch of responses failed; writing them one by one");
            for job in batch {
                let outcome = responses::store_checked(&db, &job.survey, job.sub, job.who).await;
                let _ = job.reply.send(outcome);
            }
        }
    }
}

/// Why one response of a batch was not stored.
#[derive(Clone, Copy, Debug)]
enum Refused {
    CodeUnknown,
    CodeOther,
    CodeUsed,
    Answered,
}

impl Refused {
    fn error(self) -> AppError {
        match self {
            Refused::CodeUnknown => AppError::invalid("code", "survey-error-code-unknown"),
            Refused::CodeOther => AppError::invalid("code", "survey-error-code-other"),
            Refused::CodeUsed => AppError::invalid("code", "survey-error-code-used"),
            Refused::Answered => AppError::invalid("", "survey-error-answered"),
        }
    }
}

async fn write_batch(db: &DatabaseConnection, worker: i32, batch: &[Job]) -> AppResult<Vec<Result<Stored, Refused>>> {
    let now = OffsetDateTime::now_utc();
    let (txn, _turn) = crate::db::begin_write(db).await?;
    let mut outcomes: Vec<Option<Result<Stored, Refused>>> = vec![None; batch.len()];
    let keys: Vec<String> = batch.iter().map(|j| j.sub.submission_key.trim().to_string()).collect();

    // A form sent twice within this batch shares the first copy's outcome.
    let mut first_copy: HashMap<String, usize> = HashMap::new();
    let mut copy_of: HashMap<usize, usize> = HashMap::new();
    for (i, key) in keys.iter().enumerate() {
        match first_copy.get(key) {
            Some(first) => {
                copy_of.insert(i, *first);
                outcomes[i] = Some(Ok(Stored::Again));
            }
            None => {
                first_copy.insert(key.clone(), i);
            }
        }
    }

    // Access codes: one statement per survey marks the unused ones.
    let mut code_ids: HashMap<usize, i32> = HashMap::new();
    let mut by_survey: BTreeMap<i32, Vec<(usize, String)>> = BTreeMap::new();
    let mut codes_seen = HashSet::new();
    for (i, job) in batch.iter().enumerate() {
        if let (None, Access::Code(code)) = (&outcomes[i], &job.who) {
            if codes_seen.insert(code.clone()) {
                by_survey.entry(job.survey.id).or_default().push((i, code.clone()));
            } else {
                outcomes[i] = Some(Err(Refused::CodeUsed));
            }
        }
    }
    for (survey_id, wanted) in by_survey {
        // `survey_id + 0` keeps SQLite seeking each code in its unique index:
        // from four codes on, its planner would rather walk every code of the
        // survey through (survey_id, email_digest), which took 30 ms a batch
        // with 80,000 codes.
        let marked: HashMap<String, i32> = survey_code::Entity::update_many()
            .col_expr(survey_code::Column::Used, Expr::value(true))
            .filter(Expr::col(survey_code::Column::SurveyId).add(0).eq(survey_id))
            .filter(survey_code::Column::Used.eq(false))
            .filter(survey_code::Column::Code.is_in(wanted.iter().map(|(_, c)| c.clone())))
            .exec_with_returning(&txn)
            .await?
            .into_iter()
            .map(|c| (c.code, c.id))
            .collect();
        let missing: Vec<String> = wanted.iter().filter(|(_, c)| !marked.contains_key(c)).map(|(_, c)| c.clone()).collect();
        let found: HashMap<String, survey_code::Model> = if missing.is_empty() {
            HashMap::new()
        } else {
            survey_code::Entity::find().filter(survey_code::Column::Code.is_in(missing)).all(&txn).await?.into_iter().map(|c| (c.code.clone(), c)).collect()
        };
        for (i, code) in wanted {
            match marked.get(&code) {
                Some(id) => {
                    code_ids.insert(i, *id);
                }
                None => {
                    outcomes[i] = Some(Err(match found.get(&code) {
                        None => Refused::CodeUnknown,
                        Some(c) if c.survey_id != survey_id => Refused::CodeOther,
                        Some(_) => Refused::CodeUsed,
                    }))
                }
            }
        }
    }

    // Accounts answer once: the participation rows that go in count.
    let mut people: Vec<(usize, i32, i32)> = Vec::new();
    let mut people_seen = HashSet::new();
    for (i, job) in batch.iter().enumerate() {
        if let (None, Access::Account(account)) = (&outcomes[i], &job.who) {
            if people_seen.insert((job.survey.id, *account)) {
                people.push((i, job.survey.id, *account));
            } else {
                outcomes[i] = Some(Err(Refused::Answered));
            }
        }
    }
    if !people.is_empty() {
        // Seeks in the primary key (survey_id, account_id); a batch holds
        // one survey's responses as a rule.
        let surveys: HashSet<i32> = people.iter().map(|p| p.1).collect();
        let already: HashSet<(i32, i32)> = survey_participant::Entity::find()
            .filter(survey_participant::Column::SurveyId.is_in(surveys))
            .filter(survey_participant::Column::AccountId.is_in(people.iter().map(|p| p.2)))
            .all(&txn)
            .await?
            .into_iter()
            .map(|p| (p.survey_id, p.account_id))
            .collect();
        let mut rows = Vec::new();
        for (i, survey_id, account) in &people {
            if already.contains(&(*survey_id, *account)) {
                outcomes[*i] = Some(Err(Refused::Answered));
            } else {
                rows.push(survey_participant::ActiveModel { survey_id: Set(*survey_id), account_id: Set(*account) });
            }
        }
        if !rows.is_empty() {
            survey_participant::Entity::insert_many(rows).exec_without_returning(&txn).await?;
        }
    }

    // The responses that go in, in one statement; their ids come back in order.
    let going: Vec<usize> = (0..batch.len()).filter(|i| outcomes[*i].is_none()).collect();
    if !going.is_empty() {
        let rows: Vec<survey_response::ActiveModel> = going
            .iter()
            .map(|i| {
                let job = &batch[*i];
                let anonymous = job.survey.anonymous;
                survey_response::ActiveModel {
                    survey_id: Set(job.survey.id),
                    language: Set(job.sub.language.clone()),
                    plain: Set(job.sub.plain),
                    channel: Set(job.sub.channel.name().into()),
                    district_id: Set(job.sub.district),
                    respondent_id: Set(match job.who {
                        Access::Account(a) if !anonymous => Some(a),
                        _ => None,
                    }),
                    code_id: Set(code_ids.get(i).copied().filter(|_| !anonymous)),
                    entered_by: Set(match job.sub.channel {
                        Channel::Interview if !anonymous => job.sub.user.as_ref().map(|u| u.id),
                        _ => None,
                    }),
                    form_number: Set(None),
                    submission_key: Set(keys[*i].clone()),
                    created_on: Set(now.date()),
                    ..Default::default()
                }
            })
            .collect();
        let inserted = survey_response::Entity::insert_many(rows)
            .on_conflict(OnConflict::column(survey_response::Column::SubmissionKey).do_nothing().to_owned())
            .exec_with_returning(&txn)
            .await?;
        let ids: HashMap<String, survey_response::Model> = inserted.into_iter().map(|r| (r.submission_key.clone(), r)).collect();
        let mut answers = Vec::new();
        let mut counts: BTreeMap<TallyKey, i32> = BTreeMap::new();
        for i in &going {
            let job = &batch[*i];
            let Some(r) = ids.get(&keys[*i]) else {
                // Stored by a racing request since the check above.
                outcomes[*i] = Some(Ok(Stored::Again));
                continue;
            };
            for a in &job.sub.answers {
                *counts.entry(TallyKey::of(job.survey.id, a, &r.channel, &r.language, r.district_id)).or_default() += 1;
                answers.push(responses::answer_row(job.survey.id, r, a));
            }
            outcomes[*i] = Some(Ok(Stored::New));
        }
        for chunk in answers.chunks(responses::ANSWERS_PER_STATEMENT) {
            survey_answer::Entity::insert_many(chunk.to_vec()).exec_without_returning(&txn).await?;
        }
        add_to_tally(&txn, worker, counts.into_iter().collect()).await?;
    }
    // A refused form may have been stored before (a reload after sending,
    // its code or account used by itself): then it is simply stored.
    let refused: Vec<String> = (0..batch.len()).filter(|i| matches!(outcomes[*i], Some(Err(_)))).map(|i| keys[i].clone()).collect();
    if !refused.is_empty() {
        let stored: HashSet<String> = survey_response::Entity::find()
            .filter(survey_response::Column::SubmissionKey.is_in(refused))
            .all(&txn)
            .await?
            .into_iter()
            .map(|r| r.submission_key)
            .collect();
        for (i, key) in keys.iter().enumerate() {
            if matches!(outcomes[i], Some(Err(_))) && stored.contains(key) {
                outcomes[i] = Some(Ok(Stored::Again));
            }
        }
    }
    txn.commit().await?;
    let mut outcomes: Vec<Result<Stored, Refused>> = outcomes.into_iter().map(|o| o.unwrap_or(Ok(Stored::Again))).collect();
    for (copy, first) in copy_of {
        outcomes[copy] = match outcomes[first] {
            Ok(_) => Ok(Stored::Again),
            Err(refused) => Err(refused),
        };
    }
    Ok(outcomes)
}
