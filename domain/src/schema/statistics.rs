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

/// Who took part, per group, so each person counts once (migration 23).
pub mod participant {
    use crate::vocabulary::participation::{Group, Reach};
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "participant")]
    pub struct Model {
        /// `a<account id>` or `e<hash of the e-mail address>`.
        #[sea_orm(primary_key, auto_increment = false)]
        pub person: String,
        /// 0 for everyone's figures, else the forum whose own figures these are.
        #[sea_orm(primary_key, auto_increment = false)]
        pub forum_id: i32,
        #[sea_orm(primary_key, auto_increment = false, column_name = "grp")]
        pub group: Group,
        /// The district's id, or the social-index class's id (1 to 4).
        #[sea_orm(primary_key, auto_increment = false)]
        pub group_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub reach: Reach,
        /// The last month the person took part: 202611.
        pub last_month: i32,
        /// The years the person took part in, as bits from 2000 on.
        pub years: i64,
    }
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}
    impl ActiveModelBehavior for ActiveModel {}
}

/// How many people took part, per group and period (migration 23).
pub mod participation_count {
    use crate::vocabulary::participation::{Group, Reach};
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "participation_count")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub forum_id: i32,
        /// 0: ever; a year: that year; a month (202611): people whose last
        /// participation was in that month.
        #[sea_orm(primary_key, auto_increment = false)]
        pub period: i32,
        #[sea_orm(primary_key, auto_increment = false, column_name = "grp")]
        pub group: Group,
        #[sea_orm(primary_key, auto_increment = false)]
        pub group_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub reach: Reach,
        pub n: i32,
    }
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}
    impl ActiveModelBehavior for ActiveModel {}
}
