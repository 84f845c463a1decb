pub mod flag {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "flag")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        /// `concern` or `comment`.
        pub target_kind: String,
        pub target_id: i32,
        #[sea_orm(column_type = "Text")]
        pub reason: String,
        /// `account:<id>` or `visitor:<digest of the address>`: one flag each.
        pub flagger: String,
        pub created_at: TimeDateTimeWithTimeZone,
        pub resolved_at: Option<TimeDateTimeWithTimeZone>,
    }
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}
    impl ActiveModelBehavior for ActiveModel {}
}
