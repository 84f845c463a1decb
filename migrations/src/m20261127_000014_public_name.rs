//! Whether a person's display name appears next to their concerns and
//! comments (otherwise a neutral label does; off until they choose it), and
//! a new email address waiting for its confirmation.
use sea_orm_migration::async_trait;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(Table::alter().table("account").add_column(boolean("show_name").default(false)).take()).await?;
        m.alter_table(Table::alter().table("account").add_column(string_len_null("pending_email", 254)).take()).await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(Table::alter().table("account").drop_column("pending_email").take()).await?;
        m.alter_table(Table::alter().table("account").drop_column("show_name").take()).await
    }
}
