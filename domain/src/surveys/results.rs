//! Results: counts per question and answer, added up by the database with
//! GROUP BY over the running tally that every stored response updates in
//! its transaction (never by loading responses), filterable by channel,
//! language and district; free-text answers listed, each hideable.
use super::entity::{survey_answer, survey_response, survey_tally};
use super::model::{QuestionKind, Survey};
use crate::error::{AppError, AppResult};
use sea_orm::{entity::prelude::*, ConnectionTrait, QueryOrder, QuerySelect};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Filter {
    pub channel: Option<crate::vocabulary::survey::ResponseChannel>,
    pub language: Option<String>,
    pub district: Option<i32>,
}

impl Filter {
    fn answers(&self, survey_id: i32) -> Select<survey_answer::Entity> {
        let mut q = survey_answer::Entity::find().filter(survey_answer::Column::SurveyId.eq(survey_id));
        if let Some(c) = self.channel {
            q = q.filter(survey_answer::Column::Channel.eq(c));
        }
        if let Some(l) = &self.language {
            q = q.filter(survey_answer::Column::Language.eq(l.as_str()));
        }
        if let Some(d) = self.district {
            q = q.filter(survey_answer::Column::DistrictId.eq(d));
        }
        q
    }

    fn responses(&self, survey_id: i32) -> Select<survey_response::Entity> {
        let mut q = survey_response::Entity::find().filter(survey_response::Column::SurveyId.eq(survey_id));
        if let Some(c) = self.channel {
            q = q.filter(survey_response::Column::Channel.eq(c));
        }
        if let Some(l) = &self.language {
            q = q.filter(survey_response::Column::Language.eq(l.as_str()));
        }
        if let Some(d) = self.district {
            q = q.filter(survey_response::Column::DistrictId.eq(d));
        }
        q
    }
}

/// One line of a question's result: an option, a scale value, yes or no.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Row {
    /// The text key of the option (`o12`), or `value:<n>` for a scale
    /// value, `yes`/`no`.
    pub answer: String,
    pub count: i64,
    /// Share of all responses (in the filter), 0–100.
    pub percent: f64,
    /// Ranking: the average place (1 = first).
    pub mean_rank: Option<f64>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TextAnswer {
    pub id: i32,
    pub text: String,
    pub hidden: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuestionResult {
    pub question_id: i32,
    pub kind: QuestionKind,
    /// Responses that answered this question.
    pub answered: i64,
    pub rows: Vec<Row>,
    /// Scale: the mean value.
    pub mean: Option<f64>,
    pub texts: Vec<TextAnswer>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Results {
    pub total: i64,
    pub questions: Vec<QuestionResult>,
    /// A filtered group smaller than [`MIN_GROUP`]: nothing of it is shown.
    pub withheld: bool,
}

use super::MIN_GROUP;

impl Filter {
    pub fn is_set(&self) -> bool {
        self.channel.is_some() || self.language.is_some() || self.district.is_some()
    }
}

fn percent(count: i64, total: i64) -> f64 {
    if total == 0 { 0.0 } else { (count as f64 * 1000.0 / total as f64).round() / 10.0 }
}

/// Free-text answers shown per question; the export has all of them.
pub const TEXTS_SHOWN: u64 = 200;

/// Computes the results. `with_hidden`: moderators also see hidden texts.
pub async fn compute(db: &impl ConnectionTrait, s: &Survey, filter: &Filter, with_hidden: bool) -> AppResult<Results> {
    let total = filter.responses(s.id).count(db).await? as i64;
    if filter.is_set() && total > 0 && total < MIN_GROUP {
        return Ok(Results { total, questions: Vec::new(), withheld: true });
    }
    // (question, option, value) → count, added up from the running tally.
    let mut tally = survey_tally::Entity::find().filter(survey_tally::Column::SurveyId.eq(s.id));
    if let Some(c) = filter.channel {
        tally = tally.filter(survey_tally::Column::Channel.eq(c));
    }
    if let Some(l) = &filter.language {
        tally = tally.filter(survey_tally::Column::Language.eq(l.as_str()));
    }
    if let Some(d) = filter.district {
        tally = tally.filter(survey_tally::Column::DistrictId.eq(d));
    }
    let summed: Vec<(i32, i32, i32, i64)> = tally
        .select_only()
        .column(survey_tally::Column::QuestionId)
        .column(survey_tally::Column::OptionId)
        .column(survey_tally::Column::Value)
        .column_as(survey_tally::Column::N.sum(), "n")
        .group_by(survey_tally::Column::QuestionId)
        .group_by(survey_tally::Column::OptionId)
        .group_by(survey_tally::Column::Value)
        .into_tuple()
        .all(db)
        .await?;
    let groups = summed.into_iter().map(|(q, o, v, n)| (q, (o != 0).then_some(o), (v != -1).then_some(v), n));
    /// (option, value, count) per answer group of a question.
    type Groups = Vec<(Option<i32>, Option<i32>, i64)>;
    let mut by_question: HashMap<i32, Groups> = HashMap::new();
    for (q, o, v, n) in groups {
        by_question.entry(q).or_default().push((o, v, n));
    }
    let mut questions = Vec::new();
    for q in s.ordered_questions() {
        let groups = by_question.remove(&q.id).unwrap_or_default();
        let count_of = |pred: &dyn Fn(Option<i32>, Option<i32>) -> bool| groups.iter().filter(|(o, v, _)| pred(*o, *v)).map(|(_, _, n)| n).sum::<i64>();
        let mut result = QuestionResult { question_id: q.id, kind: q.kind, answered: 0, rows: Vec::new(), mean: None, texts: Vec::new() };
        match q.kind {
            QuestionKind::Single | QuestionKind::Multiple => {
                for o in &q.options {
                    let n = count_of(&|opt, _| opt == Some(*o));
                    result.rows.push(Row { answer: format!("o{o}"), count: n, percent: percent(n, total), mean_rank: None });
                }
                // Single choice: one row per answering response. Multiple
                // choice: the most chosen option is a lower bound only, so
                // the base of the percentages is all responses.
                result.answered = if q.kind == QuestionKind::Single { result.rows.iter().map(|r| r.count).sum() } else { total };
            }
            QuestionKind::Ranking => {
                for o in &q.options {
                    let mine: Vec<&(Option<i32>, Option<i32>, i64)> = groups.iter().filter(|(opt, _, _)| *opt == Some(*o)).collect();
                    let n: i64 = mine.iter().map(|(_, _, n)| n).sum();
                    let places: i64 = mine.iter().map(|(_, v, n)| i64::from(v.unwrap_or(0)) * n).sum();
                    let first: i64 = mine.iter().filter(|(_, v, _)| *v == Some(1)).map(|(_, _, n)| n).sum();
                    result.answered = result.answered.max(n);
                    result.rows.push(Row {
                        answer: format!("o{o}"),
                        count: first,
                        percent: percent(first, total),
                        mean_rank: (n > 0).then(|| (places as f64 / n as f64 * 10.0).round() / 10.0),
                    });
                }
            }
            QuestionKind::Scale => {
                let mut sum = 0i64;
                for v in q.scale() {
                    let n = count_of(&|_, val| val == Some(v));
                    sum += i64::from(v) * n;
                    result.answered += n;
                    result.rows.push(Row { answer: format!("value:{v}"), count: n, percent: percent(n, total), mean_rank: None });
                }
                result.mean = (result.answered > 0).then(|| (sum as f64 / result.answered as f64 * 10.0).round() / 10.0);
            }
            QuestionKind::YesNo => {
                for (label, v) in [("yes", 1), ("no", 0)] {
                    let n = count_of(&|_, val| val == Some(v));
                    result.answered += n;
                    result.rows.push(Row { answer: label.into(), count: n, percent: percent(n, total), mean_rank: None });
                }
            }
            QuestionKind::Text => {
                result.answered = count_of(&|_, _| true);
                // `body IS NOT NULL` lets the database use the index over text answers.
                let mut texts = filter.answers(s.id).filter(survey_answer::Column::QuestionId.eq(q.id)).filter(survey_answer::Column::Body.is_not_null());
                if !with_hidden {
                    texts = texts.filter(survey_answer::Column::Hidden.eq(false));
                }
                result.texts = texts
                    .order_by_asc(survey_answer::Column::Id)
                    .limit(TEXTS_SHOWN)
                    .all(db)
                    .await?
                    .into_iter()
                    .map(|a| TextAnswer { id: a.id, text: a.body.unwrap_or_default(), hidden: a.hidden })
                    .collect();
            }
        }
        questions.push(result);
    }
    Ok(Results { total, questions, withheld: false })
}

/// A moderator releases every free-text answer of a survey at once.
pub async fn release_all_texts(db: &sea_orm::DatabaseConnection, user: &crate::accounts::SignedIn, survey_id: i32) -> AppResult<u64> {
    let (txn, _turn) = crate::db::begin_write(db).await?;
    super::service::load_managed(&txn, Some(user), survey_id).await?;
    let done = survey_answer::Entity::update_many()
        .col_expr(survey_answer::Column::Hidden, Expr::value(false))
        .filter(survey_answer::Column::SurveyId.eq(survey_id))
        .filter(survey_answer::Column::Body.is_not_null())
        .filter(survey_answer::Column::Hidden.eq(true))
        .exec(&txn)
        .await?
        .rows_affected;
    crate::audit::record(&txn, Some(user.id), "moderator", "survey-texts-released", &format!("#{survey_id}"), Some(&done.to_string())).await?;
    txn.commit().await?;
    Ok(done)
}

/// A moderator releases a free-text answer to the public results, or hides it again.
pub async fn set_text_hidden(db: &sea_orm::DatabaseConnection, user: &crate::accounts::SignedIn, survey: crate::vocabulary::ids::SurveyId, answer: crate::vocabulary::ids::AnswerId, hidden: bool) -> AppResult<()> {
    let (survey_id, answer_id) = (survey.0, answer.0);
    let (txn, _turn) = crate::db::begin_write(db).await?;
    super::service::load_managed(&txn, Some(user), survey_id).await?;
    let found = survey_answer::Entity::find_by_id(answer_id)
        .filter(survey_answer::Column::SurveyId.eq(survey_id))
        .filter(survey_answer::Column::Body.is_not_null())
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    survey_answer::Entity::update_many()
        .col_expr(survey_answer::Column::Hidden, Expr::value(hidden))
        .filter(survey_answer::Column::Id.eq(found.id))
        .exec(&txn)
        .await?;
    let action = if hidden { "survey-text-hidden" } else { "survey-text-released" };
    crate::audit::record(&txn, Some(user.id), "moderator", action, &format!("#{survey_id}"), Some(&answer_id.to_string())).await?;
    txn.commit().await?;
    Ok(())
}

/// The label of a result row in the survey's words.
pub fn answer_label(s: &Survey, answer: &str, lang: &str, plain: bool, yes: &str, no: &str) -> String {
    match answer {
        "yes" => yes.to_string(),
        "no" => no.to_string(),
        a if a.starts_with("value:") => a.trim_start_matches("value:").to_string(),
        key => s.text(key, lang, plain),
    }
}
