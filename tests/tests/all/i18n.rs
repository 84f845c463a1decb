//! Language choice (account > cookie > Accept-Language > German), right to
//! left, the plain-language layer and the German fallback.
use crate::harness::{html_attr, text, Backend, TestApp, DEMO_PASSWORD, RESIDENT};
use crate::on_both_databases;

on_both_databases!(language_choice_follows_the_rules, plain_language_layer_and_fallback, unknown_language_codes_change_nothing);

async fn language_choice_follows_the_rules(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    // Browser preference only.
    let (_, page) = app.get_with("/", &[("accept-language", "ar-SY, en;q=0.5")]).await;
    assert_eq!(html_attr(&page, "html", "lang").as_deref(), Some("ar"));
    assert_eq!(html_attr(&page, "html", "dir").as_deref(), Some("rtl"));
    let (_, page) = app.get_with("/", &[("accept-language", "fr, tr;q=0.9")]).await;
    assert_eq!(html_attr(&page, "html", "lang").as_deref(), Some("tr"));
    let (_, page) = app.get_with("/", &[("accept-language", "fr")]).await;
    assert_eq!(html_attr(&page, "html", "lang").as_deref(), Some("de"));

    // The switch sets a cookie that beats the browser.
    let (status, location, _) = app.submit("/language", &[("lang", "uk"), ("return_to", "/districts")]).await;
    assert_eq!((status, location.as_str()), (303, "/districts"));
    let (_, page) = app.get_with("/districts", &[("accept-language", "ar")]).await;
    assert_eq!(html_attr(&page, "html", "lang").as_deref(), Some("uk"));
    assert!(text(&page).contains("Райони"));

    // Unknown codes are refused with a message and change nothing.
    let (status, _, body) = app.submit("/language", &[("lang", "xx"), ("return_to", "/")]).await;
    assert_eq!(status, 422);
    assert!(text(&body).contains("У Quartier немає такої мови."), "{}", text(&body));
    assert_eq!(app.cookie("quartier_lang").as_deref(), Some("uk"));

    // An open redirect through return_to is not possible.
    let (_, location, _) = app.submit("/language", &[("lang", "en"), ("return_to", "//evil.example/")]).await;
    assert_eq!(location, "/");

    // Signed in, the switch also stores the choice in the account.
    app.login(RESIDENT, DEMO_PASSWORD).await;
    app.submit("/language", &[("lang", "ar"), ("return_to", "/")]).await;
    let stored = app.scalar(&format!("SELECT COUNT(*) AS n FROM account WHERE email = '{RESIDENT}' AND language = 'ar'")).await;
    assert_eq!(stored, 1, "the switch stores the choice in the account");
    let (_, page) = app.get("/").await;
    assert_eq!(html_attr(&page, "html", "dir").as_deref(), Some("rtl"));
    app.finish().await;
}

async fn plain_language_layer_and_fallback(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (_, standard) = app.get("/").await;
    assert!(text(&standard).contains("Quartier bringt Anliegen aus der Nachbarschaft zum zuständigen Amt."));
    let (status, _, _) = app.submit("/plain-language", &[("plain", "on"), ("return_to", "/")]).await;
    assert_eq!(status, 303);
    let (_, plain) = app.get("/").await;
    let t = text(&plain);
    assert!(t.contains("Sie sehen ein Problem in Ihrer Straße? Sagen Sie es uns."), "plain layer: {t}");
    // Strings without a plain version stay the standard ones.
    assert!(t.contains("Ortsteile"));
    assert_eq!(html_attr(&plain, ".plain-switch button", "aria-pressed").as_deref(), Some("true"));

    // A resident reading Arabic reports in Arabic.
    let page = reqwest::Client::new().get(app.url("/report")).header("accept-language", "ar").send().await.unwrap().text().await.unwrap();
    let t = text(&page);
    assert!(t.contains("الإبلاغ عن مشكلة") && t.contains("ما الموضوع؟"), "{t}");

    // Arabic pages whose strings are not translated yet fall back to German, never to raw ids.
    let (_, page) = app.get_with("/login", &[("accept-language", "ar")]).await;
    let t = text(&page);
    assert!(!t.contains("Unknown localization") && !t.contains("login-title"), "{t}");
    app.finish().await;
}

/// Unknown language codes in a cookie, an address or a form: the page still
/// works, in a language Quartier has.
async fn unknown_language_codes_change_nothing(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    // A forged cookie is ignored; the browser's preference applies.
    let (status, page) = app.get_with("/", &[("cookie", "quartier_lang=xx"), ("accept-language", "tr")]).await;
    assert_eq!((status, html_attr(&page, "html", "lang").as_deref()), (200, Some("tr")));
    let (status, page) = app.get_with("/report", &[("cookie", "quartier_lang=../../etc"), ("accept-language", "zz")]).await;
    assert_eq!((status, html_attr(&page, "html", "lang").as_deref()), (200, Some("de")));

    // A survey asked for in a language it does not have is shown in its own.
    let survey = crate::surveys::published_survey(&app).await;
    let languages = ["xx", "fr", "%3Cscript%3E"];
    for lang in languages {
        let (status, page) = app.get(&format!("/surveys/{survey}/print?lang={lang}")).await;
        assert_eq!(status, 200, "print in {lang}");
        assert!(text(&page).contains("Was fehlt am Platz?"), "printed in German: {}", text(&page));
    }
    app.logout().await;
    for lang in languages {
        let (status, page) = app.get(&format!("/surveys/{survey}?lang={lang}")).await;
        assert_eq!(status, 200, "{lang}");
        assert!(text(&page).contains("Unser Platz"), "{lang}: {}", text(&page));
        assert_eq!(html_attr(&page, "html", "lang").as_deref(), Some("de"));
    }
    // An unknown language on the language form is refused and the choice stays.
    let (status, _, body) = app.submit("/language", &[("lang", "klingon"), ("return_to", "/")]).await;
    assert_eq!(status, 422);
    assert!(text(&body).contains("Diese Sprache gibt es in Quartier nicht."), "{}", text(&body));
    app.finish().await;
}
