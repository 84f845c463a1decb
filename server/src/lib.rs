//! The Quartier server: configuration, database, migrations, sessions, mail
//! delivery, static files and the HTTP router around the Leptos app.
pub mod page_cache;
pub mod backup;
pub mod config;
pub mod demo;
pub mod demo_survey;
pub mod mail;
mod sessions;
pub mod security_headers;
pub mod serve;
pub mod observe;

use app::state::AppState;
use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;
use config::Config;
use leptos::config::LeptosOptions;
use leptos_axum::{generate_route_list, LeptosRoutes};
use migrations::{Migrator, MigratorTrait};
use sea_orm::{ConnectOptions, ConnectionTrait, Database, DatabaseConnection};
use std::net::SocketAddr;
use std::time::Duration;
use tower_http::compression::CompressionLayer;
use tower_http::services::ServeDir;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;
use tower_sessions::cookie::{time::Duration as CookieDuration, SameSite};
use tower_sessions::{Expiry, SessionManagerLayer};

pub use sessions::DbSessionStore;

const STYLESHEET: &str = include_str!("../../app/style/quartier.css");
const FAVICON: &str = include_str!("../../app/style/favicon.svg");
/// The maps (an enhancement; Leaflet itself is served from /pkg/leaflet).
const MAP_SCRIPT: &str = include_str!("../../app/assets/map.js");

/// Opens the database named in the configuration; for SQLite the file and
/// its folder are created when missing.
pub async fn connect(config: &Config) -> anyhow::Result<DatabaseConnection> {
    if let Some(path) = config.database_url.strip_prefix("sqlite://") {
        let file = path.split('?').next().unwrap_or_default();
        if let Some(dir) = std::path::Path::new(file).parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)?;
        }
    }
    let full_sync = config.sqlite_synchronous != "normal";
    let mut options = ConnectOptions::new(config.database_url.clone());
    options
        .max_connections(config.db_max_connections)
        .min_connections(1)
        .acquire_timeout(Duration::from_secs(10))
        // A connection is pinged before use only after 30 s idle (the ones
        // a server or firewall may have dropped), not on every checkout:
        // that ping was one more round trip for each transaction.
        .test_before_acquire_if_idle_for(Duration::from_secs(30))
        // Statements are not logged, slow ones are (a sign of lock contention).
        .sqlx_logging(true)
        .sqlx_logging_level(log::LevelFilter::Trace)
        .sqlx_slow_statements_logging_settings(log::LevelFilter::Warn, Duration::from_secs(1))
        // Set on every connection of the pool (a PRAGMA sent once reaches
        // one connection only): WAL lets readers go on while one connection
        // writes. FULL syncs the log at every commit, so an acknowledged
        // report survives a power loss too (NORMAL only a killed process);
        // the batch writers commit many reports at once, which keeps it cheap.
        .map_sqlx_sqlite_opts(move |o| {
            use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
            let sync = if full_sync { SqliteSynchronous::Full } else { SqliteSynchronous::Normal };
            o.journal_mode(SqliteJournalMode::Wal).synchronous(sync).foreign_keys(true).busy_timeout(Duration::from_secs(10))
        });
    Ok(Database::connect(options).await?)
}

/// Applies pending migrations. Processes started at once (an upgrade of
/// several servers) take turns: the others wait for the first and then find
/// nothing left to do, instead of failing halfway through a migration that
/// is already being applied. PostgreSQL: an advisory lock held on a
/// connection of its own (released if the process dies); SQLite: an
/// exclusive lock on a file beside the database.
pub async fn migrate(config: &Config, db: &DatabaseConnection) -> anyhow::Result<()> {
    apply_migrations(config, db).await?;
    // Counters a migration cannot compute (hashed e-mail addresses): built
    // once from the stored rows; a second process finds them built.
    if domain::statistics::participation::record::ensure_built(db).await? {
        tracing::info!("participation monitor: counters built from the stored rows");
    }
    Ok(())
}

async fn apply_migrations(config: &Config, db: &DatabaseConnection) -> anyhow::Result<()> {
    if db.get_database_backend() == sea_orm::DbBackend::Postgres {
        let mut options = ConnectOptions::new(config.database_url.clone());
        options.max_connections(1).min_connections(1).sqlx_logging(false);
        let lock = Database::connect(options).await?;
        let taken = lock.query_one_raw(sea_orm::Statement::from_string(sea_orm::DbBackend::Postgres, format!("SELECT pg_try_advisory_lock({MIGRATION_LOCK}) AS taken"))).await?;
        if !taken.map(|row| row.try_get::<bool>("", "taken")).transpose()?.unwrap_or(false) {
            tracing::info!("another process is migrating the database; waiting for it");
            lock.execute_unprepared(&format!("SELECT pg_advisory_lock({MIGRATION_LOCK})")).await?;
        }
        let result = Migrator::up(db, None).await;
        lock.execute_unprepared(&format!("SELECT pg_advisory_unlock({MIGRATION_LOCK})")).await?;
        lock.close().await?;
        return Ok(result?);
    }
    let Some(file) = config.database_url.strip_prefix("sqlite://").map(|rest| rest.split('?').next().unwrap_or_default()).filter(|f| !f.is_empty() && !f.starts_with(':')) else {
        return Ok(Migrator::up(db, None).await?);
    };
    let path = format!("{file}.migrate.lock");
    let lock = std::fs::OpenOptions::new().create(true).truncate(false).write(true).open(&path).map_err(|e| anyhow::anyhow!("cannot open {path}: {e}"))?;
    if lock.try_lock().is_err() {
        tracing::info!("another process is migrating the database; waiting for it");
        let lock = lock.try_clone()?;
        tokio::task::spawn_blocking(move || lock.lock()).await??;
    }
    // Closing the file (at the end of this function) releases the lock.
    Ok(Migrator::up(db, None).await?)
}

/// Any fixed number, the same in every process ("quartier" in ASCII).
const MIGRATION_LOCK: i64 = 0x7175_6172_7469_6572;

/// The application state: the connection pool, the settings, the caches
/// and the batch writers (started here, inside the server's runtime).
fn assemble(mut db: DatabaseConnection, settings: domain::config::Settings, leptos_options: LeptosOptions) -> AppState {
    let settings = std::sync::Arc::new(settings);
    let statements = std::sync::Arc::new(domain::db::StatementLog::default());
    statements.attach(&mut db);
    let accounts = domain::accounts::service::RecentAccounts::new(settings.session_lifetimes.cache_for());
    AppState::new(app::state::StateParts {
        responses: domain::surveys::writer::ResponseWriter::start(db.clone()),
        reports: domain::concerns::writer::ReportWriter::start(db.clone(), settings.clone()),
        rate_limit: domain::rate_limit::RateLimit { per_minute: settings.auth_attempts_per_minute.max(1) },
        db,
        settings,
        leptos_options,
        mail_wakeup: Default::default(),
        accounts,
        reference: Default::default(),
        spots: Default::default(),
        surveys: Default::default(),
        csp_violations: Default::default(),
        statements,
    })
}

fn leptos_options(config: &Config, addr: SocketAddr) -> LeptosOptions {
    LeptosOptions::builder()
        .output_name("quartier")
        .site_root(config.site_root.to_string_lossy().to_string())
        .site_pkg_dir("pkg")
        .site_addr(addr)
        .build()
}

async fn healthz(State(state): State<AppState>) -> impl IntoResponse {
    match state.db.execute_unprepared("SELECT 1").await {
        Ok(_) => (StatusCode::OK, "ok"),
        Err(e) => {
            tracing::error!(error = %e, "health check: database does not answer");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable")
        }
    }
}

fn asset(body: &'static str, content_type: &'static str) -> impl IntoResponse {
    ([(header::CONTENT_TYPE, content_type), (header::CACHE_CONTROL, "public, max-age=3600")], body)
}

/// The routes of the Leptos app, generated once per process. Generating them
/// suspends resource loading process-wide (leptos issue #4773), so a second
/// server started in the same process (as tests do) would stall the pages
/// another server is rendering at that moment.
fn route_list() -> Vec<leptos_axum::AxumRouteListing> {
    static ROUTES: std::sync::OnceLock<Vec<leptos_axum::AxumRouteListing>> = std::sync::OnceLock::new();
    ROUTES.get_or_init(|| generate_route_list(app::App)).clone()
}

/// The complete HTTP application.
pub fn router(state: AppState, sessions: DbSessionStore, metrics_token: Option<String>) -> Router {
    let options = state.leptos_options.clone();
    let routes = route_list();
    let pkg_dir = std::path::Path::new(options.site_root.as_ref()).join(options.site_pkg_dir.as_ref());
    let context_state = state.clone();
    let secure = state.settings.secure_cookies();

    let session_layer = SessionManagerLayer::new(sessions)
        .with_name("quartier_session")
        .with_http_only(true)
        .with_same_site(SameSite::Lax)
        .with_secure(secure)
        .with_expiry(Expiry::OnInactivity(CookieDuration::days(14)));

    let metrics_token: Option<std::sync::Arc<str>> = metrics_token.map(Into::into);
    Router::new()
        .route("/healthz", get(healthz))
        .route("/readyz", get(observe::readyz))
        .route(
            "/metrics",
            get(move |state: State<AppState>, headers: axum::http::HeaderMap| observe::metrics_with_token(state, headers, metrics_token.clone())),
        )
        .route(
            security_headers::REPORT_PATH,
            axum::routing::post(security_headers::csp_report).layer(axum::extract::DefaultBodyLimit::max(16 * 1024)),
        )
        .route("/assets/quartier.css", get(|| async { asset(STYLESHEET, "text/css; charset=utf-8") }))
        .route("/assets/favicon.svg", get(|| async { asset(FAVICON, "image/svg+xml") }))
        .route("/assets/map.js", get(|| async { asset(MAP_SCRIPT, "text/javascript; charset=utf-8") }))
        .nest_service(
            "/pkg",
            tower::ServiceBuilder::new()
                .layer(SetResponseHeaderLayer::if_not_present(header::CACHE_CONTROL, header::HeaderValue::from_static("public, max-age=300")))
                .service(ServeDir::new(pkg_dir)),
        )
        .merge(app::form_routes(&state).into_router())
        .route(
            "/api/{*fn_name}",
            get(server_fn_handler).post(server_fn_handler),
        )
        .leptos_routes_with_context(
            &state,
            routes,
            move || leptos::prelude::provide_context(context_state.clone()),
            {
                let options = options.clone();
                move || app::shell(options.clone())
            },
        )
        .route_layer(axum::middleware::from_fn(observe::mark_route))
        .fallback(leptos_axum::file_and_error_handler::<AppState, _>(app::shell))
        .layer(axum::middleware::from_fn_with_state(std::sync::Arc::new(page_cache::PageCache::default()), page_cache::layer))
        .layer(axum::middleware::from_fn_with_state(state.clone(), app::web::request_context))
        .layer(session_layer)
        .layer(CompressionLayer::new())
        .layer(tower_http::trace::TraceLayer::new_for_http().on_response(
            |response: &axum::response::Response, latency: Duration, _span: &tracing::Span| {
                if latency > Duration::from_secs(2) {
                    tracing::warn!(status = %response.status(), ?latency, "slow request");
                }
            },
        ))
        .layer(TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, Duration::from_secs(30)))
        .layer(axum::middleware::from_fn(refuse_declared_oversize))
        .layer(axum::middleware::from_fn(observe::track))
        .layer(axum::middleware::from_fn_with_state(
            security_headers::SecurityHeaders { https: secure, tiles: state.settings.map_tiles.as_ref().and_then(|t| t.origin()) },
            security_headers::layer,
        ))
        .with_state(state)
}

/// axum's body limit for every route that sets none.
const DEFAULT_BODY_LIMIT: usize = 2 * 1024 * 1024;

/// A body declared larger than its route takes is refused before a byte of
/// it is read, instead of after the client sent (or failed to send) it.
async fn refuse_declared_oversize(request: axum::extract::Request, next: axum::middleware::Next) -> axum::response::Response {
    let limit = app::body_limit(request.uri().path()).unwrap_or(DEFAULT_BODY_LIMIT);
    let declared = request.headers().get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()).and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > limit as u64) {
        let text = domain::i18n::translate(app::web::reader_language(request.headers()), false, "error-request-too-large");
        return (StatusCode::PAYLOAD_TOO_LARGE, [(header::CONNECTION, "close")], text).into_response();
    }
    next.run(request).await
}

async fn server_fn_handler(State(state): State<AppState>, request: axum::extract::Request) -> impl IntoResponse {
    leptos_axum::handle_server_fns_with_context(move || leptos::prelude::provide_context(state.clone()), request).await
}

/// A started server: its address and state, for tests and the binary.
pub struct Running {
    pub addr: SocketAddr,
    pub state: AppState,
    pub task: tokio::task::JoinHandle<()>,
}

/// Connects, migrates, starts the mail worker and session cleanup, and serves
/// on `listener`. `base_url` defaults to the listener's address.
pub async fn start(mut config: Config, listener: tokio::net::TcpListener) -> anyhow::Result<Running> {
    let addr = listener.local_addr()?;
    if std::env::var("QUARTIER_BASE_URL").is_err() && config.base_url == Config::default().base_url {
        config.base_url = format!("http://{addr}");
    }
    // Shared with other servers on this data folder; `quartier restore` needs it alone.
    let server_lock = backup::hold_as_server(&config.data_dir)?;
    let db = connect(&config).await?;
    migrate(&config, &db).await?;
    let state = assemble(db, config.settings()?, leptos_options(&config, addr));
    let db = state.db.clone();

    if let Some(dir) = config.backup_dir.clone() {
        tokio::spawn(backup::run_periodic(config.clone(), dir, Duration::from_secs(config.backup_every_hours.max(1) * 3600), config.backup_keep.max(1)));
    }

    let mailer = mail::Mailer::new(config.smtp_url.as_deref(), &config.data_dir)?;
    let from = config.mail_from.parse().map_err(|e| anyhow::anyhow!("QUARTIER_MAIL_FROM: {e}"))?;
    tokio::spawn(mail::run_worker(db.clone(), mailer, from, state.mail_wakeup.clone(), Duration::from_secs(config.mail_lease_seconds.max(2))));

    tokio::spawn(domain::concerns::deadlines::run_worker(
        db.clone(),
        state.settings.clone(),
        Duration::from_secs(config.deadline_check_seconds),
        state.mail_wakeup.clone(),
    ));

    // Hourly: the statistics keep one counter per past deadline only until then.
    tokio::spawn(domain::statistics::service::run_worker(db.clone(), Duration::from_secs(3600)));

    tokio::spawn(domain::privacy::retention::run_worker(
        db.clone(),
        state.settings.clone(),
        Duration::from_secs(config.retention_check_seconds.max(60)),
        state.mail_wakeup.clone(),
    ));

    let sessions = DbSessionStore::new(db.clone(), state.settings.session_lifetimes.cache_for());
    let cleanup = sessions.clone();
    tokio::spawn(async move {
        loop {
            if let Err(e) = cleanup.delete_expired().await {
                tracing::warn!(error = %e, "session cleanup");
            }
            tokio::time::sleep(Duration::from_secs(3600)).await;
        }
    });

    observe::install();
    if let Some(bind) = config.metrics_bind.clone() {
        let metrics_listener = tokio::net::TcpListener::bind(&bind).await.map_err(|e| anyhow::anyhow!("QUARTIER_METRICS_BIND {bind}: {e}"))?;
        let metrics_app = Router::new().route("/metrics", get(observe::metrics_open)).with_state(state.clone());
        tokio::spawn(async move {
            let _ = axum::serve(metrics_listener, metrics_app).await;
        });
    }
    let app = router(state.clone(), sessions, config.metrics_token.clone());
    let limits = serve::Limits {
        header_timeout: Duration::from_secs(config.header_timeout_seconds.max(1)),
        max_connections: config.max_connections.max(1),
        grace: Duration::from_secs(config.shutdown_grace_seconds),
    };
    let task = tokio::spawn(async move {
        let _server_lock = server_lock;
        serve::serve(listener, app, limits, shutdown_signal()).await;
    });
    Ok(Running { addr, state, task })
}

/// Ctrl-C, or SIGTERM as systemd and container runtimes send it.
async fn shutdown_signal() {
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    tokio::select! {
        _ = tokio::signal::ctrl_c() => {}
        _ = terminate => {}
    }
}
