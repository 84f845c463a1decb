//! Reporting, confirming and routing concerns, and what offices do with them.
use super::entity::{concern, concern_event, office_link};
use super::status::Status;
use std::collections::HashMap;
use crate::tokens::{digest, random_token};
use crate::vocabulary::concern_event::EventKind;
use crate::vocabulary::ids::{AccountId, ConcernId, OfficeId};
use crate::schema::categories::category;
use crate::schema::districts::district;
use crate::error::{AppError, AppResult, FieldError};
use crate::mail::{enqueue, Recipient};
use crate::schema::offices::{office, office_staff};
use crate::schema::accounts::account;
use crate::business_days::Calendar;
use crate::schema::routing::routing_rule;
use crate::routing::{most_specific, RuleScope};
use crate::config::Settings;
use sea_orm::{entity::prelude::*, ActiveValue::Set, ConnectionTrait, DatabaseConnection, QueryOrder, QuerySelect};
use time::OffsetDateTime;

pub const MAX_TITLE: usize = 200;
pub const MAX_DESCRIPTION: usize = 5000;
pub const MAX_ADDRESS: usize = 200;
pub const MAX_ANSWER: usize = 5000;

/// A report as typed into the form.
#[derive(Clone, Debug, Default)]
pub struct ReportForm {
    pub title: String,
    pub description: String,
    pub category: String,
    pub district: String,
    pub address: String,
    pub latitude: String,
    pub longitude: String,
    pub email: String,
    pub name: String,
    pub submission_key: String,
}

/// Who sends a report and how they read: mails about it follow their
/// language and their choice of plain language.
#[derive(Clone, Debug, Default)]
pub struct Reporter {
    pub user: Option<crate::accounts::SignedIn>,
    pub lang: String,
    pub plain: bool,
}

/// A report that passed validation.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    pub title: String,
    pub description: String,
    pub category_id: i32,
    pub district_id: i32,
    pub address: Option<String>,
    pub point: Option<(f64, f64)>,
    pub email: Option<String>,
    pub name: Option<String>,
    pub submission_key: String,
}

fn text_field(errors: &mut Vec<FieldError>, field: &str, value: &str, max: usize, required: bool) -> Option<String> {
    let v = value.trim();
    if v.is_empty() {
        if required {
            errors.push(FieldError::new(field, "error-required"));
        }
        return None;
    }
    if v.chars().count() > max {
        errors.push(FieldError::new(field, "error-too-long").with_arg("max", max));
        return None;
    }
    Some(v.to_string())
}

/// Checks a report. Anonymous reporters must give an email address.
pub fn validate(form: &ReportForm, signed_in: bool) -> Result<Report, Vec<FieldError>> {
    let mut errors = Vec::new();
    let title = text_field(&mut errors, "title", &form.title, MAX_TITLE, true);
    let description = text_field(&mut errors, "description", &form.description, MAX_DESCRIPTION, true);
    let category_id = form.category.parse::<i32>().ok();
    if category_id.is_none() {
        errors.push(FieldError::new("category", "error-unknown-category"));
    }
    let district_id = form.district.parse::<i32>().ok();
    if district_id.is_none() {
        errors.push(FieldError::new("district", "error-unknown-district"));
    }
    let address = text_field(&mut errors, "address", &form.address, MAX_ADDRESS, false);
    let point = match (form.latitude.trim(), form.longitude.trim()) {
        ("", "") => None,
        (lat, lon) => match (lat.replace(',', ".").parse::<f64>(), lon.replace(',', ".").parse::<f64>()) {
            (Ok(lat), Ok(lon)) if (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon) => Some((lat, lon)),
            _ => {
                errors.push(FieldError::new("latitude", "error-coordinates"));
                None
            }
        },
    };
    let (email, name) = if signed_in {
        (None, None)
    } else {
        let email = crate::input::normalise_email(&form.email);
        crate::input::check_email(&email, &mut errors);
        (Some(email), text_field(&mut errors, "name", &form.name, 80, false))
    };
    let key = form.submission_key.trim();
    if key.len() != 64 || !key.bytes().all(|b| b.is_ascii_hexdigit()) {
        errors.push(FieldError::new("", "error-form-expired"));
    }
    match (title, description, category_id, district_id) {
        (Some(title), Some(description), Some(category_id), Some(district_id)) if errors.is_empty() => Ok(Report {
            title,
            description,
            category_id,
            district_id,
            address,
            point,
            email,
            name,
            submission_key: key.to_lowercase(),
        }),
        _ => Err(errors),
    }
}

pub fn reference(id: i32, year: i32) -> String {
    format!("Q-{year}-{id:06}")
}

/// A reference number typed into a search, however it was written
/// ("Q-2026-000588", "q-2026-588", "2026-000588", "2026 588"), in its
/// stored form; `None` for anything else.
pub fn as_reference(text: &str) -> Option<String> {
    let text = text.trim().to_uppercase();
    let rest = text.strip_prefix('Q').map(|r| r.trim_start_matches(['-', ' '])).unwrap_or(&text);
    let (year, number) = rest.split_once(['-', ' ', '/'])?;
    let number = number.trim();
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    if year.len() != 4 || !digits(year) || !digits(number) || number.len() > 9 {
        return None;
    }
    let n: u64 = number.parse().ok()?;
    Some(format!("Q-{year}-{n:06}"))
}

/// A public timeline entry of this kind, now; callers add what it says.
pub(crate) fn event(concern_id: i32, kind: EventKind) -> concern_event::ActiveModel {
    concern_event::ActiveModel {
        concern_id: Set(concern_id),
        kind: Set(kind),
        public: Set(true),
        created_at: Set(OffsetDateTime::now_utc()),
        ..Default::default()
    }
}

/// What the reporter sees after sending.
#[derive(Clone, Debug, PartialEq)]
pub struct Reported {
    pub reference: String,
    pub published: bool,
}

/// Stores a report. Signed-in reporters' concerns are published and routed
/// at once; others wait for the emailed confirmation link. Sending the same
/// form twice (a double click) finds the first concern.
pub async fn report(db: &DatabaseConnection, settings: &Settings, reporter: &Reporter, report: Report, photos: Vec<super::photos::Processed>) -> AppResult<Reported> {
    if let Some(existing) = check_report(db, &report).await? {
        return Ok(existing);
    }
    store(db, settings, reporter, report, photos).await
}

/// What is read before a report is written, outside the write transaction
/// (writers take turns, readers do not): the concern an earlier send of the
/// same form made, if any, and whether category and district exist. A
/// second submit racing the first is caught by the unique key.
pub async fn check_report(db: &impl ConnectionTrait, report: &Report) -> AppResult<Option<Reported>> {
    if let Some(existing) = submitted(db, &report.submission_key).await? {
        return Ok(Some(existing));
    }
    if category::Entity::find_by_id(report.category_id).one(db).await?.is_none() {
        return Err(AppError::invalid("category", "error-unknown-category"));
    }
    if district::Entity::find_by_id(report.district_id).one(db).await?.is_none() {
        return Err(AppError::invalid("district", "error-unknown-district"));
    }
    Ok(None)
}

/// The token a report's confirmation link carries: reporters without an
/// account confirm by mail, signed-in ones need none.
pub(crate) fn confirm_token(reporter: &Reporter) -> Option<String> {
    reporter.user.is_none().then(random_token)
}

/// A report's row, for the single and the batched write: published (and
/// routed next) when the reporter is signed in, otherwise waiting for the
/// confirmation link, whose token is kept only as a digest.
pub(crate) fn report_row(reporter: &Reporter, report: &Report, confirm_token: Option<&str>, now: OffsetDateTime) -> concern::ActiveModel {
    let signed_in = reporter.user.as_ref();
    concern::ActiveModel {
        title: Set(report.title.clone()),
        description: Set(report.description.clone()),
        category_id: Set(report.category_id),
        district_id: Set(report.district_id),
        address: Set(report.address.clone()),
        latitude: Set(report.point.map(|p| p.0)),
        longitude: Set(report.point.map(|p| p.1)),
        language: Set(reporter.lang.clone()),
        author_id: Set(signed_in.map(|u| u.id)),
        author_email: Set(report.email.clone()),
        author_name: Set(report.name.clone()),
        status: Set(if signed_in.is_some() { Status::Submitted } else { Status::Unconfirmed }),
        published: Set(signed_in.is_some()),
        accepted: Set(false),
        supports: Set(0),
        submission_key: Set(report.submission_key.clone()),
        confirm_token_hash: Set(confirm_token.map(digest)),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
}

/// The mail a stored report sends, for the single and the batched write:
/// the receipt to a signed-in reporter, otherwise the confirmation link.
pub(crate) fn report_mail(settings: &Settings, reporter: &Reporter, report: &Report, reference: &str, confirm_token: Option<&str>) -> crate::schema::mail::mail_outbox::ActiveModel {
    let to = Recipient { email: "", lang: &reporter.lang, plain: reporter.plain };
    let (to, kind, link) = match (&reporter.user, confirm_token) {
        (Some(user), _) => (Recipient { email: &user.email, ..to }, "concern-receipt", format!("{}/concerns/{reference}", settings.base_url)),
        (None, token) => (
            Recipient { email: report.email.as_deref().unwrap_or_default(), ..to },
            "concern-confirm",
            format!("{}/concerns/confirm?token={}", settings.base_url, token.unwrap_or_default()),
        ),
    };
    crate::mail::message(to, kind, &[("reference", reference.to_string()), ("title", report.title.clone()), ("link", link)])
}

/// Writes a checked report in its own transaction (see [`report`]).
pub async fn store(db: &DatabaseConnection, settings: &Settings, reporter: &Reporter, report: Report, photos: Vec<super::photos::Processed>) -> AppResult<Reported> {
    let calendar = &settings.calendar();
    let (txn, _turn) = crate::db::begin_write(db).await?;
    let now = OffsetDateTime::now_utc();
    let confirm_token = confirm_token(reporter);
    let created = report_row(reporter, &report, confirm_token.as_deref(), now).insert(&txn).await;
    let created = match created {
        Ok(created) => created,
        Err(e) if matches!(e.sql_err(), Some(sea_orm::SqlErr::UniqueConstraintViolation(_))) => {
            drop(txn);
            return submitted(db, &report.submission_key).await?.ok_or(AppError::Db(e));
        }
        Err(e) => return Err(e.into()),
    };
    let reference = reference(created.id, now.year());
    let mut m: concern::ActiveModel = created.clone().into();
    m.reference = Set(Some(reference.clone()));
    let created = m.update(&txn).await?;
    event(created.id, EventKind::Submitted).insert(&txn).await?;
    if reporter.user.is_some() {
        route(&txn, settings, calendar, &created).await?;
    }
    report_mail(settings, reporter, &report, &reference, confirm_token.as_deref()).insert(&txn).await?;
    // Files last: if storing or committing fails, they are taken away again.
    let keys = super::photos::store(&txn, &settings.upload_dir, created.id, &photos).await?;
    if let Err(e) = txn.commit().await {
        super::photos::remove_files(&settings.upload_dir, &keys).await;
        return Err(e.into());
    }
    Ok(Reported { reference, published: reporter.user.is_some() })
}

/// The concern a form with this submission key already made, if any.
async fn submitted(db: &impl ConnectionTrait, key: &str) -> AppResult<Option<Reported>> {
    Ok(concern::Entity::find()
        .filter(concern::Column::SubmissionKey.eq(key))
        .one(db)
        .await?
        .map(|c| Reported { reference: c.reference.unwrap_or_default(), published: c.published }))
}

/// Publishes and routes a concern from its confirmation link. A second
/// click shows the same concern again.
pub async fn confirm(db: &DatabaseConnection, settings: &Settings, token: &str) -> AppResult<String> {
    let calendar = &settings.calendar();
    let (txn, _turn) = crate::db::begin_write(db).await?;
    let found = concern::Entity::find()
        .filter(concern::Column::ConfirmTokenHash.eq(digest(token)))
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    let reference = found.reference.clone().unwrap_or_default();
    if found.status != Status::Unconfirmed {
        return Ok(reference);
    }
    let mut m: concern::ActiveModel = found.clone().into();
    m.status = Set(Status::Submitted);
    m.published = Set(true);
    m.updated_at = Set(OffsetDateTime::now_utc());
    let confirmed = m.update(&txn).await?;
    event(confirmed.id, EventKind::Confirmed).insert(&txn).await?;
    route(&txn, settings, calendar, &confirmed).await?;
    if let Some(email) = &confirmed.author_email {
        enqueue(
            &txn,
            Recipient { email, lang: &confirmed.language, plain: false },
            "concern-receipt",
            &[("reference", reference.clone()), ("title", confirmed.title.clone()), ("link", format!("{}/concerns/{reference}", settings.base_url))],
        )
        .await?;
    }
    txn.commit().await?;
    Ok(reference)
}

/// Sends a concern to the office of the most specific routing rule, with a
/// deadline, and records which rule decided. Without a rule it stays
/// `submitted`, in the triage queue of the district's forum moderators.
pub async fn route(db: &impl ConnectionTrait, settings: &Settings, calendar: &Calendar, c: &concern::Model) -> AppResult<()> {
    let planning_space = district::Entity::find_by_id(c.district_id).one(db).await?.and_then(|d| d.planning_space_id);
    let rules = routing_rule::Entity::find().filter(routing_rule::Column::CategoryId.eq(c.category_id)).all(db).await?;
    let scopes: Vec<RuleScope> = rules
        .iter()
        .map(|r| RuleScope { id: r.id, category_id: r.category_id, district_id: r.district_id, planning_space_id: r.planning_space_id })
        .collect();
    let Some(rule) = most_specific(&scopes, c.category_id, c.district_id, planning_space).and_then(|s| rules.iter().find(|r| r.id == s.id)) else {
        let mut e = event(c.id, EventKind::Triage);
        e.status = Set(Some(Status::Submitted));
        e.insert(db).await?;
        return Ok(());
    };
    assign(db, settings, calendar, c, rule.office_id, Some(rule.id), rule.deadline_days).await?;
    let mut e = event(c.id, EventKind::Routed);
    e.office_id = Set(Some(rule.office_id));
    e.rule_id = Set(Some(rule.id));
    e.insert(db).await?;
    Ok(())
}

/// Gives a concern to an office with a fresh deadline and tells the office:
/// its staff by mail, or, without staff accounts, its contact address with a
/// secure link that opens the office actions for this concern only.
async fn assign(db: &impl ConnectionTrait, settings: &Settings, calendar: &Calendar, c: &concern::Model, office_id: i32, rule_id: Option<i32>, days: i32) -> AppResult<()> {
    let today = OffsetDateTime::now_utc().date();
    let mut m: concern::ActiveModel = c.clone().into();
    m.office_id = Set(Some(office_id));
    m.routing_rule_id = Set(rule_id);
    m.deadline = Set(Some(calendar.add_business_days(today, Ord::max(days, 0) as u32)));
    m.status = Set(Status::Open);
    m.accepted = Set(false);
    m.updated_at = Set(OffsetDateTime::now_utc());
    m.update(db).await?;

    let office = office::Entity::find_by_id(office_id).one(db).await?.ok_or(AppError::NotFound)?;
    let staff_ids: Vec<i32> = office_staff::Entity::find()
        .filter(office_staff::Column::OfficeId.eq(office_id))
        .all(db)
        .await?
        .into_iter()
        .map(|s| s.account_id)
        .collect();
    let reference = c.reference.clone().unwrap_or_default();
    let args = |link: String| vec![("reference", reference.clone()), ("title", c.title.clone()), ("link", link), ("office", office.name.clone())];
    if !staff_ids.is_empty() {
        for a in account::Entity::find().filter(account::Column::Id.is_in(staff_ids)).all(db).await? {
            enqueue(
                db,
                Recipient { email: &a.email, lang: &a.language, plain: a.plain_language },
                "office-new-concern",
                &args(format!("{}/office/concerns/{}", settings.base_url, c.id)),
            )
            .await?;
        }
    } else if let Some(email) = &office.contact_email {
        let token = random_token();
        let now = OffsetDateTime::now_utc();
        office_link::ActiveModel {
            concern_id: Set(c.id),
            office_id: Set(office_id),
            token_hash: Set(digest(&token)),
            expires_at: Set(now + time::Duration::days(settings.office_link_days)),
            created_at: Set(now),
            ..Default::default()
        }
        .insert(db)
        .await?;
        enqueue(db, Recipient { email, lang: "de", plain: false }, "office-new-concern", &args(format!("{}/office/link/{token}", settings.base_url))).await?;
    }
    Ok(())
}

/// Who acts for an office: a signed-in staff member, or a mailed link.
#[derive(Clone, Debug)]
pub enum OfficeActor {
    Staff { account_id: i32, offices: Vec<i32> },
    Link { office_id: i32, concern_id: i32 },
}

impl OfficeActor {
    fn may_act_on(&self, c: &concern::Model) -> bool {
        match (self, c.office_id) {
            (OfficeActor::Staff { offices, .. }, Some(office)) => offices.contains(&office),
            (OfficeActor::Link { office_id, concern_id }, Some(office)) => *office_id == office && *concern_id == c.id,
            _ => false,
        }
    }

    fn account_id(&self) -> Option<i32> {
        match self {
            OfficeActor::Staff { account_id, .. } => Some(*account_id),
            OfficeActor::Link { .. } => None,
        }
    }

    /// How the audit log names who acted.
    fn role(&self) -> &'static str {
        match self {
            OfficeActor::Staff { .. } => "office",
            OfficeActor::Link { .. } => "office-link",
        }
    }
}

/// Resolves a mailed office link. Forged, expired links and links to a
/// concern that is closed or no longer with that office are refused.
pub async fn office_link_actor(db: &impl ConnectionTrait, token: &str) -> AppResult<(OfficeActor, concern::Model)> {
    let link = office_link::Entity::find()
        .filter(office_link::Column::TokenHash.eq(digest(token)))
        .one(db)
        .await?
        .ok_or(AppError::Refused("error-link-unknown"))?;
    if link.expires_at < OffsetDateTime::now_utc() {
        return Err(AppError::Refused("error-link-expired"));
    }
    let c = concern::Entity::find_by_id(link.concern_id).one(db).await?.ok_or(AppError::NotFound)?;
    if c.office_id != Some(link.office_id) || c.status.is_closed() {
        return Err(AppError::Refused("error-link-used"));
    }
    Ok((OfficeActor::Link { office_id: link.office_id, concern_id: c.id }, c))
}

/// What an office does with a concern.
#[derive(Clone, Debug, PartialEq)]
pub enum OfficeAction {
    Accept,
    Forward { office_id: i32, reason: String },
    HandBack { reason: String },
    SetStatus { status: Status, answer: String },
    Note { body: String },
}

impl OfficeAction {
    /// Parses the office forms: `action` plus the fields of that form.
    pub fn parse(action: &str, get: impl Fn(&str) -> String) -> Result<OfficeAction, Vec<FieldError>> {
        let mut errors = Vec::new();
        let action = match action {
            "accept" => OfficeAction::Accept,
            "forward" => {
                let office_id = get("office").parse::<i32>().ok();
                if office_id.is_none() {
                    errors.push(FieldError::new("office", "error-unknown-office"));
                }
                let reason = text_field(&mut errors, "forward_reason", &get("forward_reason"), 2000, true);
                OfficeAction::Forward { office_id: office_id.unwrap_or_default(), reason: reason.unwrap_or_default() }
            }
            "hand_back" => OfficeAction::HandBack {
                reason: text_field(&mut errors, "handback_reason", &get("handback_reason"), 2000, true).unwrap_or_default(),
            },
            "status" => {
                let new_status = Status::parse(&get("status")).filter(|s| s.is_office_answer());
                if new_status.is_none() {
                    errors.push(FieldError::new("status", "error-unknown-status"));
                }
                let answer = text_field(&mut errors, "answer", &get("answer"), MAX_ANSWER, true).unwrap_or_default();
                // Without a status the errors above refuse the form.
                new_status.map_or(OfficeAction::Accept, |status| OfficeAction::SetStatus { status, answer })
            }
            "note" => OfficeAction::Note { body: text_field(&mut errors, "note", &get("note"), MAX_ANSWER, true).unwrap_or_default() },
            _ => {
                errors.push(FieldError::new("", "error-invalid"));
                OfficeAction::Accept
            }
        };
        if errors.is_empty() { Ok(action) } else { Err(errors) }
    }
}

/// Carries out an office action; every change goes into the timeline, and
/// the reporter hears of public changes.
/// Texts are stored as written in `language`, the language the actor reads
/// Quartier in. Returns the concern's reference and whether it is closed now.
/// Refuses someone who may not work on the concern before any of their
/// input is read (so a refusal never depends on what was typed).
pub async fn check_actor(db: &DatabaseConnection, actor: &OfficeActor, concern_id: i32) -> AppResult<()> {
    let c = concern::Entity::find_by_id(concern_id).one(db).await?.ok_or(AppError::NotFound)?;
    if actor.may_act_on(&c) { Ok(()) } else { Err(AppError::Forbidden) }
}

pub async fn act(db: &DatabaseConnection, settings: &Settings, actor: &OfficeActor, concern_id: i32, action: OfficeAction, language: &str) -> AppResult<(String, bool)> {
    let calendar = &settings.calendar();
    let (txn, _turn) = crate::db::begin_write(db).await?;
    let c = concern::Entity::find_by_id(concern_id).one(&txn).await?.ok_or(AppError::NotFound)?;
    if !actor.may_act_on(&c) {
        return Err(AppError::Forbidden);
    }
    if c.status.is_closed() && !matches!(action, OfficeAction::Note { .. }) {
        return Err(AppError::invalid("", "error-concern-closed"));
    }
    // Accepting what is accepted already changes nothing and logs nothing.
    if matches!(action, OfficeAction::Accept) && c.accepted {
        return Ok((c.reference.unwrap_or_default(), false));
    }
    let current_office = c.office_id.unwrap_or_default();
    let mut e = event(c.id, EventKind::Note);
    e.language = Set(language.to_string());
    e.actor_id = Set(actor.account_id());
    e.office_id = Set(Some(current_office));
    let mut notify_reporter: Option<(&str, String, Option<Status>)> = None;
    let mut closed = false;
    // Old and new value of what the action changed, for the audit log.
    let mut changed: Option<String> = None;
    match action {
        OfficeAction::Accept => {
            let mut m: concern::ActiveModel = c.clone().into();
            m.accepted = Set(true);
            m.updated_at = Set(OffsetDateTime::now_utc());
            m.update(&txn).await?;
            e.kind = Set(EventKind::Accepted);
        }
        OfficeAction::Forward { office_id, reason } => {
            if office_id == current_office {
                return Err(AppError::invalid("office", "error-forward-same-office"));
            }
            let Some(to) = office::Entity::find_by_id(office_id).one(&txn).await? else {
                return Err(AppError::invalid("office", "error-unknown-office"));
            };
            let from = office::Entity::find_by_id(current_office).one(&txn).await?.map(|o| format!("{} {}", o.code, o.name)).unwrap_or_default();
            let days = match c.routing_rule_id {
                Some(r) => routing_rule::Entity::find_by_id(r).one(&txn).await?.map(|r| r.deadline_days),
                None => None,
            }
            .unwrap_or(settings.default_deadline_days);
            assign(&txn, settings, calendar, &c, office_id, c.routing_rule_id, days).await?;
            changed = Some(crate::audit::change("office", &from, &format!("{} {}", to.code, to.name)));
            e.kind = Set(EventKind::Forwarded);
            e.office_id = Set(Some(office_id));
            e.body = Set(Some(reason));
        }
        OfficeAction::HandBack { reason } => {
            let mut m: concern::ActiveModel = c.clone().into();
            m.office_id = Set(None);
            m.deadline = Set(None);
            m.accepted = Set(false);
            m.status = Set(Status::Submitted);
            m.updated_at = Set(OffsetDateTime::now_utc());
            m.update(&txn).await?;
            changed = Some(crate::audit::change("status", c.status.as_str(), Status::Submitted.as_str()));
            e.kind = Set(EventKind::HandedBack);
            e.body = Set(Some(reason));
        }
        OfficeAction::SetStatus { status: new_status, answer } => {
            changed = Some(crate::audit::change("status", c.status.as_str(), new_status.as_str()));
            let mut m: concern::ActiveModel = c.clone().into();
            m.status = Set(new_status);
            m.accepted = Set(true);
            m.updated_at = Set(OffsetDateTime::now_utc());
            m.update(&txn).await?;
            e.kind = Set(EventKind::Answered);
            e.status = Set(Some(new_status));
            e.body = Set(Some(answer.clone()));
            closed = new_status.is_closed();
            notify_reporter = Some(("concern-answered", answer, Some(new_status)));
        }
        OfficeAction::Note { body } => {
            e.kind = Set(EventKind::Note);
            e.public = Set(false);
            e.body = Set(Some(body));
        }
    }
    let kind = *e.kind.as_ref();
    let public_change = match kind {
        EventKind::Accepted => Some("follow-change-accepted"),
        EventKind::Forwarded => Some("follow-change-forwarded"),
        EventKind::HandedBack => Some("follow-change-handed-back"),
        EventKind::Answered => Some("follow-change-answered"),
        _ => None,
    };
    let body = match &e.body {
        sea_orm::ActiveValue::Set(body) | sea_orm::ActiveValue::Unchanged(body) => body.clone(),
        sea_orm::ActiveValue::NotSet => None,
    };
    let detail = match (changed, body) {
        (Some(change), Some(body)) => Some(format!("{change}; {body}")),
        (change, body) => change.or(body),
    };
    e.insert(&txn).await?;
    crate::audit::record(&txn, actor.account_id(), actor.role(), &format!("office-{kind}"), c.reference.as_deref().unwrap_or_default(), detail.as_deref()).await?;
    if let Some(change) = public_change {
        super::participation::notify_followers(&txn, settings, &c, change).await?;
    }
    if let Some((kind, answer, new_status)) = notify_reporter {
        let reference = c.reference.clone().unwrap_or_default();
        if let Some((email, lang, plain)) = reporter(&txn, &c).await? {
            enqueue(
                &txn,
                Recipient { email: &email, lang: &lang, plain },
                kind,
                &[
                    ("reference", reference.clone()),
                    ("title", c.title.clone()),
                    ("answer", answer),
                    // The new status, named in the reporter's language.
                    ("status", new_status.map(|s| crate::i18n::translate(&lang, plain, &format!("status-{s}"))).unwrap_or_default()),
                    ("link", format!("{}/concerns/{reference}", settings.base_url)),
                ],
            )
            .await?;
        }
    }
    txn.commit().await?;
    Ok((c.reference.unwrap_or_default(), closed))
}

pub use super::ListFilter;

pub const PAGE_SIZE: u64 = 20;

pub async fn public_list(db: &impl ConnectionTrait, filter: &ListFilter) -> AppResult<Vec<concern::Model>> {
    let mut q = concern::Entity::find()
        .filter(concern::Column::Published.eq(true))
        .filter(concern::Column::Hidden.eq(false))
        .order_by_desc(concern::Column::Id)
        .limit(PAGE_SIZE + 1);
    if let Some(d) = filter.district {
        q = q.filter(concern::Column::DistrictId.eq(d));
    }
    if let Some(c) = filter.category {
        q = q.filter(concern::Column::CategoryId.eq(c));
    }
    match filter.status.as_deref().and_then(Status::parse) {
        Some(s) if Status::PUBLIC.contains(&s) => q = q.filter(concern::Column::Status.eq(s)),
        _ => q = q.filter(concern::Column::Status.is_not_in([Status::Rejected, Status::Duplicate])),
    }
    if let Some(text) = filter.q.as_deref() {
        let words = search_words(text);
        if !words.is_empty() {
            q = q.filter(full_text_match(db.get_database_backend(), &words));
        }
    }
    if let Some(before) = filter.before {
        q = q.filter(concern::Column::Id.lt(before));
    }
    Ok(q.all(db).await?)
}

/// The words of a search, letters and digits only, at most eight.
pub fn search_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).take(8).map(str::to_lowercase).collect()
}

/// Every word must occur in title or description, as a word or a word's
/// beginning ("Spiel" finds "Spielplatz"), through the database's
/// full-text index: FTS5 on SQLite, a tsvector with GIN on PostgreSQL.
fn full_text_match(backend: sea_orm::DbBackend, words: &[String]) -> sea_orm::sea_query::SimpleExpr {
    match backend {
        sea_orm::DbBackend::Postgres => {
            let query = words.iter().map(|w| format!("{w}:*")).collect::<Vec<_>>().join(" & ");
            Expr::cust_with_values("concern.search @@ to_tsquery('simple', $1)", [query])
        }
        _ => {
            let query = words.iter().map(|w| format!("\"{w}\"*")).collect::<Vec<_>>().join(" ");
            Expr::cust_with_values("concern.id IN (SELECT rowid FROM concern_fts WHERE concern_fts MATCH ?)", [query])
        }
    }
}

pub async fn by_reference(db: &impl ConnectionTrait, reference: &str) -> AppResult<concern::Model> {
    concern::Entity::find()
        .filter(concern::Column::Reference.eq(reference))
        .filter(concern::Column::Published.eq(true))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

pub async fn timeline(db: &impl ConnectionTrait, concern_id: i32, with_internal: bool) -> AppResult<Vec<concern_event::Model>> {
    let mut q = concern_event::Entity::find().filter(concern_event::Column::ConcernId.eq(concern_id)).order_by_asc(concern_event::Column::Id);
    if !with_internal {
        q = q.filter(concern_event::Column::Public.eq(true));
    }
    Ok(q.all(db).await?)
}

/// Who reported a concern and how they read: (email, language, plain
/// language), from their account or the address they gave; `None` when
/// nobody can be written to.
pub async fn reporter(db: &impl ConnectionTrait, c: &concern::Model) -> AppResult<Option<(String, String, bool)>> {
    Ok(match c.author_id {
        Some(id) => account::Entity::find_by_id(id).one(db).await?.map(|a| (a.email, a.language, a.plain_language)),
        None => c.author_email.clone().map(|e| (e, c.language.clone(), false)),
    })
}

/// Tells the reporter what a moderator did to their concern (hidden with a
/// public reason, merged into another), in their language.
pub async fn tell_reporter(db: &impl ConnectionTrait, settings: &Settings, c: &concern::Model, kind: &str, args: &[(&str, String)]) -> AppResult<()> {
    let Some((email, lang, plain)) = reporter(db, c).await? else { return Ok(()) };
    let reference = c.reference.clone().unwrap_or_default();
    let mut all = vec![("reference", reference.clone()), ("title", c.title.clone()), ("link", format!("{}/concerns/{reference}", settings.base_url))];
    all.extend(args.iter().cloned());
    enqueue(db, Recipient { email: &email, lang: &lang, plain }, kind, &all).await
}

/// The concerns a person reported, newest first.
pub async fn reported_by(db: &impl ConnectionTrait, account_id: i32) -> AppResult<Vec<concern::Model>> {
    Ok(concern::Entity::find()
        .filter(concern::Column::AuthorId.eq(account_id))
        .filter(concern::Column::Status.ne(Status::Unconfirmed))
        .order_by_desc(concern::Column::Id)
        .limit(100)
        .all(db)
        .await?)
}

/// Concerns this person follows or supports (their own reports aside),
/// newest first.
pub async fn followed_or_supported_by(db: &impl ConnectionTrait, account_id: i32) -> AppResult<Vec<concern::Model>> {
    use super::entity::{concern_follower, concern_support};
    let mut ids: Vec<i32> = concern_follower::Entity::find()
        .filter(concern_follower::Column::AccountId.eq(account_id))
        .all(db)
        .await?
        .into_iter()
        .map(|f| f.concern_id)
        .collect();
    ids.extend(concern_support::Entity::find().filter(concern_support::Column::AccountId.eq(account_id)).all(db).await?.into_iter().map(|s| s.concern_id));
    Ok(concern::Entity::find()
        .filter(concern::Column::Id.is_in(ids))
        .filter(sea_orm::Condition::any().add(concern::Column::AuthorId.ne(account_id)).add(concern::Column::AuthorId.is_null()))
        .filter(concern::Column::Status.ne(Status::Unconfirmed))
        .filter(concern::Column::Hidden.eq(false))
        .order_by_desc(concern::Column::Id)
        .limit(100)
        .all(db)
        .await?)
}

/// Why an office handed each of these concerns back, the latest reason
/// per concern, so triage decides with it in view.
pub async fn hand_back_reasons(db: &impl ConnectionTrait, concern_ids: &[i32]) -> AppResult<HashMap<i32, String>> {
    let events = concern_event::Entity::find()
        .filter(concern_event::Column::ConcernId.is_in(concern_ids.to_vec()))
        .filter(concern_event::Column::Kind.eq("handed_back"))
        .order_by_asc(concern_event::Column::Id)
        .all(db)
        .await?;
    Ok(events.into_iter().filter_map(|e| e.body.map(|b| (e.concern_id, b))).collect())
}

/// Which of an office's concerns the inbox shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InboxShow {
    /// Everything the office still has to do (the default).
    Open,
    All,
    Closed,
    Status(Status),
}

impl InboxShow {
    pub fn parse(value: &str) -> InboxShow {
        match value {
            "all" => InboxShow::All,
            "closed" => InboxShow::Closed,
            s => Status::parse(s).map(InboxShow::Status).unwrap_or(InboxShow::Open),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InboxSort {
    /// Most urgent first; concerns without a deadline last.
    Deadline,
    Newest,
}

impl InboxSort {
    pub fn parse(value: &str) -> InboxSort {
        if value == "newest" { InboxSort::Newest } else { InboxSort::Deadline }
    }
}

/// An office's inbox: by default its open work, most urgent first; a
/// search finds a reference number or words of title and text.
pub async fn inbox(db: &impl ConnectionTrait, offices: &[i32], show: InboxShow, overdue_only: bool, sort: InboxSort, search: &str) -> AppResult<Vec<concern::Model>> {
    let mut q = concern::Entity::find().filter(concern::Column::OfficeId.is_in(offices.to_vec())).limit(200);
    q = match sort {
        InboxSort::Deadline => q
            .order_by(concern::Column::Deadline.is_null(), sea_orm::Order::Asc)
            .order_by_asc(concern::Column::Deadline)
            .order_by_desc(concern::Column::Id),
        InboxSort::Newest => q.order_by_desc(concern::Column::Id),
    };
    q = match show {
        InboxShow::Open => q.filter(concern::Column::Status.is_not_in(Status::CLOSED)),
        InboxShow::Closed => q.filter(concern::Column::Status.is_in(Status::CLOSED)),
        InboxShow::All => q,
        InboxShow::Status(s) => q.filter(concern::Column::Status.eq(s)),
    };
    if overdue_only {
        q = q.filter(concern::Column::Deadline.lt(OffsetDateTime::now_utc().date())).filter(concern::Column::Status.is_not_in(Status::CLOSED));
    }
    if let Some(reference) = as_reference(search) {
        q = q.filter(concern::Column::Reference.eq(reference));
    } else {
        let words = search_words(search);
        if !words.is_empty() {
            q = q.filter(full_text_match(db.get_database_backend(), &words));
        }
    }
    Ok(q.all(db).await?)
}

/// How many of an office's concerns are in each status.
pub async fn inbox_counts(db: &impl ConnectionTrait, offices: &[i32]) -> AppResult<Vec<(Status, i64)>> {
    let rows: Vec<(Status, i64)> = concern::Entity::find()
        .select_only()
        .column(concern::Column::Status)
        .column_as(concern::Column::Id.count(), "n")
        .filter(concern::Column::OfficeId.is_in(offices.to_vec()))
        .group_by(concern::Column::Status)
        .into_tuple()
        .all(db)
        .await?;
    Ok(Status::ALL.iter().filter_map(|s| rows.iter().find(|(r, _)| r == s).copied()).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> ReportForm {
        ReportForm {
            title: "Loch im Gehweg".into(),
            description: "Vor Haus 12 ist ein tiefes Loch.".into(),
            category: "3".into(),
            district: "7".into(),
            email: "a@example.org".into(),
            submission_key: "ab".repeat(32),
            ..Default::default()
        }
    }

    #[test]
    fn a_good_report_passes() {
        let r = validate(&form(), false).unwrap();
        assert_eq!((r.category_id, r.district_id, r.point), (3, 7, None));
        assert_eq!(r.email.as_deref(), Some("a@example.org"));
    }

    #[test]
    fn anonymous_reports_need_an_email_and_coordinates_must_be_real() {
        let mut f = form();
        f.email = String::new();
        f.latitude = "95".into();
        f.longitude = "11".into();
        let errors = validate(&f, false).unwrap_err();
        let fields: Vec<_> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, vec!["latitude", "email"]);
        assert!(validate(&f, true).is_err(), "coordinates still checked when signed in");
        f.latitude = "50,98".into();
        assert_eq!(validate(&f, true).unwrap().point, Some((50.98, 11.0)));
    }

    #[test]
    fn overlong_and_missing_fields_are_named() {
        let mut f = form();
        f.title = "x".repeat(MAX_TITLE + 1);
        f.description = "  ".into();
        f.category = "roads".into();
        let errors = validate(&f, false).unwrap_err();
        assert_eq!(errors[0], FieldError::new("title", "error-too-long").with_arg("max", MAX_TITLE));
        assert_eq!(errors[1].field, "description");
        assert_eq!(errors[2].message, "error-unknown-category");
    }

    #[test]
    fn search_words_keep_letters_and_digits_only() {
        assert_eq!(search_words("  Spiel-platz \"Nord\"* OR 12 "), vec!["spiel", "platz", "nord", "or", "12"]);
        assert_eq!(search_words("Straße Ärger"), vec!["straße", "ärger"]);
        assert!(search_words("*** ''").is_empty());
    }

    #[test]
    fn references_are_padded() {
        assert_eq!(reference(123, 2026), "Q-2026-000123");
    }

    #[test]
    fn office_actions_are_parsed_with_their_fields() {
        let fields = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| pairs.iter().find(|p| p.0 == name).map(|p| p.1.to_string()).unwrap_or_default()
        };
        assert_eq!(OfficeAction::parse("accept", fields(&[])), Ok(OfficeAction::Accept));
        let errors = OfficeAction::parse("forward", fields(&[("office", "x")])).unwrap_err();
        assert_eq!(errors.iter().map(|e| e.field.as_str()).collect::<Vec<_>>(), vec!["office", "forward_reason"]);
        assert_eq!(
            OfficeAction::parse("status", fields(&[("status", "done"), ("answer", "Repariert.")])),
            Ok(OfficeAction::SetStatus { status: Status::Done, answer: "Repariert.".into() })
        );
        assert!(OfficeAction::parse("status", fields(&[("status", "rejected"), ("answer", "x")])).is_err(), "offices do not reject");
        assert!(OfficeAction::parse("delete", fields(&[])).is_err());
    }
}


/// Published concerns no rule could route, in the moderator's districts.
pub async fn triage_queue(db: &impl ConnectionTrait, forum_ids: &[i32]) -> AppResult<Vec<concern::Model>> {
    let mut q = concern::Entity::find()
        .filter(concern::Column::Published.eq(true))
        .filter(concern::Column::Status.eq(Status::Submitted))
        .order_by_asc(concern::Column::Id)
        .limit(200);
    if let Some(districts) = crate::access::moderated_districts(db, forum_ids).await? {
        q = q.filter(concern::Column::DistrictId.is_in(districts));
    }
    Ok(q.all(db).await?)
}

/// A moderator sends a concern from the triage queue to an office.
pub async fn assign_from_triage(db: &DatabaseConnection, settings: &Settings, moderator: AccountId, forum_ids: &[i32], concern: ConcernId, office: OfficeId) -> AppResult<()> {
    let (moderator, concern_id, office_id) = (moderator.0, concern.0, office.0);
    let calendar = &settings.calendar();
    let (txn, _turn) = crate::db::begin_write(db).await?;
    let c = concern::Entity::find_by_id(concern_id).one(&txn).await?.ok_or(AppError::NotFound)?;
    if !crate::access::covers(&txn, forum_ids, c.district_id).await? {
        return Err(AppError::Forbidden);
    }
    if c.status != Status::Submitted || !c.published {
        return Err(AppError::invalid("", "error-not-in-triage"));
    }
    let Some(to) = office::Entity::find_by_id(office_id).one(&txn).await? else {
        return Err(AppError::invalid("office", "error-unknown-office"));
    };
    assign(&txn, settings, calendar, &c, office_id, None, settings.default_deadline_days).await?;
    let mut e = event(c.id, EventKind::Assigned);
    e.office_id = Set(Some(office_id));
    e.actor_id = Set(Some(moderator));
    e.insert(&txn).await?;
    let detail = crate::audit::change("office", "", &format!("{} {}", to.code, to.name));
    crate::audit::record(&txn, Some(moderator), "moderator", "moderation-assigned", c.reference.as_deref().unwrap_or_default(), Some(&detail)).await?;
    txn.commit().await?;
    Ok(())
}

/// Property tests for the report form, which the Open311 API fills from its
/// own fields: any text gives a report or field errors, never a panic, and
/// what passes keeps to the limits.
#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    fn text() -> impl Strategy<Value = String> {
        prop_oneof![
            ".{0,30}", "[0-9.,-]{0,12}", Just("</title><script>alert(1)</script>".to_string()), Just("NaN".to_string()),
            Just("1e309".to_string()), Just("-91".to_string()), Just("181".to_string()), Just("a@b".to_string()), "x{300,600}",
        ]
    }

    proptest! {
        #[test]
        fn any_report_is_validated_calmly(
            title in text(), description in text(), category in text(), district in text(), address in text(),
            latitude in text(), longitude in text(), email in text(), name in text(), signed_in in any::<bool>(),
        ) {
            let form = ReportForm { title, description, category, district, address, latitude, longitude, email, name, submission_key: "k".into() };
            if let Ok(report) = validate(&form, signed_in) {
                if let Some((lat, long)) = report.point {
                    prop_assert!((-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&long));
                }
                prop_assert!(!report.title.trim().is_empty());
            }
        }
    }
}

#[cfg(test)]
mod reference_tests {
    use super::as_reference;

    #[test]
    fn references_are_found_however_they_are_typed() {
        for typed in ["Q-2026-000588", "q-2026-588", "2026-000588", " 2026 588 ", "Q 2026-588", "2026/588"] {
            assert_eq!(as_reference(typed).as_deref(), Some("Q-2026-000588"), "{typed}");
        }
        for text in ["Ampel", "588", "Q-26-588", "2026-", "2026-58a", "Q-2026-0005880000000", "Straße 2026-1a"] {
            assert_eq!(as_reference(text), None, "{text}");
        }
    }
}
