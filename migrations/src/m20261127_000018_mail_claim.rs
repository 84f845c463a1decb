//! Which server process holds a mail while sending it, so that marks and
//! lease renewals touch only its own claims and no mail goes out twice.
use sea_orm_migration::async_trait;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(Table::alter().table("mail_outbox").add_column(string_len_null("claimed_by", 32)).take()).await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(Table::alter().table("mail_outbox").drop_column("claimed_by").take()).await
    }
}
