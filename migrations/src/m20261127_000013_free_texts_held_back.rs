//! Free-text answers are public only once a moderator released them. Texts
//! stored before this rule were public at once; they are held back too, so
//! that a moderator reads each before the public does.
use sea_orm_migration::async_trait;
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.get_connection().execute_unprepared("UPDATE survey_answer SET hidden = true WHERE body IS NOT NULL").await?;
        Ok(())
    }

    async fn down(&self, _m: &SchemaManager) -> Result<(), DbErr> {
        Ok(())
    }
}
