//! API keys for Open311 clients; only a hash of each key is stored.
use sea_orm_migration::async_trait;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create().table("api_key")
                .col(pk_auto("id"))
                .col(string_len("name", 120))
                .col(string_len_uniq("key_hash", 64))
                .col(boolean("revoked").default(false))
                .col(timestamp_with_time_zone("created_at"))
                .take(),
        ).await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table("api_key").take()).await
    }
}
