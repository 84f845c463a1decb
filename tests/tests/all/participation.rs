//! The participation-equity monitor: exact counts of people on a small known
//! set (a person counted once across reporting and supporting, an e-mail
//! reporter once confirmed, anonymous responses one each), "fewer than 5"
//! for a district with three people, the rate for one with five, a forum's
//! own figures for its moderators only, and the counters equal to a
//! rebuild from the stored rows.
use crate::concerns::{category_id, reference_of, report};
use crate::harness::{text, Backend, TestApp, DEMO_PASSWORD, MODERATOR, RESIDENT};
use crate::on_both_databases;
use crate::public::district_id;
use crate::statistics::{column, csv_rows, row_named};
use crate::surveys::{answer, answers, published_survey};

on_both_databases!(the_monitor_counts_people_once_and_hides_small_numbers, a_forums_own_figures_are_for_its_moderators);

const MONITOR_CSV: &str = "/statistics/participation.csv?period=12m";

/// People of a class in all periods ever, from the counters.
async fn class_people(app: &TestApp, class: i32) -> i64 {
    app.scalar(&format!("SELECT COALESCE(SUM(n), 0) AS n FROM participation_count WHERE forum_id = 0 AND grp = 'class' AND group_id = {class} AND reach = 'all' AND period = 0"))
        .await
}

/// Every counter, to compare with a rebuild.
async fn counters(app: &TestApp) -> Vec<String> {
    let mut rows: Vec<String> = Vec::new();
    use sea_orm::EntityTrait;
    for c in domain::schema::statistics::participation_count::Entity::find().all(&app.db).await.unwrap() {
        if c.n != 0 {
            rows.push(format!("{} {} {:?} {} {:?} {}", c.forum_id, c.period, c.group, c.group_id, c.reach, c.n));
        }
    }
    rows.sort();
    rows
}

/// Door-to-door conversations typed in by the signed-in moderator: nobody's
/// account, so each is one more person.
async fn interviews(app: &TestApp, survey: i64, district: i64, n: usize) {
    let district = district.to_string();
    for i in 0..n {
        let (status, _, body) = answer(app, &format!("/surveys/{survey}/interview"), &[("district", &district)], &answers(app, survey, i % 2).await).await;
        assert_eq!(status, 303, "{}", text(&body));
    }
}

async fn the_monitor_counts_people_once_and_hides_small_numbers(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let survey = published_survey(&app).await;
    let (roter_berg, herrenberg) = (district_id(&app, "Roter Berg").await, district_id(&app, "Herrenberg").await);
    let interviews_before = csv_rows(&app, MONITOR_CSV).await;
    let medium_high = domain::vocabulary::participation::SocialClass::MediumHigh.id();
    let class_before = class_people(&app, medium_high).await;
    // Roter Berg: one conversation; Herrenberg: five.
    interviews(&app, survey, roter_berg, 1).await;
    interviews(&app, survey, herrenberg, 5).await;
    app.logout().await;
    let before = interviews_before;
    for name in ["Roter Berg", "Herrenberg"] {
        assert_eq!(column(&before, &row_named(&before, name), "people_all"), "0", "{name} starts without anyone");
    }
    let green = category_id(&app, "green").await;

    // Roter Berg also: a report confirmed by e-mail, a resident who reports
    // and supports (one person): three people with the conversation.
    let district = roter_berg.to_string();
    let fields = [("title", "Bank kaputt"), ("description", "Die Bank am Spielplatz ist kaputt."), ("category", green.as_str()), ("district", district.as_str())];
    let mut with_email = fields.to_vec();
    with_email.push(("email", "nachbar@example.org"));
    let (status, location, _) = report(&app, &with_email).await;
    assert_eq!(status, 303);
    let unconfirmed = reference_of(&location);
    let rows = csv_rows(&app, MONITOR_CSV).await;
    assert_eq!(column(&rows, &row_named(&rows, "Roter Berg"), "people_online"), "0", "an unconfirmed report counts nobody: {rows:?}");
    let mail = app.smtp.wait_for("nachbar@example.org", 1).await;
    let link = mail.link(&format!("{}/concerns/confirm?token=", app.base)).expect("confirmation link");
    app.client.get(&link).send().await.unwrap();
    app.client.get(&link).send().await.unwrap();

    app.login(RESIDENT, DEMO_PASSWORD).await;
    let (status, _, _) = report(&app, &fields).await;
    assert_eq!(status, 303);
    let (status, _, _) = app.submit(&format!("/concerns/{unconfirmed}/support"), &[]).await;
    assert_eq!(status, 303);
    app.logout().await;

    let rows = csv_rows(&app, MONITOR_CSV).await;
    let roter = row_named(&rows, "Roter Berg");
    assert_eq!(column(&rows, &roter, "people_all"), "<5", "three people: {roter:?}");
    assert_eq!(column(&rows, &roter, "people_online"), "<5");
    assert_eq!(column(&rows, &roter, "people_interview"), "<5");
    assert_eq!(column(&rows, &roter, "people_paper"), "0");
    assert_eq!(column(&rows, &roter, "people_per_1000"), "", "no rate from fewer than five");
    let herren = row_named(&rows, "Herrenberg");
    assert_eq!(column(&rows, &herren, "people_all"), "5", "{herren:?}");
    assert_eq!(column(&rows, &herren, "people_interview"), "5");
    assert_eq!(column(&rows, &herren, "people_online"), "0");
    assert_eq!(column(&rows, &herren, "population"), "7999");
    assert_eq!(column(&rows, &herren, "people_per_1000"), "0.63", "5 of 7,999 residents");
    assert_eq!(class_people(&app, medium_high).await - class_before, 8, "both districts' class: 3 + 5 new people");
    assert_eq!(
        app.scalar(&format!("SELECT SUM(n) AS n FROM participation_count WHERE forum_id = 0 AND grp = 'district' AND group_id = {roter_berg} AND reach = 'all' AND period = 0")).await,
        3
    );
    // Nobody took part in 2020; the last twelve months are the year so far
    // or more.
    let old = csv_rows(&app, "/statistics/participation.csv?period=2020").await;
    assert_eq!(column(&old, &row_named(&old, "Herrenberg"), "people_all"), "0");
    let all = csv_rows(&app, "/statistics/participation.csv?period=all").await;
    assert_eq!(column(&all, &row_named(&all, "Herrenberg"), "people_all"), "5");

    // The page: the small number hidden, the method explained, the link from /statistics.
    let (status, page) = app.get("/statistics/participation").await;
    assert_eq!(status, 200);
    let page_text = text(&page);
    assert!(page_text.contains("weniger als 5"), "{page_text}");
    assert!(page_text.contains("So zählen wir") && page_text.contains("Zahlen von 1 bis 4"), "{page_text}");
    assert!(!page.contains("nachbar@example.org"));
    let (_, statistics) = app.get("/statistics").await;
    assert!(statistics.contains("href=\"/statistics/participation\""));
    let (status, page) = app.get("/statistics/participation?period=2999").await;
    assert_eq!(status, 200);
    assert!(text(&page).contains("Dieses Jahr liegt in der Zukunft"));
    let response = app.client.get(app.url("/statistics/participation.csv?period=2999")).send().await.unwrap();
    assert_eq!(response.status(), 422);

    // What was counted change by change is what the stored rows give.
    let kept = counters(&app).await;
    domain::statistics::participation::record::rebuild(&app.db).await.unwrap();
    assert_eq!(counters(&app).await, kept);
    app.finish().await;
}

async fn a_forums_own_figures_are_for_its_moderators(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let survey = published_survey(&app).await;
    let forum = app.scalar(&format!("SELECT forum_id AS n FROM survey WHERE id = {survey}")).await;
    let berliner_platz = district_id(&app, "Berliner Platz").await;
    // Outside the forum's district: in everyone's figures, not in the forum's.
    interviews(&app, survey, district_id(&app, "Herrenberg").await, 2).await;
    interviews(&app, survey, berliner_platz, 2).await;
    app.logout().await;

    let own = format!("/statistics/participation.csv?period=12m&forum={forum}");
    let response = app.client.get(app.url(&own)).send().await.unwrap();
    assert_eq!(response.status(), 401, "signed out");
    app.login(RESIDENT, DEMO_PASSWORD).await;
    let response = app.client.get(app.url(&own)).send().await.unwrap();
    assert_eq!(response.status(), 403, "a resident runs no forum");
    let (status, _) = app.get(&format!("/statistics/participation?forum={forum}")).await;
    assert_eq!(status, 403);
    app.logout().await;

    app.login(MODERATOR, DEMO_PASSWORD).await;
    let rows = csv_rows(&app, &own).await;
    let districts: Vec<&Vec<String>> = rows.iter().filter(|r| r[0] == "district").collect();
    assert_eq!(districts.len(), 1, "only the forum's district: {rows:?}");
    // Its three members (the moderator also answered online) and two conversations.
    assert_eq!(column(&rows, districts[0], "people_all"), "5", "{rows:?}");
    assert_eq!(column(&rows, districts[0], "people_interview"), "<5");
    let (status, page) = app.get(&format!("/statistics/participation?forum={forum}")).await;
    assert_eq!(status, 200);
    let page_text = text(&page);
    assert!(page_text.contains("Die Zahlen des Forums „Nachbarschaftsforum Berliner Platz“"), "{page_text}");
    assert!(page.contains(&format!("name=\"forum\" value=\"{forum}\"")), "the period form keeps the forum");
    let (_, everyone) = app.get("/statistics/participation").await;
    assert!(everyone.contains(&format!("href=\"/statistics/participation?forum={forum}\"")), "moderators find their forum's figures");
    let (status, _) = app.get("/statistics/participation?forum=99999").await;
    assert_eq!(status, 403, "a forum one does not run, existing or not");
    app.finish().await;
}
