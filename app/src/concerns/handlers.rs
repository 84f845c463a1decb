//! Form endpoints for reporting and confirming concerns.
use crate::web::parts::{Db, MailWakeup, ReferenceCache, ReportWriter, SharedSettings, SpotCache};
use domain::concerns::service::{self, ReportForm};
use crate::error::AppError;
use crate::web::{see_other, Submitted};
use axum::extract::{DefaultBodyLimit, Path, Query, State};
use axum::response::Response;
use axum::routing::post;
use std::collections::HashMap;

/// Three photos of at most 10 MB each, and the text fields.
pub const REPORT_BODY_LIMIT: usize = 3 * domain::concerns::photos::MAX_BYTES + 2 * 1024 * 1024;

pub fn routes() -> crate::web::Routes {
    crate::web::Routes::new()
        .add("/report", &[axum::http::Method::POST], post(report).layer(DefaultBodyLimit::max(REPORT_BODY_LIMIT)))
        .get("/photos/{file}", photo)
        .get("/concerns/confirm", confirm)
        .post("/concerns/{reference}/support", support)
        .post("/concerns/{reference}/follow", follow)
        .post("/concerns/{reference}/comment", comment)
        .post("/concerns/{reference}/merge", merge)
        .get("/concerns/participate", participate)
        .get("/concerns/stop-following", stop_following)
        .get("/concerns.geojson", geojson)
        .get("/concerns/clusters.geojson", clusters)
}

/// The concerns map's markers: `bbox` and `zoom` of the map, the list's
/// filters; single concerns and clusters of close ones.
async fn clusters(State(db): State<Db>, State(spots): State<SpotCache>, axum::Extension(viewer): axum::Extension<crate::viewer::Viewer>, Query(q): Query<HashMap<String, String>>) -> Response {
    let get = |name: &str| q.get(name).map(String::as_str).unwrap_or_default();
    let filter = domain::concerns::ListFilter::from_query(|name| q.get(name).cloned());
    let result = async {
        let view = domain::concerns::map::View::parse(get("bbox"), get("zoom"))?;
        let spots = spots.get(&db).await?;
        Ok::<_, AppError>(domain::concerns::map::clusters(&spots, view, &filter))
    }
    .await;
    match result {
        Ok(collection) => crate::web::geojson_response(&collection),
        Err(e) => crate::web::failure(&viewer, e),
    }
}

/// Public concerns as GeoJSON (open data, maps): the list's filters,
/// `limit` features a page, and `next` to page on.
async fn geojson(State(db): State<Db>, State(reference_data): State<ReferenceCache>, axum::Extension(viewer): axum::Extension<crate::viewer::Viewer>, Query(q): Query<HashMap<String, String>>) -> Response {
    let filter = domain::concerns::ListFilter::from_query(|name| q.get(name).cloned());
    let size = q.get("limit").and_then(|l| l.parse().ok()).unwrap_or(domain::concerns::geojson::PAGE);
    let result = async {
        let reference = reference_data.get(&db).await?;
        let names = domain::concerns::geojson::Names {
            category_keys: reference.categories.iter().map(|(id, key, _)| (*id, key.clone())).collect(),
            categories: reference.category_names(&viewer.lang).into_iter().collect(),
            districts: reference.districts.iter().map(|d| (d.id, d.name.clone())).collect(),
        };
        domain::concerns::geojson::page(&db, &names, &filter, size).await
    }
    .await;
    match result {
        Ok((mut collection, next)) => {
            if let Some(before) = next {
                let next_filter = domain::concerns::ListFilter { before: Some(before), ..filter };
                let mut members = serde_json::Map::new();
                members.insert("next".into(), format!("/concerns.geojson?{}&limit={size}", next_filter.to_query()).into());
                collection.foreign_members = Some(members);
            }
            crate::web::geojson_response(&collection)
        }
        Err(e) => crate::web::failure(&viewer, e),
    }
}

fn signed_in(f: &Submitted) -> Result<i32, AppError> {
    f.viewer().user.map(|u| u.id).ok_or(AppError::Unauthenticated)
}

/// Without an account, supporting and following go through a mailed link.
async fn by_email(f: &Submitted, db: &Db, settings: &SharedSettings, mail_wakeup: &MailWakeup, reference: &str, kind: &str) -> Result<Response, AppError> {
    let viewer = f.viewer();
    domain::concerns::participation::request_by_email(db, settings, reference, f.get("email"), kind, &viewer.lang, viewer.plain).await?;
    mail_wakeup.notify_one();
    Ok(see_other(&format!("/concerns/{reference}?notice=participation-mailed")))
}

async fn support(State(db): State<Db>, State(settings): State<SharedSettings>, State(mail_wakeup): State<MailWakeup>, Path(reference): Path<String>, form: Submitted) -> Response {
    form.respond(|f| async move {
        match f.viewer().user {
            Some(u) => domain::concerns::participation::support(&db, u.id, &reference).await?,
            None => return by_email(&f, &db, &settings, &mail_wakeup, &reference, domain::concerns::participation::SUPPORT).await,
        }
        Ok(see_other(&format!("/concerns/{reference}?notice=saved")))
    })
    .await
}

async fn follow(State(db): State<Db>, State(settings): State<SharedSettings>, State(mail_wakeup): State<MailWakeup>, Path(reference): Path<String>, form: Submitted) -> Response {
    form.respond(|f| async move {
        let on = f.get("follow") == "on";
        match f.viewer().user {
            Some(u) => domain::concerns::participation::set_following(&db, u.id, &reference, on).await?,
            None => return by_email(&f, &db, &settings, &mail_wakeup, &reference, domain::concerns::participation::FOLLOW).await,
        }
        Ok(see_other(&format!("/concerns/{reference}?notice=saved")))
    })
    .await
}

async fn merge(State(db): State<Db>, State(settings): State<SharedSettings>, State(mail_wakeup): State<MailWakeup>, Path(reference): Path<String>, form: Submitted) -> Response {
    form.respond(|f| async move {
        let Some(u) = f.viewer().user else { return Err(AppError::Unauthenticated) };
        let merger = domain::concerns::duplicates::Merger { account_id: u.id, moderates: u.moderates, staff_of: u.staff_of };
        // A picked candidate, or a reference typed by hand.
        let into = if f.get("pick").is_empty() || f.get("pick") == "other" { f.get("into") } else { f.get("pick") };
        domain::concerns::duplicates::merge(&db, &settings, &merger, &reference, into, f.get("confirm") == "on").await?;
        mail_wakeup.notify_one();
        Ok(see_other(&format!("/concerns/{reference}?notice=merged")))
    })
    .await
}

/// The link mailed to someone supporting or following without an account.
async fn participate(State(db): State<Db>, Query(q): Query<HashMap<String, String>>) -> Response {
    let token = q.get("token").map(String::as_str).unwrap_or_default();
    match domain::concerns::participation::confirm_by_email(&db, token).await {
        Ok(reference) => see_other(&format!("/concerns/{reference}?notice=participation-confirmed")),
        Err(_) => see_other("/concerns?notice=link-invalid"),
    }
}

async fn stop_following(State(db): State<Db>, Query(q): Query<HashMap<String, String>>) -> Response {
    let key = q.get("key").map(String::as_str).unwrap_or_default();
    match domain::concerns::participation::stop_following(&db, key).await {
        Ok(reference) => see_other(&format!("/concerns/{reference}?notice=following-stopped")),
        Err(_) => see_other("/concerns?notice=link-invalid"),
    }
}

async fn comment(State(db): State<Db>, Path(reference): Path<String>, form: Submitted) -> Response {
    form.respond(|f| async move {
        domain::concerns::participation::comment(&db, signed_in(&f)?, &reference, f.get("comment"), &f.viewer().lang).await?;
        Ok(see_other(&format!("/concerns/{reference}?notice=saved#participation-heading")))
    })
    .await
}

async fn report(State(db): State<Db>, State(settings): State<SharedSettings>, State(mail_wakeup): State<MailWakeup>, State(reference_data): State<ReferenceCache>, State(report_writer): State<ReportWriter>, form: Submitted) -> Response {
    form.respond(|f| async move {
        let viewer = f.viewer();
        let input = ReportForm {
            title: f.get("title").into(),
            description: f.get("description").into(),
            category: f.get("category").into(),
            district: f.get("district").into(),
            address: f.get("address").into(),
            latitude: f.get("latitude").into(),
            longitude: f.get("longitude").into(),
            email: f.get("email").into(),
            name: f.get("name").into(),
            submission_key: f.get("submission_key").into(),
        };
        let reference = reference_data.get(&db).await?;
        let report = service::validate(&input, viewer.user.is_some(), &reference.areas);
        let photos = domain::concerns::photos::process_all(f.files("photos")).await;
        let (report, photos) = match (report, photos) {
            (Ok(report), Ok(photos)) => (report, photos),
            (report, photos) => {
                let mut errors = report.err().unwrap_or_default();
                errors.extend(photos.err().unwrap_or_default());
                return Err(AppError::Invalid(errors));
            }
        };
        // Reports without photos whose category and district are known go to
        // the batch writer without a read of their own; a second send of the
        // same form is caught there by the unique submission key.
        let known = reference.categories.iter().any(|c| c.0 == report.category_id)
            && reference.districts.iter().any(|d| d.id == report.district_id);
        let sent = if photos.is_empty() && known {
            report_writer.submit(viewer.reporter(), report).await?
        } else {
            service::report(&db, &settings, &viewer.reporter(), report, photos).await?
        };
        mail_wakeup.notify_one();
        Ok(see_other(&format!("/report/sent?reference={}&published={}", sent.reference, u8::from(sent.published))))
    })
    .await
}

async fn confirm(State(db): State<Db>, State(settings): State<SharedSettings>, State(mail_wakeup): State<MailWakeup>, Query(q): Query<HashMap<String, String>>) -> Response {
    let token = q.get("token").map(String::as_str).unwrap_or_default();
    match service::confirm(&db, &settings, token).await {
        Ok(reference) => {
            mail_wakeup.notify_one();
            see_other(&format!("/concerns/{reference}?notice=concern-confirmed"))
        }
        Err(e) => {
            e.log();
            see_other("/report?notice=confirm-failed")
        }
    }
}

/// A stored photo or its thumbnail, while its concern is public.
async fn photo(State(db): State<Db>, State(settings): State<SharedSettings>, Path(file): Path<String>, viewer: Option<axum::Extension<crate::viewer::Viewer>>) -> Response {
    use axum::http::{header, StatusCode};
    use axum::response::IntoResponse;
    let (key, thumb) = match file.strip_suffix("-thumb.jpg") {
        Some(key) => (key, true),
        None => (file.strip_suffix(".jpg").unwrap_or_default(), false),
    };
    let well_formed = key.len() == 32 && key.bytes().all(|b| b.is_ascii_hexdigit());
    let concern = if well_formed { domain::concerns::photos::concern_of(&db, key).await.ok().flatten() } else { None };
    let Some(c) = concern else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let user = viewer.as_ref().and_then(|v| v.0.user.as_ref());
    if !domain::concerns::photos::may_see(&db, &c, user).await.unwrap_or(false) {
        return StatusCode::NOT_FOUND.into_response();
    }
    // Photos of hidden concerns must not stay in shared caches.
    let cache = if c.published && !c.hidden { "public, max-age=300" } else { "private, no-store" };
    let dir = &settings.upload_dir;
    let path = if thumb { domain::concerns::photos::thumb_path(dir, key) } else { domain::concerns::photos::full_path(dir, key) };
    match tokio::fs::read(path).await {
        Ok(bytes) => ([(header::CONTENT_TYPE, "image/jpeg"), (header::CACHE_CONTROL, cache)], bytes).into_response(),
        Err(_) => StatusCode::NOT_FOUND.into_response(),
    }
}
