pub mod concern {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "concern")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub reference: Option<String>,
        pub title: String,
        #[sea_orm(column_type = "Text")]
        pub description: String,
        pub category_id: i32,
        pub district_id: i32,
        pub address: Option<String>,
        pub latitude: Option<f64>,
        pub longitude: Option<f64>,
        pub language: String,
        pub author_id: Option<i32>,
        pub author_email: Option<String>,
        pub author_name: Option<String>,
        pub status: crate::vocabulary::concern_status::Status,
        pub published: bool,
        pub office_id: Option<i32>,
        pub routing_rule_id: Option<i32>,
        pub deadline: Option<TimeDate>,
        pub accepted: bool,
        pub supports: i32,
        pub submission_key: String,
        pub confirm_token_hash: Option<String>,
        pub created_at: TimeDateTimeWithTimeZone,
        pub updated_at: TimeDateTimeWithTimeZone,
        pub reminded_at: Option<TimeDateTimeWithTimeZone>,
        pub escalated_at: Option<TimeDateTimeWithTimeZone>,
        /// Set when merged into another concern.
        pub duplicate_of: Option<i32>,
        /// Hidden by flags (pending review) or by a moderator.
        pub hidden: bool,
        #[sea_orm(column_type = "Text", nullable)]
        pub hidden_reason: Option<String>,
        /// Business days from receipt to the first public answer (statistics).
        pub answer_days: Option<i32>,
        /// Whether that answer came by the deadline; none without a deadline.
        pub answered_on_time: Option<bool>,
        /// Business days from receipt to "done".
        pub done_days: Option<i32>,
    }
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}
    impl ActiveModelBehavior for ActiveModel {}
}

/// One entry of a concern's timeline.
pub mod concern_event {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "concern_event")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub concern_id: i32,
        pub kind: crate::vocabulary::concern_event::EventKind,
        pub public: bool,
        pub actor_id: Option<i32>,
        pub office_id: Option<i32>,
        pub rule_id: Option<i32>,
        pub status: Option<crate::vocabulary::concern_status::Status>,
        #[sea_orm(column_type = "Text", nullable)]
        pub body: Option<String>,
        /// The language the body was written in.
        pub language: String,
        pub created_at: TimeDateTimeWithTimeZone,
    }
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}
    impl ActiveModelBehavior for ActiveModel {}
}

pub mod office_link {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "office_link")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub concern_id: i32,
        pub office_id: i32,
        pub token_hash: String,
        pub expires_at: TimeDateTimeWithTimeZone,
        pub created_at: TimeDateTimeWithTimeZone,
    }
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}
    impl ActiveModelBehavior for ActiveModel {}
}

pub mod concern_support {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "concern_support")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub concern_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub account_id: i32,
        pub created_at: TimeDateTimeWithTimeZone,
    }
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}
    impl ActiveModelBehavior for ActiveModel {}
}

pub mod concern_follower {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "concern_follower")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub concern_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub account_id: i32,
    }
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}
    impl ActiveModelBehavior for ActiveModel {}
}

pub mod concern_comment {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "concern_comment")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub concern_id: i32,
        pub account_id: i32,
        #[sea_orm(column_type = "Text")]
        pub body: String,
        pub language: String,
        pub hidden: bool,
        #[sea_orm(column_type = "Text", nullable)]
        pub hidden_reason: Option<String>,
        pub created_at: TimeDateTimeWithTimeZone,
    }
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}
    impl ActiveModelBehavior for ActiveModel {}
}

pub mod concern_photo {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "concern_photo")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub concern_id: i32,
        pub position: i32,
        pub file_key: String,
        pub width: i32,
        pub height: i32,
        pub created_at: TimeDateTimeWithTimeZone,
    }
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}
    impl ActiveModelBehavior for ActiveModel {}
}

/// "Affects me too" or following by a confirmed email address.
pub mod email_participation {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "email_participation")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub concern_id: i32,
        pub email: String,
        pub kind: String,
        pub language: String,
        pub token_hash: String,
        pub stop_key: String,
        pub confirmed: bool,
        pub created_at: TimeDateTimeWithTimeZone,
    }
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}
    impl ActiveModelBehavior for ActiveModel {}
}
