pub mod content_translation {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "content_translation")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub concern_id: i32,
        pub item_kind: String,
        pub item_id: i32,
        pub language: String,
        #[sea_orm(column_type = "Text", nullable)]
        pub title: Option<String>,
        #[sea_orm(column_type = "Text")]
        pub body: String,
        pub machine: bool,
        pub translator_id: Option<i32>,
        pub updated_at: TimeDateTimeWithTimeZone,
    }
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}
    impl ActiveModelBehavior for ActiveModel {}
}
