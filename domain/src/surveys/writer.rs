//! Online and interview responses are written in batches: while one batch
//! is being written, the next ones queue up and then go to the database
//! together: one statement per table for the whole batch instead of one
//! per response (on PostgreSQL one statement in all, see `postgres`).
//! Each response keeps its own outcome (stored, stored
//! before, code used, …). If anything goes wrong in a batch, it is rolled
//! back and every response in it is written alone, as a batch of one. A
//! paper form, entered by a moderator, is written at once as a batch of
//! one: there is a single write path, and one rule for what a response
//! keeps of the person ([`Kept`]).

use super::entity::{survey_answer, survey_code, survey_participant, survey_response};
use super::model::Survey;
use super::responses::{self, add_to_tally, Access, Channel, Stored, Submission, TallyKey};
use crate::error::{AppError, AppResult};
use crate::statistics::participation::{record::record, Person, Taking};
use crate::vocabulary::survey::ResponseChannel;
use sea_orm::sea_query::{ExprTrait, OnConflict};
use sea_orm::{entity::prelude::*, ActiveValue::Set, DatabaseConnection, DbBackend};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::Arc;
use time::OffsetDateTime;
use tokio::sync::{mpsc, oneshot};

mod postgres;

/// One checked response to write: the survey, what was sent, who answers.
struct Job {
    survey: Arc<Survey>,
    sub: Submission,
    who: Access,
}

type Reply = oneshot::Sender<AppResult<Stored>>;

/// The queue in front of the batch writer; cloned into every request.
#[derive(Clone)]
pub struct ResponseWriter(mpsc::UnboundedSender<(Job, Reply)>);

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
        if matches!(sub.channel, Channel::Paper { .. }) {
            return write_now(db, survey, sub).await;
        }
        let who = responses::check(&survey, &sub, OffsetDateTime::now_utc())?;
        let (reply, outcome) = oneshot::channel();
        self.0.send((Job { survey, sub, who }, reply)).map_err(|_| AppError::Internal("response writer stopped".into()))?;
        outcome.await.map_err(|_| AppError::Internal("response writer dropped a response".into()))?
    }
}

/// Checks and writes one response at once, as a batch of one, counted in
/// the tally rows of single writes (a paper form a moderator enters).
pub async fn write_now(db: &DatabaseConnection, survey: Arc<Survey>, sub: Submission) -> AppResult<Stored> {
    let who = responses::check(&survey, &sub, OffsetDateTime::now_utc())?;
    write_one(db, responses::SINGLE_WRITES, &Job { survey, sub, who }).await
}

async fn write_one(db: &DatabaseConnection, worker: i32, job: &Job) -> AppResult<Stored> {
    let outcome = write_batch(db, worker, std::slice::from_ref(job)).await?.pop();
    outcome.ok_or_else(|| AppError::Internal("a written response has no outcome".into()))?.map_err(Refused::error)
}

/// Writes one batch (a batch of one too, so that it counts in the
/// worker's own tally rows) and tells each response its outcome.
async fn write(db: DatabaseConnection, worker: i32, batch: Vec<(Job, Reply)>) {
    let started = std::time::Instant::now();
    let (jobs, replies): (Vec<Job>, Vec<Reply>) = batch.into_iter().unzip();
    match write_batch(&db, worker, &jobs).await {
        Ok(outcomes) => {
            tracing::debug!(size = jobs.len(), micros = started.elapsed().as_micros() as u64, "batch of responses written");
            for (reply, outcome) in replies.into_iter().zip(outcomes) {
                let _ = reply.send(outcome.map_err(Refused::error));
            }
        }
        Err(e) => {
            tracing::warn!(error = %e, size = jobs.len(), "a batch of responses failed; writing them one by one");
            for (job, reply) in jobs.iter().zip(replies) {
                let _ = reply.send(write_one(&db, worker, job).await);
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

/// What a response keeps of the people behind it. The anonymity rule, in
/// one place: an anonymous survey keeps nobody (no account, no code, no
/// interviewer or typist); otherwise the account that answered, the code
/// used, and who typed an interview or a paper form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Kept {
    pub respondent: Option<i32>,
    pub code: bool,
    pub entered_by: Option<i32>,
}

impl Kept {
    pub fn of(anonymous: bool, who: &Access, channel: &Channel, at_keyboard: Option<i32>) -> Kept {
        if anonymous {
            return Kept { respondent: None, code: false, entered_by: None };
        }
        Kept {
            respondent: match who {
                Access::Account(a) => Some(*a),
                _ => None,
            },
            code: matches!(who, Access::Code(_)),
            entered_by: match channel {
                Channel::Online => None,
                Channel::Interview | Channel::Paper { .. } => at_keyboard,
            },
        }
    }
}

/// One response's row as both write paths store it: the SQLite
/// statements and the PostgreSQL statement's JSON (`postgres`) are fed
/// from it, so what is kept cannot differ between them.
#[derive(serde::Serialize)]
struct ResponseRow {
    /// The form's place in the batch.
    i: usize,
    survey_id: i32,
    /// The access code to mark used, and the account to mark as answered.
    code: Option<String>,
    account: Option<i32>,
    language: String,
    plain: bool,
    channel: ResponseChannel,
    district_id: Option<i32>,
    respondent_id: Option<i32>,
    /// Whether the marked code's id is kept with the response.
    keep_code: bool,
    entered_by: Option<i32>,
    form_number: Option<i32>,
    submission_key: String,
}

impl ResponseRow {
    fn of(i: usize, job: &Job, submission_key: &str) -> ResponseRow {
        let kept = Kept::of(job.survey.anonymous, &job.who, &job.sub.channel, job.sub.user.as_ref().map(|u| u.id));
        ResponseRow {
            i,
            survey_id: job.survey.id,
            code: code_of(job).map(str::to_string),
            account: match job.who {
                Access::Account(a) => Some(a),
                _ => None,
            },
            language: job.sub.language.clone(),
            plain: job.sub.plain,
            channel: job.sub.channel.stored(),
            district_id: job.sub.district,
            respondent_id: kept.respondent,
            keep_code: kept.code,
            entered_by: kept.entered_by,
            form_number: match job.sub.channel {
                Channel::Paper { form_number } => Some(form_number),
                _ => None,
            },
            submission_key: submission_key.to_string(),
        }
    }

    fn model(&self, code_id: Option<i32>, created_on: time::Date) -> survey_response::ActiveModel {
        survey_response::ActiveModel {
            survey_id: Set(self.survey_id),
            language: Set(self.language.clone()),
            plain: Set(self.plain),
            channel: Set(self.channel),
            district_id: Set(self.district_id),
            respondent_id: Set(self.respondent_id),
            code_id: Set(code_id.filter(|_| self.keep_code)),
            entered_by: Set(self.entered_by),
            form_number: Set(self.form_number),
            submission_key: Set(self.submission_key.clone()),
            created_on: Set(created_on),
            ..Default::default()
        }
    }
}

/// A response counts in the participation monitor where it names its
/// district; without an account it is one more person, never linked.
pub fn taking(forum_id: i32, district_id: Option<i32>, respondent: Option<i32>, channel: ResponseChannel, on: time::Date) -> Option<Taking> {
    Some(Taking { person: respondent.map_or(Person::Anonymous, Person::Account), district_id: district_id?, forum_id: Some(forum_id), channel, on })
}

/// A counted paper form needs its typed entries no more.
async fn forget_paper_entries(db: &impl ConnectionTrait, stored: impl Iterator<Item = &Job>) -> AppResult<()> {
    use super::entity::survey_paper_entry as entry;
    for job in stored {
        if let Channel::Paper { form_number } = job.sub.channel {
            entry::Entity::delete_many()
                .filter(entry::Column::SurveyId.eq(job.survey.id))
                .filter(entry::Column::FormNumber.eq(form_number))
                .exec(db)
                .await?;
        }
    }
    Ok(())
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
        let rows: Vec<survey_response::ActiveModel> =
            going.iter().map(|i| ResponseRow::of(*i, &batch[*i], &plan.keys[*i]).model(code_ids.get(i).copied(), now.date())).collect();
        let inserted = survey_response::Entity::insert_many(rows)
            .on_conflict(OnConflict::column(survey_response::Column::SubmissionKey).do_nothing().to_owned())
            .exec_with_returning(&txn)
            .await?;
        let ids: HashMap<String, survey_response::Model> = inserted.into_iter().map(|r| (r.submission_key.clone(), r)).collect();
        let mut answers = Vec::new();
        let mut counts: BTreeMap<TallyKey, i32> = BTreeMap::new();
        let mut takings = Vec::new();
        for i in &going {
            let job = &batch[*i];
            // Missing: stored by a racing request since the check above.
            plan.outcomes[*i] = Some(Ok(Stored::Again));
            let Some(r) = ids.get(&plan.keys[*i]) else { continue };
            for a in &job.sub.answers {
                *counts.entry(TallyKey::of(job.survey.id, a, r.channel, &r.language, r.district_id)).or_default() += 1;
                answers.push(responses::answer_row(job.survey.id, r, a));
            }
            takings.extend(taking(job.survey.forum_id, r.district_id, r.respondent_id, r.channel, r.created_on));
            plan.outcomes[*i] = Some(Ok(Stored::New));
        }
        record(&txn, takings).await?;
        for chunk in answers.chunks(responses::ANSWERS_PER_STATEMENT) {
            survey_answer::Entity::insert_many(chunk.to_vec()).exec_without_returning(&txn).await?;
        }
        add_to_tally(&txn, worker, counts.into_iter().collect()).await?;
        forget_paper_entries(&txn, going.iter().filter(|i| matches!(plan.outcomes[**i], Some(Ok(Stored::New)))).map(|i| &batch[*i])).await?;
    }
    txn.commit().await?;
    drop(turn);
    plan.finish(db).await
}

#[cfg(test)]
mod tests {
    use super::{Access, Channel, Kept};

    #[test]
    fn anonymous_surveys_keep_nobody_and_others_keep_who_answered_and_who_typed() {
        let cases = [
            (Access::Account(7), Channel::Online, Some(7), Kept { respondent: Some(7), code: false, entered_by: None }),
            (Access::Code("ABC".into()), Channel::Online, None, Kept { respondent: None, code: true, entered_by: None }),
            (Access::OnBehalf, Channel::Interview, Some(3), Kept { respondent: None, code: false, entered_by: Some(3) }),
            (Access::OnBehalf, Channel::Paper { form_number: 1 }, Some(4), Kept { respondent: None, code: false, entered_by: Some(4) }),
        ];
        for (who, channel, at_keyboard, kept) in cases {
            assert_eq!(Kept::of(false, &who, &channel, at_keyboard), kept, "{channel:?}");
            assert_eq!(Kept::of(true, &who, &channel, at_keyboard), Kept { respondent: None, code: false, entered_by: None }, "anonymous, {channel:?}");
        }
    }
}
