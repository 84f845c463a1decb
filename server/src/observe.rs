//! What an operator watches: `/readyz`, and `/metrics` in the Prometheus
//! text format (the `metrics` facade with `metrics-exporter-prometheus`).
//!
//! `/metrics` answers only with `Authorization: Bearer <QUARTIER_METRICS_TOKEN>`,
//! or without a token on the separate address `QUARTIER_METRICS_BIND`;
//! with neither configured it does not exist.
use app::state::AppState;
use axum::extract::{MatchedPath, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use metrics_exporter_prometheus::{PrometheusBuilder, PrometheusHandle};
use migrations::{Migrator, MigratorTrait};
use domain::mail::entity::mail_outbox;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Statement};
use std::sync::OnceLock;
use std::time::Instant;

/// One recorder per process (tests start several servers in one process).
fn handle() -> &'static PrometheusHandle {
    static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();
    HANDLE.get_or_init(|| {
        let buckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0];
        #[allow(clippy::expect_used, reason = "fixed, non-empty buckets")]
        let builder = PrometheusBuilder::new().set_buckets(&buckets).expect("fixed buckets are valid");
        match builder.install_recorder() {
            Ok(handle) => handle,
            // Another recorder is installed (not ours): render an empty one.
            Err(_) => PrometheusBuilder::new().build_recorder().handle(),
        }
    })
}

/// Installs the recorder before the first request is counted.
pub fn install() {
    let _ = handle();
}

/// The route pattern that answered a request, handed outwards on the response.
#[derive(Clone)]
struct RouteLabel(String);

/// Inside the router: notes which route pattern answered.
pub async fn mark_route(request: axum::extract::Request, next: axum::middleware::Next) -> Response {
    let route = request.extensions().get::<MatchedPath>().map(|p| p.as_str().to_string());
    let mut response = next.run(request).await;
    if let Some(route) = route {
        response.extensions_mut().insert(RouteLabel(route));
    }
    response
}

/// Around everything: counts every request by its route pattern (never the
/// raw path, which holds references and tokens) and status, with its
/// latency. Pages answered from the page cache or the fallback count as
/// "other".
pub async fn track(request: axum::extract::Request, next: axum::middleware::Next) -> Response {
    let method = request.method().to_string();
    let start = Instant::now();
    let response = next.run(request).await;
    let route = response.extensions().get::<RouteLabel>().map(|r| r.0.clone()).unwrap_or_else(|| "other".into());
    let status = response.status().as_u16().to_string();
    metrics::counter!("quartier_http_requests_total", "route" => route.clone(), "method" => method, "status" => status).increment(1);
    metrics::histogram!("quartier_http_request_duration_seconds", "route" => route).record(start.elapsed().as_secs_f64());
    response
}

async fn scalar(state: &AppState, sql: &str) -> Option<i64> {
    let db = &state.db;
    let row = db.query_one_raw(Statement::from_string(db.get_database_backend(), sql)).await.ok()??;
    row.try_get::<i64>("", "n").ok()
}

/// Values read at scrape time: the mail backlog, the pool, the writers.
async fn gauges(state: &AppState) {
    metrics::counter!("quartier_db_statements_total").absolute(state.statements.count());
    if let Some(n) = scalar(state, "SELECT COUNT(*) AS n FROM mail_outbox WHERE sent_at IS NULL").await {
        metrics::gauge!("quartier_mail_unsent").set(n as f64);
    }
    // Ids grow with time: the lowest unsent id is the oldest unsent mail.
    let oldest = mail_outbox::Entity::find()
        .filter(mail_outbox::Column::SentAt.is_null())
        .order_by_asc(mail_outbox::Column::Id)
        .one(&state.db)
        .await
        .ok()
        .flatten();
    let age = oldest.map(|m| (time::OffsetDateTime::now_utc() - m.created_at).as_seconds_f64()).unwrap_or(0.0);
    metrics::gauge!("quartier_mail_oldest_unsent_seconds").set(age);
    let (size, idle) = match state.db.get_database_backend() {
        sea_orm::DatabaseBackend::Sqlite => {
            let pool = state.db.get_sqlite_connection_pool();
            (pool.size(), pool.num_idle())
        }
        _ => {
            let pool = state.db.get_postgres_connection_pool();
            (pool.size(), pool.num_idle())
        }
    };
    metrics::gauge!("quartier_db_pool_connections").set(size as f64);
    metrics::gauge!("quartier_db_pool_idle").set(idle as f64);
    metrics::gauge!("quartier_writers_running").set(f64::from(u8::from(state.reports.is_running() && state.responses.is_running())));
}

/// Compares in constant time, so the token cannot be guessed byte by byte.
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// `/metrics` on the main address: only with the bearer token.
pub async fn metrics_with_token(State(state): State<AppState>, headers: HeaderMap, token: Option<std::sync::Arc<str>>) -> Response {
    let Some(token) = token.as_deref() else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let sent = headers.get(header::AUTHORIZATION).and_then(|v| v.to_str().ok()).and_then(|v| v.strip_prefix("Bearer ")).unwrap_or_default();
    if !same(sent.as_bytes(), token.as_bytes()) {
        return (StatusCode::UNAUTHORIZED, [(header::WWW_AUTHENTICATE, "Bearer")]).into_response();
    }
    render(&state).await
}

/// `/metrics` on the separate metrics address.
pub async fn metrics_open(State(state): State<AppState>) -> Response {
    render(&state).await
}

async fn render(state: &AppState) -> Response {
    gauges(state).await;
    ([(header::CONTENT_TYPE, "text/plain; version=0.0.4"), (header::CACHE_CONTROL, "no-store")], handle().render()).into_response()
}

/// Ready for traffic: the database answers, every migration is applied and
/// the batch writers run. A load balancer sends no requests before.
pub async fn readyz(State(state): State<AppState>) -> Response {
    let database = state.db.execute_unprepared("SELECT 1").await.is_ok();
    let migrations = database && Migrator::get_pending_migrations(&state.db).await.is_ok_and(|p| p.is_empty());
    let writers = state.reports.is_running() && state.responses.is_running();
    let word = |ok: bool| if ok { "ok" } else { "not ready" };
    let body = format!("database: {}\nmigrations: {}\nwriters: {}\n", word(database), word(migrations), word(writers));
    let status = if database && migrations && writers { StatusCode::OK } else { StatusCode::SERVICE_UNAVAILABLE };
    (status, [(header::CACHE_CONTROL, "no-store")], body).into_response()
}
