//! Journeys in headless Chromium, with and without JavaScript, a hydrated
//! interaction, and axe-core on every page of the foundation.
use crate::harness::browser::Browser;
use crate::harness::{Backend, TestApp, ADMIN, DEMO_PASSWORD};
use crate::on_both_databases;
use std::time::Duration;

on_both_databases!(
    account_journey_with_javascript,
    account_journey_without_javascript,
    concern_journey_with_javascript,
    concern_journey_without_javascript,
);

async fn concern_journey_with_javascript(backend: Backend) {
    concern_journey(backend, true).await;
}

async fn concern_journey_without_javascript(backend: Backend) {
    concern_journey(backend, false).await;
}

/// Report without an account → confirm by the mailed link → routed by rule →
/// the office answers through its mailed link → the reporter gets the answer
/// by mail → the public page shows status and answer.
async fn concern_journey(backend: Backend, javascript: bool) {
    let app = TestApp::spawn(backend).await;
    let b = Browser::start(javascript).await;
    let email = if javascript { "hanna.js@example.org" } else { "hanna.nojs@example.org" };
    let green = app.scalar("SELECT id AS n FROM category WHERE key = 'green'").await.to_string();
    let district = crate::public::district_id(&app, "Herrenberg").await.to_string();

    b.goto(&app.url("/report")).await;
    b.fill("#field-title", "Bank im Park kaputt").await;
    b.fill("#field-description", "Die Bank am Teich hat keine Lehne mehr.").await;
    b.click(&format!("#field-category option[value='{green}']")).await;
    b.click(&format!("#field-district option[value='{district}']")).await;
    b.fill("#field-email", "").await;
    b.click("form.stack button[type=submit]").await;
    b.wait_for_text("Bitte füllen Sie dieses Feld aus.").await;
    assert_eq!(b.attr("#field-title", "value").await.as_deref(), Some("Bank im Park kaputt"), "input kept");
    b.fill("#field-email", email).await;
    b.click("form.stack button[type=submit]").await;
    b.wait_for_text("Ihre Vorgangsnummer: Q-").await;

    let mail = app.smtp.wait_for(email, 1).await;
    b.goto(&mail.link(&format!("{}/concerns/confirm?token=", app.base)).unwrap()).await;
    b.wait_for_text("Ihr Anliegen ist bestätigt").await;
    assert!(b.text().await.contains("Weitergeleitet an 67 Garten- und Friedhofsamt"));
    let public_page = b.path().await;

    let office_mail = app.smtp.wait_for("amt-67@erfurt.example", 1).await;
    b.goto(&office_mail.link(&format!("{}/office/link/", app.base)).unwrap()).await;
    b.click("#field-status option[value='planned']").await;
    b.fill("#field-answer", "Wir tauschen die Bank im Frühjahr aus.").await;
    b.click("form:has(#field-answer) button[type=submit]").await;
    b.wait_for_text("Gespeichert.").await;

    let answer = app.smtp.wait_for(email, 3).await;
    assert!(answer.body().contains("Wir tauschen die Bank im Frühjahr aus."));
    b.goto(&app.url(public_page.split('?').next().unwrap())).await;
    let t = b.text().await;
    assert!(t.contains("geplant") && t.contains("Wir tauschen die Bank im Frühjahr aus."), "{t}");
    b.close().await;
    app.finish().await;
}

async fn account_journey_with_javascript(backend: Backend) {
    account_journey(backend, true).await;
}

async fn account_journey_without_javascript(backend: Backend) {
    account_journey(backend, false).await;
}

/// Register → verify by the mailed link → log in → Arabic (right to left) →
/// plain language → log out, clicking like a person.
async fn account_journey(backend: Backend, javascript: bool) {
    let app = TestApp::spawn(backend).await;
    let b = Browser::start(javascript).await;
    let email = if javascript { "layla.js@example.org" } else { "layla.nojs@example.org" };

    b.goto(&app.url("/register")).await;
    b.fill("#field-display_name", "Layla").await;
    b.fill("#field-email", email).await;
    b.fill("#field-password", "kurz").await;
    b.click("form.stack button[type=submit]").await;
    b.wait_for_text("Das Passwort ist zu kurz").await;
    assert_eq!(b.attr("#field-email", "value").await.as_deref(), Some(email), "input kept after an error");
    b.fill("#field-password", "Sonnenblumen am Roten Berg 12").await;
    b.click("form.stack button[type=submit]").await;
    b.wait_for_text("Fast geschafft").await;

    let mail = app.smtp.wait_for(email, 1).await;
    let link = mail.link(&format!("{}/verify?token=", app.base)).expect("verification link in the mail");
    b.goto(&link).await;
    b.wait_for_text("Ihre E-Mail-Adresse ist bestätigt.").await;

    b.fill("#field-email", email).await;
    b.fill("#field-password", "Sonnenblumen am Roten Berg 12").await;
    b.click("form.stack button[type=submit]").await;
    b.wait_for_text("Angemeldet als Layla").await;

    // The language switch in the header: open it, choose Arabic.
    b.click(".language-switch summary").await;
    b.click(".language-switch button[value=ar]").await;
    b.wait_for_text("مسجل الدخول باسم").await;
    assert_eq!(b.attr("html", "dir").await.as_deref(), Some("rtl"));
    assert_eq!(b.attr("html", "lang").await.as_deref(), Some("ar"));

    b.click(".plain-switch button").await;
    b.wait_for_text("هل ترى مشكلة في شارعك؟ أخبرنا.").await;
    assert_eq!(b.attr(".plain-switch button", "aria-pressed").await.as_deref(), Some("true"));

    b.click(".account-menu button").await;
    b.wait_for_text("لقد سجلت الخروج.").await;
    assert!(b.text().await.contains("تسجيل الدخول"));
    b.close().await;
    app.finish().await;
}

/// The district filter narrows the list as you type, once the island is
/// hydrated; without JavaScript the same box is a search form.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn district_filter_works_after_hydration() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let b = Browser::start(true).await;
    b.goto(&app.url("/districts")).await;
    b.wait_for_text("Vieselbach").await;
    // Wait until the island has hydrated: typing must filter without a request.
    let mut filtered = false;
    for _ in 0..50 {
        b.fill("#filter-q", "riet").await;
        tokio::time::sleep(Duration::from_millis(200)).await;
        let t = b.text().await;
        if t.contains("Rieth") && !t.contains("Vieselbach") {
            filtered = true;
            break;
        }
    }
    assert!(filtered, "typing filtered the list: {}", b.text().await);
    assert_eq!(b.path().await, "/districts", "no page load happened");
    assert!(b.text().await.contains("1 Ortsteile"), "the count is announced: {}", b.text().await);
    b.close().await;

    let b = Browser::start(false).await;
    b.goto(&app.url("/districts")).await;
    b.fill("#filter-q", "riet\n").await;
    b.wait_for_text("Rieth").await;
    assert_eq!(b.path().await, "/districts?q=riet");
    assert!(!b.text().await.contains("Vieselbach"));
    b.close().await;
    app.finish().await;
}

/// The policy is enforced and its breaches reach the server: a script a
/// page did not sign with its nonce is blocked, and the report the browser
/// sends to `/csp-report` is what makes every other test fail at `finish`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unsigned_script_is_blocked_and_reported() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let b = Browser::start(true).await;
    b.goto(&app.url("/districts")).await;
    b.wait_for_text("Vieselbach").await;
    let ran: serde_json::Value = b
        .client
        .execute(
            "const s = document.createElement('script'); s.textContent = 'window.injected = true'; document.head.appendChild(s); return window.injected === true;",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(ran, serde_json::json!(false), "the injected script did not run");
    let violations = app.state.csp_violations.clone();
    let mut reported = 0;
    for _ in 0..50 {
        reported = violations.load(std::sync::atomic::Ordering::Relaxed);
        if reported > 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(reported > 0, "the browser reported the violation");
    b.close().await;
    violations.store(0, std::sync::atomic::Ordering::Relaxed);
    app.finish().await;
}

/// axe-core finds no WCAG 2.1 A/AA violation on any page, in German, plain
/// German and Arabic.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_page_passes_axe_in_german_and_arabic() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let b = Browser::start(true).await;
    let forum = app.scalar("SELECT id AS n FROM forum WHERE name = 'Nachbarschaftsforum Berliner Platz'").await;
    let district = crate::public::district_id(&app, "Berliner Platz").await;
    let (reference, concern) = concern_for_office_66(&app).await;
    let (with_photo, roads) = concern_with_photo_comment_and_flag(&app).await;
    let similar = format!("/report?check=1&title=Schlagloch&description=&category={roads}&district={district}");
    // A deletion link for an address without an account, as mailed.
    app.submit("/privacy/request", &[("email", "axe@example.org"), ("kind", "delete")]).await;
    let erase_link = app.smtp.wait_for("axe@example.org", 1).await.link(&format!("{}/privacy/request/confirm?token=", app.base)).expect("a link");
    let erase_page = erase_link.strip_prefix(&app.base).unwrap().to_string();
    let public = [
        "/".to_string(), "/districts".into(), format!("/districts/{district}"), "/offices".into(), "/forums".into(),
        format!("/forums/{forum}"), "/register".into(), "/login".into(), "/forgot".into(), "/reset?token=unknown".into(),
        "/language".into(), "/plain-language".into(), "/accessibility".into(), "/privacy".into(), "/nowhere".into(),
        "/report".into(), "/report/sent?reference=Q-2026-000001&published=0".into(), "/concerns".into(), "/concerns/map".into(),
        format!("/concerns/{reference}"), "/office/link/forged".into(), format!("/concerns/{with_photo}"), similar,
        "/privacy/request".into(), "/privacy/request/confirm?token=forged".into(), erase_page,
        "/statistics".into(), "/statistics?period=2999&category=x".into(), "/statistics/participation".into(), "/offices/1".into(), "/open-data".into(),
    ];
    let admin = [
        "/account".to_string(), "/admin".into(), "/admin/districts".into(), "/admin/districts/new".into(),
        format!("/admin/districts/{district}"), "/admin/districts/import".into(), "/admin/districts/boundaries".into(), "/admin/planning-spaces".into(),
        "/admin/offices".into(), "/admin/offices/new".into(), "/admin/offices/1".into(), "/admin/categories".into(),
        "/admin/categories/new".into(), "/admin/categories/1".into(), "/admin/forums".into(), "/admin/forums/new".into(),
        format!("/admin/forums/{forum}"), "/admin/roles".into(), "/admin/roles?q=bewohner".into(), "/admin/rules".into(), "/admin/api-keys".into(),
        "/admin/audit".into(), "/account/data".into(),
    ];
    let office = [
        "/office".to_string(), format!("/office/concerns/{concern}"), format!("/concerns/{reference}/translations"),
        format!("/concerns/{reference}/translations?item=concern:{concern}&to=en"),
    ];
    let survey = crate::surveys::published_survey(&app).await;
    app.logout().await;
    let public: Vec<String> = public
        .into_iter()
        .chain([
            "/surveys".to_string(),
            format!("/surveys/{survey}"),
            format!("/surveys/{survey}?code=ZZZZ-ZZZZ"),
            format!("/surveys/{survey}/results"),
            format!("/surveys/{survey}/thanks"),
        ])
        .collect();
    let survey_pages: Vec<String> = ["", "edit", "translate?lang=en&plain=0", "translate?lang=de&plain=0", "translate?lang=de&plain=1", "check", "codes", "codes/sheet", "paper", "paper/review", "print", "results", "interview"]
        .iter()
        .map(|p| if p.is_empty() { format!("/surveys/{survey}") } else { format!("/surveys/{survey}/{p}") })
        .chain(["/surveys".to_string()])
        .collect();
    let mut failures = Vec::new();
    for lang in ["de", "ar"] {
        choose_language(&b, &app, lang).await;
        for path in &public {
            b.goto(&app.url(path)).await;
            for v in b.axe_violations().await {
                failures.push(format!("{lang} {path}: {v}"));
            }
        }
        // The same public pages in plain language (German only: the plain
        // layer covers German and English).
        if lang == "de" {
            b.goto(&app.url("/")).await;
            b.click(".plain-switch button").await;
            tokio::time::sleep(Duration::from_millis(300)).await;
            assert_eq!(b.attr(".plain-switch button", "aria-pressed").await.as_deref(), Some("true"), "plain language is on");
            for path in &public {
                b.goto(&app.url(path)).await;
                for v in b.axe_violations().await {
                    failures.push(format!("de plain {path}: {v}"));
                }
            }
            b.click(".plain-switch button").await;
            tokio::time::sleep(Duration::from_millis(300)).await;
        }
        // A form showing errors.
        b.goto(&app.url("/register")).await;
        b.click("form.stack button[type=submit]").await;
        tokio::time::sleep(Duration::from_millis(300)).await;
        for v in b.axe_violations().await {
            failures.push(format!("{lang} /register with errors: {v}"));
        }
        sign_in(&b, &app, ADMIN, lang).await;
        for path in &admin {
            b.goto(&app.url(path)).await;
            assert!(!b.text().await.contains("Bitte melden Sie sich an"), "signed in for {path}");
            for v in b.axe_violations().await {
                failures.push(format!("{lang} {path}: {v}"));
            }
        }
        b.click(".account-menu button").await;
        tokio::time::sleep(Duration::from_millis(200)).await;
        // Office staff pages.
        sign_in(&b, &app, crate::harness::STAFF, lang).await;
        for path in &office {
            b.goto(&app.url(path)).await;
            for v in b.axe_violations().await {
                failures.push(format!("{lang} {path}: {v}"));
            }
        }
        b.click(".account-menu button").await;
        tokio::time::sleep(Duration::from_millis(200)).await;
        // The moderators' queues, and a concern with the moderation forms.
        sign_in(&b, &app, crate::harness::MODERATOR, lang).await;
        for path in ["/moderation".to_string(), format!("/concerns/{with_photo}")].iter().chain(survey_pages.iter()) {
            b.goto(&app.url(path)).await;
            assert!(!b.text().await.contains("Dafür fehlen Ihnen die Rechte"), "the moderator sees {path}");
            for v in b.axe_violations().await {
                failures.push(format!("{lang} {path} (moderator): {v}"));
            }
        }
        b.click(".account-menu button").await;
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert!(failures.is_empty(), "axe violations:\n{}", failures.join("\n"));
    b.close().await;
    app.finish().await;
}

/// The accessibility check itself works: a page with known faults fails it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn axe_reports_known_violations() {
    let b = Browser::start(true).await;
    b.goto("data:text/html,<html><body><img src='x.png'><input type='text'></body></html>").await;
    let violations = b.axe_violations().await.join("\n");
    assert!(violations.contains("image-alt") && violations.contains("html-has-lang") && violations.contains("label"), "{violations}");
    b.close().await;
}

/// At 320 CSS pixels no page scrolls sideways, in German and in Arabic.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pages_fit_a_320_px_screen() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let b = Browser::start(true).await;
    b.client.set_window_size(320, 800).await.unwrap();
    let district = crate::public::district_id(&app, "Berliner Platz").await;
    let (reference, _) = concern_for_office_66(&app).await;
    let survey = crate::surveys::published_survey(&app).await;
    app.logout().await;
    let mut too_wide = Vec::new();
    for lang in ["de", "ar"] {
        choose_language(&b, &app, lang).await;
        for path in ["/".to_string(), "/districts".into(), format!("/districts/{district}"), "/offices".into(), "/forums".into(), "/register".into(), "/login".into(), "/report".into(), "/concerns".into(), "/concerns/map".into(), format!("/concerns/{reference}"), "/surveys".into(), format!("/surveys/{survey}"), format!("/surveys/{survey}/results")] {
            b.goto(&app.url(&path)).await;
            let widths = b.client.execute("return [window.innerWidth, document.documentElement.scrollWidth];", vec![]).await.unwrap();
            let (viewport, scroll) = (widths[0].as_i64().unwrap(), widths[1].as_i64().unwrap());
            assert!(viewport <= 320, "the window really is narrow: {viewport}");
            let shot = match path.as_str() {
                "/" => Some("home"),
                "/report" => Some("report-form"),
                p if p.ends_with("/results") => Some("survey-results"),
                _ => None,
            };
            if let (Some(name), "ar") = (shot, lang) {
                b.screenshot(&format!("{lang}-320px-{name}")).await;
            }
            if scroll > viewport {
                too_wide.push(format!("{lang} {path}: {scroll}px"));
            }
        }
    }
    assert!(too_wide.is_empty(), "pages wider than the screen: {too_wide:?}");
    b.close().await;
    app.finish().await;
}

/// A published concern routed to office 66, reported by the demo resident:
/// (reference, id).
async fn concern_for_office_66(app: &TestApp) -> (String, i64) {
    let roads = app.scalar("SELECT id AS n FROM category WHERE key = 'roads'").await.to_string();
    let district = crate::public::district_id(app, "Rieth").await.to_string();
    app.login(crate::harness::RESIDENT, DEMO_PASSWORD).await;
    let (_, page) = app.get("/report").await;
    let key = crate::harness::field_value(&page, "submission_key").unwrap();
    let (status, location, _) = app
        .submit("/report", &[("submission_key", &key), ("title", "Schlagloch"), ("description", "Tief und gefährlich."), ("category", &roads), ("district", &district)])
        .await;
    assert_eq!(status, 303);
    app.logout().await;
    let reference = location.split("reference=").nth(1).unwrap().split('&').next().unwrap().to_string();
    let id = app.scalar(&format!("SELECT id AS n FROM concern WHERE reference = '{reference}'")).await;
    (reference, id)
}

/// A concern in the moderator's district with a photo, a comment and one
/// flag; returns its reference and the roads category.
async fn concern_with_photo_comment_and_flag(app: &TestApp) -> (String, String) {
    let roads = app.scalar("SELECT id AS n FROM category WHERE key = 'roads'").await.to_string();
    let district = crate::public::district_id(app, "Berliner Platz").await.to_string();
    app.login(crate::harness::RESIDENT, DEMO_PASSWORD).await;
    let (_, page) = app.get("/report").await;
    let key = crate::harness::field_value(&page, "submission_key").unwrap();
    let mut photo = Vec::new();
    image::DynamicImage::new_rgb8(640, 480).write_to(&mut std::io::Cursor::new(&mut photo), image::ImageFormat::Png).unwrap();
    let fields = [("submission_key", key.as_str()), ("title", "Schlagloch am Platz"), ("description", "Sehr tief."), ("category", &roads), ("district", &district)];
    let (status, location, _) = app.submit_files("/report", &fields, vec![("photos", "loch.png", photo)]).await;
    assert_eq!(status, 303);
    let reference = location.split("reference=").nth(1).unwrap().split('&').next().unwrap().to_string();
    app.submit(&format!("/concerns/{reference}/comment"), &[("comment", "Bin dort auch gestolpert.")]).await;
    app.submit(&format!("/concerns/{reference}/flag"), &[("reason", "Nur ein Test")]).await;
    app.logout().await;
    (reference, roads)
}

/// Signs in through the login form, then chooses `lang`: after login the
/// account's own language applies, so the choice comes second.
async fn sign_in(b: &Browser, app: &TestApp, email: &str, lang: &str) {
    b.goto(&app.url("/login")).await;
    b.fill("#field-email", email).await;
    b.fill("#field-password", DEMO_PASSWORD).await;
    b.click("form.stack button[type=submit]").await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    choose_language(b, app, lang).await;
}

async fn choose_language(b: &Browser, app: &TestApp, lang: &str) {
    b.goto(&app.url("/language")).await;
    b.click(&format!(".language-list button[value={lang}]")).await;
    tokio::time::sleep(Duration::from_millis(200)).await;
}
