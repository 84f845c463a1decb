//! Public statistics from counters, not from scanning every concern: the
//! `statistic` table holds how many concerns of each (scope, month of
//! receipt, category) are in each status, how long their first answer and
//! their completion took (business days, written by the application on
//! concern), whether the first answer came within the deadline, when the open
//! ones fall due, and how often an office received, forwarded or handed one
//! back. Triggers keep the counters in the same transaction as every change
//! of a concern, whichever code path made it, so they can never drift.
//!
//! Each counter exists for three scopes: the city (id 0), the concern's
//! district and its office, and for the concern's category and category 0
//! (all), so that every page reads only its own rows; the key begins with
//! scope and category for that reason.
use sea_orm_migration::async_trait;
use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DbBackend;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// A counter kept for the concern's current state: (measure, label, condition).
/// `R` stands for the row (NEW, OLD, or the table in the backfill).
const STATE: [(&str, &str, &str); 6] = [
    ("received", "R.status", "TRUE"),
    ("answer", "CAST(R.answer_days AS TEXT)", "R.answer_days IS NOT NULL"),
    ("on_time", "CASE WHEN R.answered_on_time THEN 'yes' ELSE 'no' END", "R.answered_on_time IS NOT NULL"),
    ("done", "CAST(R.done_days AS TEXT)", "R.done_days IS NOT NULL"),
    // When the open ones fall due, by the rule of `domain::concerns::deadlines`
    // (an office has it, it is not closed, its deadline is known), apart for
    // those without any answer yet, which count against the on-time rate.
    ("due_unanswered", "DEADLINE", "R.status = 'open' AND R.office_id IS NOT NULL AND R.deadline IS NOT NULL"),
    ("due_answered", "DEADLINE", "R.status IN ('in_progress', 'planned') AND R.office_id IS NOT NULL AND R.deadline IS NOT NULL"),
];

/// The columns whose change moves a concern between counters.
const WATCHED: [&str; 9] = ["created_at", "status", "district_id", "category_id", "office_id", "answer_days", "answered_on_time", "done_days", "deadline"];

struct Dialect {
    backend: DbBackend,
}

impl Dialect {
    fn month(&self, row: &str) -> String {
        match self.backend {
            DbBackend::Postgres => format!("to_char({row}.created_at AT TIME ZONE 'UTC', 'YYYY-MM')"),
            _ => format!("substr({row}.created_at, 1, 7)"),
        }
    }

    fn deadline(&self, row: &str) -> String {
        match self.backend {
            DbBackend::Postgres => format!("to_char({row}.deadline, 'YYYY-MM-DD')"),
            _ => format!("{row}.deadline"),
        }
    }

    fn expr(&self, template: &str, row: &str) -> String {
        template.replace("DEADLINE", &self.deadline(row)).replace("R.", &format!("{row}."))
    }

    /// The upserts that add `n` to the counter (measure, label) of the
    /// target (scope, scope id) when `condition` holds: once under the row's
    /// category and once under category 0, all categories together, so that
    /// a page without a category filter reads a thirteenth of the rows.
    fn add(&self, (scope, scope_id): (&str, &str), (measure, label, condition): (&str, &str, &str), row: &str, n: i32) -> String {
        [format!("{row}.category_id"), "0".to_string()]
            .iter()
            .map(|category| {
                format!(
                    "INSERT INTO statistic (scope, scope_id, measure, month, category_id, label, n) \
                     SELECT '{scope}', {scope_id}, '{measure}', {month}, {category}, {label}, {n} WHERE {condition} \
                     ON CONFLICT (scope, scope_id, measure, month, category_id, label) DO UPDATE SET n = statistic.n + excluded.n;",
                    month = self.month(row),
                    label = self.expr(label, row),
                    condition = self.expr(condition, row),
                )
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// The state counters of one row, added (`n` = 1) or taken away (-1).
    fn state(&self, row: &str, n: i32) -> Vec<String> {
        let mut out = Vec::new();
        for (measure, label, condition) in STATE {
            out.push(self.add(("city", "0"), (measure, label, condition), row, n));
            out.push(self.add(("district", &format!("{row}.district_id")), (measure, label, condition), row, n));
            let office = format!("({condition}) AND {row}.office_id IS NOT NULL");
            out.push(self.add(("office", &format!("{row}.office_id")), (measure, label, &office), row, n));
        }
        out
    }

    /// What happened between offices in one update: counted once, never undone.
    fn handovers(&self) -> Vec<String> {
        let changed = "NEW.office_id IS NOT NULL AND (OLD.office_id IS NULL OR OLD.office_id <> NEW.office_id)";
        vec![
            self.add(("office", "NEW.office_id"), ("routed", "''", changed), "NEW", 1),
            self.add(("office", "OLD.office_id"), ("forwarded", "''", "OLD.office_id IS NOT NULL AND NEW.office_id IS NOT NULL AND OLD.office_id <> NEW.office_id"), "OLD", 1),
            self.add(("office", "OLD.office_id"), ("handed_back", "''", "OLD.office_id IS NOT NULL AND NEW.office_id IS NULL"), "OLD", 1),
        ]
    }

    fn routed_on_insert(&self) -> String {
        self.add(("office", "NEW.office_id"), ("routed", "''", "NEW.office_id IS NOT NULL"), "NEW", 1)
    }

    fn watched_changed(&self) -> String {
        let op = if self.backend == DbBackend::Postgres { "IS DISTINCT FROM" } else { "IS NOT" };
        WATCHED.iter().map(|c| format!("OLD.{c} {op} NEW.{c}")).collect::<Vec<_>>().join(" OR ")
    }

    fn triggers(&self) -> Vec<String> {
        let state_new = self.state("NEW", 1).join("\n");
        let state_old = self.state("OLD", -1).join("\n");
        let handovers = self.handovers().join("\n");
        let routed = self.routed_on_insert();
        let watched = self.watched_changed();
        match self.backend {
            DbBackend::Postgres => vec![
                format!(
                    "CREATE FUNCTION statistic_concern() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
IF TG_OP <> 'INSERT' THEN
{state_old}
END IF;
IF TG_OP <> 'DELETE' THEN
{state_new}
END IF;
IF TG_OP = 'INSERT' THEN
{routed}
END IF;
IF TG_OP = 'UPDATE' THEN
{handovers}
END IF;
RETURN NULL;
END $$"
                ),
                "CREATE TRIGGER statistic_concern_insert AFTER INSERT OR DELETE ON concern FOR EACH ROW EXECUTE FUNCTION statistic_concern()".into(),
                format!("CREATE TRIGGER statistic_concern_update AFTER UPDATE ON concern FOR EACH ROW WHEN ({watched}) EXECUTE FUNCTION statistic_concern()"),
            ],
            _ => vec![
                format!("CREATE TRIGGER statistic_concern_insert AFTER INSERT ON concern BEGIN\n{state_new}\n{routed}\nEND"),
                format!("CREATE TRIGGER statistic_concern_delete AFTER DELETE ON concern BEGIN\n{state_old}\nEND"),
                format!("CREATE TRIGGER statistic_concern_update AFTER UPDATE ON concern WHEN {watched} BEGIN\n{state_old}\n{state_new}\n{handovers}\nEND"),
            ],
        }
    }

    /// The counters of the concerns that exist already. Offices count what
    /// they hold now as received; earlier hand-overs are not reconstructed.
    fn backfill(&self) -> Vec<String> {
        let mut out = Vec::new();
        let month = self.month("c");
        for category in ["c.category_id", "0"] {
            // Grouped by the category only where it is one.
            let by_category = if category == "0" { String::new() } else { ", c.category_id".to_string() };
            for (measure, label, condition) in STATE {
                for (scope, scope_id, extra) in [("city", "0", "TRUE"), ("district", "c.district_id", "TRUE"), ("office", "c.office_id", "c.office_id IS NOT NULL")] {
                    let group = if scope_id == "0" { String::new() } else { format!("{scope_id}, ") };
                    out.push(format!(
                        "INSERT INTO statistic (scope, scope_id, measure, month, category_id, label, n) \
                         SELECT '{scope}', {scope_id}, '{measure}', {month}, {category}, {label}, COUNT(*) FROM concern c \
                         WHERE ({condition}) AND {extra} GROUP BY {group}{month}{by_category}, {label}",
                        label = self.expr(label, "c"),
                        condition = self.expr(condition, "c"),
                    ));
                }
            }
            out.push(format!(
                "INSERT INTO statistic (scope, scope_id, measure, month, category_id, label, n) \
                 SELECT 'office', c.office_id, 'routed', {month}, {category}, '', COUNT(*) FROM concern c \
                 WHERE c.office_id IS NOT NULL GROUP BY c.office_id, {month}{by_category}"
            ));
        }
        out
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        let db = m.get_connection();
        let dialect = Dialect { backend: m.get_database_backend() };
        m.alter_table(Table::alter().table("concern").add_column(ColumnDef::new("answer_days").integer().null()).to_owned()).await?;
        m.alter_table(Table::alter().table("concern").add_column(ColumnDef::new("answered_on_time").boolean().null()).to_owned()).await?;
        m.alter_table(Table::alter().table("concern").add_column(ColumnDef::new("done_days").integer().null()).to_owned()).await?;
        let without_rowid = if dialect.backend == DbBackend::Sqlite { " WITHOUT ROWID" } else { "" };
        db.execute_unprepared(&format!(
            "CREATE TABLE statistic (scope TEXT NOT NULL, scope_id INTEGER NOT NULL, measure TEXT NOT NULL, month TEXT NOT NULL, \
             category_id INTEGER NOT NULL, label TEXT NOT NULL, n INTEGER NOT NULL, \
             PRIMARY KEY (scope, category_id, scope_id, measure, month, label)){without_rowid}"
        ))
        .await?;
        for statement in dialect.backfill().into_iter().chain(dialect.triggers()) {
            db.execute_unprepared(&statement).await?;
        }
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        let db = m.get_connection();
        if m.get_database_backend() == DbBackend::Postgres {
            db.execute_unprepared("DROP TRIGGER statistic_concern_insert ON concern").await?;
            db.execute_unprepared("DROP TRIGGER statistic_concern_update ON concern").await?;
            db.execute_unprepared("DROP FUNCTION statistic_concern()").await?;
        } else {
            for t in ["statistic_concern_insert", "statistic_concern_delete", "statistic_concern_update"] {
                db.execute_unprepared(&format!("DROP TRIGGER {t}")).await?;
            }
        }
        db.execute_unprepared("DROP TABLE statistic").await?;
        for c in ["answer_days", "answered_on_time", "done_days"] {
            m.alter_table(Table::alter().table("concern").drop_column(c).to_owned()).await?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_statement_names_its_row_and_no_template_is_left() {
        for backend in [DbBackend::Sqlite, DbBackend::Postgres] {
            let d = Dialect { backend };
            for s in d.triggers().iter().chain(&d.backfill()) {
                assert!(!s.contains("R.") && !s.contains("DEADLINE"), "{s}");
            }
        }
    }
}
