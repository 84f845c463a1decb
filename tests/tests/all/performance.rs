//! What a page costs the database, and sign-ins read without a statement
//! per request. The figures themselves (requests per second) are measured
//! by `scripts/bench`, not here.
use crate::harness::{text, Backend, Options, TestApp, DEMO_PASSWORD, RESIDENT, STAFF};
use crate::on_both_databases;
use std::time::Duration;

on_both_databases!(
    pages_cost_few_statements,
    a_list_page_sends_the_same_sql_text_whatever_its_position,
    sign_out_and_a_new_password_end_a_sign_in_on_every_process,
);

/// The statements one GET of `path` sent, the least of three tries: the
/// background workers (mail, deadlines) may send one of theirs meanwhile,
/// never three times in a row at the same moment.
async fn statements_for(app: &TestApp, paths: [&str; 3]) -> Sent {
    let mut least = Sent(usize::MAX, Vec::new());
    for path in paths {
        app.state.statements.record();
        let (status, _) = app.get(path).await;
        let texts = app.state.statements.recorded();
        assert_eq!(status, 200, "{path}");
        if texts.len() < least.0 {
            least = Sent(texts.len(), texts);
        }
    }
    least
}

/// How many statements, and their SQL (shown when a bound is exceeded).
struct Sent(usize, Vec<String>);

impl std::fmt::Display for Sent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} statements:", self.0)?;
        for sql in &self.1 {
            write!(f, "\n  {sql}")?;
        }
        Ok(())
    }
}

/// Three list positions nobody asked for yet (the page cache has none).
async fn list_positions(app: &TestApp, filter: &str) -> [String; 3] {
    let newest = app.scalar("SELECT MAX(id) AS n FROM concern").await;
    [1, 2, 3].map(|k| format!("/concerns?{filter}before={}", newest + 1 - k))
}

async fn pages_cost_few_statements(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    server::demo::generate_concerns(&app.db, 120, false).await.unwrap();
    let mut references = Vec::new();
    for offset in 0..3 {
        references.push(app.text_value(&format!("SELECT reference AS v FROM concern WHERE hidden = false ORDER BY id DESC LIMIT 1 OFFSET {offset}")).await);
    }
    // The reference data (categories, districts, offices) is read once per
    // process and then kept: read it before counting.
    app.get("/concerns").await;
    let concern_pages = |suffix: &str| references.iter().map(|r| format!("/concerns/{r}{suffix}")).collect::<Vec<_>>();

    let anonymous_list = list_positions(&app, "").await;
    let n = statements_for(&app, anonymous_list.each_ref().map(String::as_str)).await;
    assert!(n.0 <= 2, "an anonymous list page sent {n}");
    let filtered = list_positions(&app, "status=open&").await;
    let n = statements_for(&app, filtered.each_ref().map(String::as_str)).await;
    assert!(n.0 <= 2, "a filtered list page sent {n}");
    let pages = concern_pages("?a");
    let n = statements_for(&app, [&pages[0], &pages[1], &pages[2]].map(String::as_str)).await;
    // The concern, its timeline, comments and photos (the target is
    // three: the photos are still a statement of their own).
    assert!(n.0 <= 4, "an anonymous concern page sent {n}");

    let anonymous_health = statements_for(&app, ["/healthz"; 3]).await;
    app.login(RESIDENT, DEMO_PASSWORD).await;
    let (_, page) = app.get("/account").await;
    assert!(text(&page).contains("Abmelden"), "signed in");
    let list = list_positions(&app, "").await;
    let n = statements_for(&app, list.each_ref().map(String::as_str)).await;
    assert!(n.0 <= 2, "a signed-in list page sent {n}");
    let pages = concern_pages("");
    let n = statements_for(&app, [&pages[0], &pages[1], &pages[2]].map(String::as_str)).await;
    assert!(n.0 <= 5, "a signed-in concern page sent {n}");
    let n = statements_for(&app, ["/healthz"; 3]).await;
    assert_eq!(n.0, anonymous_health.0, "a signed-in health check reads no session: {n}");
    app.logout().await;

    app.login(STAFF, DEMO_PASSWORD).await;
    let n = statements_for(&app, ["/office", "/office?show=all", "/office?sort=newest"]).await;
    assert!(n.0 <= 3, "the office inbox sent {n}");
    app.finish().await;
}

/// sqlx keeps a prepared statement per SQL text and connection: list pages
/// at different positions must send the same texts, or every page would be
/// parsed and planned again.
async fn a_list_page_sends_the_same_sql_text_whatever_its_position(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    server::demo::generate_concerns(&app.db, 120, false).await.unwrap();
    app.get("/concerns").await;
    let newest = app.scalar("SELECT MAX(id) AS n FROM concern").await;
    app.state.statements.record();
    for k in 1..=10 {
        let (status, _) = app.get(&format!("/concerns?before={}", newest + 1 - k)).await;
        assert_eq!(status, 200);
    }
    let texts = app.state.statements.recorded();
    let mut distinct = texts.clone();
    distinct.sort();
    distinct.dedup();
    assert!(!texts.is_empty());
    assert!(distinct.len() * 5 <= texts.len(), "{} statements, {} different texts: {distinct:#?}", texts.len(), distinct.len());
    app.finish().await;
}

/// Whether the session cookie `session` is signed in on `base`.
async fn signed_in_at(base: &str, session: &str) -> bool {
    let page = reqwest::Client::new()
        .get(format!("{base}/account"))
        .header("cookie", format!("quartier_session={session}"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    !text(&page).contains("Bitte melden Sie sich an")
}

/// A process reuses what it read of a sign-in for a few seconds: the
/// process that signs out (or takes the new password) ends the session at
/// once, every other process within that time, here one second. The
/// session cookie is replayed by hand, as someone who copied it would.
async fn sign_out_and_a_new_password_end_a_sign_in_on_every_process(backend: Backend) {
    let options = Options { configure: |c| c.session_cache_seconds = 1, ..Options::default() };
    let app = TestApp::spawn_with(backend, options).await;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let b = server::start(app.config.clone(), listener).await.expect("a second server process starts");
    let on_b = format!("http://{}", b.addr);
    let cache = Duration::from_millis(1100);

    app.login(RESIDENT, DEMO_PASSWORD).await;
    let session = app.cookie("quartier_session").unwrap();
    assert!(signed_in_at(&app.base, &session).await && signed_in_at(&on_b, &session).await, "both processes know the sign-in");
    app.logout().await;
    assert!(!signed_in_at(&app.base, &session).await, "signed out at once where it happened");
    tokio::time::sleep(cache).await;
    assert!(!signed_in_at(&on_b, &session).await, "signed out on the other process within its cache time");

    // A second browser of the same person; the first changes the password.
    let other = TestApp::client_of(&app);
    let page = other.get(app.url("/login")).send().await.unwrap().text().await.unwrap();
    let csrf = crate::harness::field_value(&page, "_csrf").unwrap();
    let form = [("_csrf", csrf.as_str()), ("email", RESIDENT), ("password", DEMO_PASSWORD)];
    let r = other.post(app.url("/login")).form(&form).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 303);
    let second = set_cookie(&r, "quartier_session");
    assert!(signed_in_at(&on_b, &second).await && signed_in_at(&app.base, &second).await);
    app.login(RESIDENT, DEMO_PASSWORD).await;
    let (status, _, _) = app.submit("/account/password", &[("password_current", DEMO_PASSWORD), ("password", "Neue Linden am Anger 9")]).await;
    assert_eq!(status, 303);
    assert!(!signed_in_at(&app.base, &second).await, "the other browser is signed out at once where the password changed");
    tokio::time::sleep(cache).await;
    assert!(!signed_in_at(&on_b, &second).await, "and on the other process within its cache time");
    let mine = app.cookie("quartier_session").unwrap();
    assert!(signed_in_at(&on_b, &mine).await, "the browser that changed it stays signed in");
    app.finish().await;
}

fn set_cookie(response: &reqwest::Response, name: &str) -> String {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|v| v.split(';').next()?.strip_prefix(&format!("{name}=")).map(str::to_string))
        .unwrap_or_else(|| panic!("no {name} cookie set"))
}
