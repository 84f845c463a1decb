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
    if let Some(category) = filter.category {
        q = q.filter(statistic::Column::CategoryId.eq(category));
    }
    q
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
/// filter, by id.
pub async fn per_member(db: &impl ConnectionTrait, scope: Scope, filter: &Filter, today: Date) -> AppResult<BTreeMap<i32, Figures>> {
    let rows = select(scope, filter, today, false).into_model::<Row>().all(db).await?;
    let today = today_key(today);
    let mut out: BTreeMap<i32, Figures> = BTreeMap::new();
    for r in rows {
        out.entry(r.scope_id).or_default().add(r.measure, &r.label, r.n, &today);
    }
    Ok(out)
}
