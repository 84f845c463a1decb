//! Attempts per client and minute, counted in the database so that every
//! server process behind a load balancer counts the same attempts.
use sea_orm_migration::async_trait;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table("rate_limit")
                // A digest of the client's address, never the address.
                .col(string_len("bucket", 64))
                // Unix minute.
                .col(big_integer("window_start"))
                .col(integer("hits"))
                .primary_key(Index::create().col("bucket").col("window_start"))
                .take(),
        )
        .await?;
        m.create_index(Index::create().name("rate_limit_window").table("rate_limit").col("window_start").take()).await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table("rate_limit").take()).await
    }
}
