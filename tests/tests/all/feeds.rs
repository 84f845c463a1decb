//! Atom feeds: parsed back with `atom_syndication`, their entries, stable
//! ids and times, the scopes, what never appears in them, and bad ids.
use crate::concerns::{category_id, reference_of, report};
use crate::harness::{text, Backend, TestApp, DEMO_PASSWORD, RESIDENT, STAFF};
use crate::on_both_databases;
use crate::public::district_id;
use atom_syndication::Feed;

on_both_databases!(feeds_carry_new_concerns_and_public_answers, bad_feed_addresses_are_not_found);

async fn atom(app: &TestApp, path: &str) -> Feed {
    let response = app.client.get(app.url(path)).send().await.unwrap();
    assert_eq!(response.status(), 200, "{path}");
    assert!(response.headers()["content-type"].to_str().unwrap().starts_with("application/atom+xml"), "{path}");
    let body = response.text().await.unwrap();
    assert!(!body.contains('@'), "no email address in a feed: {body}");
    Feed::read_from(body.as_bytes()).unwrap_or_else(|e| panic!("{path} is no Atom feed ({e}): {body}"))
}

fn ids(feed: &Feed) -> Vec<String> {
    feed.entries.iter().map(|e| e.id.clone()).collect()
}

async fn feeds_carry_new_concerns_and_public_answers(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (roads, green) = (category_id(&app, "roads").await, category_id(&app, "green").await);
    let district = district_id(&app, "Berliner Platz").await;
    let elsewhere = district_id(&app, "Roter Berg").await;
    let office_66 = app.scalar("SELECT id AS n FROM office WHERE code = '66'").await;
    // Not confirmed yet: in no feed, and the address never.
    report(&app, &[("title", "Unbestätigt"), ("description", "Noch nicht bestätigt."), ("category", &green), ("district", &district.to_string()), ("email", "geheim@example.org")]).await;
    app.login(RESIDENT, DEMO_PASSWORD).await;
    let (status, location, _) =
        report(&app, &[("title", "Ampel <b>kurz</b>"), ("description", "Die Ampel ist zu kurz grün & das ist gefährlich."), ("category", &roads), ("district", &district.to_string())]).await;
    assert_eq!(status, 303);
    let reference = reference_of(&location);
    app.login(STAFF, DEMO_PASSWORD).await;
    let id = app.scalar(&format!("SELECT id AS n FROM concern WHERE reference = '{reference}'")).await;
    let (status, _, body) = app.submit(&format!("/office/concerns/{id}"), &[("action", "status"), ("status", "planned"), ("answer", "Wir stellen die Ampel im März um.")]).await;
    assert_eq!(status, 303, "{}", text(&body));
    app.submit(&format!("/office/concerns/{id}"), &[("action", "note"), ("note", "Interne Notiz zur Ampel")]).await;
    app.logout().await;

    let city = atom(&app, "/feeds/concerns.atom").await;
    assert_eq!(city.entries.len(), 2, "the new concern and its answer: {:?}", ids(&city));
    let (answer, new) = (&city.entries[0], &city.entries[1]);
    assert_eq!(new.title.value, "Anliegen eingegangen: Ampel <b>kurz</b>", "text, escaped by the writer and read back whole");
    assert_eq!(new.content.as_ref().and_then(|c| c.value.as_deref()), Some("Die Ampel ist zu kurz grün & das ist gefährlich."));
    assert_eq!(answer.title.value, "Antwort von 66 Tiefbau- und Verkehrsamt: geplant: Ampel <b>kurz</b>");
    assert_eq!(answer.content.as_ref().and_then(|c| c.value.as_deref()), Some("Wir stellen die Ampel im März um."));
    assert!(answer.links[0].href.ends_with(&format!("/concerns/{reference}")));
    assert!(answer.updated >= new.updated, "newest first");
    assert_eq!(city.updated, answer.updated, "the feed is as new as its newest entry");
    assert!(city.links.iter().any(|l| l.rel == "self" && l.href.ends_with("/feeds/concerns.atom")));
    let again = atom(&app, "/feeds/concerns.atom").await;
    assert_eq!(ids(&again), ids(&city), "ids stay the same from request to request");
    assert_eq!(again.updated, city.updated);

    assert_eq!(ids(&atom(&app, &format!("/feeds/concerns.atom?district={district}")).await), ids(&city));
    assert!(atom(&app, &format!("/feeds/concerns.atom?district={elsewhere}")).await.entries.is_empty());
    assert_eq!(ids(&atom(&app, &format!("/feeds/concerns.atom?category={roads}")).await), ids(&city));
    assert!(atom(&app, &format!("/feeds/concerns.atom?category={green}")).await.entries.is_empty(), "the unconfirmed report is in no feed");
    assert_eq!(ids(&atom(&app, &format!("/feeds/concerns.atom?office={office_66}")).await), ids(&city));

    // One concern's timeline: every public entry, never the internal note.
    let timeline = atom(&app, &format!("/concerns/{reference}/feed.atom")).await;
    let public = app.scalar(&format!("SELECT COUNT(*) AS n FROM concern_event WHERE concern_id = {id} AND public = TRUE")).await;
    assert_eq!(timeline.entries.len() as i64, public);
    assert!(timeline.entries.iter().all(|e| !e.title.value.contains("Interne Notiz") && e.content.as_ref().and_then(|c| c.value.as_deref()) != Some("Interne Notiz zur Ampel")));
    assert!(timeline.title.value.contains(&reference));

    // The pages name their feeds.
    for (page, feed) in [
        ("/concerns".to_string(), "/feeds/concerns.atom".to_string()),
        (format!("/districts/{district}"), format!("/feeds/concerns.atom?district={district}")),
        (format!("/offices/{office_66}"), format!("/feeds/concerns.atom?office={office_66}")),
        (format!("/concerns/{reference}"), format!("/concerns/{reference}/feed.atom")),
        ("/surveys".to_string(), "/feeds/surveys.atom".to_string()),
    ] {
        let (_, html) = app.get(&page).await;
        let href = crate::harness::html_attr(&html, r#"link[rel="alternate"][type="application/atom+xml"]"#, "href");
        assert_eq!(href.as_deref().map(|h| h.replace("&amp;", "&")), Some(feed), "{page}");
    }

    // Survey results once they are public.
    assert!(atom(&app, "/feeds/surveys.atom").await.entries.is_empty());
    let survey = crate::surveys::published_survey(&app).await;
    app.logout().await;
    let surveys = atom(&app, "/feeds/surveys.atom").await;
    assert_eq!(surveys.entries.len(), 1);
    assert!(surveys.entries[0].id.ends_with(&format!("/surveys/{survey}/results")));
    assert_eq!(surveys.entries[0].title.value, "Ergebnisse: Unser Platz");
    app.finish().await;
}

async fn bad_feed_addresses_are_not_found(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    for path in [
        "/feeds/concerns.atom?district=999999",
        "/feeds/concerns.atom?district=abc",
        "/feeds/concerns.atom?category=999999",
        "/feeds/concerns.atom?office=-1",
        "/concerns/Q-2000-999999/feed.atom",
        "/concerns/%3Cscript%3E/feed.atom",
    ] {
        let response = app.client.get(app.url(path)).send().await.unwrap();
        assert_eq!(response.status(), 404, "{path}");
        assert!(!response.text().await.unwrap().contains("<script>"), "{path}");
    }
    app.finish().await;
}
