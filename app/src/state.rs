//! The shape of the application state. The server (the composition root)
//! assembles it and starts what runs behind it; features never name it:
//! handlers take its parts as axum sub-states and server functions through
//! `web::parts::part` (see `web/parts.rs`).
use axum::extract::FromRef;
use leptos::config::LeptosOptions;
use sea_orm::DatabaseConnection;
use domain::config::Settings;
use std::sync::Arc;
use tokio::sync::Notify;

/// Cloned for every request and render: one reference count, whatever
/// the parts are.
#[derive(Clone)]
pub struct AppState(Arc<StateParts>);

impl AppState {
    pub fn new(parts: StateParts) -> Self {
        AppState(Arc::new(parts))
    }
}

impl std::ops::Deref for AppState {
    type Target = StateParts;
    fn deref(&self) -> &StateParts {
        &self.0
    }
}

/// Each part as an axum sub-state (`State<Db>`, …).
macro_rules! parts {
    ($($field:ident: $ty:ty),* $(,)?) => {
        $(impl FromRef<AppState> for $ty {
            fn from_ref(state: &AppState) -> Self {
                state.0.$field.clone()
            }
        })*
    };
}

parts!(
    db: DatabaseConnection,
    settings: Arc<Settings>,
    leptos_options: LeptosOptions,
    rate_limit: domain::rate_limit::RateLimit,
    mail_wakeup: Arc<Notify>,
    accounts: domain::accounts::service::RecentAccounts,
    reference: domain::reference::ReferenceCache,
    spots: domain::concerns::map::SpotCache,
    surveys: domain::surveys::service::SurveyCache,
    responses: domain::surveys::writer::ResponseWriter,
    reports: domain::concerns::writer::ReportWriter,
    statements: Arc<domain::db::StatementLog>,
);

pub struct StateParts {
    pub db: DatabaseConnection,
    pub settings: Arc<Settings>,
    pub leptos_options: LeptosOptions,
    /// Limits attempts at login, registration and password reset per address.
    pub rate_limit: domain::rate_limit::RateLimit,
    /// Wakes the mail worker when something was queued.
    pub mail_wakeup: Arc<Notify>,
    /// Signed-in accounts read lately (a few seconds).
    pub accounts: domain::accounts::service::RecentAccounts,
    /// Categories, districts and offices, cached for public pages.
    pub reference: domain::reference::ReferenceCache,
    /// Spots of the public concerns, cached for the maps.
    pub spots: domain::concerns::map::SpotCache,
    /// Published surveys, cached for answering.
    pub surveys: domain::surveys::service::SurveyCache,
    /// Writes online and interview responses in batches.
    pub responses: domain::surveys::writer::ResponseWriter,
    /// Writes reports without photos in batches.
    pub reports: domain::concerns::writer::ReportWriter,
    /// Statements sent to the database by this process.
    pub statements: Arc<domain::db::StatementLog>,
    /// Content-Security-Policy violations browsers reported to this process.
    pub csp_violations: Arc<std::sync::atomic::AtomicU64>,
}
