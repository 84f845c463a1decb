//! Running Quartier for years (issue 16): mail goes out exactly once with
//! several server processes and a slow relay, and soon after an outage.
use crate::harness::{smtp::Sink, Backend, Options, TestApp};
use crate::on_both_databases;
use std::collections::HashMap;
use std::time::{Duration, Instant};

on_both_databases!(mail_goes_out_once_with_two_processes_and_a_slow_relay, mail_resumes_soon_after_the_relay_comes_back,);

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
