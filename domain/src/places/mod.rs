//! Places: points people give (a pin, coordinates, an Open311 `lat`/`long`),
//! the districts' boundaries and which district holds a point.
#[cfg(feature = "server")]
pub mod areas;
#[cfg(feature = "server")]
pub mod boundaries;
#[cfg(feature = "server")]
pub mod geocoder;
#[cfg(feature = "server")]
pub mod geometry;

use serde::{Deserialize, Serialize};

/// A point in WGS 84 degrees, as GPS, maps and Open311 give it.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Point {
    pub lat: f64,
    pub lon: f64,
}

impl Point {
    /// A point from two typed values; a decimal comma is accepted, as German
    /// keyboards write it. `Ok(None)` when both are empty; `Err` for anything
    /// that is not a finite latitude and longitude in range.
    pub fn parse(lat: &str, lon: &str) -> Result<Option<Point>, NotAPoint> {
        match (lat.trim(), lon.trim()) {
            ("", "") => Ok(None),
            (lat, lon) => {
                let number = |v: &str| v.replace(',', ".").parse::<f64>().ok().filter(|n| n.is_finite());
                match (number(lat), number(lon)) {
                    (Some(lat), Some(lon)) if (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon) => Ok(Some(Point { lat, lon })),
                    _ => Err(NotAPoint),
                }
            }
        }
    }

    /// Distance in metres to another point (haversine; within a city its
    /// error is far below a metre).
    pub fn metres_to(self, other: Point) -> f64 {
        const EARTH_RADIUS_M: f64 = 6_371_008.8;
        let (a, b) = (self.lat.to_radians(), other.lat.to_radians());
        let d_lat = b - a;
        let d_lon = (other.lon - self.lon).to_radians();
        let h = (d_lat / 2.0).sin().powi(2) + a.cos() * b.cos() * (d_lon / 2.0).sin().powi(2);
        2.0 * EARTH_RADIUS_M * h.sqrt().asin()
    }

    /// Half the height and width, in degrees, of a box that holds every
    /// point within `metres` of `centre` (a little more, never less).
    pub fn degrees_around(centre: Point, metres: f64) -> (f64, f64) {
        const METRES_PER_DEGREE: f64 = 111_195.0;
        let d_lat = metres / METRES_PER_DEGREE * 1.01;
        let d_lon = d_lat / centre.lat.to_radians().cos().abs().max(0.01);
        (d_lat, d_lon.min(180.0))
    }
}

/// Typed values that are not a latitude and longitude.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotAPoint;

impl From<(f64, f64)> for Point {
    fn from((lat, lon): (f64, f64)) -> Self {
        Point { lat, lon }
    }
}

#[cfg(test)]
mod tests {
    use super::{NotAPoint, Point};

    #[test]
    fn typed_points_are_read_with_comma_or_point() {
        assert_eq!(Point::parse("50,98", " 11.03 "), Ok(Some(Point { lat: 50.98, lon: 11.03 })));
        assert_eq!(Point::parse("", " "), Ok(None));
        for (lat, lon) in [("95", "11"), ("50", "181"), ("NaN", "11"), ("inf", "11"), ("50", ""), ("x", "y"), ("1e999", "0")] {
            assert_eq!(Point::parse(lat, lon), Err(NotAPoint), "{lat} {lon}");
        }
    }

    #[test]
    fn the_box_around_a_point_holds_the_circle() {
        let centre = Point { lat: 50.97, lon: 11.03 };
        let (d_lat, d_lon) = Point::degrees_around(centre, 1_000.0);
        for edge in [Point { lat: centre.lat + d_lat, lon: centre.lon }, Point { lat: centre.lat, lon: centre.lon + d_lon }] {
            let d = centre.metres_to(edge);
            assert!((1_000.0..1_050.0).contains(&d), "{d}");
        }
    }

    #[test]
    fn distances_in_metres() {
        let cathedral = Point { lat: 50.97556, lon: 11.02278 };
        let station = Point { lat: 50.97250, lon: 11.03889 };
        let d = cathedral.metres_to(station);
        assert!((1_150.0..1_250.0).contains(&d), "{d}");
        assert_eq!(cathedral.metres_to(cathedral), 0.0);
    }
}
