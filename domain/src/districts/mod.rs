//! Districts (Ortsteile), their planning spaces and social-index classes.
#[cfg(feature = "server")]
pub mod csv_import;
#[cfg(feature = "server")]
pub use crate::schema::districts as entity;
#[cfg(feature = "server")]
pub mod service;

use serde::{Deserialize, Serialize};

pub const KINDS: &[&str] = &["urban", "estate", "rural"];

/// Erfurt's social-index classes' stored names, lowest first.
pub const SOCIAL_INDEX_CLASSES: [&str; 4] = {
    use crate::vocabulary::participation::SocialClass as C;
    [C::Low.as_str(), C::LowMedium.as_str(), C::MediumHigh.as_str(), C::High.as_str()]
};

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct DistrictSummary {
    pub id: i32,
    pub name: String,
    pub kind: String,
    pub population: Option<i32>,
    pub social_index: Option<f64>,
    pub social_index_class: Option<String>,
    pub planning_space_id: Option<i32>,
    pub planning_space: Option<String>,
    /// The day `population` refers to.
    pub population_date: Option<time::Date>,
    pub area_km2: Option<f64>,
}

impl DistrictSummary {
    /// The class from the index when it is known, else the stored class.
    pub fn class(&self) -> Option<String> {
        self.social_index.map(|i| social_index_class(i).to_string()).or(self.social_index_class.clone())
    }
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct DistrictInfo {
    pub district: DistrictSummary,
    pub forums: Vec<(i32, String, crate::vocabulary::forum::ForumKind)>,
    pub projects: Vec<ProjectSummary>,
    /// (category name, office code, office name) for every category.
    pub responsibilities: Vec<(String, Option<(String, String)>)>,
    /// The newest concerns reported in the district.
    pub concerns: Vec<crate::concerns::ConcernView>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ProjectSummary {
    pub name: String,
    pub carrier: String,
    pub since: Option<i32>,
}

/// Which social-index class (Erfurt's four classes) an index value is in.
pub fn social_index_class(index: f64) -> &'static str {
    crate::vocabulary::participation::SocialClass::of_index(index).as_str()
}
