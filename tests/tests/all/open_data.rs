//! Open data: the files parsed back (columns, as many concerns as the public
//! list, no email address), the licence in every file and on the page, a
//! licence set by the operator, survey results only when public.
use crate::harness::{text, Backend, Options, TestApp};
use crate::on_both_databases;
use sea_orm::ConnectionTrait;

on_both_databases!(open_data_files_hold_the_public_concerns_and_their_licence, the_operator_chooses_the_licence_and_private_results_stay_private);

const COLUMNS: [&str; 18] = [
    "reference", "title", "description", "language", "category", "category_name", "district_id", "district", "status", "office",
    "latitude", "longitude", "received_at", "deadline", "supports", "answer_business_days", "answered_on_time", "done_business_days",
];

async fn download(app: &TestApp, path: &str) -> (reqwest::header::HeaderMap, String) {
    let response = app.client.get(app.url(path)).send().await.unwrap();
    assert_eq!(response.status(), 200, "{path}");
    let headers = response.headers().clone();
    let body = response.text().await.unwrap();
    assert!(!has_email(&body), "no email address in {path}");
    (headers, body)
}

/// Whether a text holds something like an email address (`@context` of
/// JSON-LD is none).
fn has_email(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    chars.windows(3).any(|w| w[1] == '@' && w[0].is_alphanumeric() && w[2].is_alphanumeric())
}

/// How many concerns the public list shows, by its own rule.
async fn public_count(app: &TestApp) -> i64 {
    app.scalar("SELECT COUNT(*) AS n FROM concern WHERE published = TRUE AND hidden = FALSE AND status NOT IN ('rejected', 'duplicate')").await
}

async fn open_data_files_hold_the_public_concerns_and_their_licence(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    // More than two pages of the download, and one report with an address
    // that must never appear.
    server::demo::generate_concerns(&app.db, 2100, false).await.unwrap();
    let green = crate::concerns::category_id(&app, "green").await;
    let district = crate::public::district_id(&app, "Roter Berg").await.to_string();
    crate::concerns::report(&app, &[("title", "Nicht bestätigt"), ("description", "Wartet."), ("category", &green), ("district", &district), ("email", "versteckt@example.org")]).await;
    app.db.execute_unprepared("UPDATE concern SET hidden = TRUE WHERE id = (SELECT MIN(id) FROM concern)").await.unwrap();
    let expected = public_count(&app).await;
    assert!(expected > 2000, "{expected}");

    let (headers, csv) = download(&app, "/open-data/concerns.csv").await;
    assert!(headers["content-type"].to_str().unwrap().starts_with("text/csv"));
    assert_eq!(headers["link"].to_str().unwrap(), "<https://www.govdata.de/dl-de/by-2-0>; rel=\"license\"");
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    assert_eq!(reader.headers().unwrap().iter().collect::<Vec<_>>(), COLUMNS);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len() as i64, expected, "as many as the public list");
    let references: std::collections::HashSet<&str> = rows.iter().map(|r| &r[0]).collect();
    assert_eq!(references.len(), rows.len(), "each concern once across the pages");
    assert!(rows.iter().all(|r| r[0].starts_with("Q-")));

    let (_, json) = download(&app, "/open-data/concerns.json").await;
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(json["licence"], "dl-de/by-2-0");
    assert_eq!(json["licence_url"], "https://www.govdata.de/dl-de/by-2-0");
    let concerns = json["concerns"].as_array().unwrap();
    assert_eq!(concerns.len() as i64, expected);
    let keys: Vec<&str> = concerns[0].as_object().unwrap().keys().map(String::as_str).collect();
    let mut sorted = COLUMNS.to_vec();
    sorted.sort_unstable();
    assert_eq!(keys, sorted);
    assert_eq!(concerns[0]["reference"], rows[0][0], "the same order in both files");

    let (_, metadata) = download(&app, "/open-data/concerns.csv-metadata.json").await;
    let metadata: serde_json::Value = serde_json::from_str(&metadata).unwrap();
    assert_eq!(metadata["dc:license"], "https://www.govdata.de/dl-de/by-2-0");
    let names: Vec<&str> = metadata["tableSchema"]["columns"].as_array().unwrap().iter().map(|c| c["name"].as_str().unwrap()).collect();
    assert_eq!(names, COLUMNS);

    let (_, districts) = download(&app, "/open-data/districts.csv").await;
    assert_eq!(districts.lines().count() as i64 - 1, app.count("district").await);
    assert!(districts.starts_with("id,name,kind,planning_space,population"));

    let (status, page) = app.get("/open-data").await;
    assert_eq!(status, 200);
    let t = text(&page);
    assert!(t.contains("Es gilt die Lizenz dl-de/by-2-0") && t.contains("concerns.csv") && t.contains("Die Vorgangsnummer"), "{t}");
    app.finish().await;
}

async fn the_operator_chooses_the_licence_and_private_results_stay_private(backend: Backend) {
    let options = Options { configure: |c| c.open_data_licence = Some("CC-BY-4.0".into()), ..Options::default() };
    let app = TestApp::spawn_with(backend, options).await;
    let (headers, _) = download(&app, "/open-data/districts.csv").await;
    assert_eq!(headers["link"].to_str().unwrap(), "<https://creativecommons.org/licenses/by/4.0/>; rel=\"license\"");
    let (_, page) = app.get("/open-data").await;
    assert!(text(&page).contains("CC-BY-4.0"));

    let survey = crate::surveys::published_survey(&app).await;
    app.logout().await;
    let (_, results) = download(&app, &format!("/open-data/surveys/{survey}/results.json")).await;
    let results: serde_json::Value = serde_json::from_str(&results).unwrap();
    assert_eq!(results["licence"], "CC-BY-4.0");
    assert!(results["results"].is_object() || results["results"].is_array(), "{results}");
    let (_, csv) = download(&app, &format!("/open-data/surveys/{survey}/results.csv")).await;
    assert!(csv.lines().count() > 1, "{csv}");
    // Results that are not public are not open data.
    app.db.execute_unprepared(&format!("UPDATE survey SET results_public = FALSE WHERE id = {survey}")).await.unwrap();
    for path in [format!("/open-data/surveys/{survey}/results.json"), "/open-data/surveys/999999/results.csv".into(), format!("/open-data/surveys/{survey}/responses.csv")] {
        let response = app.client.get(app.url(&path)).send().await.unwrap();
        assert_eq!(response.status(), 404, "{path}");
    }
    app.finish().await;
}
