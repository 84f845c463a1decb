//! The open-data files: the concerns as CSV and JSON, streamed page by page
//! (a million concerns never sit in memory), their CSV on the Web metadata,
//! the districts as CSV and published survey results. Every file names the
//! licence: in its metadata, and in a `Link: <…>; rel="license"` header.
use crate::error::AppError;
use crate::web::parts::{Db, ReferenceCache, SharedSettings};
use crate::web::Routes;
use axum::body::{Body, Bytes};
use axum::extract::{Path, State};
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use domain::open_data::{concern_values, concerns_page, licence_url, Value, CONCERN_COLUMNS};
use domain::reference::Reference;
use std::sync::Arc;

pub fn routes() -> Routes {
    Routes::new()
        .get("/open-data/concerns.csv", concerns_csv)
        .get("/open-data/concerns.json", concerns_json)
        .get("/open-data/concerns.csv-metadata.json", concerns_metadata)
        .get("/open-data/districts.csv", districts_csv)
        .get("/open-data/surveys/{id}/{file}", survey_results)
}

fn viewer_of(req: &axum::extract::Request) -> crate::viewer::Viewer {
    req.extensions().get::<crate::viewer::Viewer>().cloned().unwrap_or_default()
}

/// Headers of a public file: type, name, licence, a minute of caching.
fn file_response(settings: &domain::config::Settings, name: &str, content_type: &'static str, body: Body) -> Response {
    let mut response = body.into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=60"));
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{name}\"")) {
        headers.insert(header::CONTENT_DISPOSITION, v);
    }
    let licence = licence_url(&settings.open_data_licence).map(str::to_string).unwrap_or_else(|| format!("{}/open-data#licence", settings.base_url));
    if let Ok(v) = HeaderValue::from_str(&format!("<{licence}>; rel=\"license\"")) {
        headers.insert(header::LINK, v);
    }
    response
}

fn csv_cell(v: &Value) -> String {
    match v {
        Value::Text(t) => t.clone(),
        Value::Int(n) => n.to_string(),
        Value::Number(x) => x.to_string(),
        Value::Bool(b) => b.to_string(),
        Value::Null => String::new(),
    }
}

fn json_value(v: &Value) -> serde_json::Value {
    match v {
        Value::Text(t) => serde_json::Value::from(t.as_str()),
        Value::Int(n) => serde_json::Value::from(*n),
        Value::Number(x) => serde_json::Value::from(*x),
        Value::Bool(b) => serde_json::Value::from(*b),
        Value::Null => serde_json::Value::Null,
    }
}

/// The concerns as chunks of bytes, one page at a time; `write` turns one
/// page into its bytes (`first` tells whether it is the first concern).
fn concern_stream(
    db: Db,
    reference: Arc<Reference>,
    head: Vec<u8>,
    tail: Vec<u8>,
    write: fn(&[Vec<Value>], bool) -> Vec<u8>,
) -> Body {
    // (head still to send, next page's position, no concern written yet,
    // all pages read, tail still to send)
    let state = (Some(head), None::<i32>, true, false, Some(tail));
    let stream = futures::stream::unfold(state, move |(head, before, first, done, tail)| {
        let (db, reference) = (db.clone(), reference.clone());
        async move {
            if let Some(head) = head {
                return Some((Ok::<Bytes, AppError>(Bytes::from(head)), (None, before, first, done, tail)));
            }
            if done {
                return tail.map(|t| (Ok(Bytes::from(t)), (None, None, false, true, None)));
            }
            match concerns_page(&db, before).await {
                Ok((page, next)) => {
                    let rows: Vec<Vec<Value>> = page.iter().map(|c| concern_values(c, &reference)).collect();
                    let bytes = write(&rows, first);
                    Some((Ok(Bytes::from(bytes)), (None, next, first && rows.is_empty(), next.is_none(), tail)))
                }
                // The response has begun: the error ends it early, and the
                // missing closing bracket or last line shows the file is cut.
                Err(e) => Some((Err(e), (None, None, false, true, None))),
            }
        }
    });
    Body::from_stream(stream)
}

fn csv_rows(rows: &[Vec<Value>], _first: bool) -> Vec<u8> {
    let mut w = csv::Writer::from_writer(Vec::new());
    for row in rows {
        let _ = w.write_record(row.iter().map(csv_cell));
    }
    w.into_inner().unwrap_or_default()
}

fn json_rows(rows: &[Vec<Value>], first: bool) -> Vec<u8> {
    let mut out = Vec::new();
    for (i, row) in rows.iter().enumerate() {
        if !(first && i == 0) {
            out.push(b',');
        }
        let object: serde_json::Map<String, serde_json::Value> = CONCERN_COLUMNS.iter().zip(row).map(|(c, v)| (c.name.to_string(), json_value(v))).collect();
        out.extend(serde_json::to_vec(&object).unwrap_or_default());
        out.push(b'\n');
    }
    out
}

async fn concerns_csv(State(db): State<Db>, State(cache): State<ReferenceCache>, State(settings): State<SharedSettings>, req: axum::extract::Request) -> Response {
    match cache.get(&db).await {
        Ok(reference) => {
            let mut head = csv::Writer::from_writer(Vec::new());
            let _ = head.write_record(CONCERN_COLUMNS.iter().map(|c| c.name));
            let body = concern_stream(db, reference, head.into_inner().unwrap_or_default(), Vec::new(), csv_rows);
            file_response(&settings, "quartier-concerns.csv", "text/csv; charset=utf-8", body)
        }
        Err(e) => crate::web::failure(&viewer_of(&req), e),
    }
}

/// The licence and where the data come from, as the JSON files begin.
fn about(settings: &domain::config::Settings) -> serde_json::Value {
    serde_json::json!({
        "licence": settings.open_data_licence,
        "licence_url": licence_url(&settings.open_data_licence),
        "source": format!("{}/open-data", settings.base_url),
        "generated_at": time::OffsetDateTime::now_utc().format(&time::format_description::well_known::Rfc3339).unwrap_or_default(),
    })
}

async fn concerns_json(State(db): State<Db>, State(cache): State<ReferenceCache>, State(settings): State<SharedSettings>, req: axum::extract::Request) -> Response {
    match cache.get(&db).await {
        Ok(reference) => {
            let mut head = serde_json::to_vec(&about(&settings)).unwrap_or_default();
            // `{"licence":…}` becomes `{"licence":…,"concerns":[` followed by the pages.
            head.pop();
            head.extend_from_slice(b",\"concerns\":[\n");
            let body = concern_stream(db, reference, head, b"]}\n".to_vec(), json_rows);
            file_response(&settings, "quartier-concerns.json", "application/json", body)
        }
        Err(e) => crate::web::failure(&viewer_of(&req), e),
    }
}

/// CSV on the Web (W3C) metadata of `concerns.csv`: its columns, their
/// types and meanings in the reader's language, and the licence.
async fn concerns_metadata(State(settings): State<SharedSettings>, req: axum::extract::Request) -> Response {
    let viewer = viewer_of(&req);
    let lang = viewer.language().to_string();
    let columns: Vec<serde_json::Value> = CONCERN_COLUMNS
        .iter()
        .map(|c| {
            serde_json::json!({
                "name": c.name,
                "titles": c.name,
                "datatype": c.datatype.as_str(),
                "dc:description": crate::i18n::translate(&lang, viewer.plain, &format!("open-data-column-{}", c.name)),
            })
        })
        .collect();
    let metadata = serde_json::json!({
        "@context": "http://www.w3.org/ns/csvw",
        "url": format!("{}/open-data/concerns.csv", settings.base_url),
        "dc:title": crate::i18n::translate(&lang, viewer.plain, "open-data-concerns"),
        "dc:license": licence_url(&settings.open_data_licence).unwrap_or(&settings.open_data_licence),
        "dc:rights": settings.open_data_licence,
        "dc:source": format!("{}/open-data", settings.base_url),
        "tableSchema": { "columns": columns, "primaryKey": "reference" },
    });
    let body = serde_json::to_vec_pretty(&metadata).unwrap_or_default();
    file_response(&settings, "concerns.csv-metadata.json", "application/csvm+json", Body::from(body))
}

async fn districts_csv(State(db): State<Db>, State(cache): State<ReferenceCache>, State(settings): State<SharedSettings>, req: axum::extract::Request) -> Response {
    let result = async {
        let reference = cache.get(&db).await?;
        let mut w = csv::Writer::from_writer(Vec::new());
        let failed = |e: csv::Error| AppError::Internal(e.to_string());
        w.write_record(["id", "name", "kind", "planning_space", "population", "population_date", "area_km2", "social_index", "social_index_class"]).map_err(failed)?;
        for d in &reference.districts {
            let opt = |v: Option<String>| v.unwrap_or_default();
            w.write_record([
                d.id.to_string(),
                d.name.clone(),
                d.kind.clone(),
                opt(d.planning_space.clone()),
                opt(d.population.map(|p| p.to_string())),
                opt(d.population_date.map(|p| p.to_string())),
                opt(d.area_km2.map(|a| a.to_string())),
                opt(d.social_index.map(|s| s.to_string())),
                opt(d.class()),
            ])
            .map_err(failed)?;
        }
        w.into_inner().map_err(|e| AppError::Internal(e.to_string()))
    }
    .await;
    match result {
        Ok(body) => file_response(&settings, "quartier-districts.csv", "text/csv; charset=utf-8", Body::from(body)),
        Err(e) => crate::web::failure(&viewer_of(&req), e),
    }
}

/// A survey's published results (`results.csv` or `results.json`), as its
/// public results page shows them: small groups and held-back texts left out.
async fn survey_results(State(db): State<Db>, State(settings): State<SharedSettings>, Path((id, file)): Path<(i32, String)>, req: axum::extract::Request) -> Response {
    use domain::surveys::{export, results, service};
    let viewer = viewer_of(&req);
    let result = async {
        let s = service::load(&db, id).await?;
        if s.state == domain::surveys::model::SurveyState::Draft || !s.results_public {
            return Err(AppError::NotFound);
        }
        let ui = viewer.language().to_string();
        let labels = export::Labels {
            yes: crate::i18n::translate(&ui, viewer.plain, "survey-yes"),
            no: crate::i18n::translate(&ui, viewer.plain, "survey-no"),
            ui_lang: ui.clone(),
        };
        let lang = s.language_for(&ui);
        let r = results::compute(&db, &s, &results::Filter::default(), false).await?;
        match file.as_str() {
            "results.csv" => Ok(("text/csv; charset=utf-8", domain::spreadsheet::write(&export::results_table(&s, &r, &lang, &labels), domain::spreadsheet::Format::Csv)?)),
            "results.json" => {
                let results: serde_json::Value = serde_json::from_slice(&export::results_json(&s, &r, &lang, &labels)?).map_err(|e| AppError::Internal(e.to_string()))?;
                let mut file = about(&settings);
                file["results"] = results;
                Ok(("application/json", serde_json::to_vec(&file).map_err(|e| AppError::Internal(e.to_string()))?))
            }
            _ => Err(AppError::NotFound),
        }
    }
    .await;
    match result {
        Ok((content_type, body)) => file_response(&settings, &format!("quartier-survey-{id}-{file}"), content_type, Body::from(body)),
        Err(e) => crate::web::failure(&viewer, e),
    }
}
