//! Survey counts come from `survey_tally` (migration 008), so the covering
//! index over every answer row only slowed down writing: each answer paid
//! for a third B-tree. Listing free-text answers needs an index over those
//! rows only.
use sea_orm_migration::async_trait;
use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::ConnectionTrait;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        let db = m.get_connection();
        db.execute_unprepared("DROP INDEX survey_answer_counts").await?;
        db.execute_unprepared("CREATE INDEX survey_answer_texts ON survey_answer (survey_id, question_id) WHERE body IS NOT NULL").await?;
        Ok(())
    }
}
