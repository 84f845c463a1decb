//! The frame around every page: skip link, header with navigation, language
//! and plain-language switches, login state, notices and the footer.
use crate::forms::CsrfField;
use crate::i18n::{t, LANGUAGES};
use crate::viewer::Viewer;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_query_map};

/// Notices a redirect may ask for with `?notice=…`; anything else is ignored.
const NOTICES: &[&str] = &[
    "registered", "verified", "boundaries-imported", "verify-failed", "logged-in", "logged-out", "reset-sent",
    "password-changed", "preferences-saved", "saved", "deleted", "imported", "concern-confirmed", "confirm-failed",
    "flagged", "merged", "participation-mailed", "participation-confirmed", "following-stopped", "link-invalid",
    "published", "survey-link-mailed", "feedback-sent", "paper-counted", "paper-first", "paper-mismatch",
    "machine-translated", "handed-back", "forwarded", "password-updated", "invited", "forum-joined", "forum-left",
    "forum-contact-sent", "email-link-sent", "email-changed", "email-change-failed", "account-deleted", "account-deleted-by-admin", "export-mailed", "privacy-request-sent", "email-data-deleted",
];

#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let viewer = Viewer::current();
    let location = use_location();
    let here = format!("{}{}", location.pathname.get_untracked(), {
        let s = location.search.get_untracked();
        if s.is_empty() { String::new() } else { format!("?{s}") }
    });
    let current_name = crate::i18n::language(&viewer.lang).map(|l| l.name).unwrap_or("Deutsch");
    let settings = settings_links();
    view! {
        <a class="skip-link" href="#main">{t("skip-to-content")}</a>
        <header class="site-header">
            <div class="bar">
                <a class="brand" href="/">"Quartier"</a>
                <nav aria-label=t("nav-main")>
                    <ul class="nav">
                        <li><a href="/report">{t("nav-report")}</a></li>
                        <li><a href="/concerns">{t("nav-concerns")}</a></li>
                        <li><a href="/districts">{t("nav-districts")}</a></li>
                        <li><a href="/offices">{t("nav-offices")}</a></li>
                        <li><a href="/surveys">{t("nav-surveys")}</a></li>
                        <li><a href="/forums">{t("nav-forums")}</a></li>
                        {viewer.user.as_ref().is_some_and(|u| !u.staff_of.is_empty()).then(|| view! { <li><a href="/office">{t("nav-inbox")}</a></li> })}
                        {viewer.user.as_ref().is_some_and(|u| !u.moderates.is_empty()).then(|| view! { <li><a href="/moderation">{t("nav-moderation")}</a></li> })}
                        {viewer.is_admin().then(|| view! { <li><a href="/admin">{t("nav-admin")}</a></li> })}
                    </ul>
                </nav>
            </div>
            <div class="tools">
                <details class="language-switch">
                    <summary>
                        <span class="visually-hidden">{t("language-switch-label")}": "</span>
                        {current_name}
                    </summary>
                    <form method="post" action="/language">
                        <CsrfField/>
                        <input type="hidden" name="return_to" value=here.clone()/>
                        <ul>
                            {LANGUAGES.iter().map(|l| {
                                let current = l.id == viewer.lang;
                                view! {
                                    <li><button type="submit" name="lang" value=l.id lang=l.id
                                        aria-current=current.then_some("true")>{l.name}</button></li>
                                }
                            }).collect_view()}
                        </ul>
                    </form>
                </details>
                <form method="post" action="/plain-language" class="plain-switch">
                    <CsrfField/>
                    <input type="hidden" name="return_to" value=here.clone()/>
                    <input type="hidden" name="plain" value=if viewer.plain { "off" } else { "on" }/>
                    <button type="submit" aria-pressed=if viewer.plain { "true" } else { "false" }>
                        {t("plain-switch")}
                    </button>
                </form>
                <AccountMenu viewer=viewer.clone()/>
            </div>
        </header>
        <main id="main" tabindex="-1">
            <Notice/>
            {children()}
        </main>
        <footer class="site-footer">
            <ul>
                {settings.0.map(|href| view! { <li><a href=href>{t("footer-imprint")}</a></li> })}
                <li><a href=settings.1.unwrap_or_else(|| "/accessibility".into())>{t("footer-accessibility")}</a></li>
                <li><a href="/privacy">{t("footer-privacy")}</a></li>
                <li><a href="/statistics">{t("footer-statistics")}</a></li>
                <li><a href="/open-data">{t("footer-open-data")}</a></li>
            </ul>
            <p>{t("footer-about")}</p>
        </footer>
    }
}

fn settings_links() -> (Option<String>, Option<String>) {
    #[cfg(feature = "ssr")]
    {
        if let Ok(settings) = crate::web::parts::part::<crate::web::parts::SharedSettings>() {
            return (settings.imprint_url.clone(), settings.accessibility_url.clone());
        }
    }
    (None, None)
}

#[component]
fn AccountMenu(viewer: Viewer) -> impl IntoView {
    match viewer.user {
        Some(user) => view! {
            <div class="account-menu">
                <span class="signed-in-as">{t("signed-in-as")}" "<strong>{user.display_name}</strong></span>
                <a href="/account">{t("nav-account")}</a>
                <form method="post" action="/logout">
                    <CsrfField/>
                    <button type="submit" class="link-button">{t("logout")}</button>
                </form>
            </div>
        }
        .into_any(),
        None => view! {
            <div class="account-menu">
                <a href="/login">{t("login")}</a>
                <a href="/register">{t("register")}</a>
            </div>
        }
        .into_any(),
    }
}

/// A short confirmation after a redirect, announced to screen readers.
#[component]
fn Notice() -> impl IntoView {
    let query = use_query_map();
    let notice = query.with_untracked(|q| q.get("notice"));
    notice
        .filter(|n| NOTICES.contains(&n.as_str()))
        .map(|n| view! { <p class="notice" role="status">{t(&format!("notice-{n}"))}</p> })
}

/// Page heading plus the document title. The title goes out raw (see
/// [`crate::html`]), so the text is escaped for it; the heading is escaped
/// by Leptos.
#[component]
pub fn PageTitle(
    #[prop(into)] text: String,
    /// The heading's language when it is not the page's (a resident's text).
    #[prop(optional, into)]
    lang: Option<String>,
) -> impl IntoView {
    let lang = lang.filter(|l| *l != crate::viewer::Viewer::current().lang);
    view! {
        <leptos_meta::Title text=format!("{} – Quartier", crate::html::raw_text(&text))/>
        <h1 lang=lang>{text}</h1>
    }
}
