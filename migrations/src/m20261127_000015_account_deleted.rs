//! When an account was deleted: the row stays as a pseudonym (`#<id>`) with
//! no personal data, so what the person wrote in public keeps its author
//! ("a former resident") and supports stay counted.
use sea_orm_migration::async_trait;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(Table::alter().table("account").add_column(timestamp_with_time_zone_null("deleted_at")).take()).await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(Table::alter().table("account").drop_column("deleted_at").take()).await
    }
}
