//! The survey journey in headless Chromium, with and without JavaScript:
//! build, translate, check, publish, answer in Arabic, paper forms entered
//! twice with one mismatch, an interview, results and the CSV export.
use crate::harness::browser::Browser;
use crate::harness::{Backend, TestApp, ADMIN, DEMO_PASSWORD, MODERATOR};
use crate::on_both_databases;
use crate::surveys::{option_ids, question_ids, INTERVIEWER};
use std::time::Duration;

on_both_databases!(survey_journey_with_javascript, survey_journey_without_javascript);

async fn survey_journey_with_javascript(backend: Backend) {
    survey_journey(backend, true).await;
}

async fn survey_journey_without_javascript(backend: Backend) {
    survey_journey(backend, false).await;
}

pub(crate) async fn sign_in(b: &Browser, app: &TestApp, email: &str) {
    b.goto(&app.url("/login")).await;
    b.fill("#field-email", email).await;
    b.fill("#field-password", DEMO_PASSWORD).await;
    b.click("form.stack button[type=submit]").await;
    b.wait_for_text("Angemeldet als").await;
}

pub(crate) async fn sign_out(b: &Browser) {
    b.click(".account-menu button").await;
    tokio::time::sleep(Duration::from_millis(300)).await;
}

/// Submits the form holding `field` with its first submit button.
pub(crate) async fn send(b: &Browser, field: &str) {
    b.click(&format!("form:has({field}) button[type=submit]")).await;
}

async fn paper_form(b: &Browser, app: &TestApp, id: i64, qs: &[i64], number: &str, choice: &str, yes_no: &str) {
    b.goto(&app.url(&format!("/surveys/{id}/paper"))).await;
    b.fill("#field-form_number", number).await;
    b.fill(&format!("#field-p{}", qs[0]), choice).await;
    b.fill(&format!("#field-p{}", qs[1]), yes_no).await;
    send(b, "#field-form_number").await;
}

async fn survey_journey(backend: Backend, javascript: bool) {
    let app = TestApp::spawn(backend).await;
    let b = Browser::start(javascript).await;
    sign_in(&b, &app, MODERATOR).await;

    // Create.
    b.goto(&app.url("/surveys")).await;
    b.fill("#field-title", "Spielplatz am Berliner Platz").await;
    send(&b, "#field-title").await;
    b.wait_for_text("Einstellungen").await;
    let id = app.scalar("SELECT MAX(id) AS n FROM survey").await;
    // Each step starts on a page without the last step's notice, so waiting
    // for "Gespeichert" waits for this step.
    let edit = app.url(&format!("/surveys/{id}/edit"));
    b.goto(&edit).await;
    b.click("#field-double_entry").await;
    send(&b, "#field-double_entry").await;
    b.wait_for_text("Gespeichert").await;

    // The plain-language check, then the questions.
    b.goto(&edit).await;
    b.fill("#field-new-text", "Die Partizipation wird durch das Amt organisiert.").await;
    if !javascript {
        // Without JavaScript the form's check button shows the hints.
        b.click("form:has(#field-new-text) button[formaction$='/edit/check']").await;
    }
    // With JavaScript they follow the typing, without sending the form.
    b.wait_for_text("„partizipation“ ist Fachsprache. Einfacher: „Mitmachen“.").await;
    if javascript {
        assert_eq!(b.path().await, format!("/surveys/{id}/edit"), "the hints came live");
    }
    b.fill("#field-new-text", "Was fehlt am Spielplatz?").await;
    if javascript {
        // The hints follow the new text. Their change moves the form's
        // button, so a click aimed before it would land beside it.
        b.wait_without_text("„partizipation“ ist Fachsprache").await;
    }
    b.fill("#field-new-options", "Schaukel\nSandkasten").await;
    b.click("form:has(#field-new-text) button[type=submit]").await;
    b.wait_for_text("Gespeichert").await;
    b.goto(&edit).await;
    b.click("#field-new-kind option[value='yes_no']").await;
    b.fill("#field-new-text", "Kommen Sie mit Kindern?").await;
    b.click("#field-new-required").await;
    b.click("form:has(#field-new-text) button[type=submit]").await;
    b.wait_for_text("Gespeichert").await;
    let qs = question_ids(&app, id).await;
    assert_eq!(qs.len(), 2);
    let options = option_ids(&app, qs[0]).await;

    // Translate to English and Arabic.
    for (lang, texts) in [
        ("en", ["Playground at Berliner Platz", "What is missing at the playground?", "Swing", "Sandpit", "Do you come with children?"]),
        ("ar", ["ملعب الأطفال في برلينر بلاتس", "ما الذي ينقص في الملعب؟", "أرجوحة", "صندوق رمل", "هل تأتي مع أطفال؟"]),
    ] {
        b.goto(&app.url(&format!("/surveys/{id}/edit"))).await;
        b.click(&format!("#field-language option[value='{lang}']")).await;
        send(&b, "#field-language").await;
        b.wait_for_text("Gespeichert").await;
        b.goto(&app.url(&format!("/surveys/{id}/translate?lang={lang}&plain=0"))).await;
        let fields = ["#field-t-title".to_string(), format!("#field-t-q{}", qs[0]), format!("#field-t-o{}", options[0]), format!("#field-t-o{}", options[1]), format!("#field-t-q{}", qs[1])];
        for (field, text) in fields.iter().zip(texts) {
            b.fill(field, text).await;
        }
        send(&b, "#field-t-title").await;
        b.wait_for_text("Gespeichert").await;
    }
    b.goto(&app.url(&format!("/surveys/{id}/edit"))).await;
    let t = b.text().await;
    assert!(t.contains("English vollständig") && t.contains("العربية vollständig"), "{t}");

    // Check and publish; one access code for the Arabic online answer.
    b.goto(&app.url(&format!("/surveys/{id}/check"))).await;
    b.wait_for_text("Die Umfrage ist bereit.").await;
    b.click("form[action$='/check'] button").await;
    b.wait_for_text("Die Umfrage ist veröffentlicht.").await;
    b.goto(&app.url(&format!("/surveys/{id}/codes"))).await;
    b.fill("#field-count", "1").await;
    send(&b, "#field-count").await;
    b.wait_for_text("1 Codes, davon 1 noch nicht benutzt.").await;
    let code: String = {
        use sea_orm::ConnectionTrait;
        let row = app.db.query_one_raw(sea_orm::Statement::from_string(app.db.get_database_backend(), format!("SELECT code FROM survey_code WHERE survey_id = {id}"))).await.unwrap().unwrap();
        row.try_get("", "code").unwrap()
    };
    sign_out(&b).await;

    // Answer online in Arabic: the code first, checked at once; then the
    // questions right to left.
    b.goto(&app.url(&format!("/surveys/{id}?lang=ar"))).await;
    assert!(b.text().await.contains("Bevor Sie anfangen"));
    assert!(!b.text().await.contains("ما الذي ينقص في الملعب؟"), "no question before the code");
    b.fill("#field-code", "ZZZZ-ZZZZ").await;
    send(&b, "#field-code").await;
    b.wait_for_text("Diesen Code gibt es nicht.").await;
    b.fill("#field-code", &code.to_lowercase()).await;
    send(&b, "#field-code").await;
    b.wait_for_text("ما الذي ينقص في الملعب؟").await;
    assert_eq!(b.attr("form.survey-form", "dir").await.as_deref(), Some("rtl"));
    b.click(&format!("#field-q{}", qs[0])).await;
    send(&b, &format!("#field-q{}", qs[0])).await;
    b.wait_for_text("Bitte beantworten Sie diese Frage.").await;
    assert!(b.text().await.contains("يُرجى الإجابة عن هذا السؤال."), "the error inside the Arabic form is Arabic");
    b.click(&format!("#field-q{}", qs[1])).await;
    send(&b, &format!("#field-q{}", qs[1])).await;
    b.wait_for_text("Ihre Antworten sind gespeichert.").await;

    // Two paper forms, each entered by two people; form 2 disagrees.
    sign_in(&b, &app, MODERATOR).await;
    paper_form(&b, &app, id, &qs, "1", "1", "j").await;
    b.wait_for_text("Erste Eingabe gespeichert.").await;
    paper_form(&b, &app, id, &qs, "2", "2", "n").await;
    b.wait_for_text("Erste Eingabe gespeichert.").await;
    sign_out(&b).await;
    sign_in(&b, &app, ADMIN).await;
    paper_form(&b, &app, id, &qs, "1", "1", "j").await;
    b.wait_for_text("Der Bogen ist gespeichert und zählt.").await;
    paper_form(&b, &app, id, &qs, "2", "1", "n").await;
    b.wait_for_text("Die zweite Eingabe weicht ab.").await;
    b.goto(&app.url(&format!("/surveys/{id}/paper/review"))).await;
    assert!(b.text().await.contains("Was fehlt am Spielplatz? Sandkasten Schaukel"), "{}", b.text().await);
    // Whoever typed one of the two entries does not settle them.
    assert!(b.text().await.contains("Eine andere Person entscheidet"));
    assert!(!b.exists("button[value='second']").await);
    sign_out(&b).await;
    {
        use sea_orm::ConnectionTrait;
        let forum = crate::surveys::forum_id(&app, "Nachbarschaftsforum Berliner Platz").await;
        let staff = crate::surveys::account_id(&app, crate::harness::STAFF).await;
        app.db.execute_unprepared(&format!("INSERT INTO forum_role (forum_id, account_id, role) VALUES ({forum}, {staff}, 'moderator')")).await.unwrap();
    }
    sign_in(&b, &app, crate::harness::STAFF).await;
    b.goto(&app.url(&format!("/surveys/{id}/paper/review"))).await;
    b.click("button[value='second']").await;
    b.wait_for_text("Keine Abweichungen.").await;
    sign_out(&b).await;

    // One door-to-door conversation.
    sign_in(&b, &app, INTERVIEWER).await;
    b.goto(&app.url(&format!("/surveys/{id}/interview"))).await;
    b.click(&format!("#field-q{}-1", qs[0])).await;
    b.click(&format!("#field-q{}-1", qs[1])).await;
    send(&b, &format!("#field-q{}", qs[0])).await;
    b.wait_for_text("Nächstes Gespräch eingeben").await;
    sign_out(&b).await;

    // Results: Schaukel online, form 1 and form 2 (second entry kept),
    // Sandkasten in the conversation; yes online and on form 1.
    sign_in(&b, &app, MODERATOR).await;
    b.goto(&app.url(&format!("/surveys/{id}/results"))).await;
    let t = b.text().await.replace(['\u{2068}', '\u{2069}'], "");
    assert!(t.contains("4 Antworten insgesamt"), "{t}");
    assert!(t.contains("Schaukel 3 75,0 %") && t.contains("Sandkasten 1 25,0 %"), "{t}");
    assert!(t.contains("Ja 2 50,0 %") && t.contains("Nein 2 50,0 %"), "{t}");
    // Two paper forms are too small a group to show.
    b.goto(&app.url(&format!("/surveys/{id}/results?channel=paper"))).await;
    let t = b.text().await;
    assert!(t.contains("In dieser Auswahl sind weniger als") && !t.contains("2 Antworten insgesamt"), "{t}");
    b.close().await;

    app.login(MODERATOR, DEMO_PASSWORD).await;
    let csv = app.client.get(app.url(&format!("/surveys/{id}/export/responses.csv"))).send().await.unwrap().text().await.unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 5, "a header and one row per response: {csv}");
    assert_eq!(lines.iter().filter(|l| l.contains(",paper,")).count(), 2, "{csv}");
    assert_eq!(lines.iter().filter(|l| l.contains(",interview,")).count(), 1, "{csv}");
    assert_eq!(lines.iter().filter(|l| l.contains(",online,ar,")).count(), 1, "{csv}");
    app.finish().await;
}
