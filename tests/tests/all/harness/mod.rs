//! Spawns the real server on a random port with its own fresh database
//! (a SQLite file or a new PostgreSQL database), an SMTP sink on loopback,
//! and an HTTP client that keeps cookies.
pub mod browser;
pub mod geocoder;
pub mod smtp;
pub mod translator;

use rand::Rng;
use reqwest::cookie::{CookieStore, Jar};
use reqwest::redirect::Policy;
use sea_orm::{ConnectionTrait, Database, DatabaseConnection, Statement};
use server::config::Config;
use std::path::PathBuf;
use std::sync::Arc;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// The PostgreSQL server the tests use (user postgres, trust auth).
pub fn postgres_admin_url() -> String {
    std::env::var("QUARTIER_TEST_POSTGRES").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432".into())
}

pub struct Options {
    pub demo: bool,
    pub auth_attempts_per_minute: u32,
    /// A machine-translation service (see [`translator`]).
    pub translate_url: Option<String>,
    /// A geocoder (see [`geocoder`]).
    pub geocoder_url: Option<String>,
    /// Any other setting, as an operator would write it in the config file.
    pub configure: fn(&mut Config),
    /// Another mail relay than the test's sink (say, one that is down).
    pub smtp_url: Option<String>,
}

impl Default for Options {
    fn default() -> Self {
        Options { demo: true, auth_attempts_per_minute: 1000, translate_url: None, geocoder_url: None, configure: |_| {}, smtp_url: None }
    }
}

pub struct TestApp {
    pub base: String,
    pub state: app::state::AppState,
    pub db: DatabaseConnection,
    pub smtp: smtp::Sink,
    pub client: reqwest::Client,
    pub jar: Arc<Jar>,
    pg_database: Option<String>,
    /// What the server was started with, for a second process on the same data.
    pub config: Config,
    /// The last form token read, with the cookies it is bound to.
    csrf_seen: std::sync::Mutex<Option<(CsrfBinding, String)>>,
    _dir: TempDir,
}

type CsrfBinding = (Option<String>, Option<String>);

/// A directory removed when the test ends.
pub struct TempDir(pub PathBuf);
impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

pub fn random_suffix() -> String {
    let n: u64 = rand::rng().random();
    format!("{n:016x}")
}

pub fn site_root() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../site"))
}

impl TestApp {
    pub async fn spawn(backend: Backend) -> TestApp {
        Self::spawn_with(backend, Options::default()).await
    }

    pub async fn spawn_with(backend: Backend, options: Options) -> TestApp {
        // Server warnings and errors show up in the output of a failing test.
        let _ = tracing_subscriber::fmt()
            .with_env_filter(tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "warn,sqlx=error".into()))
            .with_test_writer()
            .try_init();
        let dir = TempDir(std::env::temp_dir().join(format!("quartier-test-{}", random_suffix())));
        std::fs::create_dir_all(&dir.0).unwrap();
        let (database_url, pg_database) = match backend {
            Backend::Sqlite => (format!("sqlite://{}/quartier.db?mode=rwc", dir.0.display()), None),
            Backend::Postgres => {
                let name = format!("quartier_test_{}", random_suffix());
                let admin = Database::connect(format!("{}/postgres", postgres_admin_url()))
                    .await
                    .expect("PostgreSQL answers on 127.0.0.1:5432");
                admin.execute_unprepared(&format!("CREATE DATABASE {name}")).await.unwrap();
                admin.close().await.unwrap();
                (format!("{}/{name}", postgres_admin_url()), Some(name))
            }
        };
        let smtp = smtp::Sink::start().await;
        let mut config = Config {
            database_url,
            smtp_url: Some(format!("smtp://127.0.0.1:{}", smtp.port)),
            data_dir: dir.0.clone(),
            site_root: site_root(),
            auth_attempts_per_minute: options.auth_attempts_per_minute,
            db_max_connections: 5,
            translate_url: options.translate_url.clone(),
            // Tests talk to loopback only: the maps show the boundaries alone.
            map_tiles_url: Some(String::new()),
            geocoder_url: options.geocoder_url.clone(),
            ..Config::default()
        };
        (options.configure)(&mut config);
        if let Some(url) = &options.smtp_url {
            config.smtp_url = Some(url.clone());
        }
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let running = server::start(config.clone(), listener).await.expect("server starts");
        if options.demo {
            server::demo::load(&running.state.db).await.expect("demo data loads");
        }
        let jar = Arc::new(Jar::default());
        let client = reqwest::Client::builder().cookie_provider(jar.clone()).redirect(Policy::none()).build().unwrap();
        TestApp {
            base: format!("http://{}", running.addr),
            state: running.state.clone(),
            db: running.state.db.clone(),
            smtp,
            client,
            jar,
            pg_database,
            config,
            csrf_seen: Default::default(),
            _dir: dir,
        }
    }

    /// A second browser on the same server, with cookies of its own.
    pub fn client_of(app: &TestApp) -> reqwest::Client {
        let _ = app;
        reqwest::Client::builder().cookie_store(true).redirect(Policy::none()).build().unwrap()
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    /// Drops this run's PostgreSQL database, then fails the test if a
    /// browser reported a Content-Security-Policy violation.
    pub async fn finish(self) {
        let violations = self.state.csp_violations.clone();
        if let Some(name) = &self.pg_database {
            self.db.clone().close().await.ok();
            if let Ok(admin) = Database::connect(format!("{}/postgres", postgres_admin_url())).await {
                let _ = admin.execute_unprepared(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).await;
                admin.close().await.ok();
            }
        }
        let n = violations.load(std::sync::atomic::Ordering::Relaxed);
        assert_eq!(n, 0, "the browser reported {n} Content-Security-Policy violations (the server logged them)");
    }

    pub fn cookie(&self, name: &str) -> Option<String> {
        let url = self.base.parse::<url::Url>().unwrap();
        let header = self.jar.cookies(&url)?;
        header
            .to_str()
            .ok()?
            .split(';')
            .filter_map(|p| p.trim().split_once('='))
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.to_string())
    }

    /// GET, returning status and body.
    pub async fn get(&self, path: &str) -> (u16, String) {
        self.get_with(path, &[]).await
    }

    pub async fn get_with(&self, path: &str, headers: &[(&str, &str)]) -> (u16, String) {
        let mut req = self.client.get(self.url(path));
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        let r = req.send().await.unwrap();
        (r.status().as_u16(), r.text().await.unwrap())
    }

    /// The form token this client's browser cookie and session get, read
    /// from a page as a browser would (it is bound to both, so it is read
    /// again whenever either changed, e.g. after signing in).
    pub async fn csrf(&self) -> String {
        let binding = || (self.cookie("quartier_csrf"), self.cookie("quartier_session"));
        if let Some((seen, token)) = self.csrf_seen.lock().unwrap().clone() {
            if seen == binding() {
                return token;
            }
        }
        let (_, page) = self.get("/privacy").await;
        let token = field_value(&page, "_csrf").expect("every page carries a form token");
        *self.csrf_seen.lock().unwrap() = Some((binding(), token.clone()));
        token
    }

    /// POSTs a form with the CSRF token.
    pub async fn post(&self, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        let token = self.csrf().await;
        let mut all: Vec<(&str, &str)> = vec![("_csrf", &token)];
        all.extend_from_slice(fields);
        self.client.post(self.url(path)).form(&all).send().await.unwrap()
    }

    /// POSTs a form and returns (status, Location header, body).
    pub async fn submit(&self, path: &str, fields: &[(&str, &str)]) -> (u16, String, String) {
        let r = self.post(path, fields).await;
        let status = r.status().as_u16();
        let location = r.headers().get("location").map(|v| v.to_str().unwrap().to_string()).unwrap_or_default();
        (status, location, r.text().await.unwrap())
    }

    /// POSTs a multipart form (with files: field, file name, content) and
    /// returns (status, Location header, body).
    pub async fn submit_files(&self, path: &str, fields: &[(&str, &str)], files: Vec<(&str, &str, Vec<u8>)>) -> (u16, String, String) {
        let mut form = reqwest::multipart::Form::new().text("_csrf", self.csrf().await);
        for (k, v) in fields {
            form = form.text(k.to_string(), v.to_string());
        }
        for (field, name, bytes) in files {
            form = form.part(field.to_string(), reqwest::multipart::Part::bytes(bytes).file_name(name.to_string()).mime_str("image/jpeg").unwrap());
        }
        let r = self.client.post(self.url(path)).multipart(form).send().await.unwrap();
        let status = r.status().as_u16();
        let location = r.headers().get("location").map(|v| v.to_str().unwrap().to_string()).unwrap_or_default();
        (status, location, r.text().await.unwrap())
    }

    pub async fn login(&self, email: &str, password: &str) {
        let (status, location, body) = self.submit("/login", &[("email", email), ("password", password)]).await;
        assert_eq!((status, location.as_str()), (303, "/?notice=logged-in"), "login of {email} failed: {}", text(&body));
    }

    pub async fn logout(&self) {
        let (status, _, _) = self.submit("/logout", &[]).await;
        assert_eq!(status, 303);
    }

    pub async fn count(&self, table: &str) -> i64 {
        self.scalar(&format!("SELECT COUNT(*) AS n FROM {table}")).await
    }

    /// The `n` column of every row.
    pub async fn column(&self, sql: &str) -> Vec<i64> {
        let backend = self.db.get_database_backend();
        let rows = self.db.query_all_raw(Statement::from_string(backend, sql.to_string())).await.unwrap();
        rows.iter().map(|row| row.try_get::<i64>("", "n").or_else(|_| row.try_get::<i32>("", "n").map(i64::from)).unwrap()).collect()
    }

    pub async fn scalar(&self, sql: &str) -> i64 {
        let backend = self.db.get_database_backend();
        let row = self.db.query_one_raw(Statement::from_string(backend, sql.to_string())).await.unwrap().unwrap();
        // COUNT(*) is a BIGINT, an id column an INTEGER on PostgreSQL.
        row.try_get::<i64>("", "n").or_else(|_| row.try_get::<i32>("", "n").map(i64::from)).unwrap()
    }

    /// The text column `v` of the first row a query returns.
    pub async fn text_value(&self, sql: &str) -> String {
        let backend = self.db.get_database_backend();
        let row = self.db.query_one_raw(Statement::from_string(backend, sql.to_string())).await.unwrap().expect("a row");
        row.try_get::<String>("", "v").unwrap()
    }
}

pub const DEMO_PASSWORD: &str = server::demo::DEMO_PASSWORD;
pub const ADMIN: &str = "admin@quartier.example";
pub const MODERATOR: &str = "moderator@quartier.example";
pub const STAFF: &str = "staff@quartier.example";
pub const RESIDENT: &str = "resident@quartier.example";

/// The visible text of a page, whitespace collapsed: what a person reads.
pub fn text(html: &str) -> String {
    let doc = scraper::Html::parse_document(html);
    let body = scraper::Selector::parse("body").unwrap();
    let mut out = String::new();
    if let Some(body) = doc.select(&body).next() {
        for node in body.descendants() {
            if let Some(t) = node.value().as_text() {
                let in_script = node.ancestors().any(|a| a.value().as_element().is_some_and(|e| e.name() == "script" || e.name() == "style"));
                if !in_script {
                    out.push_str(t);
                    out.push(' ');
                }
            }
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The value of the form control with this name.
pub fn field_value(html: &str, name: &str) -> Option<String> {
    let doc = scraper::Html::parse_document(html);
    let sel = scraper::Selector::parse(&format!("[name=\"{name}\"]")).unwrap();
    let el = doc.select(&sel).next()?;
    match el.value().name() {
        "textarea" => Some(el.text().collect()),
        "select" => {
            let opt = scraper::Selector::parse("option[selected]").unwrap();
            el.select(&opt).next().and_then(|o| o.value().attr("value").map(str::to_string))
        }
        _ => el.value().attr("value").map(str::to_string),
    }
}

pub fn html_attr(html: &str, selector: &str, attr: &str) -> Option<String> {
    let doc = scraper::Html::parse_document(html);
    let sel = scraper::Selector::parse(selector).unwrap();
    doc.select(&sel).next().and_then(|e| e.value().attr(attr).map(str::to_string))
}

/// Runs each named async test body once on SQLite and once on PostgreSQL.
#[macro_export]
macro_rules! on_both_databases {
    ($($name:ident),* $(,)?) => {
        $(
            mod $name {
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn sqlite() {
                    super::$name($crate::harness::Backend::Sqlite).await;
                }
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn postgres() {
                    super::$name($crate::harness::Backend::Postgres).await;
                }
            }
        )*
    };
}
