//! A district's area read from GeoJSON and checked: what a city publishes
//! is often slightly broken, and a broken ring would silently put points in
//! the wrong district.
use geo::{Coord, LineString, MultiPolygon, Polygon, Validation};
use geojson::{GeometryValue, Position};

/// What is wrong with one feature's geometry. Each has a Fluent id
/// (`boundary-problem-…`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    /// No geometry, or one that is not an area (a point, a line).
    NotAnArea,
    /// A coordinate that is not a longitude and latitude in range.
    BadCoordinate,
    /// A ring whose last position is not its first.
    OpenRing,
    /// A ring with fewer than four positions (three corners and the closing one).
    TooFewPoints,
    /// Edges that cross, holes outside their polygon, and what else the
    /// OGC simple-features rules forbid.
    SelfIntersection,
}

impl Problem {
    pub fn message(self) -> &'static str {
        match self {
            Self::NotAnArea => "boundary-problem-not-an-area",
            Self::BadCoordinate => "boundary-problem-bad-coordinate",
            Self::OpenRing => "boundary-problem-open-ring",
            Self::TooFewPoints => "boundary-problem-too-few-points",
            Self::SelfIntersection => "boundary-problem-self-intersection",
        }
    }
}

/// The area of a GeoJSON Polygon or MultiPolygon, with holes; `Err` names
/// the first problem found.
pub fn area_of(value: &GeometryValue) -> Result<MultiPolygon, Problem> {
    let polygons = match value {
        GeometryValue::Polygon { coordinates } => vec![polygon(coordinates)?],
        GeometryValue::MultiPolygon { coordinates } if !coordinates.is_empty() => {
            coordinates.iter().map(|p| polygon(p)).collect::<Result<Vec<_>, _>>()?
        }
        _ => return Err(Problem::NotAnArea),
    };
    let area = MultiPolygon::new(polygons);
    if area.is_valid() { Ok(area) } else { Err(Problem::SelfIntersection) }
}

fn polygon(rings: &[Vec<Position>]) -> Result<Polygon, Problem> {
    let mut rings = rings.iter().map(|r| ring(r));
    let exterior = rings.next().ok_or(Problem::NotAnArea)??;
    let holes = rings.collect::<Result<Vec<_>, _>>()?;
    Ok(Polygon::new(exterior, holes))
}

fn ring(positions: &[Position]) -> Result<LineString, Problem> {
    let coords = positions
        .iter()
        .map(|p| match p.as_slice() {
            [lon, lat, ..] if (-180.0..=180.0).contains(lon) && (-90.0..=90.0).contains(lat) => Ok(Coord { x: *lon, y: *lat }),
            _ => Err(Problem::BadCoordinate),
        })
        .collect::<Result<Vec<_>, _>>()?;
    if coords.len() < 4 {
        return Err(Problem::TooFewPoints);
    }
    if coords.first() != coords.last() {
        return Err(Problem::OpenRing);
    }
    Ok(LineString::new(coords))
}

/// The GeoJSON of an area, as stored and served (RFC 7946: exterior rings
/// counter-clockwise, holes clockwise; six decimals, about 10 cm).
pub fn to_geojson(area: &MultiPolygon) -> GeometryValue {
    use geo::orient::{Direction, Orient};
    let ring = |l: &LineString| l.coords().map(|c| Position::from([round(c.x), round(c.y)])).collect::<Vec<_>>();
    let polygon = |p: &Polygon| std::iter::once(ring(p.exterior())).chain(p.interiors().iter().map(ring)).collect::<Vec<_>>();
    let area = area.orient(Direction::Default);
    match area.0.as_slice() {
        [one] => GeometryValue::Polygon { coordinates: polygon(one) },
        many => GeometryValue::MultiPolygon { coordinates: many.iter().map(polygon).collect() },
    }
}

fn round(v: f64) -> f64 {
    (v * 1e6).round() / 1e6
}

#[cfg(test)]
mod tests {
    use super::*;
    use geo::orient::Orient;

    fn value(json: &str) -> GeometryValue {
        serde_json::from_str::<geojson::Geometry>(json).unwrap().value
    }

    #[test]
    fn polygons_with_holes_and_multipolygons_are_read() {
        let square = value(r#"{"type":"Polygon","coordinates":[[[0,0],[4,0],[4,4],[0,4],[0,0]],[[1,1],[1,2],[2,2],[2,1],[1,1]]]}"#);
        let area = area_of(&square).unwrap();
        assert_eq!(area.0.len(), 1);
        assert_eq!(area.0[0].interiors().len(), 1);
        let two = value(r#"{"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1],[0,0]]],[[[5,5],[6,5],[6,6],[5,5]]]]}"#);
        assert_eq!(area_of(&two).unwrap().0.len(), 2);
    }

    #[test]
    fn broken_geometry_names_its_problem() {
        let cases = [
            (r#"{"type":"Point","coordinates":[11,50]}"#, Problem::NotAnArea),
            (r#"{"type":"MultiPolygon","coordinates":[]}"#, Problem::NotAnArea),
            (r#"{"type":"Polygon","coordinates":[]}"#, Problem::NotAnArea),
            (r#"{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1]]]}"#, Problem::OpenRing),
            (r#"{"type":"Polygon","coordinates":[[[0,0],[1,0],[0,0]]]}"#, Problem::TooFewPoints),
            (r#"{"type":"Polygon","coordinates":[[[0,0],[200,0],[1,1],[0,0]]]}"#, Problem::BadCoordinate),
            (r#"{"type":"Polygon","coordinates":[[[0,0],[1],[1,1],[0,0]]]}"#, Problem::BadCoordinate),
            // A bow tie: its edges cross.
            (r#"{"type":"Polygon","coordinates":[[[0,0],[2,2],[2,0],[0,2],[0,0]]]}"#, Problem::SelfIntersection),
            // A hole outside its polygon.
            (r#"{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]],[[5,5],[6,5],[6,6],[5,5]]]}"#, Problem::SelfIntersection),
        ];
        for (json, problem) in cases {
            assert_eq!(area_of(&value(json)), Err(problem), "{json}");
        }
    }

    #[test]
    fn written_geojson_reads_back_counter_clockwise() {
        // Given clockwise, written counter-clockwise as RFC 7946 asks.
        let clockwise = value(r#"{"type":"Polygon","coordinates":[[[0,0],[0,1],[1,1],[1,0],[0,0]]]}"#);
        let written = to_geojson(&area_of(&clockwise).unwrap());
        let GeometryValue::Polygon { coordinates } = &written else { panic!("{written:?}") };
        let xs: Vec<f64> = coordinates[0].iter().map(|p| p[0]).collect();
        assert_eq!(xs, vec![0.0, 1.0, 1.0, 0.0, 0.0]);
        assert_eq!(area_of(&written).unwrap(), area_of(&clockwise).unwrap().orient(geo::orient::Direction::Default));
    }
}
