//! The office inbox in its two orders without sorting the office's whole
//! backlog: by deadline (none last, then the newest first) and newest
//! first. Both databases take the expression index.
use sea_orm_migration::async_trait;
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        let db = m.get_connection();
        db.execute_unprepared("CREATE INDEX concern_inbox_deadline ON concern (office_id, (deadline IS NULL), deadline, id DESC)").await?;
        m.create_index(Index::create().name("concern_inbox_newest").table("concern").col("office_id").col("id").take()).await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_index(Index::drop().name("concern_inbox_newest").table("concern").to_owned()).await?;
        m.get_connection().execute_unprepared("DROP INDEX concern_inbox_deadline").await?;
        Ok(())
    }
}
