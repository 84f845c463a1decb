//! A survey's questions with their options, and its sections: added,
//! changed, moved and deleted while the survey is a draft, by those who
//! run its forum.
use super::entity::{survey_option, survey_question, survey_section, survey_text};
use super::model::{self, QuestionKind};
use super::service::{draft, load, put_text, text_of};
use crate::accounts::SignedIn;
use crate::error::{AppError, AppResult, FieldError};
use crate::vocabulary::ids::{QuestionId, SectionId, SurveyId};
use sea_orm::{entity::prelude::*, ActiveValue::Set, DatabaseConnection};

/// A question's form: its kind, rules and base-language texts; options one
/// per line.
#[derive(Clone, Debug, Default)]
pub struct QuestionForm {
    pub kind: String,
    pub text: String,
    pub required: bool,
    pub section: String,
    pub options: String,
    pub min_choices: String,
    pub max_choices: String,
    pub scale_min: String,
    pub scale_max: String,
    pub low_label: String,
    pub high_label: String,
    pub max_length: String,
}

fn number(field: &str, v: &str, errors: &mut Vec<FieldError>) -> Option<i32> {
    let v = v.trim();
    if v.is_empty() {
        return None;
    }
    match v.parse::<i32>() {
        Ok(n) => Some(n),
        Err(_) => {
            errors.push(FieldError::new(field, "error-number"));
            None
        }
    }
}

/// Adds a question (`None`) or changes one. Options keep their ids by
/// position, so translations stay with them; removed lines delete options.
pub async fn save_question(db: &DatabaseConnection, user: &SignedIn, survey_id: i32, question_id: Option<i32>, f: QuestionForm) -> AppResult<i32> {
    let field = |name: &str| match question_id {
        Some(id) => format!("q{id}-{name}"),
        None => format!("new-{name}"),
    };
    let mut errors = Vec::new();
    let kind = QuestionKind::parse(&f.kind);
    if kind.is_none() {
        errors.push(FieldError::new(&field("kind"), "survey-error-kind"));
    }
    let text = text_of(&field("text"), &f.text, true, &mut errors);
    let lines: Vec<String> = f.options.lines().map(|l| l.trim().to_string()).filter(|l| !l.is_empty()).collect();
    if lines.len() > model::MAX_OPTIONS {
        errors.push(FieldError::new(&field("options"), "survey-error-options-many").with_arg("max", model::MAX_OPTIONS));
    }
    for l in &lines {
        text_of(&field("options"), l, false, &mut errors);
    }
    let min_choices = number(&field("min_choices"), &f.min_choices, &mut errors);
    let max_choices = number(&field("max_choices"), &f.max_choices, &mut errors);
    let scale_min = number(&field("scale_min"), &f.scale_min, &mut errors);
    let scale_max = number(&field("scale_max"), &f.scale_max, &mut errors);
    let max_length = number(&field("max_length"), &f.max_length, &mut errors);
    let is_scale = kind == Some(QuestionKind::Scale);
    let low = text_of(&field("low_label"), &f.low_label, is_scale, &mut errors);
    let high = text_of(&field("high_label"), &f.high_label, is_scale, &mut errors);
    let Some(kind) = kind.filter(|_| errors.is_empty()) else {
        return Err(AppError::Invalid(errors));
    };
    let (txn, _turn) = crate::db::begin_write(db).await?;
    let s = draft(&txn, user, survey_id).await?;
    let section_id = match f.section.trim() {
        "" => None,
        v => Some(v.parse::<i32>().ok().filter(|id| s.sections.contains(id)).ok_or_else(|| AppError::invalid(&field("section"), "survey-error-section"))?),
    };
    let existing = match question_id {
        Some(id) => Some(s.question(id).cloned().ok_or(AppError::NotFound)?),
        None if s.questions.len() >= model::MAX_QUESTIONS => return Err(AppError::invalid(&field("kind"), "survey-error-questions-many")),
        None => None,
    };
    let has_options = kind.has_options();
    let mut q = survey_question::ActiveModel {
        survey_id: Set(survey_id),
        section_id: Set(section_id),
        kind: Set(kind),
        required: Set(f.required),
        min_choices: Set(if kind == QuestionKind::Multiple { min_choices } else { None }),
        max_choices: Set(if kind == QuestionKind::Multiple { max_choices } else { None }),
        scale_min: Set(if is_scale { Some(scale_min.unwrap_or(1)) } else { None }),
        scale_max: Set(if is_scale { Some(scale_max.unwrap_or(5)) } else { None }),
        max_length: Set(if kind == QuestionKind::Text { Some(max_length.unwrap_or(1000)) } else { None }),
        ..Default::default()
    };
    let id = match &existing {
        Some(e) => {
            q.id = Set(e.id);
            q.update(&txn).await?.id
        }
        None => {
            q.position = Set(s.questions.len() as i32);
            q.insert(&txn).await?.id
        }
    };
    let lines = if has_options { lines } else { Vec::new() };
    let old: Vec<i32> = existing.as_ref().map(|e| e.options.clone()).unwrap_or_default();
    for (i, line) in lines.iter().enumerate() {
        let oid = match old.get(i) {
            Some(oid) => *oid,
            None => survey_option::ActiveModel { question_id: Set(id), position: Set(i as i32), ..Default::default() }.insert(&txn).await?.id,
        };
        put_text(&txn, survey_id, &format!("o{oid}"), &s.base_language, false, line).await?;
    }
    let removed: Vec<i32> = old.iter().skip(lines.len()).copied().collect();
    if !removed.is_empty() {
        survey_option::Entity::delete_many().filter(survey_option::Column::Id.is_in(removed.clone())).exec(&txn).await?;
        let keys: Vec<String> = removed.iter().map(|o| format!("o{o}")).collect();
        survey_text::Entity::delete_many()
            .filter(survey_text::Column::SurveyId.eq(survey_id))
            .filter(survey_text::Column::Key.is_in(keys))
            .exec(&txn)
            .await?;
    }
    put_text(&txn, survey_id, &format!("q{id}"), &s.base_language, false, &text).await?;
    put_text(&txn, survey_id, &format!("q{id}lo"), &s.base_language, false, if is_scale { &low } else { "" }).await?;
    put_text(&txn, survey_id, &format!("q{id}hi"), &s.base_language, false, if is_scale { &high } else { "" }).await?;
    // The rules of the saved question, checked with its stored texts.
    let saved = load(&txn, survey_id).await?;
    let problems: Vec<FieldError> = saved
        .question(id)
        .map(|q| model::question_problems(q, &saved.texts, &saved.base_language))
        .unwrap_or_default()
        .into_iter()
        .map(|e| FieldError { field: field("options"), ..e })
        .collect();
    if !problems.is_empty() {
        return Err(AppError::Invalid(problems));
    }
    txn.commit().await?;
    Ok(id)
}

pub async fn delete_question(db: &DatabaseConnection, user: &SignedIn, survey: SurveyId, question: QuestionId) -> AppResult<()> {
    let (survey_id, question_id) = (survey.0, question.0);
    let (txn, _turn) = crate::db::begin_write(db).await?;
    let s = draft(&txn, user, survey_id).await?;
    let q = s.question(question_id).ok_or(AppError::NotFound)?;
    let keys = q.text_keys();
    survey_text::Entity::delete_many()
        .filter(survey_text::Column::SurveyId.eq(survey_id))
        .filter(survey_text::Column::Key.is_in(keys))
        .exec(&txn)
        .await?;
    survey_question::Entity::delete_by_id(question_id).exec(&txn).await?;
    txn.commit().await?;
    Ok(())
}

/// Moves a question one place up (`-1`) or down (`1`) in the whole order.
pub async fn move_question(db: &DatabaseConnection, user: &SignedIn, survey: SurveyId, question: QuestionId, by: i32) -> AppResult<()> {
    let (survey_id, question_id) = (survey.0, question.0);
    let (txn, _turn) = crate::db::begin_write(db).await?;
    let s = draft(&txn, user, survey_id).await?;
    let mut order: Vec<i32> = s.questions.iter().map(|q| q.id).collect();
    let at = order.iter().position(|q| *q == question_id).ok_or(AppError::NotFound)?;
    let to = at as i32 + by;
    if (0..order.len() as i32).contains(&to) {
        order.swap(at, to as usize);
    }
    for (position, id) in order.into_iter().enumerate() {
        survey_question::Entity::update_many()
            .col_expr(survey_question::Column::Position, Expr::value(position as i32))
            .filter(survey_question::Column::Id.eq(id))
            .exec(&txn)
            .await?;
    }
    txn.commit().await?;
    Ok(())
}

/// Adds a section with its title in the base language.
pub async fn add_section(db: &DatabaseConnection, user: &SignedIn, survey_id: i32, title: &str) -> AppResult<()> {
    let mut errors = Vec::new();
    let title = text_of("section_title", title, true, &mut errors);
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors));
    }
    let (txn, _turn) = crate::db::begin_write(db).await?;
    let s = draft(&txn, user, survey_id).await?;
    let section = survey_section::ActiveModel { survey_id: Set(survey_id), position: Set(s.sections.len() as i32), ..Default::default() }.insert(&txn).await?;
    put_text(&txn, survey_id, &format!("s{}", section.id), &s.base_language, false, &title).await?;
    txn.commit().await?;
    Ok(())
}

/// Removes a section; its questions stay, without a section.
pub async fn delete_section(db: &DatabaseConnection, user: &SignedIn, survey: SurveyId, section: SectionId) -> AppResult<()> {
    let (survey_id, section_id) = (survey.0, section.0);
    let (txn, _turn) = crate::db::begin_write(db).await?;
    let s = draft(&txn, user, survey_id).await?;
    if !s.sections.contains(&section_id) {
        return Err(AppError::NotFound);
    }
    survey_question::Entity::update_many()
        .col_expr(survey_question::Column::SectionId, Expr::value(Option::<i32>::None))
        .filter(survey_question::Column::SectionId.eq(section_id))
        .exec(&txn)
        .await?;
    survey_text::Entity::delete_many()
        .filter(survey_text::Column::SurveyId.eq(survey_id))
        .filter(survey_text::Column::Key.eq(format!("s{section_id}")))
        .exec(&txn)
        .await?;
    survey_section::Entity::delete_by_id(section_id).exec(&txn).await?;
    txn.commit().await?;
    Ok(())
}
