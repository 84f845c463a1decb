//! Public statistics: what became of the concerns received in a period, for
//! the city (`/statistics`), each district and each office (their pages).
//! Every chart has its table beside it, and every table is a download.
#[cfg(feature = "ssr")]
pub mod handlers;
#[cfg(feature = "ssr")]
pub mod load;
pub mod participation;

use crate::charts::{Bar, BarChart};
use crate::error::PageError;
use crate::i18n::format::{decimal, int, percent};
use crate::i18n::{t, t_args};
use crate::layout::PageTitle;
use crate::pages::{ErrorView, Loading};
pub use domain::statistics::{Figures, Filter, MonthCounts, Period};
pub use domain::vocabulary::statistic::Scope;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use serde::{Deserialize, Serialize};

/// The figures of one city, district or office as a page shows them.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct ScopeStatistics {
    pub scope: Scope,
    pub id: i32,
    pub figures: Figures,
    pub months: Vec<MonthCounts>,
    /// Residents, for rates per 1,000 (districts and the city).
    pub population: Option<i64>,
    /// The filter as query parameters (`period=12m&category=3`).
    pub query: String,
}

/// One district or office in a table of all of them.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct MemberRow {
    pub id: i32,
    pub name: String,
    pub population: Option<i64>,
    pub figures: Figures,
}

/// The filter as the form shows it, with a message when it was refused.
#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq)]
pub struct FilterChoice {
    pub period: String,
    pub category: Option<i32>,
    /// (field, message key) of a refused value; the defaults were used.
    pub error: Option<(String, String)>,
    pub periods: Vec<(String, String)>,
    pub categories: Vec<(i32, String)>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct StatisticsData {
    pub choice: FilterChoice,
    pub city: ScopeStatistics,
    pub districts: Vec<MemberRow>,
    pub offices: Vec<MemberRow>,
}

#[server(endpoint = "statistics", input = server_fn::codec::GetUrl)]
pub async fn fetch_statistics(period: Option<String>, category: Option<String>) -> Result<StatisticsData, PageError> {
    Ok(load::city(period.as_deref(), category.as_deref()).await?)
}

#[server(endpoint = "statistics/scope", input = server_fn::codec::GetUrl)]
pub async fn fetch_scope(scope: Scope, id: i32, period: Option<String>, category: Option<String>) -> Result<(FilterChoice, ScopeStatistics), PageError> {
    Ok(load::scope(scope, id, period.as_deref(), category.as_deref()).await?)
}

fn filter_params() -> (Option<String>, Option<String>) {
    use_query_map().with_untracked(|q| (q.get("period"), q.get("category")))
}

#[component]
pub fn StatisticsPage() -> impl IntoView {
    let (period, category) = filter_params();
    let data = Resource::new(|| (), move |_| fetch_statistics(period.clone(), category.clone()));
    view! {
        <PageTitle text=t("statistics-title")/>
        <p class="lead">{t("statistics-intro")}</p>
        <p><a href="/statistics/participation">{t("statistics-participation-link")}</a></p>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(d) => view! {
                        <FilterForm choice=d.choice.clone() action="/statistics".into()/>
                        <ScopeFigures stats=d.city.clone()/>
                        <DistrictTable rows=d.districts.clone() query=d.city.query.clone()/>
                        <OfficeTable rows=d.offices.clone() query=d.city.query.clone()/>
                    }.into_any(),
                    Err(e) => view! { <ErrorView error=e/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// The statistics section of a district's or an office's page.
#[component]
pub fn ScopeSection(scope: Scope, id: i32, #[prop(into)] action: String) -> impl IntoView {
    let (period, category) = filter_params();
    let data = Resource::new(|| (), move |_| fetch_scope(scope, id, period.clone(), category.clone()));
    view! {
        <section aria-labelledby="statistics-heading">
            <h2 id="statistics-heading">{t("statistics-title")}</h2>
            <Suspense fallback=Loading>
                {move || {
                    let action = action.clone();
                    Suspend::new(async move {
                        match data.await {
                            Ok((choice, stats)) => view! {
                                <FilterForm choice action/>
                                <ScopeFigures stats/>
                            }.into_any(),
                            Err(e) => view! { <ErrorView error=e/> }.into_any(),
                        }
                    })
                }}
            </Suspense>
        </section>
    }
}

/// Period and category (where there are categories to choose), sent as
/// GET so every view has its own address; a forum's own figures keep their
/// forum.
#[component]
fn FilterForm(choice: FilterChoice, action: String, #[prop(default = None)] forum: Option<i32>) -> impl IntoView {
    let FilterChoice { period, category, error, periods, categories } = choice;
    let error_of = |field: &str| error.as_ref().filter(|(f, _)| f == field).map(|(_, key)| t(key));
    let (period_error, category_error) = (error_of("period"), error_of("category"));
    view! {
        <form method="get" action=format!("{action}#statistics-figures") class="filters">
            <div class="field" class:field-error=period_error.is_some()>
                <label for="statistics-period">{t("statistics-period")}</label>
                {period_error.clone().map(|e| view! { <p class="error" id="statistics-period-error">{e}</p> })}
                <select id="statistics-period" name="period" aria-invalid=period_error.is_some().then_some("true")
                    aria-describedby=period_error.is_some().then_some("statistics-period-error")>
                    {periods.into_iter().map(|(value, label)| {
                        let selected = value == period;
                        view! { <option value=value selected=selected>{label}</option> }
                    }).collect_view()}
                </select>
            </div>
            {forum.map(|f| view! { <input type="hidden" name="forum" value=f.to_string()/> })}
            {(!categories.is_empty()).then(|| view! {
            <div class="field" class:field-error=category_error.is_some()>
                <label for="statistics-category">{t("category")}</label>
                {category_error.clone().map(|e| view! { <p class="error" id="statistics-category-error">{e}</p> })}
                <select id="statistics-category" name="category" aria-invalid=category_error.is_some().then_some("true")
                    aria-describedby=category_error.is_some().then_some("statistics-category-error")>
                    <option value="">{t("statistics-all-categories")}</option>
                    {categories.into_iter().map(|(id, name)| {
                        let selected = Some(id) == category;
                        view! { <option value=id.to_string() selected=selected>{name}</option> }
                    }).collect_view()}
                </select>
            </div>
            })}
            <button type="submit">{t("statistics-show")}</button>
        </form>
    }
}

fn lang() -> String {
    crate::viewer::Viewer::current().lang
}

fn days(value: Option<f64>, lang: &str) -> String {
    value.map(|d| t_args("statistics-days", &[("days".into(), decimal(d, lang))])).unwrap_or_else(|| "–".into())
}

fn rate(value: Option<f64>, lang: &str) -> String {
    value.map(|r| percent(r * 100.0, lang)).unwrap_or_else(|| "–".into())
}

fn per_thousand(count: i64, population: Option<i64>, lang: &str) -> String {
    domain::statistics::per_thousand(count, population.and_then(|p| i32::try_from(p).ok())).map(|r| decimal(r, lang)).unwrap_or_else(|| "–".into())
}

/// "11/2026" with the reader's digits.
fn month_label(key: &str, lang: &str) -> String {
    let (year, month) = key.split_once('-').unwrap_or((key, ""));
    crate::i18n::format::digits(&format!("{}/{year}", month.trim_start_matches('0')), lang)
}

/// One sentence that says what the figures show.
fn summary(f: &Figures, lang: &str) -> String {
    if f.counts.received == 0 {
        return t("statistics-summary-none");
    }
    t_args("statistics-summary", &[
        ("received".into(), int(f.counts.received, lang)),
        ("done".into(), int(f.counts.done, lang)),
        ("median".into(), days(f.timings.median_answer_days(), lang)),
    ])
}

#[component]
fn ScopeFigures(stats: ScopeStatistics) -> impl IntoView {
    let lang = lang();
    let ScopeStatistics { scope, id, figures: f, months, population, query } = stats;
    let csv = match scope {
        Scope::City => format!("/statistics/months.csv?{query}"),
        Scope::District => format!("/statistics/months.csv?district={id}&{query}"),
        Scope::Office => format!("/statistics/months.csv?office={id}&{query}"),
    };
    let fact = |key: &str, value: String| view! { <dt>{t(key)}</dt><dd>{value}</dd> };
    let office = (scope == Scope::Office).then(|| view! {
        {fact("statistics-routed", int(f.handovers.routed, &lang))}
        {fact("statistics-forwarded", int(f.handovers.forwarded, &lang))}
        {fact("statistics-handed-back", int(f.handovers.handed_back, &lang))}
        {fact("statistics-answered", int(f.timings.answered(), &lang))}
    });
    view! {
        <div id="statistics-figures">
            <p class="summary">{summary(&f, &lang)}</p>
            <dl class="facts statistics-facts">
                {fact("statistics-received", int(f.counts.received, &lang))}
                {population.map(|p| fact("statistics-per-thousand", per_thousand(f.counts.received, Some(p), &lang)))}
                {fact("statistics-waiting", int(f.counts.waiting, &lang))}
                {fact("statistics-in-progress", int(f.counts.in_progress, &lang))}
                {fact("statistics-done", int(f.counts.done, &lang))}
                {fact("statistics-not-possible", int(f.counts.not_possible, &lang))}
                {fact("statistics-merged", int(f.counts.merged, &lang))}
                {office}
                {fact("statistics-median-answer", days(f.timings.median_answer_days(), &lang))}
                {fact("statistics-median-done", days(f.timings.median_done_days(), &lang))}
                {fact("statistics-on-time", rate(f.timings.on_time_rate(), &lang))}
                {fact("statistics-overdue", int(f.timings.overdue, &lang))}
            </dl>
            <MonthsView months csv/>
        </div>
    }
}

#[component]
fn MonthsView(months: Vec<MonthCounts>, csv: String) -> impl IntoView {
    let lang = lang();
    let max = months.iter().map(|m| m.counts.received).max().unwrap_or(0).max(1);
    let bars: Vec<Bar> = months
        .iter()
        .map(|m| Bar { label: month_label(&m.month, &lang), figures: int(m.counts.received, &lang), share: m.counts.received as f64 / max as f64, nonzero: m.counts.received > 0 })
        .collect();
    let busiest = months.iter().max_by_key(|m| m.counts.received).filter(|m| m.counts.received > 0);
    let sentence = match busiest {
        Some(m) => t_args("statistics-months-summary", &[("month".into(), month_label(&m.month, &lang)), ("count".into(), int(m.counts.received, &lang))]),
        None => t("statistics-summary-none"),
    };
    view! {
        <section class="result" aria-labelledby="statistics-months">
            <h3 id="statistics-months">{t("statistics-by-month")}</h3>
            <p class="summary">{sentence.clone()}</p>
            <div class="result-grid">
                <BarChart bars label=sentence/>
                <div class="table-scroll">
                <table>
                    <caption class="visually-hidden">{t("statistics-by-month")}</caption>
                    <thead><tr>
                        <th scope="col">{t("statistics-month")}</th>
                        <th scope="col">{t("statistics-received")}</th>
                        <th scope="col">{t("statistics-waiting")}</th>
                        <th scope="col">{t("statistics-in-progress")}</th>
                        <th scope="col">{t("statistics-done")}</th>
                        <th scope="col">{t("statistics-not-possible")}</th>
                    </tr></thead>
                    <tbody>
                        {months.into_iter().rev().map(|m| view! {
                            <tr>
                                <th scope="row">{month_label(&m.month, &lang)}</th>
                                <td>{int(m.counts.received, &lang)}</td>
                                <td>{int(m.counts.waiting, &lang)}</td>
                                <td>{int(m.counts.in_progress, &lang)}</td>
                                <td>{int(m.counts.done, &lang)}</td>
                                <td>{int(m.counts.not_possible, &lang)}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
                </div>
            </div>
            <p><a href=csv download="">{t("statistics-download")}</a></p>
        </section>
    }
}

#[component]
fn DistrictTable(rows: Vec<MemberRow>, query: String) -> impl IntoView {
    let lang = lang();
    view! {
        <section aria-labelledby="statistics-districts">
            <h2 id="statistics-districts">{t("statistics-by-district")}</h2>
            <p>{t("statistics-by-district-note")}</p>
            <div class="table-scroll">
            <table>
                <caption class="visually-hidden">{t("statistics-by-district")}</caption>
                <thead><tr>
                    <th scope="col">{t("concern-district")}</th>
                    <th scope="col">{t("statistics-received")}</th>
                    <th scope="col">{t("statistics-per-thousand")}</th>
                    <th scope="col">{t("statistics-done")}</th>
                    <th scope="col">{t("statistics-on-time")}</th>
                    <th scope="col">{t("statistics-overdue")}</th>
                </tr></thead>
                <tbody>
                    {rows.into_iter().map(|r| view! {
                        <tr>
                            <th scope="row"><a href=format!("/districts/{}#statistics-heading", r.id)>{r.name}</a></th>
                            <td>{int(r.figures.counts.received, &lang)}</td>
                            <td>{per_thousand(r.figures.counts.received, r.population, &lang)}</td>
                            <td>{int(r.figures.counts.done, &lang)}</td>
                            <td>{rate(r.figures.timings.on_time_rate(), &lang)}</td>
                            <td>{int(r.figures.timings.overdue, &lang)}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
            </div>
            <p><a href=format!("/statistics/districts.csv?{query}") download="">{t("statistics-download")}</a></p>
        </section>
    }
}

#[component]
fn OfficeTable(rows: Vec<MemberRow>, query: String) -> impl IntoView {
    let lang = lang();
    view! {
        <section aria-labelledby="statistics-offices">
            <h2 id="statistics-offices">{t("statistics-by-office")}</h2>
            <div class="table-scroll">
            <table>
                <caption class="visually-hidden">{t("statistics-by-office")}</caption>
                <thead><tr>
                    <th scope="col">{t("office")}</th>
                    <th scope="col">{t("statistics-routed")}</th>
                    <th scope="col">{t("statistics-forwarded")}</th>
                    <th scope="col">{t("statistics-handed-back")}</th>
                    <th scope="col">{t("statistics-answered")}</th>
                    <th scope="col">{t("statistics-on-time")}</th>
                    <th scope="col">{t("statistics-median-answer")}</th>
                </tr></thead>
                <tbody>
                    {rows.into_iter().map(|r| view! {
                        <tr>
                            <th scope="row"><a href=format!("/offices/{}", r.id)>{r.name}</a></th>
                            <td>{int(r.figures.handovers.routed, &lang)}</td>
                            <td>{int(r.figures.handovers.forwarded, &lang)}</td>
                            <td>{int(r.figures.handovers.handed_back, &lang)}</td>
                            <td>{int(r.figures.timings.answered(), &lang)}</td>
                            <td>{rate(r.figures.timings.on_time_rate(), &lang)}</td>
                            <td>{days(r.figures.timings.median_answer_days(), &lang)}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
            </div>
            <p><a href=format!("/statistics/offices.csv?{query}") download="">{t("statistics-download")}</a></p>
        </section>
    }
}
