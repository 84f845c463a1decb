//! Database schema, valid for SQLite and PostgreSQL. Migrations run at server
//! start and with `quartier migrate`.
pub use sea_orm_migration::prelude::*;

mod helpers;
mod m20261121_000001_foundation;
mod m20261121_000002_concerns;
mod m20261121_000003_deadline_reminders;
mod m20261121_000004_participation;
mod m20261121_000005_api_keys;
mod m20261121_000006_concern_moderation;
mod m20261121_000007_surveys;
mod m20261121_000008_survey_tally;
mod m20261121_000009_content_translations;
mod m20261121_000010_survey_text_index;
mod m20261121_000011_survey_tally_shards;
mod m20261127_000012_session_epoch;
mod m20261127_000013_free_texts_held_back;
mod m20261127_000014_public_name;
mod m20261127_000015_account_deleted;
mod m20261127_000016_account_activity;
mod m20261127_000017_privacy_request;
mod m20261127_000018_mail_claim;
mod m20261127_000019_rate_limit;
mod m20261128_000020_places;
mod m20261128_000021_inbox_order;
mod m20261128_000022_statistics;
mod m20261128_000023_participation_monitor;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261121_000001_foundation::Migration),
            Box::new(m20261121_000002_concerns::Migration),
            Box::new(m20261121_000003_deadline_reminders::Migration),
            Box::new(m20261121_000004_participation::Migration),
            Box::new(m20261121_000005_api_keys::Migration),
            Box::new(m20261121_000006_concern_moderation::Migration),
            Box::new(m20261121_000007_surveys::Migration),
            Box::new(m20261121_000008_survey_tally::Migration),
            Box::new(m20261121_000009_content_translations::Migration),
            Box::new(m20261121_000010_survey_text_index::Migration),
            Box::new(m20261121_000011_survey_tally_shards::Migration),
            Box::new(m20261127_000012_session_epoch::Migration),
            Box::new(m20261127_000013_free_texts_held_back::Migration),
            Box::new(m20261127_000014_public_name::Migration),
            Box::new(m20261127_000015_account_deleted::Migration),
            Box::new(m20261127_000016_account_activity::Migration),
            Box::new(m20261127_000017_privacy_request::Migration),
            Box::new(m20261127_000018_mail_claim::Migration),
            Box::new(m20261127_000019_rate_limit::Migration),
            Box::new(m20261128_000020_places::Migration),
            Box::new(m20261128_000021_inbox_order::Migration),
            Box::new(m20261128_000022_statistics::Migration),
            Box::new(m20261128_000023_participation_monitor::Migration),
        ]
    }
}
