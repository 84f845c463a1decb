//! Reporting, confirming and routing concerns, the public list and
//! the moderators' triage. What offices do with them is in `office`.
use super::entity::{concern, concern_event, office_link};
use super::status::Status;
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
use crate::places::areas::{DistrictAreas, Located};
use crate::places::Point;
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

pub(crate) fn text_field(errors: &mut Vec<FieldError>, field: &str, value: &str, max: usize, required: bool) -> Option<String> {
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

/// Checks a report. Anonymous reporters must give an email address. The
/// district may be left out when the spot is marked: the stored boundaries
/// tell which district holds it.
pub fn validate(form: &ReportForm, signed_in: bool, areas: &DistrictAreas) -> Result<Report, Vec<FieldError>> {
    let mut errors = Vec::new();
    let title = text_field(&mut errors, "title", &form.title, MAX_TITLE, true);
    let description = text_field(&mut errors, "description", &form.description, MAX_DESCRIPTION, true);
    let category_id = form.category.parse::<i32>().ok();
    if category_id.is_none() {
        errors.push(FieldError::new("category", "error-unknown-category"));
    }
    let address = text_field(&mut errors, "address", &form.address, MAX_ADDRESS, false);
    let point = Point::parse(&form.latitude, &form.longitude).unwrap_or_else(|_| {
        errors.push(FieldError::new("latitude", "error-coordinates"));
        None
    });
    let district_id = match district_of(form.district.trim(), point, areas) {
        Ok(id) => Some(id),
        Err(e) => {
            errors.push(e);
            None
        }
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
            point: point.map(|p| (p.lat, p.lon)),
            email,
            name,
            submission_key: key.to_lowercase(),
        }),
        _ => Err(errors),
    }
}

/// The district of a report: the one chosen, else the one holding the
/// marked spot. A spot outside the city, or in another district than the
/// one chosen, is refused rather than guessed.
pub fn district_of(chosen: &str, point: Option<Point>, areas: &DistrictAreas) -> Result<i32, FieldError> {
    let chosen = match chosen {
        "" => None,
        c => Some(c.parse::<i32>().map_err(|_| FieldError::new("district", "error-unknown-district"))?),
    };
    let located = point.map(|p| areas.locate(p));
    match (chosen, located) {
        (Some(c), Some(Located::In(d))) if d.0 != c => Err(FieldError::new("district", "error-point-in-other-district")),
        (_, Some(Located::In(d))) => Ok(d.0),
        // Every district has a boundary, so a spot outside all is outside the city.
        (_, Some(Located::Outside)) if areas.covers_city() => Err(FieldError::new("latitude", "error-point-outside-city")),
        (Some(c), _) => Ok(c),
        (None, Some(Located::Outside)) => Err(FieldError::new("district", "error-district-for-point")),
        (None, _) => Err(FieldError::new("district", "error-unknown-district")),
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
        super::participation::publish(&txn, settings, calendar, &created).await?;
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
    super::participation::publish(&txn, settings, calendar, &confirmed).await?;
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
pub(crate) async fn assign(db: &impl ConnectionTrait, settings: &Settings, calendar: &Calendar, c: &concern::Model, office_id: i32, rule_id: Option<i32>, days: i32) -> AppResult<()> {
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

pub use super::ListFilter;

pub const PAGE_SIZE: u64 = 20;

/// One page of the public list, newest first, with one concern more than
/// a page when there are older ones.
pub async fn public_list(db: &impl ConnectionTrait, filter: &ListFilter) -> AppResult<Vec<concern::Model>> {
    public_page(db, filter, PAGE_SIZE).await
}

/// Like [`public_list`] with pages of `size` (the open-data downloads).
pub async fn public_page(db: &impl ConnectionTrait, filter: &ListFilter, size: u64) -> AppResult<Vec<concern::Model>> {
    let mut q = concern::Entity::find()
        .filter(concern::Column::Published.eq(true))
        .filter(concern::Column::Hidden.eq(false))
        .order_by_desc(concern::Column::Id)
        .limit(size + 1);
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
pub(crate) fn full_text_match(backend: sea_orm::DbBackend, words: &[String]) -> sea_orm::sea_query::SimpleExpr {
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
        let r = validate(&form(), false, &DistrictAreas::default()).unwrap();
        assert_eq!((r.category_id, r.district_id, r.point), (3, 7, None));
        assert_eq!(r.email.as_deref(), Some("a@example.org"));
    }

    #[test]
    fn anonymous_reports_need_an_email_and_coordinates_must_be_real() {
        let mut f = form();
        f.email = String::new();
        f.latitude = "95".into();
        f.longitude = "11".into();
        let errors = validate(&f, false, &DistrictAreas::default()).unwrap_err();
        let fields: Vec<_> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, vec!["latitude", "email"]);
        assert!(validate(&f, true, &DistrictAreas::default()).is_err(), "coordinates still checked when signed in");
        f.latitude = "50,98".into();
        assert_eq!(validate(&f, true, &DistrictAreas::default()).unwrap().point, Some((50.98, 11.0)));
    }

    #[test]
    fn the_district_comes_from_the_marked_spot() {
        use crate::vocabulary::ids::DistrictId;
        use geo::{polygon, MultiPolygon};
        let square = |x: f64| MultiPolygon::new(vec![polygon![(x: x, y: 50.0), (x: x + 1.0, y: 50.0), (x: x + 1.0, y: 51.0), (x: x, y: 51.0), (x: x, y: 50.0)]]);
        let both = || vec![(DistrictId(7), square(10.0)), (DistrictId(8), square(11.0))];
        let city = DistrictAreas::new(both()).covering_city(true);
        let part = DistrictAreas::new(both()).covering_city(false);
        let at = |lon: f64| Some(Point { lat: 50.5, lon });
        let message = |r: Result<i32, FieldError>| r.unwrap_err().message;
        assert_eq!(district_of("", at(10.5), &city), Ok(7));
        assert_eq!(district_of("8", at(11.5), &city), Ok(8));
        assert_eq!(message(district_of("8", at(10.5), &city)), "error-point-in-other-district");
        assert_eq!(message(district_of("", at(20.0), &city)), "error-point-outside-city");
        assert_eq!(message(district_of("7", at(20.0), &city)), "error-point-outside-city");
        // Not every district has a boundary: a spot outside them may be in
        // one that has none, so the chosen district counts.
        assert_eq!(district_of("9", at(20.0), &part), Ok(9));
        assert_eq!(message(district_of("", at(20.0), &part)), "error-district-for-point");
        assert_eq!(message(district_of("", None, &city)), "error-unknown-district");
        assert_eq!(message(district_of("x", None, &city)), "error-unknown-district");
        assert_eq!(district_of("9", None, &DistrictAreas::default()), Ok(9));
    }

    #[test]
    fn overlong_and_missing_fields_are_named() {
        let mut f = form();
        f.title = "x".repeat(MAX_TITLE + 1);
        f.description = "  ".into();
        f.category = "roads".into();
        let errors = validate(&f, false, &DistrictAreas::default()).unwrap_err();
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

}

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
            if let Ok(report) = validate(&form, signed_in, &DistrictAreas::default()) {
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
