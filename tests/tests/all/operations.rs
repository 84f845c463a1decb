//! Running Quartier for years (issue 16): mail goes out exactly once with
//! several server processes and a slow relay, and soon after an outage.
use crate::harness::{postgres_admin_url, random_suffix, smtp::Sink, Backend, Options, TempDir, TestApp, ADMIN, DEMO_PASSWORD};
use sea_orm::{ConnectionTrait, Database, Statement};
use crate::on_both_databases;
use std::collections::HashMap;
use std::time::{Duration, Instant};

on_both_databases!(
    mail_goes_out_once_with_two_processes_and_a_slow_relay,
    mail_resumes_soon_after_the_relay_comes_back,
    a_backup_under_load_restores_every_acknowledged_report,
    kill_9_under_load_loses_no_acknowledged_report,
    a_journey_across_two_processes_mails_everyone_once,
    rate_limits_count_across_processes,
    caches_follow_changes_made_through_another_process,
);

async fn queue(app: &TestApp, people: usize, prefix: &str) {
    for i in 0..people {
        let email = format!("{prefix}{i}@example.org");
        let to = domain::mail::Recipient { email: &email, lang: "de", plain: false };
        domain::mail::enqueue(&app.db, to, "inactive-warning", &[("name", format!("Person {i}")), ("days", "30".into()), ("link", "http://127.0.0.1/login".into())])
            .await
            .unwrap();
    }
}

/// Waits until the sink holds `n` mails (at most `limit`).
async fn until_arrived(sink: &Sink, n: usize, limit: Duration) -> Duration {
    let start = Instant::now();
    while sink.all().len() < n {
        assert!(start.elapsed() < limit, "only {} of {n} mails arrived within {limit:?}", sink.all().len());
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    start.elapsed()
}

async fn mail_goes_out_once_with_two_processes_and_a_slow_relay(backend: Backend) {
    // A short lease: one process sends longer than the lease lasts, so only
    // renewing it keeps the other process from taking the same mails.
    let options = Options { demo: false, configure: |c| c.mail_lease_seconds = 2, ..Options::default() };
    let app = TestApp::spawn_with(backend, options).await;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let second = server::start(app.config.clone(), listener).await.expect("a second server process starts");
    app.smtp.slow_down(400);
    queue(&app, 60, "person").await;
    app.state.mail_wakeup.notify_one();
    second.state.mail_wakeup.notify_one();
    until_arrived(&app.smtp, 60, Duration::from_secs(60)).await;
    // Time for any second copy to show up.
    tokio::time::sleep(Duration::from_secs(3)).await;
    let mails = app.smtp.all();
    let mut per_person: HashMap<String, usize> = HashMap::new();
    for m in &mails {
        for to in &m.to {
            *per_person.entry(to.clone()).or_default() += 1;
        }
    }
    let twice: Vec<_> = per_person.iter().filter(|(_, n)| **n > 1).collect();
    assert!(twice.is_empty(), "mailed more than once: {twice:?}");
    assert_eq!((mails.len(), per_person.len()), (60, 60));
    assert_eq!(app.scalar("SELECT COUNT(*) AS n FROM mail_outbox WHERE sent_at IS NULL OR claimed_by IS NOT NULL").await, 0);
    assert_eq!(app.scalar("SELECT COUNT(*) AS n FROM mail_outbox WHERE attempts <> 1").await, 0);
    // Every mail carries the outbox's own Message-ID, the same on a retry.
    assert!(mails.iter().all(|m| m.raw.contains("Message-ID: <outbox-")), "{}", mails[0].raw);
    app.finish().await;
}

async fn mail_resumes_soon_after_the_relay_comes_back(backend: Backend) {
    // The relay's port, with nobody listening yet: an outage.
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let options = Options { demo: false, smtp_url: Some(format!("smtp://127.0.0.1:{port}")), ..Options::default() };
    let app = TestApp::spawn_with(backend, options).await;
    queue(&app, 20, "waiting").await;
    app.state.mail_wakeup.notify_one();
    tokio::time::sleep(Duration::from_secs(4)).await;
    // Nothing charged to the mails while the relay was down.
    assert_eq!(app.scalar("SELECT COUNT(*) AS n FROM mail_outbox WHERE attempts > 0 OR sent_at IS NOT NULL").await, 0);
    let relay = Sink::start_on(port).await;
    let took = until_arrived(&relay, 20, Duration::from_secs(30)).await;
    assert!(took < Duration::from_secs(30), "delivery resumed {took:?} after the relay came back");
    app.finish().await;
}

async fn a_backup_under_load_restores_every_acknowledged_report(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let roads = crate::concerns::category_id(&app, "roads").await;
    let district = crate::public::district_id(&app, "Roter Berg").await.to_string();
    let work = TempDir(std::env::temp_dir().join(format!("quartier-backup-{}", random_suffix())));
    std::fs::create_dir_all(&work.0).unwrap();
    let target = work.0.join("backup-1");

    // Reports keep coming while the backup is written.
    let acknowledged = std::sync::Mutex::new(Vec::<String>::new());
    let done = std::sync::atomic::AtomicBool::new(false);
    let load = async {
        let mut n = 0;
        while !done.load(std::sync::atomic::Ordering::Relaxed) || n < 20 {
            let title = format!("Bank kaputt Nr. {n}");
            let (status, location, _) = crate::concerns::report(
                &app,
                &[("title", &title), ("description", "Während der Sicherung."), ("category", &roads), ("district", &district), ("email", "last@example.org")],
            )
            .await;
            assert_eq!(status, 303);
            acknowledged.lock().unwrap().push(crate::concerns::reference_of(&location));
            n += 1;
        }
    };
    let take_backup = async {
        tokio::time::sleep(Duration::from_millis(500)).await;
        let before: Vec<String> = acknowledged.lock().unwrap().clone();
        let result = server::backup::backup(&app.config, &target).await;
        done.store(true, std::sync::atomic::Ordering::Relaxed);
        result.map(|_| before)
    };
    let (_, written) = tokio::join!(load, take_backup);
    let before_backup = written.expect("the backup is written while reports come in");
    assert!(!before_backup.is_empty(), "reports were acknowledged before the backup began");
    assert!(target.join("backup.json").exists());

    // Bad input: an existing folder, a folder that is no backup, a running server.
    let again = server::backup::backup(&app.config, &target).await.unwrap_err().to_string();
    assert!(again.contains("exists already"), "{again}");
    let not_a_backup = server::backup::restore(&app.config, &work.0).await.unwrap_err().to_string();
    assert!(not_a_backup.contains("is not a Quartier backup"), "{not_a_backup}");
    let running = server::backup::restore(&app.config, &target).await.unwrap_err().to_string();
    assert!(running.contains("server is running"), "{running}");

    let newer = work.0.join("from-a-newer-version");
    std::fs::create_dir_all(&newer).unwrap();
    let manifest = std::fs::read_to_string(target.join("backup.json")).unwrap().replace("\"migrations\": [", "\"migrations\": [\"m20991231_000001_future\",");
    std::fs::write(newer.join("backup.json"), manifest).unwrap();
    let refused = server::backup::restore(&app.config, &newer).await.unwrap_err().to_string();
    assert!(refused.contains("made by a newer Quartier"), "{refused}");

    // Restored into a fresh data folder and database.
    let mut fresh = app.config.clone();
    fresh.data_dir = work.0.join("fresh");
    let pg_name = format!("quartier_restore_{}", random_suffix());
    fresh.database_url = match backend {
        Backend::Sqlite => format!("sqlite://{}/quartier.db?mode=rwc", fresh.data_dir.display()),
        Backend::Postgres => {
            let admin = Database::connect(format!("{}/postgres", postgres_admin_url())).await.unwrap();
            admin.execute_unprepared(&format!("CREATE DATABASE {pg_name}")).await.unwrap();
            admin.close().await.unwrap();
            format!("{}/{pg_name}", postgres_admin_url())
        }
    };
    server::backup::restore(&fresh, &target).await.expect("the backup restores");
    let restored = Database::connect(&fresh.database_url).await.unwrap();
    let in_backup = |reference: String| {
        let restored = restored.clone();
        async move {
            let sql = format!("SELECT COUNT(*) AS n FROM concern WHERE reference = '{reference}'");
            let row = restored.query_one_raw(Statement::from_string(restored.get_database_backend(), sql)).await.unwrap().unwrap();
            row.try_get::<i64>("", "n").unwrap()
        }
    };
    for reference in before_backup {
        assert_eq!(in_backup(reference.clone()).await, 1, "{reference} acknowledged before the backup is in it");
    }
    let demo_admins = restored
        .query_one_raw(Statement::from_string(restored.get_database_backend(), "SELECT COUNT(*) AS n FROM account WHERE is_admin = true"))
        .await
        .unwrap()
        .unwrap()
        .try_get::<i64>("", "n")
        .unwrap();
    assert!(demo_admins >= 1, "the accounts came back");
    if backend == Backend::Sqlite {
        let verdict = restored.query_one_raw(Statement::from_string(restored.get_database_backend(), "PRAGMA integrity_check")).await.unwrap().unwrap();
        assert_eq!(verdict.try_get_by_index::<String>(0).unwrap(), "ok");
    }
    restored.close().await.unwrap();
    if backend == Backend::Postgres {
        let admin = Database::connect(format!("{}/postgres", postgres_admin_url())).await.unwrap();
        let _ = admin.execute_unprepared(&format!("DROP DATABASE IF EXISTS {pg_name} WITH (FORCE)")).await;
        admin.close().await.unwrap();
    }
    app.finish().await;
}

/// The `quartier` binary cargo built next to this test.
fn binary() -> std::path::PathBuf {
    let exe = std::env::current_exe().unwrap();
    let dir = exe.parent().and_then(|deps| deps.parent()).unwrap();
    let bin = dir.join("quartier");
    assert!(bin.exists(), "{} is built with the tests (cargo test -p server)", bin.display());
    bin
}

/// A real server process on a database, started and stopped as an operator does.
struct Process {
    child: std::process::Child,
    base: String,
}

/// A server a test left running (it failed, or never came up) is killed
/// and reaped rather than left behind.
impl Drop for Process {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

impl Process {
    fn env_for(data: &std::path::Path, database_url: &str) -> Vec<(String, String)> {
        vec![
            ("QUARTIER_DATABASE_URL".into(), database_url.into()),
            ("QUARTIER_DATA_DIR".into(), data.display().to_string()),
            ("QUARTIER_SITE_ROOT".into(), crate::harness::site_root().display().to_string()),
            ("QUARTIER_AUTH_ATTEMPTS_PER_MINUTE".into(), "100000".into()),
            ("RUST_LOG".into(), "warn".into()),
        ]
    }

    fn command(env: &[(String, String)], args: &[&str]) -> std::process::Command {
        let mut cmd = std::process::Command::new(binary());
        cmd.args(args).env_remove("QUARTIER_BASE_URL").env_remove("QUARTIER_SMTP_URL");
        for (k, v) in env {
            cmd.env(k, v);
        }
        cmd
    }

    async fn start(env: Vec<(String, String)>) -> Process {
        Self::start_behind(env, None).await
    }

    /// A server whose mails name `public` (a load balancer's address)
    /// instead of its own.
    async fn start_behind(env: Vec<(String, String)>, public: Option<String>) -> Process {
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let base = format!("http://127.0.0.1:{port}");
        let child = Self::command(&env, &["serve"])
            .env("QUARTIER_BIND", format!("127.0.0.1:{port}"))
            .env("QUARTIER_BASE_URL", public.as_deref().unwrap_or(&base))
            .stdout(std::process::Stdio::null())
            .spawn()
            .expect("quartier serve starts");
        let client = reqwest::Client::new();
        // Dropped unless it answers: the process is killed and reaped.
        let process = Process { child, base: base.clone() };
        for _ in 0..200 {
            if client.get(format!("{base}/healthz")).send().await.is_ok_and(|r| r.status().is_success()) {
                return process;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("the server did not come up on {base}");
    }

    fn signal(&self, name: &str) {
        let ok = std::process::Command::new("kill").args([&format!("-{name}"), &self.child.id().to_string()]).status().unwrap().success();
        assert!(ok, "kill -{name}");
    }

    /// Waits for the process to end; its exit status.
    async fn wait(mut self, limit: Duration) -> std::process::ExitStatus {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            assert!(start.elapsed() < limit, "the server did not stop within {limit:?}");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

/// Sends reports until the server stops answering; the references it acknowledged.
async fn report_until_gone(base: String, category: String, district: String, worker: usize) -> Vec<String> {
    let client = reqwest::Client::builder().cookie_store(true).redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let mut acknowledged = Vec::new();
    for n in 0.. {
        let Ok(page) = client.get(format!("{base}/report")).send().await else { break };
        let Ok(page) = page.text().await else { break };
        let (Some(csrf), Some(key)) = (crate::harness::field_value(&page, "_csrf"), crate::harness::field_value(&page, "submission_key")) else { break };
        let title = format!("Laterne {worker}-{n}");
        let form = [
            ("_csrf", csrf.as_str()),
            ("submission_key", key.as_str()),
            ("title", title.as_str()),
            ("description", "Seit Tagen dunkel."),
            ("category", category.as_str()),
            ("district", district.as_str()),
            ("email", "nachbar@example.org"),
        ];
        let Ok(r) = client.post(format!("{base}/report")).form(&form).send().await else { break };
        if r.status().as_u16() != 303 {
            break;
        }
        let location = r.headers()["location"].to_str().unwrap().to_string();
        acknowledged.push(crate::concerns::reference_of(&location));
    }
    acknowledged
}

async fn kill_9_under_load_loses_no_acknowledged_report(backend: Backend) {
    let fresh = Fresh::new(backend, "kill").await;
    let database_url = fresh.url.clone();
    let env = Process::env_for(&fresh.data.0, &database_url);
    assert!(Process::command(&env, &["demo"]).stdout(std::process::Stdio::null()).status().unwrap().success());
    let db = Database::connect(&database_url).await.unwrap();
    let category = Fresh::id_of(&db, "SELECT id FROM category WHERE key = 'roads'").await;
    let district = Fresh::id_of(&db, "SELECT id FROM district WHERE name = 'Roter Berg'").await;

    let server = Process::start(env.clone()).await;
    let workers: Vec<_> = (0..4).map(|w| tokio::spawn(report_until_gone(server.base.clone(), category.clone(), district.clone(), w))).collect();
    tokio::time::sleep(Duration::from_millis(1500)).await;
    server.signal("KILL");
    server.wait(Duration::from_secs(10)).await;
    let mut acknowledged = Vec::new();
    for w in workers {
        acknowledged.extend(w.await.unwrap());
    }
    assert!(acknowledged.len() >= 8, "reports were acknowledged before the kill: {}", acknowledged.len());

    // Restarted, every acknowledged report is there and the database is sound.
    let server = Process::start(env.clone()).await;
    for reference in &acknowledged {
        let sql = format!("SELECT COUNT(*) AS n FROM concern WHERE reference = '{reference}'");
        let n = db.query_one_raw(Statement::from_string(db.get_database_backend(), sql)).await.unwrap().unwrap().try_get::<i64>("", "n").unwrap();
        assert_eq!(n, 1, "{reference} was acknowledged before the kill");
    }
    if backend == Backend::Sqlite {
        let verdict = db.query_one_raw(Statement::from_string(db.get_database_backend(), "PRAGMA integrity_check")).await.unwrap().unwrap();
        assert_eq!(verdict.try_get_by_index::<String>(0).unwrap(), "ok");
    }
    // SIGTERM under load: requests in flight finish, the process ends with
    // success, and every report it acknowledged is stored.
    let workers: Vec<_> = (0..4).map(|w| tokio::spawn(report_until_gone(server.base.clone(), category.clone(), district.clone(), 10 + w))).collect();
    tokio::time::sleep(Duration::from_millis(1000)).await;
    server.signal("TERM");
    assert!(server.wait(Duration::from_secs(25)).await.success(), "SIGTERM ends the server with success");
    let mut acknowledged = Vec::new();
    for w in workers {
        acknowledged.extend(w.await.unwrap());
    }
    assert!(!acknowledged.is_empty(), "reports were acknowledged before SIGTERM");
    for reference in &acknowledged {
        let sql = format!("SELECT COUNT(*) AS n FROM concern WHERE reference = '{reference}'");
        let n = db.query_one_raw(Statement::from_string(db.get_database_backend(), sql)).await.unwrap().unwrap().try_get::<i64>("", "n").unwrap();
        assert_eq!(n, 1, "{reference} was acknowledged before SIGTERM");
    }
    db.close().await.unwrap();
    fresh.remove().await;
}

/// Half-sent requests are closed after the header timeout, connections over
/// the cap are closed at once, and a body declared too large is refused
/// before it is sent.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slow_and_greedy_clients_cannot_lock_others_out() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let options = Options {
        demo: false,
        configure: |c| {
            c.header_timeout_seconds = 1;
            c.max_connections = 20;
        },
        ..Options::default()
    };
    let app = TestApp::spawn_with(Backend::Sqlite, options).await;
    let addr = app.base.trim_start_matches("http://").to_string();
    let mut idle = Vec::new();
    for _ in 0..30 {
        let mut s = tokio::net::TcpStream::connect(&addr).await.unwrap();
        s.write_all(b"GET /concerns HTTP/1.1\r\nHost: quartier\r\n").await.unwrap();
        idle.push(s);
    }
    // At the cap, a new visitor still gets in: the oldest idle connection makes room.
    let start = Instant::now();
    let (status, _) = app.get("/healthz").await;
    assert_eq!(status, 200, "a visitor gets in while the cap is held by half-sent requests");
    assert!(start.elapsed() < Duration::from_secs(1), "at once: {:?}", start.elapsed());
    // Within the header timeout (and a little), every half-sent request is closed.
    for s in idle.iter_mut() {
        let mut buf = [0u8; 512];
        let read = tokio::time::timeout(Duration::from_secs(5), s.read(&mut buf)).await;
        assert!(matches!(read, Ok(Ok(_)) | Ok(Err(_))), "a half-sent request was still open after {:?}", start.elapsed());
    }
    assert!(start.elapsed() < Duration::from_secs(4), "closed after {:?}", start.elapsed());

    // A declared gigabyte is refused at once.
    let mut s = tokio::net::TcpStream::connect(&addr).await.unwrap();
    s.write_all(b"POST /report HTTP/1.1\r\nHost: quartier\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: 1000000000\r\n\r\n").await.unwrap();
    let mut answer = vec![0u8; 1024];
    let n = tokio::time::timeout(Duration::from_secs(2), s.read(&mut answer)).await.expect("an answer before any body").unwrap();
    let answer = String::from_utf8_lossy(&answer[..n]).to_string();
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
    assert!(answer.contains("Diese Anfrage ist zu groß."), "{answer}");
    // In the reader's language.
    let mut s = tokio::net::TcpStream::connect(&addr).await.unwrap();
    s.write_all(b"POST /login HTTP/1.1\r\nHost: quartier\r\nAccept-Language: en\r\nContent-Length: 5000000\r\n\r\n").await.unwrap();
    let mut answer = vec![0u8; 1024];
    let n = tokio::time::timeout(Duration::from_secs(2), s.read(&mut answer)).await.expect("an answer before any body").unwrap();
    let answer = String::from_utf8_lossy(&answer[..n]).to_string();
    assert!(answer.starts_with("HTTP/1.1 413") && answer.contains("This request is too large."), "{answer}");
    app.finish().await;
}

const METRICS_TOKEN: &str = "metrics-token-for-the-tests-0123456789";

/// `/readyz` says what is ready; `/metrics` is Prometheus text, for the
/// token holder only.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn operators_see_readiness_and_metrics() {
    let options = Options { configure: |c| c.metrics_token = Some(METRICS_TOKEN.into()), ..Options::default() };
    let app = TestApp::spawn_with(Backend::Sqlite, options).await;
    let (status, body) = app.get("/readyz").await;
    assert_eq!(status, 200);
    assert_eq!(body, "database: ok\nmigrations: ok\nwriters: ok\n");
    app.get("/concerns").await;

    let metrics = |token: Option<&str>| {
        let mut r = app.client.get(app.url("/metrics"));
        if let Some(t) = token {
            r = r.bearer_auth(t);
        }
        r.send()
    };
    assert_eq!(metrics(None).await.unwrap().status().as_u16(), 401);
    assert_eq!(metrics(Some("metrics-token-for-the-tests-0123456780")).await.unwrap().status().as_u16(), 401, "a wrong token");
    let r = metrics(Some(METRICS_TOKEN)).await.unwrap();
    assert_eq!(r.status().as_u16(), 200);
    let text = r.text().await.unwrap();
    let scrape = prometheus_parse::Scrape::parse(text.lines().map(|l| Ok(l.to_string()))).expect("Prometheus text format");
    let sample = |name: &str, label: Option<(&str, &str)>| {
        scrape.samples.iter().find(|s| s.metric == name && label.is_none_or(|(k, v)| s.labels.get(k) == Some(v))).map(|s| s.value.clone())
    };
    match sample("quartier_http_requests_total", Some(("route", "/concerns"))) {
        Some(prometheus_parse::Value::Counter(n)) => assert!(n >= 1.0, "{n}"),
        other => panic!("requests to /concerns are counted: {other:?}\n{text}"),
    }
    assert!(text.contains("quartier_http_request_duration_seconds_bucket{route=\"/concerns\""), "{text}");
    // A report goes through the batch writer, whose queue is then measured.
    let roads = crate::concerns::category_id(&app, "roads").await;
    let district = crate::public::district_id(&app, "Roter Berg").await.to_string();
    crate::concerns::report(&app, &[("title", "Laterne aus"), ("description", "Dunkel."), ("category", &roads), ("district", &district), ("email", "m@example.org")]).await;
    let text = metrics(Some(METRICS_TOKEN)).await.unwrap().text().await.unwrap();
    let scrape = prometheus_parse::Scrape::parse(text.lines().map(|l| Ok(l.to_string()))).expect("Prometheus text format");
    let sample = |name: &str, label: Option<(&str, &str)>| {
        scrape.samples.iter().find(|s| s.metric == name && label.is_none_or(|(k, v)| s.labels.get(k) == Some(v))).map(|s| s.value.clone())
    };
    assert!(sample("quartier_batch_queue_depth", Some(("queue", "reports"))).is_some(), "{text}");
    for gauge in ["quartier_mail_unsent", "quartier_mail_oldest_unsent_seconds", "quartier_db_pool_connections", "quartier_writers_running"] {
        assert!(sample(gauge, None).is_some(), "{gauge} in {text}");
    }
    assert!(!text.contains("@example") && !text.contains("Q-20"), "no addresses or references in the metrics");
    app.finish().await;
}

/// A fresh data folder and database for a test that runs the real binary.
struct Fresh {
    data: TempDir,
    url: String,
    pg_name: Option<String>,
}

impl Fresh {
    async fn new(backend: Backend, name: &str) -> Fresh {
        let data = TempDir(std::env::temp_dir().join(format!("quartier-{name}-{}", random_suffix())));
        std::fs::create_dir_all(&data.0).unwrap();
        let (url, pg_name) = match backend {
            Backend::Sqlite => (format!("sqlite://{}/quartier.db?mode=rwc", data.0.display()), None),
            Backend::Postgres => {
                let pg_name = format!("quartier_{name}_{}", random_suffix());
                let admin = Database::connect(format!("{}/postgres", postgres_admin_url())).await.unwrap();
                admin.execute_unprepared(&format!("CREATE DATABASE {pg_name}")).await.unwrap();
                admin.close().await.unwrap();
                (format!("{}/{pg_name}", postgres_admin_url()), Some(pg_name))
            }
        };
        Fresh { data, url, pg_name }
    }

    async fn id_of(db: &sea_orm::DatabaseConnection, sql: &str) -> String {
        db.query_one_raw(Statement::from_string(db.get_database_backend(), sql)).await.unwrap().unwrap().try_get::<i32>("", "id").unwrap().to_string()
    }

    async fn remove(self) {
        if let Some(name) = &self.pg_name {
            let admin = Database::connect(format!("{}/postgres", postgres_admin_url())).await.unwrap();
            let _ = admin.execute_unprepared(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).await;
            admin.close().await.unwrap();
        }
    }
}

/// Two `quartier serve` processes on one database behind one public
/// address: request 1 (the report) goes to A, request 2 (the confirmation)
/// and the office's answer go to B. Nobody gets any mail twice.
async fn a_journey_across_two_processes_mails_everyone_once(backend: Backend) {
    let fresh = Fresh::new(backend, "journey").await;
    let sink = Sink::start().await;
    let mut env = Process::env_for(&fresh.data.0, &fresh.url);
    env.push(("QUARTIER_SMTP_URL".into(), format!("smtp://127.0.0.1:{}", sink.port)));
    assert!(Process::command(&env, &["demo"]).stdout(std::process::Stdio::null()).status().unwrap().success());
    let a = Process::start(env.clone()).await;
    // Behind one load balancer both write the same public address into mails.
    let b = Process::start_behind(env.clone(), Some(a.base.clone())).await;
    let on_b = |link: &str| -> String { format!("{}{}", b.base, link.strip_prefix(&a.base).unwrap_or(link)) };
    let db = Database::connect(&fresh.url).await.unwrap();
    let green = Fresh::id_of(&db, "SELECT id FROM category WHERE key = 'green'").await;
    let district = Fresh::id_of(&db, "SELECT id FROM district WHERE name = 'Roter Berg'").await;
    let reporter = "zwei-prozesse@example.org";
    let client = reqwest::Client::builder().cookie_store(true).redirect(reqwest::redirect::Policy::none()).build().unwrap();

    // Request 1, to A: the report.
    let page = client.get(format!("{}/report", a.base)).send().await.unwrap().text().await.unwrap();
    let (csrf, key) = (crate::harness::field_value(&page, "_csrf").unwrap(), crate::harness::field_value(&page, "submission_key").unwrap());
    let form = [
        ("_csrf", csrf.as_str()),
        ("submission_key", key.as_str()),
        ("title", "Spielplatz kaputt"),
        ("description", "Die Schaukel ist abgerissen."),
        ("category", green.as_str()),
        ("district", district.as_str()),
        ("email", reporter),
    ];
    let r = client.post(format!("{}/report", a.base)).form(&form).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 303);
    let reference = crate::concerns::reference_of(r.headers()["location"].to_str().unwrap());
    // Request 2, to B: the confirmation link.
    let confirm = sink.wait_for(reporter, 1).await.link(&format!("{}/concerns/confirm?token=", a.base)).unwrap();
    let r = client.get(on_b(&confirm)).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 303);
    // The office answers on B through its mailed link.
    let office_link = sink.wait_for("amt-67@erfurt.example", 1).await.link(&format!("{}/office/link/", a.base)).unwrap();
    let page = client.get(on_b(&office_link)).send().await.unwrap().text().await.unwrap();
    let csrf = crate::harness::field_value(&page, "_csrf").expect("the office form");
    let r = client
        .post(on_b(&office_link))
        .form(&[("_csrf", csrf.as_str()), ("action", "status"), ("status", "done"), ("answer", "Die Schaukel wurde ersetzt.")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 303);
    sink.wait_for_text(reporter, "Die Schaukel wurde ersetzt.").await;
    // Both processes' workers had time to send anything twice.
    tokio::time::sleep(Duration::from_secs(3)).await;
    let mut seen: HashMap<(String, String), usize> = HashMap::new();
    for m in sink.all() {
        let subject = m.raw.lines().find(|l| l.starts_with("Subject:")).unwrap_or_default().to_string();
        for to in &m.to {
            *seen.entry((to.clone(), subject.clone())).or_default() += 1;
        }
    }
    let twice: Vec<_> = seen.iter().filter(|(_, n)| **n > 1).collect();
    assert!(twice.is_empty(), "mailed twice: {twice:?}");
    let to_reporter = seen.keys().filter(|(to, _)| to == reporter).count();
    assert!(to_reporter >= 3, "confirmation, receipt and answer: {seen:?}");
    let sql = format!("SELECT COUNT(*) AS n FROM concern WHERE reference = '{reference}' AND status = 'done'");
    let done = db.query_one_raw(Statement::from_string(db.get_database_backend(), sql)).await.unwrap().unwrap().try_get::<i64>("", "n").unwrap();
    assert_eq!(done, 1);
    db.close().await.unwrap();
    for server in [a, b] {
        server.signal("TERM");
        assert!(server.wait(Duration::from_secs(25)).await.success());
    }
    fresh.remove().await;
}

/// Wrong passwords sent alternately to two processes count together.
async fn rate_limits_count_across_processes(backend: Backend) {
    let app = TestApp::spawn_with(backend, Options { auth_attempts_per_minute: 4, ..Options::default() }).await;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let b = server::start(app.config.clone(), listener).await.expect("a second server process starts");
    let on_b = format!("http://{}", b.addr);
    let page = app.client.get(format!("{on_b}/login")).send().await.unwrap().text().await.unwrap();
    let csrf_b = crate::harness::field_value(&page, "_csrf").unwrap();
    let mut statuses = Vec::new();
    for attempt in 0..6 {
        let status = if attempt % 2 == 0 {
            app.submit("/login", &[("email", crate::harness::RESIDENT), ("password", "wrong password here")]).await.0
        } else {
            let form = [("_csrf", csrf_b.as_str()), ("email", crate::harness::RESIDENT), ("password", "wrong password here")];
            app.client.post(format!("{on_b}/login")).form(&form).send().await.unwrap().status().as_u16()
        };
        statuses.push(status);
    }
    assert_eq!(statuses, [422, 422, 422, 422, 429, 429], "four attempts a minute in all, whichever process answers");
    // Only digests of addresses are kept, and only for the current minutes.
    assert_eq!(app.scalar("SELECT COUNT(*) AS n FROM rate_limit WHERE bucket LIKE '%127.0.0.1%'").await, 0);
    app.finish().await;
}

/// What one process caches (reference data, public pages) shows another
/// process's change within the caches' stated lifetimes.
async fn caches_follow_changes_made_through_another_process(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let b = server::start(app.config.clone(), listener).await.expect("a second server process starts");
    let visitor = reqwest::Client::new();
    let on_b = |path: &str| format!("http://{}{path}", b.addr);
    let rieth = crate::public::district_id(&app, "Rieth").await;
    // B has both in its caches before the change.
    let page = |url: String| {
        let visitor = visitor.clone();
        async move { crate::harness::text(&visitor.get(url).send().await.unwrap().text().await.unwrap()) }
    };
    assert!(!page(on_b("/report")).await.contains("Lärmschutz"));
    assert!(!page(on_b(&format!("/districts/{rieth}"))).await.contains("Forum Rieth-Süd"));

    app.login(ADMIN, DEMO_PASSWORD).await;
    let names = [("key", "noise"), ("name_de", "Lärmschutz"), ("name_en", "Noise"), ("name_ar", "ضوضاء"), ("name_tr", "Gürültü"), ("name_uk", "Шум"), ("name_ru", "Шум")];
    assert_eq!(app.submit("/admin/categories/new", &names).await.0, 303);
    let category_added = Instant::now();
    let rieth_id = rieth.to_string();
    assert_eq!(app.submit("/admin/forums/new", &[("name", "Forum Rieth-Süd"), ("kind", "neighbourhood_forum"), ("districts", &rieth_id)]).await.0, 303);
    let forum_added = Instant::now();

    let shows_within = |since: Instant, limit: Duration, url: String, expected: &'static str| {
        let page = &page;
        async move {
            while !page(url.clone()).await.contains(expected) {
                assert!(since.elapsed() < limit, "{url} still lacks {expected:?} after {limit:?}");
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
        }
    };
    let slack = Duration::from_secs(1);
    shows_within(category_added, domain::reference::TTL + slack, on_b("/report"), "Lärmschutz").await;
    shows_within(forum_added, server::page_cache::TTL + slack, on_b(&format!("/districts/{rieth}")), "Forum Rieth-Süd").await;
    app.finish().await;
}
