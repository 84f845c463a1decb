//! Address suggestions and the address of a marked spot, through the
//! configured geocoder (404 when there is none). The browser never talks to
//! the geocoder itself: the Content-Security-Policy keeps it to this site,
//! and people's typing is not sent to a third party from their browser.
use crate::viewer::Viewer;
use crate::web::parts::{Db, ReferenceCache, SharedSettings};
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::{Extension, Json};
use domain::places::geocoder;
use domain::places::Point;
use serde_json::json;
use std::collections::HashMap;

pub fn routes() -> crate::web::Routes {
    crate::web::Routes::new().get("/places/search", search).get("/places/reverse", reverse)
}

/// A little beyond the outermost boundaries, so that places on the city's
/// edge are found.
const MARGIN_DEGREES: f64 = 0.01;

/// Up to five places matching `q` inside the city: `[{label, lat, lon}]`.
/// An empty list when the geocoder is down or answers nonsense.
async fn search(State(db): State<Db>, State(settings): State<SharedSettings>, State(reference_data): State<ReferenceCache>, Extension(viewer): Extension<Viewer>, Query(q): Query<HashMap<String, String>>) -> Response {
    let Some(base) = settings.geocoder_url.as_deref() else { return StatusCode::NOT_FOUND.into_response() };
    let text = q.get("q").map(|t| t.trim()).unwrap_or_default();
    if text.chars().count() < 3 {
        return Json(json!([])).into_response();
    }
    let extent = match reference_data.get(&db).await {
        Ok(r) => r.areas.extent(),
        Err(e) => return crate::web::failure(&viewer, e),
    };
    let Some([west, south, east, north]) = extent else { return Json(json!([])).into_response() };
    let extent = [west - MARGIN_DEGREES, south - MARGIN_DEGREES, east + MARGIN_DEGREES, north + MARGIN_DEGREES];
    let found = geocoder::search(base, text, extent, &viewer.lang).await.unwrap_or_default();
    Json(found.into_iter().map(|f| json!({ "label": f.label, "lat": f.point.lat, "lon": f.point.lon })).collect::<Vec<_>>()).into_response()
}

/// `{"address": …}` of a spot, or `{"address": null}`.
async fn reverse(State(settings): State<SharedSettings>, Extension(viewer): Extension<Viewer>, Query(q): Query<HashMap<String, String>>) -> Response {
    let Some(base) = settings.geocoder_url.as_deref() else { return StatusCode::NOT_FOUND.into_response() };
    let get = |k: &str| q.get(k).map(String::as_str).unwrap_or_default();
    let Ok(Some(point)) = Point::parse(get("lat"), get("lon")) else { return StatusCode::BAD_REQUEST.into_response() };
    let address = geocoder::reverse(base, point, &viewer.lang).await.ok().flatten();
    Json(json!({ "address": address })).into_response()
}
