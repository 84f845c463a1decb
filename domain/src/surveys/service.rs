//! Building surveys: create, settings, texts and translations, publishing
//! (questions and sections are in `questions`). Only moderators of the owning forum
//! (and admins) may do any of it; the structure can change only in draft.
use super::entity::{survey, survey_language, survey_option, survey_question, survey_section, survey_text};
use super::model::{self, Question, Survey, Texts};
use crate::error::{AppError, AppResult, FieldError};
use crate::schema::forums::forum;
use crate::accounts::SignedIn;
use sea_orm::{entity::prelude::*, ActiveValue::Set, ConnectionTrait, DatabaseConnection, QueryOrder};
use std::collections::HashMap;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};
use time::OffsetDateTime;

pub async fn load(db: &impl ConnectionTrait, id: i32) -> AppResult<Survey> {
    let s = survey::Entity::find_by_id(id).one(db).await?.ok_or(AppError::NotFound)?;
    let forum_name = forum::Entity::find_by_id(s.forum_id).one(db).await?.map(|f| f.name).unwrap_or_default();
    let mut languages = vec![s.base_language.clone()];
    let translations = survey_language::Entity::find().filter(survey_language::Column::SurveyId.eq(id)).all(db).await?;
    let mut others: Vec<String> = translations.into_iter().map(|l| l.language).filter(|l| *l != s.base_language).collect();
    // In the order of the shipped languages, so every page lists them alike.
    others.sort_by_key(|l| crate::i18n::LANGUAGES.iter().position(|x| x.id == l.as_str()).unwrap_or(usize::MAX));
    languages.extend(others);
    let sections = survey_section::Entity::find()
        .filter(survey_section::Column::SurveyId.eq(id))
        .order_by_asc(survey_section::Column::Position)
        .order_by_asc(survey_section::Column::Id)
        .all(db)
        .await?;
    let questions = survey_question::Entity::find()
        .filter(survey_question::Column::SurveyId.eq(id))
        .order_by_asc(survey_question::Column::Position)
        .order_by_asc(survey_question::Column::Id)
        .all(db)
        .await?;
    let options = survey_option::Entity::find()
        .filter(survey_option::Column::QuestionId.is_in(questions.iter().map(|q| q.id)))
        .order_by_asc(survey_option::Column::Position)
        .order_by_asc(survey_option::Column::Id)
        .all(db)
        .await?;
    let mut texts = Texts::default();
    for t in survey_text::Entity::find().filter(survey_text::Column::SurveyId.eq(id)).all(db).await? {
        texts.set(&t.key, &t.language, t.plain, &t.body);
    }
    Ok(Survey {
        id,
        forum_id: s.forum_id,
        forum_name,
        base_language: s.base_language,
        languages,
        audience: s.audience,
        youth: s.youth,
        anonymous: s.anonymous,
        results_public: s.results_public,
        asks_district: s.asks_district,
        paged: s.paged,
        double_entry: s.double_entry,
        state: s.state,
        opens_at: s.opens_at,
        closes_at: s.closes_at,
        sections: sections.into_iter().map(|s| s.id).collect(),
        questions: questions
            .into_iter()
            .map(|q| Question {
                options: options.iter().filter(|o| o.question_id == q.id).map(|o| o.id).collect(),
                id: q.id,
                section_id: q.section_id,
                kind: q.kind,
                required: q.required,
                min_choices: q.min_choices,
                max_choices: q.max_choices,
                scale_min: q.scale_min,
                scale_max: q.scale_max,
                max_length: q.max_length,
            })
            .collect(),
        texts,
    })
}

/// Published and closed surveys as answering reads them, kept for
/// [`CACHE_TTL`]: their structure no longer changes, and a state change
/// in this process drops the entry at once (other processes see it within
/// the TTL).
#[derive(Clone, Default)]
pub struct SurveyCache(Arc<RwLock<CachedSurveys>>);

/// Each survey with the moment it was read.
type CachedSurveys = HashMap<i32, (Instant, Arc<Survey>)>;
pub const CACHE_TTL: Duration = Duration::from_secs(2);

impl SurveyCache {
    pub async fn published(&self, db: &impl ConnectionTrait, id: i32) -> AppResult<Arc<Survey>> {
        if let Some((at, s)) = self.0.read().ok().and_then(|m| m.get(&id).cloned()) {
            if at.elapsed() < CACHE_TTL {
                return Ok(s);
            }
        }
        let s = Arc::new(load(db, id).await?);
        if s.state != model::SurveyState::Draft {
            if let Ok(mut m) = self.0.write() {
                if m.len() > 1000 {
                    m.clear();
                }
                m.insert(id, (Instant::now(), s.clone()));
            }
        }
        Ok(s)
    }

    pub fn forget(&self, id: i32) {
        if let Ok(mut m) = self.0.write() {
            m.remove(&id);
        }
    }
}

/// Loads a survey for someone who wants to manage it.
pub async fn load_managed(db: &impl ConnectionTrait, user: Option<&SignedIn>, id: i32) -> AppResult<Survey> {
    let user = user.ok_or(AppError::Unauthenticated)?;
    let s = load(db, id).await?;
    if !user.may_run_forum(s.forum_id) {
        return Err(AppError::Forbidden);
    }
    Ok(s)
}

/// A managed survey whose structure may still change.
pub(super) async fn draft(db: &impl ConnectionTrait, user: &SignedIn, id: i32) -> AppResult<Survey> {
    let s = load_managed(db, Some(user), id).await?;
    if s.state != model::SurveyState::Draft {
        return Err(AppError::invalid("", "survey-error-not-draft"));
    }
    Ok(s)
}

pub(super) fn text_of(field: &str, text: &str, required: bool, errors: &mut Vec<FieldError>) -> String {
    let text = text.trim();
    if required && text.is_empty() {
        errors.push(FieldError::new(field, "error-required"));
    }
    if text.chars().count() > model::MAX_SURVEY_TEXT {
        errors.push(FieldError::new(field, "error-too-long").with_arg("max", model::MAX_SURVEY_TEXT));
    }
    text.to_string()
}

pub(super) async fn put_text(db: &impl ConnectionTrait, survey_id: i32, key: &str, lang: &str, plain: bool, body: &str) -> AppResult<()> {
    survey_text::Entity::delete_many()
        .filter(survey_text::Column::SurveyId.eq(survey_id))
        .filter(survey_text::Column::Key.eq(key))
        .filter(survey_text::Column::Language.eq(lang))
        .filter(survey_text::Column::Plain.eq(plain))
        .exec(db)
        .await?;
    if !body.trim().is_empty() {
        survey_text::ActiveModel { survey_id: Set(survey_id), key: Set(key.into()), language: Set(lang.into()), plain: Set(plain), body: Set(body.trim().into()) }
            .insert(db)
            .await?;
    }
    Ok(())
}

/// Starts a draft in one of the person's forums.
pub async fn create(db: &DatabaseConnection, user: &SignedIn, forum_id: i32, language: &str, title: &str) -> AppResult<i32> {
    // Rights first: someone who may not create learns nothing from the input.
    if !user.may_run_forum(forum_id) {
        return Err(AppError::Forbidden);
    }
    let mut errors = Vec::new();
    if !crate::i18n::is_shipped(language) {
        errors.push(FieldError::new("language", "error-unknown-language"));
    }
    let title = text_of("title", title, true, &mut errors);
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors));
    }
    let (txn, _turn) = crate::db::begin_write(db).await?;
    let owner = forum::Entity::find_by_id(forum_id).one(&txn).await?.ok_or_else(|| AppError::invalid("forum", "error-unknown-forum"))?;
    let youth = owner.kind == crate::vocabulary::forum::ForumKind::YouthGroup;
    let s = survey::ActiveModel {
        forum_id: Set(forum_id),
        base_language: Set(language.into()),
        // Youth groups start with access codes and no names or addresses.
        audience: Set(if youth { model::Audience::Codes } else { model::Audience::Public }),
        youth: Set(youth),
        anonymous: Set(youth),
        results_public: Set(false),
        asks_district: Set(false),
        paged: Set(false),
        double_entry: Set(false),
        state: Set(model::SurveyState::Draft),
        opens_at: Set(None),
        closes_at: Set(None),
        created_by: Set(Some(user.id)),
        created_at: Set(OffsetDateTime::now_utc()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    put_text(&txn, s.id, "title", language, false, &title).await?;
    txn.commit().await?;
    Ok(s.id)
}

/// The survey-wide settings form.
#[derive(Clone, Debug, Default)]
pub struct SettingsForm {
    pub title: String,
    pub intro: String,
    pub audience: String,
    pub youth: bool,
    pub anonymous: bool,
    pub results_public: bool,
    pub asks_district: bool,
    pub paged: bool,
    pub double_entry: bool,
    pub opens_at: String,
    pub closes_at: String,
}

/// `2026-12-01T18:00` from a datetime-local field, read as UTC.
pub fn parse_time(field: &str, value: &str, errors: &mut Vec<FieldError>) -> Option<OffsetDateTime> {
    let value = value.trim();
    if value.is_empty() {
        return None;
    }
    let format = time::macros::format_description!("[year]-[month]-[day]T[hour]:[minute]");
    match time::PrimitiveDateTime::parse(value.get(..16).unwrap_or(value), &format) {
        Ok(t) => Some(t.assume_utc()),
        Err(_) => {
            errors.push(FieldError::new(field, "survey-error-time"));
            None
        }
    }
}

pub async fn update_settings(db: &DatabaseConnection, user: &SignedIn, id: i32, f: SettingsForm) -> AppResult<()> {
    let mut errors = Vec::new();
    let title = text_of("title", &f.title, true, &mut errors);
    let intro = text_of("intro", &f.intro, false, &mut errors);
    let audience = model::Audience::parse(&f.audience);
    match audience {
        None => errors.push(FieldError::new("audience", "survey-error-audience")),
        // Youth mode asks for no name or address: only access codes, anonymous.
        Some(a) if f.youth && a != model::Audience::Codes => errors.push(FieldError::new("audience", "survey-error-youth-codes")),
        Some(_) => {}
    }
    let opens_at = parse_time("opens_at", &f.opens_at, &mut errors);
    let closes_at = parse_time("closes_at", &f.closes_at, &mut errors);
    if let (Some(o), Some(c)) = (opens_at, closes_at) {
        if o >= c {
            errors.push(FieldError::new("closes_at", "survey-error-schedule"));
        }
    }
    let Some(audience) = audience.filter(|_| errors.is_empty()) else {
        return Err(AppError::Invalid(errors));
    };
    let (txn, _turn) = crate::db::begin_write(db).await?;
    let s = draft(&txn, user, id).await?;
    survey::ActiveModel {
        id: Set(id),
        audience: Set(audience),
        youth: Set(f.youth),
        anonymous: Set(f.anonymous || f.youth),
        results_public: Set(f.results_public),
        asks_district: Set(f.asks_district),
        paged: Set(f.paged),
        double_entry: Set(f.double_entry),
        opens_at: Set(opens_at),
        closes_at: Set(closes_at),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    put_text(&txn, id, "title", &s.base_language, false, &title).await?;
    put_text(&txn, id, "intro", &s.base_language, false, &intro).await?;
    txn.commit().await?;
    Ok(())
}

/// Offers the survey in one more language (its texts come later).
pub async fn add_language(db: &DatabaseConnection, user: &SignedIn, survey_id: i32, language: &str) -> AppResult<()> {
    if !crate::i18n::is_shipped(language) {
        return Err(AppError::invalid("language", "error-unknown-language"));
    }
    let (txn, _turn) = crate::db::begin_write(db).await?;
    // A language may come after publishing: it is offered once complete.
    let s = load_managed(&txn, Some(user), survey_id).await?;
    if !s.languages.iter().any(|l| l == language) {
        survey_language::ActiveModel { survey_id: Set(survey_id), language: Set(language.into()) }.insert(&txn).await?;
        if s.state != model::SurveyState::Draft {
            crate::audit::record(&txn, Some(user.id), "moderator", "survey-language-added", &format!("#{survey_id}"), Some(language)).await?;
        }
    }
    txn.commit().await?;
    Ok(())
}

/// Saves the texts of one language (standard or plain): `(key, text)`
/// pairs; keys the survey does not have are refused, empty texts removed.
/// After publishing, texts may still be corrected (the questions and
/// options stay as they are); each change is logged with old and new text.
pub async fn save_translation(db: &DatabaseConnection, user: &SignedIn, survey_id: i32, language: &str, plain: bool, texts: Vec<(String, String)>) -> AppResult<()> {
    let (txn, _turn) = crate::db::begin_write(db).await?;
    let s = load_managed(&txn, Some(user), survey_id).await?;
    let published = s.state != model::SurveyState::Draft;
    if !s.languages.iter().any(|l| l == language) {
        return Err(AppError::invalid("", "error-unknown-language"));
    }
    let keys = s.all_keys();
    let mut errors = Vec::new();
    for (key, text) in &texts {
        if !keys.contains(key) {
            return Err(AppError::invalid("", "survey-error-unknown-text"));
        }
        text_of(&format!("t-{key}"), text, false, &mut errors);
    }
    // In a draft the base language's standard texts are edited with the
    // questions; once published, only here.
    if language == s.base_language && !plain {
        if !published {
            return Err(AppError::invalid("", "survey-error-unknown-text"));
        }
        // The survey's own texts cannot be emptied by a correction.
        if let Some((key, _)) = texts.iter().find(|(_, t)| t.trim().is_empty()) {
            errors.push(FieldError::new(&format!("t-{key}"), "error-required"));
        }
    }
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors));
    }
    for (key, text) in texts {
        let old = s.texts.get(&key, language, plain).unwrap_or_default().to_string();
        if old == text.trim() {
            continue;
        }
        put_text(&txn, survey_id, &key, language, plain, &text).await?;
        if published {
            let detail = crate::audit::change(&format!("{key} {language}{}", if plain { " plain" } else { "" }), &old, text.trim());
            crate::audit::record(&txn, Some(user.id), "moderator", "survey-text-corrected", &format!("#{survey_id}"), Some(&detail)).await?;
        }
    }
    txn.commit().await?;
    Ok(())
}

/// Publishes a draft that passes every rule; it opens at its opening time.
pub async fn publish(db: &DatabaseConnection, user: &SignedIn, survey_id: i32) -> AppResult<()> {
    let (txn, _turn) = crate::db::begin_write(db).await?;
    let s = draft(&txn, user, survey_id).await?;
    let problems = s.publish_problems();
    if !problems.is_empty() {
        return Err(AppError::Invalid(problems));
    }
    survey::Entity::update_many()
        .col_expr(survey::Column::State, Expr::value(model::SurveyState::Published))
        .filter(survey::Column::Id.eq(survey_id))
        .exec(&txn)
        .await?;
    crate::audit::record(&txn, Some(user.id), "moderator", "survey-published", &format!("#{survey_id}"), None).await?;
    txn.commit().await?;
    Ok(())
}

/// Closes a published survey now, or switches public results on or off.
pub async fn set_state(db: &DatabaseConnection, user: &SignedIn, survey_id: i32, action: &str) -> AppResult<()> {
    let (txn, _turn) = crate::db::begin_write(db).await?;
    let s = load_managed(&txn, Some(user), survey_id).await?;
    let update = survey::Entity::update_many().filter(survey::Column::Id.eq(survey_id));
    match action {
        "close" if s.state == model::SurveyState::Published => update.col_expr(survey::Column::State, Expr::value(model::SurveyState::Closed)).exec(&txn).await?,
        "results-public" => update.col_expr(survey::Column::ResultsPublic, Expr::value(true)).exec(&txn).await?,
        "results-private" => update.col_expr(survey::Column::ResultsPublic, Expr::value(false)).exec(&txn).await?,
        _ => return Err(AppError::invalid("", "survey-error-action")),
    };
    crate::audit::record(&txn, Some(user.id), "moderator", &format!("survey-{action}"), &format!("#{survey_id}"), None).await?;
    txn.commit().await?;
    Ok(())
}

/// Surveys this person answered with their account, except anonymous ones
/// (there, not even the person's own page links them to the survey).
pub async fn answered_by(db: &impl ConnectionTrait, account_id: i32) -> AppResult<Vec<survey::Model>> {
    let ids: Vec<i32> = super::entity::survey_participant::Entity::find()
        .filter(super::entity::survey_participant::Column::AccountId.eq(account_id))
        .all(db)
        .await?
        .into_iter()
        .map(|p| p.survey_id)
        .collect();
    Ok(survey::Entity::find()
        .filter(survey::Column::Id.is_in(ids))
        .filter(survey::Column::Anonymous.eq(false))
        .order_by_desc(survey::Column::Id)
        .all(db)
        .await?)
}

/// Surveys of the given forums (drafts included), newest first.
pub async fn of_forums(db: &impl ConnectionTrait, forums: &[i32]) -> AppResult<Vec<survey::Model>> {
    Ok(survey::Entity::find().filter(survey::Column::ForumId.is_in(forums.to_vec())).order_by_desc(survey::Column::Id).all(db).await?)
}

/// Published and closed surveys, newest first.
pub async fn public(db: &impl ConnectionTrait) -> AppResult<Vec<survey::Model>> {
    Ok(survey::Entity::find().filter(survey::Column::State.ne(model::SurveyState::Draft)).order_by_desc(survey::Column::Id).all(db).await?)
}

/// Titles of surveys in the reader's language where complete.
pub async fn titles(db: &impl ConnectionTrait, ids: &[i32], lang: &str, plain: bool) -> AppResult<std::collections::HashMap<i32, String>> {
    let texts = survey_text::Entity::find()
        .filter(survey_text::Column::SurveyId.is_in(ids.to_vec()))
        .filter(survey_text::Column::Key.eq("title"))
        .all(db)
        .await?;
    let mut out = std::collections::HashMap::new();
    for id in ids {
        let mine: Vec<&survey_text::Model> = texts.iter().filter(|t| t.survey_id == *id).collect();
        let pick = |l: &str, p: bool| mine.iter().find(|t| t.language == l && t.plain == p).map(|t| t.body.clone());
        let any = mine.iter().find(|t| !t.plain).map(|t| t.body.clone());
        let title = (if plain { pick(lang, true) } else { None }).or_else(|| pick(lang, false)).or(any).unwrap_or_default();
        out.insert(*id, title);
    }
    Ok(out)
}

/// Whether a survey takes answers now.
pub fn is_open(s: &Survey, now: OffsetDateTime) -> bool {
    s.state == model::SurveyState::Published && s.opens_at.is_none_or(|o| o <= now) && s.closes_at.is_none_or(|c| now < c)
}

/// Published but its closing time has passed, or closed by hand.
pub fn has_ended(s: &Survey, now: OffsetDateTime) -> bool {
    s.state == model::SurveyState::Closed || (s.state == model::SurveyState::Published && s.closes_at.is_some_and(|c| c <= now))
}
