//! Running counts of survey answers per question, answer, channel, language
//! and district, kept in the same transaction as each response: results
//! add up a few hundred rows instead of every answer.
use sea_orm_migration::async_trait;
use sea_orm_migration::sea_orm::ConnectionTrait;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        // "None" is 0 for option and district and -1 for value, so that the
        // primary key (with no NULLs) is the conflict target of the upsert.
        m.create_table(
            Table::create().table("survey_tally")
                .col(integer("survey_id"))
                .col(integer("question_id"))
                .col(integer("option_id"))
                .col(integer("value"))
                .col(string_len("channel", 10))
                .col(string_len("language", 8))
                .col(integer("district_id"))
                .col(integer("n"))
                .primary_key(
                    Index::create().col("survey_id").col("question_id").col("option_id").col("value").col("channel").col("language").col("district_id"),
                )
                .foreign_key(&mut crate::helpers::fk(("survey_tally", "survey_id"), "survey", true))
                .take(),
        ).await?;
        m.get_connection()
            .execute_unprepared(
                "INSERT INTO survey_tally (survey_id, question_id, option_id, value, channel, language, district_id, n) \
                 SELECT survey_id, question_id, COALESCE(option_id, 0), COALESCE(value, -1), channel, language, COALESCE(district_id, 0), COUNT(*) \
                 FROM survey_answer GROUP BY survey_id, question_id, COALESCE(option_id, 0), COALESCE(value, -1), channel, language, COALESCE(district_id, 0)",
            )
            .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table("survey_tally").take()).await
    }
}
