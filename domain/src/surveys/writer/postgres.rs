//! PostgreSQL writes a whole batch in one statement: data-modifying CTEs
//! mark the codes, add the participation rows, insert the responses, their
//! answers and the tally, and forget the typed entries of counted paper
//! forms, fed from two JSON parameters: the rows ([`ResponseRow`]) the
//! other backend writes too, and the answers. The statement's
//! text never changes, so each connection prepares it once, and a batch
//! costs one round trip and one (implicit) transaction instead of six
//! statements whose text changed with the batch size.
use super::{Job, Plan, Refused, ResponseRow};
use crate::error::AppResult;
use crate::surveys::responses::Stored;
use sea_orm::{ConnectionTrait, DatabaseConnection, DbBackend, Statement, TransactionTrait};
use serde_json::json;
use time::OffsetDateTime;

/// $1: the forms, $2: their answers, $3: today, $4: the writer's tally shard.
/// Codes are marked through `code = ANY (ARRAY(…))` so that they are sought
/// in their unique index: joined to the forms, the planner hashed them and
/// read every code of the table instead (5 ms of a 7 ms batch).
/// A form goes in when its code was marked now (if it has one) and its
/// account had not answered (if it has one); the final SELECT tells each
/// form what happened to it.
const WRITE_BATCH: &str = r#"
WITH form AS (
    SELECT * FROM json_to_recordset($1::json) AS f(
        i int, survey_id int, code text, account int, language text, plain bool, channel text,
        district_id int, respondent_id int, keep_code bool, entered_by int, form_number int, submission_key text)
),
answer AS (
    SELECT * FROM json_to_recordset($2::json) AS a(i int, question_id int, option_id int, value int, body text)
),
marked AS (
    UPDATE survey_code c SET used = true
    WHERE c.code = ANY (ARRAY(SELECT code FROM form WHERE code IS NOT NULL)) AND NOT c.used
      AND EXISTS (SELECT 1 FROM form f WHERE f.code = c.code AND f.survey_id = c.survey_id)
    RETURNING c.code, c.id
),
joined AS (
    INSERT INTO survey_participant (survey_id, account_id)
    SELECT survey_id, account FROM form WHERE account IS NOT NULL
    ON CONFLICT DO NOTHING
    RETURNING survey_id, account_id
),
response AS (
    INSERT INTO survey_response (survey_id, language, plain, channel, district_id, respondent_id, code_id, entered_by, form_number, submission_key, created_on)
    SELECT f.survey_id, f.language, f.plain, f.channel, f.district_id, f.respondent_id,
           CASE WHEN f.keep_code THEN m.id END, f.entered_by, f.form_number, f.submission_key, $3::date
    FROM form f LEFT JOIN marked m ON m.code = f.code
    WHERE (f.code IS NULL OR m.id IS NOT NULL)
      AND (f.account IS NULL OR EXISTS (SELECT 1 FROM joined j WHERE j.survey_id = f.survey_id AND j.account_id = f.account))
    ON CONFLICT (submission_key) DO NOTHING
    RETURNING id, survey_id, channel, language, district_id, submission_key
),
stored AS (
    SELECT f.i, r.id, r.survey_id, r.channel, r.language, r.district_id
    FROM response r JOIN form f ON f.submission_key = r.submission_key
),
answers AS (
    INSERT INTO survey_answer (response_id, survey_id, question_id, option_id, value, body, hidden, channel, language, district_id)
    SELECT s.id, s.survey_id, a.question_id, a.option_id, a.value, a.body, a.body IS NOT NULL, s.channel, s.language, s.district_id
    FROM answer a JOIN stored s ON s.i = a.i
),
tally AS (
    INSERT INTO survey_tally (survey_id, question_id, option_id, value, channel, language, district_id, shard, n)
    SELECT s.survey_id, a.question_id, COALESCE(a.option_id, 0), COALESCE(a.value, -1), s.channel, s.language, COALESCE(s.district_id, 0), $4::int, COUNT(*)
    FROM answer a JOIN stored s ON s.i = a.i
    GROUP BY 1, 2, 3, 4, 5, 6, 7
    ON CONFLICT (survey_id, question_id, option_id, value, channel, language, district_id, shard)
    DO UPDATE SET n = survey_tally.n + excluded.n
),
paper_counted AS (
    DELETE FROM survey_paper_entry e USING stored s JOIN form f ON f.i = s.i
    WHERE f.form_number IS NOT NULL AND e.survey_id = f.survey_id AND e.form_number = f.form_number
)
SELECT f.i,
       EXISTS (SELECT 1 FROM stored s WHERE s.i = f.i) AS stored,
       f.code IS NOT NULL AND NOT EXISTS (SELECT 1 FROM marked m WHERE m.code = f.code) AS code_refused,
       f.account IS NOT NULL AND NOT EXISTS (SELECT 1 FROM joined j WHERE j.survey_id = f.survey_id AND j.account_id = f.account) AS answered
FROM form f
"#;

/// The batch statement behind `EXPLAIN`, for forms with these codes.
pub(super) fn explain(survey_id: i32, codes: &[String]) -> Statement {
    let forms: Vec<serde_json::Value> = codes.iter().enumerate().map(|(i, code)| json!({ "i": i, "survey_id": survey_id, "code": code })).collect();
    Statement::from_sql_and_values(
        DbBackend::Postgres,
        format!("EXPLAIN {WRITE_BATCH}"),
        [serde_json::Value::Array(forms).to_string().into(), "[]".into(), OffsetDateTime::now_utc().date().to_string().into(), 0.into()],
    )
}

pub(super) async fn write_batch(db: &DatabaseConnection, worker: i32, batch: &[Job]) -> AppResult<Vec<Result<Stored, Refused>>> {
    let mut plan = Plan::new(batch);
    let open = plan.open();
    if open.is_empty() {
        return plan.finish(db).await;
    }
    let mut forms = Vec::with_capacity(open.len());
    let mut answers = Vec::new();
    for &i in &open {
        let job = &batch[i];
        forms.push(ResponseRow::of(i, job, &plan.keys[i]));
        for a in &job.sub.answers {
            answers.push(json!({ "i": i, "question_id": a.question_id, "option_id": a.option_id, "value": a.value, "body": a.text }));
        }
    }
    let statement = Statement::from_sql_and_values(
        DbBackend::Postgres,
        WRITE_BATCH,
        [
            serde_json::to_string(&forms).map_err(|e| crate::error::AppError::Internal(e.to_string()))?.into(),
            serde_json::Value::Array(answers).to_string().into(),
            OffsetDateTime::now_utc().date().to_string().into(),
            worker.into(),
        ],
    );
    let mut unmarked = Vec::new();
    // The statement and the monitor's counters in one transaction.
    let txn = db.begin().await?;
    for row in txn.query_all_raw(statement).await? {
        let i = row.try_get::<i32>("", "i")? as usize;
        plan.outcomes[i] = Some(if row.try_get::<bool>("", "stored")? {
            Ok(Stored::New)
        } else if row.try_get::<bool>("", "code_refused")? {
            unmarked.push(i);
            Err(Refused::CodeUsed)
        } else if row.try_get::<bool>("", "answered")? {
            Err(Refused::Answered)
        } else {
            // Its submission key was stored by a racing request.
            Ok(Stored::Again)
        });
    }
    let today = OffsetDateTime::now_utc().date();
    let takings = forms
        .iter()
        .filter(|f| matches!(plan.outcomes[f.i], Some(Ok(Stored::New))))
        .filter_map(|f| super::taking(batch[f.i].survey.forum_id, f.district_id, f.respondent_id, f.channel, today))
        .collect();
    super::record(&txn, takings).await?;
    txn.commit().await?;
    plan.refuse_codes(db, batch, unmarked).await?;
    plan.finish(db).await
}
