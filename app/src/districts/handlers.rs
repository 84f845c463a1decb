//! The districts as open data (names, kinds, population, boundaries), and
//! which district holds a point, for the maps.
use crate::viewer::Viewer;
use crate::web::parts::{Db, ReferenceCache};
use axum::extract::{Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::{Extension, Json};
use domain::places::areas::Located;
use domain::places::Point;
use serde_json::json;
use std::collections::HashMap;

pub fn routes() -> crate::web::Routes {
    crate::web::Routes::new().get("/districts.geojson", geojson).get("/districts/at", at)
}

/// Every district as a GeoJSON Feature (boundary, name, kind, population).
async fn geojson(State(db): State<Db>, Extension(viewer): Extension<Viewer>) -> Response {
    match domain::places::boundaries::feature_collection(&db).await {
        Ok(collection) => crate::web::geojson_response(&collection),
        Err(e) => crate::web::failure(&viewer, e),
    }
}

/// `{"district": {"id": 3, "name": "Altstadt"}}` for `?lat=…&lon=…`, or an
/// error status with `{"message": …}` in the reader's language.
async fn at(State(db): State<Db>, State(reference_data): State<ReferenceCache>, Extension(viewer): Extension<Viewer>, Query(q): Query<HashMap<String, String>>) -> Response {
    let get = |k: &str| q.get(k).map(String::as_str).unwrap_or_default();
    let message = |status: StatusCode, key: &str| (status, Json(json!({ "message": crate::i18n::t_in(&viewer.lang, viewer.plain, key, &[]) }))).into_response();
    let point = match Point::parse(get("lat"), get("lon")) {
        Ok(Some(p)) => p,
        _ => return message(StatusCode::BAD_REQUEST, "error-coordinates"),
    };
    let reference = match reference_data.get(&db).await {
        Ok(r) => r,
        Err(e) => return crate::web::failure(&viewer, e),
    };
    match reference.areas.locate(point) {
        Located::In(id) => {
            let name = reference.districts.iter().find(|d| d.id == id.0).map(|d| d.name.clone()).unwrap_or_default();
            ([(header::CACHE_CONTROL, "public, max-age=60")], Json(json!({ "district": { "id": id.0, "name": name } }))).into_response()
        }
        Located::Outside if reference.areas.covers_city() => message(StatusCode::NOT_FOUND, "error-point-outside-city"),
        Located::Outside | Located::Unknown => message(StatusCode::NOT_FOUND, "error-district-for-point"),
    }
}
