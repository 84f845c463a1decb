//! The maps in headless Chromium: the report form's spot set by keyboard
//! only, the same report without JavaScript, markers on the concerns map.
//! Every test here also fails on a Content-Security-Policy violation (the
//! harness counts them), so Leaflet must run under the strict policy.
use crate::harness::browser::{Browser, Key};
use crate::harness::{Backend, TestApp, RESIDENT};
use crate::on_both_databases;
use serde_json::Value;
use std::time::Duration;

on_both_databases!(the_spot_is_set_by_keyboard_on_the_map, the_spot_is_typed_without_javascript);

async fn value_of(b: &Browser, css: &str) -> String {
    let v = b.client.execute("return document.querySelector(arguments[0]).value;", vec![serde_json::json!(css)]).await.unwrap();
    v.as_str().unwrap_or_default().to_string()
}

async fn wait_for(b: &Browser, css: &str) {
    for _ in 0..100 {
        if b.exists(css).await {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("{css} never appeared");
}

async fn the_spot_is_set_by_keyboard_on_the_map(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let b = Browser::start(true).await;
    crate::keyboard::sign_in(&b, &app, RESIDENT).await;
    let roads = crate::concerns::category_id(&app, "roads").await;
    b.goto(&app.url("/report")).await;
    wait_for(&b, ".map-box:not([hidden]) .leaflet-container").await;
    wait_for(&b, ".map-box path.leaflet-interactive, .map-box svg path").await;

    b.tab_to("#field-title").await;
    b.type_text("Laterne flackert (Karte)").await;
    b.keys(&[Key::Tab]).await;
    b.type_text("Die Laterne an der Ecke flackert nachts.").await;
    b.tab_to("#field-category").await;
    b.arrow_down_to(&roads).await;
    // The map, focused by Tab: the arrow keys set the spot and move it.
    b.tab_to(".map-box .map").await;
    assert!(b.focus_description().await.contains("role=\"application\""), "{}", b.focus_description().await);
    b.keys(&[Key::Right, Key::Right, Key::Down]).await;
    b.wait_for_text("Stelle markiert, Ortsteil").await;
    let district = value_of(&b, "#field-district").await;
    let (lat, lon) = (value_of(&b, "#field-latitude").await, value_of(&b, "#field-longitude").await);
    assert!(!district.is_empty() && !lat.is_empty() && !lon.is_empty(), "the form's fields are filled: {district} {lat} {lon}");
    // The district the server names for this spot is the one filled in.
    let at: Value = reqwest::get(app.url(&format!("/districts/at?lat={lat}&lon={lon}"))).await.unwrap().json().await.unwrap();
    assert_eq!(at["district"]["id"].to_string(), district);
    assert!(b.text().await.contains(&format!("Ortsteil {}", at["district"]["name"].as_str().unwrap())), "the status names the district");
    b.screenshot(&format!("report-map-{backend:?}")).await;

    b.tab_to("form.stack button[type=submit]:not([formmethod])").await;
    b.keys(&[Key::Enter]).await;
    b.wait_for_text("Ihre Vorgangsnummer: Q-").await;
    let stored = app.scalar("SELECT district_id AS n FROM concern WHERE title = 'Laterne flackert (Karte)' AND latitude IS NOT NULL").await;
    assert_eq!(stored.to_string(), district);

    // The concern shows on the concerns map as a marker with its status's shape.
    b.goto(&app.url("/concerns/map")).await;
    wait_for(&b, ".concern-marker.status-open").await;
    assert!(b.exists(".map-legend .concern-marker.status-done").await, "the legend names each status's shape");
    b.screenshot(&format!("concerns-map-{backend:?}")).await;

    // "Continue without the map" hides it, and focus goes to the button that brings it back.
    b.goto(&app.url("/report")).await;
    wait_for(&b, ".map-box:not([hidden]) .leaflet-container").await;
    b.tab_to("[data-action=without]").await;
    b.keys(&[Key::Enter]).await;
    assert!(b.exists(".map-area[hidden]").await, "the map is hidden");
    assert!(b.focused("[data-action=with]").await, "{}", b.focus_description().await);
    b.close().await;
    app.finish().await;
}

async fn the_spot_is_typed_without_javascript(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let b = Browser::start(false).await;
    crate::keyboard::sign_in(&b, &app, RESIDENT).await;
    let roads = crate::concerns::category_id(&app, "roads").await;
    b.goto(&app.url("/report")).await;
    assert!(b.exists(".map-box[hidden]").await, "no map without JavaScript");
    b.fill("#field-title", "Gehweg uneben (ohne Karte)").await;
    b.fill("#field-description", "Platten stehen hoch.").await;
    b.click(&format!("#field-category option[value='{roads}']")).await;
    b.fill("#field-latitude", "50,97806").await;
    b.fill("#field-longitude", "11,02917").await;
    b.click("form.stack button[type=submit]:not([formmethod])").await;
    b.wait_for_text("Ihre Vorgangsnummer: Q-").await;
    let stored = app.scalar("SELECT district_id AS n FROM concern WHERE title = 'Gehweg uneben (ohne Karte)'").await;
    assert_eq!(stored, crate::public::district_id(&app, "Altstadt").await, "the district comes from the typed spot");
    b.close().await;
    app.finish().await;
}
