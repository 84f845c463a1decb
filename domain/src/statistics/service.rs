//! Reads the counters: one grouped statement per page or table.
use super::{Figures, Filter, MonthCounts};
use crate::error::AppResult;
use crate::schema::statistics::statistic;
use crate::vocabulary::statistic::{Measure, Scope};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{entity::prelude::*, ConnectionTrait, FromQueryResult, QuerySelect};
use std::collections::BTreeMap;
use time::Date;

/// Due days are read as one of these two, so that a page never receives
/// every deadline of the period one by one.
const PAST_DUE: &str = "0000-00-00";
const NOT_YET_DUE: &str = "9999-12-31";

#[derive(FromQueryResult)]
struct Row {
    scope_id: i32,
    measure: Measure,
    month: String,
    label: String,
    n: i64,
}

fn today_key(today: Date) -> String {
    today.to_string()
}

/// The counters of `scope` within the filter, due days folded into past
/// or not yet due as of `today`.
fn select(scope: Scope, filter: &Filter, today: Date, by_month: bool) -> sea_orm::Select<statistic::Entity> {
    let (first, last) = filter.period.months(today.year(), today.month() as u8);
    // The day is a literal (digits and dashes), so that the expression in
    // the selection and in the grouping is the same text on PostgreSQL.
    let label = Expr::cust(format!(
        "CASE WHEN measure IN ('{}', '{}') THEN (CASE WHEN label < '{}' THEN '{PAST_DUE}' ELSE '{NOT_YET_DUE}' END) ELSE label END",
        Measure::DueUnanswered.as_str(),
        Measure::DueAnswered.as_str(),
        today_key(today),
    ));
    let mut q = statistic::Entity::find()
        .select_only()
        .column(statistic::Column::ScopeId)
        .column(statistic::Column::Measure)
        .expr_as(label.clone(), "label")
        .expr_as(Expr::col(statistic::Column::N).sum(), "n")
        .filter(statistic::Column::Scope.eq(scope))
        .group_by(statistic::Column::ScopeId)
        .group_by(statistic::Column::Measure)
        .group_by(label);
    q = if by_month {
        q.column(statistic::Column::Month).group_by(statistic::Column::Month)
    } else {
        q.expr_as(Expr::val(""), "month")
    };
    if let Some(first) = first {
        q = q.filter(statistic::Column::Month.gte(first));
    }
    if let Some(last) = last {
        q = q.filter(statistic::Column::Month.lte(last));
    }
    // Category 0 holds all categories together.
    q.filter(statistic::Column::CategoryId.eq(filter.category.unwrap_or(0)))
}

/// The figures of one city, district or office (`id` 0 for the city), and
/// the month-by-month counts of the period (its last 24 months; months
/// without concerns included).
pub async fn figures(db: &impl ConnectionTrait, scope: Scope, id: i32, filter: &Filter, today: Date) -> AppResult<(Figures, Vec<MonthCounts>)> {
    let rows = select(scope, filter, today, true).filter(statistic::Column::ScopeId.eq(id)).into_model::<Row>().all(db).await?;
    let (first, last) = filter.period.months(today.year(), today.month() as u8);
    let this_month = super::month_key(today.year(), today.month() as u8);
    let today = today_key(today);
    let mut figures = Figures::default();
    let mut months: BTreeMap<String, Figures> = BTreeMap::new();
    for r in &rows {
        figures.add(r.measure, &r.label, r.n, &today);
        if r.measure == Measure::Received {
            months.entry(r.month.clone()).or_default().add(r.measure, &r.label, r.n, &today);
        }
    }
    let first = first.or_else(|| months.keys().next().cloned()).unwrap_or_else(|| this_month.clone());
    let months = super::months_between(&first, &last.unwrap_or(this_month))
        .into_iter()
        .map(|month| MonthCounts { counts: months.get(&month).map(|f| f.counts).unwrap_or_default(), month })
        .collect();
    Ok((figures, months))
}

/// The figures of every district or every office with concerns in the
/// filter, by id, counting only `measures` (a table of all districts leaves
/// out the timing histograms: they are most of the rows).
pub async fn per_member(db: &impl ConnectionTrait, scope: Scope, filter: &Filter, today: Date, measures: &[Measure]) -> AppResult<BTreeMap<i32, Figures>> {
    let rows = select(scope, filter, today, false).filter(statistic::Column::Measure.is_in(measures.to_vec())).into_model::<Row>().all(db).await?;
    let today = today_key(today);
    let mut out: BTreeMap<i32, Figures> = BTreeMap::new();
    for r in rows {
        out.entry(r.scope_id).or_default().add(r.measure, &r.label, r.n, &today);
    }
    Ok(out)
}

/// Deadlines already past are all alike to the figures ("overdue now"):
/// their counters are merged into one per month and category, so that the
/// table keeps a row per deadline only for the days still to come. The sums
/// stay exact; a counter the triggers write for a past day afterwards is
/// merged at the next run. Returns how many rows were merged away.
pub async fn compact(db: &sea_orm::DatabaseConnection, today: Date) -> AppResult<u64> {
    let (txn, _turn) = crate::db::begin_write(db).await?;
    if txn.get_database_backend() == sea_orm::DbBackend::Postgres {
        // No trigger may add a past day between the two statements below.
        txn.execute_unprepared("LOCK TABLE statistic IN SHARE ROW EXCLUSIVE MODE").await?;
    }
    let past = format!(
        "measure IN ('{}', '{}') AND label < '{}' AND label <> '{PAST_DUE}'",
        Measure::DueUnanswered.as_str(),
        Measure::DueAnswered.as_str(),
        today_key(today)
    );
    txn.execute_unprepared(&format!(
        "INSERT INTO statistic (scope, scope_id, measure, month, category_id, label, n) \
         SELECT scope, scope_id, measure, month, category_id, '{PAST_DUE}', SUM(n) FROM statistic WHERE {past} \
         GROUP BY scope, scope_id, measure, month, category_id \
         ON CONFLICT (scope, scope_id, measure, month, category_id, label) DO UPDATE SET n = statistic.n + excluded.n"
    ))
    .await?;
    let merged = txn.execute_unprepared(&format!("DELETE FROM statistic WHERE {past}")).await?.rows_affected();
    txn.commit().await?;
    Ok(merged)
}

/// Merges past deadlines now and then (see [`compact`]).
pub async fn run_worker(db: sea_orm::DatabaseConnection, interval: std::time::Duration) {
    loop {
        match compact(&db, time::OffsetDateTime::now_utc().date()).await {
            Ok(merged) if merged > 0 => tracing::info!(merged, "statistics: past deadlines merged"),
            Ok(_) => {}
            Err(e) => tracing::error!(error = %e, "statistics: merging past deadlines failed"),
        }
        tokio::time::sleep(interval).await;
    }
}
