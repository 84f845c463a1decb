//! The survey tables (see migration 007).
pub mod survey {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "survey")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub forum_id: i32,
        pub base_language: String,
        pub audience: crate::vocabulary::survey::Audience,
        pub youth: bool,
        pub anonymous: bool,
        pub results_public: bool,
        pub asks_district: bool,
        pub paged: bool,
        pub double_entry: bool,
        pub state: crate::vocabulary::survey::SurveyState,
        pub opens_at: Option<TimeDateTimeWithTimeZone>,
        pub closes_at: Option<TimeDateTimeWithTimeZone>,
        pub created_by: Option<i32>,
        pub created_at: TimeDateTimeWithTimeZone,
    }
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}
    impl ActiveModelBehavior for ActiveModel {}
}

pub mod survey_language {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "survey_language")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub survey_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub language: String,
    }
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}
    impl ActiveModelBehavior for ActiveModel {}
}

pub mod survey_section {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "survey_section")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub survey_id: i32,
        pub position: i32,
    }
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}
    impl ActiveModelBehavior for ActiveModel {}
}

pub mod survey_question {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "survey_question")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub survey_id: i32,
        pub section_id: Option<i32>,
        pub position: i32,
        pub kind: crate::vocabulary::survey::QuestionKind,
        pub required: bool,
        pub min_choices: Option<i32>,
        pub max_choices: Option<i32>,
        pub scale_min: Option<i32>,
        pub scale_max: Option<i32>,
        pub max_length: Option<i32>,
    }
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}
    impl ActiveModelBehavior for ActiveModel {}
}

pub mod survey_option {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "survey_option")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub question_id: i32,
        pub position: i32,
    }
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}
    impl ActiveModelBehavior for ActiveModel {}
}

pub mod survey_text {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "survey_text")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub survey_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub key: String,
        #[sea_orm(primary_key, auto_increment = false)]
        pub language: String,
        #[sea_orm(primary_key, auto_increment = false)]
        pub plain: bool,
        #[sea_orm(column_type = "Text")]
        pub body: String,
    }
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}
    impl ActiveModelBehavior for ActiveModel {}
}

pub mod survey_code {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "survey_code")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub survey_id: i32,
        pub code: String,
        pub email_digest: Option<String>,
        pub used: bool,
    }
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}
    impl ActiveModelBehavior for ActiveModel {}
}

pub mod survey_participant {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "survey_participant")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub survey_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub account_id: i32,
    }
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}
    impl ActiveModelBehavior for ActiveModel {}
}

pub mod survey_response {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "survey_response")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub survey_id: i32,
        pub language: String,
        pub plain: bool,
        pub channel: crate::vocabulary::survey::ResponseChannel,
        pub district_id: Option<i32>,
        pub respondent_id: Option<i32>,
        pub code_id: Option<i32>,
        pub entered_by: Option<i32>,
        pub form_number: Option<i32>,
        pub submission_key: String,
        pub created_on: TimeDate,
    }
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}
    impl ActiveModelBehavior for ActiveModel {}
}

pub mod survey_answer {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "survey_answer")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub response_id: i32,
        pub survey_id: i32,
        pub question_id: i32,
        pub option_id: Option<i32>,
        pub value: Option<i32>,
        #[sea_orm(column_type = "Text", nullable)]
        pub body: Option<String>,
        pub hidden: bool,
        pub channel: crate::vocabulary::survey::ResponseChannel,
        pub language: String,
        pub district_id: Option<i32>,
    }
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}
    impl ActiveModelBehavior for ActiveModel {}
}

pub mod survey_paper_entry {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "survey_paper_entry")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub survey_id: i32,
        pub form_number: i32,
        pub entered_by: i32,
        pub language: String,
        #[sea_orm(column_type = "Text")]
        pub answers: String,
        pub created_at: TimeDateTimeWithTimeZone,
    }
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}
    impl ActiveModelBehavior for ActiveModel {}
}

/// Running counts of answers (see migrations 008 and 011). `option_id` 0,
/// `value` -1 and `district_id` 0 stand for "none".
pub mod survey_tally {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "survey_tally")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub survey_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub question_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub option_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub value: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub channel: crate::vocabulary::survey::ResponseChannel,
        #[sea_orm(primary_key, auto_increment = false)]
        pub language: String,
        #[sea_orm(primary_key, auto_increment = false)]
        pub district_id: i32,
        /// Whose rows: 0 for responses written one at a time, 1 and up for
        /// the batch writers, so concurrent writers never wait on each
        /// other's rows (migration 011). Results add the shards up.
        #[sea_orm(primary_key, auto_increment = false)]
        pub shard: i32,
        pub n: i32,
    }
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}
    impl ActiveModelBehavior for ActiveModel {}
}
