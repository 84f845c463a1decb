//! The person's rights over their data (GDPR): a copy of everything kept
//! about them, and deleting their account.
#[cfg(feature = "ssr")]
pub mod erase;
#[cfg(feature = "ssr")]
pub mod export;
#[cfg(feature = "ssr")]
pub mod handlers;
#[cfg(feature = "ssr")]
pub mod retention;

use crate::forms::{CsrfField, ErrorSummary, Field};
use crate::i18n::{t, t_args};
use crate::layout::PageTitle;
use crate::viewer::Viewer;
use leptos::prelude::*;

/// `/account/data`: download my data, delete my account.
#[component]
pub fn MyDataPage() -> impl IntoView {
    let signed_in = Viewer::current().user.is_some();
    view! {
        <PageTitle text=t("privacy-data-title")/>
        {if signed_in {
            view! {
                <p>{t("privacy-data-intro")}</p>
                <p><a class="button" href="/account/data.zip" download="quartier-data.zip">{t("privacy-download")}</a></p>
                <p class="hint">{t("privacy-download-hint")}</p>
                <section aria-labelledby="delete-heading">
                    <h2 id="delete-heading">{t("privacy-delete-title")}</h2>
                    <p>{t("privacy-delete-intro")}</p>
                    <ErrorSummary/>
                    <form method="post" action="/account/delete" class="stack" novalidate>
                        <CsrfField/>
                        <Field name="delete_password" label=t("field-current-password") kind="password" autocomplete="current-password" required=true/>
                        <button type="submit" class="danger">{t("privacy-delete-submit")}</button>
                    </form>
                </section>
            }.into_any()
        } else {
            view! { <p>{t("error-unauthenticated")}" "<a href="/login">{t("login")}</a></p> }.into_any()
        }}
    }
}

/// What the privacy page states, read from the running configuration.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct PrivacyStatement {
    pub contact: Option<String>,
    pub dpo: Option<String>,
    pub mail_host: Option<String>,
    pub unconfirmed_days: i64,
    pub reporter_email_days: i64,
    pub inactive_days: i64,
    pub warn_days: i64,
    pub sent_mail_days: i64,
    pub session_days: i64,
    pub imprint_url: Option<String>,
}

#[server(endpoint = "privacy", input = server_fn::codec::GetUrl)]
pub async fn privacy_facts() -> Result<PrivacyStatement, ServerFnError> {
    let state = crate::state::app_state()?;
    let s = &state.settings;
    let p = &s.retention;
    Ok(PrivacyStatement {
        contact: s.privacy_contact.clone(),
        dpo: s.dpo_contact.clone(),
        mail_host: s.mail_host.clone(),
        unconfirmed_days: p.unconfirmed_days,
        reporter_email_days: p.reporter_email_days,
        inactive_days: p.inactive_days,
        warn_days: p.warn_days,
        sent_mail_days: p.sent_mail_days,
        session_days: s.session_lifetimes.absolute_seconds / 86_400,
        imprint_url: s.imprint_url.clone(),
    })
}

/// `/privacy`: what is kept, why, for how long and who sees it, from the
/// configuration this server runs with.
#[component]
pub fn PrivacyPage() -> impl IntoView {
    let facts = Resource::new(|| (), |_| privacy_facts());
    let n = |v: i64| v.to_string();
    view! {
        <PageTitle text=t("privacy-title")/>
        <p class="lead">{t("privacy-text")}</p>
        <Suspense fallback=crate::pages::Loading>
            {move || Suspend::new(async move {
                match facts.await {
                    Ok(f) => view! {
                        <section aria-labelledby="privacy-who-heading">
                            <h2 id="privacy-who-heading">{t("privacy-responsible-title")}</h2>
                            {match f.contact.clone() {
                                Some(c) => view! { <p>{t_args("privacy-operator", &[("contact".into(), c)])}</p> }.into_any(),
                                None => view! { <p>{t("privacy-operator-unset")}{f.imprint_url.clone().map(|u| view! { " "<a href=u>{t("footer-imprint")}</a> })}</p> }.into_any(),
                            }}
                            {f.dpo.clone().map(|d| view! { <p>{t_args("privacy-dpo", &[("contact".into(), d)])}</p> })}
                        </section>
                        <section aria-labelledby="privacy-stored-heading">
                            <h2 id="privacy-stored-heading">{t("privacy-stored-title")}</h2>
                            <ul>
                                <li>{t("privacy-stored-account")}</li>
                                <li>{t("privacy-stored-concern")}</li>
                                <li>{t("privacy-stored-reporter")}</li>
                                <li>{t("privacy-stored-participation")}</li>
                                <li>{t("privacy-stored-surveys")}</li>
                                <li>{t("privacy-stored-flags")}</li>
                                <li>{t("privacy-stored-log")}</li>
                                <li>{t("privacy-stored-cookies")}</li>
                            </ul>
                            <p>{t("privacy-no-tracking")}</p>
                            <p>{match f.mail_host.clone() {
                                Some(h) => t_args("privacy-mail", &[("host".into(), h)]),
                                None => t("privacy-mail-files"),
                            }}</p>
                        </section>
                        <section aria-labelledby="privacy-periods-heading">
                            <h2 id="privacy-periods-heading">{t("privacy-periods-title")}</h2>
                            <ul>
                                <li>{t_args("privacy-period-unconfirmed", &[("days".into(), n(f.unconfirmed_days))])}</li>
                                <li>{t_args("privacy-period-reporter", &[("days".into(), n(f.reporter_email_days))])}</li>
                                <li>{t_args("privacy-period-inactive", &[("days".into(), n(f.inactive_days)), ("warn".into(), n(f.warn_days))])}</li>
                                <li>{t_args("privacy-period-mail", &[("days".into(), n(f.sent_mail_days))])}</li>
                                <li>{t_args("privacy-period-flags", &[("days".into(), n(f.sent_mail_days))])}</li>
                                <li>{t_args("privacy-period-session", &[("days".into(), n(f.session_days))])}</li>
                            </ul>
                        </section>
                        <section aria-labelledby="privacy-see-heading">
                            <h2 id="privacy-see-heading">{t("privacy-see-title")}</h2>
                            <p>{t("privacy-see-text")}</p>
                        </section>
                        <section aria-labelledby="privacy-rights-heading">
                            <h2 id="privacy-rights-heading">{t("privacy-rights-title")}</h2>
                            <p>{t("privacy-rights-text")}" "<a href="/account/data">{t("privacy-data-title")}</a></p>
                        </section>
                    }.into_any(),
                    Err(e) => view! { <crate::pages::ErrorView error=e/> }.into_any(),
                }
            })}
        </Suspense>
    }
}
