pub mod account {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "account")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub email: String,
        pub display_name: String,
        pub password_hash: String,
        pub language: String,
        pub plain_language: bool,
        pub is_admin: bool,
        pub email_verified_at: Option<TimeDateTimeWithTimeZone>,
        pub created_at: TimeDateTimeWithTimeZone,
        /// Raised by a password reset or change; ends older sessions.
        pub session_epoch: i32,
        /// The display name appears on public pages (else a neutral label).
        pub show_name: bool,
        /// A new address waiting for the person to confirm it.
        pub pending_email: Option<String>,
        /// Set when the person deleted the account; nothing personal is left.
        pub deleted_at: Option<TimeDateTimeWithTimeZone>,
        /// The last sign-in (accounts older than this column count from creation).
        pub last_active_at: Option<TimeDateTimeWithTimeZone>,
        /// When the person was told an inactive account will be deleted.
        pub retention_warned_at: Option<TimeDateTimeWithTimeZone>,
    }
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}
    impl ActiveModelBehavior for ActiveModel {}
}

/// Single-use links for email verification and password reset; only the
/// SHA-256 of the token is stored.
pub mod account_token {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "account_token")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub account_id: i32,
        pub purpose: String,
        pub token_hash: String,
        pub expires_at: TimeDateTimeWithTimeZone,
        pub used_at: Option<TimeDateTimeWithTimeZone>,
        pub created_at: TimeDateTimeWithTimeZone,
    }
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}
    impl ActiveModelBehavior for ActiveModel {}
}
