//! District boundaries: imported from a GeoJSON FeatureCollection (the
//! format cities publish their open data in), stored, read back for
//! lookups and served again as GeoJSON.
//!
//! An import is all or nothing: every feature is checked and every problem
//! reported before anything is written.
use super::areas::DistrictAreas;
use super::geometry::{self, Problem};
use crate::error::{AppError, AppResult, FieldError};
use crate::schema::districts::{district, district_boundary};
use crate::vocabulary::ids::DistrictId;
use crate::vocabulary::place::BoundaryOrigin;
use geo::{Area, BooleanOps, BoundingRect, Intersects, MultiPolygon};
use sea_orm::{entity::prelude::*, ActiveValue::Set, ConnectionTrait, DatabaseConnection, QueryOrder, QuerySelect};
use std::collections::HashMap;

/// Larger files are refused before they are parsed. Erfurt's official
/// boundaries are about 2 MB; twenty times that is no district map.
pub const MAX_FILE_BYTES: usize = 20 * 1024 * 1024;

/// Two districts overlap when they share more than this part of the
/// smaller one's area; below it, the slivers that rounding leaves between
/// neighbours in published files are accepted.
const OVERLAP_SHARE: f64 = 0.005;

/// One district's boundary, ready to store.
#[derive(Debug, Clone)]
pub struct Boundary {
    pub district: DistrictId,
    pub area: MultiPolygon,
    pub origin: BoundaryOrigin,
}

fn problem(message: &str, name: &str) -> FieldError {
    FieldError::new("file", message).with_arg("name", name)
}

/// Reads and checks a FeatureCollection. Each feature names its district
/// in the property `name_property`, by the district's name (case and
/// surrounding spaces ignored) or by its id in Quartier. A feature may
/// carry `"origin": "schematic"` or `"approximate"` (the demo city's do);
/// any other feature is an imported, official boundary. `kept` are the
/// stored boundaries: those of districts the file does not name stay, so
/// the file's areas must not overlap them either.
pub fn check(bytes: &[u8], name_property: &str, districts: &[(DistrictId, String)], kept: &[Boundary]) -> Result<Vec<Boundary>, Vec<FieldError>> {
    let name_property = name_property.trim();
    if name_property.is_empty() {
        return Err(vec![FieldError::new("name_property", "error-required")]);
    }
    if bytes.len() > MAX_FILE_BYTES {
        return Err(vec![FieldError::new("file", "boundary-file-too-large").with_arg("max", MAX_FILE_BYTES / 1024 / 1024)]);
    }
    let collection = std::str::from_utf8(bytes)
        .ok()
        .and_then(|text| serde_json::from_str::<geojson::FeatureCollection>(text.trim_start_matches('\u{feff}')).ok())
        .ok_or_else(|| vec![FieldError::new("file", "boundary-file-not-geojson")])?;
    if collection.features.is_empty() {
        return Err(vec![FieldError::new("file", "boundary-file-empty")]);
    }
    let by_name: HashMap<String, DistrictId> = districts.iter().map(|(id, name)| (name.trim().to_lowercase(), *id)).collect();
    let names: HashMap<DistrictId, &str> = districts.iter().map(|(id, name)| (*id, name.as_str())).collect();

    let mut errors = Vec::new();
    let mut found: Vec<Boundary> = Vec::new();
    for (i, feature) in collection.features.iter().enumerate() {
        let label = match feature.properties.as_ref().and_then(|p| p.get(name_property)) {
            Some(serde_json::Value::String(s)) if !s.trim().is_empty() => crate::input::clean_text(s.trim()).chars().take(120).collect::<String>(),
            Some(serde_json::Value::Number(n)) => n.to_string(),
            _ => {
                errors.push(FieldError::new("file", "boundary-feature-without-name").with_arg("number", i + 1).with_arg("property", name_property));
                continue;
            }
        };
        let district = by_name
            .get(&label.to_lowercase())
            .copied()
            .or_else(|| label.parse::<i32>().ok().map(DistrictId).filter(|id| names.contains_key(id)));
        let Some(district) = district else {
            errors.push(problem("boundary-unmatched", &label));
            continue;
        };
        let name = names[&district];
        if found.iter().any(|b| b.district == district) {
            errors.push(problem("boundary-duplicate", name));
            continue;
        }
        let area = match feature.geometry.as_ref().map(|g| geometry::area_of(&g.value)) {
            Some(Ok(area)) => area,
            Some(Err(p)) => {
                errors.push(problem(p.message(), name));
                continue;
            }
            None => {
                errors.push(problem(Problem::NotAnArea.message(), name));
                continue;
            }
        };
        let origin = feature
            .properties
            .as_ref()
            .and_then(|p| p.get("origin"))
            .and_then(|o| o.as_str())
            .and_then(BoundaryOrigin::parse)
            .unwrap_or(BoundaryOrigin::Imported);
        found.push(Boundary { district, area, origin });
    }
    let named = found.len();
    let others: Vec<Boundary> = kept.iter().filter(|k| !found.iter().any(|f| f.district == k.district)).cloned().collect();
    let mut all = found;
    all.extend(others);
    for (a, b) in overlaps(&all, named) {
        errors.push(problem("boundary-overlap", names.get(&a).copied().unwrap_or_default()).with_arg("other", names.get(&b).copied().unwrap_or_default()));
    }
    all.truncate(named);
    let found = all;
    if errors.is_empty() { Ok(found) } else { Err(errors) }
}

/// Pairs of districts whose areas overlap by more than [`OVERLAP_SHARE`],
/// of which at least one is among the first `named`.
fn overlaps(boundaries: &[Boundary], named: usize) -> Vec<(DistrictId, DistrictId)> {
    let boxes: Vec<_> = boundaries.iter().map(|b| b.area.bounding_rect()).collect();
    let mut out = Vec::new();
    for (i, a) in boundaries.iter().enumerate().take(named) {
        for (j, b) in boundaries.iter().enumerate().skip(i + 1) {
            let (Some(ba), Some(bb)) = (boxes[i], boxes[j]) else { continue };
            if !ba.intersects(&bb) {
                continue;
            }
            let shared = a.area.intersection(&b.area).unsigned_area();
            if shared > OVERLAP_SHARE * a.area.unsigned_area().min(b.area.unsigned_area()) {
                out.push((a.district, b.district));
            }
        }
    }
    out
}

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    pub stored: usize,
    /// Districts that still have no boundary.
    pub without: Vec<String>,
}

/// Checks a file against the stored districts and stores all of its
/// boundaries, or none. Boundaries of districts the file does not name are
/// kept.
pub async fn import(db: &DatabaseConnection, bytes: &[u8], name_property: &str) -> AppResult<Imported> {
    let districts = district_names(db).await?;
    let kept = stored(db).await?;
    let boundaries = check(bytes, name_property, &districts, &kept).map_err(AppError::Invalid)?;
    let (txn, _turn) = crate::db::begin_write(db).await?;
    store(&txn, &boundaries).await?;
    txn.commit().await?;
    Ok(Imported { stored: boundaries.len(), without: coverage(db).await?.1 })
}

/// How many districts have a boundary, and the names of those without one.
pub async fn coverage(db: &impl ConnectionTrait) -> AppResult<(usize, Vec<String>)> {
    let with: Vec<i32> = district_boundary::Entity::find()
        .select_only()
        .column(district_boundary::Column::DistrictId)
        .into_tuple()
        .all(db)
        .await?;
    let mut without: Vec<String> =
        district_names(db).await?.into_iter().filter(|(id, _)| !with.contains(&id.0)).map(|(_, n)| n).collect();
    crate::i18n::collate::sort_by_name(&mut without, crate::i18n::DEFAULT_LANGUAGE, |n| n);
    Ok((with.len(), without))
}

async fn district_names(db: &impl ConnectionTrait) -> AppResult<Vec<(DistrictId, String)>> {
    Ok(district::Entity::find()
        .order_by_asc(district::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|d| (DistrictId(d.id), d.name))
        .collect())
}

/// Replaces the stored boundaries of these districts.
pub async fn store(db: &impl ConnectionTrait, boundaries: &[Boundary]) -> AppResult<()> {
    let now = time::OffsetDateTime::now_utc();
    for b in boundaries {
        let Some(bbox) = b.area.bounding_rect() else { continue };
        let geometry = serde_json::to_string(&geojson::Geometry::new(geometry::to_geojson(&b.area)))
            .map_err(|e| AppError::Internal(e.to_string()))?;
        district_boundary::Entity::delete_by_id(b.district.0).exec(db).await?;
        district_boundary::ActiveModel {
            district_id: Set(b.district.0),
            geometry: Set(geometry),
            origin: Set(b.origin),
            min_lon: Set(bbox.min().x),
            min_lat: Set(bbox.min().y),
            max_lon: Set(bbox.max().x),
            max_lat: Set(bbox.max().y),
            imported_at: Set(now),
        }
        .insert(db)
        .await?;
    }
    Ok(())
}

/// The stored boundaries. What was stored passed the checks on import; a
/// row that no longer parses is skipped and logged.
async fn stored(db: &impl ConnectionTrait) -> AppResult<Vec<Boundary>> {
    let rows = district_boundary::Entity::find().all(db).await?;
    Ok(rows
        .into_iter()
        .filter_map(|row| {
            let area = serde_json::from_str::<geojson::Geometry>(&row.geometry).ok().and_then(|g| geometry::area_of(&g.value).ok());
            if area.is_none() {
                tracing::warn!(district = row.district_id, "stored boundary does not parse; skipped");
            }
            area.map(|area| Boundary { district: DistrictId(row.district_id), area, origin: row.origin })
        })
        .collect())
}

/// The stored boundaries as an index for lookups.
pub async fn load(db: &impl ConnectionTrait) -> AppResult<DistrictAreas> {
    let boundaries = stored(db).await?;
    let complete = boundaries.len() as u64 == district::Entity::find().count(db).await?;
    let generated = boundaries.iter().any(|b| b.origin != BoundaryOrigin::Imported);
    Ok(DistrictAreas::new(boundaries.into_iter().map(|b| (b.district, b.area))).covering_city(complete).generated(generated))
}

/// A fingerprint of the stored boundaries (how many, last change, how many
/// districts), so that a cache parses them again only when they changed.
pub type Version = (i64, Option<time::OffsetDateTime>, u64);

pub async fn version(db: &impl ConnectionTrait) -> AppResult<Version> {
    let row: Option<(i64, Option<time::OffsetDateTime>)> = district_boundary::Entity::find()
        .select_only()
        .column_as(district_boundary::Column::DistrictId.count(), "n")
        .column_as(district_boundary::Column::ImportedAt.max(), "last")
        .into_tuple()
        .one(db)
        .await?;
    let (n, last) = row.unwrap_or((0, None));
    Ok((n, last, district::Entity::find().count(db).await?))
}

/// Every district as a GeoJSON Feature with its public facts; districts
/// without a boundary have a null geometry (RFC 7946 allows it).
pub async fn feature_collection(db: &impl ConnectionTrait) -> AppResult<geojson::FeatureCollection> {
    let shapes: HashMap<i32, (String, BoundaryOrigin)> =
        district_boundary::Entity::find().all(db).await?.into_iter().map(|b| (b.district_id, (b.geometry, b.origin))).collect();
    // The table itself: the districts feature builds on this module.
    let mut districts = district::Entity::find().all(db).await?;
    crate::i18n::collate::sort_by_name(&mut districts, crate::i18n::DEFAULT_LANGUAGE, |d| &d.name);
    let features = districts
        .into_iter()
        .map(|d| {
            let (geometry, origin) = match shapes.get(&d.id) {
                Some((g, origin)) => (serde_json::from_str::<geojson::Geometry>(g).ok(), Some(*origin)),
                None => (None, None),
            };
            let mut properties = serde_json::Map::new();
            properties.insert("id".into(), d.id.into());
            properties.insert("name".into(), d.name.into());
            properties.insert("kind".into(), d.kind.into());
            properties.insert("population".into(), d.population.into());
            properties.insert("population_date".into(), d.population_date.map(|p| p.to_string()).into());
            properties.insert("area_km2".into(), d.area_km2.into());
            properties.insert("boundary_origin".into(), origin.map(|o| o.as_str()).into());
            geojson::Feature { geometry, id: Some(geojson::feature::Id::Number(d.id.into())), properties: Some(properties), ..Default::default() }
        })
        .collect::<Vec<_>>();
    Ok(geojson::FeatureCollection::new(features))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn districts() -> Vec<(DistrictId, String)> {
        vec![(DistrictId(1), "Altstadt".into()), (DistrictId(2), "Rieth".into()), (DistrictId(3), "Marbach".into())]
    }

    fn feature(name: &str, ring: &str) -> String {
        format!(r#"{{"type":"Feature","properties":{{"ortsteil":"{name}"}},"geometry":{{"type":"Polygon","coordinates":[{ring}]}}}}"#)
    }

    fn collection(features: &[String]) -> Vec<u8> {
        format!(r#"{{"type":"FeatureCollection","features":[{}]}}"#, features.join(",")).into_bytes()
    }

    const WEST: &str = "[[0,0],[1,0],[1,1],[0,1],[0,0]]";
    const EAST: &str = "[[1,0],[2,0],[2,1],[1,1],[1,0]]";

    #[test]
    fn a_good_file_is_matched_by_name_or_id() {
        let file = collection(&[feature(" altstadt ", WEST), feature("2", EAST)]);
        let found = check(&file, "ortsteil", &districts(), &[]).unwrap();
        assert_eq!(found.iter().map(|b| b.district).collect::<Vec<_>>(), vec![DistrictId(1), DistrictId(2)]);
        assert!(found.iter().all(|b| b.origin == BoundaryOrigin::Imported));
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let file = collection(&[
            feature("Altstadt", WEST),
            feature("Atlantis", EAST),
            feature("Altstadt", EAST),
            feature("Rieth", "[[0,0],[1,0],[1,1],[0,1]]"),
            r#"{"type":"Feature","properties":{"other":"x"},"geometry":null}"#.to_string(),
            // Marbach covers half of Altstadt.
            feature("Marbach", "[[0.5,0],[1.5,0],[1.5,1],[0.5,1],[0.5,0]]"),
        ]);
        let errors = check(&file, "ortsteil", &districts(), &[]).unwrap_err();
        let got: Vec<(&str, Vec<&str>)> =
            errors.iter().map(|e| (e.message.as_str(), e.args.iter().map(|(_, v)| v.as_str()).collect())).collect();
        assert_eq!(
            got,
            vec![
                ("boundary-unmatched", vec!["Atlantis"]),
                ("boundary-duplicate", vec!["Altstadt"]),
                ("boundary-problem-open-ring", vec!["Rieth"]),
                ("boundary-feature-without-name", vec!["5", "ortsteil"]),
                ("boundary-overlap", vec!["Altstadt", "Marbach"]),
            ]
        );
    }

    #[test]
    fn kept_boundaries_are_checked_for_overlaps_too() {
        let kept_marbach = check(&collection(&[feature("Marbach", EAST)]), "ortsteil", &districts(), &[]).unwrap();
        // Altstadt next to the kept Marbach: fine. Rieth on top of it: refused.
        assert!(check(&collection(&[feature("Altstadt", WEST)]), "ortsteil", &districts(), &kept_marbach).is_ok());
        let errors = check(&collection(&[feature("Rieth", EAST)]), "ortsteil", &districts(), &kept_marbach).unwrap_err();
        assert_eq!(errors[0].message, "boundary-overlap");
        // Marbach's own new boundary replaces the kept one: no overlap with itself.
        assert!(check(&collection(&[feature("Marbach", EAST)]), "ortsteil", &districts(), &kept_marbach).is_ok());
    }

    #[test]
    fn files_that_are_not_geojson_are_refused() {
        for bytes in [&b"name,kind\nRieth,estate"[..], b"\xff\xfe", b"{}", br#"{"type":"Feature","geometry":null,"properties":{}}"#] {
            let errors = check(bytes, "name", &districts(), &[]).unwrap_err();
            assert_eq!(errors[0].message, "boundary-file-not-geojson", "{}", String::from_utf8_lossy(bytes));
        }
        let empty = check(br#"{"type":"FeatureCollection","features":[]}"#, "name", &districts(), &[]).unwrap_err();
        assert_eq!(empty[0].message, "boundary-file-empty");
        let huge = vec![b' '; MAX_FILE_BYTES + 1];
        assert_eq!(check(&huge, "name", &districts(), &[]).unwrap_err()[0].message, "boundary-file-too-large");
        assert_eq!(check(b"{}", " ", &districts(), &[]).unwrap_err()[0].field, "name_property");
    }

    #[test]
    fn the_demo_boundaries_pass_the_checks() {
        let file = include_bytes!("../../../server/demo/erfurt-boundaries.geojson");
        let value: serde_json::Value = serde_json::from_slice(file).unwrap();
        let names: Vec<(DistrictId, String)> = value["features"]
            .as_array()
            .unwrap()
            .iter()
            .enumerate()
            .map(|(i, f)| (DistrictId(i as i32 + 1), f["properties"]["name"].as_str().unwrap().to_string()))
            .collect();
        assert_eq!(names.len(), 53);
        let found = check(file, "name", &names, &[]).unwrap();
        assert_eq!(found.len(), 53);
        assert_eq!(found.iter().filter(|b| b.origin == BoundaryOrigin::Approximate).count(), 3);
    }
}

/// Property test: any bytes give boundaries or reported problems, never a panic.
#[cfg(test)]
mod properties {
    use super::check;
    use crate::vocabulary::ids::DistrictId;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn any_bytes_are_checked_or_refused(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
            let _ = check(&bytes, "name", &[(DistrictId(1), "A".into())], &[]);
        }

        #[test]
        fn any_polygon_is_checked_or_refused(points in proptest::collection::vec((-200.0..200.0f64, -100.0..100.0f64), 0..12)) {
            let ring: Vec<String> = points.iter().map(|(x, y)| format!("[{x},{y}]")).collect();
            let file = format!(r#"{{"type":"FeatureCollection","features":[{{"type":"Feature","properties":{{"name":"A"}},"geometry":{{"type":"Polygon","coordinates":[[{}]]}}}}]}}"#, ring.join(","));
            let _ = check(file.as_bytes(), "name", &[(DistrictId(1), "A".into())], &[]);
        }
    }
}
