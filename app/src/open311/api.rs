//! Open311 GeoReport v2 endpoints (JSON only).
use crate::web::parts::{Db, MailWakeup, ReferenceCache, SharedSettings};
use domain::categories::entity::category;
use domain::concerns::entity::{concern, concern_event, concern_photo};
use domain::concerns::service::{self as concerns, ReportForm};
use domain::concerns::status::Status;
use crate::error::AppError;
use crate::viewer::Viewer;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Extension, Json};
use sea_orm::{entity::prelude::*, QueryOrder, QuerySelect};
use serde::Serialize;
use serde_json::{json, Value};
use std::collections::HashMap;
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

pub fn routes() -> crate::web::Routes {
    crate::web::Routes::new()
        .get("/open311/v2/services.json", services)
        .get("/open311/v2/services/{file}", service_definition)
        .add("/open311/v2/requests.json", &[axum::http::Method::GET, axum::http::Method::POST], get(requests).post(post_request))
        .get("/open311/v2/requests/{file}", one_request)
}

/// Errors in the GeoReport format: `[{"code": 400, "description": "…"}]`.
fn error(code: StatusCode, description: impl Into<String>) -> Response {
    (code, Json(json!([{ "code": code.as_u16(), "description": description.into() }]))).into_response()
}

/// Open311 clients read English unless they ask for a language: a German
/// message is of no use to an API client written elsewhere.
fn api_lang(headers: &HeaderMap, viewer: &Viewer) -> String {
    if headers.contains_key(axum::http::header::ACCEPT_LANGUAGE) { viewer.lang.clone() } else { "en".into() }
}

/// A form field's name as the GeoReport spec names it.
fn spec_field(field: &str) -> &str {
    match field {
        "latitude" => "lat",
        "longitude" => "long",
        "address" => "address_string",
        "district" => "attribute[district]",
        "category" => "service_code",
        other => other,
    }
}

fn from_app(e: AppError, lang: &str) -> Response {
    let description = match &e {
        AppError::Invalid(errors) => errors
            .iter()
            .map(|f| {
                let text = crate::i18n::t_in(lang, false, &f.message, &f.args);
                if f.field.is_empty() { text } else { format!("{}: {text}", spec_field(&f.field)) }
            })
            .collect::<Vec<_>>()
            .join("; "),
        other => crate::i18n::translate(lang, false, other.message()),
    };
    let code = StatusCode::from_u16(e.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let code = if code == StatusCode::UNPROCESSABLE_ENTITY { StatusCode::BAD_REQUEST } else { code };
    e.log();
    error(code, description)
}

fn strip_json(file: &str) -> Option<&str> {
    file.strip_suffix(".json").filter(|s| !s.is_empty())
}

async fn services(State(db): State<Db>, Extension(viewer): Extension<Viewer>, headers: HeaderMap) -> Response {
    let lang = api_lang(&headers, &viewer);
    let names = match domain::categories::service::names_in(&db, &lang).await {
        Ok(n) => n,
        Err(e) => return from_app(e, &lang),
    };
    let keys: HashMap<i32, String> = match category::Entity::find().all(&db).await {
        Ok(list) => list.into_iter().map(|c| (c.id, c.key)).collect(),
        Err(e) => return from_app(e.into(), &lang),
    };
    let list: Vec<Value> = names
        .into_iter()
        .map(|(id, name)| {
            json!({
                "service_code": keys.get(&id),
                "service_name": name,
                "description": name,
                // The district is asked as an attribute (see the service definition).
                "metadata": true,
                "type": "realtime",
                "keywords": "",
                "group": "",
            })
        })
        .collect();
    Json(list).into_response()
}

async fn service_definition(State(db): State<Db>, State(reference_data): State<ReferenceCache>, Extension(viewer): Extension<Viewer>, headers: HeaderMap, Path(file): Path<String>) -> Response {
    let lang = api_lang(&headers, &viewer);
    let Some(code) = strip_json(&file) else { return error(StatusCode::NOT_FOUND, "unknown format; use .json") };
    match category::Entity::find().filter(category::Column::Key.eq(code)).one(&db).await {
        Ok(Some(_)) => {}
        Ok(None) => return error(StatusCode::NOT_FOUND, crate::i18n::translate(&lang, false, "error-unknown-category")),
        Err(e) => return from_app(e.into(), &lang),
    }
    let reference = match reference_data.get(&db).await {
        Ok(r) => r,
        Err(e) => return from_app(e, &lang),
    };
    let districts = &reference.districts;
    Json(json!({
        "service_code": code,
        "attributes": [{
            "variable": true,
            "code": "district",
            "datatype": "singlevaluelist",
            // Found from lat/long when every district has a boundary.
            "required": !reference.areas.covers_city(),
            "datatype_description": crate::i18n::translate(&lang, false, "concern-district"),
            "order": 1,
            "description": crate::i18n::translate(&lang, false, "concern-district"),
            "values": districts.iter().map(|d| json!({ "key": d.id.to_string(), "name": d.name })).collect::<Vec<_>>(),
        }],
    }))
    .into_response()
}

#[derive(Serialize)]
struct RequestJson {
    service_request_id: String,
    status: &'static str,
    status_notes: Option<String>,
    service_name: String,
    service_code: String,
    description: String,
    agency_responsible: Option<String>,
    service_notice: Option<String>,
    requested_datetime: String,
    updated_datetime: String,
    expected_datetime: Option<String>,
    address: Option<String>,
    address_id: Option<String>,
    zipcode: Option<String>,
    lat: Option<f64>,
    long: Option<f64>,
    media_url: Option<String>,
}

/// open: everything not finished; closed: done, not possible, rejected, duplicate.
pub fn open311_status(s: Status) -> &'static str {
    if s.is_closed() { "closed" } else { "open" }
}

fn rfc3339(t: OffsetDateTime) -> String {
    t.format(&Rfc3339).unwrap_or_default()
}

async fn to_json(db: &Db, base_url: &str, lang: &str, list: Vec<concern::Model>) -> Result<Vec<RequestJson>, AppError> {
    let names: HashMap<i32, String> = domain::categories::service::names_in(db, lang).await?.into_iter().collect();
    let keys: HashMap<i32, String> = category::Entity::find().all(db).await?.into_iter().map(|c| (c.id, c.key)).collect();
    let offices: HashMap<i32, String> = domain::offices::service::list(db).await?.into_iter().map(|o| (o.id, o.name)).collect();
    let ids: Vec<i32> = list.iter().map(|c| c.id).collect();
    let mut first_photo: HashMap<i32, String> = HashMap::new();
    for p in concern_photo::Entity::find()
        .filter(concern_photo::Column::ConcernId.is_in(ids.clone()))
        .order_by_desc(concern_photo::Column::Position)
        .all(db)
        .await?
    {
        first_photo.insert(p.concern_id, format!("{base_url}/photos/{}.jpg", p.file_key));
    }
    // The latest public answer of each concern is its status note.
    let mut notes: HashMap<i32, String> = HashMap::new();
    for e in concern_event::Entity::find()
        .filter(concern_event::Column::ConcernId.is_in(ids))
        .filter(concern_event::Column::Kind.eq("answered"))
        .order_by_asc(concern_event::Column::Id)
        .all(db)
        .await?
    {
        if let Some(body) = e.body {
            notes.insert(e.concern_id, body);
        }
    }
    Ok(list
        .into_iter()
        .map(|c| RequestJson {
            service_request_id: c.reference.clone().unwrap_or_default(),
            status: open311_status(c.status),
            status_notes: notes.remove(&c.id),
            service_name: names.get(&c.category_id).cloned().unwrap_or_default(),
            service_code: keys.get(&c.category_id).cloned().unwrap_or_default(),
            description: format!("{}\n\n{}", c.title, c.description),
            agency_responsible: c.office_id.and_then(|o| offices.get(&o).cloned()),
            service_notice: None,
            requested_datetime: rfc3339(c.created_at),
            updated_datetime: rfc3339(c.updated_at),
            expected_datetime: c.deadline.map(|d| format!("{d}T23:59:59Z")),
            address: c.address,
            address_id: None,
            zipcode: None,
            lat: c.latitude,
            long: c.longitude,
            media_url: first_photo.remove(&c.id),
        })
        .collect())
}

async fn requests(State(db): State<Db>, State(settings): State<SharedSettings>, Extension(viewer): Extension<Viewer>, headers: HeaderMap, Query(q): Query<HashMap<String, String>>) -> Response {
    let lang = api_lang(&headers, &viewer);
    let mut query = concern::Entity::find()
        .filter(concern::Column::Published.eq(true))
        .filter(concern::Column::Hidden.eq(false))
        .order_by_desc(concern::Column::Id)
        .limit(1000);
    let list = |key: &str| q.get(key).map(|v| v.split(',').map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect::<Vec<_>>());
    if let Some(ids) = list("service_request_id") {
        query = query.filter(concern::Column::Reference.is_in(ids));
    }
    if let Some(codes) = list("service_code") {
        let ids: Vec<i32> = match category::Entity::find().filter(category::Column::Key.is_in(codes.clone())).all(&db).await {
            Ok(c) => c.into_iter().map(|c| c.id).collect(),
            Err(e) => return from_app(e.into(), &lang),
        };
        if ids.len() != codes.len() {
            return error(StatusCode::BAD_REQUEST, format!("service_code: {}", crate::i18n::translate(&lang, false, "error-unknown-category")));
        }
        query = query.filter(concern::Column::CategoryId.is_in(ids));
    }
    for (key, after) in [("start_date", true), ("end_date", false)] {
        if let Some(v) = q.get(key) {
            let Ok(t) = OffsetDateTime::parse(v, &Rfc3339) else {
                return error(StatusCode::BAD_REQUEST, format!("{key}: expected a W3C date and time such as 2026-11-21T00:00:00Z"));
            };
            query = if after { query.filter(concern::Column::CreatedAt.gte(t)) } else { query.filter(concern::Column::CreatedAt.lte(t)) };
        }
    }
    if let Some(statuses) = list("status") {
        let mut wanted = Vec::new();
        for s in &statuses {
            match s.as_str() {
                "open" => wanted.extend([Status::Submitted, Status::Open, Status::InProgress, Status::Planned]),
                "closed" => wanted.extend([Status::Done, Status::NotPossible, Status::Duplicate]),
                _ => return error(StatusCode::BAD_REQUEST, "status: open or closed"),
            }
        }
        query = query.filter(concern::Column::Status.is_in(wanted));
    }
    // Near a spot, as Mark-a-Spot and FixMyStreet answer: a box around it
    // in the query, the exact distance after.
    let near = match near(&q) {
        Ok(n) => n,
        Err(message) => return error(StatusCode::BAD_REQUEST, message),
    };
    if let Some((centre, radius)) = near {
        let (d_lat, d_lon) = domain::places::Point::degrees_around(centre, radius);
        query = query
            .filter(concern::Column::Latitude.between(centre.lat - d_lat, centre.lat + d_lat))
            .filter(concern::Column::Longitude.between(centre.lon - d_lon, centre.lon + d_lon));
    }
    let found = match query.all(&db).await {
        Ok(f) => f
            .into_iter()
            .filter(|c| c.status != Status::Rejected)
            .filter(|c| match (near, c.latitude.zip(c.longitude)) {
                (Some((centre, radius)), Some(p)) => centre.metres_to(p.into()) <= radius,
                (Some(_), None) => false,
                (None, _) => true,
            })
            .collect(),
        Err(e) => return from_app(e.into(), &lang),
    };
    match to_json(&db, &settings.base_url, &lang, found).await {
        Ok(list) => Json(list).into_response(),
        Err(e) => from_app(e, &lang),
    }
}

async fn one_request(State(db): State<Db>, State(settings): State<SharedSettings>, Extension(viewer): Extension<Viewer>, headers: HeaderMap, Path(file): Path<String>) -> Response {
    let lang = api_lang(&headers, &viewer);
    let Some(reference) = strip_json(&file) else { return error(StatusCode::NOT_FOUND, "unknown format; use .json") };
    match concerns::by_reference(&db, reference).await {
        Ok(c) if c.published && !c.hidden && c.status != Status::Rejected => match to_json(&db, &settings.base_url, &lang, vec![c]).await {
            Ok(list) => Json(list).into_response(),
            Err(e) => from_app(e, &lang),
        },
        Ok(_) | Err(AppError::NotFound) => error(StatusCode::NOT_FOUND, crate::i18n::translate(&lang, false, "error-not-found")),
        Err(e) => from_app(e, &lang),
    }
}

/// Metres around `lat`/`long` when no `radius` is given, and at most.
const DEFAULT_RADIUS_M: f64 = 1_000.0;
const MAX_RADIUS_M: f64 = 20_000.0;

/// `lat`, `long` and `radius` (metres) of a search, when given.
fn near(q: &HashMap<String, String>) -> Result<Option<(domain::places::Point, f64)>, String> {
    let (lat, long) = (q.get("lat").map(String::as_str).unwrap_or(""), q.get("long").map(String::as_str).unwrap_or(""));
    let centre = match domain::places::Point::parse(lat, long) {
        Ok(Some(p)) if !lat.contains(',') && !long.contains(',') => p,
        Ok(None) if !q.contains_key("radius") => return Ok(None),
        _ => return Err("lat, long: decimal degrees (WGS 84) such as lat=50.9787&long=11.0328".into()),
    };
    let radius = match q.get("radius") {
        None => DEFAULT_RADIUS_M,
        Some(r) => match r.trim().parse::<f64>() {
            Ok(r) if r.is_finite() && r > 0.0 && r <= MAX_RADIUS_M => r,
            _ => return Err(format!("radius: metres, more than 0 and at most {MAX_RADIUS_M}")),
        },
    };
    Ok(Some((centre, radius)))
}

/// Creates a concern. Fields of the spec: `api_key`, `service_code`,
/// `lat`/`long` or `address_string`, `email`, `first_name`, `last_name`,
/// `description`, and the attribute `attribute[district]` (a district id).
async fn post_request(State(db): State<Db>, State(settings): State<SharedSettings>, State(reference_data): State<ReferenceCache>, State(mail_wakeup): State<MailWakeup>, Extension(viewer): Extension<Viewer>, headers: HeaderMap, form: crate::web::Submitted) -> Response {
    let lang = api_lang(&headers, &viewer);
    match state_check_key(&db, form.get("api_key")).await {
        Ok(true) => {}
        Ok(false) => return error(StatusCode::FORBIDDEN, "api_key: missing or not valid"),
        Err(e) => return from_app(e, &lang),
    }
    let code = form.get("service_code");
    let category = match category::Entity::find().filter(category::Column::Key.eq(code)).one(&db).await {
        Ok(Some(c)) => c,
        Ok(None) => return error(StatusCode::BAD_REQUEST, format!("service_code: {}", crate::i18n::translate(&lang, false, "error-unknown-category"))),
        Err(e) => return from_app(e.into(), &lang),
    };
    let (mut lat, mut long, address) = (form.get("lat").to_string(), form.get("long").to_string(), form.get("address_string"));
    let district = form.get("attribute[district]");
    let reference = match reference_data.get(&db).await {
        Ok(r) => r,
        Err(e) => return from_app(e, &lang),
    };
    // The spec asks for lat/long or an address. A spot gives the district;
    // an address only, through the geocoder when one is configured, else
    // the district attribute must name it.
    let needed = || error(StatusCode::BAD_REQUEST, crate::i18n::t_in(&lang, false, "error-location-needed", &[]));
    if lat.trim().is_empty() && long.trim().is_empty() {
        if address.trim().is_empty() {
            return needed();
        }
        match geocode(&settings, &reference, address, &lang).await {
            Some(point) => (lat, long) = (point.lat.to_string(), point.lon.to_string()),
            None if district.trim().is_empty() => return needed(),
            None => {}
        }
    }
    let description = form.get("description").trim().to_string();
    // Open311 has no title: the first line of the description serves as one.
    let title: String = description.lines().next().unwrap_or_default().chars().take(120).collect();
    let name = format!("{} {}", form.get("first_name"), form.get("last_name")).trim().to_string();
    let input = ReportForm {
        title,
        description: description.clone(),
        category: category.id.to_string(),
        district: district.to_string(),
        address: address.to_string(),
        latitude: lat,
        longitude: long,
        email: form.get("email").to_string(),
        name,
        submission_key: domain::tokens::random_token(),
    };
    let anonymous = Viewer { user: None, ..viewer.clone() }.reporter();
    let report = match concerns::validate(&input, false, &reference.areas) {
        Ok(r) => r,
        Err(errors) => return from_app(AppError::Invalid(errors), &lang),
    };
    match concerns::report(&db, &settings, &anonymous, report, Vec::new()).await {
        Ok(sent) => {
            mail_wakeup.notify_one();
            (
                StatusCode::CREATED,
                Json(json!([{
                    "service_request_id": sent.reference,
                    "service_notice": crate::i18n::translate(&lang, false, "report-sent-confirm"),
                    "account_id": null,
                }])),
            )
                .into_response()
        }
        Err(e) => from_app(e, &lang),
    }
}

/// The first place inside the city the geocoder finds for an address.
async fn geocode(settings: &domain::config::Settings, reference: &domain::reference::Reference, address: &str, lang: &str) -> Option<domain::places::Point> {
    let base = settings.geocoder_url.as_deref()?;
    let extent = reference.areas.extent()?;
    if address.trim().is_empty() {
        return None;
    }
    let found = domain::places::geocoder::search(base, address, extent, lang).await.ok()?;
    found.into_iter().map(|f| f.point).find(|p| matches!(reference.areas.locate(*p), domain::places::areas::Located::In(_)))
}

async fn state_check_key(db: &Db, key: &str) -> Result<bool, AppError> {
    if key.is_empty() {
        return Ok(false);
    }
    domain::open311::keys::is_valid(db, key).await
}
