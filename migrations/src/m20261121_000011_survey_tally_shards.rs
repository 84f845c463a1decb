//! Every stored response adds to the same few tally rows. On PostgreSQL
//! several batch writers run at once, and each had to wait for the others'
//! commits to update those rows (a row lock held to the end of the
//! transaction). With a `shard` in the key each writer counts in rows of
//! its own; results add the shards up as they already add up channels.
//! On SQLite the table is rebuilt WITHOUT ROWID: the key is the row, so an
//! upsert touches one B-tree instead of two.
use sea_orm_migration::async_trait;
use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend};

#[derive(DeriveMigrationName)]
pub struct Migration;

const COLUMNS: &str = "survey_id, question_id, option_id, value, channel, language, district_id";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        let table = format!(
            "CREATE TABLE survey_tally_sharded (survey_id INTEGER NOT NULL REFERENCES survey(id) ON DELETE CASCADE, \
             question_id INTEGER NOT NULL, option_id INTEGER NOT NULL, value INTEGER NOT NULL, \
             channel VARCHAR(10) NOT NULL, language VARCHAR(8) NOT NULL, district_id INTEGER NOT NULL, \
             shard INTEGER NOT NULL, n INTEGER NOT NULL, PRIMARY KEY ({COLUMNS}, shard)){}",
            if m.get_database_backend() == DbBackend::Sqlite { " WITHOUT ROWID" } else { "" }
        );
        let rebuild = [
            table.as_str(),
            &format!("INSERT INTO survey_tally_sharded ({COLUMNS}, shard, n) SELECT {COLUMNS}, 0, n FROM survey_tally"),
            "DROP TABLE survey_tally",
            "ALTER TABLE survey_tally_sharded RENAME TO survey_tally",
        ]
        .join(";\n");
        // One call, so one connection: another connection of SQLite's pool
        // could still have the old table in its schema cache and refuse the
        // rename. PostgreSQL runs the statements as one transaction.
        let sql = match m.get_database_backend() {
            DbBackend::Sqlite => format!("BEGIN IMMEDIATE;\n{rebuild};\nCOMMIT"),
            _ => rebuild,
        };
        m.get_connection().execute_unprepared(&sql).await?;
        Ok(())
    }
}
