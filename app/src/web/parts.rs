//! The parts of the application state a feature may ask for. Handlers name
//! them as axum sub-states (`State<Db>`, `State<ReportWriter>`, …, through
//! `FromRef`), server functions and page loaders through [`part`]; no
//! feature sees the whole state, which the server assembles.
use crate::error::AppError;
use crate::state::AppState;
use axum::extract::FromRef;

pub use domain::accounts::service::RecentAccounts;
pub use domain::concerns::map::SpotCache;
pub use domain::concerns::writer::ReportWriter;
pub use domain::rate_limit::RateLimit;
pub use domain::reference::ReferenceCache;
pub use domain::surveys::service::SurveyCache;
pub use domain::surveys::writer::ResponseWriter;
pub use leptos::config::LeptosOptions;

/// The database connection pool.
pub type Db = sea_orm::DatabaseConnection;
/// The settings the server started with.
pub type SharedSettings = std::sync::Arc<domain::config::Settings>;
/// Wakes the mail worker when something was queued.
pub type MailWakeup = std::sync::Arc<tokio::sync::Notify>;

/// One part of the state inside a server function or a page being rendered
/// (only that part is cloned, not the whole state).
pub fn part<T: FromRef<AppState>>() -> Result<T, AppError> {
    leptos::reactive::owner::with_context::<AppState, _>(T::from_ref).ok_or_else(|| AppError::Internal("application state missing".into()))
}

/// Renders pages again after a form was sent (with its input and errors):
/// the one part that needs the whole state, because the page's server
/// functions run inside the render.
#[derive(Clone)]
pub struct Pages(pub(super) AppState);

impl FromRef<AppState> for Pages {
    fn from_ref(state: &AppState) -> Self {
        Pages(state.clone())
    }
}
