//! Exports for moderators: responses (one row per response) and results,
//! as tables (CSV, CSV for Excel, XLSX) and JSON. Responses are read in chunks, so a large survey never
//! sits in memory as a whole.
use super::entity::{survey_answer, survey_response};
use super::model::{QuestionKind, Survey};
use super::results::{answer_label, Results};
use crate::error::{AppError, AppResult};
use crate::spreadsheet::{Cell, Column, Table};
use sea_orm::{entity::prelude::*, ConnectionTrait, QueryOrder, QuerySelect};
use std::collections::{BTreeMap, HashMap};

const CHUNK: u64 = 1000;

/// Words the export needs from the interface (in the reader's language).
pub struct Labels {
    pub yes: String,
    pub no: String,
    /// The reader's language, for column headings.
    pub ui_lang: String,
}

/// One response as exported: fixed columns, then one value per question.
pub struct ExportRow {
    pub id: i32,
    pub channel: crate::vocabulary::survey::ResponseChannel,
    pub language: String,
    pub district: Option<i32>,
    pub date: String,
    pub form_number: Option<i32>,
    pub answers: Vec<String>,
}

/// Walks the responses in id order, `CHUNK` at a time.
pub async fn each_response(db: &impl ConnectionTrait, s: &Survey, lang: &str, labels: &Labels, mut visit: impl FnMut(ExportRow)) -> AppResult<()> {
    let questions = s.ordered_questions();
    let mut after = 0;
    loop {
        let responses = survey_response::Entity::find()
            .filter(survey_response::Column::SurveyId.eq(s.id))
            .filter(survey_response::Column::Id.gt(after))
            .order_by_asc(survey_response::Column::Id)
            .limit(CHUNK)
            .all(db)
            .await?;
        let Some(last) = responses.last() else { break };
        after = last.id;
        let answers = survey_answer::Entity::find()
            .filter(survey_answer::Column::ResponseId.is_in(responses.iter().map(|r| r.id)))
            .order_by_asc(survey_answer::Column::Id)
            .all(db)
            .await?;
        let mut by_response: BTreeMap<i32, Vec<&survey_answer::Model>> = BTreeMap::new();
        for a in &answers {
            by_response.entry(a.response_id).or_default().push(a);
        }
        for r in responses {
            let mine = by_response.remove(&r.id).unwrap_or_default();
            let cells = questions
                .iter()
                .map(|q| {
                    let mut of_q: Vec<&&survey_answer::Model> = mine.iter().filter(|a| a.question_id == q.id).collect();
                    match q.kind {
                        QuestionKind::Text => of_q.first().and_then(|a| a.body.clone()).unwrap_or_default(),
                        QuestionKind::Scale => of_q.first().and_then(|a| a.value).map(|v| v.to_string()).unwrap_or_default(),
                        QuestionKind::YesNo => match of_q.first().and_then(|a| a.value) {
                            Some(1) => labels.yes.clone(),
                            Some(_) => labels.no.clone(),
                            None => String::new(),
                        },
                        _ => {
                            // Ranking in order of places; choices in option order.
                            if q.kind == QuestionKind::Ranking {
                                of_q.sort_by_key(|a| a.value);
                            } else {
                                of_q.sort_by_key(|a| q.options.iter().position(|o| Some(*o) == a.option_id));
                            }
                            of_q.iter().filter_map(|a| a.option_id).map(|o| s.text(&format!("o{o}"), lang, false)).collect::<Vec<_>>().join("; ")
                        }
                    }
                })
                .collect();
            visit(ExportRow {
                id: r.id,
                channel: r.channel,
                language: r.language,
                district: r.district_id,
                date: r.created_on.to_string(),
                form_number: r.form_number,
                answers: cells,
            });
        }
    }
    Ok(())
}

/// A column with its id for programs and its heading for people.
fn column(labels: &Labels, id: &str) -> Column {
    Column { id: id.into(), label: crate::i18n::translate(&labels.ui_lang, false, &format!("export-column-{}", id.replace('_', "-"))) }
}

/// One row per response; districts by name.
pub async fn responses_table(db: &impl ConnectionTrait, s: &Survey, lang: &str, labels: &Labels, districts: &HashMap<i32, String>) -> AppResult<Table> {
    let mut columns: Vec<Column> = ["response", "channel", "language", "district", "date", "form_number"].iter().map(|c| column(labels, c)).collect();
    columns.extend(s.ordered_questions().iter().map(|q| {
        let text = s.text(&format!("q{}", q.id), lang, false);
        Column { id: text.clone(), label: text }
    }));
    let mut rows = Vec::new();
    each_response(db, s, lang, labels, |r| {
        let mut row = vec![
            Cell::Int(r.id.into()),
            Cell::Text(r.channel.as_str().into()),
            Cell::Text(r.language),
            r.district.and_then(|d| districts.get(&d).cloned()).map_or(Cell::Empty, Cell::Text),
            Cell::Text(r.date),
            r.form_number.into(),
        ];
        row.extend(r.answers.into_iter().map(Cell::Text));
        rows.push(row);
    })
    .await?;
    Ok(Table { columns, rows, sheet: crate::i18n::translate(&labels.ui_lang, false, "export-sheet-responses") })
}

pub async fn responses_json(db: &impl ConnectionTrait, s: &Survey, lang: &str, labels: &Labels) -> AppResult<Vec<u8>> {
    let questions: Vec<String> = s.ordered_questions().iter().map(|q| s.text(&format!("q{}", q.id), lang, false)).collect();
    let mut rows = Vec::new();
    each_response(db, s, lang, labels, |r| {
        let answers: serde_json::Map<String, serde_json::Value> =
            questions.iter().cloned().zip(r.answers.into_iter().map(serde_json::Value::String)).collect();
        rows.push(serde_json::json!({
            "response": r.id, "channel": r.channel, "language": r.language, "district": r.district,
            "date": r.date, "form_number": r.form_number, "answers": answers,
        }));
    })
    .await?;
    serde_json::to_vec_pretty(&serde_json::json!({ "survey": s.id, "responses": rows })).map_err(|e| AppError::Internal(e.to_string()))
}

/// Results as rows: question, answer, count, percent (and mean place or value).
pub fn results_table(s: &Survey, r: &Results, lang: &str, labels: &Labels) -> Table {
    let columns = ["question", "answer", "count", "percent", "mean_rank"].iter().map(|c| column(labels, c)).collect();
    let mut rows = Vec::new();
    for q in &r.questions {
        let question = s.text(&format!("q{}", q.question_id), lang, false);
        for row in &q.rows {
            rows.push(vec![
                Cell::Text(question.clone()),
                Cell::Text(answer_label(s, &row.answer, lang, false, &labels.yes, &labels.no)),
                Cell::Int(row.count),
                Cell::Decimal(row.percent, 1),
                row.mean_rank.map_or(Cell::Empty, |m| Cell::Decimal(m, 1)),
            ]);
        }
        if q.kind == QuestionKind::Text {
            rows.push(vec![Cell::Text(question.clone()), Cell::Empty, Cell::Int(q.answered), Cell::Empty, Cell::Empty]);
        }
    }
    Table { columns, rows, sheet: crate::i18n::translate(&labels.ui_lang, false, "export-sheet-results") }
}

pub fn results_json(s: &Survey, r: &Results, lang: &str, labels: &Labels) -> AppResult<Vec<u8>> {
    let questions: Vec<serde_json::Value> = r
        .questions
        .iter()
        .map(|q| {
            serde_json::json!({
                "question": s.text(&format!("q{}", q.question_id), lang, false),
                "kind": q.kind,
                "answered": q.answered,
                "mean": q.mean,
                "answers": q.rows.iter().map(|row| serde_json::json!({
                    "answer": answer_label(s, &row.answer, lang, false, &labels.yes, &labels.no),
                    "count": row.count, "percent": row.percent, "mean_rank": row.mean_rank,
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    serde_json::to_vec_pretty(&serde_json::json!({ "survey": s.id, "responses": r.total, "questions": questions }))
        .map_err(|e| AppError::Internal(e.to_string()))
}
