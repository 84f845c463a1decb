//! Online and interview responses are written in batches: while one batch
//! is being written, the next ones queue up and then go to the database
//! together: one statement per table for the whole batch instead of one
//! per response (on PostgreSQL one statement in all, see `postgres`).
//! Each response keeps its own outcome (stored, stored
//! before, code used, …). If anything goes wrong in a batch, it is rolled
//! back and every response in it is written alone, as without batching.
use super::entity::{survey_answer, survey_code, survey_participant, survey_response};
use super::model::Survey;
use super::responses::{self, add_to_tally, Access, Channel, Stored, Submission, TallyKey};
use crate::error::{AppError, AppResult};
use sea_orm::sea_query::{ExprTrait, OnConflict};
use sea_orm::{entity::prelude::*, ActiveValue::Set, DatabaseConnection, DbBackend};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::Arc;
use time::OffsetDateTime;
use tokio::sync::{mpsc, oneshot};

mod postgres;

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
    /// Whether the writer task still takes work (for `/readyz`).
    pub fn is_running(&self) -> bool {
        !self.0.is_closed()
    }

    /// Starts the writer task (inside the server's runtime).
    pub fn start(db: DatabaseConnection) -> ResponseWriter {
        let queue_db = db.clone();
        ResponseWriter(crate::db::batch_queue(&queue_db, "responses", move |worker, batch| write(db.clone(), worker, batch)))
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

/// What a batch holds before it is written: each form's submission key,
/// the outcomes known from the batch alone (a form sent twice, a code or
/// an account used twice in it) and which form each copy repeats.
struct Plan {
    keys: Vec<String>,
    outcomes: Vec<Option<Result<Stored, Refused>>>,
    copy_of: HashMap<usize, usize>,
}

impl Plan {
    fn new(batch: &[Job]) -> Plan {
        let keys: Vec<String> = batch.iter().map(|j| j.sub.submission_key.trim().to_string()).collect();
        let mut outcomes = vec![None; batch.len()];
        let (mut first_copy, mut copy_of) = (HashMap::new(), HashMap::new());
        let (mut codes_seen, mut people_seen) = (HashSet::new(), HashSet::new());
        for (i, job) in batch.iter().enumerate() {
            if let Some(first) = first_copy.get(&keys[i]) {
                copy_of.insert(i, *first);
                outcomes[i] = Some(Ok(Stored::Again));
                continue;
            }
            first_copy.insert(keys[i].clone(), i);
            match &job.who {
                Access::Code(code) if !codes_seen.insert(code.clone()) => outcomes[i] = Some(Err(Refused::CodeUsed)),
                Access::Account(account) if !people_seen.insert((job.survey.id, *account)) => outcomes[i] = Some(Err(Refused::Answered)),
                _ => {}
            }
        }
        Plan { keys, outcomes, copy_of }
    }

    /// The forms still to be written.
    fn open(&self) -> Vec<usize> {
        (0..self.keys.len()).filter(|i| self.outcomes[*i].is_none()).collect()
    }

    /// Outcomes for the forms whose code was not marked: unknown, another
    /// survey's or used.
    async fn refuse_codes(&mut self, db: &impl ConnectionTrait, batch: &[Job], unmarked: Vec<usize>) -> AppResult<()> {
        let codes: Vec<String> = unmarked.iter().filter_map(|i| code_of(&batch[*i]).map(str::to_string)).collect();
        if codes.is_empty() {
            return Ok(());
        }
        let found: HashMap<String, i32> = survey_code::Entity::find()
            .filter(survey_code::Column::Code.is_in(codes))
            .all(db)
            .await?
            .into_iter()
            .map(|c| (c.code, c.survey_id))
            .collect();
        for i in unmarked {
            if let Some(code) = code_of(&batch[i]) {
                self.outcomes[i] = Some(Err(match found.get(code) {
                    None => Refused::CodeUnknown,
                    Some(survey_id) if *survey_id != batch[i].survey.id => Refused::CodeOther,
                    Some(_) => Refused::CodeUsed,
                }));
            }
        }
        Ok(())
    }

    /// The final outcomes. A refused form may have been stored before (a
    /// reload after sending: its code or account was used by itself), and
    /// then it is simply stored; a copy shares its first form's outcome.
    async fn finish(self, db: &impl ConnectionTrait) -> AppResult<Vec<Result<Stored, Refused>>> {
        let Plan { keys, outcomes, copy_of } = self;
        let refused: Vec<String> = (0..keys.len()).filter(|i| matches!(outcomes[*i], Some(Err(_)))).map(|i| keys[i].clone()).collect();
        let stored: HashSet<String> = if refused.is_empty() {
            HashSet::new()
        } else {
            survey_response::Entity::find()
                .filter(survey_response::Column::SubmissionKey.is_in(refused))
                .all(db)
                .await?
                .into_iter()
                .map(|r| r.submission_key)
                .collect()
        };
        let mut outcomes: Vec<Result<Stored, Refused>> = outcomes
            .into_iter()
            .zip(&keys)
            .map(|(o, key)| match o {
                Some(Err(_)) if stored.contains(key) => Ok(Stored::Again),
                Some(o) => o,
                None => Ok(Stored::Again),
            })
            .collect();
        for (copy, first) in copy_of {
            outcomes[copy] = match outcomes[first] {
                Ok(_) => Ok(Stored::Again),
                Err(refused) => Err(refused),
            };
        }
        Ok(outcomes)
    }
}

fn code_of(job: &Job) -> Option<&str> {
    match &job.who {
        Access::Code(code) => Some(code),
        _ => None,
    }
}

/// The respondent kept with the response: nobody in anonymous surveys.
fn respondent(job: &Job) -> Option<i32> {
    match job.who {
        Access::Account(a) if !job.survey.anonymous => Some(a),
        _ => None,
    }
}

/// The interviewer kept with the response: nobody in anonymous surveys.
fn entered_by(job: &Job) -> Option<i32> {
    match job.sub.channel {
        Channel::Interview if !job.survey.anonymous => job.sub.user.as_ref().map(|u| u.id),
        _ => None,
    }
}

/// Marks the survey's unused codes among `codes` as used.
fn mark_codes(survey_id: i32, codes: Vec<String>) -> sea_orm::UpdateMany<survey_code::Entity> {
    // `survey_id + 0` keeps SQLite seeking each code in its unique index:
    // from four codes on, its planner would rather walk every code of the
    // survey through (survey_id, email_digest), which took 30 ms a batch
    // with 80,000 codes.
    survey_code::Entity::update_many()
        .col_expr(survey_code::Column::Used, Expr::value(true))
        .filter(Expr::col(survey_code::Column::SurveyId).add(0).eq(survey_id))
        .filter(survey_code::Column::Used.eq(false))
        .filter(survey_code::Column::Code.is_in(codes))
}

/// How the database finds the codes a batch marks: the steps of its query
/// plan, one per line. A slip in the statement or the planner can make it
/// read every code of the table, 5–30 ms a batch with tens of thousands of
/// codes instead of a few seeks; tests check the plan for that.
pub async fn code_marking_plan(db: &DatabaseConnection, survey_id: i32, codes: &[String]) -> AppResult<Vec<String>> {
    let backend = db.get_database_backend();
    let (statement, column) = match backend {
        DbBackend::Postgres => (postgres::explain(survey_id, codes), "QUERY PLAN"),
        _ => {
            let update = sea_orm::QueryTrait::build(&mark_codes(survey_id, codes.to_vec()), backend);
            (sea_orm::Statement { sql: format!("EXPLAIN QUERY PLAN {}", update.sql), ..update }, "detail")
        }
    };
    let mut steps = Vec::new();
    for row in db.query_all_raw(statement).await? {
        steps.push(row.try_get::<String>("", column)?);
    }
    Ok(steps)
}

async fn write_batch(db: &DatabaseConnection, worker: i32, batch: &[Job]) -> AppResult<Vec<Result<Stored, Refused>>> {
    match db.get_database_backend() {
        DbBackend::Postgres => postgres::write_batch(db, worker, batch).await,
        _ => write_batch_per_table(db, worker, batch).await,
    }
}

/// One statement per table, in one transaction (SQLite, where statements
/// cost no round trip).
async fn write_batch_per_table(db: &DatabaseConnection, worker: i32, batch: &[Job]) -> AppResult<Vec<Result<Stored, Refused>>> {
    let now = OffsetDateTime::now_utc();
    let mut plan = Plan::new(batch);
    let (txn, turn) = crate::db::begin_write(db).await?;

    // Access codes: one statement per survey marks the unused ones.
    let mut code_ids: HashMap<usize, i32> = HashMap::new();
    let mut by_survey: BTreeMap<i32, Vec<(usize, String)>> = BTreeMap::new();
    for i in plan.open() {
        if let Some(code) = code_of(&batch[i]) {
            by_survey.entry(batch[i].survey.id).or_default().push((i, code.to_string()));
        }
    }
    let mut unmarked = Vec::new();
    for (survey_id, wanted) in by_survey {
        let marked: HashMap<String, i32> = mark_codes(survey_id, wanted.iter().map(|(_, c)| c.clone()).collect())
            .exec_with_returning(&txn)
            .await?
            .into_iter()
            .map(|c| (c.code, c.id))
            .collect();
        for (i, code) in wanted {
            match marked.get(&code) {
                Some(id) => {
                    code_ids.insert(i, *id);
                }
                None => unmarked.push(i),
            }
        }
    }
    plan.refuse_codes(&txn, batch, unmarked).await?;

    // Accounts answer once: the participation rows that go in count.
    let people: Vec<(usize, i32, i32)> =
        plan.open().into_iter().filter_map(|i| match batch[i].who { Access::Account(a) => Some((i, batch[i].survey.id, a)), _ => None }).collect();
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
                plan.outcomes[*i] = Some(Err(Refused::Answered));
            } else {
                rows.push(survey_participant::ActiveModel { survey_id: Set(*survey_id), account_id: Set(*account) });
            }
        }
        if !rows.is_empty() {
            survey_participant::Entity::insert_many(rows).exec_without_returning(&txn).await?;
        }
    }

    // The responses that go in, in one statement; their ids come back.
    let going = plan.open();
    if !going.is_empty() {
        let rows: Vec<survey_response::ActiveModel> = going
            .iter()
            .map(|i| {
                let job = &batch[*i];
                survey_response::ActiveModel {
                    survey_id: Set(job.survey.id),
                    language: Set(job.sub.language.clone()),
                    plain: Set(job.sub.plain),
                    channel: Set(job.sub.channel.name().into()),
                    district_id: Set(job.sub.district),
                    respondent_id: Set(respondent(job)),
                    code_id: Set(code_ids.get(i).copied().filter(|_| !job.survey.anonymous)),
                    entered_by: Set(entered_by(job)),
                    form_number: Set(None),
                    submission_key: Set(plan.keys[*i].clone()),
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
            // Missing: stored by a racing request since the check above.
            plan.outcomes[*i] = Some(Ok(Stored::Again));
            let Some(r) = ids.get(&plan.keys[*i]) else { continue };
            for a in &job.sub.answers {
                *counts.entry(TallyKey::of(job.survey.id, a, &r.channel, &r.language, r.district_id)).or_default() += 1;
                answers.push(responses::answer_row(job.survey.id, r, a));
            }
            plan.outcomes[*i] = Some(Ok(Stored::New));
        }
        for chunk in answers.chunks(responses::ANSWERS_PER_STATEMENT) {
            survey_answer::Entity::insert_many(chunk.to_vec()).exec_without_returning(&txn).await?;
        }
        add_to_tally(&txn, worker, counts.into_iter().collect()).await?;
    }
    txn.commit().await?;
    drop(turn);
    plan.finish(db).await
}
