//! Everyday journeys that real users stumbled over (issue 14): a reference
//! number in the search, the list's status apart from the reference, the
//! home page's way to report, the new status in the answer mail, handing
//! back and forwarding ending in the inbox, accepting once, and triage
//! without a preselected office.
use crate::concerns::{category_id, reference_of, report};
use crate::harness::{text, Backend, TestApp, DEMO_PASSWORD, MODERATOR, RESIDENT, STAFF};
use crate::on_both_databases;
use sea_orm::ConnectionTrait;
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
    survey_access_is_settled_before_the_first_question,
    a_survey_says_its_languages_and_keeps_to_one,
    a_published_survey_takes_corrections_and_languages_and_closes_from_its_page,
    the_paper_form_prints_what_is_typed_and_every_rule,
    exports_open_in_office_software,
    admins_find_people_invite_staff_and_add_categories_in_german_first,
    lists_are_sorted_as_readers_expect,
    residents_join_a_forum_and_write_to_its_moderators,
    one_rule_for_public_names_chosen_by_the_person,
    the_account_page_shows_what_i_follow_and_answered_and_changes_my_address,
    merging_offers_similar_concerns_and_asks_first,
);

/// A concern of the resident in Berliner Platz, routed to office 66.
pub(crate) async fn concern(app: &TestApp, title: &str) -> (String, i64) {
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
    // The audit log keeps the old and the new status.
    let detail = app.text_value("SELECT detail AS v FROM audit_log WHERE action = 'office-answered'").await;
    assert!(detail.starts_with("status: «open» → «planned»; Wir bessern"), "{detail}");

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
    let (status, _, body) = app.submit(&format!("/concerns/{second}/merge"), &[("into", &first), ("confirm", "on")]).await;
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

/// The codes of a survey, as the moderator downloads them.
async fn survey_codes(app: &TestApp, id: i64, count: u32) -> Vec<String> {
    let (status, _, _) = app.submit(&format!("/surveys/{id}/codes"), &[("count", &count.to_string())]).await;
    assert_eq!(status, 303);
    let csv = app.client.get(app.url(&format!("/surveys/{id}/codes.csv"))).send().await.unwrap().text().await.unwrap();
    csv.lines().skip(1).map(|l| l.split(',').next().unwrap().to_string()).collect()
}

async fn survey_access_is_settled_before_the_first_question(backend: Backend) {
    use crate::harness::field_value;
    let app = TestApp::spawn(backend).await;
    let id = crate::surveys::published_survey(&app).await;
    let codes = survey_codes(&app, id, 2).await;
    let qs = crate::surveys::question_ids(&app, id).await;
    let question = format!("name=\"q{}\"", qs[0]);
    app.logout().await;

    // Without an account: what is needed comes first, and no question yet.
    let (status, page) = app.get(&format!("/surveys/{id}")).await;
    assert_eq!(status, 200);
    let t = text(&page);
    assert!(t.contains("Bevor Sie anfangen") && t.contains("drei Wege"), "{t}");
    assert!(!page.contains(&question), "no question before the code");
    assert!(page.contains("/surveys/") && page.contains("/link"), "the link by email is offered");

    // A wrong code is refused at once; what was typed stays.
    let key = crate::harness::random_suffix();
    let gate = |code: &str| vec![("submission_key", key.clone()), ("lang", "de".into()), ("plain", "0".into()), ("nav", "code".into()), ("code", code.to_string())];
    let fields = gate("ZZZZ-ZZZZ");
    let refs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let (status, _, body) = app.submit(&format!("/surveys/{id}"), &refs).await;
    assert_eq!(status, 422);
    assert!(text(&body).contains("Diesen Code gibt es nicht."), "{}", text(&body));
    assert_eq!(field_value(&body, "code").as_deref(), Some("ZZZZ-ZZZZ"));
    assert!(!body.contains(&question));

    // A good code opens the questions and travels with them.
    let fields = gate(&codes[0].to_lowercase());
    let refs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let (status, _, body) = app.submit(&format!("/surveys/{id}"), &refs).await;
    assert_eq!(status, 200, "{}", text(&body));
    assert!(body.contains(&question), "{}", text(&body));
    assert!(!text(&body).contains("Bevor Sie anfangen"));
    assert_eq!(field_value(&body, "code").as_deref(), Some(codes[0].to_lowercase().as_str()));
    let district = crate::public::district_id(&app, "Berliner Platz").await.to_string();
    let full = crate::surveys::answers(&app, id, 1).await;
    let (status, _, body) = crate::surveys::answer(&app, &format!("/surveys/{id}"), &[("code", &codes[0]), ("district", &district)], &full).await;
    assert_eq!(status, 303, "{}", text(&body));

    // A link with a used code says so before any question.
    let (_, page) = app.get(&format!("/surveys/{id}?code={}", codes[0])).await;
    assert!(text(&page).contains("Dieser Code wurde schon benutzt."), "{}", text(&page));
    assert!(!page.contains(&question));
    // A link with a fresh code goes straight to the questions.
    let (_, page) = app.get(&format!("/surveys/{id}?code={}", codes[1])).await;
    assert!(page.contains(&question) && !text(&page).contains("Bevor Sie anfangen"));

    // Signed in, nobody is asked for a code.
    app.login(RESIDENT, DEMO_PASSWORD).await;
    let (_, page) = app.get(&format!("/surveys/{id}")).await;
    assert!(page.contains(&question) && !text(&page).contains("Zugangscode"), "{}", text(&page));
    app.finish().await;
}

async fn a_survey_says_its_languages_and_keeps_to_one(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let id = crate::surveys::published_survey(&app).await;
    app.logout().await;
    app.login(RESIDENT, DEMO_PASSWORD).await;
    let (_, page) = app.get(&format!("/surveys/{id}")).await;
    assert!(text(&page).contains("Diese Umfrage gibt es auf: Deutsch."), "{}", text(&page));

    // Under the Arabic interface the German-only survey says so, in Arabic,
    // and the form stays German from question to button, left to right.
    app.submit("/language", &[("lang", "ar"), ("return_to", "/")]).await;
    let (_, page) = app.get(&format!("/surveys/{id}")).await;
    let doc = scraper::Html::parse_document(&page);
    let note = doc.select(&scraper::Selector::parse(".survey-offered").unwrap()).next().expect("the languages note").text().collect::<String>();
    assert!(note.contains("العربية") && note.contains("Deutsch"), "{note}");
    let form = doc.select(&scraper::Selector::parse("form.survey-form").unwrap()).next().expect("the form");
    assert_eq!((form.value().attr("lang"), form.value().attr("dir")), (Some("de"), Some("ltr")));
    let form_text = form.text().collect::<String>();
    assert!(form_text.contains("Höchstens 50 Zeichen.") && form_text.contains("Antworten senden"), "hints and button in German: {form_text}");
    assert!(!form_text.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)), "no Arabic inside the German form: {form_text}");

    // A failed answer keeps its errors German inside the form, and the
    // response records the language the questions were shown in.
    let district = crate::public::district_id(&app, "Berliner Platz").await.to_string();
    let mut full = crate::surveys::answers(&app, id, 2).await;
    full.remove(0);
    let (status, _, body) = crate::surveys::answer(&app, &format!("/surveys/{id}"), &[("district", &district)], &full).await;
    assert_eq!(status, 422);
    let doc = scraper::Html::parse_document(&body);
    let form = doc.select(&scraper::Selector::parse("form.survey-form .error").unwrap()).next().expect("an error").text().collect::<String>();
    assert_eq!(form, "Bitte beantworten Sie diese Frage.");
    let full = crate::surveys::answers(&app, id, 2).await;
    let (status, _, body) = crate::surveys::answer(&app, &format!("/surveys/{id}"), &[("district", &district)], &full).await;
    assert_eq!(status, 303, "{}", text(&body));
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) AS n FROM survey_response WHERE survey_id = {id} AND language = 'de'")).await, 2);
    app.finish().await;
}

async fn a_published_survey_takes_corrections_and_languages_and_closes_from_its_page(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let id = crate::surveys::published_survey(&app).await;
    let qs = crate::surveys::question_ids(&app, id).await;

    // The builder says what may still change and offers the correction.
    let (_, page) = app.get(&format!("/surveys/{id}/edit")).await;
    assert!(text(&page).contains("Texte können Sie noch berichtigen"), "{}", text(&page));
    assert!(page.contains(&format!("/surveys/{id}/translate?lang=de&amp;plain=0")));
    let (_, page) = app.get(&format!("/surveys/{id}/translate?lang=de&plain=0")).await;
    assert!(page.contains("name=\"t-title\""), "{}", text(&page));

    // Typos are fixed: residents see it at once, the log keeps old and new.
    let question = format!("t-q{}", qs[0]);
    let fields = [("lang", "de"), ("plain", "0"), ("t-title", "Unser schöner Platz"), (question.as_str(), "Was fehlt auf dem Platz?")];
    let (status, _, body) = app.submit(&format!("/surveys/{id}/translate"), &fields).await;
    assert_eq!(status, 303, "{}", text(&body));
    let (_, page) = app.get(&format!("/surveys/{id}/print?count=1")).await;
    assert!(text(&page).contains("Was fehlt auf dem Platz?") && !text(&page).contains("Was fehlt am Platz?"), "{}", text(&page));
    let detail = app.text_value(&format!("SELECT detail AS v FROM audit_log WHERE action = 'survey-text-corrected' AND detail LIKE 'q%' AND target = '#{id}'")).await;
    assert!(detail.contains("«Was fehlt am Platz?»") && detail.contains("«Was fehlt auf dem Platz?»"), "{detail}");
    assert_eq!(app.scalar("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'survey-text-corrected'").await, 2);
    app.logout().await;
    let (_, page) = app.get(&format!("/surveys/{id}")).await;
    assert!(text(&page).contains("Unser schöner Platz"), "the public page has the new title: {}", text(&page));
    app.login(MODERATOR, DEMO_PASSWORD).await;
    // The survey's own text cannot be emptied; nothing is half-written.
    let (status, _, body) = app.submit(&format!("/surveys/{id}/translate"), &[("lang", "de"), ("plain", "0"), ("t-title", " ")]).await;
    assert_eq!(status, 422, "{}", text(&body));

    // A new language after publishing.
    let (status, _, _) = app.submit(&format!("/surveys/{id}/edit/language"), &[("language", "tr")]).await;
    assert_eq!(status, 303);
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) AS n FROM survey_language WHERE survey_id = {id} AND language = 'tr'")).await, 1);
    assert_eq!(app.scalar("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'survey-language-added'").await, 1);
    // The questions themselves stay frozen.
    let (status, _, _) = app.submit(&format!("/surveys/{id}/edit/question"), &[("new-kind", "yes_no"), ("new-text", "Noch eine?")]).await;
    assert_eq!(status, 422);

    // Someone without the role cannot correct.
    app.logout().await;
    app.login(RESIDENT, DEMO_PASSWORD).await;
    let (status, _, _) = app.submit(&format!("/surveys/{id}/translate"), &[("lang", "de"), ("plain", "0"), ("t-title", "Gekapert")]).await;
    assert_eq!(status, 403);
    let (_, page) = app.get(&format!("/surveys/{id}")).await;
    assert!(!page.contains("Umfrage jetzt beenden"), "no close button for residents");
    app.logout().await;

    // Closing from the survey's own page ends there.
    app.login(MODERATOR, DEMO_PASSWORD).await;
    let (_, page) = app.get(&format!("/surveys/{id}")).await;
    assert!(text(&page).contains("Umfrage jetzt beenden"), "{}", text(&page));
    let (status, location, _) = app.submit(&format!("/surveys/{id}/results"), &[("action", "close"), ("back", "edit")]).await;
    assert_eq!((status, location.as_str()), (303, format!("/surveys/{id}/edit?notice=saved").as_str()));
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) AS n FROM survey WHERE id = {id} AND state = 'closed'")).await, 1);
    let (_, page) = app.get(&format!("/surveys/{id}/edit")).await;
    assert!(!text(&page).contains("Umfrage jetzt beenden"));
    app.finish().await;
}

async fn the_paper_form_prints_what_is_typed_and_every_rule(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    app.login(MODERATOR, DEMO_PASSWORD).await;
    let id = crate::surveys::draft_survey(&app, "Papier").await;
    crate::surveys::publish(&app, id).await;
    let qs = crate::surveys::question_ids(&app, id).await;
    let (status, page) = app.get(&format!("/surveys/{id}/print?count=1")).await;
    assert_eq!(status, 200);
    let doc = scraper::Html::parse_document(&page);
    let question = |n: usize| {
        let sel = scraper::Selector::parse(".paper-question").unwrap();
        // The district is not asked: question n is the n-th section.
        doc.select(&sel).nth(n).map(|q| q.text().collect::<Vec<_>>().join("").split_whitespace().collect::<Vec<_>>().join(" ")).unwrap()
    };
    // Yes and no carry the numbers the entry screen takes.
    let yes_no = question(3);
    assert!(yes_no.contains("1 Ja") && yes_no.contains("2 Nein"), "{yes_no}");
    // A scale prints each number once, its ends with their words.
    let scale = question(2);
    assert!(scale.contains("1 gar nicht") && scale.contains("5 sehr gern") && !scale.contains("1 1"), "{scale}");
    // The rules are printed as checked on screen.
    let multiple = question(1);
    assert!(multiple.contains("höchstens 2 Antworten"), "{multiple}");
    assert!(question(4).contains("Höchstens 50 Zeichen"), "{}", question(4));
    assert!(question(0).contains("Was fehlt am Platz? *"), "a required question is marked: {}", question(0));
    assert!(text(&page).contains("Fragen mit * bitte unbedingt beantworten."));

    // The entry screen says and takes the printed numbers.
    let (_, entry) = app.get(&format!("/surveys/{id}/paper")).await;
    assert!(text(&entry).contains("1 für Ja, 2 für Nein"), "{}", text(&entry));
    assert!(text(&entry).contains("Wählen Sie höchstens 2 Antworten."), "{}", text(&entry));
    let fields = [
        ("form_number".to_string(), "7".to_string()),
        ("lang".into(), "de".into()),
        (format!("p{}", qs[0]), "1".into()),
        (format!("p{}", qs[3]), "2".into()),
    ];
    let refs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let (status, _, body) = app.submit(&format!("/surveys/{id}/paper"), &refs).await;
    assert_eq!(status, 303, "{}", text(&body));
    // Yes/no answers are stored as 1 (yes) and 0 (no).
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) AS n FROM survey_answer WHERE question_id = {} AND value = 0", qs[3])).await, 1, "2 on paper is no");
    app.finish().await;
}

async fn exports_open_in_office_software(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let id = crate::surveys::published_survey(&app).await;
    let get = |file: &str| {
        let url = app.url(&format!("/surveys/{id}/export/{file}"));
        let client = app.client.clone();
        async move {
            let r = client.get(url).send().await.unwrap();
            assert_eq!(r.status().as_u16(), 200);
            let kind = r.headers()["content-type"].to_str().unwrap().to_string();
            (kind, r.bytes().await.unwrap().to_vec())
        }
    };
    // CSV for Excel: a byte order mark, semicolons, decimal commas, names.
    let (kind, body) = get("responses-excel.csv").await;
    assert!(kind.starts_with("text/csv"));
    assert!(body.starts_with("\u{feff}".as_bytes()), "a UTF-8 byte order mark");
    let csv = String::from_utf8(body).unwrap();
    let mut lines = csv.lines();
    let header = lines.next().unwrap();
    assert!(header.starts_with("\u{feff}Antwort Nr.;Weg;Sprache;Ortsteil;Datum;Bogen Nr.;Was fehlt am Platz?"), "{header}");
    assert!(lines.next().unwrap().contains(";Berliner Platz;"), "the district by name: {csv}");
    let (_, body) = get("results-excel.csv").await;
    let csv = String::from_utf8(body).unwrap();
    assert!(csv.contains("Was fehlt am Platz?;Spielplatz;1;100,0;"), "{csv}");
    // The plain CSV stays for programs.
    let (_, body) = get("results.csv").await;
    assert!(String::from_utf8(body).unwrap().contains("Was fehlt am Platz?,Spielplatz,1,100.0,"));

    // XLSX: a workbook whose cells hold the names and numbers.
    for file in ["responses.xlsx", "results.xlsx"] {
        let (kind, body) = get(file).await;
        assert_eq!(kind, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(body)).expect("a zip file");
        let mut strings = String::new();
        std::io::Read::read_to_string(&mut zip.by_name("xl/sharedStrings.xml").expect("shared strings"), &mut strings).unwrap();
        assert!(strings.contains("Was fehlt am Platz?"), "{strings}");
        if file == "responses.xlsx" {
            assert!(strings.contains("Berliner Platz") && strings.contains("Ortsteil"), "{strings}");
        }
    }
    // Not for residents.
    app.logout().await;
    app.login(RESIDENT, DEMO_PASSWORD).await;
    let r = app.client.get(app.url(&format!("/surveys/{id}/export/results.xlsx"))).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 403);
    app.finish().await;
}

async fn admins_find_people_invite_staff_and_add_categories_in_german_first(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    app.login(crate::harness::ADMIN, DEMO_PASSWORD).await;
    // Search by part of a name or an address, any case.
    let (_, page) = app.get("/admin/roles?q=bewohner").await;
    let t = text(&page);
    assert!(t.contains("Gefundene Personen") && t.contains(RESIDENT), "{t}");
    assert!(!t.contains(STAFF), "{t}");
    let (_, page) = app.get("/admin/roles?q=TIEFBAU").await;
    assert!(text(&page).contains(STAFF), "{}", text(&page));
    let (_, page) = app.get("/admin/roles?q=niemand-hier").await;
    assert!(text(&page).contains("Niemand gefunden."));
    // The roles come grouped.
    assert!(page.contains("<optgroup label=\"Mitarbeit im Amt\"") || page.contains("<optgroup"), "grouped roles");

    // Staff without an account: a name invites them.
    let office = app.scalar("SELECT id AS n FROM office WHERE code = '66'").await;
    let role = format!("office:{office}");
    let (status, _, body) = app.submit("/admin/roles", &[("email", "neu@erfurt.example"), ("name", ""), ("role", &role)]).await;
    assert_eq!(status, 422);
    assert!(text(&body).contains("Geben Sie einen Namen an"), "{}", text(&body));
    assert_eq!(crate::harness::field_value(&body, "email").as_deref(), Some("neu@erfurt.example"));
    let (status, location, _) = app.submit("/admin/roles", &[("email", "neu@erfurt.example"), ("name", "Nele Neu"), ("role", &role)]).await;
    assert_eq!((status, location.as_str()), (303, "/admin/roles?notice=invited"));
    let (_, page) = app.get(&location).await;
    assert!(text(&page).contains("Eingeladen. Die Person bekommt eine E-Mail"), "{}", text(&page));
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) AS n FROM office_staff s JOIN account a ON a.id = s.account_id WHERE a.email = 'neu@erfurt.example' AND s.office_id = {office}")).await, 1);
    let mail = app.smtp.wait_for("neu@erfurt.example", 1).await;
    let link = mail.link(&format!("{}/reset?token=", app.base)).expect("a link to set the password");
    app.logout().await;
    let token = link.split("token=").nth(1).unwrap().to_string();
    let (status, _, body) = app.submit("/reset", &[("token", &token), ("password", "Kastanienallee-1987-Blau")]).await;
    assert_eq!(status, 303, "{}", text(&body));
    app.login("neu@erfurt.example", "Kastanienallee-1987-Blau").await;
    let (status, _) = app.get("/office").await;
    assert_eq!(status, 200, "the invited person works in the inbox");
    app.logout().await;

    // Someone who is not an admin cannot invite.
    app.login(MODERATOR, DEMO_PASSWORD).await;
    let (status, _, _) = app.submit("/admin/roles", &[("email", "x@erfurt.example"), ("name", "X"), ("role", &role)]).await;
    assert_eq!(status, 403);
    app.logout().await;

    // A category needs German only; the list says what is missing.
    app.login(crate::harness::ADMIN, DEMO_PASSWORD).await;
    let (status, _, body) = app.submit("/admin/categories/new", &[("key", "noise"), ("name_de", ""), ("name_en", "Noise")]).await;
    assert_eq!(status, 422, "German is needed");
    assert_eq!(crate::harness::field_value(&body, "name_en").as_deref(), Some("Noise"));
    let (status, _, body) = app.submit("/admin/categories/new", &[("key", "noise"), ("name_de", "Lärmschutz"), ("name_en", "")]).await;
    assert_eq!(status, 303, "{}", text(&body));
    let (_, list) = app.get("/admin/categories").await;
    assert!(text(&list).contains("Lärmschutz noise") && text(&list).contains("English, العربية, Türkçe, Українська, Русский"), "{}", text(&list));
    // Readers of another language see the German name meanwhile.
    app.submit("/language", &[("lang", "en"), ("return_to", "/")]).await;
    let (_, report) = app.get("/report").await;
    assert!(text(&report).contains("Lärmschutz"), "{}", text(&report));
    app.finish().await;
}

async fn lists_are_sorted_as_readers_expect(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (_, page) = app.get("/districts").await;
    let t = text(&page);
    let at = |name: &str| t.find(name).unwrap_or_else(|| panic!("{name} in {t}"));
    assert!(at("Möbisburg") < at("Molsdorf") && at("Molsdorf") < at("Moskauer Platz"), "ö sorts with o, not after z");
    // Offices: each department once, codes by number inside it; the
    // admin's table by number throughout.
    let (_, page) = app.get("/offices").await;
    let doc = scraper::Html::parse_document(&page);
    let section = scraper::Selector::parse("main section").unwrap();
    let code = scraper::Selector::parse(".code").unwrap();
    let mut departments = Vec::new();
    for s in doc.select(&section) {
        departments.push(s.select(&scraper::Selector::parse("h2").unwrap()).next().unwrap().text().collect::<String>());
        let codes: Vec<String> = s.select(&code).map(|c| c.text().collect::<String>()).collect();
        let mut sorted = codes.clone();
        sorted.sort_by(|a, b| domain::i18n::collate::compare_codes(a, b));
        assert_eq!(codes, sorted);
    }
    let mut unique = departments.clone();
    unique.dedup();
    assert_eq!(departments, unique, "each department once");
    app.login(crate::harness::ADMIN, DEMO_PASSWORD).await;
    let (_, page) = app.get("/admin/offices").await;
    let doc = scraper::Html::parse_document(&page);
    let codes: Vec<String> = doc.select(&scraper::Selector::parse("tbody tr td:first-child").unwrap()).map(|c| c.text().collect::<String>()).collect();
    assert!(codes.len() > 5, "{codes:?}");
    let mut sorted = codes.clone();
    sorted.sort_by(|a, b| domain::i18n::collate::compare_codes(a, b));
    assert_eq!(codes, sorted, "office codes in number order");
    assert!(codes.iter().position(|c| c == "31") < codes.iter().position(|c| c == "62"), "{codes:?}");
    app.finish().await;
}

async fn residents_join_a_forum_and_write_to_its_moderators(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let forum = crate::surveys::forum_id(&app, "Nachbarschaftsforum Berliner Platz").await;
    let page_path = format!("/forums/{forum}");
    let (_, page) = app.get(&page_path).await;
    let t = text(&page);
    assert!(t.contains("Offenes Forum der Nachbarschaft"), "the description is German: {t}");
    assert!(!t.contains("self-organised"), "{t}");
    assert!(t.contains("Melden Sie sich an, um Mitglied zu werden."), "{t}");
    assert!(!page.contains(MODERATOR), "no moderator address on the page");

    // Writing to the moderators: a mail to each, the address stays hidden.
    let (status, _, body) = app.submit(&format!("/forums/{forum}/contact"), &[("email", "nachbar@example.org"), ("message", "")]).await;
    assert_eq!(status, 422);
    assert_eq!(crate::harness::field_value(&body, "email").as_deref(), Some("nachbar@example.org"));
    let (status, location, _) = app.submit(&format!("/forums/{forum}/contact"), &[("email", "nachbar@example.org"), ("message", "Wann ist das nächste Treffen? <b>Danke</b>")]).await;
    assert_eq!((status, location.as_str()), (303, format!("/forums/{forum}?notice=forum-contact-sent").as_str()));
    let body = app.smtp.wait_for_text(MODERATOR, "Wann ist das nächste Treffen?").await.body();
    assert!(body.contains("nachbar@example.org"), "{body}");

    // Joining and leaving (a forum the resident is not in yet).
    let forum = crate::surveys::forum_id(&app, "Ortsteilrat Roter Berg").await;
    let page_path = format!("/forums/{forum}");
    app.login(RESIDENT, DEMO_PASSWORD).await;
    let members = app.scalar(&format!("SELECT COUNT(*) AS n FROM forum_role WHERE forum_id = {forum}")).await;
    let (status, location, _) = app.submit(&format!("/forums/{forum}/join"), &[]).await;
    assert_eq!((status, location.as_str()), (303, format!("/forums/{forum}?notice=forum-joined").as_str()));
    app.submit(&format!("/forums/{forum}/join"), &[]).await;
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) AS n FROM forum_role WHERE forum_id = {forum}")).await, members + 1, "joining twice is joining once");
    let (_, page) = app.get(&page_path).await;
    assert!(text(&page).contains("Sie sind Mitglied in diesem Forum."));
    let (status, _, _) = app.submit(&format!("/forums/{forum}/leave"), &[]).await;
    assert_eq!(status, 303);
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) AS n FROM forum_role WHERE forum_id = {forum}")).await, members);
    app.logout().await;
    // A moderator keeps the role; leaving does not remove it.
    let forum = crate::surveys::forum_id(&app, "Nachbarschaftsforum Berliner Platz").await;
    let page_path = format!("/forums/{forum}");
    app.login(MODERATOR, DEMO_PASSWORD).await;
    app.submit(&format!("/forums/{forum}/leave"), &[]).await;
    let (_, page) = app.get(&page_path).await;
    assert!(text(&page).contains("Ihre Rolle in diesem Forum: Moderation"), "{}", text(&page));
    app.logout().await;
    // Without an account nobody joins.
    let (status, _, _) = app.submit(&format!("/forums/{forum}/join"), &[]).await;
    assert_eq!(status, 401);
    app.finish().await;
}

async fn one_rule_for_public_names_chosen_by_the_person(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (reference, _) = concern(&app, "Laterne flackert").await;
    app.login(RESIDENT, DEMO_PASSWORD).await;
    let page_path = format!("/concerns/{reference}");
    let (status, _, _) = app.submit(&format!("{page_path}/comment"), &[("comment", "Seit gestern wieder.")]).await;
    assert_eq!(status, 303);
    // By default the concern and the comment both say "a resident".
    app.logout().await;
    let (_, page) = app.get(&page_path).await;
    let t = text(&page);
    assert_eq!(t.matches("eine Bewohnerin oder ein Bewohner").count(), 2, "{t}");
    assert!(!t.contains("Rana Bewohnerin"), "{t}");
    // Chosen once on the account page: both show the name.
    app.login(RESIDENT, DEMO_PASSWORD).await;
    let (status, _, _) = app.submit("/account", &[("display_name", "Rana Bewohnerin"), ("language", "de"), ("show_name", "on")]).await;
    assert_eq!(status, 303);
    app.logout().await;
    let (_, page) = app.get(&page_path).await;
    let t = text(&page);
    assert_eq!(t.matches("Rana Bewohnerin").count(), 2, "{t}");
    assert!(!page.contains(RESIDENT), "never the address");
    app.finish().await;
}

async fn the_account_page_shows_what_i_follow_and_answered_and_changes_my_address(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (reference, _) = concern(&app, "Müll am Bach").await;
    // The moderator answers a survey and supports the resident's concern.
    let id = crate::surveys::published_survey(&app).await;
    let (status, _, _) = app.submit(&format!("/concerns/{reference}/support"), &[]).await;
    assert_eq!(status, 303);
    let (_, page) = app.get("/account").await;
    let t = text(&page);
    assert!(t.contains("Müll am Bach"), "a supported concern: {t}");
    let answered = format!("href=\"/surveys/{id}\"");
    assert!(page.contains(&answered) && t.contains("Unser Platz"), "an answered survey: {t}");
    // An anonymous survey is not listed, not even here.
    app.db.execute_unprepared(&format!("UPDATE survey SET anonymous = true WHERE id = {id}")).await.unwrap();
    let (_, page) = app.get("/account").await;
    assert!(!page.contains(&answered), "{}", text(&page));

    // A new address: the current password first, then the link to the new address.
    let (status, _, body) = app.submit("/account/email", &[("new_email", "mona@example.org"), ("email_password", "falsch")]).await;
    assert_eq!(status, 422);
    assert_eq!(crate::harness::field_value(&body, "new_email").as_deref(), Some("mona@example.org"));
    let (status, _, _) = app.submit("/account/email", &[("new_email", RESIDENT), ("email_password", DEMO_PASSWORD)]).await;
    assert_eq!(status, 422, "an address of another account");
    let (status, location, _) = app.submit("/account/email", &[("new_email", "Mona@Example.org"), ("email_password", DEMO_PASSWORD)]).await;
    assert_eq!((status, location.as_str()), (303, "/account?notice=email-link-sent"));
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) AS n FROM account WHERE email = '{MODERATOR}'")).await, 1, "nothing changes before the link");
    let mail = app.smtp.wait_for("mona@example.org", 1).await;
    let link = mail.link(&format!("{}/account/email/confirm?token=", app.base)).expect("a confirmation link");
    let r = app.client.get(&link).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 303);
    assert_eq!(r.headers()["location"], "/login?notice=email-changed");
    assert_eq!(app.scalar("SELECT COUNT(*) AS n FROM account WHERE email = 'mona@example.org' AND pending_email IS NULL").await, 1);
    app.smtp.wait_for_text(MODERATOR, "mona@example.org").await;
    // The link works once.
    let r = app.client.get(&link).send().await.unwrap();
    assert_eq!(r.headers()["location"], "/login?notice=email-change-failed");
    app.logout().await;
    app.login("mona@example.org", DEMO_PASSWORD).await;
    let (status, _) = app.get("/account").await;
    assert_eq!(status, 200);
    app.finish().await;
}

async fn merging_offers_similar_concerns_and_asks_first(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (first, _) = concern(&app, "Schlagloch in der Schleizer Straße").await;
    let (second, _) = concern(&app, "Schlagloch Schleizer Straße").await;
    app.login(MODERATOR, DEMO_PASSWORD).await;
    let (_, page) = app.get(&format!("/concerns/{second}")).await;
    let doc = scraper::Html::parse_document(&page);
    let picks: Vec<String> = doc.select(&scraper::Selector::parse("input[name=pick]").unwrap()).filter_map(|i| i.value().attr("value").map(str::to_string)).collect();
    assert!(picks.contains(&first), "the similar concern is offered: {picks:?}");
    assert!(!picks.contains(&second), "not itself");
    // Without the confirmation nothing happens, and the choice stays.
    let (status, _, body) = app.submit(&format!("/concerns/{second}/merge"), &[("pick", &first), ("into", "")]).await;
    assert_eq!(status, 422);
    assert!(text(&body).contains("Bitte bestätigen Sie, dass beide Anliegen dasselbe meinen."), "{}", text(&body));
    assert!(body.contains(&format!("value=\"{first}\" checked")), "the pick stays chosen");
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) AS n FROM concern WHERE reference = '{second}' AND status = 'duplicate'")).await, 0);
    let (status, _, _) = app.submit(&format!("/concerns/{second}/merge"), &[("pick", &first), ("into", ""), ("confirm", "on")]).await;
    assert_eq!(status, 303);
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) AS n FROM concern WHERE reference = '{second}' AND status = 'duplicate'")).await, 1);
    app.finish().await;
}
