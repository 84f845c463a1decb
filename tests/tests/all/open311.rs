//! Open311 GeoReport v2 over real HTTP.
use crate::harness::{html_attr, Backend, TestApp, ADMIN, DEMO_PASSWORD};
use crate::on_both_databases;
use crate::public::district_id;
use serde_json::Value;

on_both_databases!(open311_services_requests_and_posting);

async fn json(r: reqwest::Response) -> (u16, Value) {
    let status = r.status().as_u16();
    (status, r.json().await.unwrap())
}

async fn open311_services_requests_and_posting(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let api = reqwest::Client::new();
    let (status, services) = json(api.get(app.url("/open311/v2/services.json")).header("accept-language", "en").send().await.unwrap()).await;
    assert_eq!(status, 200);
    let roads = services.as_array().unwrap().iter().find(|s| s["service_code"] == "roads").expect("roads is a service");
    assert_eq!(roads["service_name"], "Roads, paths, traffic");
    assert_eq!(roads["metadata"], true);
    let (status, definition) = json(api.get(app.url("/open311/v2/services/roads.json")).send().await.unwrap()).await;
    assert_eq!(status, 200);
    assert_eq!(definition["attributes"][0]["code"], "district");
    assert!(definition["attributes"][0]["values"].as_array().unwrap().iter().any(|v| v["name"] == "Rieth"));
    let (status, body) = json(api.get(app.url("/open311/v2/services/unicorns.json")).send().await.unwrap()).await;
    assert_eq!((status, body[0]["code"].as_u64()), (404, Some(404)));

    let district = district_id(&app, "Rieth").await.to_string();
    let post = |fields: Vec<(&'static str, String)>| {
        let api = api.clone();
        let url = app.url("/open311/v2/requests.json");
        async move { json(api.post(url).form(&fields).send().await.unwrap()).await }
    };
    let good = |key: &str| {
        vec![
            ("api_key", key.to_string()),
            ("service_code", "roads".to_string()),
            ("lat", "50.9991".to_string()),
            ("long", "11.0123".to_string()),
            ("email", "app-user@example.org".to_string()),
            ("first_name", "Ali".to_string()),
            ("description", "Schlagloch an der Haltestelle\nBitte bald reparieren.".to_string()),
            ("attribute[district]", district.clone()),
        ]
    };
    // No key, a wrong key.
    let (status, body) = post(good("")).await;
    assert_eq!(status, 403, "{body}");
    let (status, _) = post(good("0123")).await;
    assert_eq!(status, 403);

    // An admin creates a key; it is shown once.
    app.login(ADMIN, DEMO_PASSWORD).await;
    let (status, _, page) = app.submit("/admin/api-keys", &[("name", "Mängelmelder-App")]).await;
    assert_eq!(status, 201);
    let doc = scraper::Html::parse_document(&page);
    let key: String = doc.select(&scraper::Selector::parse("code.secret").unwrap()).next().expect("the new key is shown").text().collect();
    assert_eq!(key.len(), 64);
    assert!(html_attr(&page, "code.secret", "class").is_some());

    // Bad posts: unknown service, bad coordinates, no place, no district.
    let mut bad = good(&key);
    bad[1].1 = "unicorns".into();
    let (status, body) = post(bad).await;
    assert_eq!(status, 400);
    assert!(body[0]["description"].as_str().unwrap().contains("service_code"), "{body}");
    let mut bad = good(&key);
    bad[2].1 = "123".into();
    let (status, body) = post(bad).await;
    assert_eq!(status, 400);
    assert!(body[0]["description"].as_str().unwrap().contains("latitude"), "{body}");
    let bad: Vec<_> = good(&key).into_iter().filter(|(k, _)| !matches!(*k, "lat" | "long")).collect();
    let (status, _) = post(bad).await;
    assert_eq!(status, 400);
    let mut bad: Vec<_> = good(&key).into_iter().filter(|(k, _)| *k != "attribute[district]").collect();
    bad[2].1 = "50.5".into();
    let (status, body) = post(bad).await;
    assert_eq!(status, 400);
    assert_eq!(body[0]["description"], "lat: The marked spot lies outside the city. Please mark a spot in the city.", "English without Accept-Language");
    let concerns = app.count("concern").await;
    assert_eq!(concerns, 0, "nothing written by bad posts");

    let (status, created) = post(good(&key)).await;
    assert_eq!(status, 201, "{created}");
    let reference = created[0]["service_request_id"].as_str().unwrap().to_string();
    assert!(reference.starts_with("Q-"));
    // Not public until the reporter confirms by mail.
    let (status, _) = json(api.get(app.url(&format!("/open311/v2/requests/{reference}.json"))).send().await.unwrap()).await;
    assert_eq!(status, 404);
    let mail = app.smtp.wait_for("app-user@example.org", 1).await;
    api.get(mail.link(&format!("{}/concerns/confirm?token=", app.base)).unwrap()).send().await.unwrap();

    let (status, one) = json(api.get(app.url(&format!("/open311/v2/requests/{reference}.json"))).send().await.unwrap()).await;
    assert_eq!(status, 200);
    assert_eq!(one[0]["status"], "open");
    assert_eq!(one[0]["service_code"], "roads");
    assert_eq!(one[0]["agency_responsible"], "Tiefbau- und Verkehrsamt");
    assert_eq!(one[0]["lat"].as_f64(), Some(50.9991));
    assert!(one[0].get("email").is_none(), "no email addresses in the API");
    let (_, open) = json(api.get(app.url("/open311/v2/requests.json?status=open&service_code=roads")).send().await.unwrap()).await;
    assert_eq!(open.as_array().unwrap().len(), 1);
    let (_, closed) = json(api.get(app.url("/open311/v2/requests.json?status=closed")).send().await.unwrap()).await;
    assert_eq!(closed.as_array().unwrap().len(), 0);
    let (status, _) = json(api.get(app.url("/open311/v2/requests.json?start_date=yesterday")).send().await.unwrap()).await;
    assert_eq!(status, 400);
    let (status, _) = json(api.get(app.url("/open311/v2/requests.json?service_code=unicorns")).send().await.unwrap()).await;
    assert_eq!(status, 400);

    // A revoked key no longer works.
    let id = app.scalar("SELECT id AS n FROM api_key").await.to_string();
    let (status, _, _) = app.submit("/admin/api-keys/revoke", &[("id", &id)]).await;
    assert_eq!(status, 303);
    let (status, _) = post(good(&key)).await;
    assert_eq!(status, 403);
    app.finish().await;
}
