//! Places, offices, forums, accounts, sessions and the mail outbox.
use sea_orm_migration::async_trait;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

use crate::helpers::fk;

fn created() -> ColumnDef {
    timestamp_with_time_zone("created_at")
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create().table("planning_space")
                .col(pk_auto("id"))
                .col(string_len_uniq("name", 120))
                .take(),
        ).await?;
        m.create_table(
            Table::create().table("district")
                .col(pk_auto("id"))
                .col(string_len_uniq("name", 120))
                .col(string_len("kind", 20))
                .col(integer_null("population"))
                .col(double_null("social_index"))
                .col(string_len_null("social_index_class", 20))
                .col(integer_null("planning_space_id"))
                .foreign_key(&mut fk(("district", "planning_space_id"), "planning_space", false))
                .take(),
        ).await?;
        m.create_table(
            Table::create().table("office")
                .col(pk_auto("id"))
                .col(string_len_uniq("code", 20))
                .col(string_len("name", 200))
                .col(string_len("department", 200))
                .col(string_len_null("contact_email", 254))
                .take(),
        ).await?;
        m.create_table(
            Table::create().table("category")
                .col(pk_auto("id"))
                .col(string_len_uniq("key", 60))
                .take(),
        ).await?;
        m.create_table(
            Table::create().table("category_name")
                .col(integer("category_id"))
                .col(string_len("lang", 8))
                .col(string_len("name", 120))
                .primary_key(Index::create().col("category_id").col("lang"))
                .foreign_key(&mut fk(("category_name", "category_id"), "category", true))
                .take(),
        ).await?;
        // Routing rules: (category, scope) -> office. Scope is a district, a
        // planning space or (both null) the whole city; the most specific wins.
        m.create_table(
            Table::create().table("routing_rule")
                .col(pk_auto("id"))
                .col(integer("category_id"))
                .col(integer_null("district_id"))
                .col(integer_null("planning_space_id"))
                .col(integer("office_id"))
                .col(integer("deadline_days"))
                .foreign_key(&mut fk(("routing_rule", "category_id"), "category", true))
                .foreign_key(&mut fk(("routing_rule", "district_id"), "district", true))
                .foreign_key(&mut fk(("routing_rule", "planning_space_id"), "planning_space", true))
                .foreign_key(&mut fk(("routing_rule", "office_id"), "office", false))
                .take(),
        ).await?;
        m.create_index(Index::create().name("routing_rule_category").table("routing_rule").col("category_id").take()).await?;
        m.create_table(
            Table::create().table("account")
                .col(pk_auto("id"))
                .col(string_len_uniq("email", 254))
                .col(string_len("display_name", 80))
                .col(string_len("password_hash", 200))
                .col(string_len("language", 8))
                .col(boolean("plain_language").default(false))
                .col(boolean("is_admin").default(false))
                .col(timestamp_with_time_zone_null("email_verified_at"))
                .col(created())
                .take(),
        ).await?;
        m.create_table(
            Table::create().table("forum")
                .col(pk_auto("id"))
                .col(string_len_uniq("name", 200))
                .col(string_len("kind", 30))
                .col(text("description").default(""))
                .col(boolean("covers_all_districts").default(false))
                .take(),
        ).await?;
        m.create_table(
            Table::create().table("forum_district")
                .col(integer("forum_id"))
                .col(integer("district_id"))
                .primary_key(Index::create().col("forum_id").col("district_id"))
                .foreign_key(&mut fk(("forum_district", "forum_id"), "forum", true))
                .foreign_key(&mut fk(("forum_district", "district_id"), "district", true))
                .take(),
        ).await?;
        // A person's role in a forum: "moderator" or "member".
        m.create_table(
            Table::create().table("forum_role")
                .col(integer("forum_id"))
                .col(integer("account_id"))
                .col(string_len("role", 20))
                .primary_key(Index::create().col("forum_id").col("account_id"))
                .foreign_key(&mut fk(("forum_role", "forum_id"), "forum", true))
                .foreign_key(&mut fk(("forum_role", "account_id"), "account", true))
                .take(),
        ).await?;
        m.create_table(
            Table::create().table("office_staff")
                .col(integer("office_id"))
                .col(integer("account_id"))
                .primary_key(Index::create().col("office_id").col("account_id"))
                .foreign_key(&mut fk(("office_staff", "office_id"), "office", true))
                .foreign_key(&mut fk(("office_staff", "account_id"), "account", true))
                .take(),
        ).await?;
        m.create_table(
            Table::create().table("project")
                .col(pk_auto("id"))
                .col(string_len("name", 200))
                .col(string_len("carrier", 200))
                .col(integer_null("since"))
                .col(integer_null("office_id"))
                .foreign_key(&mut fk(("project", "office_id"), "office", false))
                .take(),
        ).await?;
        m.create_table(
            Table::create().table("project_district")
                .col(integer("project_id"))
                .col(integer("district_id"))
                .primary_key(Index::create().col("project_id").col("district_id"))
                .foreign_key(&mut fk(("project_district", "project_id"), "project", true))
                .foreign_key(&mut fk(("project_district", "district_id"), "district", true))
                .take(),
        ).await?;
        // Email verification and password reset links. Only a hash of the
        // token is stored, so a database leak does not hand out working links.
        m.create_table(
            Table::create().table("account_token")
                .col(pk_auto("id"))
                .col(integer("account_id"))
                .col(string_len("purpose", 20))
                .col(string_len_uniq("token_hash", 64))
                .col(timestamp_with_time_zone("expires_at"))
                .col(timestamp_with_time_zone_null("used_at"))
                .col(created())
                .foreign_key(&mut fk(("account_token", "account_id"), "account", true))
                .take(),
        ).await?;
        m.create_table(
            Table::create().table("session")
                .col(string_len("id", 64).primary_key())
                .col(text("data"))
                .col(big_integer("expires_at"))
                .take(),
        ).await?;
        m.create_index(Index::create().name("session_expiry").table("session").col("expires_at").take()).await?;
        // Mail is written here in the same transaction as what caused it and
        // sent by a background worker, so nothing is lost while SMTP is down.
        m.create_table(
            Table::create().table("mail_outbox")
                .col(pk_auto("id"))
                .col(string_len("recipient", 254))
                .col(string_len("subject", 300))
                .col(text("body"))
                .col(integer("attempts").default(0))
                .col(big_integer("next_attempt_at"))
                .col(timestamp_with_time_zone_null("sent_at"))
                .col(text_null("last_error"))
                .col(created())
                .take(),
        ).await?;
        m.create_index(Index::create().name("mail_outbox_due").table("mail_outbox").col("sent_at").col("next_attempt_at").take()).await?;
        m.create_table(
            Table::create().table("app_meta")
                .col(string_len("key", 60).primary_key())
                .col(text("value"))
                .take(),
        ).await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for t in [
            "app_meta", "mail_outbox", "session", "account_token", "project_district", "project",
            "office_staff", "forum_role", "forum_district", "forum", "account", "routing_rule",
            "category_name", "category", "office", "district", "planning_space",
        ] {
            m.drop_table(Table::drop().table(t).take()).await?;
        }
        Ok(())
    }
}
