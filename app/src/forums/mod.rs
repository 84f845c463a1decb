//! Forums: neighbourhood forums, Ortsteil councils, youth groups and other
//! participation bodies, with the districts they cover and their people.
#[cfg(feature = "ssr")]
use crate::web::parts::{Db, part};
#[cfg(feature = "ssr")]
pub mod handlers;
pub mod admin;

use crate::error::PageError;
use crate::error::AppError;
use crate::forms::{CsrfField, ErrorSummary, Field, TextArea};
use crate::i18n::t;
use crate::layout::PageTitle;
use crate::pages::{ErrorView, Loading};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
pub use domain::forums::{ForumSummary, ForumInfo};
use domain::vocabulary::forum::ForumRole;

#[server(endpoint = "forums", input = server_fn::codec::GetUrl)]
pub async fn list_forums() -> Result<Vec<ForumSummary>, PageError> {
    let db: Db = part()?;
    Ok(domain::forums::service::list(&db).await?)
}

#[server(endpoint = "forum", input = server_fn::codec::GetUrl)]
pub async fn forum_detail(id: i32) -> Result<ForumInfo, PageError> {
    let db: Db = part()?;
    let viewer = crate::viewer::Viewer::current();
    Ok(domain::forums::service::detail(&db, id, viewer.user.map(|u| u.id)).await?)
}

#[component]
pub fn ForumsPage() -> impl IntoView {
    let forums = Resource::new(|| (), |_| list_forums());
    view! {
        <PageTitle text=t("forums-title")/>
        <p class="lead">{t("forums-intro")}</p>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match forums.await {
                    Ok(list) => view! {
                        <ul class="cards">
                            {list.into_iter().map(|f| view! {
                                <li>
                                    <a href=format!("/forums/{}", f.id)>{f.name}</a>" "
                                    <span class="tag">{t(&format!("forum-kind-{}", f.kind))}</span>
                                </li>
                            }).collect_view()}
                        </ul>
                    }.into_any(),
                    Err(e) => view! { <ErrorView error=e/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
pub fn ForumPage() -> impl IntoView {
    let id = use_params_map().with_untracked(|p| p.get("id").and_then(|v| v.parse::<i32>().ok()));
    let detail = Resource::new(move || id, |id| async move {
        match id {
            Some(id) => forum_detail(id).await,
            None => Err(AppError::NotFound.into()),
        }
    });
    view! {
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match detail.await {
                    Ok(ForumInfo { forum, moderators, my_role }) => {
                        let id = forum.id;
                        let signed_in = crate::viewer::Viewer::current().user.is_some();
                        let has_moderators = !moderators.is_empty();
                        view! {
                        <PageTitle text=forum.name.clone()/>
                        <p class="tag">{t(&format!("forum-kind-{}", forum.kind))}</p>
                        {(!forum.description.is_empty()).then(|| view! { <p>{forum.description.clone()}</p> })}
                        <h2>{t("forum-districts")}</h2>
                        {if forum.covers_all_districts {
                            view! { <p>{t("forum-all-districts")}</p> }.into_any()
                        } else {
                            view! {
                                <ul class="link-list">
                                    {forum.districts.into_iter().map(|(id, name)| view! {
                                        <li><a href=format!("/districts/{id}")>{name}</a></li>
                                    }).collect_view()}
                                </ul>
                            }.into_any()
                        }}
                        <h2>{t("forum-moderators")}</h2>
                        {if moderators.is_empty() {
                            view! { <p>{t("forum-no-moderators")}</p> }.into_any()
                        } else {
                            view! { <ul>{moderators.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}</ul> }.into_any()
                        }}
                        <p>{crate::i18n::t_args("forum-member-count", &[("count".into(), forum.members.to_string())])}</p>
                        <ErrorSummary/>
                        <section aria-labelledby="join-heading">
                            <h2 id="join-heading">{t("forum-join-title")}</h2>
                            {match (signed_in, my_role) {
                                (false, _) => view! { <p>{t("forum-join-sign-in")}" "<a href="/login">{t("login")}</a>" · "<a href="/register">{t("register")}</a></p> }.into_any(),
                                (true, None) => view! {
                                    <form method="post" action=format!("/forums/{id}/join") class="inline-form">
                                        <CsrfField/>
                                        <button type="submit">{t("forum-join")}</button>
                                    </form>
                                }.into_any(),
                                (true, Some(ForumRole::Member)) => view! {
                                    <p>{t("forum-you-are-member")}</p>
                                    <form method="post" action=format!("/forums/{id}/leave") class="inline-form">
                                        <CsrfField/>
                                        <button type="submit" class="secondary">{t("forum-leave")}</button>
                                    </form>
                                }.into_any(),
                                (true, Some(role)) => view! { <p>{crate::i18n::t_args("forum-your-role", &[("role".into(), t(&format!("role-{role}")))])}</p> }.into_any(),
                            }}
                        </section>
                        {has_moderators.then(|| view! {
                            <section aria-labelledby="contact-heading">
                                <h2 id="contact-heading">{t("forum-contact-title")}</h2>
                                <p>{t("forum-contact-intro")}</p>
                                <form method="post" action=format!("/forums/{id}/contact") class="stack" novalidate>
                                    <CsrfField/>
                                    <Field name="email" label=t("forum-contact-email") hint=t("forum-contact-email-hint") kind="email" required=true autocomplete="email" maxlength=254/>
                                    <TextArea name="message" label=t("forum-contact-message") maxlength=2000/>
                                    <button type="submit">{t("forum-contact-send")}</button>
                                </form>
                            </section>
                        })}
                    }.into_any()
                    }
                    Err(e) => view! { <ErrorView error=e/> }.into_any(),
                }
            })}
        </Suspense>
    }
}
