//! Accounts: registration with email verification, login and logout,
//! forgotten password, and a person's own preferences (name, language,
//! plain language). Also the language and plain-language switches.
#[cfg(feature = "ssr")]
use crate::web::parts::{Db, ReferenceCache, part};
#[cfg(feature = "ssr")]
pub mod handlers;

use crate::error::PageError;
use crate::forms::{Checkbox, CsrfField, ErrorSummary, Field, Select};
use crate::i18n::{t, LANGUAGES};
use crate::layout::PageTitle;
use crate::pages::{ErrorView, Loading};
use crate::viewer::Viewer;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use serde::{Deserialize, Serialize};

fn language_options() -> Vec<(String, String)> {
    LANGUAGES.iter().map(|l| (l.id.to_string(), l.name.to_string())).collect()
}

#[component]
pub fn RegisterPage() -> impl IntoView {
    let viewer = Viewer::current();
    view! {
        <PageTitle text=t("register-title")/>
        <p class="lead">{t("register-intro")}</p>
        <ErrorSummary/>
        <form method="post" action="/register" class="stack" novalidate>
            <CsrfField/>
            <Field name="display_name" label=t("field-display-name") hint=t("field-display-name-hint") autocomplete="nickname" required=true maxlength=80/>
            <Field name="email" label=t("field-email") kind="email" autocomplete="email" required=true maxlength=254/>
            <Field name="password" label=t("field-password") kind="password" hint=t("field-password-hint") autocomplete="new-password" required=true/>
            <Select name="language" label=t("field-language") options=language_options() value=viewer.lang/>
            <button type="submit">{t("register-submit")}</button>
        </form>
        <p>{t("register-have-account")}" "<a href="/login">{t("login")}</a></p>
    }
}

#[component]
pub fn LoginPage() -> impl IntoView {
    view! {
        <PageTitle text=t("login-title")/>
        <ErrorSummary/>
        <form method="post" action="/login" class="stack" novalidate>
            <CsrfField/>
            <Field name="email" label=t("field-email") kind="email" autocomplete="email" required=true/>
            <Field name="password" label=t("field-password") kind="password" autocomplete="current-password" required=true/>
            <button type="submit">{t("login-submit")}</button>
        </form>
        <p><a href="/forgot">{t("login-forgot")}</a></p>
        <p>{t("login-no-account")}" "<a href="/register">{t("register")}</a></p>
    }
}

#[component]
pub fn ForgotPage() -> impl IntoView {
    view! {
        <PageTitle text=t("forgot-title")/>
        <p class="lead">{t("forgot-intro")}</p>
        <ErrorSummary/>
        <form method="post" action="/forgot" class="stack" novalidate>
            <CsrfField/>
            <Field name="email" label=t("field-email") kind="email" autocomplete="email" required=true/>
            <button type="submit">{t("forgot-submit")}</button>
        </form>
    }
}

/// Whether a password-reset link can still be used; the error is a Fluent id.
#[server(endpoint = "reset-link", input = server_fn::codec::GetUrl)]
pub async fn reset_link_state(token: String) -> Result<Option<String>, PageError> {
    let db: Db = part()?;
    Ok(match domain::accounts::tokens::check(&db, &token, domain::accounts::tokens::RESET).await? {
        Ok(_) => None,
        Err(p) => Some(domain::accounts::service::token_problem_message(&p).to_string()),
    })
}

#[component]
pub fn ResetPage() -> impl IntoView {
    let token = use_query_map().with_untracked(|q| q.get("token")).unwrap_or_default();
    let check = Resource::new({ let token = token.clone(); move || token.clone() }, reset_link_state);
    view! {
        <PageTitle text=t("reset-title")/>
        <ErrorSummary/>
        <Suspense fallback=Loading>
            {move || {
                let token = token.clone();
                Suspend::new(async move {
                    match check.await {
                        Ok(None) => view! {
                            <form method="post" action="/reset" class="stack" novalidate>
                                <CsrfField/>
                                <input type="hidden" name="token" value=token/>
                                <Field name="password" label=t("field-new-password") kind="password" hint=t("field-password-hint") autocomplete="new-password" required=true/>
                                <button type="submit">{t("reset-submit")}</button>
                            </form>
                        }.into_any(),
                        Ok(Some(problem)) => view! {
                            <p class="error-text">{t(&problem)}</p>
                            <p><a href="/forgot">{t("reset-ask-again")}</a></p>
                        }.into_any(),
                        Err(e) => view! { <ErrorView error=e/> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct AccountOverview {
    pub display_name: String,
    pub email: String,
    pub language: String,
    pub plain: bool,
    pub roles: Vec<(domain::accounts::roles::Role, String)>,
    /// Where this person's work is: (link, label).
    pub work: Vec<(String, String)>,
    /// The concerns this person reported.
    pub concerns: Vec<crate::concerns::ConcernView>,
    /// Concerns this person follows or supports.
    pub following: Vec<crate::concerns::ConcernView>,
    /// Surveys answered with this account (not anonymous ones): (id, title, results public).
    pub surveys: Vec<(i32, String, bool)>,
    /// The display name shows on public pages.
    pub show_name: bool,
    /// A new address waiting for confirmation.
    pub pending_email: Option<String>,
}

#[server(endpoint = "my-account", input = server_fn::codec::GetUrl)]
pub async fn my_account() -> Result<AccountOverview, PageError> {
    let db: Db = part()?; let reference_data: ReferenceCache = part()?;
    let viewer = Viewer::current();
    let user = viewer.user.ok_or(crate::error::AppError::Unauthenticated)?;
    let domain::accounts::service::LoadedAccount { language, plain, show_name, pending_email, .. } = domain::accounts::service::load_signed_in(&db, user.id).await?.ok_or(crate::error::AppError::Unauthenticated)?;
    let roles = domain::accounts::roles::people_with_roles(&db, Some(user.id))
        .await?
        .into_iter()
        .find(|p| p.account_id == user.id)
        .map(|p| p.roles)
        .unwrap_or_default();
    let work = work_links(&db, &user, &viewer.lang, viewer.plain).await?;
    let mine = domain::concerns::service::reported_by(&db, user.id).await?;
    let concerns = crate::concerns::views::concerns(&db, &reference_data, &viewer.lang, mine).await?;
    let followed = domain::concerns::service::followed_or_supported_by(&db, user.id).await?;
    let following = crate::concerns::views::concerns(&db, &reference_data, &viewer.lang, followed).await?;
    let answered = domain::surveys::service::answered_by(&db, user.id).await?;
    let titles = domain::surveys::service::titles(&db, &answered.iter().map(|s| s.id).collect::<Vec<_>>(), &viewer.lang, viewer.plain).await?;
    let surveys = answered.iter().map(|s| (s.id, titles.get(&s.id).cloned().unwrap_or_default(), s.results_public)).collect();
    Ok(AccountOverview {
        display_name: user.display_name,
        email: user.email,
        language,
        plain,
        roles,
        work,
        concerns,
        following,
        surveys,
        show_name,
        pending_email,
    })
}

/// Links to the pages where a person with roles works: the office inbox,
/// moderation and the surveys of their forums, and interview entry for
/// each open survey of a forum they interview for.
#[cfg(feature = "ssr")]
async fn work_links(db: &Db, user: &domain::accounts::SignedIn, lang: &str, plain: bool) -> Result<Vec<(String, String)>, crate::error::AppError> {
    let mut links = Vec::new();
    if !user.staff_of.is_empty() {
        links.push(("/office".to_string(), t("nav-inbox")));
    }
    if !user.moderates.is_empty() {
        links.push(("/moderation".to_string(), t("nav-moderation")));
        links.push(("/surveys".to_string(), t("account-work-surveys")));
    }
    let mut forums: Vec<i32> = user.interviews_for.iter().chain(&user.moderates).copied().collect();
    forums.sort_unstable();
    forums.dedup();
    if !forums.is_empty() {
        let surveys: Vec<_> = domain::surveys::service::of_forums(db, &forums)
            .await?
            .into_iter()
            .filter(|s| s.state == domain::surveys::model::SurveyState::Published)
            .collect();
        let ids: Vec<i32> = surveys.iter().map(|s| s.id).collect();
        let titles = domain::surveys::service::titles(db, &ids, lang, plain).await?;
        for s in surveys {
            let title = titles.get(&s.id).cloned().unwrap_or_default();
            links.push((format!("/surveys/{}/interview", s.id), crate::i18n::t_args("account-work-interview", &[("title".into(), title)])));
        }
    }
    if user.is_admin {
        links.push(("/admin".to_string(), t("nav-admin")));
    }
    Ok(links)
}


pub fn role_label(role: &domain::accounts::roles::Role, place: &str) -> String {
    match role {
        domain::accounts::roles::Role::Admin => t("role-admin"),
        domain::accounts::roles::Role::Forum { role, .. } => format!("{}: {place}", t(&format!("role-{role}"))),
        domain::accounts::roles::Role::Office { .. } => format!("{}: {place}", t("role-staff")),
    }
}

#[component]
pub fn AccountPage() -> impl IntoView {
    let account = Resource::new(|| (), |_| my_account());
    view! {
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match account.await {
                    Ok(a) => view! {
                        <PageTitle text=t("account-title")/>
                        <p>{t("account-email")}" "<strong>{a.email.clone()}</strong></p>
                        <ErrorSummary/>
                        <form method="post" action="/account" class="stack" novalidate>
                            <CsrfField/>
                            <Field name="display_name" label=t("field-display-name") value=a.display_name.clone() required=true maxlength=80/>
                            <Select name="language" label=t("field-language") options=language_options() value=a.language.clone()/>
                            <Checkbox name="plain" label=t("field-plain-language") checked=a.plain/>
                            <Checkbox name="show_name" label=t("field-show-name") checked=a.show_name/>
                            <p class="hint">{t("field-show-name-hint")}</p>
                            <button type="submit">{t("save")}</button>
                        </form>
                        <p><a href="/account/data">{t("privacy-data-link")}</a></p>
                        <h2>{t("account-email-title")}</h2>
                        {a.pending_email.clone().map(|p| view! { <p class="notice">{crate::i18n::t_args("account-email-pending", &[("email".into(), p)])}</p> })}
                        <form method="post" action="/account/email" class="stack" novalidate>
                            <CsrfField/>
                            <Field name="new_email" label=t("account-new-email") kind="email" autocomplete="email" required=true maxlength=254/>
                            <Field name="email_password" label=t("field-current-password") kind="password" autocomplete="current-password" required=true/>
                            <button type="submit">{t("account-email-submit")}</button>
                        </form>
                        <h2>{t("account-password-title")}</h2>
                        <form method="post" action="/account/password" class="stack" novalidate>
                            <CsrfField/>
                            <Field name="password_current" label=t("field-current-password") kind="password" autocomplete="current-password" required=true/>
                            <Field name="password" label=t("field-new-password") kind="password" hint=t("field-password-hint") autocomplete="new-password" required=true/>
                            <button type="submit">{t("account-password-submit")}</button>
                        </form>
                        <h2>{t("account-concerns")}</h2>
                        {if a.concerns.is_empty() {
                            view! { <p>{t("account-concerns-none")}" "<a href="/report">{t("nav-report")}</a></p> }.into_any()
                        } else {
                            view! { <crate::concerns::ConcernCards concerns=a.concerns.clone()/> }.into_any()
                        }}
                        <h2>{t("account-following")}</h2>
                        {if a.following.is_empty() {
                            view! { <p>{t("account-following-none")}</p> }.into_any()
                        } else {
                            view! { <crate::concerns::ConcernCards concerns=a.following.clone()/> }.into_any()
                        }}
                        <h2>{t("account-surveys")}</h2>
                        {if a.surveys.is_empty() {
                            view! { <p>{t("account-surveys-none")}" "<a href="/surveys">{t("surveys-title")}</a></p> }.into_any()
                        } else {
                            view! {
                                <ul>{a.surveys.iter().map(|(id, title, results)| view! {
                                    <li><a href=format!("/surveys/{id}")>{title.clone()}</a>
                                        {results.then(|| view! { " · "<a href=format!("/surveys/{id}/results")>{t("survey-results")}</a> })}
                                    </li>
                                }).collect_view()}</ul>
                            }.into_any()
                        }}
                        {(!a.work.is_empty()).then(|| view! {
                            <h2>{t("account-work")}</h2>
                            <ul>{a.work.iter().map(|(href, label)| view! { <li><a href=href.clone()>{label.clone()}</a></li> }).collect_view()}</ul>
                        })}
                        <h2>{t("account-roles")}</h2>
                        {if a.roles.is_empty() {
                            view! { <p>{t("account-role-resident")}</p> }.into_any()
                        } else {
                            view! { <ul>{a.roles.iter().map(|(r, place)| view! { <li>{role_label(r, place)}</li> }).collect_view()}</ul> }.into_any()
                        }}
                    }.into_any(),
                    Err(e) => view! { <ErrorView error=e/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// The full language choice, also where the header switch lands when
/// something went wrong.
#[component]
pub fn LanguagePage() -> impl IntoView {
    let viewer = Viewer::current();
    view! {
        <PageTitle text=t("language-title")/>
        <ErrorSummary/>
        <form method="post" action="/language">
            <CsrfField/>
            <input type="hidden" name="return_to" value="/"/>
            <ul class="language-list">
                {LANGUAGES.iter().map(|l| {
                    let current = l.id == viewer.lang;
                    view! { <li><button type="submit" name="lang" value=l.id lang=l.id aria-current=current.then_some("true")>{l.name}</button></li> }
                }).collect_view()}
            </ul>
        </form>
    }
}

#[component]
pub fn PlainLanguagePage() -> impl IntoView {
    let viewer = Viewer::current();
    view! {
        <PageTitle text=t("plain-title")/>
        <p>{t("plain-intro")}</p>
        <ErrorSummary/>
        <form method="post" action="/plain-language">
            <CsrfField/>
            <input type="hidden" name="return_to" value="/"/>
            <input type="hidden" name="plain" value=if viewer.plain { "off" } else { "on" }/>
            <button type="submit">{if viewer.plain { t("plain-turn-off") } else { t("plain-turn-on") }}</button>
        </form>
    }
}
