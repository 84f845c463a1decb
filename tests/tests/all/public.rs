//! Public pages with the demo city, health check, and what they never show.
use crate::harness::{html_attr, text, Backend, TestApp};
use crate::on_both_databases;

on_both_databases!(
    health_check_answers,
    public_pages_show_the_demo_city,
    unknown_pages_are_404_with_a_page,
    accessibility_feedback_reaches_the_admins,
);

/// Compressed bytes of a response as sent over the wire.
async fn gzipped_size(app: &TestApp, path: &str) -> usize {
    let r = app.client.get(app.url(path)).header("accept-encoding", "gzip").send().await.unwrap();
    assert_eq!(r.status().as_u16(), 200, "{path}");
    assert_eq!(r.headers().get("content-encoding").map(|v| v.to_str().unwrap()), Some("gzip"), "{path} is compressed");
    r.bytes().await.unwrap().len()
}

/// A first visit to any public page costs at most 30 KB of gzipped HTML and CSS.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn first_visit_fits_in_30_kb() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let css = gzipped_size(&app, "/assets/quartier.css").await;
    let district = district_id(&app, "Berliner Platz").await;
    for path in ["/", "/districts", &format!("/districts/{district}"), "/offices", "/forums", "/register", "/login", "/report", "/concerns"] {
        let html = gzipped_size(&app, path).await;
        assert!(html + css <= 30 * 1024, "{path}: {html} B HTML + {css} B CSS");
    }
    app.finish().await;
}

async fn health_check_answers(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (status, body) = app.get("/healthz").await;
    assert_eq!((status, body.as_str()), (200, "ok"));
    app.finish().await;
}

async fn public_pages_show_the_demo_city(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (status, home) = app.get("/").await;
    assert_eq!(status, 200);
    assert!(text(&home).contains("Mitreden im Quartier"), "{}", text(&home));
    assert_eq!(html_attr(&home, "html", "lang").as_deref(), Some("de"));

    let (status, districts) = app.get("/districts").await;
    assert_eq!(status, 200);
    let t = text(&districts);
    assert!(t.contains("Berliner Platz") && t.contains("Vieselbach") && t.contains("Großwohnsiedlung"), "{t}");

    let (_, filtered) = app.get("/districts?q=rieth").await;
    let t = text(&filtered);
    assert!(t.contains("Rieth") && !t.contains("Vieselbach"), "server-side filter without JavaScript: {t}");

    let berliner = district_id(&app, "Berliner Platz").await;
    let (status, page) = app.get(&format!("/districts/{berliner}")).await;
    assert_eq!(status, 200);
    let t = text(&page);
    assert!(t.contains("Nachbarschaftsforum Berliner Platz"), "its forum: {t}");
    assert!(t.contains("ThINKA Erfurt – Berliner Platz/Rieth"), "its project: {t}");
    assert!(t.contains("Straßen, Wege, Verkehr 66 Tiefbau- und Verkehrsamt"), "responsible office per category: {t}");
    assert!(t.contains("0,805 – hoch"), "social index and class, as German writes numbers: {t}");

    let (status, offices) = app.get("/offices").await;
    assert_eq!(status, 200);
    let t = text(&offices);
    assert!(t.contains("Dezernat 04 Bau, Verkehr und Sport") && t.contains("Garten- und Friedhofsamt"), "{t}");
    assert!(!offices.contains("@erfurt.example"), "public pages never show email addresses");

    let (status, forums) = app.get("/forums").await;
    assert_eq!(status, 200);
    assert!(text(&forums).contains("Ortsteilrat Roter Berg"));

    let forum = app.scalar("SELECT id AS n FROM forum WHERE name = 'Nachbarschaftsforum Berliner Platz'").await;
    let (status, page) = app.get(&format!("/forums/{forum}")).await;
    assert_eq!(status, 200);
    let t = text(&page);
    assert!(t.contains("Mona Moderation") && t.contains("3 Mitglieder"), "{t}");
    assert!(!page.contains("moderator@quartier.example"), "no email addresses in public");
    app.finish().await;
}

async fn unknown_pages_are_404_with_a_page(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    for path in ["/nowhere", "/districts/99999", "/districts/abc", "/forums/424242"] {
        let (status, body) = app.get(path).await;
        assert_eq!(status, 404, "{path}");
        assert!(text(&body).contains("Diese Seite gibt es nicht."), "{path}: {}", text(&body));
    }
    app.finish().await;
}

pub async fn district_id(app: &TestApp, name: &str) -> i64 {
    app.scalar(&format!("SELECT id AS n FROM district WHERE name = '{name}'")).await
}

/// The accessibility statement's feedback form mails every admin.
async fn accessibility_feedback_reaches_the_admins(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (status, page) = app.get("/accessibility").await;
    assert_eq!(status, 200);
    let t = text(&page);
    assert!(t.contains("Erklärung zur Barrierefreiheit") && t.contains("Barriere melden") && t.contains("Schlichtungsverfahren"), "{t}");
    let (status, _, body) = app.submit("/accessibility", &[("message", "  "), ("page", "/report"), ("email", "kaputt")]).await;
    assert_eq!(status, 422);
    let t = text(&body);
    assert!(t.contains("Bitte füllen Sie dieses Feld aus."), "{t}");
    assert_eq!(crate::harness::field_value(&body, "page").as_deref(), Some("/report"), "input kept");
    assert_eq!(app.count("mail_outbox").await, 0, "nothing sent");
    let (status, location, _) = app
        .submit("/accessibility", &[("message", "Der Kontrast der Knöpfe ist zu schwach."), ("page", "/report"), ("email", "")])
        .await;
    assert_eq!((status, location.as_str()), (303, "/accessibility?notice=feedback-sent"));
    let mail = app.smtp.wait_for(crate::harness::ADMIN, 1).await;
    assert!(mail.body().contains("Der Kontrast der Knöpfe ist zu schwach.") && mail.body().contains("/report"), "{}", mail.body());
    app.finish().await;
}
