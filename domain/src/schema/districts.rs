//! Districts (Ortsteile) and the planning spaces that group them.
pub mod district {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "district")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub name: String,
        pub kind: String,
        pub population: Option<i32>,
        pub social_index: Option<f64>,
        /// One of Erfurt's four classes, when only the class is known.
        pub social_index_class: Option<String>,
        pub planning_space_id: Option<i32>,
        /// The day the population figure refers to.
        pub population_date: Option<TimeDate>,
        pub area_km2: Option<f64>,
    }
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}
    impl ActiveModelBehavior for ActiveModel {}
}

pub mod planning_space {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "planning_space")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub name: String,
    }
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}
    impl ActiveModelBehavior for ActiveModel {}
}

/// A district's boundary: one per district, kept apart from the district
/// row so that lists of districts never read geometry.
pub mod district_boundary {
    use crate::vocabulary::place::BoundaryOrigin;
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "district_boundary")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub district_id: i32,
        /// A GeoJSON Polygon or MultiPolygon (RFC 7946, WGS 84), checked on import.
        pub geometry: String,
        pub origin: BoundaryOrigin,
        /// The bounding box, so that a lookup skips districts far away.
        pub min_lon: f64,
        pub min_lat: f64,
        pub max_lon: f64,
        pub max_lat: f64,
        pub imported_at: TimeDateTimeWithTimeZone,
    }
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}
    impl ActiveModelBehavior for ActiveModel {}
}
