//! A person's rights over their data (issue 19): a copy of everything kept
//! about them, and deleting the account without a trace of name, address
//! or password while what they wrote in public stays.
use crate::harness::{field_value, text, Backend, Options, TestApp, ADMIN, DEMO_PASSWORD, MODERATOR, RESIDENT};
use crate::on_both_databases;
use sea_orm::{ConnectionTrait, Statement};
use std::io::Read;

on_both_databases!(
    my_data_holds_exactly_my_data,
    deleting_my_account_leaves_no_trace_of_me,
    admins_answer_requests_by_letter,
    old_personal_data_goes_by_itself,
    the_privacy_page_states_the_configured_periods,
    people_without_an_account_get_or_delete_their_data_by_link,
    deletion_can_remove_what_was_written_in_public,
    large_exports_come_by_a_mailed_link_for_the_account_only,
);

/// Everything in the ZIP as (file name, text).
fn unzip(bytes: Vec<u8>) -> Vec<(String, String)> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip file");
    (0..zip.len())
        .map(|i| {
            let mut f = zip.by_index(i).unwrap();
            let mut s = String::new();
            let _ = f.read_to_string(&mut s);
            (f.name().to_string(), s)
        })
        .collect()
}

/// The resident's concern, comment, support of another's concern and a
/// survey answer by name; the moderator's concern for "nobody else's".
async fn seed(app: &TestApp) -> (String, String) {
    let (mine, _) = crate::journeys::concern(app, "Mein Anliegen am Bach").await;
    app.login(MODERATOR, DEMO_PASSWORD).await;
    let roads = crate::concerns::category_id(app, "roads").await;
    let district = crate::public::district_id(app, "Berliner Platz").await.to_string();
    let (status, location, _) =
        crate::concerns::report(app, &[("title", "Fremdes Anliegen der Moderation"), ("description", "Nicht von Rana."), ("category", &roads), ("district", &district)]).await;
    assert_eq!(status, 303);
    let theirs = crate::concerns::reference_of(&location);
    app.logout().await;
    app.login(RESIDENT, DEMO_PASSWORD).await;
    let (status, _, _) = app.submit(&format!("/concerns/{mine}/comment"), &[("comment", "Mein eigener Kommentar.")]).await;
    assert_eq!(status, 303);
    let (status, _, _) = app.submit(&format!("/concerns/{theirs}/support"), &[]).await;
    assert_eq!(status, 303);
    (mine, theirs)
}

async fn my_data_holds_exactly_my_data(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (mine, theirs) = seed(&app).await;
    let (status, page) = app.get("/account/data").await;
    assert_eq!(status, 200);
    assert!(text(&page).contains("Meine Daten herunterladen (ZIP)"), "{}", text(&page));
    let r = app.client.get(app.url("/account/data.zip")).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 200);
    assert_eq!(r.headers()["content-type"], "application/zip");
    let files = unzip(r.bytes().await.unwrap().to_vec());
    let file = |name: &str| files.iter().find(|(n, _)| n == name).map(|(_, t)| t.clone()).unwrap_or_else(|| panic!("{name} in the ZIP"));
    assert!(file("README.txt").contains("anonymen Umfragen"), "the README explains, in German");
    assert!(file("account.json").contains(RESIDENT));
    assert!(file("concerns.json").contains("Mein Anliegen am Bach") && file("concerns.json").contains(&mine));
    assert!(file("comments.json").contains("Mein eigener Kommentar."));
    assert!(file("supports_and_follows.json").contains(&theirs));
    for (name, content) in &files {
        assert!(!content.contains("Fremdes Anliegen der Moderation") && !content.contains(MODERATOR), "nobody else's data in {name}");
    }
    // Not signed in: no data.
    app.logout().await;
    let r = app.client.get(app.url("/account/data.zip")).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 401);
    app.finish().await;
}

/// Text columns of every table that contain `needle`: (table, column).
async fn traces(app: &TestApp, needle: &str) -> Vec<(String, String)> {
    let backend = app.db.get_database_backend();
    let columns: Vec<(String, String)> = if backend == sea_orm::DatabaseBackend::Sqlite {
        let tables = app.db.query_all_raw(Statement::from_string(backend, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%'")).await.unwrap();
        let mut out = Vec::new();
        for t in tables {
            let table: String = t.try_get("", "name").unwrap();
            for c in app.db.query_all_raw(Statement::from_string(backend, format!("PRAGMA table_info(\"{table}\")"))).await.unwrap() {
                let kind: String = c.try_get("", "type").unwrap();
                if kind.to_uppercase().contains("TEXT") || kind.to_uppercase().contains("CHAR") || kind.is_empty() {
                    out.push((table.clone(), c.try_get("", "name").unwrap()));
                }
            }
        }
        out
    } else {
        app.db
            .query_all_raw(Statement::from_string(backend, "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND data_type IN ('text', 'character varying')"))
            .await
            .unwrap()
            .into_iter()
            .map(|r| (r.try_get("", "table_name").unwrap(), r.try_get("", "column_name").unwrap()))
            .collect()
    };
    let mut found = Vec::new();
    for (table, column) in columns {
        let sql = format!("SELECT COUNT(*) AS n FROM \"{table}\" WHERE CAST(\"{column}\" AS TEXT) LIKE '%{needle}%'");
        if app.scalar(&sql).await > 0 {
            found.push((table, column));
        }
    }
    found
}

async fn deleting_my_account_leaves_no_trace_of_me(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (mine, theirs) = seed(&app).await;
    let supports = app.scalar(&format!("SELECT supports AS n FROM concern WHERE reference = '{theirs}'")).await;
    let hash = app.text_value(&format!("SELECT password_hash AS v FROM account WHERE email = '{RESIDENT}'")).await;
    assert!(!traces(&app, RESIDENT).await.is_empty(), "the scan finds the address before");

    // A wrong password deletes nothing.
    let (status, _, body) = app.submit("/account/delete", &[("delete_password", "falsch")]).await;
    assert_eq!(status, 422);
    assert!(text(&body).contains("Das bisherige Passwort stimmt nicht."), "{}", text(&body));
    assert_eq!(field_value(&body, "delete_password"), None, "a password is never sent back");
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) AS n FROM account WHERE email = '{RESIDENT}'")).await, 1);

    let (status, location, _) = app.submit("/account/delete", &[("delete_password", DEMO_PASSWORD)]).await;
    assert_eq!((status, location.as_str()), (303, "/?notice=account-deleted"));
    let (status, _) = app.get("/account").await;
    assert_eq!(status, 401, "signed out");
    // No trace of the address, the name or the password hash, in any table.
    for needle in [RESIDENT, "Rana Bewohnerin", hash.as_str()] {
        assert_eq!(traces(&app, needle).await, Vec::<(String, String)>::new(), "{needle} is gone");
    }
    // What the person wrote in public stays, by "a former resident".
    let (status, page) = app.get(&format!("/concerns/{mine}")).await;
    assert_eq!(status, 200);
    let t = text(&page);
    assert!(t.contains("Mein Anliegen am Bach") && t.contains("Mein eigener Kommentar."), "{t}");
    assert!(t.contains("eine frühere Bewohnerin oder ein früherer Bewohner"), "{t}");
    assert_eq!(app.scalar(&format!("SELECT supports AS n FROM concern WHERE reference = '{theirs}'")).await, supports, "the support still counts");
    // Nobody signs in as the old address.
    let r = app.client.post(app.url("/login")).form(&[("email", RESIDENT), ("password", DEMO_PASSWORD), ("_csrf", &app.csrf().await)]).send().await.unwrap();
    assert_ne!(r.status().as_u16(), 303);
    assert_eq!(app.scalar("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'account-deleted'").await, 1);

    // The last admin cannot delete the account.
    app.login(ADMIN, DEMO_PASSWORD).await;
    let (status, _, body) = app.submit("/account/delete", &[("delete_password", DEMO_PASSWORD)]).await;
    assert_eq!(status, 422);
    assert!(text(&body).contains("Sie sind die letzte Person mit Verwaltungsrechten."), "{}", text(&body));
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) AS n FROM account WHERE email = '{ADMIN}'")).await, 1);
    app.finish().await;
}

async fn admins_answer_requests_by_letter(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    seed(&app).await;
    let resident = app.scalar(&format!("SELECT id AS n FROM account WHERE email = '{RESIDENT}'")).await;
    app.logout().await;
    // Not for moderators.
    app.login(MODERATOR, DEMO_PASSWORD).await;
    let r = app.client.get(app.url(&format!("/admin/people/{resident}/data.zip"))).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 403);
    let (status, _, _) = app.submit(&format!("/admin/people/{resident}/delete"), &[("confirm", "on")]).await;
    assert_eq!(status, 403);
    app.logout().await;

    app.login(ADMIN, DEMO_PASSWORD).await;
    let (_, page) = app.get("/admin/roles?q=bewohnerin").await;
    assert!(page.contains(&format!("/admin/people/{resident}/data.zip")), "{}", text(&page));
    let r = app.client.get(app.url(&format!("/admin/people/{resident}/data.zip"))).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 200);
    let files = unzip(r.bytes().await.unwrap().to_vec());
    assert!(files.iter().any(|(n, t)| n == "account.json" && t.contains(RESIDENT)));
    assert_eq!(app.scalar("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'account-exported'").await, 1, "the export is logged");
    // Deleting asks for the written request first.
    let (status, _, body) = app.submit(&format!("/admin/people/{resident}/delete"), &[]).await;
    assert_eq!(status, 422);
    assert!(text(&body).contains("Bitte bestätigen Sie, dass ein schriftlicher Antrag vorliegt."), "{}", text(&body));
    let (status, location, _) = app.submit(&format!("/admin/people/{resident}/delete"), &[("confirm", "on")]).await;
    assert_eq!((status, location.as_str()), (303, "/admin/roles?notice=account-deleted-by-admin"));
    assert_eq!(traces(&app, RESIDENT).await, Vec::<(String, String)>::new());
    assert_eq!(app.scalar("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'account-deleted' AND actor_role = 'admin'").await, 1);
    app.finish().await;
}

async fn old_personal_data_goes_by_itself(backend: Backend) {
    use domain::privacy::retention::run;
    use time::{Duration, OffsetDateTime};
    let app = TestApp::spawn(backend).await;
    let settings = (*app.state.settings).clone();
    let roads = crate::concerns::category_id(&app, "roads").await;
    let district = crate::public::district_id(&app, "Berliner Platz").await.to_string();
    let anonymous = |title: &'static str, email: &'static str| {
        let (app, roads, district) = (&app, roads.clone(), district.clone());
        async move {
            let (status, location, _) = crate::concerns::report(app, &[("title", title), ("description", "Seit Tagen."), ("category", &roads), ("district", &district), ("email", email)]).await;
            assert_eq!(status, 303);
            crate::concerns::reference_of(&location)
        }
    };
    // Never confirmed; confirmed and later closed by the office.
    let forgotten = anonymous("Nie bestätigt", "vergesslich@example.org").await;
    let closed = anonymous("Bestätigt und erledigt", "erledigt@example.org").await;
    let mail = app.smtp.wait_for("erledigt@example.org", 1).await;
    app.client.get(mail.link(&format!("{}/concerns/confirm?token=", app.base)).unwrap()).send().await.unwrap();
    let closed_id = app.scalar(&format!("SELECT id AS n FROM concern WHERE reference = '{closed}'")).await;
    app.login(crate::harness::STAFF, DEMO_PASSWORD).await;
    let (status, _, _) = app.submit(&format!("/office/concerns/{closed_id}"), &[("action", "status"), ("status", "done"), ("answer", "Erledigt.")]).await;
    assert_eq!(status, 303);
    app.logout().await;
    app.smtp.wait_for("erledigt@example.org", 3).await;
    // A visitor flags the concern; the moderators decide.
    let (status, _, _) = app.submit(&format!("/concerns/{closed}/flag"), &[("reason", "Stimmt nicht")]).await;
    assert_eq!(status, 303);
    app.login(MODERATOR, DEMO_PASSWORD).await;
    let (status, _, _) = app.submit(&format!("/concerns/{closed}/moderate"), &[("decision", "restore"), ("decision_reason", "Passt.")]).await;
    assert_eq!(status, 303);
    app.logout().await;
    assert_eq!(app.scalar("SELECT COUNT(*) AS n FROM flag WHERE flagger LIKE 'visitor:%' AND resolved_at IS NOT NULL").await, 1);
    let now = OffsetDateTime::now_utc();

    // A dry run counts and removes nothing.
    let later = now + Duration::days(8);
    let dry = run(&app.db, &settings, later, true).await.unwrap();
    assert_eq!(dry.unconfirmed_concerns, 1);
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) AS n FROM concern WHERE reference = '{forgotten}'")).await, 1);
    // A week later: the unconfirmed report is gone, the other stays with its address.
    let r = run(&app.db, &settings, later, false).await.unwrap();
    assert_eq!(r.unconfirmed_concerns, 1);
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) AS n FROM concern WHERE reference = '{forgotten}'")).await, 0);
    assert_eq!(app.scalar("SELECT COUNT(*) AS n FROM concern WHERE author_email = 'erledigt@example.org'").await, 1);
    // Half a year after closing, the address goes; the concern stays public.
    let r = run(&app.db, &settings, now + Duration::days(181), false).await.unwrap();
    assert_eq!(r.reporter_emails, 1);
    assert_eq!(app.scalar("SELECT COUNT(*) AS n FROM concern WHERE author_email = 'erledigt@example.org'").await, 0);
    let (status, _) = app.get(&format!("/concerns/{closed}")).await;
    assert_eq!(status, 200);
    assert!(r.mail_texts > 0, "texts of mails sent long ago go");
    assert_eq!(r.flaggers, 1, "who flagged a settled post goes");
    assert_eq!(app.scalar("SELECT COUNT(*) AS n FROM flag WHERE flagger LIKE 'visitor:%'").await, 0);
    assert_eq!(app.scalar("SELECT COUNT(*) AS n FROM mail_outbox WHERE sent_at IS NOT NULL AND body <> ''").await, 0);

    // Inactive accounts: a warning a month before, once; then deletion.
    let warn_at = now + Duration::days(3 * 365 - 29);
    let r = run(&app.db, &settings, warn_at, false).await.unwrap();
    assert!(r.accounts_warned >= 1, "{r:?}");
    let warnings = app.scalar(&format!("SELECT COUNT(*) AS n FROM mail_outbox WHERE recipient = '{RESIDENT}' AND subject LIKE '%bald Ihr Konto%'")).await;
    assert_eq!(warnings, 1);
    run(&app.db, &settings, warn_at, false).await.unwrap();
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) AS n FROM mail_outbox WHERE recipient = '{RESIDENT}' AND subject LIKE '%bald Ihr Konto%'")).await, 1, "warned once");
    let r = run(&app.db, &settings, now + Duration::days(3 * 365 + 2), false).await.unwrap();
    assert!(r.accounts_deleted >= 1, "{r:?}");
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) AS n FROM account WHERE email = '{RESIDENT}'")).await, 0);
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) AS n FROM account WHERE email = '{ADMIN}'")).await, 1, "admins are kept");
    app.finish().await;
}

async fn the_privacy_page_states_the_configured_periods(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let p = app.state.settings.retention.clone();
    let (status, page) = app.get("/privacy").await;
    assert_eq!(status, 200);
    let t = text(&page);
    for expected in [
        format!("Nicht bestätigte Anliegen und Anfragen: {} Tage.", p.unconfirmed_days),
        format!("{} Tage, nachdem es erledigt ist", p.reporter_email_days),
        format!("Wir schreiben {} Tage vorher", p.warn_days),
        format!("Der Text gesendeter E-Mails: {} Tage.", p.sent_mail_days),
        "keine Schriften, Skripte oder Karten von anderen Servern".to_string(),
    ] {
        assert!(t.contains(&expected), "{expected} in {t}");
    }
    assert!(t.contains("über den Mail-Server 127.0.0.1") || t.contains("bleiben als Dateien"), "{t}");
    assert!(!page.contains("smtp://"), "never the mail server's address with its login");
    assert!(page.contains("href=\"/account/data\""));
    // In every language.
    app.submit("/language", &[("lang", "ar"), ("return_to", "/")]).await;
    let (_, page) = app.get("/privacy").await;
    assert!(text(&page).contains(&format!("{} يومًا", p.unconfirmed_days)) || text(&page).contains("الطلبات غير المؤكدة"), "{}", text(&page));
    app.finish().await;
}

const NO_ACCOUNT: &str = "ohnekonto@example.org";

/// Asks for a link by address; the answer never tells whether the address
/// took part.
async fn ask_for_link(app: &TestApp, email: &str, kind: &str) {
    let (status, location, _) = app.submit("/privacy/request", &[("email", email), ("kind", kind)]).await;
    assert_eq!((status, location.as_str()), (303, "/privacy/request?notice=privacy-request-sent"));
}

async fn people_without_an_account_get_or_delete_their_data_by_link(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let roads = crate::concerns::category_id(&app, "roads").await;
    let district = crate::public::district_id(&app, "Roter Berg").await.to_string();
    // A report, a support and a follow, each confirmed by its mailed link.
    let (_, location, _) = crate::concerns::report(
        &app,
        &[("title", "Laterne ohne Licht"), ("description", "Seit Tagen dunkel."), ("category", &roads), ("district", &district), ("email", NO_ACCOUNT), ("name", "Olga Ohnekonto")],
    )
    .await;
    let reported = crate::concerns::reference_of(&location);
    let confirm = app.smtp.wait_for(NO_ACCOUNT, 1).await.link(&format!("{}/concerns/confirm?token=", app.base)).unwrap();
    app.client.get(&confirm).send().await.unwrap();
    app.login(RESIDENT, DEMO_PASSWORD).await;
    let (_, location, _) = crate::concerns::report(&app, &[("title", "Bank fehlt am Teich"), ("description", "Von Rana."), ("category", &roads), ("district", &district)]).await;
    let ranas = crate::concerns::reference_of(&location);
    app.logout().await;
    for (action, n) in [("support", 3), ("follow", 4)] {
        app.submit(&format!("/concerns/{ranas}/{action}"), &[("email", NO_ACCOUNT)]).await;
        let link = app.smtp.wait_for(NO_ACCOUNT, n).await.link(&format!("{}/concerns/participate?token=", app.base)).unwrap();
        app.client.get(&link).send().await.unwrap();
    }
    let supports = app.scalar(&format!("SELECT supports AS n FROM concern WHERE reference = '{ranas}'")).await;
    assert_eq!(supports, 1);

    // The page and its bad input: the address stays in the form.
    let (status, page) = app.get("/privacy/request").await;
    assert_eq!(status, 200);
    assert!(text(&page).contains("Wir schicken dazu einen Link an Ihre E-Mail-Adresse."), "{}", text(&page));
    let (status, _, body) = app.submit("/privacy/request", &[("email", "kein-at-zeichen"), ("kind", "export")]).await;
    assert_eq!(status, 422);
    assert_eq!(field_value(&body, "email").as_deref(), Some("kein-at-zeichen"));
    let (status, _, body) = app.submit("/privacy/request", &[("email", NO_ACCOUNT), ("kind", "<script>")]).await;
    assert_eq!(status, 422);
    assert!(text(&body).contains("Bitte füllen Sie dieses Feld aus."), "{}", text(&body));

    // The same answer for an account holder, who is sent to the account page.
    ask_for_link(&app, RESIDENT, "export").await;
    let to_holder = app.smtp.wait_for_text(RESIDENT, "/account/data").await;
    assert!(to_holder.link(&format!("{}/privacy/request/confirm", app.base)).is_none(), "no link that bypasses the password");

    // Export by link: exactly this address's data.
    ask_for_link(&app, NO_ACCOUNT, "export").await;
    let (_, page) = app.get("/privacy/request?notice=privacy-request-sent").await;
    assert!(text(&page).contains("Wenn wir Daten zu dieser Adresse haben, schicken wir einen Link dorthin."));
    let link = app.smtp.wait_for(NO_ACCOUNT, 5).await.link(&format!("{}/privacy/request/confirm?token=", app.base)).expect("a link");
    let token = link.split("token=").nth(1).unwrap().to_string();
    let (status, page) = app.get(link.strip_prefix(&app.base).unwrap()).await;
    assert_eq!(status, 200);
    assert!(text(&page).contains(&format!("Zu {NO_ACCOUNT} haben wir: 1 gemeldete Anliegen, 1 unterstützte Anliegen, 1 verfolgte Anliegen.")), "{}", text(&page));
    let r = app.client.get(app.url(&format!("/privacy/request/data.zip?token={token}"))).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 200);
    let files = unzip(r.bytes().await.unwrap().to_vec());
    let file = |name: &str| files.iter().find(|(n, _)| n == name).map(|(_, t)| t.clone()).unwrap_or_else(|| panic!("{name} in the ZIP"));
    assert!(file("README.txt").contains("Sie haben kein Konto"));
    assert!(file("address.json").contains(NO_ACCOUNT));
    assert!(file("concerns.json").contains("Laterne ohne Licht") && file("concerns.json").contains("Olga Ohnekonto"));
    let participation = file("supports_and_follows.json");
    assert!(participation.matches(ranas.as_str()).count() == 2, "{participation}");
    assert!(!file("concerns.json").contains("Bank fehlt am Teich"), "only the concerns this address reported");
    for (name, content) in &files {
        assert!(!content.contains(RESIDENT), "nobody else's data in {name}");
    }
    // Forged links and the wrong kind of link do nothing.
    let r = app.client.get(app.url("/privacy/request/data.zip?token=forged")).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 422);
    assert!(r.text().await.unwrap().contains("Dieser Link ist ungültig."));
    let (_, page) = app.get("/privacy/request/confirm?token=forged").await;
    assert!(text(&page).contains("Dieser Link ist ungültig."), "{}", text(&page));
    let (status, _, _) = app.submit("/privacy/request/confirm", &[("token", &token), ("confirm", "on")]).await;
    assert_eq!(status, 404, "an export link deletes nothing");
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) AS n FROM concern WHERE author_email = '{NO_ACCOUNT}'")).await, 1);

    // Deletion: asked once more, then all at once.
    ask_for_link(&app, NO_ACCOUNT, "delete").await;
    let link = app.smtp.wait_for(NO_ACCOUNT, 6).await.link(&format!("{}/privacy/request/confirm?token=", app.base)).expect("a link");
    let token = link.split("token=").nth(1).unwrap().to_string();
    let (_, page) = app.get(link.strip_prefix(&app.base).unwrap()).await;
    assert!(text(&page).contains("Ihre Anliegen bleiben öffentlich, aber ohne Namen."), "{}", text(&page));
    let (status, _, body) = app.submit("/privacy/request/confirm", &[("token", &token)]).await;
    assert_eq!(status, 422);
    assert!(text(&body).contains("Bitte bestätigen Sie, dass Sie Ihre Daten löschen wollen."), "{}", text(&body));
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) AS n FROM concern WHERE author_email = '{NO_ACCOUNT}'")).await, 1, "nothing deleted yet");
    let (status, location, _) = app.submit("/privacy/request/confirm", &[("token", &token), ("confirm", "on")]).await;
    assert_eq!((status, location.as_str()), (303, "/?notice=email-data-deleted"));
    assert_eq!(traces(&app, NO_ACCOUNT).await, Vec::<(String, String)>::new(), "the address is nowhere");
    assert_eq!(traces(&app, "Olga Ohnekonto").await, Vec::<(String, String)>::new(), "the name is nowhere");
    let (status, page) = app.get(&format!("/concerns/{reported}")).await;
    assert_eq!(status, 200, "the concern stays public");
    assert!(text(&page).contains("Laterne ohne Licht"));
    assert_eq!(app.scalar(&format!("SELECT supports AS n FROM concern WHERE reference = '{ranas}'")).await, supports, "the support still counts");
    // Used up: a second click changes nothing.
    let (status, _, body) = app.submit("/privacy/request/confirm", &[("token", &token), ("confirm", "on")]).await;
    assert_eq!(status, 422);
    assert!(text(&body).contains("Dieser Link wurde schon benutzt."), "{}", text(&body));
    app.finish().await;
}

async fn deletion_can_remove_what_was_written_in_public(backend: Backend) {
    let options = Options { configure: |c| c.erase_public_contributions = "remove".into(), ..Options::default() };
    let app = TestApp::spawn_with(backend, options).await;
    let (mine, theirs) = seed(&app).await;
    let supports = app.scalar(&format!("SELECT supports AS n FROM concern WHERE reference = '{theirs}'")).await;
    let (_, page) = app.get("/account/data").await;
    assert!(text(&page).contains("Wir löschen auch alles, was Sie öffentlich geschrieben haben"), "{}", text(&page));
    let (_, page) = app.get("/privacy").await;
    assert!(text(&page).contains("löschen wir auch alles, was Sie öffentlich geschrieben haben"), "{}", text(&page));
    let (status, location, _) = app.submit("/account/delete", &[("delete_password", DEMO_PASSWORD)]).await;
    assert_eq!((status, location.as_str()), (303, "/?notice=account-deleted"));
    let (status, _) = app.get(&format!("/concerns/{mine}")).await;
    assert_eq!(status, 404, "the concern is gone");
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) AS n FROM concern WHERE reference = '{mine}'")).await, 0);
    assert_eq!(app.scalar("SELECT COUNT(*) AS n FROM concern_comment WHERE body LIKE '%Mein eigener Kommentar%'").await, 0);
    assert_eq!(app.scalar(&format!("SELECT supports AS n FROM concern WHERE reference = '{theirs}'")).await, supports, "the support still counts");
    let (status, page) = app.get(&format!("/concerns/{theirs}")).await;
    assert_eq!(status, 200, "other people's concerns stay");
    assert!(text(&page).contains("Fremdes Anliegen der Moderation"));
    app.finish().await;
}

/// A real photo, so the export has weight.
fn photo() -> Vec<u8> {
    let mut out = Vec::new();
    image::DynamicImage::new_rgb8(640, 480).write_to(&mut std::io::Cursor::new(&mut out), image::ImageFormat::Png).unwrap();
    out
}

async fn large_exports_come_by_a_mailed_link_for_the_account_only(backend: Backend) {
    let options = Options { configure: |c| c.export_inline_mb = 0, ..Options::default() };
    let app = TestApp::spawn_with(backend, options).await;
    let roads = crate::concerns::category_id(&app, "roads").await;
    let district = crate::public::district_id(&app, "Roter Berg").await.to_string();
    app.login(RESIDENT, DEMO_PASSWORD).await;
    let key = crate::concerns::submission_key(&app).await;
    let fields = [("submission_key", key.as_str()), ("title", "Loch im Radweg"), ("description", "Mit Foto."), ("category", roads.as_str()), ("district", district.as_str())];
    let (status, _, body) = app.submit_files("/report", &fields, vec![("photos", "loch.png", photo())]).await;
    assert_eq!(status, 303, "{}", text(&body));
    let (_, page) = app.get("/account/data").await;
    assert!(text(&page).contains("Ihre Daten sind groß, vor allem wegen der Fotos."), "{}", text(&page));
    let (status, location, _) = app.submit("/account/data/prepare", &[]).await;
    assert_eq!((status, location.as_str()), (303, "/account/data?notice=export-mailed"));
    let mail = app.smtp.wait_for_text(RESIDENT, "/account/data.zip?token=").await;
    let link = mail.link(&format!("{}/account/data.zip?token=", app.base)).expect("a link");

    // Only for the account it was made for.
    app.logout().await;
    let r = app.client.get(&link).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 401);
    app.login(MODERATOR, DEMO_PASSWORD).await;
    let r = app.client.get(&link).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 403, "another signed-in person cannot use it");
    app.logout().await;
    app.login(RESIDENT, DEMO_PASSWORD).await;
    let r = app.client.get(format!("{link}x")).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 422, "a forged link");
    let r = app.client.get(&link).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 200);
    let files = unzip(r.bytes().await.unwrap().to_vec());
    assert!(files.iter().any(|(n, _)| n.starts_with("photos/") && n.ends_with("-1.jpg")), "{:?}", files.iter().map(|(n, _)| n).collect::<Vec<_>>());
    assert!(files.iter().any(|(n, t)| n == "concerns.json" && t.contains("Loch im Radweg")));

    // An expired link says so.
    app.db.execute_unprepared("UPDATE privacy_request SET expires_at = created_at").await.unwrap();
    let r = app.client.get(&link).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 422);
    assert!(r.text().await.unwrap().contains("Dieser Link ist abgelaufen."));
    // Expired links go with their files.
    let exports = app.state.settings.upload_dir.join("exports");
    assert_eq!(std::fs::read_dir(&exports).unwrap().count(), 1);
    let later = time::OffsetDateTime::now_utc() + time::Duration::days(8);
    let r = domain::privacy::retention::run(&app.db, &app.state.settings, later, false).await.unwrap();
    assert_eq!(r.data_links, 1, "{r:?}");
    assert_eq!(std::fs::read_dir(&exports).unwrap().count(), 0, "the file is gone");
    let r = app.client.get(&link).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 422);
    app.finish().await;
}
