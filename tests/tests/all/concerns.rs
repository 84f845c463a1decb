//! Concerns: report with and without an account, confirmation by mail,
//! routing by rule with a deadline, the office inbox and its actions, the
//! mailed office link, public pages, and bad input.
use crate::harness::{field_value, text, Backend, TestApp, DEMO_PASSWORD, RESIDENT, STAFF};
use crate::on_both_databases;
use crate::public::district_id;

on_both_databases!(
    anonymous_report_is_confirmed_routed_and_answered_through_the_office_link,
    staff_work_in_their_inbox_and_nowhere_else,
    bad_reports_keep_input_and_double_submits_make_one_concern,
    routing_takes_the_most_specific_rule_or_goes_to_triage,
    public_list_filters_searches_and_pages,
    admins_manage_rules_and_moderators_assign_from_triage,
    overdue_concerns_are_reminded_then_escalated_once,
    residents_support_follow_and_comment,
    concurrent_reports_each_get_their_own_concern,
);

async fn residents_support_follow_and_comment(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let roads = category_id(&app, "roads").await;
    let district = district_id(&app, "Johannesplatz").await.to_string();
    app.login(RESIDENT, DEMO_PASSWORD).await;
    let (_, location, _) = report(&app, &[("title", "Bordstein zu hoch"), ("description", "Mit dem Rollator kaum zu schaffen."), ("category", &roads), ("district", &district)]).await;
    let reference = reference_of(&location);
    let page_path = format!("/concerns/{reference}");
    app.logout().await;

    // Anonymous visitors cannot comment; supporting and following need a
    // confirmed email address.
    let (status, _, body) = app.submit(&format!("{page_path}/comment"), &[("comment", "Hallo")]).await;
    assert_eq!(status, 401);
    assert!(text(&body).contains("Bitte melden Sie sich an"));
    for (action, fields) in [("support", vec![]), ("follow", vec![("follow", "on")])] {
        let (status, _, body) = app.submit(&format!("{page_path}/{action}"), &fields).await;
        assert_eq!(status, 422, "{action}");
        assert!(text(&body).contains("Bitte füllen Sie dieses Feld aus."), "{action}");
    }
    assert_eq!(app.count("concern_comment").await, 0);
    assert_eq!(app.count("email_participation").await, 0);

    app.login(crate::harness::MODERATOR, DEMO_PASSWORD).await;
    let (status, _, _) = app.submit(&format!("{page_path}/support"), &[]).await;
    assert_eq!(status, 303);
    let (status, _, body) = app.submit(&format!("{page_path}/support"), &[]).await;
    assert_eq!(status, 422, "once per person");
    assert!(text(&body).contains("Sie haben schon gesagt, dass Sie das betrifft."));
    let (status, _, body) = app.submit(&format!("{page_path}/comment"), &[("comment", "   ")]).await;
    assert_eq!(status, 422);
    assert!(text(&body).contains("Bitte füllen Sie dieses Feld aus."));
    let long = "x".repeat(2001);
    let (status, _, body) = app.submit(&format!("{page_path}/comment"), &[("comment", &long)]).await;
    assert_eq!(status, 422);
    assert_eq!(field_value(&body, "comment").map(|c| c.len()), Some(2001), "the comment stays in the form");
    let (status, _, _) = app.submit(&format!("{page_path}/comment"), &[("comment", "Betrifft auch den Kinderwagen.")]).await;
    assert_eq!(status, 303);
    let (status, _, _) = app.submit(&format!("{page_path}/follow"), &[("follow", "on")]).await;
    assert_eq!(status, 303);
    let (_, page) = app.get(&page_path).await;
    let t = text(&page);
    assert!(t.contains("Eine Person sagt: „Betrifft mich auch“.") && t.contains("eine Bewohnerin oder ein Bewohner ·") && t.contains("Betrifft auch den Kinderwagen."), "{t}");
    assert!(t.contains("Nicht mehr folgen"));
    assert_eq!(app.scalar(&format!("SELECT supports AS n FROM concern WHERE reference = '{reference}'")).await, 1);
    app.logout().await;

    // The office answers: the follower hears of it.
    app.login(STAFF, DEMO_PASSWORD).await;
    let id = app.scalar(&format!("SELECT id AS n FROM concern WHERE reference = '{reference}'")).await;
    app.submit(&format!("/office/concerns/{id}"), &[("action", "status"), ("status", "planned"), ("answer", "Absenkung ist für März geplant.")]).await;
    let mail = app.smtp.wait_for(crate::harness::MODERATOR, 1).await;
    assert!(mail.body().contains("Das Amt hat geantwortet.") && mail.body().contains(&reference), "{}", mail.body());
    app.finish().await;
}

async fn overdue_concerns_are_reminded_then_escalated_once(backend: Backend) {
    use domain::concerns::deadlines::{run_once, Run};
    use sea_orm::ConnectionTrait;
    let app = TestApp::spawn(backend).await;
    let roads = category_id(&app, "roads").await;
    let green = category_id(&app, "green").await;
    let district = district_id(&app, "Berliner Platz").await.to_string();
    app.login(RESIDENT, DEMO_PASSWORD).await;
    let mut references = Vec::new();
    for (category, title) in [(&roads, "Gehweg uneben"), (&green, "Hecke zu hoch"), (&roads, "Schild fehlt")] {
        let (_, location, _) = report(&app, &[("title", title), ("description", "Bitte ansehen."), ("category", category), ("district", &district)]).await;
        references.push(reference_of(&location));
    }
    // The third one is answered in time and must never be reminded.
    app.logout().await;
    app.login(STAFF, DEMO_PASSWORD).await;
    let done = app.scalar(&format!("SELECT id AS n FROM concern WHERE reference = '{}'", references[2])).await;
    let (status, _, _) = app.submit(&format!("/office/concerns/{done}"), &[("action", "status"), ("status", "done"), ("answer", "Schild steht wieder.")]).await;
    assert_eq!(status, 303);

    let today = time::OffsetDateTime::now_utc().date();
    let past = today - time::Duration::days(20);
    let sql_date = if app.db.get_database_backend() == sea_orm::DbBackend::Postgres { format!("DATE '{past}'") } else { format!("'{past}'") };
    app.db.execute_unprepared(&format!("UPDATE concern SET deadline = {sql_date}")).await.unwrap();

    let settings = app.state.settings.clone();
    assert_eq!(run_once(&app.db, &settings, today).await.unwrap(), Run { reminders: 2, escalations: 0 });
    let (_, page) = app.get(&format!("/concerns/{}", references[0])).await;
    let t = text(&page);
    assert!(t.contains("Frist überschritten: 66 Tiefbau- und Verkehrsamt wurde erinnert") && t.contains("Frist überschritten"), "{t}");
    app.state.mail_wakeup.notify_one();
    let reminder = app.smtp.wait_for(STAFF, 3).await; // after two new-concern mails
    assert!(reminder.body().contains("ist am") && reminder.body().contains(&references[0]), "{}", reminder.body());
    let office_mail = app.smtp.wait_for("amt-67@erfurt.example", 2).await;
    assert!(office_mail.body().contains(&references[1]));

    assert_eq!(run_once(&app.db, &settings, today).await.unwrap(), Run { reminders: 0, escalations: 2 });
    app.state.mail_wakeup.notify_one();
    let to_admin = app.smtp.wait_for(crate::harness::ADMIN, 1).await;
    assert!(to_admin.body().contains("trotz Erinnerung"), "{}", to_admin.body());
    app.smtp.wait_for(crate::harness::MODERATOR, 1).await;
    let (_, page) = app.get(&format!("/concerns/{}", references[1])).await;
    assert!(text(&page).contains("an Verwaltung und Moderation gemeldet"));

    assert_eq!(run_once(&app.db, &settings, today).await.unwrap(), Run::default(), "each step happens once");
    app.finish().await;
}

async fn admins_manage_rules_and_moderators_assign_from_triage(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let social = category_id(&app, "social").await;
    let berliner = district_id(&app, "Berliner Platz").await.to_string();
    let vieselbach = district_id(&app, "Vieselbach").await.to_string();
    let office_50 = app.scalar("SELECT id AS n FROM office WHERE code = '50'").await.to_string();
    let office_51 = app.scalar("SELECT id AS n FROM office WHERE code = '51'").await.to_string();

    app.login(crate::harness::ADMIN, DEMO_PASSWORD).await;
    let (_, page) = app.get("/admin/rules").await;
    assert!(text(&page).contains("Soziales, Nachbarschaft, Senioren die ganze Stadt 50 Amt für Soziales 10"), "{}", text(&page));
    // Bad input: unknown scope, zero days, a duplicate rule.
    let (status, _, body) = app.submit("/admin/rules", &[("category", &social), ("scope", "moon"), ("office", &office_51), ("deadline_days", "0")]).await;
    assert_eq!(status, 422);
    let t = text(&body);
    assert!(t.contains("Bitte wählen Sie, wofür die Regel gilt.") && t.contains("Bitte eine ganze Zahl von 1 bis 250."), "{t}");
    assert_eq!(field_value(&body, "deadline_days").as_deref(), Some("0"));
    let (status, _, body) = app.submit("/admin/rules", &[("category", &social), ("scope", "city"), ("office", &office_51), ("deadline_days", "5")]).await;
    assert_eq!(status, 422);
    assert!(text(&body).contains("Für dieses Thema gibt es dort schon eine Regel."));
    let scope = format!("district:{berliner}");
    let (status, _, _) = app.submit("/admin/rules", &[("category", &social), ("scope", &scope), ("office", &office_51), ("deadline_days", "3")]).await;
    assert_eq!(status, 303);
    let (_, page) = app.get(&format!("/districts/{berliner}")).await;
    assert!(text(&page).contains("Soziales, Nachbarschaft, Senioren 51 Jugendamt"), "the district page follows the rules");

    // Without any rule for the topic, concerns wait in the moderators' triage queue.
    let rules: Vec<i64> = {
        use sea_orm::ConnectionTrait;
        let rows = app.db.query_all_raw(sea_orm::Statement::from_string(app.db.get_database_backend(), format!("SELECT id FROM routing_rule WHERE category_id = {social}"))).await.unwrap();
        rows.iter().map(|r| r.try_get::<i32>("", "id").map(i64::from).unwrap()).collect()
    };
    for id in rules {
        let (status, _, _) = app.submit("/admin/rules/delete", &[("id", &id.to_string())]).await;
        assert_eq!(status, 303);
    }
    app.logout().await;
    app.login(RESIDENT, DEMO_PASSWORD).await;
    let mut references = Vec::new();
    for district in [&berliner, &vieselbach] {
        let (_, location, _) = report(&app, &[("title", "Seniorentreff fehlt"), ("description", "Es gibt keinen Treffpunkt."), ("category", &social), ("district", district)]).await;
        references.push(reference_of(&location));
    }
    let (status, _) = app.get("/moderation").await;
    assert_eq!(status, 403, "residents do not moderate");
    app.logout().await;

    // The moderator of the Berliner Platz forum sees only Berliner Platz.
    app.login(crate::harness::MODERATOR, DEMO_PASSWORD).await;
    let (status, page) = app.get("/moderation").await;
    assert_eq!(status, 200);
    let t = text(&page);
    assert!(t.contains(&references[0]) && !t.contains(&references[1]), "{t}");
    let other = app.scalar(&format!("SELECT id AS n FROM concern WHERE reference = '{}'", references[1])).await.to_string();
    let (status, _, _) = app.submit("/moderation", &[("concern", &other), ("office", &office_50)]).await;
    assert_eq!(status, 403, "not a district of their forums");
    let mine = app.scalar(&format!("SELECT id AS n FROM concern WHERE reference = '{}'", references[0])).await.to_string();
    let (status, _, _) = app.submit("/moderation", &[("concern", &mine), ("office", &office_50)]).await;
    assert_eq!(status, 303);
    let (_, page) = app.get(&format!("/concerns/{}", references[0])).await;
    let t = text(&page);
    assert!(t.contains("Von der Moderation an 50 Amt für Soziales gegeben") && t.contains("beim Amt"), "{t}");
    let (status, _, body) = app.submit("/moderation", &[("concern", &mine), ("office", &office_50)]).await;
    assert_eq!(status, 422);
    assert!(text(&body).contains("wartet nicht (mehr) auf Zuordnung"));
    app.finish().await;
}

pub async fn category_id(app: &TestApp, key: &str) -> String {
    app.scalar(&format!("SELECT id AS n FROM category WHERE key = '{key}'")).await.to_string()
}

/// The hidden key the report form carries.
pub async fn submission_key(app: &TestApp) -> String {
    let (status, page) = app.get("/report").await;
    assert_eq!(status, 200);
    field_value(&page, "submission_key").expect("the report form carries a submission key")
}

pub async fn report(app: &TestApp, fields: &[(&str, &str)]) -> (u16, String, String) {
    let key = submission_key(app).await;
    let mut all = vec![("submission_key", key.as_str())];
    all.extend_from_slice(fields);
    app.submit("/report", &all).await
}

pub fn reference_of(location: &str) -> String {
    location.split("reference=").nth(1).unwrap().split('&').next().unwrap().to_string()
}

async fn anonymous_report_is_confirmed_routed_and_answered_through_the_office_link(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let green = category_id(&app, "green").await;
    let district = district_id(&app, "Roter Berg").await.to_string();
    let (status, location, body) = report(
        &app,
        &[("title", "Spielplatz kaputt"), ("description", "Die Schaukel ist abgerissen."), ("category", &green), ("district", &district), ("email", "nachbarin@example.org"), ("name", "Nachbarin")],
    )
    .await;
    assert_eq!(status, 303, "{}", text(&body));
    assert!(location.starts_with("/report/sent?reference=Q-") && location.ends_with("published=0"), "{location}");
    let reference = reference_of(&location);
    let (_, sent) = app.get(&location).await;
    assert!(text(&sent).contains(&format!("Ihre Vorgangsnummer: {reference}")), "{}", text(&sent));
    let (status, _) = app.get(&format!("/concerns/{reference}")).await;
    assert_eq!(status, 404, "unpublished until confirmed");

    let mail = app.smtp.wait_for("nachbarin@example.org", 1).await;
    let link = mail.link(&format!("{}/concerns/confirm?token=", app.base)).expect("confirmation link");
    let r = app.client.get(&link).send().await.unwrap();
    assert_eq!(r.headers()["location"].to_str().unwrap(), format!("/concerns/{reference}?notice=concern-confirmed"));
    let receipt = app.smtp.wait_for("nachbarin@example.org", 2).await;
    assert!(receipt.body().contains(&reference), "receipt names the reference");

    let (status, page) = app.get(&format!("/concerns/{reference}")).await;
    assert_eq!(status, 200);
    let t = text(&page);
    assert!(t.contains("beim Amt") && t.contains("Weitergeleitet an 67 Garten- und Friedhofsamt") && t.contains("Antwort bis"), "{t}");
    assert!(t.contains("Nachbarin") && !page.contains("nachbarin@example.org"), "name shown, email never");
    let rule = app.scalar(&format!("SELECT rule_id AS n FROM concern_event WHERE kind = 'routed' AND concern_id = (SELECT id FROM concern WHERE reference = '{reference}')")).await;
    let expected_rule = app.scalar(&format!("SELECT id AS n FROM routing_rule WHERE category_id = {green}")).await;
    assert_eq!(rule, expected_rule, "the timeline records the rule that decided");

    // Office 67 has no staff accounts: its contact address gets a secure link.
    let office_mail = app.smtp.wait_for("amt-67@erfurt.example", 1).await;
    let office_link = office_mail.link(&format!("{}/office/link/", app.base)).expect("office link");
    let path = office_link.strip_prefix(&app.base).unwrap().to_string();
    let (status, page) = app.get(&path).await;
    assert_eq!(status, 200);
    assert!(text(&page).contains("Öffentlich antworten"));

    let (status, _, body) = app.submit(&path, &[("action", "status"), ("status", "done"), ("answer", "")]).await;
    assert_eq!(status, 422, "an answer is required");
    assert!(text(&body).contains("Bitte füllen Sie dieses Feld aus."));
    let (status, location, _) = app.submit(&path, &[("action", "status"), ("status", "done"), ("answer", "Die Schaukel wurde ersetzt.")]).await;
    assert_eq!((status, location), (303, format!("/concerns/{reference}?notice=saved")));

    let answer_mail = app.smtp.wait_for("nachbarin@example.org", 3).await;
    assert!(answer_mail.body().contains("Die Schaukel wurde ersetzt."), "{}", answer_mail.body());
    let (_, page) = app.get(&format!("/concerns/{reference}")).await;
    let t = text(&page);
    assert!(t.contains("erledigt") && t.contains("Die Schaukel wurde ersetzt."), "{t}");

    // The link is used up once the concern is closed; forged links fail too.
    let (status, page) = app.get(&path).await;
    assert_eq!(status, 403);
    assert!(text(&page).contains("Dieser Link wurde schon benutzt."), "{}", text(&page));
    let (status, _, body) = app.submit(&path, &[("action", "note"), ("note", "noch etwas")]).await;
    assert_eq!(status, 422);
    assert!(text(&body).contains("Dieser Link wurde schon benutzt."));
    let (status, page) = app.get("/office/link/forged").await;
    assert_eq!(status, 403);
    assert!(text(&page).contains("Dieser Link ist ungültig."));

    // An expired link is refused too (a second concern, its link made old).
    let (_, location, _) = report(
        &app,
        &[("title", "Zweiter Fall"), ("description", "Noch ein Spielplatz."), ("category", &green), ("district", &district), ("email", "nachbarin@example.org")],
    )
    .await;
    let second = reference_of(&location);
    let mail = app.smtp.wait_for("nachbarin@example.org", 4).await;
    app.client.get(mail.link(&format!("{}/concerns/confirm?token=", app.base)).unwrap()).send().await.unwrap();
    let office_mail = app.smtp.wait_for("amt-67@erfurt.example", 2).await;
    assert!(office_mail.body().contains(&second));
    let expired = office_mail.link(&format!("{}/office/link/", app.base)).unwrap().strip_prefix(&app.base).unwrap().to_string();
    {
        use domain::concerns::entity::office_link;
        use sea_orm::EntityTrait;
        let past = time::OffsetDateTime::now_utc() - time::Duration::days(1);
        office_link::Entity::update_many().col_expr(office_link::Column::ExpiresAt, sea_orm::sea_query::Expr::value(past)).exec(&app.db).await.unwrap();
    }
    let (status, page) = app.get(&expired).await;
    assert_eq!(status, 403);
    assert!(text(&page).contains("Dieser Link ist abgelaufen."), "{}", text(&page));
    let (status, _, _) = app.submit(&expired, &[("action", "accept")]).await;
    assert_eq!(status, 422);
    app.finish().await;
}

async fn staff_work_in_their_inbox_and_nowhere_else(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let roads = category_id(&app, "roads").await;
    let district = district_id(&app, "Berliner Platz").await.to_string();
    app.login(RESIDENT, DEMO_PASSWORD).await;
    let (status, location, _) = report(&app, &[("title", "Ampel zu kurz"), ("description", "Die Fußgängerampel ist zu kurz grün."), ("category", &roads), ("district", &district)]).await;
    assert_eq!(status, 303);
    assert!(location.ends_with("published=1"), "signed-in reports are published at once");
    let reference = reference_of(&location);
    let id = app.scalar(&format!("SELECT id AS n FROM concern WHERE reference = '{reference}'")).await;
    let office_path = format!("/office/concerns/{id}");

    // A resident is no office.
    let (status, _) = app.get(&office_path).await;
    assert_eq!(status, 403);
    let (status, _, _) = app.submit(&office_path, &[("action", "accept")]).await;
    assert_eq!(status, 403);
    app.logout().await;
    let (status, _, _) = app.submit(&office_path, &[("action", "accept")]).await;
    assert_eq!(status, 401, "anonymous");

    // Staff of office 66 get a mail and see it in their inbox.
    let mail = app.smtp.wait_for(STAFF, 1).await;
    assert!(mail.body().contains(&office_path), "{}", mail.body());
    app.login(STAFF, DEMO_PASSWORD).await;
    let (status, inbox) = app.get("/office").await;
    assert_eq!(status, 200);
    assert!(text(&inbox).contains("Ampel zu kurz"));
    let (_, _, _) = app.submit(&office_path, &[("action", "accept")]).await;
    let (status, _, _) = app.submit(&office_path, &[("action", "note"), ("note", "Ortstermin Dienstag")]).await;
    assert_eq!(status, 303);
    let (_, page) = app.get(&office_path).await;
    assert!(text(&page).contains("Ortstermin Dienstag"), "staff see internal notes");

    // The plain-language check on a public answer before sending it.
    let events = app.count("concern_event").await;
    let draft = "Die Maßnahme wird im Rahmen der Verkehrsberuhigung durch das Amt umgesetzt.";
    let (status, _, body) = app.submit(&office_path, &[("action", "status"), ("status", "planned"), ("answer", draft), ("check", "1")]).await;
    assert_eq!(status, 200);
    let t = text(&body);
    assert!(t.contains("Lesbarkeit:") && t.contains("Passiv:") && t.contains("„im rahmen“ ist Fachsprache."), "{t}");
    assert_eq!(crate::harness::field_value(&body, "answer").as_deref(), Some(draft), "the answer stays in the form");
    assert_eq!(app.count("concern_event").await, events, "checking sends nothing");
    let (_, public) = app.get(&format!("/concerns/{reference}")).await;
    let t = text(&public);
    assert!(t.contains("hat das Anliegen übernommen") && !t.contains("Ortstermin Dienstag"), "notes are never public: {t}");

    // Forwarding: to itself or nowhere is refused; to office 67 works.
    let office_66 = app.scalar("SELECT id AS n FROM office WHERE code = '66'").await.to_string();
    let office_67 = app.scalar("SELECT id AS n FROM office WHERE code = '67'").await.to_string();
    let (status, _, body) = app.submit(&office_path, &[("action", "forward"), ("office", &office_66), ("forward_reason", "x")]).await;
    assert_eq!(status, 422);
    assert!(text(&body).contains("Das Anliegen liegt schon bei diesem Amt."));
    let (status, _, body) = app.submit(&office_path, &[("action", "forward"), ("office", "999999"), ("forward_reason", "Grünanlage")]).await;
    assert_eq!(status, 422);
    assert!(text(&body).contains("Bitte wählen Sie ein Amt aus der Liste."));
    assert_eq!(field_value(&body, "forward_reason").as_deref(), Some("Grünanlage"), "reason kept");
    let (status, _, _) = app.submit(&office_path, &[("action", "forward"), ("office", &office_67), ("forward_reason", "Die Ampel steht im Park.")]).await;
    assert_eq!(status, 303);
    let (_, public) = app.get(&format!("/concerns/{reference}")).await;
    let t = text(&public);
    assert!(t.contains("Weitergegeben an 67 Garten- und Friedhofsamt") && t.contains("Die Ampel steht im Park."), "{t}");

    // Now it belongs to office 67: staff of 66 can neither see nor act.
    let (status, _) = app.get(&office_path).await;
    assert_eq!(status, 403);
    let (status, _, _) = app.submit(&office_path, &[("action", "note"), ("note", "x")]).await;
    assert_eq!(status, 403);
    let (_, inbox) = app.get("/office").await;
    assert!(!text(&inbox).contains("Ampel zu kurz"));
    app.finish().await;
}

async fn bad_reports_keep_input_and_double_submits_make_one_concern(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let roads = category_id(&app, "roads").await;
    let district = district_id(&app, "Rieth").await.to_string();
    let before = app.count("concern").await;
    let long = "x".repeat(201);
    let cases: Vec<(Vec<(&str, &str)>, &str)> = vec![
        (vec![("title", ""), ("description", "d"), ("category", &roads), ("district", &district), ("email", "a@example.org")], "Bitte füllen Sie dieses Feld aus."),
        (vec![("title", &long), ("description", "d"), ("category", &roads), ("district", &district), ("email", "a@example.org")], "Bitte höchstens 200 Zeichen."),
        (vec![("title", "t"), ("description", "d"), ("category", &roads), ("district", "999999"), ("email", "a@example.org")], "Diesen Ortsteil gibt es nicht."),
        (vec![("title", "t"), ("description", "d"), ("category", "999999"), ("district", &district), ("email", "a@example.org")], "Bitte wählen Sie ein Thema aus der Liste."),
        (vec![("title", "t"), ("description", "d"), ("category", &roads), ("district", &district), ("email", "")], "Bitte füllen Sie dieses Feld aus."),
        (vec![("title", "t"), ("description", "d"), ("category", &roads), ("district", &district), ("email", "a@example.org"), ("latitude", "91"), ("longitude", "x")], "Bitte geben Sie Breitengrad"),
    ];
    for (fields, message) in &cases {
        let (status, _, body) = report(&app, fields).await;
        assert_eq!(status, 422, "{fields:?}");
        assert!(text(&body).contains(message), "{message}: {}", text(&body));
        assert_eq!(field_value(&body, "description").as_deref(), Some("d"), "input kept");
    }
    assert_eq!(app.count("concern").await, before);

    // The same form sent twice (a double click) gives one concern.
    let key = submission_key(&app).await;
    let fields = [("submission_key", key.as_str()), ("title", "Laterne aus"), ("description", "Seit einer Woche dunkel."), ("category", roads.as_str()), ("district", district.as_str()), ("email", "b@example.org")];
    let (s1, l1, _) = app.submit("/report", &fields).await;
    let (s2, l2, _) = app.submit("/report", &fields).await;
    assert_eq!((s1, s2), (303, 303));
    assert_eq!(l1, l2, "the second submit shows the first concern");
    assert_eq!(app.count("concern").await, before + 1);
    assert_eq!(app.count("mail_outbox WHERE recipient = 'b@example.org'").await, 1, "one confirmation mail");
    // Both at the same moment: the database's unique key decides.
    let key = submission_key(&app).await;
    let fields = [("submission_key", key.as_str()), ("title", "Bank kaputt"), ("description", "Lehne fehlt."), ("category", roads.as_str()), ("district", district.as_str()), ("email", "c@example.org")];
    let (first, second) = tokio::join!(app.submit("/report", &fields), app.submit("/report", &fields));
    assert_eq!((first.0, second.0), (303, 303));
    assert_eq!(first.1, second.1, "both show the same concern");
    assert_eq!(app.count("concern").await, before + 2);
    assert_eq!(app.count("mail_outbox WHERE recipient = 'c@example.org'").await, 1);
    app.finish().await;
}

/// Many reports at once are written in batches; each still gets its own
/// reference, timeline, mail and routing, and double sends stay one concern.
async fn concurrent_reports_each_get_their_own_concern(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let roads = category_id(&app, "roads").await;
    let district = district_id(&app, "Berliner Platz").await.to_string();
    let before = app.count("concern").await;
    // 30 sends of 20 forms: every form after the 20th is a second send of an earlier one.
    let forms: Vec<Vec<(String, String)>> = (0..30)
        .map(|i| {
            vec![
                ("submission_key".into(), format!("{:064x}", 0xbeef_0000_u64 + (i % 20) as u64)),
                ("title".into(), format!("Laterne {}", i % 20)),
                ("description".into(), "Dunkel.".into()),
                ("category".into(), roads.clone()),
                ("district".into(), district.clone()),
                ("email".into(), format!("viele{}@example.org", i % 20)),
            ]
        })
        .collect();
    let mut by_key: std::collections::HashMap<String, String> = std::collections::HashMap::new();
    for (form, location) in forms.iter().zip(post_all(&app, &forms).await) {
        let reference = reference_of(&location);
        let previous = by_key.insert(form[0].1.clone(), reference.clone());
        assert!(previous.is_none_or(|p| p == reference), "a second send shows the first concern");
    }
    assert_eq!(app.count("concern").await, before + 20, "one concern per form, not per send");
    let year = time::OffsetDateTime::now_utc().year();
    for (key, reference) in &by_key {
        let id = app.scalar(&format!("SELECT id AS n FROM concern WHERE submission_key = '{key}' AND reference = '{reference}'")).await;
        assert_eq!(reference, &format!("Q-{year}-{id:06}"));
        let kinds = app.column(&format!("SELECT CASE WHEN kind = 'submitted' THEN 1 ELSE 0 END AS n FROM concern_event WHERE concern_id = {id} ORDER BY id")).await;
        assert_eq!(kinds, vec![1], "one timeline entry: submitted");
    }
    for i in 0..20 {
        assert_eq!(app.count(&format!("mail_outbox WHERE recipient = 'viele{i}@example.org'")).await, 1, "one confirmation mail each");
    }

    // Signed in: published and routed at once, submitted before routed.
    app.login(RESIDENT, DEMO_PASSWORD).await;
    let forms: Vec<Vec<(String, String)>> = (0..6)
        .map(|i| {
            vec![
                ("submission_key".into(), format!("{:064x}", 0xcafe_0000_u64 + i)),
                ("title".into(), "Ampel".into()),
                ("description".into(), "Zu kurz grün.".into()),
                ("category".into(), roads.clone()),
                ("district".into(), district.clone()),
            ]
        })
        .collect();
    for location in post_all(&app, &forms).await {
        let reference = reference_of(&location);
        let kinds = app
            .column(&format!(
                "SELECT CASE e.kind WHEN 'submitted' THEN 1 WHEN 'routed' THEN 2 ELSE 9 END AS n FROM concern_event e JOIN concern c ON c.id = e.concern_id WHERE c.reference = '{reference}' ORDER BY e.id"
            ))
            .await;
        assert_eq!(kinds, vec![1, 2], "{reference}: submitted, then routed");
    }
    assert_eq!(app.count("concern WHERE title = 'Ampel' AND published = true").await, 6);
    app.finish().await;
}

/// Sends every form at the same moment; returns the redirect of each, in order.
async fn post_all(app: &TestApp, forms: &[Vec<(String, String)>]) -> Vec<String> {
    let csrf = app.csrf().await;
    let mut sends = tokio::task::JoinSet::new();
    for (i, form) in forms.iter().enumerate() {
        let mut body = form.clone();
        body.push(("_csrf".into(), csrf.clone()));
        let (client, url) = (app.client.clone(), app.url("/report"));
        sends.spawn(async move { (i, client.post(url).form(&body).send().await.unwrap()) });
    }
    let mut out = vec![String::new(); forms.len()];
    while let Some(done) = sends.join_next().await {
        let (i, response) = done.unwrap();
        assert_eq!(response.status(), 303, "form {i}");
        out[i] = response.headers()["location"].to_str().unwrap().to_string();
    }
    out
}

async fn routing_takes_the_most_specific_rule_or_goes_to_triage(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let roads = category_id(&app, "roads").await;
    let berliner = district_id(&app, "Berliner Platz").await;
    let rieth = district_id(&app, "Rieth").await;
    let office_23 = app.scalar("SELECT id AS n FROM office WHERE code = '23'").await;
    let office_61 = app.scalar("SELECT id AS n FROM office WHERE code = '61'").await;
    let nord = app.scalar("SELECT id AS n FROM planning_space WHERE name = 'Großwohnsiedlung Nord'").await;
    use sea_orm::ConnectionTrait;
    app.db.execute_unprepared(&format!("INSERT INTO routing_rule (category_id, district_id, planning_space_id, office_id, deadline_days) VALUES ({roads}, {berliner}, NULL, {office_23}, 5), ({roads}, NULL, {nord}, {office_61}, 7)")).await.unwrap();
    let social = category_id(&app, "social").await;
    app.db.execute_unprepared(&format!("DELETE FROM routing_rule WHERE category_id = {social}")).await.unwrap();

    app.login(RESIDENT, DEMO_PASSWORD).await;
    let mut offices = Vec::new();
    for (category, district) in [(&roads, berliner), (&roads, rieth), (&roads, district_id(&app, "Altstadt").await), (&social, berliner)] {
        let d = district.to_string();
        let (status, location, _) = report(&app, &[("title", "Test"), ("description", "Beschreibung"), ("category", category), ("district", &d)]).await;
        assert_eq!(status, 303);
        let reference = reference_of(&location);
        let (_, page) = app.get(&format!("/concerns/{reference}")).await;
        offices.push(text(&page));
    }
    assert!(offices[0].contains("Weitergeleitet an 23 Amt für Gebäudemanagement"), "district rule: {}", offices[0]);
    assert!(offices[1].contains("Weitergeleitet an 61 Amt für Stadtentwicklung"), "planning-space rule: {}", offices[1]);
    assert!(offices[2].contains("Weitergeleitet an 66 Tiefbau- und Verkehrsamt"), "city rule: {}", offices[2]);
    assert!(offices[3].contains("Wartet auf Zuordnung durch die Moderation") && offices[3].contains("eingegangen"), "no rule: triage: {}", offices[3]);
    app.finish().await;
}

async fn public_list_filters_searches_and_pages(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let roads = category_id(&app, "roads").await;
    let green = category_id(&app, "green").await;
    let rieth = district_id(&app, "Rieth").await.to_string();
    let marbach = district_id(&app, "Marbach").await.to_string();
    app.login(RESIDENT, DEMO_PASSWORD).await;
    for i in 0..23 {
        let (category, district) = if i % 2 == 0 { (&roads, &rieth) } else { (&green, &marbach) };
        let title = format!("Anliegen Nummer {i}");
        let description = if i == 7 { "Der Brunnen sprudelt nicht." } else { "Etwas ist kaputt." };
        let (status, _, _) = report(&app, &[("title", &title), ("description", description), ("category", category), ("district", district)]).await;
        assert_eq!(status, 303);
    }
    let (_, first) = app.get("/concerns").await;
    let t = text(&first);
    assert!(t.contains("Anliegen Nummer 22") && t.contains("Anliegen Nummer 3 ") && !t.contains("Anliegen Nummer 2 "), "first page holds 20, newest first: {t}");
    let older = crate::harness::html_attr(&first, "a[rel=next]", "href").expect("a link to older concerns");
    let (_, second) = app.get(&older).await;
    let t = text(&second);
    assert!(t.contains("Anliegen Nummer 2 ") && t.contains("Anliegen Nummer 0") && !t.contains("Anliegen Nummer 22"), "{t}");

    let (_, filtered) = app.get(&format!("/concerns?district={marbach}")).await;
    let t = text(&filtered);
    assert!(t.contains("Anliegen Nummer 21") && !t.contains("Anliegen Nummer 22"), "district filter: {t}");
    let (_, searched) = app.get("/concerns?q=brunnen").await;
    let t = text(&searched);
    assert!(t.contains("Anliegen Nummer 7") && !t.contains("Anliegen Nummer 9"), "search in descriptions: {t}");
    let (_, searched) = app.get("/concerns?q=SPRUDEL+brunn").await;
    let t = text(&searched);
    assert!(t.contains("Anliegen Nummer 7") && !t.contains("Anliegen Nummer 9"), "every word, from its beginning, any case: {t}");
    let (_, searched) = app.get("/concerns?q=brunnen+kaputt").await;
    assert!(text(&searched).contains("Keine Anliegen gefunden."), "all words must match");
    let (status, _) = app.get("/concerns?q=%22%2A+OR+NEAR%28").await;
    assert_eq!(status, 200, "search syntax in the query is not interpreted");
    let (_, none) = app.get("/concerns?status=done").await;
    assert!(text(&none).contains("Keine Anliegen gefunden."));
    let (_, page) = app.get(&format!("/districts/{rieth}")).await;
    let t = text(&page);
    assert!(t.contains("Anliegen aus dem Ortsteil") && t.contains("Anliegen Nummer 22") && !t.contains("Anliegen Nummer 21"), "district pages list their concerns: {t}");
    app.finish().await;
}
