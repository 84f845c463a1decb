//! Running Quartier for years (issue 16): mail goes out exactly once with
//! several server processes and a slow relay, and soon after an outage.
use crate::harness::{postgres_admin_url, random_suffix, smtp::Sink, Backend, Options, TempDir, TestApp};
use sea_orm::{ConnectionTrait, Database, Statement};
use crate::on_both_databases;
use std::collections::HashMap;
use std::time::{Duration, Instant};

on_both_databases!(
    mail_goes_out_once_with_two_processes_and_a_slow_relay,
    mail_resumes_soon_after_the_relay_comes_back,
    a_backup_under_load_restores_every_acknowledged_report,
);

async fn queue(app: &TestApp, people: usize, prefix: &str) {
    for i in 0..people {
        let email = format!("{prefix}{i}@example.org");
        let to = app::mail::Recipient { email: &email, lang: "de", plain: false };
        app::mail::enqueue(&app.db, to, "inactive-warning", &[("name", format!("Person {i}")), ("days", "30".into()), ("link", "http://127.0.0.1/login".into())])
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
