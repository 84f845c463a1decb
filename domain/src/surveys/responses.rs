//! Taking answers: who may answer (account, confirmed email, access code,
//! forum membership), through which channel (online, paper, interview),
//! and storing a response with its answers in one transaction. In an
//! anonymous survey nothing links a response to a person or a code.
use super::entity::{survey_answer, survey_code, survey_participant, survey_response, survey_tally};
use crate::vocabulary::survey::ResponseChannel;
use super::model::{self, AnswerValue, Survey};
use super::service::{has_ended, is_open};
use crate::error::{AppError, AppResult, FieldError};
use crate::accounts::SignedIn;
use rand::Rng;
use sea_orm::{entity::prelude::*, ActiveValue::Set, ConnectionTrait, DatabaseConnection};
use time::OffsetDateTime;

/// Letters and digits that cannot be mistaken for each other on paper.
const CODE_ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
const CODE_LENGTH: usize = 8;
pub const MAX_CODES_AT_ONCE: u32 = 2000;

pub fn new_code() -> String {
    let mut rng = rand::rng();
    (0..CODE_LENGTH).map(|_| CODE_ALPHABET[rng.random_range(0..CODE_ALPHABET.len())] as char).collect()
}

/// `abcd-efgh` as typed → `ABCDEFGH` as stored.
pub fn normalise_code(code: &str) -> String {
    code.chars().filter(|c| c.is_ascii_alphanumeric()).map(|c| c.to_ascii_uppercase()).collect()
}

/// `ABCDEFGH` → `ABCD-EFGH`, easier to read and type.
pub fn display_code(code: &str) -> String {
    if code.len() == CODE_LENGTH { format!("{}-{}", &code[..4], &code[4..]) } else { code.to_string() }
}

/// Generates `count` new one-time codes for a survey the person manages.
pub async fn generate_codes(db: &DatabaseConnection, user: &SignedIn, survey_id: i32, count: &str) -> AppResult<u32> {
    let count: u32 = count.trim().parse().ok().filter(|n| (1..=MAX_CODES_AT_ONCE).contains(n)).ok_or_else(|| {
        AppError::Invalid(vec![FieldError::new("count", "survey-error-code-count").with_arg("max", MAX_CODES_AT_ONCE)])
    })?;
    let (txn, _turn) = crate::db::begin_write(db).await?;
    let s = super::service::load_managed(&txn, Some(user), survey_id).await?;
    if s.state == model::SurveyState::Closed {
        return Err(AppError::invalid("", "survey-error-closed"));
    }
    let codes: Vec<survey_code::ActiveModel> = (0..count)
        .map(|_| survey_code::ActiveModel { survey_id: Set(survey_id), code: Set(new_code()), email_digest: Set(None), used: Set(false), ..Default::default() })
        .collect();
    // In chunks: SQLite limits the number of bound values per statement.
    for chunk in codes.chunks(500) {
        survey_code::Entity::insert_many(chunk.to_vec()).exec(&txn).await?;
    }
    crate::audit::record(&txn, Some(user.id), "moderator", "survey-codes", &format!("#{survey_id}"), Some(&count.to_string())).await?;
    txn.commit().await?;
    Ok(count)
}

/// The codes handed out by hand (not by email), with whether each is used.
pub async fn codes(db: &impl ConnectionTrait, survey_id: i32) -> AppResult<Vec<(String, bool)>> {
    use sea_orm::QueryOrder;
    Ok(survey_code::Entity::find()
        .filter(survey_code::Column::SurveyId.eq(survey_id))
        .filter(survey_code::Column::EmailDigest.is_null())
        .order_by_asc(survey_code::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|c| (c.code, c.used))
        .collect())
}

/// How a response comes in.
#[derive(Clone, Debug, PartialEq)]
pub enum Channel {
    /// The respondent, signed in or with a code.
    Online,
    /// A member asks a neighbour and types the answers.
    Interview,
    /// A moderator types a paper form, identified by its printed number.
    Paper { form_number: i32 },
}

impl Channel {
    /// What is stored of it (a paper form's number is kept apart).
    pub fn stored(&self) -> ResponseChannel {
        match self {
            Channel::Online => ResponseChannel::Online,
            Channel::Interview => ResponseChannel::Interview,
            Channel::Paper { .. } => ResponseChannel::Paper,
        }
    }
}

pub struct Submission {
    pub channel: Channel,
    /// Who is at the keyboard.
    pub user: Option<SignedIn>,
    /// An access code typed or brought by a link (online only).
    pub code: String,
    pub language: String,
    pub plain: bool,
    pub district: Option<i32>,
    pub answers: Vec<AnswerValue>,
    /// A key sent with the form: a second submit of the same form stores nothing.
    pub submission_key: String,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Stored {
    New,
    /// The same form was already stored (double click, reload).
    Again,
}

/// Who answers, worked out before writing: the account or code to mark.
pub enum Access {
    Account(i32),
    Code(String),
    OnBehalf,
}

/// Who answers, and whether they may: the rights part of [`check`].
pub fn access(s: &Survey, sub: &Submission, now: OffsetDateTime) -> AppResult<Access> {
    let code = normalise_code(&sub.code);
    match &sub.channel {
        Channel::Paper { .. } => {
            let user = sub.user.as_ref().ok_or(AppError::Unauthenticated)?;
            if !user.may_run_forum(s.forum_id) {
                return Err(AppError::Forbidden);
            }
            if s.state == model::SurveyState::Draft {
                return Err(AppError::invalid("", "survey-error-not-open"));
            }
            Ok(Access::OnBehalf)
        }
        // A draft does not exist for anyone answering it.
        Channel::Interview | Channel::Online if s.state == model::SurveyState::Draft => Err(AppError::NotFound),
        Channel::Interview => {
            let user = sub.user.as_ref().ok_or(AppError::Unauthenticated)?;
            if !user.may_interview_for(s.forum_id) {
                return Err(AppError::Forbidden);
            }
            open_now(s, now)?;
            Ok(Access::OnBehalf)
        }
        Channel::Online => {
            open_now(s, now)?;
            if !code.is_empty() {
                return Ok(Access::Code(code));
            }
            match (s.audience, &sub.user) {
                (model::Audience::Codes, _) => Err(AppError::invalid("code", "survey-error-code-needed")),
                (model::Audience::Members, Some(u)) if !u.is_member_of(s.forum_id) => Err(AppError::invalid("", "survey-error-members-only")),
                (_, Some(u)) => Ok(Access::Account(u.id)),
                (model::Audience::Members, None) => Err(AppError::Unauthenticated),
                (model::Audience::Public, None) => Err(AppError::invalid("code", "survey-error-who")),
            }
        }
    }
}

/// Whether a typed code lets its bearer answer this survey now: it exists,
/// belongs to this survey and is unused. Asked on the first page, before any
/// question, and again when a store fails on the code.
pub async fn check_code(db: &impl ConnectionTrait, survey_id: i32, code: &str) -> AppResult<()> {
    let code = normalise_code(code);
    if code.is_empty() {
        return Err(AppError::invalid("code", "survey-error-code-needed"));
    }
    let found = survey_code::Entity::find().filter(survey_code::Column::Code.eq(code.as_str())).one(db).await?;
    match found {
        None => Err(AppError::invalid("code", "survey-error-code-unknown")),
        Some(c) if c.survey_id != survey_id => Err(AppError::invalid("code", "survey-error-code-other")),
        Some(c) if c.used => Err(AppError::invalid("code", "survey-error-code-used")),
        Some(_) => Ok(()),
    }
}

fn open_now(s: &Survey, now: OffsetDateTime) -> AppResult<()> {
    if is_open(s, now) {
        Ok(())
    } else if has_ended(s, now) {
        Err(AppError::invalid("", "survey-error-closed"))
    } else {
        Err(AppError::invalid("", "survey-error-not-open"))
    }
}

/// What can be checked before writing: the form's key, who answers, the
/// language and the district.
pub fn check(s: &Survey, sub: &Submission, now: OffsetDateTime) -> AppResult<Access> {
    let key = sub.submission_key.trim();
    if key.is_empty() || key.len() > 64 {
        return Err(AppError::invalid("", "error-form-expired"));
    }
    let who = access(s, sub, now)?;
    if !s.complete_languages().contains(&sub.language) {
        return Err(AppError::invalid("", "error-unknown-language"));
    }
    if s.asks_district && sub.district.is_none() {
        return Err(AppError::invalid("district", "survey-error-district"));
    }
    Ok(who)
}

/// The stored row of one answer; channel, language and district are
/// copied from its response so results filter on one table.
pub fn answer_row(survey_id: i32, r: &survey_response::Model, a: &AnswerValue) -> survey_answer::ActiveModel {
    survey_answer::ActiveModel {
        response_id: Set(r.id),
        survey_id: Set(survey_id),
        question_id: Set(a.question_id),
        option_id: Set(a.option_id),
        value: Set(a.value),
        body: Set(a.text.clone()),
        // Free texts wait for a moderator before they are public: people
        // write names and details of neighbours into them.
        hidden: Set(a.text.is_some()),
        channel: Set(r.channel),
        language: Set(r.language.clone()),
        district_id: Set(r.district_id),
        ..Default::default()
    }
}

/// SQLite binds at most 32,766 values per statement; an answer has 11.
pub const ANSWERS_PER_STATEMENT: usize = 2000;

/// Where an answer is counted: survey, question, answer, channel, language, district.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TallyKey(pub i32, pub i32, pub i32, pub i32, pub ResponseChannel, pub String, pub i32);

impl TallyKey {
    pub fn of(survey_id: i32, a: &AnswerValue, channel: ResponseChannel, language: &str, district: Option<i32>) -> TallyKey {
        TallyKey(survey_id, a.question_id, a.option_id.unwrap_or(0), a.value.unwrap_or(-1), channel, language.into(), district.unwrap_or(0))
    }
}

/// The tally shard of responses written one at a time (batch writers
/// count in shards 1 and up).
pub const SINGLE_WRITES: i32 = 0;

/// Adds counts to the tally in one upsert per chunk (keys must differ
/// within a call; callers add up repeated keys first), in the writer's
/// own `shard` of rows.
pub async fn add_to_tally(db: &impl ConnectionTrait, shard: i32, counts: Vec<(TallyKey, i32)>) -> AppResult<()> {
    use sea_orm::sea_query::{Alias, ExprTrait, OnConflict};
    use survey_tally::Column as C;
    let rows: Vec<survey_tally::ActiveModel> = counts
        .into_iter()
        .map(|(TallyKey(survey_id, question_id, option_id, value, channel, language, district_id), n)| survey_tally::ActiveModel {
            survey_id: Set(survey_id),
            question_id: Set(question_id),
            option_id: Set(option_id),
            value: Set(value),
            channel: Set(channel),
            language: Set(language),
            district_id: Set(district_id),
            shard: Set(shard),
            n: Set(n),
        })
        .collect();
    for chunk in rows.chunks(500) {
        let upsert = OnConflict::columns([C::SurveyId, C::QuestionId, C::OptionId, C::Value, C::Channel, C::Language, C::DistrictId, C::Shard])
            .value(C::N, Expr::col((survey_tally::Entity, C::N)).add(Expr::col((Alias::new("excluded"), C::N))))
            .to_owned();
        survey_tally::Entity::insert_many(chunk.to_vec()).on_conflict(upsert).exec_without_returning(db).await?;
    }
    Ok(())
}

/// Someone without an account asks for a link by email: the address (only
/// its digest is kept) gets one code for this survey, mailed as a link.
pub async fn code_by_email(db: &DatabaseConnection, settings: &crate::config::Settings, s: &Survey, email: &str, lang: &str, plain: bool) -> AppResult<()> {
    let mut errors = Vec::new();
    crate::input::check_email(email, &mut errors);
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors));
    }
    if s.audience != model::Audience::Public {
        return Err(AppError::invalid("email", "survey-error-who"));
    }
    open_now(s, OffsetDateTime::now_utc())?;
    let email = crate::input::normalise_email(email);
    let digest = crate::tokens::digest(&format!("survey:{}:{email}", s.id));
    let (txn, _turn) = crate::db::begin_write(db).await?;
    let existing = survey_code::Entity::find()
        .filter(survey_code::Column::SurveyId.eq(s.id))
        .filter(survey_code::Column::EmailDigest.eq(digest.as_str()))
        .one(&txn)
        .await?;
    let code = match existing {
        // Already answered: say nothing more (the page reads the same).
        Some(c) if c.used => return Ok(()),
        Some(c) => c.code,
        None => {
            let code = new_code();
            survey_code::ActiveModel { survey_id: Set(s.id), code: Set(code.clone()), email_digest: Set(Some(digest)), used: Set(false), ..Default::default() }
                .insert(&txn)
                .await?;
            code
        }
    };
    let link = format!("{}/surveys/{}?code={}", settings.base_url, s.id, code);
    let title = s.text("title", &s.language_for(lang), plain);
    crate::mail::enqueue(&txn, crate::mail::Recipient { email: &email, lang, plain }, "survey-link", &[("title", title), ("link", link)]).await?;
    txn.commit().await?;
    Ok(())
}

/// Whether the signed-in person already answered this survey.
pub async fn has_answered(db: &impl ConnectionTrait, survey: crate::vocabulary::ids::SurveyId, account: crate::vocabulary::ids::AccountId) -> AppResult<bool> {
    let (survey_id, account_id) = (survey.0, account.0);
    Ok(survey_participant::Entity::find_by_id((survey_id, account_id)).one(db).await?.is_some())
}

/// Number of responses of a survey.
pub async fn count(db: &impl ConnectionTrait, survey_id: i32) -> AppResult<u64> {
    use sea_orm::PaginatorTrait;
    Ok(survey_response::Entity::find().filter(survey_response::Column::SurveyId.eq(survey_id)).count(db).await?)
}
