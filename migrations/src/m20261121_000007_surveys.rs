//! Surveys: structure, texts per language (with plain versions), access
//! codes, responses and answers, paper forms entered twice.
use sea_orm_migration::async_trait;
use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend};
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

use crate::helpers::fk;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create().table("survey")
                .col(pk_auto("id"))
                .col(integer("forum_id"))
                .col(string_len("base_language", 8))
                // public | members | codes
                .col(string_len("audience", 10))
                .col(boolean("youth").default(false))
                .col(boolean("anonymous").default(false))
                .col(boolean("results_public").default(false))
                .col(boolean("asks_district").default(false))
                // One page per section instead of everything on one page.
                .col(boolean("paged").default(false))
                .col(boolean("double_entry").default(false))
                // draft | published | closed
                .col(string_len("state", 10))
                .col(timestamp_with_time_zone_null("opens_at"))
                .col(timestamp_with_time_zone_null("closes_at"))
                .col(integer_null("created_by"))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(&mut fk(("survey", "forum_id"), "forum", true))
                .take(),
        ).await?;
        m.create_index(Index::create().name("survey_forum").table("survey").col("forum_id").take()).await?;
        m.create_table(
            Table::create().table("survey_language")
                .col(integer("survey_id"))
                .col(string_len("language", 8))
                .primary_key(Index::create().col("survey_id").col("language"))
                .foreign_key(&mut fk(("survey_language", "survey_id"), "survey", true))
                .take(),
        ).await?;
        m.create_table(
            Table::create().table("survey_section")
                .col(pk_auto("id"))
                .col(integer("survey_id"))
                .col(integer("position"))
                .foreign_key(&mut fk(("survey_section", "survey_id"), "survey", true))
                .take(),
        ).await?;
        m.create_table(
            Table::create().table("survey_question")
                .col(pk_auto("id"))
                .col(integer("survey_id"))
                .col(integer_null("section_id"))
                .col(integer("position"))
                .col(string_len("kind", 10))
                .col(boolean("required").default(false))
                .col(integer_null("min_choices"))
                .col(integer_null("max_choices"))
                .col(integer_null("scale_min"))
                .col(integer_null("scale_max"))
                .col(integer_null("max_length"))
                .foreign_key(&mut fk(("survey_question", "survey_id"), "survey", true))
                .take(),
        ).await?;
        m.create_index(Index::create().name("survey_question_survey").table("survey_question").col("survey_id").col("position").take()).await?;
        m.create_table(
            Table::create().table("survey_option")
                .col(pk_auto("id"))
                .col(integer("question_id"))
                .col(integer("position"))
                .foreign_key(&mut fk(("survey_option", "question_id"), "survey_question", true))
                .take(),
        ).await?;
        m.create_index(Index::create().name("survey_option_question").table("survey_option").col("question_id").col("position").take()).await?;
        // Every text of a survey, keyed by what it belongs to (`title`,
        // `intro`, `s12`, `q34`, `q34lo`, `o56`, …), per language, and per
        // language optionally in plain language.
        m.create_table(
            Table::create().table("survey_text")
                .col(integer("survey_id"))
                .col(string_len("key", 20))
                .col(string_len("language", 8))
                .col(boolean("plain"))
                .col(text("body"))
                .primary_key(Index::create().col("survey_id").col("key").col("language").col("plain"))
                .foreign_key(&mut fk(("survey_text", "survey_id"), "survey", true))
                .take(),
        ).await?;
        // One-time access codes. Also handed out by email (then only a digest
        // of the address is kept, so an address gets one code per survey).
        // No response refers to a code of an anonymous survey, and a code
        // only knows whether it was used, not when.
        m.create_table(
            Table::create().table("survey_code")
                .col(pk_auto("id"))
                .col(integer("survey_id"))
                .col(string_len_uniq("code", 16))
                .col(string_len_null("email_digest", 64))
                .col(boolean("used").default(false))
                .foreign_key(&mut fk(("survey_code", "survey_id"), "survey", true))
                .take(),
        ).await?;
        m.create_index(Index::create().name("survey_code_email").table("survey_code").col("survey_id").col("email_digest").unique().take()).await?;
        // Which accounts answered, kept apart from the responses. On SQLite
        // without a rowid, so not even the order of answering is stored.
        match m.get_database_backend() {
            DbBackend::Sqlite => {
                m.get_connection()
                    .execute_unprepared(
                        "CREATE TABLE survey_participant (survey_id INTEGER NOT NULL REFERENCES survey(id) ON DELETE CASCADE, \
                         account_id INTEGER NOT NULL, PRIMARY KEY (survey_id, account_id)) WITHOUT ROWID",
                    )
                    .await?;
            }
            _ => {
                m.create_table(
                    Table::create().table("survey_participant")
                        .col(integer("survey_id"))
                        .col(integer("account_id"))
                        .primary_key(Index::create().col("survey_id").col("account_id"))
                        .foreign_key(&mut fk(("survey_participant", "survey_id"), "survey", true))
                        .take(),
                ).await?;
            }
        }
        m.create_table(
            Table::create().table("survey_response")
                .col(pk_auto("id"))
                .col(integer("survey_id"))
                .col(string_len("language", 8))
                .col(boolean("plain").default(false))
                // online | paper | interview
                .col(string_len("channel", 10))
                .col(integer_null("district_id"))
                // The three below stay empty in anonymous surveys.
                .col(integer_null("respondent_id"))
                .col(integer_null("code_id"))
                .col(integer_null("entered_by"))
                .col(integer_null("form_number"))
                .col(string_len_uniq("submission_key", 64))
                // Anonymous surveys keep only the day.
                .col(date("created_on"))
                .foreign_key(&mut fk(("survey_response", "survey_id"), "survey", true))
                .take(),
        ).await?;
        m.create_index(Index::create().name("survey_response_survey").table("survey_response").col("survey_id").col("channel").take()).await?;
        m.create_index(Index::create().name("survey_response_form").table("survey_response").col("survey_id").col("form_number").unique().take()).await?;
        // One row per answer value: the chosen option, a scale value, a rank
        // (option and value) or a text. Channel, language and district are
        // copied from the response so results filter and group on one table.
        m.create_table(
            Table::create().table("survey_answer")
                .col(pk_auto("id"))
                .col(integer("response_id"))
                .col(integer("survey_id"))
                .col(integer("question_id"))
                .col(integer_null("option_id"))
                .col(integer_null("value"))
                .col(text_null("body"))
                .col(boolean("hidden").default(false))
                .col(string_len("channel", 10))
                .col(string_len("language", 8))
                .col(integer_null("district_id"))
                .foreign_key(&mut fk(("survey_answer", "response_id"), "survey_response", true))
                .take(),
        ).await?;
        // Covers the results query: counts come from the index alone.
        m.create_index(
            Index::create().name("survey_answer_counts").table("survey_answer")
                .col("survey_id").col("question_id").col("option_id").col("value").take(),
        ).await?;
        m.create_index(Index::create().name("survey_answer_response").table("survey_answer").col("response_id").take()).await?;
        // Paper forms typed in; with double entry two entries per form
        // number must agree before the response counts.
        m.create_table(
            Table::create().table("survey_paper_entry")
                .col(pk_auto("id"))
                .col(integer("survey_id"))
                .col(integer("form_number"))
                .col(integer("entered_by"))
                .col(string_len("language", 8))
                .col(text("answers"))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(&mut fk(("survey_paper_entry", "survey_id"), "survey", true))
                .take(),
        ).await?;
        m.create_index(Index::create().name("survey_paper_form").table("survey_paper_entry").col("survey_id").col("form_number").take()).await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for t in [
            "survey_paper_entry", "survey_answer", "survey_response", "survey_participant", "survey_code", "survey_text",
            "survey_option", "survey_question", "survey_section", "survey_language", "survey",
        ] {
            m.drop_table(Table::drop().table(t).take()).await?;
        }
        Ok(())
    }
}
