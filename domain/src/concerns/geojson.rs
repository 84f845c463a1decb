//! Public concerns with a marked spot as GeoJSON (open data, maps): public
//! fields only, the same filters as the list, in pages.
use super::entity::concern;
use super::service::public_page;
use super::ListFilter;
use crate::error::AppResult;
use sea_orm::ConnectionTrait;
use std::collections::HashMap;
use serde_json::{json, Map, Value};

/// Features per page unless fewer are asked for, and at most.
pub const PAGE: u64 = 500;
pub const MAX_PAGE: u64 = 2000;

/// The names the features carry, by id: categories (key and name in the
/// reader's language) and districts.
#[derive(Debug, Default)]
pub struct Names {
    pub category_keys: HashMap<i32, String>,
    pub categories: HashMap<i32, String>,
    pub districts: HashMap<i32, String>,
}

/// A page of concerns as a FeatureCollection. Concerns without a spot have
/// a null geometry. `next` holds the `before` of the following page.
pub async fn page(db: &impl ConnectionTrait, names: &Names, filter: &ListFilter, size: u64) -> AppResult<(geojson::FeatureCollection, Option<i32>)> {
    let size = size.clamp(1, MAX_PAGE);
    let mut found = public_page(db, filter, size).await?;
    let next = (found.len() as u64 > size).then(|| {
        found.truncate(size as usize);
        found.last().map(|c| c.id)
    }).flatten();
    let features = found.into_iter().map(|c| feature(c, names)).collect::<Vec<_>>();
    Ok((geojson::FeatureCollection::new(features), next))
}

fn feature(c: concern::Model, names: &Names) -> geojson::Feature {
    let geometry = c.latitude.zip(c.longitude).map(|(lat, lon)| geojson::Geometry::new_point([lon, lat]));
    let properties = json!({
        "reference": c.reference,
        "title": c.title,
        "status": c.status.as_str(),
        "category": names.category_keys.get(&c.category_id),
        "category_name": names.categories.get(&c.category_id),
        "district_id": c.district_id,
        "district": names.districts.get(&c.district_id),
        "address": c.address,
        "supports": c.supports,
        "created": c.created_at.date().to_string(),
        "updated": c.updated_at.date().to_string(),
    });
    let properties: Map<String, Value> = match properties {
        Value::Object(m) => m,
        _ => Map::new(),
    };
    geojson::Feature {
        id: c.reference.map(geojson::feature::Id::String),
        geometry,
        properties: Some(properties),
        ..Default::default()
    }
}
