//! The statistics' counters, kept by the database's triggers (migration 22).
pub mod statistic {
    use crate::vocabulary::statistic::{Measure, Scope};
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "statistic")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub scope: Scope,
        /// 0 for the city.
        #[sea_orm(primary_key, auto_increment = false)]
        pub scope_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub measure: Measure,
        /// The month the concerns were received: `2026-11`.
        #[sea_orm(primary_key, auto_increment = false)]
        pub month: String,
        /// 0 for all categories together.
        #[sea_orm(primary_key, auto_increment = false)]
        pub category_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub label: String,
        pub n: i32,
    }
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}
    impl ActiveModelBehavior for ActiveModel {}
}
