//! The person's rights over their data (GDPR): a copy of everything kept
//! about them, and deleting their account.
#[cfg(feature = "ssr")]
use crate::web::parts::{Db, SharedSettings, part};
#[cfg(feature = "ssr")]
pub mod handlers;

use crate::error::PageError;
use crate::forms::{Checkbox, CsrfField, ErrorSummary, Field, FormState};
use crate::i18n::{t, t_args};
use crate::layout::PageTitle;
use crate::viewer::Viewer;
use leptos::prelude::*;

/// What `/account/data` needs to know: whether the export is large enough
/// to be prepared and mailed, and what deletion does to public texts.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct DataPageFacts {
    pub large: bool,
    pub removes_contributions: bool,
}

#[server(endpoint = "my-data", input = server_fn::codec::GetUrl)]
pub async fn my_data_facts() -> Result<DataPageFacts, PageError> {
    let db: Db = part()?; let settings: SharedSettings = part()?;
    let user = crate::viewer::Viewer::current().user.ok_or(crate::error::AppError::Unauthenticated)?;
    let photos = domain::privacy::export::account_photos(&db, &settings.upload_dir, user.id).await?;
    Ok(DataPageFacts {
        large: domain::privacy::export::photo_bytes(&photos) > settings.export_inline_bytes,
        removes_contributions: settings.erase_public == domain::privacy::erase::PublicContributions::Remove,
    })
}

/// `/account/data`: download my data, delete my account.
#[component]
pub fn MyDataPage() -> impl IntoView {
    let signed_in = Viewer::current().user.is_some();
    let facts = Resource::new(|| (), |_| my_data_facts());
    view! {
        <PageTitle text=t("privacy-data-title")/>
        {if signed_in {
            view! {
                <p>{t("privacy-data-intro")}</p>
                <Suspense fallback=crate::pages::Loading>
                    {move || Suspend::new(async move {
                        match facts.await {
                            Ok(f) => view! {
                                {if f.large {
                                    view! {
                                        <form method="post" action="/account/data/prepare" class="stack">
                                            <CsrfField/>
                                            <p class="hint">{t("privacy-download-large")}</p>
                                            <button type="submit">{t("privacy-download-mail")}</button>
                                        </form>
                                    }.into_any()
                                } else {
                                    view! {
                                        <p><a class="button" href="/account/data.zip" download="quartier-data.zip">{t("privacy-download")}</a></p>
                                        <p class="hint">{t("privacy-download-hint")}</p>
                                    }.into_any()
                                }}
                                <section aria-labelledby="delete-heading">
                                    <h2 id="delete-heading">{t("privacy-delete-title")}</h2>
                                    <p>{t(if f.removes_contributions { "privacy-delete-intro-remove" } else { "privacy-delete-intro" })}</p>
                                    <ErrorSummary/>
                                    <form method="post" action="/account/delete" class="stack" novalidate>
                                        <CsrfField/>
                                        <Field name="delete_password" label=t("field-current-password") kind="password" autocomplete="current-password" required=true/>
                                        <button type="submit" class="danger">{t("privacy-delete-submit")}</button>
                                    </form>
                                </section>
                            }.into_any(),
                            Err(e) => view! { <crate::pages::ErrorView error=e/> }.into_any(),
                        }
                    })}
                </Suspense>
            }.into_any()
        } else {
            view! {
                <p>{t("error-unauthenticated")}" "<a href="/login">{t("login")}</a></p>
                <p>{t("privacy-no-account")}" "<a href="/privacy/request">{t("privacy-request-title")}</a></p>
            }.into_any()
        }}
    }
}

/// `/privacy/request`: people who took part with an address only ask for
/// their data or its deletion; a link goes to the address.
#[component]
pub fn PrivacyRequestPage() -> impl IntoView {
    let chosen = FormState::value("kind").unwrap_or_default();
    let option = move |value: &'static str, label: &'static str| {
        // The first choice takes the error summary's link.
        let id = if value == "export" { "field-kind".to_string() } else { format!("field-kind-{value}") };
        view! {
            <div class="choice">
                <input type="radio" id=id.clone() name="kind" value=value checked=chosen == value required=true/>
                <label for=id>{t(label)}</label>
            </div>
        }
    };
    let kind_error = FormState::error_text("kind");
    let kind_invalid = kind_error.is_some();
    view! {
        <PageTitle text=t("privacy-request-title")/>
        <p class="lead">{t("privacy-request-intro")}</p>
        <ErrorSummary/>
        <form method="post" action="/privacy/request" class="stack" novalidate>
            <CsrfField/>
            <Field name="email" label=t("field-email") kind="email" autocomplete="email" required=true/>
            <fieldset class:field-error=kind_invalid aria-describedby=kind_invalid.then_some("field-kind-error")>
                <legend>{t("privacy-request-kind")}</legend>
                {kind_error.map(|e| view! { <p class="error" id="field-kind-error">{e}</p> })}
                {option("export", "privacy-request-export")}
                {option("delete", "privacy-request-delete")}
            </fieldset>
            <button type="submit">{t("privacy-request-submit")}</button>
        </form>
        <p class="hint">{t("privacy-request-account")}" "<a href="/account/data">{t("privacy-data-title")}</a></p>
    }
}

/// What a mailed link for an address is for, and what the address left.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct EmailLinkState {
    /// Why the link does not work (a Fluent id), if it does not.
    pub problem: Option<String>,
    pub delete: bool,
    pub email: String,
    pub concerns: u64,
    pub supports: u64,
    pub follows: u64,
    pub removes_contributions: bool,
}

#[server(endpoint = "privacy-link", input = server_fn::codec::GetUrl)]
pub async fn email_link(token: String) -> Result<EmailLinkState, PageError> {
    let db: Db = part()?; let settings: SharedSettings = part()?;
    let removes_contributions = settings.erase_public == domain::privacy::erase::PublicContributions::Remove;
    Ok(match domain::privacy::requests::open_for_email(&db, &token).await? {
        Ok((kind, _, email)) => {
            let traces = domain::privacy::requests::traces(&db, &email).await?;
            EmailLinkState {
                problem: None,
                delete: kind == domain::privacy::requests::RequestKind::Delete,
                email,
                concerns: traces.concerns,
                supports: traces.supports,
                follows: traces.follows,
                removes_contributions,
            }
        }
        Err(p) => EmailLinkState {
            problem: Some(domain::accounts::service::token_problem_message(&p).to_string()),
            delete: false,
            email: String::new(),
            concerns: 0,
            supports: 0,
            follows: 0,
            removes_contributions,
        },
    })
}

/// `/privacy/request/confirm?token=…`: the mailed link opens the download,
/// or asks once more before deleting.
#[component]
pub fn PrivacyConfirmPage() -> impl IntoView {
    let token = leptos_router::hooks::use_query_map()
        .with_untracked(|q| q.get("token"))
        .or_else(|| FormState::value("token"))
        .unwrap_or_default();
    let link = Resource::new({ let token = token.clone(); move || token.clone() }, email_link);
    view! {
        <PageTitle text=t("privacy-request-title")/>
        <ErrorSummary/>
        <Suspense fallback=crate::pages::Loading>
            {move || {
                let token = token.clone();
                Suspend::new(async move {
                    match link.await {
                        Ok(l) if l.problem.is_some() => view! {
                            <p class="error-text">{t(l.problem.as_deref().unwrap_or_default())}</p>
                            <p><a href="/privacy/request">{t("privacy-request-again")}</a></p>
                        }.into_any(),
                        Ok(l) => {
                            let counts = [
                                ("email".into(), l.email.clone()),
                                ("concerns".into(), l.concerns.to_string()),
                                ("supports".into(), l.supports.to_string()),
                                ("follows".into(), l.follows.to_string()),
                            ];
                            view! {
                                <p>{t_args("privacy-request-found", &counts)}</p>
                                {if l.delete {
                                    view! {
                                        <p>{t(if l.removes_contributions { "privacy-request-delete-remove" } else { "privacy-request-delete-keep" })}</p>
                                        <form method="post" action="/privacy/request/confirm" class="stack" novalidate>
                                            <CsrfField/>
                                            <input type="hidden" name="token" value=token/>
                                            <Checkbox name="confirm" label=t("privacy-request-delete-confirm") checked=false/>
                                            <button type="submit" class="danger">{t("privacy-request-delete-submit")}</button>
                                        </form>
                                    }.into_any()
                                } else {
                                    let href = format!("/privacy/request/data.zip?token={token}");
                                    view! {
                                        <p><a class="button" href=href download="quartier-data.zip">{t("privacy-download")}</a></p>
                                        <p class="hint">{t("privacy-request-download-hint")}</p>
                                    }.into_any()
                                }}
                            }.into_any()
                        }
                        Err(e) => view! { <crate::pages::ErrorView error=e/> }.into_any(),
                    }
                })
            }}
        </Suspense>
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
    pub removes_contributions: bool,
}

#[server(endpoint = "privacy", input = server_fn::codec::GetUrl)]
pub async fn privacy_facts() -> Result<PrivacyStatement, PageError> {
    let settings: SharedSettings = part()?;
    let s = &settings;
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
        removes_contributions: s.erase_public == domain::privacy::erase::PublicContributions::Remove,
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
                            <p>{t(if f.removes_contributions { "privacy-rights-delete-remove" } else { "privacy-rights-delete-keep" })}</p>
                            <p>{t("privacy-no-account")}" "<a href="/privacy/request">{t("privacy-request-title")}</a></p>
                        </section>
                    }.into_any(),
                    Err(e) => view! { <crate::pages::ErrorView error=e/> }.into_any(),
                }
            })}
        </Suspense>
    }
}
