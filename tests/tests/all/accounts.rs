//! Registration, verification by mailed link, login, logout, password reset,
//! preferences; and every kind of bad input.
use crate::harness::{field_value, html_attr, text, Backend, Options, TestApp, DEMO_PASSWORD, RESIDENT};
use crate::on_both_databases;

on_both_databases!(
    register_verify_login_logout,
    bad_registrations_keep_input_and_write_nothing,
    login_does_not_reveal_accounts_and_cycles_the_session,
    password_reset_link_works_once_and_expires,
    forms_without_a_valid_csrf_token_are_refused,
    login_attempts_are_rate_limited,
    preferences_are_saved_for_signed_in_people_only,
);

const PASSWORD: &str = "Lindenblüte am Anger 7";

async fn register_verify_login_logout(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (status, location, body) = app
        .submit("/register", &[("display_name", "Samira"), ("email", "Samira@Example.org "), ("password", PASSWORD), ("language", "en")])
        .await;
    assert_eq!((status, location.as_str()), (303, "/login?notice=registered"), "{}", text(&body));
    let (_, page) = app.get(&location).await;
    assert!(text(&page).contains("Fast geschafft"), "notice shown after redirect");

    // Not verified yet: login is refused with a clear message.
    let (status, _, body) = app.submit("/login", &[("email", "samira@example.org"), ("password", PASSWORD)]).await;
    assert_eq!(status, 422);
    assert!(text(&body).contains("Bitte bestätigen Sie zuerst Ihre E-Mail-Adresse"), "{}", text(&body));

    // The mail is in English, the chosen language, and holds the link.
    let mail = app.smtp.wait_for("samira@example.org", 1).await;
    assert!(mail.body().contains("please confirm your email address"), "{}", mail.body());
    let link = mail.link(&format!("{}/verify?token=", app.base)).expect("verification link");
    eprintln!("RAW MAIL: {}\nLINK: {link}", mail.raw);
    let path = link.strip_prefix(&app.base).unwrap();
    let r = app.client.get(app.url(path)).send().await.unwrap();
    assert_eq!(r.headers()["location"], "/login?notice=verified");
    // A second click does not verify again.
    let r = app.client.get(app.url(path)).send().await.unwrap();
    assert_eq!(r.headers()["location"], "/login?notice=verify-failed");

    let before = app.cookie("quartier_session");
    app.login("SAMIRA@example.org", PASSWORD).await;
    assert_ne!(app.cookie("quartier_session"), before);
    let (status, page) = app.get("/account").await;
    assert_eq!(status, 200);
    let t = text(&page);
    assert!(t.contains("samira@example.org") && t.contains("Signed in as Samira"), "account page in English: {t}");
    assert_eq!(html_attr(&page, "html", "lang").as_deref(), Some("en"), "the account's language is used");

    app.logout().await;
    let (status, page) = app.get("/account").await;
    assert_eq!(status, 401);
    assert!(text(&page).contains("Log in"));
    app.finish().await;
}

async fn bad_registrations_keep_input_and_write_nothing(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let accounts = app.count("account").await;
    // (form, field, message)
    type Case<'a> = (&'a [(&'a str, &'a str)], &'a str, &'a str);
    let cases: &[Case] = &[
        (&[("display_name", "Kai"), ("email", RESIDENT), ("password", PASSWORD), ("language", "de")], "email", "Zu dieser E-Mail-Adresse gibt es schon ein Konto."),
        (&[("display_name", "Kai"), ("email", "kai@example.org"), ("password", "kurz"), ("language", "de")], "password", "Das Passwort ist zu kurz: mindestens 10 Zeichen."),
        (&[("display_name", "Kai"), ("email", "kai@example.org"), ("password", "password123"), ("language", "de")], "password", "Dieses Passwort ist zu leicht zu erraten."),
        (&[("display_name", "Kai"), ("email", "kai-at-example.org"), ("password", PASSWORD), ("language", "de")], "email", "Bitte geben Sie eine gültige E-Mail-Adresse ein"),
        (&[("display_name", "  "), ("email", "kai@example.org"), ("password", PASSWORD), ("language", "de")], "display_name", "Bitte füllen Sie dieses Feld aus."),
        (&[("display_name", &"K".repeat(81)), ("email", "kai@example.org"), ("password", PASSWORD), ("language", "de")], "display_name", "Bitte höchstens 80 Zeichen."),
        (&[("display_name", "Kai"), ("email", "kai@example.org"), ("password", PASSWORD), ("language", "xx")], "language", "Diese Sprache gibt es in Quartier nicht."),
    ];
    for (fields, field, message) in cases {
        let (status, _, body) = app.submit("/register", fields).await;
        assert_eq!(status, 422, "{field}");
        let t = text(&body);
        assert!(t.contains(message), "{field}: expected {message:?} in {t}");
        assert!(t.contains("Bitte prüfen Sie Ihre Eingaben"), "error summary at the top");
        assert_eq!(html_attr(&body, &format!("#field-{field}"), "aria-invalid").as_deref(), Some("true"), "{field}");
        // Typed values stay; the password never comes back.
        let typed_email = fields.iter().find(|f| f.0 == "email").unwrap().1;
        assert_eq!(field_value(&body, "email").as_deref(), Some(typed_email));
        assert_eq!(field_value(&body, "password"), None);
    }
    assert_eq!(app.count("account").await, accounts, "nothing was written");
    assert_eq!(app.count("account_token").await, 0);
    assert_eq!(app.count("mail_outbox").await, 0);
    app.finish().await;
}

async fn login_does_not_reveal_accounts_and_cycles_the_session(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (s1, _, unknown) = app.submit("/login", &[("email", "nobody@example.org"), ("password", PASSWORD)]).await;
    let (s2, _, wrong) = app.submit("/login", &[("email", RESIDENT), ("password", "wrong password here")]).await;
    assert_eq!((s1, s2), (422, 422));
    let message = "E-Mail-Adresse oder Passwort stimmen nicht.";
    assert!(text(&unknown).contains(message) && text(&wrong).contains(message));
    assert_eq!(field_value(&wrong, "email").as_deref(), Some(RESIDENT), "email kept");

    let r = app.post("/login", &[("email", RESIDENT), ("password", DEMO_PASSWORD)]).await;
    let cookies: Vec<String> = r.headers().get_all("set-cookie").iter().map(|v| v.to_str().unwrap().to_string()).collect();
    let session = cookies.iter().find(|c| c.starts_with("quartier_session=")).expect("session cookie");
    assert!(session.contains("HttpOnly") && session.contains("SameSite=Lax"), "{session}");
    assert!(!session.contains("Secure"), "plain http in tests");
    let first = app.cookie("quartier_session").unwrap();

    // Logging in again gives a new session id.
    app.login(RESIDENT, DEMO_PASSWORD).await;
    assert_ne!(app.cookie("quartier_session").unwrap(), first);
    app.finish().await;
}

async fn password_reset_link_works_once_and_expires(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    // Unknown addresses get the same answer and no mail.
    let (status, location, _) = app.submit("/forgot", &[("email", "nobody@example.org")]).await;
    assert_eq!((status, location.as_str()), (303, "/login?notice=reset-sent"));
    let (status, location, _) = app.submit("/forgot", &[("email", RESIDENT)]).await;
    assert_eq!((status, location.as_str()), (303, "/login?notice=reset-sent"));
    let mail = app.smtp.wait_for(RESIDENT, 1).await;
    assert!(mail.body().contains("neues Passwort"), "{}", mail.body());
    let link = mail.link(&format!("{}/reset?token=", app.base)).unwrap();
    let path = link.strip_prefix(&app.base).unwrap().to_string();
    let token = path.split("token=").nth(1).unwrap().to_string();

    let (status, form) = app.get(&path).await;
    assert_eq!(status, 200);
    assert_eq!(field_value(&form, "token").as_deref(), Some(token.as_str()));

    // A weak new password is refused and the link stays usable.
    let (status, _, body) = app.submit("/reset", &[("token", &token), ("password", "123")]).await;
    assert_eq!(status, 422);
    assert!(text(&body).contains("zu kurz"));
    let (status, location, _) = app.submit("/reset", &[("token", &token), ("password", PASSWORD)]).await;
    assert_eq!((status, location.as_str()), (303, "/login?notice=password-changed"));
    app.login(RESIDENT, PASSWORD).await;
    app.logout().await;
    let (status, _, _) = app.submit("/login", &[("email", RESIDENT), ("password", DEMO_PASSWORD)]).await;
    assert_eq!(status, 422, "the old password no longer works");

    // Reused link.
    let (status, _, body) = app.submit("/reset", &[("token", &token), ("password", "Noch ein neues Passwort 8")]).await;
    assert_eq!(status, 422);
    assert!(text(&body).contains("Dieser Link wurde schon benutzt."), "{}", text(&body));
    let (_, page) = app.get(&path).await;
    assert!(text(&page).contains("Dieser Link wurde schon benutzt."));

    // Expired link.
    app.submit("/forgot", &[("email", RESIDENT)]).await;
    let mail = app.smtp.wait_for(RESIDENT, 2).await;
    let link = mail.link(&format!("{}/reset?token=", app.base)).unwrap();
    let token2 = link.split("token=").nth(1).unwrap().to_string();
    let past = time::OffsetDateTime::now_utc() - time::Duration::hours(2);
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    domain::accounts::entity::account_token::Entity::update_many()
        .col_expr(domain::accounts::entity::account_token::Column::ExpiresAt, sea_orm::sea_query::Expr::value(past))
        .filter(domain::accounts::entity::account_token::Column::UsedAt.is_null())
        .exec(&app.db)
        .await
        .unwrap();
    let (status, _, body) = app.submit("/reset", &[("token", &token2), ("password", "Noch ein neues Passwort 8")]).await;
    assert_eq!(status, 422);
    assert!(text(&body).contains("Dieser Link ist abgelaufen."), "{}", text(&body));
    let (_, _, body) = app.submit("/reset", &[("token", "forged"), ("password", "Noch ein neues Passwort 8")]).await;
    assert!(text(&body).contains("Dieser Link ist ungültig."));
    app.finish().await;
}

async fn forms_without_a_valid_csrf_token_are_refused(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let valid = app.csrf().await;
    let browser_cookie = app.cookie("quartier_csrf").unwrap();
    // Another visitor's token, and a token from before signing in.
    let other = TestApp::client_of(&app);
    let others_token = {
        let (_, page) = get_with_client(&app, &other, "/privacy").await;
        field_value(&page, "_csrf").unwrap()
    };
    assert_ne!(others_token, valid);
    let accounts = app.count("account").await;
    let markup = "<script>alert(1)</script>";
    for token in [None, Some("0".repeat(64)), Some(browser_cookie.clone()), Some(others_token.clone())] {
        let mut fields = vec![("display_name", markup), ("email", "kai@example.org"), ("password", PASSWORD), ("language", "de")];
        if let Some(t) = &token {
            fields.push(("_csrf", t.as_str()));
        }
        let r = app.client.post(app.url("/register")).form(&fields).send().await.unwrap();
        assert_eq!(r.status().as_u16(), 403, "{token:?}");
        let body = r.text().await.unwrap();
        assert!(text(&body).contains("Das Formular ist abgelaufen. Bitte senden Sie es noch einmal ab."));
        assert!(!body.contains("kai@example.org") && !body.contains("alert(1)"), "a refused form never echoes what was sent");
        assert_eq!(field_value(&body, "_csrf"), Some(valid.clone()), "a fresh valid token to send again");
    }
    // A planted cookie with a token of the attacker's choosing (the old
    // double-submit check took any pair of equal values).
    let planted = "a".repeat(64);
    let r = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
        .post(app.url("/register"))
        .header("cookie", format!("quartier_csrf={planted}"))
        .form(&[("_csrf", planted.as_str()), ("display_name", "Kai"), ("email", "kai@example.org"), ("password", PASSWORD), ("language", "de")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 403);
    assert_eq!(app.count("account").await, accounts);
    // Signing in changes the session, and with it the token.
    app.login(RESIDENT, DEMO_PASSWORD).await;
    let signed_in = app.csrf().await;
    assert_ne!(signed_in, valid);
    let r = app.client.post(app.url("/account")).form(&[("_csrf", valid.as_str()), ("display_name", "X"), ("language", "de")]).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 403, "the token from before signing in is refused");
    let (status, _, _) = app.submit("/account", &[("display_name", "Rana B."), ("language", "de")]).await;
    assert_eq!(status, 303);
    app.finish().await;
}

async fn get_with_client(app: &TestApp, client: &reqwest::Client, path: &str) -> (u16, String) {
    let r = client.get(app.url(path)).send().await.unwrap();
    (r.status().as_u16(), r.text().await.unwrap())
}

async fn login_attempts_are_rate_limited(backend: Backend) {
    let app = TestApp::spawn_with(backend, Options { auth_attempts_per_minute: 3, ..Options::default() }).await;
    for _ in 0..3 {
        let (status, _, _) = app.submit("/login", &[("email", RESIDENT), ("password", "wrong password here")]).await;
        assert_eq!(status, 422);
    }
    let (status, _, body) = app.submit("/login", &[("email", RESIDENT), ("password", DEMO_PASSWORD)]).await;
    assert_eq!(status, 429);
    assert!(text(&body).contains("Zu viele Versuche in kurzer Zeit."), "{}", text(&body));
    let (status, _, _) = app.submit("/forgot", &[("email", RESIDENT)]).await;
    assert_eq!(status, 429, "reset shares the limit");
    app.finish().await;
}

async fn preferences_are_saved_for_signed_in_people_only(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (status, _, _) = app.submit("/account", &[("display_name", "X"), ("language", "de")]).await;
    assert_eq!(status, 401);
    app.login(RESIDENT, DEMO_PASSWORD).await;
    let (status, _, body) = app.submit("/account", &[("display_name", ""), ("language", "tr"), ("plain", "on")]).await;
    assert_eq!(status, 422);
    assert_eq!(field_value(&body, "language").as_deref(), Some("tr"), "choice kept");
    let (status, location, _) = app.submit("/account", &[("display_name", "Rana B."), ("language", "tr"), ("plain", "on")]).await;
    assert_eq!((status, location.as_str()), (303, "/account?notice=preferences-saved"));
    let (_, page) = app.get(&location).await;
    let t = text(&page);
    assert!(t.contains("Rana B.") && t.contains("Ayarların kaydedildi."), "{t}");
    assert_eq!(app.count("account WHERE plain_language = true").await, 1);
    app.finish().await;
}

/// Activity moves a sign-in's idle expiry forward, written to the session
/// store once per renewal period; with the default period, requests in a
/// row write nothing.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn activity_renews_a_sign_in_once_in_a_while() {
    let every_request: fn(&mut server::config::Config) = |c| c.session_renew_seconds = 0;
    let default: fn(&mut server::config::Config) = |_| {};
    for (configure, renewed) in [(every_request, true), (default, false)] {
        let app = TestApp::spawn_with(Backend::Sqlite, Options { configure, ..Options::default() }).await;
        app.login(RESIDENT, DEMO_PASSWORD).await;
        let before = app.scalar("SELECT MAX(expires_at) AS n FROM session").await;
        tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
        let (status, page) = app.get("/account").await;
        assert_eq!(status, 200);
        assert!(!text(&page).contains("Bitte melden Sie sich an"), "still signed in");
        let after = app.scalar("SELECT MAX(expires_at) AS n FROM session").await;
        assert_eq!(after > before, renewed, "renewal period 0: {renewed}; before {before}, after {after}");
        app.finish().await;
    }
}
