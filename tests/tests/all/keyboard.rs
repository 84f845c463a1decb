//! Keyboard-only journeys in headless Chromium, with and without
//! JavaScript: Tab, Shift+Tab, Enter, Space and the arrow keys, no mouse.
//! A resident reports a concern, a resident answers a survey, an office
//! answers a concern. And the report form at 200 % zoom.
use crate::harness::browser::{Browser, Key};
use crate::harness::{Backend, TestApp, DEMO_PASSWORD, RESIDENT, STAFF};
use crate::on_both_databases;

on_both_databases!(
    report_by_keyboard_with_javascript,
    report_by_keyboard_without_javascript,
    survey_by_keyboard_with_javascript,
    survey_by_keyboard_without_javascript,
    office_answer_by_keyboard_with_javascript,
    office_answer_by_keyboard_without_javascript,
);

async fn report_by_keyboard_with_javascript(backend: Backend) {
    report_journey(backend, true).await;
}

async fn report_by_keyboard_without_javascript(backend: Backend) {
    report_journey(backend, false).await;
}

async fn survey_by_keyboard_with_javascript(backend: Backend) {
    survey_journey(backend, true).await;
}

async fn survey_by_keyboard_without_javascript(backend: Backend) {
    survey_journey(backend, false).await;
}

async fn office_answer_by_keyboard_with_javascript(backend: Backend) {
    office_journey(backend, true).await;
}

async fn office_answer_by_keyboard_without_javascript(backend: Backend) {
    office_journey(backend, false).await;
}

/// Signs in on the login form with the keyboard only.
pub async fn sign_in(b: &Browser, app: &TestApp, email: &str) {
    b.goto(&app.url("/login")).await;
    b.tab_to("#field-email").await;
    b.type_text(email).await;
    b.keys(&[Key::Tab]).await;
    assert!(b.focused("#field-password").await, "Tab goes from the address to the password: {}", b.focus_description().await);
    b.type_text(DEMO_PASSWORD).await;
    b.keys(&[Key::Enter]).await;
    b.wait_for_text("Sie sind angemeldet.").await;
}

/// The error summary has focus after a failed submit, and its first link
/// takes the person to the field.
async fn error_summary_leads_to(b: &Browser, field: &str) {
    assert!(b.gets_focus("#error-summary").await, "focus is on the error summary: {}", b.focus_description().await);
    b.keys(&[Key::Tab]).await;
    assert!(b.focused("#error-summary a").await, "its first link is next: {}", b.focus_description().await);
    b.keys(&[Key::Enter]).await;
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    assert!(b.focused(field).await, "the link leads to {field}: {}", b.focus_description().await);
}

/// Fills and sends the report form by keyboard; the browser is on /report.
async fn report_by_keyboard(b: &Browser, app: &TestApp, title: &str, with_email: bool) {
    let roads = crate::concerns::category_id(app, "roads").await;
    let district = crate::public::district_id(app, "Rieth").await.to_string();
    // The first Tab reaches the skip link, which jumps over the navigation.
    b.keys(&[Key::Tab]).await;
    assert!(b.focused(".skip-link").await, "the skip link comes first: {}", b.focus_description().await);
    b.keys(&[Key::Enter]).await;
    let presses = b.tab_to("#field-title").await;
    assert!(presses <= 2, "after the skip link the form is next ({presses} presses)");

    // Sending without a title: the error summary takes focus.
    b.tab_to("form.stack button[type=submit]:not([formmethod])").await;
    b.keys(&[Key::Enter]).await;
    b.wait_for_text("Bitte füllen Sie dieses Feld aus.").await;
    error_summary_leads_to(b, "#field-title").await;

    b.type_text(title).await;
    b.keys(&[Key::Tab]).await;
    assert!(b.focused("#field-description").await, "{}", b.focus_description().await);
    b.type_text("Am Bordstein fehlt ein großes Stück.").await;
    b.tab_to("#field-category").await;
    b.arrow_down_to(&roads).await;
    b.keys(&[Key::Tab]).await;
    assert!(b.focused("#field-district").await, "{}", b.focus_description().await);
    // Back with Shift+Tab, and forward again.
    b.shift_tab().await;
    assert!(b.focused("#field-category").await, "Shift+Tab goes back: {}", b.focus_description().await);
    b.keys(&[Key::Tab]).await;
    b.arrow_down_to(&district).await;
    if with_email {
        b.tab_to("#field-email").await;
        b.type_text("tastatur@example.org").await;
    }
    b.tab_to("form.stack button[type=submit]:not([formmethod])").await;
    b.keys(&[Key::Enter]).await;
    b.wait_for_text("Ihre Vorgangsnummer: Q-").await;
}

async fn report_journey(backend: Backend, javascript: bool) {
    let app = TestApp::spawn(backend).await;
    let b = Browser::start(javascript).await;
    sign_in(&b, &app, RESIDENT).await;
    b.goto(&app.url("/report")).await;
    let title = if javascript { "Bordstein kaputt (Tastatur, JS)" } else { "Bordstein kaputt (Tastatur)" };
    report_by_keyboard(&b, &app, title, false).await;
    let stored = app.scalar(&format!("SELECT COUNT(*) AS n FROM concern WHERE title = '{title}' AND published = true")).await;
    assert_eq!(stored, 1, "the concern is stored and published");
    b.close().await;
    app.finish().await;
}

async fn survey_journey(backend: Backend, javascript: bool) {
    let app = TestApp::spawn(backend).await;
    // A moderator builds and publishes a survey with one question of each kind.
    app.login(crate::harness::MODERATOR, DEMO_PASSWORD).await;
    let survey = crate::surveys::draft_survey(&app, "Unser Platz").await;
    crate::surveys::publish(&app, survey).await;
    let qs = crate::surveys::question_ids(&app, survey).await;
    let single = crate::surveys::option_ids(&app, qs[0]).await;
    let ranking = crate::surveys::option_ids(&app, qs[5]).await;

    let b = Browser::start(javascript).await;
    sign_in(&b, &app, RESIDENT).await;
    b.goto(&app.url(&format!("/surveys/{survey}"))).await;
    let send = "button[name=nav][value=send]";
    b.tab_to(send).await;
    b.keys(&[Key::Enter]).await;
    b.wait_for_text("Bitte beantworten Sie diese Frage.").await;
    let first = format!("#field-q{}", qs[0]);
    error_summary_leads_to(&b, &first).await;

    // One answer: Space chooses, the arrow keys move within the group.
    b.keys(&[Key::Space, Key::Down]).await;
    let checked = b.client.execute(&format!("return document.querySelector('input[name=q{}]:checked').value;", qs[0]), vec![]).await.unwrap();
    assert_eq!(checked.as_str(), Some(single[1].to_string().as_str()), "Arrow Down chose the second answer");
    // Several answers: Space ticks the first and the third box.
    b.tab_to(&format!("#field-q{}", qs[1])).await;
    b.keys(&[Key::Space, Key::Tab, Key::Tab, Key::Space]).await;
    // Scale: 1, then three steps to the right.
    b.tab_to(&format!("#field-q{}", qs[2])).await;
    b.keys(&[Key::Space, Key::Right, Key::Right, Key::Right]).await;
    // Yes or no: yes.
    b.tab_to(&format!("#field-q{}", qs[3])).await;
    b.keys(&[Key::Space]).await;
    b.tab_to(&format!("#field-q{}", qs[4])).await;
    b.type_text("Mehr Bänke").await;
    // Ranking: places 2, 1, 3 from the lists.
    b.tab_to(&format!("#field-q{}", qs[5])).await;
    b.arrow_down_to("2").await;
    b.keys(&[Key::Tab]).await;
    b.arrow_down_to("1").await;
    b.keys(&[Key::Tab]).await;
    b.arrow_down_to("3").await;
    b.tab_to(send).await;
    b.keys(&[Key::Enter]).await;
    b.wait_for_text("Danke").await;

    assert_eq!(app.scalar(&format!("SELECT COUNT(*) AS n FROM survey_response WHERE survey_id = {survey}")).await, 1);
    assert_eq!(app.scalar(&format!("SELECT option_id AS n FROM survey_answer WHERE question_id = {}", qs[0])).await, single[1]);
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) AS n FROM survey_answer WHERE question_id = {}", qs[1])).await, 2, "two boxes ticked");
    assert_eq!(app.scalar(&format!("SELECT value AS n FROM survey_answer WHERE question_id = {}", qs[2])).await, 4);
    assert_eq!(app.scalar(&format!("SELECT value AS n FROM survey_answer WHERE question_id = {} AND option_id = {}", qs[5], ranking[1])).await, 1);
    b.close().await;
    app.finish().await;
}

async fn office_journey(backend: Backend, javascript: bool) {
    let app = TestApp::spawn(backend).await;
    app.login(RESIDENT, DEMO_PASSWORD).await;
    let roads = crate::concerns::category_id(&app, "roads").await;
    let district = crate::public::district_id(&app, "Berliner Platz").await.to_string();
    let (_, location, _) = crate::concerns::report(&app, &[("title", "Ampel defekt"), ("description", "Die Ampel bleibt rot."), ("category", &roads), ("district", &district)]).await;
    let reference = crate::concerns::reference_of(&location);
    let id = app.scalar(&format!("SELECT id AS n FROM concern WHERE reference = '{reference}'")).await;
    app.logout().await;

    let b = Browser::start(javascript).await;
    sign_in(&b, &app, STAFF).await;
    b.goto(&app.url("/office")).await;
    b.tab_to(&format!("a[href='/office/concerns/{id}']")).await;
    b.keys(&[Key::Enter]).await;
    b.wait_for_path(&format!("/office/concerns/{id}")).await;
    b.wait_for_text("Ampel defekt").await;
    b.tab_to("#field-status").await;
    b.arrow_down_to("planned").await;
    b.tab_to("#field-answer").await;
    b.type_text("Wir tauschen die Ampel am Montag aus.").await;
    b.tab_to("form:has(#field-answer) button[type=submit]:not([name=check])").await;
    b.keys(&[Key::Enter]).await;
    b.wait_for_text("Gespeichert.").await;

    assert_eq!(app.scalar(&format!("SELECT COUNT(*) AS n FROM concern WHERE id = {id} AND status = 'planned'")).await, 1);
    let (_, page) = app.get(&format!("/concerns/{reference}")).await;
    assert!(crate::harness::text(&page).contains("Wir tauschen die Ampel am Montag aus."));
    b.close().await;
    app.finish().await;
}

/// At 200 % zoom the report form fits the window, every control is in
/// view, and a report can be sent with the keyboard.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn report_form_works_at_200_percent_zoom() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let b = Browser::zoomed(true, 2).await;
    b.goto(&app.url("/report")).await;
    let metrics = b.client.execute("return [window.innerWidth, window.devicePixelRatio, document.documentElement.scrollWidth];", vec![]).await.unwrap();
    assert_eq!((metrics[0].as_i64(), metrics[1].as_f64()), (Some(640), Some(2.0)), "a 1280 px screen at 200 %");
    assert!(metrics[2].as_i64().unwrap() <= 640, "no sideways scrolling: {metrics}");
    let outside = b
        .client
        .execute(
            "return [...document.querySelectorAll('form.stack input:not([type=hidden]), form.stack select, form.stack textarea, form.stack button, form.stack label')]
                .filter(e => { const r = e.getBoundingClientRect(); return r.width === 0 || r.left < 0 || r.right > window.innerWidth + 0.5; })
                .map(e => e.outerHTML.slice(0, 80));",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(outside.as_array().map(Vec::len), Some(0), "controls outside the window: {outside}");
    report_by_keyboard(&b, &app, "Bordstein kaputt (200 %)", true).await;
    assert_eq!(app.scalar("SELECT COUNT(*) AS n FROM concern WHERE title = 'Bordstein kaputt (200 %)'").await, 1);
    b.close().await;
    app.finish().await;
}
