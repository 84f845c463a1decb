//! Public concerns on a map: their spots kept in memory and grouped into
//! clusters by zoom level, so that a map of 100,000 concerns sends a few
//! hundred markers, whatever part of the city it shows.
use super::entity::concern;
use super::status::Status;
use super::ListFilter;
use crate::error::{AppError, AppResult};
use sea_orm::{entity::prelude::*, DatabaseConnection, QuerySelect};
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
    /// Web-Mercator position in [0, 1] (x east, y south), worked out once
    /// when the spots are read: a view at any zoom only scales it.
    x: f64,
    y: f64,
    pub lat: f64,
    pub lon: f64,
    pub status: Status,
    pub category: i32,
    pub district: i32,
    pub reference: Box<str>,
    pub title: Box<str>,
}

/// The spots of all public concerns as read at one moment, sorted by x,
/// with the clusters of every zoom up to [`LEVELS`] worked out for a map
/// without filters (the common case): such a view copies its cells.
#[derive(Debug, Default)]
pub struct Spots {
    spots: Vec<Spot>,
    levels: Vec<BTreeMap<(i64, i64), Sum>>,
}

/// Zoom levels whose clusters are kept. Above them a view shows a small
/// part of the city, and scanning its slab of spots is cheap.
const LEVELS: u8 = 15;

/// One cell's spots: how many, the sums of their coordinates, the first.
#[derive(Debug, Default, Clone, Copy)]
struct Sum {
    count: u32,
    lat: f64,
    lon: f64,
    first: usize,
}

impl Spots {
    pub fn new(mut spots: Vec<Spot>) -> Spots {
        spots.sort_by(|a, b| a.x.total_cmp(&b.x));
        let levels = (0..=LEVELS)
            .map(|zoom| {
                let mut cells: BTreeMap<(i64, i64), Sum> = BTreeMap::new();
                for (i, s) in spots.iter().enumerate() {
                    let cell = cells.entry((cell_of(s.y, zoom), cell_of(s.x, zoom))).or_insert(Sum { first: i, ..Sum::default() });
                    cell.count += 1;
                    cell.lat += s.lat;
                    cell.lon += s.lon;
                }
                cells
            })
            .collect();
        Spots { spots, levels }
    }
}

/// The spots with the moment they were read.
type Loaded = Option<(Instant, Arc<Spots>)>;

/// The spots, read again in the background once older than [`TTL`]:
/// requests meanwhile get the previous ones, so none waits for a reload
/// (only the very first request of a process does).
#[derive(Clone, Default)]
pub struct SpotCache {
    spots: Arc<RwLock<Loaded>>,
    loading: Arc<tokio::sync::Mutex<()>>,
    refreshing: Arc<std::sync::atomic::AtomicBool>,
}

impl std::fmt::Debug for SpotCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SpotCache")
    }
}

impl SpotCache {
    fn current(&self) -> Loaded {
        self.spots.read().unwrap_or_else(PoisonError::into_inner).clone()
    }

    async fn reload(&self, db: &DatabaseConnection) -> AppResult<Arc<Spots>> {
        let spots = Arc::new(Spots::new(load(db).await?));
        *self.spots.write().unwrap_or_else(PoisonError::into_inner) = Some((Instant::now(), spots.clone()));
        Ok(spots)
    }

    pub async fn get(&self, db: &DatabaseConnection) -> AppResult<Arc<Spots>> {
        use std::sync::atomic::Ordering;
        match self.current() {
            Some((at, spots)) if at.elapsed() < TTL => Ok(spots),
            Some((_, stale)) => {
                if !self.refreshing.swap(true, Ordering::AcqRel) {
                    let (cache, db) = (self.clone(), db.clone());
                    tokio::spawn(async move {
                        if let Err(e) = cache.reload(&db).await {
                            tracing::warn!(error = %e, "the map's spots could not be read again; the previous ones stay");
                        }
                        cache.refreshing.store(false, Ordering::Release);
                    });
                }
                Ok(stale)
            }
            None => {
                let _turn = self.loading.lock().await;
                match self.current() {
                    Some((_, spots)) => Ok(spots),
                    None => self.reload(db).await,
                }
            }
        }
    }
}

type Row = (Option<f64>, Option<f64>, Status, i32, i32, Option<String>, String);

async fn load(db: &DatabaseConnection) -> AppResult<Vec<Spot>> {
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
        .filter_map(|(lat, lon, status, category, district, reference, title)| Some(Spot::new(lat?, lon?, status, category, district, reference?, &title)))
        .collect())
}

impl Spot {
    pub fn new(lat: f64, lon: f64, status: Status, category: i32, district: i32, reference: String, title: &str) -> Spot {
        let (x, y) = mercator(lat, lon);
        Spot {
            x,
            y,
            lat,
            lon,
            status,
            category,
            district,
            reference: reference.into(),
            title: title.chars().take(TITLE_CHARS).collect::<String>().into(),
        }
    }
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

}

/// Web-Mercator position in [0, 1] (x east, y south).
fn mercator(lat: f64, lon: f64) -> (f64, f64) {
    let lat = lat.clamp(-85.0511, 85.0511).to_radians();
    let x = (lon + 180.0) / 360.0;
    let y = (1.0 - (lat.tan() + 1.0 / lat.cos()).ln() / std::f64::consts::PI) / 2.0;
    (x, y)
}

/// Screen pixels across the world at `zoom` (256-pixel tiles).
fn world_px(zoom: u8) -> f64 {
    256.0 * f64::from(1u32 << zoom)
}

/// Web-Mercator pixel coordinates at `zoom`, as the maps draw.
fn pixel(lat: f64, lon: f64, zoom: u8) -> (f64, f64) {
    let (x, y) = mercator(lat, lon);
    (x * world_px(zoom), y * world_px(zoom))
}

fn passes(s: &Spot, filter: &ListFilter) -> bool {
    filter.district.is_none_or(|d| d == s.district)
        && filter.category.is_none_or(|c| c == s.category)
        && match filter.status.as_deref().and_then(Status::parse) {
            Some(wanted) if Status::PUBLIC.contains(&wanted) => s.status == wanted,
            _ => true,
        }
}

/// The cell (64 screen pixels, counted from the world's corner) of a
/// Web-Mercator coordinate at `zoom`.
fn cell_of(v: f64, zoom: u8) -> i64 {
    (v * world_px(zoom) / CELL_PX).floor() as i64
}

/// The spots in view that pass the list's filters, as GeoJSON points: a
/// single concern with its reference, title and status; several close
/// together as one cluster at their mean position with their count.
pub fn clusters(spots: &Spots, view: View, filter: &ListFilter) -> geojson::FeatureCollection {
    let zoom = view.zoom;
    let (x0, y0) = mercator(view.north, view.west);
    let (x1, y1) = mercator(view.south, view.east);
    // Whole cells: a cell on the view's edge counts all its spots, as the
    // map shows it whole.
    let (cx0, cy0, cx1, cy1) = (cell_of(x0, zoom), cell_of(y0, zoom), cell_of(x1, zoom), cell_of(y1, zoom));
    let unfiltered = filter.district.is_none() && filter.category.is_none() && !filters_status(filter);
    let mut cells: Vec<Sum> = Vec::new();
    match spots.levels.get(usize::from(zoom)).filter(|_| unfiltered) {
        Some(level) => {
            // The kept clusters of the cells in view.
            for cy in cy0..=cy1 {
                cells.extend(level.range((cy, cx0)..=(cy, cx1)).map(|(_, sum)| *sum));
            }
        }
        None => {
            // A flat grid over the view (at most 65 × 65 cells), filled from
            // the slab of spots between the view's west and east.
            let (columns, rows) = ((cx1 - cx0 + 1).max(1) as usize, (cy1 - cy0 + 1).max(1) as usize);
            let mut grid = vec![Sum { first: usize::MAX, ..Sum::default() }; columns * rows];
            let start = spots.spots.partition_point(|s| cell_of(s.x, zoom) < cx0);
            let end = spots.spots.partition_point(|s| cell_of(s.x, zoom) <= cx1);
            for (i, s) in spots.spots[start..end].iter().enumerate().filter(|(_, s)| passes(s, filter)) {
                let cy = cell_of(s.y, zoom);
                if cy < cy0 || cy > cy1 {
                    continue;
                }
                let (cx, cy) = ((cell_of(s.x, zoom) - cx0) as usize, (cy - cy0) as usize);
                let Some(cell) = grid.get_mut(cy * columns + cx) else { continue };
                if cell.count == 0 {
                    cell.first = start + i;
                }
                cell.count += 1;
                cell.lat += s.lat;
                cell.lon += s.lon;
            }
            cells = grid.into_iter().filter(|c| c.count > 0).collect();
        }
    }
    let features = cells
        .into_iter()
        .filter_map(|c| {
            let n = f64::from(c.count);
            let mut properties = serde_json::Map::new();
            properties.insert("count".into(), c.count.into());
            let at = if c.count == 1 {
                let s = spots.spots.get(c.first)?;
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

/// Whether the filter asks for one public status (anything else shows all).
fn filters_status(filter: &ListFilter) -> bool {
    filter.status.as_deref().and_then(Status::parse).is_some_and(|s| Status::PUBLIC.contains(&s))
}

fn round(v: f64) -> f64 {
    (v * 1e6).round() / 1e6
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spot(lat: f64, lon: f64, status: Status, district: i32) -> Spot {
        Spot::new(lat, lon, status, 1, district, format!("Q-{lat}-{lon}"), "Loch")
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
    fn kept_clusters_and_scanned_ones_agree() {
        let mut seed = 11u64;
        let mut random = || {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (seed >> 11) as f64 / (1u64 << 53) as f64
        };
        let spots = Spots::new((0..2000).map(|_| spot(50.9 + random() * 0.16, 10.9 + random() * 0.25, Status::Open, 1)).collect());
        // District 1 holds every spot: the same answer, but by scanning.
        let everywhere = ListFilter { district: Some(1), ..Default::default() };
        for zoom in [11, 12, 13, 15] {
            for view in [erfurt(zoom), View { east: 11.025, north: 50.99, ..erfurt(zoom) }] {
                let kept = clusters(&spots, view, &ListFilter::default());
                let scanned = clusters(&spots, view, &everywhere);
                assert_eq!(kept, scanned, "zoom {zoom}");
            }
            let all = clusters(&spots, erfurt(zoom), &ListFilter::default());
            let total: u64 = all.features.iter().map(|f| f.properties.as_ref().unwrap()["count"].as_u64().unwrap()).sum();
            assert_eq!(total, 2000, "zoom {zoom}: every spot counted once");
        }
    }

    #[test]
    fn close_spots_become_one_cluster_far_ones_stay_apart() {
        let spots = Spots::new(vec![
            spot(50.978, 11.029, Status::Open, 1),
            spot(50.9781, 11.0291, Status::Done, 1),
            spot(51.03, 11.10, Status::Open, 2),
            spot(48.0, 11.0, Status::Open, 2),
        ]);
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
