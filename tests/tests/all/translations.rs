//! Translated content: a concern reported in Turkish and answered in German
//! with a Turkish translation; machine translation through a
//! LibreTranslate-compatible service on loopback that works, answers
//! garbage or is down; bad input and refusals.
use crate::concerns::{category_id, reference_of, report};
use crate::harness::translator::{Mode, Translator};
use crate::harness::{html_attr, text, Backend, Options, TestApp, DEMO_PASSWORD, RESIDENT, STAFF};
use crate::on_both_databases;
use crate::public::district_id;

on_both_databases!(turkish_concern_german_answer_round_trip, machine_translation_and_bad_input);

/// A resident reading Quartier in Turkish reports a concern (roads, Berliner
/// Platz: office 66, whose staff is the demo staff account): (reference, id).
async fn turkish_concern(app: &TestApp) -> (String, i64) {
    let roads = category_id(app, "roads").await;
    let district = district_id(app, "Berliner Platz").await.to_string();
    app.login(RESIDENT, DEMO_PASSWORD).await;
    app.submit("/language", &[("lang", "tr"), ("return_to", "/")]).await;
    let (status, location, _) = report(
        app,
        &[("title", "Kaldırımda çukur"), ("description", "Okulun önündeki kaldırımda derin bir çukur var."), ("category", &roads), ("district", &district)],
    )
    .await;
    assert_eq!(status, 303);
    let reference = reference_of(&location);
    let id = app.scalar(&format!("SELECT id AS n FROM concern WHERE reference = '{reference}'")).await;
    app.logout().await;
    // The browser's language choice goes back to German; the account keeps Turkish.
    app.submit("/language", &[("lang", "de"), ("return_to", "/")]).await;
    (reference, id)
}

async fn turkish_concern_german_answer_round_trip(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (reference, id) = turkish_concern(&app).await;
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) AS n FROM concern WHERE id = {id} AND language = 'tr'")).await, 1, "the concern keeps its language");
    let translations = format!("/concerns/{reference}/translations");

    // Nobody without a role translates.
    let (status, _) = app.get(&translations).await;
    assert_eq!(status, 401);
    app.login(RESIDENT, DEMO_PASSWORD).await;
    let (status, _) = app.get(&translations).await;
    assert_eq!(status, 403);
    let (status, _, _) = app.submit(&translations, &[("item", &format!("concern:{id}")), ("language", "de"), ("title", "x"), ("body", "y")]).await;
    assert_eq!(status, 403, "a resident may not translate");
    app.logout().await;

    // Staff read it in German: the original, with a note naming its language.
    app.login(STAFF, DEMO_PASSWORD).await;
    let (status, page) = app.get(&format!("/office/concerns/{id}")).await;
    assert_eq!(status, 200);
    let t = text(&page);
    assert!(t.contains("Kaldırımda çukur") && t.contains("Originalsprache: Türkisch. Es gibt noch keine Übersetzung."), "{t}");
    assert_eq!(html_attr(&page, "h1", "lang").as_deref(), Some("tr"), "screen readers read the title as Turkish");

    // They translate the concern into German, answer in German, and
    // translate the answer into Turkish.
    let (status, location, body) = app
        .submit(&format!("{translations}?item=concern:{id}"), &[
            ("item", &format!("concern:{id}")),
            ("language", "de"),
            ("title", "Loch im Gehweg"),
            ("body", "Vor der Schule ist ein tiefes Loch im Gehweg."),
            ("action", "save"),
        ])
        .await;
    assert_eq!((status, location.as_str()), (303, format!("{translations}?notice=saved").as_str()), "{}", text(&body));
    let (status, _, _) = app
        .submit(&format!("/office/concerns/{id}"), &[("action", "status"), ("status", "planned"), ("answer", "Wir reparieren den Gehweg nächste Woche.")])
        .await;
    assert_eq!(status, 303);
    let answer = app.scalar(&format!("SELECT id AS n FROM concern_event WHERE concern_id = {id} AND kind = 'answered' AND language = 'de'")).await;
    let (_, page) = app.get(&translations).await;
    assert!(text(&page).contains("Wir reparieren den Gehweg nächste Woche."), "the answer can be translated");
    let (status, _, _) = app
        .submit(&format!("{translations}?item=event:{answer}"), &[
            ("item", &format!("event:{answer}")),
            ("language", "tr"),
            ("body", "Kaldırımı gelecek hafta onaracağız."),
            ("action", "save"),
        ])
        .await;
    assert_eq!(status, 303);
    assert_eq!(app.count("content_translation WHERE machine = false").await, 2);
    app.logout().await;

    // A German reader sees the German translation, marked as one.
    let (_, page) = app.get(&format!("/concerns/{reference}")).await;
    let t = text(&page);
    assert!(t.contains("Loch im Gehweg") && t.contains("Übersetzt. Originalsprache: Türkisch."), "{t}");
    assert!(t.contains("Wir reparieren den Gehweg nächste Woche."));
    assert!(!t.contains("Kaldırımı gelecek hafta"), "the German original answer, not its translation");
    let (_, list) = app.get("/concerns").await;
    assert!(text(&list).contains("Loch im Gehweg"), "lists show translated titles");

    // The reporter reads in Turkish: their own text, and the answer translated.
    app.login(RESIDENT, DEMO_PASSWORD).await;
    let (_, page) = app.get(&format!("/concerns/{reference}")).await;
    let t = text(&page);
    assert!(t.contains("Kaldırımda çukur") && !t.contains("Loch im Gehweg"), "{t}");
    assert!(t.contains("Kaldırımı gelecek hafta onaracağız.") && t.contains("Çeviri. Orijinal dil: Almanca."), "{t}");
    assert!(!t.contains("Wir reparieren den Gehweg"), "{t}");
    assert_eq!(html_attr(&page, ".timeline blockquote", "lang").as_deref(), Some("tr"));
    app.logout().await;

    // Someone reading English gets the originals, each with its language named.
    let page = reqwest::Client::new().get(app.url(&format!("/concerns/{reference}"))).header("accept-language", "en").send().await.unwrap().text().await.unwrap();
    let t = text(&page);
    assert!(t.contains("Kaldırımda çukur") && t.contains("Original language: Turkish. There is no translation yet."), "{t}");
    assert!(t.contains("Wir reparieren den Gehweg nächste Woche.") && t.contains("Original language: German. There is no translation yet."), "{t}");
    app.finish().await;
}

async fn machine_translation_and_bad_input(backend: Backend) {
    let translator = Translator::start().await;
    let app = TestApp::spawn_with(backend, Options { translate_url: Some(translator.url.clone()), ..Options::default() }).await;
    let (reference, id) = turkish_concern(&app).await;
    let page = format!("/concerns/{reference}/translations?item=concern:{id}");
    let item = format!("concern:{id}");
    app.login(STAFF, DEMO_PASSWORD).await;

    // Bad input: each refused with a message, the input kept, nothing stored.
    let typed = "Vor der Schule ist ein Loch.";
    for (language, title, body, message) in [
        ("xx", "Loch", typed, "Diese Sprache bietet Quartier nicht an."),
        ("fr", "Loch", typed, "Diese Sprache bietet Quartier nicht an."),
        ("", "Loch", typed, "Bitte füllen Sie dieses Feld aus."),
        ("de", "Loch", "   ", "Bitte füllen Sie dieses Feld aus."),
        ("tr", "Loch", typed, "Der Text ist schon in dieser Sprache geschrieben."),
    ] {
        let (status, _, body_html) = app.submit(&page, &[("item", &item), ("language", language), ("title", title), ("body", body), ("action", "save")]).await;
        assert_eq!(status, 422, "{language:?} {body:?}");
        let t = text(&body_html);
        assert!(t.contains(message), "{message}: {t}");
        assert!(body_html.contains(body.trim()) && crate::harness::field_value(&body_html, "title").as_deref() == Some(title), "input kept");
    }
    let (status, _, _) = app.submit(&page, &[("item", "event:999999"), ("language", "de"), ("body", typed), ("action", "save")]).await;
    assert_eq!(status, 404, "a text of no concern");
    assert_eq!(app.count("content_translation").await, 0, "nothing half-written");
    // An unknown language or item in the address shows the page without a form.
    let (status, html) = app.get(&format!("/concerns/{reference}/translations?item=nothing&to=xx")).await;
    assert_eq!(status, 200);
    assert!(crate::harness::field_value(&html, "item").is_none());

    // The machine translates; readers see the label until a person saves it.
    let (status, location, body) = app.submit(&page, &[("item", &item), ("language", "de"), ("action", "machine")]).await;
    assert_eq!((status, location.contains("notice=machine-translated")), (303, true), "{}", text(&body));
    let sent = translator.requests.lock().unwrap().clone();
    assert_eq!((sent[0]["source"].as_str(), sent[0]["target"].as_str()), (Some("tr"), Some("de")));
    assert_eq!(app.count("content_translation WHERE machine = true").await, 1);
    let (_, public) = app.get(&format!("/concerns/{reference}")).await;
    let t = text(&public);
    assert!(t.contains("[de] Kaldırımda çukur") && t.contains("Maschinell übersetzt, noch nicht von einer Person geprüft. Originalsprache: Türkisch."), "{t}");
    let (_, listing) = app.get(&format!("/concerns/{reference}/translations")).await;
    assert!(text(&listing).contains("Maschinell übersetzt, nicht geprüft"));

    // A person checks and saves it: the label goes, and the machine no longer overwrites it.
    let (status, _, _) = app.submit(&page, &[("item", &item), ("language", "de"), ("title", "Loch im Gehweg"), ("body", "Vor der Schule ist ein tiefes Loch."), ("action", "save")]).await;
    assert_eq!(status, 303);
    let (_, public) = app.get(&format!("/concerns/{reference}")).await;
    assert!(text(&public).contains("Übersetzt. Originalsprache: Türkisch."));
    let (status, _, body) = app.submit(&page, &[("item", &item), ("language", "de"), ("action", "machine")]).await;
    assert_eq!(status, 422);
    assert!(text(&body).contains("Eine Person hat den Text schon in diese Sprache übersetzt."));

    // A service that is down or answers garbage: a message, the original stays.
    for (mode, message) in [(Mode::Down, "Der Übersetzungsdienst antwortet gerade nicht."), (Mode::Garbage, "keine brauchbare Übersetzung")] {
        translator.set(mode);
        let (status, _, body) = app.submit(&page, &[("item", &item), ("language", "en"), ("action", "machine")]).await;
        assert_eq!(status, 422, "{mode:?}");
        assert!(text(&body).contains(message), "{mode:?}: {}", text(&body));
        let english = reqwest::Client::new().get(app.url(&format!("/concerns/{reference}"))).header("accept-language", "en").send().await.unwrap();
        assert_eq!(english.status(), 200);
        assert!(text(&english.text().await.unwrap()).contains("Kaldırımda çukur"), "the page works with the original");
    }
    assert_eq!(app.count("content_translation WHERE language = 'en'").await, 0);
    app.finish().await;
}
