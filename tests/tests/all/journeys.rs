//! Everyday journeys that real users stumbled over (issue 14): a reference
//! number in the search, the list's status apart from the reference, the
//! home page's way to report, the new status in the answer mail, handing
//! back and forwarding ending in the inbox, accepting once, and triage
//! without a preselected office.
use crate::concerns::{category_id, reference_of, report};
use crate::harness::{text, Backend, TestApp, DEMO_PASSWORD, MODERATOR, RESIDENT, STAFF};
use crate::on_both_databases;
use crate::public::district_id;

on_both_databases!(
    residents_find_a_concern_by_its_reference_and_read_the_list,
    office_work_ends_where_it_should_and_accepting_is_done_once,
    triage_starts_without_an_office,
    the_inbox_shows_open_work_most_urgent_first_and_finds_references,
    generated_demo_concerns_keep_the_rules,
    the_account_page_leads_to_my_concerns_my_work_and_a_new_password,
    reporters_hear_when_their_concern_is_hidden_or_merged,
    every_bar_of_a_chart_is_labelled_and_mirrored_right_to_left,
    survey_decisions_and_new_api_keys_are_in_the_audit_log,
);

/// A concern of the resident in Berliner Platz, routed to office 66.
async fn concern(app: &TestApp, title: &str) -> (String, i64) {
    let roads = category_id(app, "roads").await;
    let district = district_id(app, "Berliner Platz").await.to_string();
    app.login(RESIDENT, DEMO_PASSWORD).await;
    let (status, location, body) = report(app, &[("title", title), ("description", "Seit Wochen."), ("category", &roads), ("district", &district)]).await;
    assert_eq!(status, 303, "{}", text(&body));
    app.logout().await;
    let reference = reference_of(&location);
    let id = app.scalar(&format!("SELECT id AS n FROM concern WHERE reference = '{reference}'")).await;
    (reference, id)
}

async fn residents_find_a_concern_by_its_reference_and_read_the_list(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (reference, _) = concern(&app, "Bank am Spielplatz fehlt").await;
    let number: u64 = reference.rsplit('-').next().unwrap().parse().unwrap();
    let year = reference.split('-').nth(1).unwrap();
    for typed in [reference.clone(), reference.to_lowercase(), format!("{year}-{number}"), format!("Q-{year}-{number}")] {
        let search = format!("/concerns?q={}", url::form_urlencoded::byte_serialize(typed.as_bytes()).collect::<String>());
        let r = app.client.get(app.url(&search)).header("accept", "text/html").send().await.unwrap();
        assert!(r.status().is_redirection(), "{typed}: {}", r.status());
        assert_eq!(r.headers()["location"], format!("/concerns/{reference}").as_str(), "{typed}");
    }
    // An unknown number is searched as text and finds nothing.
    let (status, page) = app.get(&format!("/concerns?q={year}-999999")).await;
    assert_eq!(status, 200);
    assert!(text(&page).contains("Keine Anliegen gefunden") || !text(&page).contains("Bank am Spielplatz"), "{}", text(&page));

    // The status stands apart from the reference, in every language.
    let (_, list) = app.get("/concerns").await;
    let t = text(&list);
    assert!(t.contains(&format!("{reference} beim Amt")), "{t}");
    assert!(!t.contains(&format!("{reference}beim")), "{t}");

    // The home page offers reporting first.
    let (_, home) = app.get("/").await;
    let doc = scraper::Html::parse_document(&home);
    let first = doc.select(&scraper::Selector::parse("ul.cards li a").unwrap()).next().unwrap();
    assert_eq!(first.value().attr("href"), Some("/report"));
    assert_eq!(first.text().collect::<String>(), "Anliegen melden");
    app.finish().await;
}

async fn office_work_ends_where_it_should_and_accepting_is_done_once(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (reference, id) = concern(&app, "Schlagloch vor der Schule").await;
    let path = format!("/office/concerns/{id}");
    app.login(STAFF, DEMO_PASSWORD).await;

    // Accepting twice writes one event, and the button is gone after the first.
    let (_, page) = app.get(&path).await;
    assert!(text(&page).contains("Übernehmen"), "{}", text(&page));
    let (status, _, _) = app.submit(&path, &[("action", "accept")]).await;
    assert_eq!(status, 303);
    let (status, _, _) = app.submit(&path, &[("action", "accept")]).await;
    assert_eq!(status, 303, "a second accept is harmless");
    assert_eq!(app.count(&format!("concern_event WHERE concern_id = {id} AND kind = 'accepted'")).await, 1);
    let (_, page) = app.get(&path).await;
    let doc = scraper::Html::parse_document(&page);
    assert!(doc.select(&scraper::Selector::parse("input[name=action][value=accept]").unwrap()).next().is_none(), "no accept button any more");

    // The answer mail names the new status.
    let (status, _, _) = app.submit(&path, &[("action", "status"), ("status", "planned"), ("answer", "Wir bessern das im Mai aus.")]).await;
    assert_eq!(status, 303);
    // The first mail to the reporter was the receipt.
    let mail = app.smtp.wait_for(RESIDENT, 2).await;
    let body = mail.body();
    assert!(body.contains("Wir bessern das im Mai aus.") && body.contains("Neuer Stand: geplant"), "{body}");

    // Handing back ends in the inbox with a notice, not on a refusal.
    let (status, location, _) = app.submit(&path, &[("action", "hand_back"), ("handback_reason", "Das ist Sache des Grünflächenamts.")]).await;
    assert_eq!((status, location.as_str()), (303, "/office?notice=handed-back"));
    let (status, inbox) = app.get(&location).await;
    assert_eq!(status, 200);
    assert!(text(&inbox).contains("Zurückgegeben. Die Moderation ordnet das Anliegen neu zu."), "{}", text(&inbox));
    assert!(!text(&inbox).contains("Kein Zugriff"));
    // Triage shows why it came back.
    app.logout().await;
    app.login(MODERATOR, DEMO_PASSWORD).await;
    let (_, triage) = app.get("/moderation").await;
    let t = text(&triage);
    assert!(t.contains("Schlagloch vor der Schule") && t.contains("Vom Amt zurückgegeben: Das ist Sache des Grünflächenamts."), "{t}");
    let _ = reference;
    app.finish().await;
}

async fn triage_starts_without_an_office(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    // A concern without a routing rule waits in triage.
    let district = district_id(&app, "Berliner Platz").await.to_string();
    let category = category_id(&app, "roads").await;
    {
        use sea_orm::ConnectionTrait;
        app.db.execute_unprepared(&format!("DELETE FROM routing_rule WHERE category_id = {category}")).await.unwrap();
        app.state.reference.invalidate();
    }
    app.login(RESIDENT, DEMO_PASSWORD).await;
    let (status, _, body) = report(&app, &[("title", "Wer ist zuständig?"), ("description", "Unklar."), ("category", &category), ("district", &district)]).await;
    assert_eq!(status, 303, "{}", text(&body));
    app.logout().await;
    app.login(MODERATOR, DEMO_PASSWORD).await;
    let (_, page) = app.get("/moderation").await;
    let doc = scraper::Html::parse_document(&page);
    let select = doc.select(&scraper::Selector::parse("select[name=office]").unwrap()).next().expect("a triage form");
    let first = select.select(&scraper::Selector::parse("option").unwrap()).next().unwrap();
    assert_eq!(first.value().attr("value"), Some(""), "no office preselected");
    assert_eq!(first.text().collect::<String>(), "Bitte wählen");
    assert!(select.value().attr("required").is_some());
    // Sent without a choice, nothing is assigned.
    let concern = app.scalar("SELECT MAX(id) AS n FROM concern").await.to_string();
    let (status, _, _) = app.submit("/moderation", &[("concern", &concern), ("office", "")]).await;
    assert_eq!(status, 422);
    assert_eq!(app.count(&format!("concern WHERE id = {concern} AND office_id IS NOT NULL")).await, 0);
    app.finish().await;
}

async fn the_inbox_shows_open_work_most_urgent_first_and_finds_references(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (first, first_id) = concern(&app, "Laterne flackert").await;
    let (_, second_id) = concern(&app, "Gully verstopft").await;
    let (done, done_id) = concern(&app, "Schild verdreht").await;
    {
        use sea_orm::ConnectionTrait;
        // The second is due first; the third is done.
        app.db.execute_unprepared(&format!("UPDATE concern SET deadline = '2026-01-05' WHERE id = {second_id}")).await.unwrap();
        app.db.execute_unprepared(&format!("UPDATE concern SET deadline = '2026-03-01' WHERE id = {first_id}")).await.unwrap();
        app.db.execute_unprepared(&format!("UPDATE concern SET status = 'done' WHERE id = {done_id}")).await.unwrap();
    }
    app.login(STAFF, DEMO_PASSWORD).await;
    let (status, page) = app.get("/office").await;
    assert_eq!(status, 200);
    let t = text(&page);
    assert!(!t.contains("Schild verdreht"), "closed concerns are not open work: {t}");
    let (a, b) = (t.find("Gully verstopft").unwrap(), t.find("Laterne flackert").unwrap());
    assert!(a < b, "the most urgent first: {t}");
    assert!(t.contains("beim Amt: 2") && t.contains("erledigt: 1"), "counts per status: {t}");

    let (_, page) = app.get("/office?sort=newest").await;
    let t = text(&page);
    assert!(t.find("Gully verstopft").unwrap() < t.find("Laterne flackert").unwrap(), "newest first: {t}");
    let (_, page) = app.get("/office?show=closed").await;
    assert!(text(&page).contains("Schild verdreht"));
    let number: u64 = done.rsplit('-').next().unwrap().parse().unwrap();
    let (_, page) = app.get(&format!("/office?show=all&q={number:}")).await;
    let _ = page;
    let year = first.split('-').nth(1).unwrap();
    let (_, page) = app.get(&format!("/office?show=all&q={year}-{number}")).await;
    let t = text(&page);
    assert!(t.contains("Schild verdreht") && !t.contains("Laterne flackert"), "a reference finds its concern: {t}");
    let (_, page) = app.get("/office?q=Gully").await;
    let t = text(&page);
    assert!(t.contains("Gully verstopft") && !t.contains("Laterne flackert"), "words find their concern: {t}");
    app.finish().await;
}

/// The demo's generated concerns have the timeline the product would have
/// written: no status beyond "with the office" without an accepted and an
/// answered event that set it.
async fn generated_demo_concerns_keep_the_rules(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    server::demo::generate_concerns(&app.db, 80, false).await.unwrap();
    let answered = app.count("concern WHERE status IN ('in_progress', 'planned', 'done', 'not_possible')").await;
    assert!(answered > 20, "{answered}");
    let without = app
        .count(
            "concern c WHERE c.status IN ('in_progress', 'planned', 'done', 'not_possible') AND NOT EXISTS \
             (SELECT 1 FROM concern_event e WHERE e.concern_id = c.id AND e.kind = 'answered' AND e.status = c.status AND e.body IS NOT NULL) \
             OR c.status IN ('in_progress', 'planned', 'done', 'not_possible') AND NOT EXISTS \
             (SELECT 1 FROM concern_event e WHERE e.concern_id = c.id AND e.kind = 'accepted')",
        )
        .await;
    assert_eq!(without, 0, "every status an office set came with its answer");
    assert_eq!(app.count("concern_event e JOIN concern c ON c.id = e.concern_id WHERE e.created_at < c.created_at").await, 0, "no event before its concern");
    // A generated concern page shows its answer.
    let reference: String = {
        use sea_orm::{ConnectionTrait, Statement};
        let row = app.db.query_one_raw(Statement::from_string(app.db.get_database_backend(), "SELECT reference FROM concern WHERE status = 'planned' ORDER BY id LIMIT 1".to_string())).await.unwrap().unwrap();
        row.try_get("", "reference").unwrap()
    };
    let (_, page) = app.get(&format!("/concerns/{reference}")).await;
    assert!(["kümmern uns darum", "Arbeiten sind beauftragt", "erledigt", "nicht ändern"].iter().any(|a| text(&page).contains(a)), "{}", text(&page));
    app.finish().await;
}

async fn the_account_page_leads_to_my_concerns_my_work_and_a_new_password(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let survey = server::demo_survey::create(&app.db).await.unwrap();
    concern(&app, "Spielplatz ohne Schatten").await;

    // A resident finds their concern and its status; no work links.
    app.login(RESIDENT, DEMO_PASSWORD).await;
    let (_, page) = app.get("/account").await;
    let t = text(&page);
    assert!(t.contains("Meine Anliegen") && t.contains("Spielplatz ohne Schatten") && t.contains("beim Amt"), "{t}");
    assert!(!t.contains("Meine Aufgaben"), "{t}");

    // Changing the password: the current one is asked for, and every other
    // session of the person ends while this one stays.
    let other_device = crate::harness::TestApp::client_of(&app);
    let token = {
        let r = other_device.get(app.url("/privacy")).send().await.unwrap();
        crate::harness::field_value(&r.text().await.unwrap(), "_csrf").unwrap()
    };
    let r = other_device.post(app.url("/login")).form(&[("_csrf", token.as_str()), ("email", RESIDENT), ("password", DEMO_PASSWORD)]).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 303);
    let new_password = "Ein neues Passwort am Anger 7";
    let (status, _, body) = app.submit("/account/password", &[("password_current", "falsch geraten 123"), ("password", new_password)]).await;
    assert_eq!(status, 422);
    assert!(text(&body).contains("Das bisherige Passwort stimmt nicht."), "{}", text(&body));
    assert!(!body.contains("falsch geraten"), "passwords are never sent back");
    let (status, location, _) = app.submit("/account/password", &[("password_current", DEMO_PASSWORD), ("password", new_password)]).await;
    assert_eq!((status, location.as_str()), (303, "/account?notice=password-updated"));
    let (status, page) = app.get(&location).await;
    assert_eq!(status, 200, "this session stays signed in");
    assert!(text(&page).contains("Ihr Passwort ist neu."), "{}", text(&page));
    let r = other_device.get(app.url("/account")).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 401, "the other device is signed out");
    app.logout().await;
    app.login(RESIDENT, new_password).await;
    app.logout().await;

    // Staff, moderators and interviewers find their work.
    app.login(STAFF, DEMO_PASSWORD).await;
    let (_, page) = app.get("/account").await;
    assert_eq!(crate::harness::html_attr(&page, "main ul a[href='/office']", "href").as_deref(), Some("/office"));
    app.logout().await;
    app.login(crate::surveys::INTERVIEWER, DEMO_PASSWORD).await;
    let (_, page) = app.get("/account").await;
    let link = format!("/surveys/{survey}/interview");
    assert_eq!(crate::harness::html_attr(&page, &format!("a[href='{link}']"), "href"), Some(link.clone()), "{}", text(&page));
    let (status, _) = app.get(&link).await;
    assert_eq!(status, 200);
    app.finish().await;
}

async fn reporters_hear_when_their_concern_is_hidden_or_merged(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (first, _) = concern(&app, "Müll neben dem Container").await;
    let (second, _) = concern(&app, "Müll am Container liegt wieder").await;
    let (third, _) = concern(&app, "Beleidigung statt Anliegen").await;
    app.login(MODERATOR, DEMO_PASSWORD).await;
    let (status, _, _) = app.submit(&format!("/concerns/{third}/moderate"), &[("decision", "hide"), ("decision_reason", "Der Text beleidigt eine Person.")]).await;
    assert_eq!(status, 303);
    let (status, _, body) = app.submit(&format!("/concerns/{second}/merge"), &[("into", &first)]).await;
    assert_eq!(status, 303, "{}", text(&body));
    // Three receipts came first; then the two news.
    let mut news = Vec::new();
    for n in 4..=5 {
        news.push(app.smtp.wait_for(RESIDENT, n).await.body());
    }
    let hidden = news.iter().find(|b| b.contains("ausgeblendet")).expect("a mail about hiding");
    assert!(hidden.contains("Beleidigung statt Anliegen") && hidden.contains("Der Grund: Der Text beleidigt eine Person."), "{hidden}");
    let merged = news.iter().find(|b| b.contains("gab es schon")).expect("a mail about merging");
    assert!(merged.contains(&format!("Teil von {first}")) && merged.contains(&format!("/concerns/{first}")), "{merged}");
    app.finish().await;
}

async fn every_bar_of_a_chart_is_labelled_and_mirrored_right_to_left(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let survey = server::demo_survey::create(&app.db).await.unwrap();
    server::demo_survey::generate_responses(&app.db, survey, 12, false).await.unwrap();
    app.login(MODERATOR, DEMO_PASSWORD).await;
    let chart_of = |page: &str| -> Vec<(String, String, String, String)> {
        let doc = scraper::Html::parse_document(page);
        let svg = doc.select(&scraper::Selector::parse("svg.chart").unwrap()).next().expect("a chart");
        let texts: Vec<_> = svg.select(&scraper::Selector::parse("text").unwrap()).collect();
        let rects: Vec<_> = svg.select(&scraper::Selector::parse("rect").unwrap()).collect();
        assert_eq!(texts.len(), rects.len(), "one label per bar");
        texts
            .iter()
            .zip(&rects)
            .map(|(t, r)| (t.text().collect(), t.value().attr("text-anchor").unwrap_or("").to_string(), r.value().attr("x").unwrap().to_string(), r.value().attr("width").unwrap().to_string()))
            .collect()
    };
    let (status, page) = app.get(&format!("/surveys/{survey}/results")).await;
    assert_eq!(status, 200);
    for (label, anchor, x, _) in chart_of(&page) {
        assert!(label.contains(": ") && label.contains('%'), "the answer and its figures: {label}");
        assert_eq!((anchor.as_str(), x.as_str()), ("start", "0.0"), "left to right in German");
    }
    let (status, _, _) = app.submit("/language", &[("lang", "ar"), ("return_to", "/")]).await;
    assert_eq!(status, 303);
    let (_, page) = app.get(&format!("/surveys/{survey}/results")).await;
    for (label, anchor, x, width) in chart_of(&page) {
        let (x, width): (f64, f64) = (x.parse().unwrap(), width.parse().unwrap());
        assert_eq!(anchor, "end", "{label}");
        assert!((x + width - 420.0).abs() < 0.2, "bars grow from the right: {x} + {width}");
        assert!(label.contains('٪'), "Arabic figures: {label}");
    }
    app.finish().await;
}

async fn survey_decisions_and_new_api_keys_are_in_the_audit_log(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let survey = server::demo_survey::create(&app.db).await.unwrap();
    server::demo_survey::generate_responses(&app.db, survey, 6, false).await.unwrap();
    app.login(MODERATOR, DEMO_PASSWORD).await;
    for (fields, action) in [
        (vec![("count", "5")], "codes"),
        (vec![("action", "release-all")], "results"),
        (vec![("action", "results-public")], "results"),
        (vec![("action", "close")], "results"),
    ] {
        let (status, _, body) = app.submit(&format!("/surveys/{survey}/{action}"), &fields).await;
        assert_eq!(status, 303, "{fields:?}: {}", text(&body));
    }
    app.logout().await;
    app.login(crate::harness::ADMIN, DEMO_PASSWORD).await;
    let (status, _, _) = app.submit("/admin/api-keys", &[("name", "Stadtplan-App")]).await;
    assert_eq!(status, 201, "the new key is shown once");
    let (_, page) = app.get("/admin/audit").await;
    let t = text(&page);
    for entry in ["Zugangscodes erzeugt", "Alle freien Antworten freigegeben", "Ergebnisse öffentlich gemacht", "Umfrage beendet", "Angelegt"] {
        assert!(t.contains(entry), "{entry}: {t}");
    }
    assert!(app.count("audit_log WHERE action = 'admin-new' AND target = '/admin/api-keys'").await == 1);
    app.finish().await;
}
