//! Public concerns on a map: their spots kept in memory and grouped into
//! clusters by zoom level, so that a map of 100,000 concerns sends a few
//! hundred markers, whatever part of the city it shows.
use super::entity::concern;
use super::status::Status;
use super::ListFilter;
use crate::error::{AppError, AppResult};
use sea_orm::{entity::prelude::*, ConnectionTrait, QuerySelect};
use std::collections::BTreeMap;
use std::sync::{Arc, PoisonError, RwLock};
use std::time::{Duration, Instant};

/// New and changed concerns reach the map within this time; reading all
/// spots again costs about a tenth of a second at 100,000 concerns.
pub const TTL: Duration = Duration::from_secs(10);
/// Markers closer than this many screen pixels are drawn as one cluster.
const CELL_PX: f64 = 64.0;
/// The largest map a request may ask for, in screen pixels each way.
const MAX_VIEW_PX: f64 = 4096.0;
/// Titles are shortened for the map; the concern's page has the whole text.
const TITLE_CHARS: usize = 80;

/// One public concern's spot.
#[derive(Debug, Clone)]
pub struct Spot {
    pub lat: f64,
    pub lon: f64,
    pub status: Status,
    pub category: i32,
    pub district: i32,
    pub reference: Box<str>,
    pub title: Box<str>,
}

/// The spots of all public concerns, read again after [`TTL`]. One reader
/// loads at a time; the others wait for its result.
/// The spots with the moment they were read.
type Loaded = Option<(Instant, Arc<Vec<Spot>>)>;

#[derive(Clone, Default)]
pub struct SpotCache {
    spots: Arc<RwLock<Loaded>>,
    loading: Arc<tokio::sync::Mutex<()>>,
}

impl std::fmt::Debug for SpotCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SpotCache")
    }
}

impl SpotCache {
    fn fresh(&self) -> Option<Arc<Vec<Spot>>> {
        let guard = self.spots.read().unwrap_or_else(PoisonError::into_inner);
        guard.as_ref().filter(|(at, _)| at.elapsed() < TTL).map(|(_, s)| s.clone())
    }

    pub async fn get(&self, db: &impl ConnectionTrait) -> AppResult<Arc<Vec<Spot>>> {
        if let Some(s) = self.fresh() {
            return Ok(s);
        }
        let _turn = self.loading.lock().await;
        if let Some(s) = self.fresh() {
            return Ok(s);
        }
        let spots = Arc::new(load(db).await?);
        *self.spots.write().unwrap_or_else(PoisonError::into_inner) = Some((Instant::now(), spots.clone()));
        Ok(spots)
    }
}

type Row = (Option<f64>, Option<f64>, Status, i32, i32, Option<String>, String);

async fn load(db: &impl ConnectionTrait) -> AppResult<Vec<Spot>> {
    let rows: Vec<Row> = concern::Entity::find()
        .select_only()
        .columns([concern::Column::Latitude, concern::Column::Longitude, concern::Column::Status, concern::Column::CategoryId, concern::Column::DistrictId, concern::Column::Reference, concern::Column::Title])
        .filter(concern::Column::Published.eq(true))
        .filter(concern::Column::Hidden.eq(false))
        .filter(concern::Column::Latitude.is_not_null())
        .filter(concern::Column::Status.is_not_in([Status::Rejected, Status::Duplicate]))
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(lat, lon, status, category, district, reference, title)| {
            Some(Spot {
                lat: lat?,
                lon: lon?,
                status,
                category,
                district,
                reference: reference?.into(),
                title: title.chars().take(TITLE_CHARS).collect::<String>().into(),
            })
        })
        .collect())
}

/// The part of the map a browser shows.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct View {
    pub west: f64,
    pub south: f64,
    pub east: f64,
    pub north: f64,
    pub zoom: u8,
}

impl View {
    /// `bbox=west,south,east,north` and `zoom` as a map library sends them.
    pub fn parse(bbox: &str, zoom: &str) -> AppResult<View> {
        let invalid = || AppError::invalid("bbox", "error-map-view");
        let v: Vec<f64> = bbox.split(',').map(|p| p.trim().parse::<f64>().map_err(|_| invalid())).collect::<AppResult<_>>()?;
        let zoom = zoom.trim().parse::<u8>().ok().filter(|z| *z <= 19).ok_or_else(invalid)?;
        let [west, south, east, north] = v[..] else { return Err(invalid()) };
        let ok = v.iter().all(|n| n.is_finite())
            && (-180.0..=180.0).contains(&west)
            && (-180.0..=180.0).contains(&east)
            && (-90.0..=90.0).contains(&south)
            && (-90.0..=90.0).contains(&north)
            && west < east
            && south < north;
        let view = View { west, south, east, north, zoom };
        let (x0, y0) = pixel(north, west, zoom);
        let (x1, y1) = pixel(south, east, zoom);
        if !ok || x1 - x0 > MAX_VIEW_PX || y1 - y0 > MAX_VIEW_PX {
            return Err(invalid());
        }
        Ok(view)
    }

    fn holds(&self, s: &Spot) -> bool {
        self.south <= s.lat && s.lat <= self.north && self.west <= s.lon && s.lon <= self.east
    }
}

/// Web-Mercator pixel coordinates at `zoom` (256-pixel tiles), as the maps draw.
fn pixel(lat: f64, lon: f64, zoom: u8) -> (f64, f64) {
    let size = 256.0 * f64::from(1u32 << zoom);
    let lat = lat.clamp(-85.0511, 85.0511).to_radians();
    let x = (lon + 180.0) / 360.0 * size;
    let y = (1.0 - (lat.tan() + 1.0 / lat.cos()).ln() / std::f64::consts::PI) / 2.0 * size;
    (x, y)
}

fn passes(s: &Spot, filter: &ListFilter) -> bool {
    filter.district.is_none_or(|d| d == s.district)
        && filter.category.is_none_or(|c| c == s.category)
        && match filter.status.as_deref().and_then(Status::parse) {
            Some(wanted) if Status::PUBLIC.contains(&wanted) => s.status == wanted,
            _ => true,
        }
}

#[derive(Default)]
struct Cell<'a> {
    count: u32,
    lat: f64,
    lon: f64,
    first: Option<&'a Spot>,
}

/// The spots in view that pass the list's filters, as GeoJSON points: a
/// single concern with its reference, title and status; several close
/// together as one cluster at their mean position with their count.
pub fn clusters(spots: &[Spot], view: View, filter: &ListFilter) -> geojson::FeatureCollection {
    let mut cells: BTreeMap<(u32, u32), Cell> = BTreeMap::new();
    for s in spots.iter().filter(|s| view.holds(s) && passes(s, filter)) {
        let (x, y) = pixel(s.lat, s.lon, view.zoom);
        let cell = cells.entry(((x / CELL_PX) as u32, (y / CELL_PX) as u32)).or_default();
        cell.count += 1;
        cell.lat += s.lat;
        cell.lon += s.lon;
        cell.first.get_or_insert(s);
    }
    let features = cells
        .into_values()
        .filter_map(|c| {
            let n = f64::from(c.count);
            let mut properties = serde_json::Map::new();
            properties.insert("count".into(), c.count.into());
            let at = if c.count == 1 {
                let s = c.first?;
                properties.insert("reference".into(), s.reference.as_ref().into());
                properties.insert("title".into(), s.title.as_ref().into());
                properties.insert("status".into(), s.status.as_str().into());
                [s.lon, s.lat]
            } else {
                [round(c.lon / n), round(c.lat / n)]
            };
            Some(geojson::Feature { geometry: Some(geojson::Geometry::new_point(at)), properties: Some(properties), ..Default::default() })
        })
        .collect::<Vec<_>>();
    geojson::FeatureCollection::new(features)
}

fn round(v: f64) -> f64 {
    (v * 1e6).round() / 1e6
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spot(lat: f64, lon: f64, status: Status, district: i32) -> Spot {
        Spot { lat, lon, status, category: 1, district, reference: format!("Q-{lat}-{lon}").into(), title: "Loch".into() }
    }

    fn erfurt(zoom: u8) -> View {
        View { west: 10.9, south: 50.9, east: 11.15, north: 51.06, zoom }
    }

    #[test]
    fn views_are_read_and_bounded() {
        assert_eq!(View::parse("10.9,50.9,11.15,51.06", "12").unwrap(), erfurt(12));
        for (bbox, zoom) in [("10.9,50.9,11.15", "12"), ("a,b,c,d", "12"), ("11,50,10,51", "12"), ("10,50,11,51", "25"), ("NaN,50,11,51", "3"), ("-180,-85,180,85", "18"), ("10,50,11,91", "5")] {
            assert!(View::parse(bbox, zoom).is_err(), "{bbox} {zoom}");
        }
    }

    #[test]
    fn close_spots_become_one_cluster_far_ones_stay_apart() {
        let spots = vec![
            spot(50.978, 11.029, Status::Open, 1),
            spot(50.9781, 11.0291, Status::Done, 1),
            spot(51.03, 11.10, Status::Open, 2),
            spot(48.0, 11.0, Status::Open, 2),
        ];
        let all = clusters(&spots, erfurt(12), &ListFilter::default());
        let counts: Vec<u64> = all.features.iter().map(|f| f.properties.as_ref().unwrap()["count"].as_u64().unwrap()).collect();
        let mut sorted = counts.clone();
        sorted.sort();
        assert_eq!(sorted, vec![1, 2], "the spot in Munich is out of view");
        let single = all.features.iter().find(|f| f.properties.as_ref().unwrap()["count"] == 1).unwrap();
        assert_eq!(single.properties.as_ref().unwrap()["status"], "open");
        // Zoomed in, the two close spots part.
        assert_eq!(clusters(&spots, View { zoom: 19, ..erfurt(19) }, &ListFilter::default()).features.len(), 3);
        // The list's filters apply.
        let done = ListFilter { status: Some("done".into()), ..Default::default() };
        assert_eq!(clusters(&spots, erfurt(12), &done).features.len(), 1);
        let district = ListFilter { district: Some(2), ..Default::default() };
        assert_eq!(clusters(&spots, erfurt(12), &district).features.len(), 1);
    }
}
