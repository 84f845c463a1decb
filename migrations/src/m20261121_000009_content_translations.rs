//! Translated content: the language each answer and comment was written in,
//! and translations of concerns, public timeline texts and comments.
use sea_orm_migration::async_trait;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        // Texts written before this migration were written in German.
        m.alter_table(Table::alter().table("concern_event").add_column(string_len("language", 8).default("de")).take()).await?;
        m.alter_table(Table::alter().table("concern_comment").add_column(string_len("language", 8).default("de")).take()).await?;

        m.create_table(
            Table::create().table("content_translation")
                .col(pk_auto("id"))
                // The concern the text belongs to: one query loads every
                // translation a concern page needs.
                .col(integer("concern_id"))
                // "concern" (title and description), "event" or "comment".
                .col(string_len("item_kind", 10))
                .col(integer("item_id"))
                .col(string_len("language", 8))
                .col(text_null("title"))
                .col(text("body"))
                // Made by the translation service and not yet checked by a person.
                .col(boolean("machine").default(false))
                .col(integer_null("translator_id"))
                .col(timestamp_with_time_zone("updated_at"))
                .foreign_key(&mut crate::helpers::fk(("content_translation", "concern_id"), "concern", true))
                .take(),
        ).await?;
        m.create_index(
            Index::create().name("content_translation_once").table("content_translation")
                .col("item_kind").col("item_id").col("language").unique().take(),
        ).await?;
        m.create_index(
            Index::create().name("content_translation_concern").table("content_translation")
                .col("concern_id").col("language").take(),
        ).await?;
        Ok(())
    }
}
