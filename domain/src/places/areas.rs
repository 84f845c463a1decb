//! Which district holds a point: the districts' areas in memory, each with
//! its bounding box, asked in district-id order.
use super::Point;
use crate::vocabulary::ids::DistrictId;
use geo::{BoundingRect, Coord, Intersects, MultiPolygon, Rect};

/// The districts' areas, ready for lookups. Built from the stored
/// boundaries; empty when none are stored.
#[derive(Debug, Default)]
pub struct DistrictAreas {
    /// Sorted by district id: on a shared border the lower id wins, so the
    /// answer never depends on the order the boundaries were imported in.
    areas: Vec<Area>,
    /// Whether every district has an area: then a point outside all of
    /// them is outside the city.
    complete: bool,
    /// Whether some area was generated (the demo city's schematic
    /// boundaries) rather than imported: maps say so.
    generated: bool,
}

#[derive(Debug)]
struct Area {
    district: DistrictId,
    bbox: Rect,
    shape: MultiPolygon,
}

/// Where a point lies, as far as the stored boundaries tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Located {
    In(DistrictId),
    /// Outside every stored boundary.
    Outside,
    /// No boundaries are stored, so nothing can be said.
    Unknown,
}

impl DistrictAreas {
    pub fn new(areas: impl IntoIterator<Item = (DistrictId, MultiPolygon)>) -> Self {
        let mut areas: Vec<Area> = areas
            .into_iter()
            .filter_map(|(district, shape)| Some(Area { district, bbox: shape.bounding_rect()?, shape }))
            .collect();
        areas.sort_by_key(|a| a.district.0);
        DistrictAreas { areas, complete: false, generated: false }
    }

    /// Marks whether these areas are those of all the city's districts.
    pub fn covering_city(mut self, complete: bool) -> Self {
        self.complete = complete && !self.areas.is_empty();
        self
    }

    pub fn covers_city(&self) -> bool {
        self.complete
    }

    /// Marks whether some areas were generated rather than imported.
    pub fn generated(mut self, generated: bool) -> Self {
        self.generated = generated;
        self
    }

    pub fn is_generated(&self) -> bool {
        self.generated
    }

    pub fn is_empty(&self) -> bool {
        self.areas.is_empty()
    }

    pub fn len(&self) -> usize {
        self.areas.len()
    }

    /// The district whose area holds the point; a point on a border between
    /// two belongs to the one with the lower id. The bounding boxes are
    /// checked first: most districts are ruled out by four comparisons.
    pub fn locate(&self, point: Point) -> Located {
        if self.areas.is_empty() {
            return Located::Unknown;
        }
        let c = Coord { x: point.lon, y: point.lat };
        self.areas
            .iter()
            .find(|a| in_box(a.bbox, c) && a.shape.intersects(&c))
            .map_or(Located::Outside, |a| Located::In(a.district))
    }

    /// The bounding box of all areas: (min lon, min lat, max lon, max lat).
    pub fn extent(&self) -> Option<[f64; 4]> {
        self.areas.iter().map(|a| a.bbox).reduce(|a, b| {
            Rect::new(
                Coord { x: a.min().x.min(b.min().x), y: a.min().y.min(b.min().y) },
                Coord { x: a.max().x.max(b.max().x), y: a.max().y.max(b.max().y) },
            )
        }).map(|r| [r.min().x, r.min().y, r.max().x, r.max().y])
    }

    /// A point that [`locate`](Self::locate) puts in `district`, drawn with
    /// `random` (uniform in [0, 1)); for generated demo data. `None` when
    /// the district has no area.
    pub fn point_in(&self, district: DistrictId, mut random: impl FnMut() -> f64) -> Option<Point> {
        use geo::Area as _;
        let area = self.areas.iter().find(|a| a.district == district)?;
        // A part chosen by its size, then a point in that part's box: a
        // district of two far-apart islands is not one mostly empty box.
        let sizes: Vec<f64> = area.shape.0.iter().map(|p| p.unsigned_area()).collect();
        let total: f64 = sizes.iter().sum();
        for _ in 0..1000 {
            let mut pick = random() * total;
            let part = area.shape.0.iter().zip(&sizes).find(|(_, s)| {
                pick -= **s;
                pick <= 0.0
            });
            let bbox = part.or(area.shape.0.last().zip(sizes.last())).and_then(|(p, _)| p.bounding_rect())?;
            let (min, max) = (bbox.min(), bbox.max());
            let p = Point { lon: min.x + random() * (max.x - min.x), lat: min.y + random() * (max.y - min.y) };
            if self.locate(p) == Located::In(district) {
                return Some(p);
            }
        }
        None
    }
}

fn in_box(r: Rect, c: Coord) -> bool {
    r.min().x <= c.x && c.x <= r.max().x && r.min().y <= c.y && c.y <= r.max().y
}

#[cfg(test)]
mod tests {
    use super::*;
    use geo::{polygon, MultiPolygon};

    fn square(x: f64, y: f64, size: f64) -> geo::Polygon {
        polygon![(x: x, y: y), (x: x + size, y: y), (x: x + size, y: y + size), (x: x, y: y + size), (x: x, y: y)]
    }

    fn at(lon: f64, lat: f64) -> Point {
        Point { lat, lon }
    }

    fn city() -> DistrictAreas {
        // 2: a square with a hole, 1: its neighbour to the east (shared edge
        // at x = 10), 3: two islands, one of them inside 2's hole.
        let mut with_hole = square(0.0, 0.0, 10.0);
        with_hole.interiors_push(square(4.0, 4.0, 2.0).exterior().clone());
        DistrictAreas::new([
            (DistrictId(2), MultiPolygon::new(vec![with_hole])),
            (DistrictId(1), MultiPolygon::new(vec![square(10.0, 0.0, 10.0)])),
            (DistrictId(3), MultiPolygon::new(vec![square(4.5, 4.5, 1.0), square(30.0, 30.0, 1.0)])),
        ])
    }

    #[test]
    fn points_are_located_inside_outside_in_holes_and_parts() {
        let c = city();
        assert_eq!(c.locate(at(1.0, 1.0)), Located::In(DistrictId(2)));
        assert_eq!(c.locate(at(15.0, 5.0)), Located::In(DistrictId(1)));
        assert_eq!(c.locate(at(50.0, 50.0)), Located::Outside);
        // In the hole of 2 but not in 3's island there: nobody's.
        assert_eq!(c.locate(at(4.2, 4.2)), Located::Outside);
        // The island inside the hole, and the far island: both 3.
        assert_eq!(c.locate(at(5.0, 5.0)), Located::In(DistrictId(3)));
        assert_eq!(c.locate(at(30.5, 30.5)), Located::In(DistrictId(3)));
        assert_eq!(DistrictAreas::default().locate(at(1.0, 1.0)), Located::Unknown);
    }

    #[test]
    fn a_point_on_a_shared_border_belongs_to_the_lower_id() {
        let c = city();
        assert_eq!(c.locate(at(10.0, 5.0)), Located::In(DistrictId(1)));
        // Same answer whatever order the areas came in.
        let reversed = DistrictAreas::new([
            (DistrictId(1), MultiPolygon::new(vec![square(10.0, 0.0, 10.0)])),
            (DistrictId(2), MultiPolygon::new(vec![square(0.0, 0.0, 10.0)])),
        ]);
        assert_eq!(reversed.locate(at(10.0, 5.0)), Located::In(DistrictId(1)));
        // On the outer edge of one district only: that one.
        assert_eq!(c.locate(at(0.0, 5.0)), Located::In(DistrictId(2)));
    }

    #[test]
    fn drawn_points_lie_in_their_district() {
        let c = city();
        let mut seed = 7u64;
        let mut random = || {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (seed >> 11) as f64 / (1u64 << 53) as f64
        };
        for district in [1, 2, 3] {
            for _ in 0..50 {
                let p = c.point_in(DistrictId(district), &mut random).unwrap();
                assert_eq!(c.locate(p), Located::In(DistrictId(district)));
            }
        }
        assert_eq!(c.point_in(DistrictId(9), random), None);
    }

    #[test]
    fn the_extent_covers_all_areas() {
        assert_eq!(city().extent(), Some([0.0, 0.0, 31.0, 31.0]));
        assert_eq!(DistrictAreas::default().extent(), None);
    }
}
