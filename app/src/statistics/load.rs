//! Gathers what the statistics pages and downloads show: the filter is read
//! once here, so a page and its table's download never disagree.
use super::{FilterChoice, MemberRow, ScopeStatistics, StatisticsData};
use crate::error::AppError;
use crate::web::parts::{part, Db, ReferenceCache};
use domain::reference::Reference;
use domain::statistics::{service, Filter, Period};
use domain::vocabulary::statistic::{Measure, Scope};
use sea_orm::DatabaseConnection;
use std::sync::Arc;
use time::{Date, OffsetDateTime};

/// How many years back the period choice offers.
const YEARS_OFFERED: i32 = 5;

/// Today for the figures (UTC, as the counters' months are).
pub fn today() -> Date {
    OffsetDateTime::now_utc().date()
}

/// Reads `period` and `category`. A refused value gives the default in its
/// place and a message for its field, so the page still shows figures.
pub fn choose(reference: &Reference, lang: &str, period: Option<&str>, category: Option<&str>, today: Date) -> (Filter, FilterChoice) {
    let mut error = None;
    let period = match Period::parse(period.unwrap_or_default().trim(), today.year()) {
        Ok(p) => p,
        Err(key) => {
            error = Some(("period".to_string(), key.to_string()));
            Period::default()
        }
    };
    let categories = reference.category_names(lang);
    let category = match category.map(str::trim).filter(|c| !c.is_empty()) {
        None => None,
        Some(text) => match text.parse::<i32>().ok().filter(|id| categories.iter().any(|(c, _)| c == id)) {
            Some(id) => Some(id),
            None => {
                error.get_or_insert(("category".to_string(), "error-unknown-category".to_string()));
                None
            }
        },
    };
    let mut periods = vec![("12m".to_string(), crate::i18n::translate(lang, false, "statistics-period-12m"))];
    periods.extend((0..YEARS_OFFERED).map(|back| {
        let year = (today.year() - back).to_string();
        (year.clone(), crate::i18n::format::digits(&year, lang))
    }));
    periods.push(("all".to_string(), crate::i18n::translate(lang, false, "statistics-period-all")));
    let filter = Filter { period, category };
    (filter, FilterChoice { period: period.as_param(), category, error, periods, categories })
}

/// The filter as query parameters for links and downloads.
pub fn query(filter: &Filter) -> String {
    match filter.category {
        Some(c) => format!("period={}&category={c}", filter.period.as_param()),
        None => format!("period={}", filter.period.as_param()),
    }
}

fn city_population(reference: &Reference) -> Option<i64> {
    // A rate for the city only when every district's population is known.
    reference.districts.iter().map(|d| d.population.map(i64::from)).sum()
}

/// The figures of one scope; a district or office that does not exist is
/// not found.
pub async fn scope_statistics(db: &DatabaseConnection, reference: &Reference, scope: Scope, id: i32, filter: &Filter, today: Date) -> Result<ScopeStatistics, AppError> {
    let population = match scope {
        Scope::City => city_population(reference),
        Scope::District => reference.districts.iter().find(|d| d.id == id).ok_or(AppError::NotFound)?.population.map(i64::from),
        Scope::Office => {
            reference.offices.iter().find(|o| o.id == id).ok_or(AppError::NotFound)?;
            None
        }
    };
    let (figures, months) = service::figures(db, scope, id, filter, today).await?;
    Ok(ScopeStatistics { scope, id, figures, months, population, query: query(filter) })
}

/// Every district (by name) and every office (by code) with its figures.
pub async fn members(db: &DatabaseConnection, reference: &Reference, filter: &Filter, today: Date) -> Result<(Vec<MemberRow>, Vec<MemberRow>), AppError> {
    // Districts: counts, on-time rate and overdue (their medians are on
    // their own pages); offices: everything, as they are few.
    let district_measures = [Measure::Received, Measure::OnTime, Measure::DueUnanswered, Measure::DueAnswered];
    let mut by_district = service::per_member(db, Scope::District, filter, today, &district_measures).await?;
    let mut by_office = service::per_member(db, Scope::Office, filter, today, &Measure::ALL).await?;
    let districts = reference
        .districts
        .iter()
        .map(|d| MemberRow { id: d.id, name: d.name.clone(), population: d.population.map(i64::from), figures: by_district.remove(&d.id).unwrap_or_default() })
        .collect();
    let offices = reference
        .offices
        .iter()
        .map(|o| MemberRow { id: o.id, name: format!("{} {}", o.code, o.name), population: None, figures: by_office.remove(&o.id).unwrap_or_default() })
        .collect();
    Ok((districts, offices))
}

/// What both pages start from: the database, the reference data, today
/// and the filter read from the request.
async fn begin(period: Option<&str>, category: Option<&str>) -> Result<(Db, Arc<Reference>, Date, Filter, FilterChoice), AppError> {
    let db: Db = part()?;
    let cache: ReferenceCache = part()?;
    let reference = cache.get(&db).await?;
    let lang = crate::viewer::Viewer::current().lang;
    let today = today();
    let (filter, choice) = choose(&reference, &lang, period, category, today);
    Ok((db, reference, today, filter, choice))
}

/// `/statistics`.
pub async fn city(period: Option<&str>, category: Option<&str>) -> Result<StatisticsData, AppError> {
    let (db, reference, today, filter, choice) = begin(period, category).await?;
    let city = scope_statistics(&db, &reference, Scope::City, 0, &filter, today).await?;
    let (districts, offices) = members(&db, &reference, &filter, today).await?;
    Ok(StatisticsData { choice, city, districts, offices })
}

/// The statistics section of a district's or an office's page.
pub async fn scope(scope: Scope, id: i32, period: Option<&str>, category: Option<&str>) -> Result<(FilterChoice, ScopeStatistics), AppError> {
    let (db, reference, today, filter, choice) = begin(period, category).await?;
    Ok((choice, scope_statistics(&db, &reference, scope, id, &filter, today).await?))
}
