//! Admin pages for forums: kind, description, districts covered, and the
//! people with a role in the forum.
#[cfg(feature = "ssr")]
use crate::web::parts::{Db, part};
use domain::vocabulary::forum::{ForumKind, ForumRole};
use crate::error::PageError;
use super::ForumSummary;
use crate::districts::DistrictSummary;
use crate::forms::{Checkbox, CheckboxGroup, CsrfField, ErrorSummary, Field, Select, TextArea};
use crate::i18n::t;
use crate::layout::PageTitle;
use crate::pages::{ErrorView, Loading};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[server(endpoint = "admin/forums", input = server_fn::codec::GetUrl)]
pub async fn admin_forums() -> Result<(Vec<ForumSummary>, Vec<DistrictSummary>), PageError> {
    crate::access::admin_only()?;
    let db: Db = part()?;
    Ok((domain::forums::service::list(&db).await?, domain::districts::service::list(&db).await?))
}

/// (account id, display name, email, role) of a forum's people.
#[server(endpoint = "admin/forum-people", input = server_fn::codec::GetUrl)]
pub async fn admin_forum_people(id: i32) -> Result<Vec<(i32, String, String, ForumRole)>, PageError> {
    crate::access::admin_only()?;
    let db: Db = part()?;
    Ok(domain::forums::service::people(&db, id).await?)
}

#[component]
pub fn AdminForumsPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| admin_forums());
    view! {
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok((forums, _)) => view! {
                        <PageTitle text=t("admin-forums")/>
                        <p class="actions"><a class="button" href="/admin/forums/new">{t("admin-forum-new")}</a></p>
                        <ul class="link-list">
                            {forums.into_iter().map(|f| view! {
                                <li><a href=format!("/admin/forums/{}", f.id)>{f.name}</a>" "
                                    <span class="detail">{t(&format!("forum-kind-{}", f.kind))}" · "
                                    {crate::i18n::t_args("forum-member-count", &[("count".into(), f.members.to_string())])}</span></li>
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
pub fn AdminForumPage() -> impl IntoView {
    let id = use_params_map().with_untracked(|p| p.get("id").and_then(|v| v.parse::<i32>().ok()));
    let data = Resource::new(|| (), |_| admin_forums());
    let people = Resource::new(move || id, |id| async move {
        match id {
            Some(id) => admin_forum_people(id).await,
            None => Ok(Vec::new()),
        }
    });
    view! {
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match (data.await, people.await) {
                    (Ok((forums, districts)), Ok(people)) => {
                        let forum = id.and_then(|id| forums.into_iter().find(|f| f.id == id));
                        if id.is_some() && forum.is_none() {
                            return view! { <crate::pages::NotFound/> }.into_any();
                        }
                        let action = forum.as_ref().map(|f| format!("/admin/forums/{}", f.id)).unwrap_or_else(|| "/admin/forums/new".into());
                        let title = forum.as_ref().map(|f| f.name.clone()).unwrap_or_else(|| t("admin-forum-new"));
                        let forum_id = forum.as_ref().map(|f| f.id);
                        let f = forum.unwrap_or(ForumSummary {
                            id: 0, name: String::new(), kind: ForumKind::NeighbourhoodForum, description: String::new(),
                            covers_all_districts: false, districts: Vec::new(), members: 0,
                        });
                        let kinds = ForumKind::ALL.iter().map(|k| (k.as_str().to_string(), t(&format!("forum-kind-{k}")))).collect();
                        let district_options = districts.iter().map(|d| (d.id.to_string(), d.name.clone())).collect();
                        let checked = f.districts.iter().map(|(id, _)| id.to_string()).collect();
                        view! {
                            <PageTitle text=title/>
                            <ErrorSummary/>
                            <form method="post" action=action class="stack" novalidate>
                                <CsrfField/>
                                <Field name="name" label=t("field-name") value=f.name.clone() required=true maxlength=200/>
                                <Select name="kind" label=t("forum-kind") options=kinds value=f.kind.as_str().to_string()/>
                                <TextArea name="description" label=t("forum-description") value=f.description.clone() maxlength=2000/>
                                <Checkbox name="all_districts" label=t("forum-all-districts-field") checked=f.covers_all_districts/>
                                <CheckboxGroup name="districts" legend=t("forum-districts") options=district_options checked/>
                                <button type="submit">{t("save")}</button>
                            </form>
                            {forum_id.map(|forum_id| view! {
                                <section aria-labelledby="people-heading">
                                    <h2 id="people-heading">{t("forum-people")}</h2>
                                    {if people.is_empty() {
                                        view! { <p>{t("forum-no-people")}</p> }.into_any()
                                    } else {
                                        view! {
                                            <ul>
                                                {people.into_iter().map(|(account_id, name, email, role)| view! {
                                                    <li>{name}" ("{email}") – "{t(&format!("role-{role}"))}
                                                        <form method="post" action="/admin/roles/revoke" class="inline-form">
                                                            <CsrfField/>
                                                            <input type="hidden" name="account_id" value=account_id/>
                                                            <input type="hidden" name="role" value=format!("forum:{forum_id}:{role}")/>
                                                            <input type="hidden" name="return_to" value=format!("/admin/forums/{forum_id}")/>
                                                            <button type="submit" class="link-button">{t("remove")}</button>
                                                        </form>
                                                    </li>
                                                }).collect_view()}
                                            </ul>
                                        }.into_any()
                                    }}
                                    <p><a href="/admin/roles">{t("forum-add-people")}</a></p>
                                </section>
                            })}
                        }.into_any()
                    }
                    (Err(e), _) | (_, Err(e)) => view! { <ErrorView error=e/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[cfg(feature = "ssr")]
pub use handlers::routes;

#[cfg(feature = "ssr")]
mod handlers {
    use crate::web::parts::{Db};
    use crate::access::require_admin;
    use crate::error::AppError;
    use crate::web::{see_other, Submitted};
    use axum::extract::{Path, State};
    use axum::response::Response;

    pub fn routes() -> crate::web::Routes {
        crate::web::Routes::new().post("/admin/forums/new", create).post("/admin/forums/{id}", update)
    }

    async fn save(db: &Db, f: &Submitted, id: Option<i32>) -> Result<Response, AppError> {
        require_admin(&f.viewer())?;
        let input = domain::forums::service::validate(
            f.get("name"),
            f.get("kind"),
            f.get("description"),
            !f.get("all_districts").is_empty(),
            &f.all("districts"),
        )
        .map_err(AppError::Invalid)?;
        let snapshot = |name: &str, kind: &str, description: &str, all: bool, districts: &[i32]| -> domain::audit::Snapshot {
            let mut districts = districts.to_vec();
            districts.sort_unstable();
            vec![
                ("name", name.into()),
                ("kind", kind.into()),
                ("description", description.into()),
                ("all_districts", all.to_string()),
                ("districts", districts.iter().map(|d| d.to_string()).collect::<Vec<_>>().join(", ")),
            ]
        };
        let before = match id {
            Some(id) => {
                let f = domain::forums::service::get(db, id).await?;
                Some(snapshot(&f.name, f.kind.as_str(), &f.description, f.covers_all_districts, &f.districts.iter().map(|d| d.0).collect::<Vec<_>>()))
            }
            None => None,
        };
        let after = snapshot(&input.name, input.kind.as_str(), &input.description, input.covers_all_districts, &input.district_ids);
        domain::forums::service::save(db, id, input).await?;
        Ok(crate::audit::with_detail(see_other("/admin/forums?notice=saved"), domain::audit::diff(before.as_ref(), &after)))
    }

    async fn create(State(db): State<Db>, form: Submitted) -> Response {
        form.respond(|f| async move { save(&db, &f, None).await }).await
    }

    async fn update(State(db): State<Db>, Path(id): Path<i32>, form: Submitted) -> Response {
        form.respond(|f| async move { save(&db, &f, Some(id)).await }).await
    }
}
