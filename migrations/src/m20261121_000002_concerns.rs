//! Concerns, their timeline, and secure links for offices without accounts.
use sea_orm_migration::async_trait;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

use crate::helpers::fk;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create().table("concern")
                .col(pk_auto("id"))
                // Public reference such as Q-2026-000123; set right after insert.
                .col(string_len_null("reference", 20).unique_key().take())
                .col(string_len("title", 200))
                .col(text("description"))
                .col(integer("category_id"))
                .col(integer("district_id"))
                .col(string_len_null("address", 200))
                .col(double_null("latitude"))
                .col(double_null("longitude"))
                .col(string_len("language", 8))
                .col(integer_null("author_id"))
                .col(string_len_null("author_email", 254))
                .col(string_len_null("author_name", 80))
                .col(string_len("status", 20))
                .col(boolean("published").default(false))
                .col(integer_null("office_id"))
                .col(integer_null("routing_rule_id"))
                // The answer is due by the end of this day (YYYY-MM-DD).
                .col(date_null("deadline"))
                .col(boolean("accepted").default(false))
                .col(integer("supports").default(0))
                // Sent with the form; a second submit of the same form finds the first concern.
                .col(string_len_uniq("submission_key", 64))
                .col(string_len_null("confirm_token_hash", 64))
                .col(timestamp_with_time_zone("created_at"))
                .col(timestamp_with_time_zone("updated_at"))
                .foreign_key(&mut fk(("concern", "category_id"), "category", false))
                .foreign_key(&mut fk(("concern", "district_id"), "district", false))
                .foreign_key(&mut fk(("concern", "author_id"), "account", false))
                .foreign_key(&mut fk(("concern", "office_id"), "office", false))
                .take(),
        ).await?;
        for (name, cols) in [
            ("concern_public_list", vec!["published", "id"]),
            ("concern_district", vec!["district_id", "published", "id"]),
            ("concern_category", vec!["category_id", "published", "id"]),
            ("concern_status", vec!["status", "published", "id"]),
            ("concern_office", vec!["office_id", "status", "id"]),
        ] {
            let mut idx = Index::create();
            idx.name(name).table("concern");
            for c in cols {
                idx.col(c);
            }
            m.create_index(idx.take()).await?;
        }
        m.create_table(
            Table::create().table("concern_event")
                .col(pk_auto("id"))
                .col(integer("concern_id"))
                .col(string_len("kind", 30))
                .col(boolean("public").default(true))
                .col(integer_null("actor_id"))
                .col(integer_null("office_id"))
                .col(integer_null("rule_id"))
                .col(string_len_null("status", 20))
                .col(text_null("body"))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(&mut fk(("concern_event", "concern_id"), "concern", true))
                .take(),
        ).await?;
        m.create_index(Index::create().name("concern_event_concern").table("concern_event").col("concern_id").col("id").take()).await?;
        // Links mailed to offices without staff accounts: one concern, expiring.
        m.create_table(
            Table::create().table("office_link")
                .col(pk_auto("id"))
                .col(integer("concern_id"))
                .col(integer("office_id"))
                .col(string_len_uniq("token_hash", 64))
                .col(timestamp_with_time_zone("expires_at"))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(&mut fk(("office_link", "concern_id"), "concern", true))
                .foreign_key(&mut fk(("office_link", "office_id"), "office", true))
                .take(),
        ).await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for t in ["office_link", "concern_event", "concern"] {
            m.drop_table(Table::drop().table(t).take()).await?;
        }
        Ok(())
    }
}
