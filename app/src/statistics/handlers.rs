//! The statistics tables as downloads: `/statistics/months.csv` (the city,
//! or `district=` / `office=`), `/statistics/districts.csv`,
//! `/statistics/offices.csv`; each also as `-excel.csv` and `.xlsx`.
use super::load;
use super::{MemberRow, ScopeStatistics};
use crate::error::AppError;
use crate::web::parts::{Db, ReferenceCache};
use crate::web::Routes;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use domain::spreadsheet::{write, Cell, Column, Format, Table};
use domain::statistics::Figures;
use domain::vocabulary::statistic::Scope;
use std::collections::HashMap;

pub fn routes() -> Routes {
    Routes::new().get("/statistics/{file}", download)
}

async fn download(
    State(db): State<Db>,
    State(cache): State<ReferenceCache>,
    Path(file): Path<String>,
    Query(q): Query<HashMap<String, String>>,
    req: axum::extract::Request,
) -> Response {
    let (parts, _) = req.into_parts();
    let viewer = parts.extensions.get::<crate::viewer::Viewer>().cloned().unwrap_or_default();
    let lang = viewer.language().to_string();
    let result = async {
        let (name, format) = Format::of_file(&file).ok_or(AppError::NotFound)?;
        let reference = cache.get(&db).await?;
        if name == "participation" {
            let period = q.get("period").map(String::as_str);
            let data = super::participation::load::gather(&db, &reference, &viewer, period, q.get("forum").map(String::as_str)).await?;
            if let Some((field, key)) = data.choice.error {
                return Err(AppError::Invalid(vec![crate::error::FieldError::new(&field, &key)]));
            }
            return Ok((format!("quartier-participation-{}", data.choice.period), format, write(&participation_table(&data.monitor, &lang), format)?));
        }
        let today = load::today();
        let (filter, choice) = load::choose(&reference, &lang, q.get("period").map(String::as_str), q.get("category").map(String::as_str), today);
        if let Some((field, key)) = choice.error {
            return Err(AppError::Invalid(vec![crate::error::FieldError::new(&field, &key)]));
        }
        let id = |key: &str| q.get(key).map(|v| v.parse::<i32>().map_err(|_| AppError::NotFound)).transpose();
        let table = match name {
            "months" => {
                let (scope, id) = match (id("district")?, id("office")?) {
                    (Some(d), _) => (Scope::District, d),
                    (None, Some(o)) => (Scope::Office, o),
                    (None, None) => (Scope::City, 0),
                };
                months_table(&load::scope_statistics(&db, &reference, scope, id, &filter, today).await?, &lang)
            }
            "districts" | "offices" => {
                let (districts, offices) = load::members(&db, &reference, &filter, today).await?;
                if name == "districts" { members_table(&districts, &lang, true) } else { members_table(&offices, &lang, false) }
            }
            _ => return Err(AppError::NotFound),
        };
        Ok((format!("quartier-statistics-{name}-{}", filter.period.as_param()), format, write(&table, format)?))
    }
    .await;
    match result {
        Ok((name, format, body)) => {
            let extension = match format {
                Format::Csv => ".csv",
                Format::ExcelCsv => "-excel.csv",
                Format::Xlsx => ".xlsx",
            };
            (
                [
                    (header::CONTENT_TYPE, format.content_type().to_string()),
                    (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{name}{extension}\"")),
                    // Public figures: a minute on the way is as fresh as the counters
                    // need. A forum's own figures are for its moderators only.
                    (header::CACHE_CONTROL, if q.contains_key("forum") { "private, no-store" } else { "public, max-age=60" }.to_string()),
                ],
                body,
            )
                .into_response()
        }
        Err(e) => crate::web::failure(&viewer, e),
    }
}

fn column(id: &str, key: &str, lang: &str) -> Column {
    Column { id: id.into(), label: crate::i18n::translate(lang, false, key) }
}

fn count_columns(lang: &str) -> Vec<Column> {
    vec![
        column("received", "statistics-received", lang),
        column("waiting", "statistics-waiting", lang),
        column("in_progress", "statistics-in-progress", lang),
        column("done", "statistics-done", lang),
        column("not_possible", "statistics-not-possible", lang),
        column("merged", "statistics-merged", lang),
    ]
}

fn count_cells(f: &Figures) -> Vec<Cell> {
    let c = f.counts;
    vec![Cell::Int(c.received), Cell::Int(c.waiting), Cell::Int(c.in_progress), Cell::Int(c.done), Cell::Int(c.not_possible), Cell::Int(c.merged)]
}

fn optional(value: Option<f64>, places: usize) -> Cell {
    value.map_or(Cell::Empty, |v| Cell::Decimal(v, places))
}

/// The classes, then the districts; counts from 1 to 4 as "<5", without a rate.
fn participation_table(monitor: &domain::statistics::participation::Monitor, lang: &str) -> Table {
    use domain::statistics::participation::Shown;
    use domain::vocabulary::participation::Reach;
    let mut columns = vec![
        column("group", "monitor-group", lang),
        column("name", "monitor-name", lang),
        column("id", "statistics-id", lang),
        column("population", "district-population", lang),
    ];
    columns.extend(Reach::ALL.iter().map(|r| column(&format!("people_{}", r.as_str()), &format!("monitor-people-{}", r.as_str()), lang)));
    columns.push(column("people_per_1000", "statistics-per-thousand", lang));
    let cell = |s: Shown| match s {
        Shown::FewerThanFive => Cell::Text("<5".into()),
        Shown::People { n, .. } => Cell::Int(n),
    };
    let rows = monitor
        .classes
        .iter()
        .chain(&monitor.districts)
        .map(|g| {
            let mut row = vec![Cell::Text(g.group.as_str().into()), Cell::Text(g.name.clone()), Cell::Int(g.id.into()), g.population.map_or(Cell::Empty, Cell::Int)];
            row.extend(Reach::ALL.iter().map(|r| cell(g.shown(*r))));
            row.push(optional(g.shown(Reach::All).per_thousand(), 2));
            row
        })
        .collect();
    Table { columns, rows, sheet: crate::i18n::translate(lang, false, "monitor-title") }
}

fn months_table(stats: &ScopeStatistics, lang: &str) -> Table {
    let mut columns = vec![column("month", "statistics-month", lang)];
    columns.extend(count_columns(lang));
    let rows = stats
        .months
        .iter()
        .map(|m| {
            let mut row = vec![Cell::Text(m.month.clone())];
            row.extend(count_cells(&Figures { counts: m.counts, ..Default::default() }));
            row
        })
        .collect();
    Table { columns, rows, sheet: crate::i18n::translate(lang, false, "statistics-by-month") }
}

fn members_table(members: &[MemberRow], lang: &str, districts: bool) -> Table {
    let mut columns = vec![column("id", "statistics-id", lang), column("name", if districts { "concern-district" } else { "office" }, lang)];
    if districts {
        columns.push(column("population", "district-population", lang));
    }
    columns.extend(count_columns(lang));
    if districts {
        columns.push(column("received_per_1000", "statistics-per-thousand", lang));
    } else {
        columns.extend([
            column("routed", "statistics-routed", lang),
            column("forwarded", "statistics-forwarded", lang),
            column("handed_back", "statistics-handed-back", lang),
        ]);
    }
    if !districts {
        columns.extend([
            column("answered", "statistics-answered", lang),
            column("median_days_to_answer", "statistics-median-answer", lang),
            column("median_days_to_done", "statistics-median-done", lang),
        ]);
    }
    columns.extend([column("on_time_rate", "statistics-on-time", lang), column("overdue", "statistics-overdue", lang)]);
    let rows = members
        .iter()
        .map(|m| {
            let f = &m.figures;
            let mut row = vec![Cell::Int(m.id.into()), Cell::Text(m.name.clone())];
            if districts {
                row.push(m.population.map_or(Cell::Empty, Cell::Int));
            }
            row.extend(count_cells(f));
            if districts {
                row.push(optional(domain::statistics::per_thousand(f.counts.received, m.population.and_then(|p| i32::try_from(p).ok())), 2));
            } else {
                row.extend([Cell::Int(f.handovers.routed), Cell::Int(f.handovers.forwarded), Cell::Int(f.handovers.handed_back)]);
            }
            if !districts {
                row.extend([Cell::Int(f.timings.answered()), optional(f.timings.median_answer_days(), 1), optional(f.timings.median_done_days(), 1)]);
            }
            row.extend([optional(f.timings.on_time_rate(), 3), Cell::Int(f.timings.overdue)]);
            row
        })
        .collect();
    Table { columns, rows, sheet: crate::i18n::translate(lang, false, if districts { "statistics-by-district" } else { "statistics-by-office" }) }
}
