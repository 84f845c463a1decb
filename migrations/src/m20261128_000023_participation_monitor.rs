//! The participation monitor's counters (see `domain::statistics::participation`).
//!
//! `participant` remembers, per person and group, the last month the
//! person took part and the years they took part in, so that a person is
//! counted once per group however often they take part; anonymous survey
//! responses never get a row. `participation_count` holds how many people
//! took part, per group and period: `period` 0 is "ever", a year (2026)
//! that year, and a month (202611) the people whose *last* participation
//! was in that month, so the people of the last twelve months are the sum
//! of twelve month counters. Both are written by the application in the
//! transaction of the change (no trigger: person keys are hashed e-mail
//! addresses, which SQLite cannot compute).
//!
//! Forum memberships get the day they began, so that members count in the
//! period they joined.
use sea_orm_migration::async_trait;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        let db = m.get_connection();
        let without_rowid = if db.get_database_backend() == sea_orm::DbBackend::Sqlite { " WITHOUT ROWID" } else { "" };
        db.execute_unprepared(&format!(
            "CREATE TABLE participant (person TEXT NOT NULL, forum_id INTEGER NOT NULL, grp TEXT NOT NULL, group_id INTEGER NOT NULL, \
             reach TEXT NOT NULL, last_month INTEGER NOT NULL, years BIGINT NOT NULL, \
             PRIMARY KEY (person, forum_id, grp, group_id, reach)){without_rowid}"
        ))
        .await?;
        db.execute_unprepared(&format!(
            "CREATE TABLE participation_count (forum_id INTEGER NOT NULL, period INTEGER NOT NULL, grp TEXT NOT NULL, group_id INTEGER NOT NULL, \
             reach TEXT NOT NULL, n INTEGER NOT NULL, \
             PRIMARY KEY (forum_id, period, grp, group_id, reach)){without_rowid}"
        ))
        .await?;
        m.alter_table(Table::alter().table("forum_role").add_column(date_null("joined_on")).take()).await?;
        // Memberships from before count from the day of the upgrade.
        db.execute_unprepared("UPDATE forum_role SET joined_on = CURRENT_DATE").await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(Table::alter().table("forum_role").drop_column("joined_on").take()).await?;
        let db = m.get_connection();
        db.execute_unprepared("DROP TABLE participation_count").await?;
        db.execute_unprepared("DROP TABLE participant").await?;
        Ok(())
    }
}
