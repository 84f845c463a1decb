//! When a person last signed in, and when they were warned that an
//! inactive account will be deleted (retention, GDPR Art. 5(1)(e)).
use sea_orm_migration::async_trait;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(Table::alter().table("account").add_column(timestamp_with_time_zone_null("last_active_at")).take()).await?;
        m.alter_table(Table::alter().table("account").add_column(timestamp_with_time_zone_null("retention_warned_at")).take()).await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(Table::alter().table("account").drop_column("retention_warned_at").take()).await?;
        m.alter_table(Table::alter().table("account").drop_column("last_active_at").take()).await
    }
}
