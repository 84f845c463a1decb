//! Places: district boundaries, the district of a marked spot, the boundary
//! import and the GeoJSON downloads, on both databases.
use crate::concerns::{category_id, reference_of, report};
use crate::harness::{field_value, text, Backend, TestApp, ADMIN, DEMO_PASSWORD, RESIDENT};
use crate::on_both_databases;
use crate::public::district_id;
use serde_json::Value;

on_both_databases!(
    a_marked_spot_gives_the_district_and_places_are_open_data,
    the_boundary_import_is_all_or_nothing,
    a_standard_open311_client_posts_with_lat_long_only,
    the_concern_map_gets_clusters,
);

async fn geojson(app: &TestApp, path: &str) -> Value {
    let r = app.client.get(app.url(path)).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 200, "{path}");
    assert_eq!(r.headers()["content-type"], "application/geo+json");
    r.json().await.unwrap()
}

fn feature<'a>(collection: &'a Value, name: &str) -> &'a Value {
    collection["features"].as_array().unwrap().iter().find(|f| f["properties"]["name"] == name).unwrap_or_else(|| panic!("{name} is a feature"))
}

async fn a_marked_spot_gives_the_district_and_places_are_open_data(backend: Backend) {
    let app = TestApp::spawn(backend).await;

    // The demo city: all 53 districts, with population and schematic boundaries.
    let districts = geojson(&app, "/districts.geojson").await;
    assert_eq!(districts["type"], "FeatureCollection");
    assert_eq!(districts["features"].as_array().unwrap().len(), 53);
    let rieth = feature(&districts, "Rieth");
    assert_eq!(rieth["properties"]["population"], 6285);
    assert_eq!(rieth["properties"]["population_date"], "2020-12-31");
    assert_eq!(rieth["properties"]["kind"], "estate");
    assert_eq!(rieth["properties"]["boundary_origin"], "approximate");
    assert_eq!(rieth["geometry"]["type"], "Polygon");
    assert_eq!(feature(&districts, "Altstadt")["properties"]["boundary_origin"], "schematic");

    // A resident marks the spot (the Altstadt's centre) and leaves the district out.
    app.login(RESIDENT, DEMO_PASSWORD).await;
    let roads = category_id(&app, "roads").await;
    let altstadt = district_id(&app, "Altstadt").await;
    let rieth_id = district_id(&app, "Rieth").await.to_string();
    let spot = [("title", "Pflaster lose"), ("description", "Am Fischmarkt wackeln die Steine."), ("category", roads.as_str()), ("latitude", "50,97806"), ("longitude", "11.02917")];
    let (status, location, body) = report(&app, &spot).await;
    assert_eq!(status, 303, "{}", text(&body));
    assert!(location.ends_with("published=1"), "{location}");
    let reference = reference_of(&location);
    let stored = app.scalar(&format!("SELECT district_id AS n FROM concern WHERE reference = '{reference}'")).await;
    assert_eq!(stored, altstadt, "the district comes from the spot");

    // "Look for similar concerns" needs no district either: the spot's is used.
    let (_, page) = app.get(&format!("/report?check=1&title=Pflaster+lose&description=Steine+wackeln&category={roads}&latitude=50.97806&longitude=11.02917")).await;
    let similar = scraper::Html::parse_document(&page);
    let found: Vec<String> = similar.select(&scraper::Selector::parse(".similar a, section a").unwrap()).map(|a| a.text().collect()).collect();
    assert!(found.iter().any(|t| t.contains("Pflaster lose")), "{found:?}");

    // Refused, with the reason and the input kept: outside the city, in
    // another district than the one chosen, not a number.
    let concerns = app.count("concern").await;
    let cases: [(&[(&str, &str)], &str); 3] = [
        (&[("latitude", "50.5"), ("longitude", "11.0")], "außerhalb der Stadt"),
        (&[("latitude", "50.97806"), ("longitude", "11.02917"), ("district", rieth_id.as_str())], "in einem anderen Ortsteil"),
        (&[("latitude", "NaN"), ("longitude", "11.0")], "Breitengrad (−90 bis 90)"),
    ];
    for (place, message) in cases {
        let mut fields = spot[..3].to_vec();
        fields.extend_from_slice(place);
        let (status, _, body) = report(&app, &fields).await;
        assert_eq!(status, 422, "{place:?}");
        assert!(text(&body).contains(message), "{place:?}: {}", text(&body));
        assert_eq!(field_value(&body, "title").as_deref(), Some("Pflaster lose"));
        assert_eq!(field_value(&body, "latitude").as_deref(), Some(place[0].1));
    }
    assert_eq!(app.count("concern").await, concerns, "nothing written");

    // Public concerns as GeoJSON: the point, public fields only, the list's filters, pages.
    let mine = geojson(&app, "/concerns.geojson").await;
    let found = mine["features"].as_array().unwrap().iter().find(|f| f["id"] == reference.as_str()).expect("the new concern is a feature");
    assert_eq!(found["geometry"]["type"], "Point");
    assert_eq!(found["geometry"]["coordinates"][0].as_f64(), Some(11.02917));
    assert_eq!(found["geometry"]["coordinates"][1].as_f64(), Some(50.97806));
    assert_eq!(found["properties"]["district"], "Altstadt");
    assert_eq!(found["properties"]["category"], "roads");
    let raw = mine.to_string();
    assert!(!raw.contains('@') && !raw.contains("Rana"), "no email address or reporter's name");
    let elsewhere = geojson(&app, &format!("/concerns.geojson?district={rieth_id}")).await;
    assert!(elsewhere["features"].as_array().unwrap().iter().all(|f| f["properties"]["district"] == "Rieth"));
    let (_, location, _) = report(&app, &[spot[0], spot[1], spot[2], ("latitude", "50.978"), ("longitude", "11.029")]).await;
    let newest = reference_of(&location);
    let first = geojson(&app, "/concerns.geojson?limit=1").await;
    assert_eq!(first["features"].as_array().unwrap().len(), 1);
    assert_eq!(first["features"][0]["id"], newest.as_str());
    let next = first["next"].as_str().expect("a link to the next page");
    let second = geojson(&app, next).await;
    assert_eq!(second["features"][0]["id"], reference.as_str());
    app.finish().await;
}

fn square(name: &str, lon: f64, lat: f64, size: f64) -> String {
    format!(
        r#"{{"type":"Feature","properties":{{"ortsteil":"{name}"}},"geometry":{{"type":"Polygon","coordinates":[[[{lon},{lat}],[{},{lat}],[{},{}],[{lon},{}],[{lon},{lat}]]]}}}}"#,
        lon + size, lon + size, lat + size, lat + size
    )
}

fn collection(features: &[String]) -> Vec<u8> {
    format!(r#"{{"type":"FeatureCollection","features":[{}]}}"#, features.join(",")).into_bytes()
}

async fn import(app: &TestApp, file: Vec<u8>, property: &str) -> (u16, String, String) {
    app.submit_files("/admin/districts/boundaries", &[("name_property", property)], vec![("file", "ortsteile.geojson", file)]).await
}

async fn the_boundary_import_is_all_or_nothing(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let before = geojson(&app, "/districts.geojson").await;
    let rieth_before = feature(&before, "Rieth")["geometry"].clone();

    // A declared 50 MB file is refused before a byte of it is read.
    {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let mut s = tokio::net::TcpStream::connect(app.base.trim_start_matches("http://")).await.unwrap();
        s.write_all(b"POST /admin/districts/boundaries HTTP/1.1\r\nHost: quartier\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: 52428800\r\n\r\n").await.unwrap();
        let mut answer = vec![0u8; 1024];
        let n = tokio::time::timeout(std::time::Duration::from_secs(2), s.read(&mut answer)).await.expect("an answer before any body").unwrap();
        let answer = String::from_utf8_lossy(&answer[..n]).to_string();
        assert!(answer.starts_with("HTTP/1.1 413") && answer.contains("Diese Anfrage ist zu groß."), "{answer}");
    }

    // Only admins import.
    app.login(RESIDENT, DEMO_PASSWORD).await;
    let (status, _, _) = import(&app, collection(&[square("Rieth", 11.0, 51.0, 0.01)]), "ortsteil").await;
    assert_eq!(status, 403);
    app.logout().await;
    app.login(ADMIN, DEMO_PASSWORD).await;

    // A broken file: every problem named, nothing written, the property kept.
    let broken = collection(&[
        square("Rieth", 11.0, 51.0, 0.01),
        square("Atlantis", 12.0, 51.0, 0.01),
        r#"{"type":"Feature","properties":{"ortsteil":"Altstadt"},"geometry":{"type":"Polygon","coordinates":[[[11.02,50.97],[11.03,50.97],[11.03,50.98]]]}}"#.to_string(),
        square("Marbach", 11.005, 51.0, 0.01),
    ]);
    let (status, _, body) = import(&app, broken, "ortsteil").await;
    assert_eq!(status, 422);
    let t = text(&body);
    for expected in ["„Atlantis“ ist kein bekannter Ortsteil", "Altstadt hat weniger als vier Punkte", "Rieth und Marbach überschneiden sich"] {
        assert!(t.contains(expected), "{expected}: {t}");
    }
    assert_eq!(field_value(&body, "name_property").as_deref(), Some("ortsteil"));
    for (file, message) in [
        (b"name,kind\nRieth,estate".to_vec(), "keine GeoJSON-FeatureCollection"),
        (collection(&[square("Rieth", 11.0, 51.0, 0.01)]), "keine Eigenschaft „name“"),
    ] {
        let (status, _, body) = import(&app, file, "name").await;
        assert_eq!(status, 422);
        assert!(text(&body).contains(message), "{message}: {}", text(&body));
    }
    let unchanged = geojson(&app, "/districts.geojson").await;
    assert_eq!(feature(&unchanged, "Rieth")["geometry"], rieth_before, "nothing written");

    // Overlapping a kept boundary is refused too.
    let (status, _, body) = import(&app, collection(&[square("Rieth", 11.0, 51.0, 0.01)]), "ortsteil").await;
    assert_eq!(status, 422);
    assert!(text(&body).contains("Rieth und Berliner Platz überschneiden sich"), "{}", text(&body));

    // A good file replaces the boundaries it names and keeps the others:
    // Rieth shrinks to a small square around its centre.
    let (status, location, body) = import(&app, collection(&[square("rieth ", 11.0165, 51.0, 0.001)]), "ortsteil").await;
    assert_eq!((status, location.as_str()), (303, "/admin/districts/boundaries?notice=boundaries-imported"), "{}", text(&body));
    let (_, page) = app.get(&location).await;
    assert!(text(&page).contains("Die Grenzen wurden eingelesen"), "{}", text(&page));
    let after = geojson(&app, "/districts.geojson").await;
    let rieth = feature(&after, "Rieth");
    assert_eq!(rieth["properties"]["boundary_origin"], "imported");
    assert_eq!(rieth["geometry"]["coordinates"][0][0], serde_json::json!([11.0165, 51.0]));
    assert_eq!(feature(&after, "Altstadt")["properties"]["boundary_origin"], "schematic");

    // The new boundary decides at once: a spot in the square is Rieth's,
    // one in its old area now lies in no district.
    let roads = category_id(&app, "roads").await;
    let spot = |lat: &'static str, lon: &'static str| [("title", "Laterne"), ("description", "Dunkel."), ("latitude", lat), ("longitude", lon)];
    let mut fields = spot("51.0005", "11.017").to_vec();
    fields.push(("category", roads.as_str()));
    let (status, location, body) = report(&app, &fields).await;
    assert_eq!(status, 303, "{}", text(&body));
    let stored = app.scalar(&format!("SELECT district_id AS n FROM concern WHERE reference = '{}'", reference_of(&location))).await;
    assert_eq!(stored, district_id(&app, "Rieth").await);
    let mut fields = spot("51.0005", "11.0150").to_vec();
    fields.push(("category", roads.as_str()));
    let (status, _, body) = report(&app, &fields).await;
    assert_eq!(status, 422);
    assert!(text(&body).contains("außerhalb der Stadt"), "{}", text(&body));
    app.finish().await;
}

/// What the GeoReport v2 specification's POST example sends, with a spot in
/// Erfurt's Altstadt and a key from the admin page: no district attribute,
/// fields Quartier does not use (device, account, phone, media URL, other
/// attributes).
async fn a_standard_open311_client_posts_with_lat_long_only(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    app.login(ADMIN, DEMO_PASSWORD).await;
    let (_, _, page) = app.submit("/admin/api-keys", &[("name", "Open311-Client")]).await;
    let doc = scraper::Html::parse_document(&page);
    let key: String = doc.select(&scraper::Selector::parse("code.secret").unwrap()).next().unwrap().text().collect();
    app.logout().await;
    let api = reqwest::Client::new();
    let spec_example = |lat: &str, long: &str| {
        format!(
            "api_key={key}&service_code=roads&lat={lat}&long={long}&address_string=Fischmarkt+1&email=smit333%40example.org&device_id=tt222111\
             &account_id=123456&first_name=john&last_name=smith&phone=111111111&description=A+large+sinkhole+is+destroying+the+street\
             &media_url=http%3A%2F%2Flocalhost%2Fimage.jpg&attribute[WHISPAWN]=123456&attribute[WHISDORN]=COISLQ"
        )
    };
    let post = |body: String| {
        let api = api.clone();
        let url = app.url("/open311/v2/requests.json");
        async move {
            let r = api.post(url).header("content-type", "application/x-www-form-urlencoded").body(body).send().await.unwrap();
            (r.status().as_u16(), r.json::<Value>().await.unwrap())
        }
    };
    let (status, created) = post(spec_example("50.97806", "11.02917")).await;
    assert_eq!(status, 201, "{created}");
    let reference = created[0]["service_request_id"].as_str().unwrap().to_string();
    let district = app.scalar(&format!("SELECT district_id AS n FROM concern WHERE reference = '{reference}'")).await;
    assert_eq!(district, district_id(&app, "Altstadt").await);

    // Outside the city, bad numbers, no place at all: a 400 that says why, in
    // English unless the client asks for another language.
    let (status, body) = post(spec_example("37.76524078", "-122.4212043")).await;
    assert_eq!((status, body[0]["code"].as_u64()), (400, Some(400)));
    assert_eq!(body[0]["description"], "lat: The marked spot lies outside the city. Please mark a spot in the city.");
    let (status, body) = post(spec_example("north", "11.0")).await;
    assert_eq!(status, 400);
    assert!(body[0]["description"].as_str().unwrap().starts_with("lat: Please enter latitude"), "{body}");
    let (status, body) = post(format!("api_key={key}&service_code=roads&address_string=Fischmarkt+1&email=a%40example.org&description=Loch")).await;
    assert_eq!(status, 400);
    assert_eq!(body[0]["description"], "Please give a place in the city: lat and long, or the district.");
    let r = api
        .post(app.url("/open311/v2/requests.json"))
        .header("accept-language", "de")
        .form(&[("api_key", key.as_str()), ("service_code", "roads"), ("lat", "50.5"), ("long", "11.0"), ("email", "a@example.org"), ("description", "Loch")])
        .send()
        .await
        .unwrap();
    let body: Value = r.json().await.unwrap();
    assert!(body[0]["description"].as_str().unwrap().contains("außerhalb der Stadt"), "{body}");
    let definition: Value = api.get(app.url("/open311/v2/services/roads.json")).send().await.unwrap().json().await.unwrap();
    assert_eq!(definition["attributes"][0]["required"], false, "the district comes from lat/long");

    // Confirmed, with a photo added by a resident's report nearby; found by
    // lat/long/radius, with its address and the photo's URL.
    let mail = app.smtp.wait_for("smit333@example.org", 1).await;
    api.get(mail.link(&format!("{}/concerns/confirm?token=", app.base)).unwrap()).send().await.unwrap();
    app.login(RESIDENT, DEMO_PASSWORD).await;
    let roads = category_id(&app, "roads").await;
    let key = crate::concerns::submission_key(&app).await;
    let fields = [("submission_key", key.as_str()), ("title", "Gully verstopft"), ("description", "Wasser steht."), ("category", roads.as_str()), ("latitude", "50.9795"), ("longitude", "11.0290")];
    let (status, location, body) = app.submit_files("/report", &fields, vec![("photos", "gully.jpg", crate::moderation::jpeg_with_gps())]).await;
    assert_eq!(status, 303, "{}", text(&body));
    let with_photo = reference_of(&location);
    let near = |query: &str| {
        let api = api.clone();
        let url = app.url(&format!("/open311/v2/requests.json?{query}"));
        async move {
            let r = api.get(url).send().await.unwrap();
            (r.status().as_u16(), r.json::<Value>().await.unwrap())
        }
    };
    let (status, found) = near("lat=50.97806&long=11.02917&radius=200").await;
    assert_eq!(status, 200);
    let ids: Vec<&str> = found.as_array().unwrap().iter().map(|r| r["service_request_id"].as_str().unwrap()).collect();
    assert_eq!(ids, vec![with_photo.as_str(), reference.as_str()]);
    assert_eq!(found[1]["address"], "Fischmarkt 1");
    let photo = found[0]["media_url"].as_str().expect("the first photo's URL");
    assert!(photo.starts_with("http") && photo.ends_with(".jpg"), "{photo}");
    let r = api.get(photo.replace("http://127.0.0.1:3000", &app.base)).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 200, "the photo is served at its URL");
    // The photo's spot is about 160 m away: outside a 100 m circle.
    let (_, close) = near("lat=50.97806&long=11.02917&radius=100").await;
    assert_eq!(close.as_array().unwrap().len(), 1);
    let (_, far) = near("lat=50.99&long=10.90&radius=500").await;
    assert!(far.as_array().unwrap().is_empty());
    for bad in ["lat=50.97&long=11.02&radius=0", "lat=50.97&long=11.02&radius=99999", "lat=north&long=11", "radius=100"] {
        let (status, body) = near(bad).await;
        assert_eq!(status, 400, "{bad}: {body}");
    }
    app.finish().await;
}

/// With a geocoder: suggestions inside the city only, the address of a
/// spot, Open311 posts with an address only; a geocoder that answers
/// garbage or hangs leaves everything working, just without suggestions.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_geocoder_suggests_addresses_and_may_fail() {
    use crate::harness::geocoder::{Geocoder, Mode, FISCHMARKT};
    use crate::harness::Options;
    let geocoder = Geocoder::start().await;
    let app = TestApp::spawn_with(Backend::Sqlite, Options { geocoder_url: Some(geocoder.url.clone()), ..Options::default() }).await;
    let found: Value = app.client.get(app.url("/places/search?q=Fischmarkt")).send().await.unwrap().json().await.unwrap();
    assert_eq!(found, serde_json::json!([{ "label": FISCHMARKT, "lat": 50.97806, "lon": 11.02917 }]), "Berlin's Fischmarkt is outside the city");
    let asked = geocoder.requests.lock().unwrap().last().cloned().unwrap();
    assert!(asked.contains("bounded=1") && asked.contains("viewbox="), "{asked}");
    let address: Value = app.client.get(app.url("/places/reverse?lat=50.978&lon=11.029")).send().await.unwrap().json().await.unwrap();
    assert_eq!(address["address"], FISCHMARKT);
    let (status, page) = app.get("/report").await;
    assert_eq!(status, 200);
    assert!(page.contains("data-search=\"/places/search\""), "the map offers suggestions");

    // Open311 with an address only: geocoded, the district from the spot.
    app.login(ADMIN, DEMO_PASSWORD).await;
    let (_, _, page) = app.submit("/admin/api-keys", &[("name", "App")]).await;
    let doc = scraper::Html::parse_document(&page);
    let key: String = doc.select(&scraper::Selector::parse("code.secret").unwrap()).next().unwrap().text().collect();
    let post = |address: &'static str| {
        let api = reqwest::Client::new();
        let url = app.url("/open311/v2/requests.json");
        let key = key.clone();
        async move {
            let fields = [("api_key", key.as_str()), ("service_code", "roads"), ("address_string", address), ("email", "a@example.org"), ("description", "Loch")];
            let r = api.post(url).form(&fields).send().await.unwrap();
            (r.status().as_u16(), r.json::<Value>().await.unwrap())
        }
    };
    let (status, created) = post("Fischmarkt 1").await;
    assert_eq!(status, 201, "{created}");
    let reference = created[0]["service_request_id"].as_str().unwrap();
    let district = app.scalar(&format!("SELECT district_id AS n FROM concern WHERE reference = '{reference}'")).await;
    assert_eq!(district, district_id(&app, "Altstadt").await);
    let (status, body) = post("Nirgendwo 7").await;
    assert_eq!((status, body[0]["description"].as_str()), (400, Some("Please give a place in the city: lat and long, or the district.")));

    // Garbage, then a geocoder that hangs: no suggestions, no error page, and
    // the answer comes within the client's few seconds.
    for mode in [Mode::Garbage, Mode::Hangs] {
        geocoder.set(mode);
        let started = std::time::Instant::now();
        let r = app.client.get(app.url("/places/search?q=Fischmarkt")).send().await.unwrap();
        assert_eq!(r.status().as_u16(), 200, "{mode:?}");
        assert_eq!(r.json::<Value>().await.unwrap(), serde_json::json!([]), "{mode:?}");
        assert!(started.elapsed() < std::time::Duration::from_secs(10), "{mode:?}");
        let (status, _) = post("Fischmarkt 1").await;
        assert_eq!(status, 400, "{mode:?}: no location without the geocoder");
    }
    app.finish().await;
}

/// Without a geocoder there are no suggestion endpoints and the map asks
/// for none.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_a_geocoder_nothing_is_suggested() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let r = app.client.get(app.url("/places/search?q=Fischmarkt")).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 404);
    let (_, page) = app.get("/report").await;
    assert!(!page.contains("data-search"), "no suggestions offered");
    assert!(page.contains("data-map=\"pick\""), "the map is there, on the boundaries alone");
    app.finish().await;
}

/// The concerns map's markers over HTTP: single concerns with their
/// reference and status, close ones as one cluster, the list's filters,
/// views that are not a map's refused with a message.
async fn the_concern_map_gets_clusters(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    app.login(RESIDENT, DEMO_PASSWORD).await;
    let roads = category_id(&app, "roads").await;
    let green = category_id(&app, "green").await;
    // Two spots 15 m apart in the Altstadt, one in Stotternheim.
    for (title, lat, lon, category) in [("Altstadt eins", "50.97806", "11.02917", &roads), ("Altstadt zwei", "50.97820", "11.02917", &roads), ("Stotternheim", "51.05611", "11.04222", &green)] {
        let (status, _, body) = report(&app, &[("title", title), ("description", "Bitte ansehen."), ("category", category.as_str()), ("latitude", lat), ("longitude", lon)]).await;
        assert_eq!(status, 303, "{}", text(&body));
    }
    let counts = |c: &Value| {
        let mut n: Vec<u64> = c["features"].as_array().unwrap().iter().map(|f| f["properties"]["count"].as_u64().unwrap()).collect();
        n.sort();
        n
    };
    let city = geojson(&app, "/concerns/clusters.geojson?bbox=10.85,50.88,11.18,51.08&zoom=11").await;
    assert_eq!(counts(&city), vec![1, 2], "the Altstadt pair is one cluster");
    let single = city["features"].as_array().unwrap().iter().find(|f| f["properties"]["count"] == 1).unwrap();
    assert_eq!(single["properties"]["title"], "Stotternheim");
    assert_eq!(single["properties"]["status"], "open");
    assert!(single["properties"]["reference"].as_str().unwrap().starts_with("Q-"));
    let close = geojson(&app, "/concerns/clusters.geojson?bbox=11.025,50.976,11.033,50.980&zoom=18").await;
    assert_eq!(counts(&close), vec![1, 1], "zoomed in, the pair parts");
    let green_only = geojson(&app, &format!("/concerns/clusters.geojson?bbox=10.85,50.88,11.18,51.08&zoom=11&category={green}")).await;
    assert_eq!(counts(&green_only), vec![1]);
    for bad in ["", "bbox=10.85,50.88,11.18&zoom=11", "bbox=10.85,50.88,11.18,51.08&zoom=30", "bbox=-180,-85,180,85&zoom=18", "bbox=a,b,c,d&zoom=3"] {
        let r = app.client.get(app.url(&format!("/concerns/clusters.geojson?{bad}"))).send().await.unwrap();
        assert_eq!(r.status().as_u16(), 422, "{bad}");
        assert!(r.text().await.unwrap().contains("Dieser Kartenausschnitt kann nicht gezeigt werden."), "{bad}");
    }
    app.finish().await;
}
