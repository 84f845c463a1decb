//! Links mailed for data rights: people who took part with an email
//! address only ask for their data or its deletion, and large exports of an
//! account are prepared as a file and fetched by a link.
use sea_orm_migration::async_trait;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table("privacy_request")
                .col(pk_auto("id"))
                .col(string_len("kind", 16))
                // An address for people without an account, else the account.
                .col(string_len_null("email", 254))
                .col(integer_null("account_id"))
                .col(string_len("language", 8))
                .col(boolean("plain").default(false))
                .col(string_len_uniq("token_hash", 64))
                // The prepared ZIP of a large export, once written.
                .col(string_len_null("file_key", 64))
                .col(timestamp_with_time_zone("created_at"))
                .col(timestamp_with_time_zone("expires_at"))
                .col(timestamp_with_time_zone_null("used_at"))
                .foreign_key(&mut crate::helpers::fk(("privacy_request", "account_id"), "account", true))
                .take(),
        )
        .await?;
        m.create_index(Index::create().name("privacy_request_expiry").table("privacy_request").col("expires_at").take()).await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table("privacy_request").take()).await
    }
}
