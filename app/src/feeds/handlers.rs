//! The Atom feeds (RFC 4287), written by `atom_syndication`:
//! `/feeds/concerns.atom` (the city, or one `district`, `category` or
//! `office`), `/concerns/{reference}/feed.atom` (one concern's public
//! timeline) and `/feeds/surveys.atom` (surveys whose results are public).
use crate::error::AppError;
use crate::web::parts::{Db, ReferenceCache, SharedSettings};
use crate::web::Routes;
use atom_syndication::{Category, Content, Entry, Feed, FixedDateTime, Link, Person, Text};
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use domain::concerns::feed::{self, FeedEntry, FeedScope};
use domain::reference::Reference;
use domain::vocabulary::concern_event::EventKind;
use std::collections::HashMap;
use time::OffsetDateTime;

pub fn routes() -> Routes {
    Routes::new()
        .get("/feeds/concerns.atom", concerns_feed)
        .get("/feeds/surveys.atom", surveys_feed)
        .get("/concerns/{reference}/feed.atom", concern_feed)
}

/// The reader's language and plain-language choice, for titles.
struct Reader {
    lang: String,
    plain: bool,
}

impl Reader {
    fn of(req: &axum::extract::Request) -> (Reader, crate::viewer::Viewer) {
        let viewer = req.extensions().get::<crate::viewer::Viewer>().cloned().unwrap_or_default();
        let lang = viewer.language().to_string();
        (Reader { lang, plain: viewer.plain }, viewer)
    }

    fn t(&self, key: &str, args: &[(&str, String)]) -> String {
        let args: Vec<(String, String)> = args.iter().map(|(k, v)| (k.to_string(), v.clone())).collect();
        domain::i18n::translate_args(&self.lang, self.plain, key, &args)
    }
}

fn time(t: OffsetDateTime) -> FixedDateTime {
    let text = t.format(&time::format_description::well_known::Rfc3339).unwrap_or_default();
    text.parse().unwrap_or_default()
}

fn respond(feed: Result<Feed, AppError>, viewer: &crate::viewer::Viewer) -> Response {
    match feed {
        Ok(feed) => (
            [
                (header::CONTENT_TYPE, "application/atom+xml; charset=utf-8"),
                // Feed readers poll; a minute on the way is fresh enough.
                (header::CACHE_CONTROL, "public, max-age=60"),
            ],
            feed.to_string(),
        )
            .into_response(),
        Err(e) => crate::web::failure(viewer, e),
    }
}

/// A feed with its own address as id and self link, and the page it mirrors.
fn feed(base: &str, own: &str, page: &str, title: String, reader: &Reader, entries: Vec<Entry>) -> Feed {
    // The newest entry's time, so the feed's time moves only with news.
    let updated = entries.iter().map(|e| e.updated).max().unwrap_or_else(|| time(OffsetDateTime::UNIX_EPOCH));
    Feed {
        title: Text::plain(title),
        id: format!("{base}{own}"),
        updated,
        authors: vec![Person { name: "Quartier".into(), uri: Some(base.to_string()), ..Default::default() }],
        links: vec![
            Link { href: format!("{base}{own}"), rel: "self".into(), mime_type: Some("application/atom+xml".into()), ..Default::default() },
            Link { href: format!("{base}{page}"), rel: "alternate".into(), mime_type: Some("text/html".into()), ..Default::default() },
        ],
        lang: Some(reader.lang.clone()),
        entries,
        ..Default::default()
    }
}

/// What one timeline entry says, as the concern page says it.
fn entry(base: &str, reference: &Reference, reader: &Reader, e: &FeedEntry) -> Entry {
    let c = &e.concern;
    let office = e.event.office_id.and_then(|id| reference.offices.iter().find(|o| o.id == id)).map(|o| format!("{} {}", o.code, o.name)).unwrap_or_default();
    let status = e.event.status.map(|s| reader.t(&format!("status-{}", s.as_str()), &[])).unwrap_or_default();
    let what = reader.t(&format!("event-{}", e.event.kind.as_str()), &[("office", office), ("status", status)]);
    let title = reader.t("feed-entry", &[("event", what), ("title", c.title.clone())]);
    let body = if e.event.kind == EventKind::Submitted { Some(c.description.clone()) } else { e.event.body.clone() };
    let page = format!("{base}/concerns/{}", c.reference.as_deref().unwrap_or_default());
    let category = reference.categories.iter().find(|(id, ..)| *id == c.category_id).map(|(_, key, names)| {
        Category { term: key.clone(), label: names.get(&reader.lang).or_else(|| names.get("de")).cloned(), ..Default::default() }
    });
    let district = reference.districts.iter().find(|d| d.id == c.district_id).map(|d| Category { term: format!("district-{}", d.id), label: Some(d.name.clone()), ..Default::default() });
    Entry {
        title: Text::plain(title),
        id: format!("{page}#event-{}", e.event.id),
        updated: time(e.event.created_at),
        published: Some(time(e.event.created_at)),
        links: vec![Link { href: page, rel: "alternate".into(), mime_type: Some("text/html".into()), ..Default::default() }],
        categories: category.into_iter().chain(district).collect(),
        content: body.map(|b| Content { value: Some(b), content_type: Some("text".into()), lang: Some(e.event.language.clone()), ..Default::default() }),
        ..Default::default()
    }
}

fn id(q: &HashMap<String, String>, key: &str) -> Result<Option<i32>, AppError> {
    q.get(key).map(|v| v.parse::<i32>().map_err(|_| AppError::NotFound)).transpose()
}

/// The scope of `/feeds/concerns.atom`, its title and the page it mirrors;
/// an id that names nothing is not found.
fn scope(q: &HashMap<String, String>, reference: &Reference, reader: &Reader) -> Result<(FeedScope, String, String, String), AppError> {
    let city = reader.t("feed-title-city", &[]);
    if let Some(d) = id(q, "district")? {
        let district = reference.districts.iter().find(|x| x.id == d).ok_or(AppError::NotFound)?;
        let title = reader.t("feed-title-scope", &[("name", district.name.clone())]);
        return Ok((FeedScope::District(d), title, format!("/feeds/concerns.atom?district={d}"), format!("/districts/{d}")));
    }
    if let Some(c) = id(q, "category")? {
        let (_, key, names) = reference.categories.iter().find(|(x, ..)| *x == c).ok_or(AppError::NotFound)?;
        let name = names.get(&reader.lang).or_else(|| names.get("de")).cloned().unwrap_or_else(|| key.clone());
        let title = reader.t("feed-title-scope", &[("name", name)]);
        return Ok((FeedScope::Category(c), title, format!("/feeds/concerns.atom?category={c}"), format!("/concerns?category={c}")));
    }
    if let Some(o) = id(q, "office")? {
        let office = reference.offices.iter().find(|x| x.id == o).ok_or(AppError::NotFound)?;
        let title = reader.t("feed-title-scope", &[("name", format!("{} {}", office.code, office.name))]);
        return Ok((FeedScope::Office(o), title, format!("/feeds/concerns.atom?office={o}"), format!("/offices/{o}")));
    }
    Ok((FeedScope::City, city, "/feeds/concerns.atom".into(), "/concerns".into()))
}

async fn concerns_feed(
    State(db): State<Db>,
    State(cache): State<ReferenceCache>,
    State(settings): State<SharedSettings>,
    Query(q): Query<HashMap<String, String>>,
    req: axum::extract::Request,
) -> Response {
    let (reader, viewer) = Reader::of(&req);
    let result = async {
        let reference = cache.get(&db).await?;
        let (scope, title, own, page) = scope(&q, &reference, &reader)?;
        let entries = feed::news(&db, scope).await?.iter().map(|e| entry(&settings.base_url, &reference, &reader, e)).collect();
        Ok(feed(&settings.base_url, &own, &page, title, &reader, entries))
    }
    .await;
    respond(result, &viewer)
}

async fn concern_feed(
    State(db): State<Db>,
    State(cache): State<ReferenceCache>,
    State(settings): State<SharedSettings>,
    Path(reference_number): Path<String>,
    req: axum::extract::Request,
) -> Response {
    let (reader, viewer) = Reader::of(&req);
    let result = async {
        let reference = cache.get(&db).await?;
        let timeline = feed::timeline(&db, &reference_number).await?;
        let title = timeline.first().map(|e| e.concern.title.clone()).unwrap_or_default();
        let title = reader.t("feed-title-concern", &[("reference", reference_number.clone()), ("title", title)]);
        let entries = timeline.iter().map(|e| entry(&settings.base_url, &reference, &reader, e)).collect();
        let page = format!("/concerns/{reference_number}");
        Ok(feed(&settings.base_url, &format!("{page}/feed.atom"), &page, title, &reader, entries))
    }
    .await;
    respond(result, &viewer)
}

async fn surveys_feed(State(db): State<Db>, State(settings): State<SharedSettings>, req: axum::extract::Request) -> Response {
    let (reader, viewer) = Reader::of(&req);
    let result = async {
        let surveys: Vec<_> = domain::surveys::service::public(&db).await?.into_iter().filter(|s| s.results_public).collect();
        let ids: Vec<i32> = surveys.iter().map(|s| s.id).collect();
        let titles = domain::surveys::service::titles(&db, &ids, &reader.lang, reader.plain).await?;
        let base = &settings.base_url;
        let entries = surveys
            .iter()
            .map(|s| {
                let page = format!("{base}/surveys/{}/results", s.id);
                // Results count from the survey's end, or its start while it runs.
                let at = time(s.closes_at.or(s.opens_at).unwrap_or(s.created_at));
                Entry {
                    title: Text::plain(reader.t("feed-survey-results", &[("title", titles.get(&s.id).cloned().unwrap_or_default())])),
                    id: page.clone(),
                    updated: at,
                    published: Some(at),
                    links: vec![Link { href: page, rel: "alternate".into(), mime_type: Some("text/html".into()), ..Default::default() }],
                    ..Default::default()
                }
            })
            .collect();
        Ok(feed(base, "/feeds/surveys.atom", "/surveys", reader.t("feed-title-surveys", &[]), &reader, entries))
    }
    .await;
    respond(result, &viewer)
}
