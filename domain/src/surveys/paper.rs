//! Paper forms typed in by moderators. Each printed form has a number.
//! The entry screen takes short keyboard input per question: the numbers
//! printed beside the boxes (yes is 1, no is 2; `j`/`y` and `n` work too). With double
//! entry, two different people type the same form; it counts only when both
//! agree, and mismatches wait for review.
use super::entity::{survey_paper_entry, survey_response};
use super::model::{read_answers, AnswerValue, QuestionKind, Survey};
use super::responses::{Channel, Stored, Submission};
use crate::error::{AppError, AppResult, FieldError};
use crate::accounts::SignedIn;
use sea_orm::{entity::prelude::*, ActiveValue::Set, DatabaseConnection, QueryOrder};
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

/// What one person typed for one form, normalised for comparison.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaperAnswers {
    pub language: String,
    pub district: Option<i32>,
    pub answers: Vec<AnswerValue>,
}

/// Turns the short input of the entry screen (`p<question>` fields) into
/// the answer form's fields (`q<question>`), then checks them like any
/// answer. Option numbers are 1-based positions as printed.
pub fn read_paper(s: &Survey, get: &dyn Fn(&str) -> String) -> Result<Vec<AnswerValue>, Vec<FieldError>> {
    let mut fields: Vec<(String, String)> = Vec::new();
    let mut errors = Vec::new();
    for q in s.ordered_questions() {
        let raw = get(&format!("p{}", q.id));
        let raw = raw.trim();
        let name = format!("q{}", q.id);
        let numbers: Vec<&str> = raw.split(|c: char| c == ',' || c == ';' || c.is_whitespace()).filter(|p| !p.is_empty()).collect();
        let option_at = |n: &str| n.parse::<usize>().ok().and_then(|n| n.checked_sub(1)).and_then(|i| q.options.get(i));
        match q.kind {
            QuestionKind::Single | QuestionKind::Multiple => {
                for n in numbers {
                    match option_at(n) {
                        Some(o) => fields.push((name.clone(), o.to_string())),
                        None => {
                            errors.push(FieldError::new(&format!("p{}", q.id), "survey-error-unknown-option"));
                            break;
                        }
                    }
                }
            }
            QuestionKind::Ranking => {
                // The places written next to the options, in option order.
                if !numbers.is_empty() && numbers.len() != q.options.len() {
                    errors.push(FieldError::new(&format!("p{}", q.id), "survey-error-ranking"));
                    continue;
                }
                for (o, place) in q.options.iter().zip(numbers) {
                    fields.push((format!("{name}-o{o}"), place.to_string()));
                }
            }
            QuestionKind::YesNo => {
                let v = match raw.to_lowercase().as_str() {
                    "" => continue,
                    // Yes and no as people write them in the shipped languages.
                    "j" | "y" | "1" | "ja" | "yes" | "e" | "evet" | "т" | "так" | "д" | "да" | "نعم" => "yes",
                    "n" | "2" | "0" | "nein" | "no" | "h" | "hayır" | "н" | "ні" | "нет" | "لا" => "no",
                    _ => {
                        errors.push(FieldError::new(&format!("p{}", q.id), "survey-error-unknown-option"));
                        continue;
                    }
                };
                fields.push((name, v.into()));
            }
            _ => fields.push((name, raw.to_string())),
        }
    }
    let read = read_answers(s.ordered_questions(), &|n: &str| fields.iter().filter(|(k, _)| k == n).map(|(_, v)| v.clone()).collect());
    match read {
        Ok(answers) if errors.is_empty() => Ok(answers),
        Ok(_) => Err(errors),
        Err(more) => {
            // Errors name the entry screen's fields.
            errors.extend(more.into_iter().map(|e| FieldError { field: e.field.replacen('q', "p", 1), ..e }));
            Err(errors)
        }
    }
}

pub enum Entered {
    /// The response counts now.
    Counted,
    /// First of two entries saved; a second person must type the form.
    FirstOfTwo,
    /// The second entry differs from the first: listed for review.
    Mismatch,
}

fn form_number(v: &str) -> AppResult<i32> {
    v.trim().parse::<i32>().ok().filter(|n| *n > 0).ok_or_else(|| AppError::invalid("form_number", "survey-error-form-number"))
}

pub async fn enter(db: &DatabaseConnection, s: &Survey, user: &SignedIn, number: &str, typed: PaperAnswers) -> AppResult<Entered> {
    let number = form_number(number)?;
    if !user.may_run_forum(s.forum_id) {
        return Err(AppError::Forbidden);
    }
    let counted = survey_response::Entity::find()
        .filter(survey_response::Column::SurveyId.eq(s.id))
        .filter(survey_response::Column::FormNumber.eq(number))
        .one(db)
        .await?;
    if counted.is_some() {
        return Err(AppError::invalid("form_number", "survey-error-form-counted"));
    }
    if !s.double_entry {
        count(db, s, user, number, typed).await?;
        return Ok(Entered::Counted);
    }
    let before = entries(db, s.id, number).await?;
    let first = match before.as_slice() {
        [] => {
            save_entry(db, s, user, number, &typed).await?;
            return Ok(Entered::FirstOfTwo);
        }
        [first] => first,
        _ => return Err(AppError::invalid("form_number", "survey-error-form-review")),
    };
    if first.entered_by == user.id {
        return Err(AppError::invalid("form_number", "survey-error-paper-same-person"));
    }
    let first_answers: PaperAnswers = serde_json::from_str(&first.answers).map_err(|e| AppError::Internal(e.to_string()))?;
    if same(&first_answers, &typed) {
        count(db, s, user, number, typed).await?;
        Ok(Entered::Counted)
    } else {
        save_entry(db, s, user, number, &typed).await?;
        Ok(Entered::Mismatch)
    }
}

fn same(a: &PaperAnswers, b: &PaperAnswers) -> bool {
    let sorted = |p: &PaperAnswers| {
        let mut v = p.answers.clone();
        v.sort_by_key(|x| (x.question_id, x.option_id, x.value));
        v
    };
    a.district == b.district && sorted(a) == sorted(b)
}

async fn entries(db: &impl ConnectionTrait, survey_id: i32, number: i32) -> AppResult<Vec<survey_paper_entry::Model>> {
    Ok(survey_paper_entry::Entity::find()
        .filter(survey_paper_entry::Column::SurveyId.eq(survey_id))
        .filter(survey_paper_entry::Column::FormNumber.eq(number))
        .order_by_asc(survey_paper_entry::Column::Id)
        .all(db)
        .await?)
}

async fn save_entry(db: &DatabaseConnection, s: &Survey, user: &SignedIn, number: i32, typed: &PaperAnswers) -> AppResult<()> {
    let (txn, _turn) = crate::db::begin_write(db).await?;
    survey_paper_entry::ActiveModel {
        survey_id: Set(s.id),
        form_number: Set(number),
        entered_by: Set(user.id),
        language: Set(typed.language.clone()),
        answers: Set(serde_json::to_string(typed).map_err(|e| AppError::Internal(e.to_string()))?),
        created_at: Set(OffsetDateTime::now_utc()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Stores the response of a paper form (which forgets its entries).
async fn count(db: &DatabaseConnection, s: &Survey, user: &SignedIn, number: i32, typed: PaperAnswers) -> AppResult<()> {
    let stored = super::writer::write_now(db, std::sync::Arc::new(s.clone()), Submission {
        channel: Channel::Paper { form_number: number },
        user: Some(user.clone()),
        code: String::new(),
        language: typed.language,
        plain: false,
        district: typed.district,
        answers: typed.answers,
        submission_key: format!("paper-{}-{number}", s.id),
    })
    .await?;
    if stored == Stored::Again {
        return Err(AppError::invalid("form_number", "survey-error-form-counted"));
    }
    Ok(())
}

/// A form whose two entries differ, for the review list.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Mismatch {
    pub form_number: i32,
    pub first: PaperAnswers,
    pub second: PaperAnswers,
    /// The accounts that typed the two entries.
    pub typists: Vec<i32>,
    /// Questions whose answers differ (and `0` for the district).
    pub differing: Vec<i32>,
}

/// Forms with two differing entries, and forms still waiting for their second entry.
pub async fn review_list(db: &impl ConnectionTrait, survey_id: i32) -> AppResult<(Vec<Mismatch>, Vec<i32>)> {
    let all = survey_paper_entry::Entity::find()
        .filter(survey_paper_entry::Column::SurveyId.eq(survey_id))
        .order_by_asc(survey_paper_entry::Column::FormNumber)
        .order_by_asc(survey_paper_entry::Column::Id)
        .all(db)
        .await?;
    let mut mismatches = Vec::new();
    let mut waiting = Vec::new();
    for chunk in all.chunk_by(|a, b| a.form_number == b.form_number) {
        let parsed: Vec<PaperAnswers> = chunk.iter().filter_map(|e| serde_json::from_str(&e.answers).ok()).collect();
        match parsed.as_slice() {
            [_] => waiting.push(chunk[0].form_number),
            [first, second, ..] => {
                let mut differing: Vec<i32> = first
                    .answers
                    .iter()
                    .chain(second.answers.iter())
                    .map(|a| a.question_id)
                    .filter(|q| {
                        let of = |p: &PaperAnswers| {
                            let mut v: Vec<&AnswerValue> = p.answers.iter().filter(|a| a.question_id == *q).collect();
                            v.sort_by_key(|a| (a.option_id, a.value));
                            v.into_iter().cloned().collect::<Vec<_>>()
                        };
                        of(first) != of(second)
                    })
                    .collect();
                differing.sort_unstable();
                differing.dedup();
                if first.district != second.district {
                    differing.insert(0, 0);
                }
                let typists = chunk.iter().take(2).map(|e| e.entered_by).collect();
                mismatches.push(Mismatch { form_number: chunk[0].form_number, first: first.clone(), second: second.clone(), typists, differing });
            }
            [] => {}
        }
    }
    Ok((mismatches, waiting))
}

/// After checking the paper, a moderator keeps one of the two entries
/// (`first` or `second`) or drops both (`discard`) so the form is typed again.
pub async fn resolve(db: &DatabaseConnection, s: &Survey, user: &SignedIn, number: &str, keep: &str) -> AppResult<()> {
    let number = form_number(number)?;
    if !user.may_run_forum(s.forum_id) {
        return Err(AppError::Forbidden);
    }
    let list = entries(db, s.id, number).await?;
    if list.len() < 2 {
        return Err(AppError::NotFound);
    }
    // Nobody settles a disagreement about their own typing.
    if !may_resolve(&list.iter().map(|e| e.entered_by).collect::<Vec<_>>(), user.id) {
        return Err(AppError::invalid("", "survey-error-resolve-own"));
    }
    let pick = match keep {
        "first" => Some(&list[0]),
        "second" => Some(&list[1]),
        "discard" => None,
        _ => return Err(AppError::invalid("", "survey-error-action")),
    };
    match pick {
        Some(entry) => {
            let typed: PaperAnswers = serde_json::from_str(&entry.answers).map_err(|e| AppError::Internal(e.to_string()))?;
            count(db, s, user, number, typed).await?;
        }
        None => {
            let (txn, _turn) = crate::db::begin_write(db).await?;
            survey_paper_entry::Entity::delete_many()
                .filter(survey_paper_entry::Column::SurveyId.eq(s.id))
                .filter(survey_paper_entry::Column::FormNumber.eq(number))
                .exec(&txn)
                .await?;
            txn.commit().await?;
        }
    }
    crate::audit::record(db, Some(user.id), "moderator", &format!("survey-paper-{keep}"), &format!("#{} {number:06}", s.id), None).await?;
    Ok(())
}

/// Only someone who typed neither entry may settle their disagreement.
pub fn may_resolve(typists: &[i32], user_id: i32) -> bool {
    typists.iter().take(2).all(|t| *t != user_id)
}
