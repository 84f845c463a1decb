//! When a concern's office was reminded of the passed deadline, and when it
//! was escalated to the admins and the district's moderators.
use sea_orm_migration::async_trait;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        // SQLite alters one column per statement.
        m.alter_table(Table::alter().table("concern").add_column(timestamp_with_time_zone_null("reminded_at")).take()).await?;
        m.alter_table(Table::alter().table("concern").add_column(timestamp_with_time_zone_null("escalated_at")).take()).await?;
        m.create_index(Index::create().name("concern_deadline").table("concern").col("deadline").take()).await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_index(Index::drop().name("concern_deadline").table("concern").to_owned()).await?;
        m.alter_table(Table::alter().table("concern").drop_column("escalated_at").take()).await?;
        m.alter_table(Table::alter().table("concern").drop_column("reminded_at").take()).await?;
        Ok(())
    }
}
