//! Public statistics: exact figures on a small known set of concerns (the
//! city, a district, an office), the periods and the category filter, the
//! downloads parsed back, and bad filters.
use crate::concerns::{category_id, reference_of, report};
use crate::harness::{text, Backend, TestApp, DEMO_PASSWORD, RESIDENT, STAFF};
use crate::on_both_databases;
use crate::public::district_id;
use domain::business_days::Calendar;
use domain::schema::concerns::concern;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use time::{Duration, OffsetDateTime};

on_both_databases!(statistics_show_what_became_of_the_concerns, bad_statistics_filters_get_messages_not_errors);

async fn reported(app: &TestApp, title: &str, category: &str, district: &str) -> i64 {
    let (status, location, _) = report(app, &[("title", title), ("description", "Bitte ansehen, danke."), ("category", category), ("district", district)]).await;
    assert_eq!(status, 303, "{title}");
    let reference = reference_of(&location);
    app.scalar(&format!("SELECT id AS n FROM concern WHERE reference = '{reference}'")).await
}

/// Moves a concern behind the server's back, as if received earlier.
async fn received_at(app: &TestApp, id: i64, at: OffsetDateTime) {
    concern::Entity::update_many().col_expr(concern::Column::CreatedAt, Expr::value(at)).filter(concern::Column::Id.eq(id as i32)).exec(&app.db).await.unwrap();
}

async fn deadline(app: &TestApp, id: i64, day: time::Date) {
    concern::Entity::update_many().col_expr(concern::Column::Deadline, Expr::value(day)).filter(concern::Column::Id.eq(id as i32)).exec(&app.db).await.unwrap();
}

/// The rows of a CSV download, the header first.
pub async fn csv_rows(app: &TestApp, path: &str) -> Vec<Vec<String>> {
    let response = app.client.get(app.url(path)).send().await.unwrap();
    assert_eq!(response.status(), 200, "{path}");
    assert!(response.headers()["content-type"].to_str().unwrap().starts_with("text/csv"));
    let body = response.text().await.unwrap();
    assert!(!body.contains('@'), "no email address in open figures: {body}");
    let mut reader = csv::Reader::from_reader(body.as_bytes());
    let mut rows = vec![reader.headers().unwrap().iter().map(str::to_string).collect::<Vec<_>>()];
    rows.extend(reader.records().map(|r| r.unwrap().iter().map(str::to_string).collect()));
    rows
}

/// The cell of `row` under the column `name`.
pub fn column(rows: &[Vec<String>], row: &[String], name: &str) -> String {
    let i = rows[0].iter().position(|h| h == name).unwrap_or_else(|| panic!("no column {name}: {:?}", rows[0]));
    row[i].clone()
}

/// The row whose name column is `name` (offices: their code first).
pub fn row_named(rows: &[Vec<String>], name: &str) -> Vec<String> {
    rows.iter().find(|r| r.get(1).is_some_and(|n| n == name || n.starts_with(&format!("{name} ")))).cloned().unwrap_or_else(|| panic!("no row {name}"))
}

async fn statistics_show_what_became_of_the_concerns(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (roads, green) = (category_id(&app, "roads").await, category_id(&app, "green").await);
    let district = district_id(&app, "Berliner Platz").await;
    let population = app.scalar(&format!("SELECT population AS n FROM district WHERE id = {district}")).await;
    let office_66 = app.scalar("SELECT id AS n FROM office WHERE code = '66'").await;
    let d = district.to_string();
    app.login(RESIDENT, DEMO_PASSWORD).await;
    let late = reported(&app, "Schlagloch Ecke", &roads, &d).await;
    let quick = reported(&app, "Ampel kurz", &roads, &d).await;
    let waiting = reported(&app, "Bordstein hoch", &roads, &d).await;
    let back = reported(&app, "Falsches Amt", &roads, &d).await;
    let last_year = reported(&app, "Hecke wuchert", &green, &d).await;
    let now = OffsetDateTime::now_utc();
    let today = now.date();
    let yesterday = today - Duration::days(1);
    // One concern from long ago, one received three weeks ago and answered late.
    received_at(&app, last_year, now - Duration::days(400)).await;
    received_at(&app, late, now - Duration::days(21)).await;
    deadline(&app, late, yesterday).await;
    deadline(&app, waiting, yesterday).await;

    app.login(STAFF, DEMO_PASSWORD).await;
    let act = |id: i64, fields: Vec<(&'static str, &'static str)>| {
        let app = &app;
        async move {
            let (status, _, body) = app.submit(&format!("/office/concerns/{id}"), &fields).await;
            assert_eq!(status, 303, "{}", text(&body));
        }
    };
    act(late, vec![("action", "status"), ("status", "done"), ("answer", "Das Loch ist zu.")]).await;
    act(quick, vec![("action", "status"), ("status", "planned"), ("answer", "Kommt im März.")]).await;
    act(back, vec![("action", "hand_back"), ("handback_reason", "Das ist nicht unser Thema.")]).await;
    app.logout().await;

    // What the server kept: business days from receipt to today's answers.
    let late_days = Calendar::default().business_days_between((now - Duration::days(21)).date(), today);
    assert_eq!(app.scalar(&format!("SELECT answer_days AS n FROM concern WHERE id = {late}")).await, late_days);
    assert_eq!(app.scalar(&format!("SELECT done_days AS n FROM concern WHERE id = {late}")).await, late_days);
    assert_eq!(app.scalar(&format!("SELECT answer_days AS n FROM concern WHERE id = {quick}")).await, 0);
    // The counters agree with the concerns themselves, and the counters of
    // all categories together with those of each category.
    let all = app.scalar("SELECT SUM(n) AS n FROM statistic WHERE category_id = 0").await;
    assert_eq!(app.scalar("SELECT SUM(n) AS n FROM statistic WHERE category_id <> 0").await, all);
    assert_eq!(app.scalar("SELECT SUM(n) AS n FROM statistic WHERE scope = 'city' AND category_id = 0 AND measure = 'received'").await, app.count("concern").await);

    // Past deadlines merged into one counter (the hourly run) change no figure.
    assert_eq!(domain::statistics::service::compact(&app.db, today).await.unwrap(), 6, "yesterday's counter of the city, the district and the office, by category and for all");
    let past = format!("SELECT COUNT(*) AS n FROM statistic WHERE measure LIKE 'due%' AND label < '{today}' AND label <> '0000-00-00'");
    assert_eq!(app.scalar(&past).await, 0);

    // The last twelve months: four concerns, one done, one planned, two waiting.
    let (status, page) = app.get("/statistics").await;
    assert_eq!(status, 200);
    let t = text(&page);
    let median = (late_days as f64) / 2.0;
    let median = format!("{median:.1}").replace('.', ",");
    assert!(t.contains(&format!("4 Anliegen sind eingegangen, 1 davon sind erledigt. Bis zur ersten Antwort eines Amtes vergingen im Mittel (Median) {median} Arbeitstage.")), "{t}");
    assert!(t.contains("Rechtzeitig beantwortet 33,3"), "one in time, one late, one overdue without answer: {t}");
    assert!(t.contains("Jetzt überfällig 1"), "{t}");
    assert!(!page.contains('@'), "no email address on the page");

    let districts = csv_rows(&app, "/statistics/districts.csv").await;
    let row = row_named(&districts, "Berliner Platz");
    assert_eq!(column(&districts, &row, "received"), "4");
    assert_eq!(column(&districts, &row, "waiting"), "2");
    assert_eq!(column(&districts, &row, "in_progress"), "1");
    assert_eq!(column(&districts, &row, "done"), "1");
    assert_eq!(column(&districts, &row, "overdue"), "1");
    assert_eq!(column(&districts, &row, "received_per_1000"), format!("{:.2}", 4000.0 / population as f64));
    assert_eq!(column(&districts, &row, "on_time_rate"), "0.333");
    let offices = csv_rows(&app, "/statistics/offices.csv").await;
    let row = row_named(&offices, "66");
    assert_eq!(column(&offices, &row, "id"), office_66.to_string());
    assert_eq!(column(&offices, &row, "routed"), "4", "the office received four");
    assert_eq!(column(&offices, &row, "handed_back"), "1");
    assert_eq!(column(&offices, &row, "answered"), "2");
    assert_eq!(column(&offices, &row, "median_days_to_done"), format!("{:.1}", late_days as f64));

    // All time and the year long ago; one category.
    let all = csv_rows(&app, &format!("/statistics/months.csv?district={district}&period=all")).await;
    let received: i64 = all[1..].iter().map(|r| r[1].parse::<i64>().unwrap()).sum();
    assert_eq!(received, 5, "{all:?}");
    let year = (now - Duration::days(400)).year();
    let (_, page) = app.get(&format!("/statistics?period={year}&category={green}")).await;
    assert!(text(&page).contains("1 Anliegen sind eingegangen, 0 davon sind erledigt."), "{}", text(&page));
    let (_, page) = app.get(&format!("/statistics?period=12m&category={green}")).await;
    assert!(text(&page).contains("In diesem Zeitraum ist kein Anliegen eingegangen."));

    // The district's and the office's pages show their own figures.
    let (status, page) = app.get(&format!("/districts/{district}")).await;
    assert_eq!(status, 200);
    assert!(text(&page).contains("4 Anliegen sind eingegangen"), "{}", text(&page));
    let (status, page) = app.get(&format!("/offices/{office_66}")).await;
    assert_eq!(status, 200);
    let t = text(&page);
    assert!(t.contains("Erhalten 4") && t.contains("Zurückgegeben 1") && t.contains("Beantwortet 2"), "{t}");
    assert!(!page.contains('@'), "the office's address stays off its public page");

    // Counters follow a concern that is deleted.
    app.db.execute_unprepared(&format!("DELETE FROM concern_event WHERE concern_id = {quick}")).await.unwrap();
    app.db.execute_unprepared(&format!("DELETE FROM concern WHERE id = {quick}")).await.unwrap();
    assert_eq!(app.scalar("SELECT SUM(n) AS n FROM statistic WHERE scope = 'city' AND category_id = 0 AND measure = 'received'").await, app.count("concern").await);
    assert_eq!(app.scalar("SELECT COALESCE(SUM(n), 0) AS n FROM statistic WHERE scope = 'city' AND category_id = 0 AND measure = 'answer'").await, 1);
    app.finish().await;
}

async fn bad_statistics_filters_get_messages_not_errors(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let future = OffsetDateTime::now_utc().year() + 1;
    let (status, page) = app.get(&format!("/statistics?period={future}")).await;
    assert_eq!(status, 200, "the figures of the default period, with a message");
    assert!(text(&page).contains("Dieses Jahr liegt in der Zukunft."));
    let (_, page) = app.get("/statistics?period=%3Cscript%3E&category=abc").await;
    let t = text(&page);
    assert!(t.contains("Bitte wählen Sie einen Zeitraum aus der Liste."), "{t}");
    assert!(!page.contains("<script>"));
    let (_, page) = app.get("/statistics?category=999999").await;
    assert!(text(&page).contains("Bitte wählen Sie ein Thema aus der Liste."));
    let response = app.client.get(app.url(&format!("/statistics/months.csv?period={future}"))).send().await.unwrap();
    assert_eq!(response.status(), 422);
    assert!(response.text().await.unwrap().contains("Dieses Jahr liegt in der Zukunft."));
    for path in ["/statistics/months.csv?district=999999", "/statistics/months.csv?office=x", "/statistics/secret.csv", "/statistics/months.txt", "/offices/999999", "/offices/x"] {
        let response = app.client.get(app.url(path)).send().await.unwrap();
        assert_eq!(response.status(), 404, "{path}");
    }
    app.finish().await;
}
