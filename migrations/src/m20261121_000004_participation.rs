//! "Affects me too", following a concern, and comments.
use sea_orm_migration::async_trait;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

use crate::helpers::fk;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        // One support per person and concern: the primary key enforces it.
        m.create_table(
            Table::create().table("concern_support")
                .col(integer("concern_id"))
                .col(integer("account_id"))
                .col(timestamp_with_time_zone("created_at"))
                .primary_key(Index::create().col("concern_id").col("account_id"))
                .foreign_key(&mut fk(("concern_support", "concern_id"), "concern", true))
                .foreign_key(&mut fk(("concern_support", "account_id"), "account", true))
                .take(),
        ).await?;
        m.create_table(
            Table::create().table("concern_follower")
                .col(integer("concern_id"))
                .col(integer("account_id"))
                .primary_key(Index::create().col("concern_id").col("account_id"))
                .foreign_key(&mut fk(("concern_follower", "concern_id"), "concern", true))
                .foreign_key(&mut fk(("concern_follower", "account_id"), "account", true))
                .take(),
        ).await?;
        m.create_table(
            Table::create().table("concern_comment")
                .col(pk_auto("id"))
                .col(integer("concern_id"))
                .col(integer("account_id"))
                .col(text("body"))
                .col(boolean("hidden").default(false))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(&mut fk(("concern_comment", "concern_id"), "concern", true))
                .foreign_key(&mut fk(("concern_comment", "account_id"), "account", true))
                .take(),
        ).await?;
        m.create_index(Index::create().name("concern_comment_concern").table("concern_comment").col("concern_id").col("id").take()).await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for t in ["concern_comment", "concern_follower", "concern_support"] {
            m.drop_table(Table::drop().table(t).take()).await?;
        }
        Ok(())
    }
}
