//! Administration: every admin page and action is refused for anyone but
//! admins; admins manage districts (with CSV import), planning spaces,
//! offices, categories, forums and roles, with clear errors for bad input.
use crate::harness::{field_value, text, Backend, TestApp, ADMIN, DEMO_PASSWORD, MODERATOR, RESIDENT, STAFF};
use crate::on_both_databases;
use crate::public::district_id;

on_both_databases!(
    admin_is_refused_to_everyone_else,
    admin_manages_districts_and_imports_csv,
    admin_manages_offices_categories_forums_and_roles,
);

const ADMIN_PAGES: &[&str] = &[
    "/admin", "/admin/districts", "/admin/districts/new", "/admin/districts/import", "/admin/planning-spaces",
    "/admin/offices", "/admin/offices/new", "/admin/categories", "/admin/categories/new", "/admin/forums",
    "/admin/forums/new", "/admin/roles", "/admin/rules", "/admin/api-keys",
];

fn admin_actions() -> Vec<(&'static str, Vec<(&'static str, &'static str)>)> {
    vec![
        ("/admin/districts/new", vec![("name", "Neudorf"), ("kind", "rural")]),
        ("/admin/districts/1", vec![("name", "Umbenannt"), ("kind", "rural")]),
        ("/admin/planning-spaces", vec![("name", "West")]),
        ("/admin/offices/new", vec![("code", "99"), ("name", "Amt"), ("department", "D")]),
        ("/admin/offices/1", vec![("code", "99"), ("name", "Amt"), ("department", "D")]),
        ("/admin/categories/new", vec![("key", "x"), ("name_de", "x"), ("name_en", "x"), ("name_ar", "x"), ("name_tr", "x"), ("name_uk", "x"), ("name_ru", "x")]),
        ("/admin/categories/1", vec![("key", "x"), ("name_de", "x")]),
        ("/admin/forums/new", vec![("name", "F"), ("kind", "working_group"), ("all_districts", "on")]),
        ("/admin/forums/1", vec![("name", "F"), ("kind", "working_group"), ("all_districts", "on")]),
        ("/admin/roles", vec![("email", RESIDENT), ("role", "admin")]),
        ("/admin/roles/revoke", vec![("account_id", "1"), ("role", "admin")]),
        ("/admin/rules", vec![("category", "1"), ("scope", "city"), ("office", "1"), ("deadline_days", "3")]),
        ("/admin/rules/delete", vec![("id", "1")]),
        ("/admin/api-keys", vec![("name", "x")]),
        ("/admin/api-keys/revoke", vec![("id", "1")]),
    ]
}

async fn snapshot(app: &TestApp) -> Vec<i64> {
    let mut counts = Vec::new();
    for t in ["district", "planning_space", "office", "category", "category_name", "forum", "forum_role", "office_staff", "account WHERE is_admin = true", "routing_rule", "api_key"] {
        counts.push(app.count(t).await);
    }
    counts.push(app.scalar("SELECT COUNT(*) AS n FROM district WHERE name = 'Umbenannt'").await);
    counts
}

async fn admin_is_refused_to_everyone_else(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let before = snapshot(&app).await;
    for who in [None, Some(RESIDENT), Some(MODERATOR), Some(STAFF)] {
        if let Some(email) = who {
            app.login(email, DEMO_PASSWORD).await;
        }
        let expected = if who.is_some() { 403 } else { 401 };
        for page in ADMIN_PAGES {
            let (status, _) = app.get(page).await;
            assert_eq!(status, expected, "{who:?} GET {page}");
        }
        for (path, fields) in admin_actions() {
            let (status, _, body) = app.submit(path, &fields).await;
            assert_eq!(status, expected, "{who:?} POST {path}");
            let message = if who.is_some() { "Dafür fehlen Ihnen die Rechte." } else { "Bitte melden Sie sich an" };
            assert!(text(&body).contains(message), "{who:?} POST {path}: {}", text(&body));
        }
        // The CSV import too (multipart).
        let token = app.csrf().await;
        let form = reqwest::multipart::Form::new()
            .text("_csrf", token)
            .part("file", reqwest::multipart::Part::bytes(b"name,kind\nNeu,rural\n".to_vec()).file_name("d.csv"));
        let r = app.client.post(app.url("/admin/districts/import")).multipart(form).send().await.unwrap();
        assert_eq!(r.status().as_u16(), expected, "{who:?} import");
        // Server functions behind the admin pages refuse as well.
        let r = app.client.get(app.url("/api/admin/roles")).send().await.unwrap();
        assert!(r.status().is_server_error() || r.status().is_client_error(), "{who:?} /api/admin/roles");
        assert!(!r.text().await.unwrap().contains("@quartier.example"), "{who:?} sees no emails through the API");
        if who.is_some() {
            app.logout().await;
        }
    }
    assert_eq!(snapshot(&app).await, before, "nothing changed");
    app.finish().await;
}

async fn import(app: &TestApp, csv: &[u8]) -> (u16, String, String) {
    let token = app.csrf().await;
    let form = reqwest::multipart::Form::new()
        .text("_csrf", token)
        .part("file", reqwest::multipart::Part::bytes(csv.to_vec()).file_name("districts.csv"));
    let r = app.client.post(app.url("/admin/districts/import")).multipart(form).send().await.unwrap();
    let status = r.status().as_u16();
    let location = r.headers().get("location").map(|v| v.to_str().unwrap().to_string()).unwrap_or_default();
    (status, location, r.text().await.unwrap())
}

async fn admin_manages_districts_and_imports_csv(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    app.login(ADMIN, DEMO_PASSWORD).await;
    for page in ADMIN_PAGES {
        let (status, _) = app.get(page).await;
        assert_eq!(status, 200, "{page}");
    }

    // Create with bad input: errors by field, input kept, nothing written.
    let districts = app.count("district").await;
    let (status, _, body) = app
        .submit("/admin/districts/new", &[("name", "Berliner Platz"), ("kind", "castle"), ("population", "-5"), ("social_index", "2"), ("planning_space", "Nord")])
        .await;
    assert_eq!(status, 422);
    let t = text(&body);
    for message in ["Bitte wählen Sie eine Art aus der Liste.", "Bitte eine ganze Zahl zwischen 0 und 10 000 000.", "Bitte eine Zahl zwischen 0 und 1"] {
        assert!(t.contains(message), "{message}: {t}");
    }
    assert_eq!(field_value(&body, "population").as_deref(), Some("-5"));
    let (status, _, body) = app.submit("/admin/districts/new", &[("name", "Berliner Platz"), ("kind", "estate")]).await;
    assert_eq!(status, 422);
    assert!(text(&body).contains("Dieser Name ist schon vergeben."));
    assert_eq!(app.count("district").await, districts);

    let (status, location, _) = app
        .submit("/admin/districts/new", &[("name", "Neuhof"), ("kind", "rural"), ("population", "1200"), ("social_index", "0,2"), ("planning_space", "Ost")])
        .await;
    assert_eq!((status, location.as_str()), (303, "/admin/districts?notice=saved"));
    let id = district_id(&app, "Neuhof").await;
    let (_, page) = app.get(&format!("/districts/{id}")).await;
    let t = text(&page);
    assert!(t.contains("Neuhof") && t.contains("Ost") && t.contains("1.200") && t.contains("0,200 – niedrig"), "{t}");
    let (status, _, _) = app.submit(&format!("/admin/districts/{id}"), &[("name", "Neuhof"), ("kind", "rural"), ("population", "1300")]).await;
    assert_eq!(status, 303);
    assert_eq!(app.scalar(&format!("SELECT population AS n FROM district WHERE id = {id}")).await, 1300);

    // CSV: wrong columns, bad lines with numbers, bad encoding, duplicates — nothing written.
    let before = app.count("district").await;
    let (status, _, body) = import(&app, b"title,kind\nX,rural\n").await;
    assert_eq!(status, 422);
    assert!(text(&body).contains("Zeile 1: Die Spalten stimmen nicht."), "{}", text(&body));
    let (status, _, body) = import(&app, b"name,kind,population\nNeu A,rural,10\nNeu A,rural,20\nNeu B,castle,5\nNeu C,rural,abc\n\xff\xfeX,rural,1\n").await;
    assert_eq!(status, 422);
    let t = text(&body);
    for m in [
        "Zeile 3: Der Name „Neu A“ steht mehrmals in der Datei.",
        "Zeile 4: Der Wert in der Spalte kind ist ungültig.",
        "Zeile 5: Der Wert in der Spalte population ist ungültig.",
        "Zeile 6: Die Zeile ist nicht in UTF-8 kodiert.",
    ] {
        assert!(t.contains(m), "{m}: {t}");
    }
    assert_eq!(app.count("district").await, before, "all or nothing");

    // A good file: new districts created, existing ones updated.
    let (status, location, _) = import(&app, "name;kind;population;social_index;planning_space\nLindenhof;urban;2100;;Nord\nNeuhof;rural;1400;;\n".as_bytes()).await;
    assert_eq!((status, location.as_str()), (303, "/admin/districts?notice=imported&created=1&updated=1"));
    assert_eq!(app.count("district").await, before + 1);
    assert_eq!(app.scalar(&format!("SELECT population AS n FROM district WHERE id = {id}")).await, 1400);

    let (status, _, body) = app.submit("/admin/planning-spaces", &[("name", "")]).await;
    assert_eq!(status, 422);
    assert!(text(&body).contains("Bitte füllen Sie dieses Feld aus."));
    let (status, _, _) = app.submit("/admin/planning-spaces", &[("name", "Südwest")]).await;
    assert_eq!(status, 303);
    let (_, page) = app.get("/admin/planning-spaces").await;
    assert!(text(&page).contains("Südwest"));
    app.finish().await;
}

async fn admin_manages_offices_categories_forums_and_roles(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    app.login(ADMIN, DEMO_PASSWORD).await;

    let (status, _, body) = app.submit("/admin/offices/new", &[("code", "66"), ("name", "Doppelt"), ("department", "D"), ("contact_email", "nope")]).await;
    assert_eq!(status, 422);
    let t = text(&body);
    assert!(t.contains("Diese Amtsnummer ist schon vergeben.") || t.contains("gültige E-Mail-Adresse"), "{t}");
    assert_eq!(field_value(&body, "name").as_deref(), Some("Doppelt"));
    let (status, _, _) = app.submit("/admin/offices/new", &[("code", "68"), ("name", "Amt für Ordnung"), ("department", "Dezernat 03"), ("contact_email", "amt68@erfurt.example")]).await;
    assert_eq!(status, 303);
    let (_, page) = app.get("/admin/offices").await;
    assert!(text(&page).contains("amt68@erfurt.example"), "admins see contact addresses");

    // A category needs a name in every shipped language.
    let (status, _, body) = app.submit("/admin/categories/new", &[("key", "Lärm!"), ("name_de", "Lärm"), ("name_en", "Noise")]).await;
    assert_eq!(status, 422);
    let t = text(&body);
    assert!(t.contains("Nur Kleinbuchstaben, Ziffern und _"), "{t}");
    assert_eq!(field_value(&body, "name_de").as_deref(), Some("Lärm"));
    let categories = app.count("category").await;
    let (_, before) = app.get("/report").await; // fills the reference cache
    assert!(!text(&before).contains("Lärmschutz"));
    let names = [("key", "noise"), ("name_de", "Lärmschutz"), ("name_en", "Noise"), ("name_ar", "ضوضاء"), ("name_tr", "Gürültü"), ("name_uk", "Шум"), ("name_ru", "Шум")];
    let (status, _, _) = app.submit("/admin/categories/new", &names).await;
    assert_eq!(status, 303);
    assert_eq!(app.count("category").await, categories + 1);
    let (_, after) = app.get("/report").await;
    assert!(text(&after).contains("Lärmschutz"), "an admin change shows at once on public pages");
    // A visitor reading Turkish (the admin's own account language is German).
    let page = reqwest::Client::new().get(app.url("/districts/1")).header("accept-language", "tr").send().await.unwrap();
    let status = page.status();
    let t = text(&page.text().await.unwrap());
    assert!(t.contains("Gürültü"), "category name in the reader's language: {status} {t}");

    // A forum covering two districts.
    let rieth = district_id(&app, "Rieth").await.to_string();
    let johannesplatz = district_id(&app, "Johannesplatz").await.to_string();
    let (status, _, body) = app.submit("/admin/forums/new", &[("name", "Forum Nord"), ("kind", "neighbourhood_forum")]).await;
    assert_eq!(status, 422);
    assert!(text(&body).contains("Bitte wählen Sie mindestens einen Ortsteil"));
    let (status, _, _) = app
        .submit("/admin/forums/new", &[("name", "Forum Nord"), ("kind", "neighbourhood_forum"), ("districts", &rieth), ("districts", &johannesplatz)])
        .await;
    assert_eq!(status, 303);
    let (_, page) = app.get(&format!("/districts/{rieth}")).await;
    assert!(text(&page).contains("Forum Nord"));

    // Roles: give the resident moderation of the new forum, then take it away.
    let forum = app.scalar("SELECT id AS n FROM forum WHERE name = 'Forum Nord'").await;
    let role = format!("forum:{forum}:moderator");
    let (status, _, body) = app.submit("/admin/roles", &[("email", "ghost@example.org"), ("role", &role)]).await;
    assert_eq!(status, 422);
    assert!(text(&body).contains("Zu dieser Adresse gibt es kein Konto. Geben Sie einen Namen an"), "{}", text(&body));
    let (status, _, body) = app.submit("/admin/roles", &[("email", RESIDENT), ("role", "forum:1:king")]).await;
    assert_eq!(status, 422);
    assert!(text(&body).contains("Diese Rolle gibt es nicht."));
    let (status, _, _) = app.submit("/admin/roles", &[("email", RESIDENT), ("role", &role)]).await;
    assert_eq!(status, 303);
    let (_, page) = app.get(&format!("/forums/{forum}")).await;
    assert!(text(&page).contains("Rana Bewohnerin"), "moderator shown on the forum page");
    let resident = app.scalar(&format!("SELECT id AS n FROM account WHERE email = '{RESIDENT}'")).await.to_string();
    let (status, _, _) = app.submit("/admin/roles/revoke", &[("account_id", &resident), ("role", &role), ("return_to", "/admin/roles")]).await;
    assert_eq!(status, 303);
    assert_eq!(app.count(&format!("forum_role WHERE forum_id = {forum}")).await, 0);

    // The last admin cannot remove their own admin role.
    let admin = app.scalar(&format!("SELECT id AS n FROM account WHERE email = '{ADMIN}'")).await.to_string();
    let (status, _, body) = app.submit("/admin/roles/revoke", &[("account_id", &admin), ("role", "admin")]).await;
    assert_eq!(status, 422);
    assert!(text(&body).contains("Die letzte Admin-Rolle kann nicht entfernt werden."));
    app.finish().await;
}
