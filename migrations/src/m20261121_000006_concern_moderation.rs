//! Photos, duplicates, flags and hiding, the audit log, taking part by
//! confirmed email, and full-text search over concerns.
use sea_orm_migration::async_trait;
use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend};
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

use crate::helpers::fk;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        // SQLite alters one column per statement.
        m.alter_table(Table::alter().table("concern").add_column(integer_null("duplicate_of")).take()).await?;
        m.alter_table(Table::alter().table("concern").add_column(boolean("hidden").default(false)).take()).await?;
        m.alter_table(Table::alter().table("concern").add_column(text_null("hidden_reason")).take()).await?;
        m.alter_table(Table::alter().table("concern_comment").add_column(text_null("hidden_reason")).take()).await?;

        m.create_table(
            Table::create().table("concern_photo")
                .col(pk_auto("id"))
                .col(integer("concern_id"))
                .col(integer("position"))
                // Random file name stem of the stored image and its thumbnail.
                .col(string_len_uniq("file_key", 32))
                .col(integer("width"))
                .col(integer("height"))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(&mut fk(("concern_photo", "concern_id"), "concern", true))
                .take(),
        ).await?;
        m.create_index(Index::create().name("concern_photo_concern").table("concern_photo").col("concern_id").col("position").take()).await?;

        // One flag per person (account, or a digest of the address for
        // visitors) and item; open until a moderator decides.
        m.create_table(
            Table::create().table("flag")
                .col(pk_auto("id"))
                .col(string_len("target_kind", 10))
                .col(integer("target_id"))
                .col(text("reason"))
                .col(string_len("flagger", 80))
                .col(timestamp_with_time_zone("created_at"))
                .col(timestamp_with_time_zone_null("resolved_at"))
                .take(),
        ).await?;
        m.create_index(Index::create().name("flag_once").table("flag").col("target_kind").col("target_id").col("flagger").unique().take()).await?;
        m.create_index(Index::create().name("flag_open").table("flag").col("resolved_at").col("target_kind").col("target_id").take()).await?;

        m.create_table(
            Table::create().table("audit_log")
                .col(pk_auto("id"))
                .col(integer_null("actor_id"))
                // Who acted when there is no account (an office link), or the role used.
                .col(string_len("actor_role", 20))
                .col(string_len("action", 40))
                .col(string_len("target", 80))
                .col(text_null("detail"))
                .col(timestamp_with_time_zone("created_at"))
                .take(),
        ).await?;

        // "Affects me too" and following by people without an account, once
        // they clicked the mailed link.
        m.create_table(
            Table::create().table("email_participation")
                .col(pk_auto("id"))
                .col(integer("concern_id"))
                .col(string_len("email", 254))
                .col(string_len("kind", 10))
                .col(string_len("language", 8))
                .col(string_len_uniq("token_hash", 64))
                // Lets a follower stop the mails from any mail's link.
                .col(string_len_uniq("stop_key", 64))
                .col(boolean("confirmed").default(false))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(&mut fk(("email_participation", "concern_id"), "concern", true))
                .take(),
        ).await?;
        m.create_index(Index::create().name("email_participation_once").table("email_participation").col("concern_id").col("email").col("kind").unique().take()).await?;

        let db = m.get_connection();
        match db.get_database_backend() {
            DbBackend::Sqlite => {
                db.execute_unprepared(
                    "CREATE VIRTUAL TABLE concern_fts USING fts5(title, description, content='concern', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
                     CREATE TRIGGER concern_fts_insert AFTER INSERT ON concern BEGIN
                       INSERT INTO concern_fts(rowid, title, description) VALUES (new.id, new.title, new.description);
                     END;
                     CREATE TRIGGER concern_fts_delete AFTER DELETE ON concern BEGIN
                       INSERT INTO concern_fts(concern_fts, rowid, title, description) VALUES ('delete', old.id, old.title, old.description);
                     END;
                     CREATE TRIGGER concern_fts_update AFTER UPDATE OF title, description ON concern BEGIN
                       INSERT INTO concern_fts(concern_fts, rowid, title, description) VALUES ('delete', old.id, old.title, old.description);
                       INSERT INTO concern_fts(rowid, title, description) VALUES (new.id, new.title, new.description);
                     END;
                     INSERT INTO concern_fts(concern_fts) VALUES ('rebuild');",
                )
                .await?;
            }
            DbBackend::Postgres => {
                // 'simple': residents write in many languages, so no stemming.
                db.execute_unprepared(
                    "ALTER TABLE concern ADD COLUMN search tsvector GENERATED ALWAYS AS
                       (to_tsvector('simple', title || ' ' || description)) STORED;
                     CREATE INDEX concern_search ON concern USING GIN (search);",
                )
                .await?;
            }
            _ => {}
        }
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        let db = m.get_connection();
        match db.get_database_backend() {
            DbBackend::Sqlite => {
                db.execute_unprepared("DROP TRIGGER concern_fts_insert; DROP TRIGGER concern_fts_delete; DROP TRIGGER concern_fts_update; DROP TABLE concern_fts;").await?;
            }
            DbBackend::Postgres => {
                db.execute_unprepared("DROP INDEX concern_search; ALTER TABLE concern DROP COLUMN search;").await?;
            }
            _ => {}
        }
        for t in ["email_participation", "audit_log", "flag", "concern_photo"] {
            m.drop_table(Table::drop().table(t).take()).await?;
        }
        m.alter_table(Table::alter().table("concern_comment").drop_column("hidden_reason").take()).await?;
        for c in ["hidden_reason", "hidden", "duplicate_of"] {
            m.alter_table(Table::alter().table("concern").drop_column(c).take()).await?;
        }
        Ok(())
    }
}
