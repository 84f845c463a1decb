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

#[derive(Clone, FromRef)]
pub struct AppState {
    pub db: DatabaseConnection,
    pub settings: Arc<Settings>,
    pub leptos_options: LeptosOptions,
    /// Limits attempts at login, registration and password reset per address.
    pub rate_limit: domain::rate_limit::RateLimit,
    /// Wakes the mail worker when something was queued.
    pub mail_wakeup: Arc<Notify>,
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
    /// Content-Security-Policy violations browsers reported to this process.
    pub csp_violations: Arc<std::sync::atomic::AtomicU64>,
}
