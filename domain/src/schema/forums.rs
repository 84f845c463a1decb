pub mod forum {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "forum")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub name: String,
        pub kind: crate::vocabulary::forum::ForumKind,
        #[sea_orm(column_type = "Text")]
        pub description: String,
        pub covers_all_districts: bool,
    }
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}
    impl ActiveModelBehavior for ActiveModel {}
}

pub mod forum_district {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "forum_district")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub forum_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub district_id: i32,
    }
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}
    impl ActiveModelBehavior for ActiveModel {}
}

/// A person's role in a forum.
pub mod forum_role {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "forum_role")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub forum_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub account_id: i32,
        pub role: crate::vocabulary::forum::ForumRole,
        /// The day the person joined (the participation monitor counts it).
        pub joined_on: Option<TimeDate>,
    }
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}
    impl ActiveModelBehavior for ActiveModel {}
}

/// Neighbourhood-work projects (Quartiersmanagement, ThINKA, …).
pub mod project {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "project")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub name: String,
        pub carrier: String,
        pub since: Option<i32>,
        pub office_id: Option<i32>,
    }
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}
    impl ActiveModelBehavior for ActiveModel {}
}

pub mod project_district {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "project_district")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub project_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub district_id: i32,
    }
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}
    impl ActiveModelBehavior for ActiveModel {}
}
