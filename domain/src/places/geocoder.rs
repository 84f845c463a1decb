//! Addresses to points and back through a Nominatim-compatible service
//! (`/search`, `/reverse`, `format=jsonv2`). Off unless
//! `QUARTIER_GEOCODER_URL` is set. A service that is down, slow or answers
//! nonsense never breaks a form: there are no suggestions, that is all.
use super::Point;
use serde::Deserialize;
use std::time::Duration;

/// Suggestions asked for at most; a form shows a handful.
const LIMIT: usize = 5;
/// A person is typing: an answer later than this is of no use.
const TIMEOUT: Duration = Duration::from_secs(3);
/// Nominatim's usage policy asks every application to name itself.
const USER_AGENT: &str = concat!("Quartier/", env!("CARGO_PKG_VERSION"), " (participation platform)");

/// A place the service found.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Found {
    pub label: String,
    pub point: Point,
}

#[derive(Debug, PartialEq, Eq)]
pub enum GeocodeError {
    /// No answer: refused, timed out, or an HTTP error status.
    Unreachable,
    /// An answer that is not what a Nominatim-compatible service sends.
    Garbage,
}

#[derive(Deserialize)]
struct Place {
    lat: String,
    lon: String,
    display_name: String,
}

fn client() -> Result<reqwest::Client, GeocodeError> {
    reqwest::Client::builder()
        .timeout(TIMEOUT)
        .connect_timeout(Duration::from_secs(2))
        .user_agent(USER_AGENT)
        .build()
        .map_err(|_| GeocodeError::Unreachable)
}

async fn get(url: String, query: &[(&str, String)]) -> Result<bytes::Bytes, GeocodeError> {
    let response = client()?.get(url).query(query).send().await.map_err(|e| {
        tracing::warn!("geocoder unreachable: {e}");
        GeocodeError::Unreachable
    })?;
    if !response.status().is_success() {
        tracing::warn!("geocoder answered {}", response.status());
        return Err(GeocodeError::Unreachable);
    }
    response.bytes().await.map_err(|_| GeocodeError::Unreachable)
}

fn place_of(p: Place) -> Option<Found> {
    let point = Point::parse(&p.lat, &p.lon).ok().flatten()?;
    let label: String = crate::input::clean_text(p.display_name.trim()).chars().take(200).collect();
    (!label.is_empty()).then_some(Found { label, point })
}

/// Reads a `/search` answer: the places inside `extent` (west, south, east,
/// north), at most [`LIMIT`].
pub fn read_search(body: &[u8], extent: [f64; 4]) -> Result<Vec<Found>, GeocodeError> {
    let places: Vec<Place> = serde_json::from_slice(body).map_err(|_| GeocodeError::Garbage)?;
    let [west, south, east, north] = extent;
    Ok(places
        .into_iter()
        .filter_map(place_of)
        .filter(|f| (south..=north).contains(&f.point.lat) && (west..=east).contains(&f.point.lon))
        .take(LIMIT)
        .collect())
}

/// Places matching `text` within the city's extent (west, south, east, north).
pub async fn search(base: &str, text: &str, extent: [f64; 4], lang: &str) -> Result<Vec<Found>, GeocodeError> {
    let [west, south, east, north] = extent;
    let query = [
        ("q", text.chars().take(200).collect::<String>()),
        ("format", "jsonv2".into()),
        ("limit", LIMIT.to_string()),
        ("viewbox", format!("{west},{north},{east},{south}")),
        ("bounded", "1".into()),
        ("accept-language", lang.into()),
    ];
    let body = get(format!("{}/search", base.trim_end_matches('/')), &query).await?;
    read_search(&body, extent).inspect_err(|_| tracing::warn!("geocoder answered garbage"))
}

/// The address of a point, when the service knows one.
pub async fn reverse(base: &str, point: Point, lang: &str) -> Result<Option<String>, GeocodeError> {
    let query = [
        ("lat", format!("{:.6}", point.lat)),
        ("lon", format!("{:.6}", point.lon)),
        ("format", "jsonv2".into()),
        ("zoom", "18".into()),
        ("accept-language", lang.into()),
    ];
    let body = get(format!("{}/reverse", base.trim_end_matches('/')), &query).await?;
    let value: serde_json::Value = serde_json::from_slice(&body).map_err(|_| GeocodeError::Garbage)?;
    if value.get("error").is_some() {
        return Ok(None);
    }
    let place: Place = serde_json::from_value(value).map_err(|_| GeocodeError::Garbage)?;
    Ok(place_of(place).map(|f| f.label))
}

#[cfg(test)]
mod tests {
    use super::*;

    const ERFURT: [f64; 4] = [10.85, 50.88, 11.18, 51.08];

    #[test]
    fn search_answers_are_kept_inside_the_city() {
        let body = br#"[
            {"lat":"50.97806","lon":"11.02917","display_name":"Fischmarkt 1, 99084 Erfurt","place_id":1},
            {"lat":"52.52","lon":"13.40","display_name":"Fischmarkt, Berlin"},
            {"lat":"north","lon":"11.0","display_name":"broken"},
            {"lat":"50.98","lon":"11.03","display_name":"  "}
        ]"#;
        let found = read_search(body, ERFURT).unwrap();
        assert_eq!(found, vec![Found { label: "Fischmarkt 1, 99084 Erfurt".into(), point: Point { lat: 50.97806, lon: 11.02917 } }]);
        assert_eq!(read_search(b"<html>502</html>", ERFURT), Err(GeocodeError::Garbage));
        assert_eq!(read_search(br#"{"error":"x"}"#, ERFURT), Err(GeocodeError::Garbage));
        assert_eq!(read_search(b"[]", ERFURT), Ok(Vec::new()));
    }
}
