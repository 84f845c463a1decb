//! Photos, similar concerns and merging, flags and moderators' decisions,
//! the audit log, and taking part by confirmed email.
use crate::concerns::{category_id, reference_of, report, submission_key};
use crate::harness::{field_value, html_attr, text, Backend, TestApp, ADMIN, DEMO_PASSWORD, MODERATOR, RESIDENT, STAFF};
use crate::on_both_databases;
use crate::public::district_id;
use image::{DynamicImage, ImageFormat};
use std::io::Cursor;

on_both_databases!(
    photos_are_checked_stripped_and_shown,
    similar_concerns_show_while_reporting_and_duplicates_merge,
    flags_hide_until_a_covering_moderator_decides_and_all_is_audited,
    people_without_an_account_support_and_follow_by_confirmed_email,
);

/// A real JPEG carrying an EXIF segment with a GPS marker.
pub fn jpeg_with_gps() -> Vec<u8> {
    let mut plain = Vec::new();
    DynamicImage::new_rgb8(800, 600).write_to(&mut Cursor::new(&mut plain), ImageFormat::Jpeg).unwrap();
    let payload = b"Exif\0\0MM\0*\0\0\0\x08\0\0GPSLatitude 50.97 GPSLongitude 11.03";
    let mut out = vec![0xFF, 0xD8, 0xFF, 0xE1];
    out.extend_from_slice(&((payload.len() + 2) as u16).to_be_bytes());
    out.extend_from_slice(payload);
    out.extend_from_slice(&plain[2..]);
    out
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

async fn photos_are_checked_stripped_and_shown(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let roads = category_id(&app, "roads").await;
    let district = district_id(&app, "Berliner Platz").await.to_string();
    app.login(RESIDENT, DEMO_PASSWORD).await;
    let key = submission_key(&app).await;
    let fields = [("submission_key", key.as_str()), ("title", "Schlagloch vor der Schule"), ("description", "Sehr tief."), ("category", roads.as_str()), ("district", district.as_str())];

    // Bad files: each named with a clear message, the text stays, nothing stored.
    let html = b"<html><script>alert(1)</script></html>".to_vec();
    let (status, _, body) = app.submit_files("/report", &fields, vec![("photos", "foto.jpg", html)]).await;
    assert_eq!(status, 422);
    let t = text(&body);
    assert!(t.contains("„foto.jpg“ ist kein Foto im Format JPEG, PNG oder WebP."), "{t}");
    assert_eq!(field_value(&body, "title").as_deref(), Some("Schlagloch vor der Schule"), "the form keeps what was typed");
    let mut broken = jpeg_with_gps();
    broken.truncate(400);
    let (status, _, body) = app.submit_files("/report", &fields, vec![("photos", "kaputt.jpg", broken)]).await;
    assert_eq!(status, 422);
    assert!(text(&body).contains("„kaputt.jpg“ lässt sich nicht als Foto lesen."), "{}", text(&body));
    let mut huge = jpeg_with_gps();
    huge.resize(10 * 1024 * 1024 + 1, 0);
    let (status, _, body) = app.submit_files("/report", &fields, vec![("photos", "riesig.jpg", huge)]).await;
    assert_eq!(status, 422);
    assert!(text(&body).contains("„riesig.jpg“ ist zu groß. Höchstens 10 MB pro Foto."), "{}", text(&body));
    let four = (1..=4).map(|i| ("photos", ["a.jpg", "b.jpg", "c.jpg", "d.jpg"][i - 1], jpeg_with_gps())).collect();
    let (status, _, body) = app.submit_files("/report", &fields, four).await;
    assert_eq!(status, 422);
    assert!(text(&body).contains("Bitte höchstens 3 Fotos."));
    assert_eq!(app.count("concern").await, 0, "nothing half-written");
    assert_eq!(app.count("concern_photo").await, 0);

    let (status, location, body) = app.submit_files("/report", &fields, vec![("photos", "loch.jpg", jpeg_with_gps()), ("photos", "", Vec::new())]).await;
    assert_eq!(status, 303, "{}", text(&body));
    let reference = reference_of(&location);
    assert_eq!(app.count("concern_photo").await, 1, "an empty file input is no photo");
    let (_, page) = app.get(&format!("/concerns/{reference}")).await;
    let thumb = html_attr(&page, "ul.photos img", "src").expect("the concern page shows the photo");
    let alt = html_attr(&page, "ul.photos img", "alt").unwrap();
    assert_eq!(alt, "Foto 1 von 1 zum Anliegen „Schlagloch vor der Schule“");
    let r = app.client.get(app.url(&thumb)).send().await.unwrap();
    assert_eq!(r.headers()["content-type"], "image/jpeg");
    let bytes = r.bytes().await.unwrap();
    assert_eq!(image::load_from_memory(&bytes).unwrap().width(), 320, "a thumbnail");
    let full = html_attr(&page, "ul.photos a", "href").unwrap();
    let bytes = app.client.get(app.url(&full)).send().await.unwrap().bytes().await.unwrap();
    assert!(!contains(&bytes, b"GPSLatitude") && !contains(&bytes, b"Exif"), "EXIF and GPS data are gone");
    assert_eq!(image::load_from_memory(&bytes).unwrap().width(), 800);
    let (status, _) = app.get("/photos/00000000000000000000000000000000.jpg").await;
    assert_eq!(status, 404);
    let (status, _) = app.get("/photos/..%2F..%2Fquartier.db").await;
    assert_eq!(status, 404);

    // Once a moderator hides the concern, its photos are for reviewers only.
    app.logout().await;
    app.login(MODERATOR, DEMO_PASSWORD).await;
    let (status, _, _) = app.submit(&format!("/concerns/{reference}/moderate"), &[("decision", "hide"), ("decision_reason", "Prüfen")]).await;
    assert_eq!(status, 303);
    let r = app.client.get(app.url(&thumb)).send().await.unwrap();
    assert_eq!((r.status().as_u16(), r.headers()["cache-control"].to_str().unwrap()), (200, "private, no-store"), "the moderator sees it while reviewing");
    app.logout().await;
    let (status, _) = app.get(&thumb).await;
    assert_eq!(status, 404, "the public does not");
    app.login(RESIDENT, DEMO_PASSWORD).await;
    let (status, _) = app.get(&thumb).await;
    assert_eq!(status, 404, "nor a resident");
    app.finish().await;
}

async fn similar_concerns_show_while_reporting_and_duplicates_merge(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let roads = category_id(&app, "roads").await;
    let berliner = district_id(&app, "Berliner Platz").await.to_string();
    app.login(RESIDENT, DEMO_PASSWORD).await;
    let (_, first, _) = report(&app, &[("title", "Straßenlaterne defekt"), ("description", "Die Laterne vor Nr. 5 ist dunkel."), ("category", &roads), ("district", &berliner), ("latitude", "51.0000"), ("longitude", "11.0000")]).await;
    let first = reference_of(&first);
    let (_, other, _) = report(&app, &[("title", "Müll im Park"), ("description", "Überall Flaschen."), ("category", &roads), ("district", &berliner)]).await;
    let other = reference_of(&other);

    // Looking for similar concerns while reporting (a GET of the form: works without JavaScript).
    let check = format!("/report?check=1&title=Laterne+kaputt&description=&category={roads}&district={berliner}&latitude=51.0005&longitude=11.0000");
    let (status, page) = app.get(&check).await;
    assert_eq!(status, 200);
    let t = text(&page);
    assert!(t.contains("Ähnliche Anliegen") && t.contains("Straßenlaterne defekt") && !t.contains("Müll im Park"), "{t}");
    assert_eq!(field_value(&page, "title").as_deref(), Some("Laterne kaputt"), "the form keeps what was typed");
    let far = format!("/report?check=1&title=Laterne+kaputt&category={roads}&district={berliner}&latitude=51.0100&longitude=11.0000");
    let (_, page) = app.get(&far).await;
    assert!(text(&page).contains("Wir haben kein ähnliches offenes Anliegen gefunden."), "more than 200 m away");

    // The duplicate is reported anyway, then merged by the office.
    let (_, second, _) = report(&app, &[("title", "Laterne kaputt"), ("description", "Seit Tagen dunkel."), ("category", &roads), ("district", &berliner)]).await;
    let second = reference_of(&second);
    app.submit(&format!("/concerns/{second}/support"), &[]).await;
    let (status, _, _) = app.submit(&format!("/concerns/{second}/merge"), &[("into", &first), ("confirm", "on")]).await;
    assert_eq!(status, 403, "residents do not merge");
    app.logout().await;
    app.login(MODERATOR, DEMO_PASSWORD).await;
    app.submit(&format!("/concerns/{second}/support"), &[]).await;
    app.submit(&format!("/concerns/{first}/support"), &[]).await;
    app.submit(&format!("/concerns/{second}/follow"), &[("follow", "on")]).await;
    app.logout().await;

    app.login(STAFF, DEMO_PASSWORD).await;
    let (status, _, body) = app.submit(&format!("/concerns/{second}/merge"), &[("into", "Q-1999-000001")]).await;
    assert_eq!(status, 422);
    assert!(text(&body).contains("Ein Anliegen mit diesem Aktenzeichen gibt es nicht."));
    assert_eq!(field_value(&body, "into").as_deref(), Some("Q-1999-000001"));
    let (status, _, body) = app.submit(&format!("/concerns/{second}/merge"), &[("into", &second)]).await;
    assert_eq!(status, 422);
    assert!(text(&body).contains("nicht mit sich selbst"));
    let (status, location, _) = app.submit(&format!("/concerns/{second}/merge"), &[("into", &first), ("confirm", "on")]).await;
    assert_eq!((status, location), (303, format!("/concerns/{second}?notice=merged")));
    let supports = app.scalar(&format!("SELECT supports AS n FROM concern WHERE reference = '{first}'")).await;
    assert_eq!(supports, 2, "resident and moderator, the moderator counted once");
    let followers = app.scalar(&format!("SELECT COUNT(*) AS n FROM concern_follower WHERE concern_id = (SELECT id FROM concern WHERE reference = '{first}')")).await;
    assert_eq!(followers, 1, "the follower moved over");
    let mail = app.smtp.wait_for(MODERATOR, 1).await;
    assert!(mail.body().contains("zusammengeführt"), "{}", mail.body());
    let (_, page) = app.get(&format!("/concerns/{second}")).await;
    let t = text(&page);
    assert!(t.contains("doppelt") && t.contains(&format!("Als doppelt zusammengeführt mit diesem Anliegen: {first}")), "{t}");
    let (_, page) = app.get(&format!("/concerns/{first}")).await;
    assert!(text(&page).contains(&format!("Ein doppeltes Anliegen wurde hierher zusammengeführt: {second}")));
    let (_, list) = app.get("/concerns").await;
    assert!(!text(&list).contains("Laterne kaputt"), "merged duplicates leave the list");
    let (status, _, _) = app.submit(&format!("/concerns/{other}/merge"), &[("into", &second)]).await;
    assert_eq!(status, 422, "not into a duplicate");
    app.finish().await;
}

async fn flags_hide_until_a_covering_moderator_decides_and_all_is_audited(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let roads = category_id(&app, "roads").await;
    let berliner = district_id(&app, "Berliner Platz").await.to_string();
    let vieselbach = district_id(&app, "Vieselbach").await.to_string();
    app.login(RESIDENT, DEMO_PASSWORD).await;
    let (_, location, _) = report(&app, &[("title", "Unsinn und Beleidigung"), ("description", "Alle im Amt sind …"), ("category", &roads), ("district", &berliner)]).await;
    let reference = reference_of(&location);
    let (_, location, _) = report(&app, &[("title", "Weg in Vieselbach"), ("description", "Schlamm."), ("category", &roads), ("district", &vieselbach)]).await;
    let far_reference = reference_of(&location);
    app.submit(&format!("/concerns/{reference}/comment"), &[("comment", "Ein ganz normaler Kommentar.")]).await;
    let (status, _, body) = app.submit(&format!("/concerns/{reference}/flag"), &[("reason", "")]).await;
    assert_eq!(status, 422, "a reason is required");
    assert!(text(&body).contains("Bitte füllen Sie dieses Feld aus."));
    let (status, location, _) = app.submit(&format!("/concerns/{reference}/flag"), &[("reason", "Beleidigend")]).await;
    assert_eq!((status, location.as_str()), (303, format!("/concerns/{reference}?notice=flagged").as_str()));
    let (status, _, body) = app.submit(&format!("/concerns/{reference}/flag"), &[("reason", "Nochmal")]).await;
    assert_eq!(status, 422, "once per person");
    assert!(text(&body).contains("Sie haben das schon gemeldet."));
    app.logout().await;
    // A visitor without an account flags too; then a third person.
    let (status, _, _) = app.submit(&format!("/concerns/{reference}/flag"), &[("reason", "Unsachlich")]).await;
    assert_eq!(status, 303);
    let (_, page) = app.get("/concerns").await;
    assert!(text(&page).contains("Unsinn und Beleidigung"), "two flags hide nothing");
    app.login(STAFF, DEMO_PASSWORD).await;
    app.submit(&format!("/concerns/{reference}/flag"), &[("reason", "Kein Anliegen")]).await;
    app.logout().await;
    let (_, page) = app.get("/concerns").await;
    assert!(!text(&page).contains("Unsinn und Beleidigung"), "three open flags hide the concern");
    let (status, page) = app.get(&format!("/concerns/{reference}")).await;
    assert_eq!(status, 200);
    let t = text(&page);
    assert!(t.contains("ausgeblendet, bis die Moderation es geprüft hat") && !t.contains("Alle im Amt"), "{t}");

    // Only moderators of forums covering the district decide.
    let decide = format!("/concerns/{reference}/moderate");
    let (status, _, _) = app.submit(&decide, &[("decision", "restore"), ("decision_reason", "Ich finde es gut.")]).await;
    assert_eq!(status, 401, "visitors are asked to sign in");
    app.login(RESIDENT, DEMO_PASSWORD).await;
    let (status, _, _) = app.submit(&decide, &[("decision", "restore"), ("decision_reason", "Ich finde es gut.")]).await;
    assert_eq!(status, 403, "residents do not moderate");
    app.logout().await;
    app.login(MODERATOR, DEMO_PASSWORD).await;
    let (status, _, _) = app.submit(&format!("/concerns/{far_reference}/moderate"), &[("decision", "hide"), ("decision_reason", "Test")]).await;
    assert_eq!(status, 403, "not a district of their forums");
    let (_, queue) = app.get("/moderation").await;
    let t = text(&queue);
    assert!(t.contains("Gemeldete Inhalte") && t.contains("Unsinn und Beleidigung") && t.contains("Beleidigend") && t.contains("Kein Anliegen"), "{t}");
    let (_, page) = app.get(&format!("/concerns/{reference}")).await;
    assert!(text(&page).contains("Alle im Amt"), "the moderator sees what to decide on");
    let (status, _, body) = app.submit(&format!("/concerns/{reference}/moderate"), &[("decision", "hide"), ("decision_reason", "")]).await;
    assert_eq!(status, 422);
    assert!(text(&body).contains("Bitte füllen Sie dieses Feld aus."));
    let (status, _, _) = app.submit(&format!("/concerns/{reference}/moderate"), &[("decision", "hide"), ("decision_reason", "Beleidigt Mitarbeitende.")]).await;
    assert_eq!(status, 303);
    let comment = app.scalar("SELECT id AS n FROM concern_comment").await.to_string();
    // A bad reason under a comment comes back at that comment's form.
    let long = "x".repeat(501);
    let (status, _, body) = app.submit(&format!("/concerns/{reference}/flag"), &[("comment_id", &comment), ("comment_reason", &long)]).await;
    assert_eq!(status, 422);
    assert!(text(&body).contains("Bitte höchstens 500 Zeichen."));
    assert_eq!(field_value(&body, "comment_reason"), Some(long), "the reason stays in the comment's form");
    assert_eq!(html_attr(&body, "#field-comment_reason", "aria-invalid").as_deref(), Some("true"), "the error summary links to it");
    assert_eq!(field_value(&body, "reason").as_deref(), Some(""), "not in the concern's flag form");
    let (status, _, _) = app.submit(&format!("/concerns/{reference}/moderate"), &[("comment_id", &comment), ("decision", "hide"), ("comment_decision_reason", "Test des Ausblendens.")]).await;
    assert_eq!(status, 303);
    app.logout().await;
    assert_eq!(app.scalar("SELECT COUNT(*) AS n FROM flag WHERE resolved_at IS NULL").await, 0, "the decision settles the flags");
    let (_, page) = app.get(&format!("/concerns/{reference}")).await;
    let t = text(&page);
    assert!(t.contains("Grund: Beleidigt Mitarbeitende.") && !t.contains("Alle im Amt"), "{t}");

    app.login(MODERATOR, DEMO_PASSWORD).await;
    let (status, _, _) = app.submit(&format!("/concerns/{reference}/moderate"), &[("decision", "restore"), ("decision_reason", "Nach Rücksprache in Ordnung.")]).await;
    assert_eq!(status, 303);
    app.logout().await;
    let (_, page) = app.get(&format!("/concerns/{reference}")).await;
    let t = text(&page);
    assert!(t.contains("Alle im Amt") && t.contains("Von der Moderation wieder gezeigt") && t.contains("Nach Rücksprache in Ordnung."), "{t}");
    assert!(t.contains("Grund: Test des Ausblendens.") && !t.contains("Ein ganz normaler Kommentar."), "the comment stays hidden: {t}");

    // Office actions go into the audit log too; only admins read it.
    app.login(STAFF, DEMO_PASSWORD).await;
    let id = app.scalar(&format!("SELECT id AS n FROM concern WHERE reference = '{reference}'")).await;
    app.submit(&format!("/office/concerns/{id}"), &[("action", "accept")]).await;
    let (status, _) = app.get("/admin/audit").await;
    assert_eq!(status, 403);
    app.logout().await;
    app.login(ADMIN, DEMO_PASSWORD).await;
    let (status, _, _) = app.submit("/admin/offices/new", &[("code", "99"), ("name", "Testamt"), ("department", "Dezernat 9"), ("contact_email", "")]).await;
    assert_eq!(status, 303);
    let (status, page) = app.get("/admin/audit").await;
    assert_eq!(status, 200);
    let t = text(&page);
    for expected in ["Mona Moderation (Moderation) Anliegen ausgeblendet", "Anliegen wieder gezeigt", "Kommentar ausgeblendet", "Otto Tiefbau (Amt) Übernommen", "(Verwaltung) Angelegt /admin/offices/new"] {
        assert!(t.contains(expected), "{expected} in {t}");
    }
    // An admin's change says what changed, old and new.
    let office = app.scalar("SELECT id AS n FROM office WHERE code = '99'").await;
    let (status, _, _) = app.submit(&format!("/admin/offices/{office}"), &[("code", "99"), ("name", "Prüfamt"), ("department", "Dezernat 9"), ("contact_email", "")]).await;
    assert_eq!(status, 303);
    let (_, page) = app.get("/admin/audit").await;
    let t = text(&page);
    assert!(t.contains("name: «Testamt» → «Prüfamt»"), "{t}");
    assert!(!t.contains("department: «Dezernat 9»"), "unchanged fields are left out: {t}");
    // Times in the city's time zone (Europe/Berlin by default), not UTC.
    assert!(!t.contains(" UTC") && (t.contains(" CET") || t.contains(" CEST")), "{t}");
    app.finish().await;
}

async fn people_without_an_account_support_and_follow_by_confirmed_email(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let roads = category_id(&app, "roads").await;
    let district = district_id(&app, "Johannesplatz").await.to_string();
    app.login(RESIDENT, DEMO_PASSWORD).await;
    let (_, location, _) = report(&app, &[("title", "Ampel zu kurz grün"), ("description", "Kaum zu schaffen."), ("category", &roads), ("district", &district)]).await;
    let reference = reference_of(&location);
    app.logout().await;
    let page_path = format!("/concerns/{reference}");

    let (status, _, body) = app.submit(&format!("{page_path}/support"), &[("email", "kein-at-zeichen")]).await;
    assert_eq!(status, 422);
    assert_eq!(field_value(&body, "email").as_deref(), Some("kein-at-zeichen"));
    let (status, location, _) = app.submit(&format!("{page_path}/support"), &[("email", "nachbar@example.org")]).await;
    assert_eq!((status, location), (303, format!("{page_path}?notice=participation-mailed")));
    assert_eq!(app.scalar(&format!("SELECT supports AS n FROM concern WHERE reference = '{reference}'")).await, 0, "not before the link is clicked");
    let mail = app.smtp.wait_for("nachbar@example.org", 1).await;
    let link = mail.link(&format!("{}/concerns/participate?token=", app.base)).expect("confirmation link");
    for _ in 0..2 {
        let r = app.client.get(&link).send().await.unwrap();
        assert_eq!(r.headers()["location"].to_str().unwrap(), format!("{page_path}?notice=participation-confirmed"));
    }
    assert_eq!(app.scalar(&format!("SELECT supports AS n FROM concern WHERE reference = '{reference}'")).await, 1, "counted once");
    let (status, _, body) = app.submit(&format!("{page_path}/support"), &[("email", "Nachbar@Example.org")]).await;
    assert_eq!(status, 422, "once per confirmed email");
    assert!(text(&body).contains("Sie haben schon gesagt, dass Sie das betrifft."));

    app.submit(&format!("{page_path}/follow"), &[("email", "nachbar@example.org"), ("follow", "on")]).await;
    let mail = app.smtp.wait_for("nachbar@example.org", 2).await;
    let link = mail.link(&format!("{}/concerns/participate?token=", app.base)).expect("confirmation link");
    app.client.get(&link).send().await.unwrap();
    let r = app.client.get(app.url("/concerns/participate?token=forged")).send().await.unwrap();
    assert_eq!(r.headers()["location"].to_str().unwrap(), "/concerns?notice=link-invalid");

    app.login(STAFF, DEMO_PASSWORD).await;
    let id = app.scalar(&format!("SELECT id AS n FROM concern WHERE reference = '{reference}'")).await;
    app.submit(&format!("/office/concerns/{id}"), &[("action", "accept")]).await;
    let news = app.smtp.wait_for("nachbar@example.org", 3).await;
    assert!(news.body().contains("Das Amt hat das Anliegen übernommen."), "{}", news.body());
    let stop = news.link(&format!("{}/concerns/stop-following?key=", app.base)).expect("a link to stop the mails");
    let r = app.client.get(&stop).send().await.unwrap();
    assert_eq!(r.headers()["location"].to_str().unwrap(), format!("{page_path}?notice=following-stopped"));
    app.submit(&format!("/office/concerns/{id}"), &[("action", "status"), ("status", "planned"), ("answer", "Wird umprogrammiert.")]).await;
    // The reporter's answer mail is queued after the followers' mails.
    app.smtp.wait_for(RESIDENT, 2).await;
    assert_eq!(app.smtp.all().iter().filter(|m| m.to.iter().any(|t| t == "nachbar@example.org")).count(), 3, "no mail after stopping");
    app.finish().await;
}
