//! Role assignments: who is admin, moderator or member of a forum, or staff
//! of an office.
#[cfg(feature = "ssr")]
use crate::web::parts::{Db, part};
use crate::error::PageError;
use crate::accounts::role_label;
use domain::accounts::roles::PersonRoles;
#[cfg(feature = "ssr")]
use domain::accounts::roles::Role;
use crate::forms::{CsrfField, ErrorSummary, Field};
use crate::i18n::t;
use crate::layout::PageTitle;
use crate::pages::{ErrorView, Loading};
use leptos::prelude::*;

/// The roles page: people (with roles, or found by a search) and every
/// role that can be given, grouped for the select.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct RolesPage {
    pub people: Vec<PersonRoles>,
    /// The search typed, if any.
    pub query: String,
    /// (group label, [(role value, label)])
    pub groups: Vec<(String, Vec<(String, String)>)>,
}

#[server(endpoint = "admin/roles", input = server_fn::codec::GetUrl)]
pub async fn admin_roles(q: Option<String>) -> Result<RolesPage, PageError> {
    crate::access::admin_only()?;
    let db: Db = part()?;
    let query = q.unwrap_or_default().trim().chars().take(100).collect::<String>();
    let people = if query.is_empty() {
        domain::accounts::roles::people_with_roles(&db, None).await?
    } else {
        domain::accounts::roles::search_people(&db, &query).await?
    };
    let mut groups = vec![(t("role-admin"), vec![(Role::Admin.value(), t("role-admin"))])];
    for r in domain::vocabulary::forum::ForumRole::ALL {
        let roles = domain::forums::service::list(&db)
            .await?
            .into_iter()
            .map(|f| {
                let role = Role::Forum { forum_id: f.id, role: r };
                (role.value(), role_label(&role, &f.name))
            })
            .collect();
        groups.push((t(&format!("role-{r}")), roles));
    }
    let offices = domain::offices::service::list(&db).await?;
    groups.push((t("role-staff"), offices.into_iter().map(|o| {
        let role = Role::Office { office_id: o.id };
        (role.value(), role_label(&role, &format!("{} {}", o.code, o.name)))
    }).collect()));
    Ok(RolesPage { people, query, groups })
}

#[component]
pub fn AdminRolesPage() -> impl IntoView {
    let query = leptos_router::hooks::use_query_map().with_untracked(|q| q.get("q"));
    let chosen = leptos_router::hooks::use_query_map().with_untracked(|q| q.get("email")).unwrap_or_default();
    let data = Resource::new(move || query.clone(), admin_roles);
    view! {
        <Suspense fallback=Loading>
            {move || {
                let chosen = chosen.clone();
                Suspend::new(async move {
                match data.await {
                    Ok(page) => {
                        let selected = crate::forms::FormState::value("role").unwrap_or_default();
                        let searched = !page.query.is_empty();
                        view! {
                        <PageTitle text=t("admin-roles")/>
                        <form method="get" action="/admin/roles" class="inline-fields" role="search">
                            <Field name="q" label=t("roles-search") hint=t("roles-search-hint") kind="search" value=page.query.clone() maxlength=100/>
                            <button type="submit" class="secondary">{t("roles-search-submit")}</button>
                        </form>
                        <h2 id="grant">{t("roles-grant")}</h2>
                        <ErrorSummary/>
                        <form method="post" action="/admin/roles" class="stack" novalidate>
                            <CsrfField/>
                            <Field name="email" label=t("field-email") hint=t("roles-email-hint") kind="email" required=true value=chosen.clone()/>
                            <Field name="name" label=t("roles-invite-name") hint=t("roles-invite-hint") maxlength=100/>
                            <div class="field">
                                <label for="field-role">{t("roles-role")}</label>
                                <select id="field-role" name="role">
                                    {page.groups.into_iter().map(|(group, roles)| view! {
                                        <optgroup label=group>
                                            {roles.into_iter().map(|(value, label)| {
                                                let is = value == selected;
                                                view! { <option value=value selected=is>{label}</option> }
                                            }).collect_view()}
                                        </optgroup>
                                    }).collect_view()}
                                </select>
                            </div>
                            <button type="submit">{t("roles-grant-submit")}</button>
                        </form>
                        <h2>{if searched { t("roles-found") } else { t("roles-people") }}</h2>
                        {(searched && page.people.is_empty()).then(|| view! { <p>{t("roles-none-found")}</p> })}
                        <div class="table-scroll">
                        <table>
                            <caption class="visually-hidden">{t("roles-people")}</caption>
                            <thead><tr><th scope="col">{t("field-display-name")}</th><th scope="col">{t("field-email")}</th><th scope="col">{t("roles-role")}</th></tr></thead>
                            <tbody>
                            {page.people.into_iter().map(|p| {
                                let account_id = p.account_id;
                                view! {
                                    <tr>
                                        <th scope="row">{p.display_name}</th>
                                        <td>{p.email.clone()}
                                            <form method="get" action="/admin/roles#grant" class="inline-form">
                                                <input type="hidden" name="email" value=p.email.clone()/>
                                                " "<button type="submit" class="link-button">{t("roles-give")}</button>
                                            </form>
                                            {searched.then(|| view! {
                                                " · "<a href=format!("/admin/people/{account_id}/data.zip")>{t("privacy-admin-export")}</a>
                                                <form method="post" action=format!("/admin/people/{account_id}/delete") class="inline-form">
                                                    <CsrfField/>
                                                    <input type="checkbox" id=format!("confirm-{account_id}") name="confirm" value="on"/>
                                                    <label for=format!("confirm-{account_id}")>{t("privacy-admin-delete-confirm")}</label>
                                                    " "<button type="submit" class="link-button danger">{t("privacy-admin-delete")}</button>
                                                </form>
                                            })}
                                        </td>
                                        <td><ul class="plain-list">
                                            {p.roles.into_iter().map(|(role, place)| view! {
                                                <li>{role_label(&role, &place)}
                                                    <form method="post" action="/admin/roles/revoke" class="inline-form">
                                                        <CsrfField/>
                                                        <input type="hidden" name="account_id" value=account_id/>
                                                        <input type="hidden" name="role" value=role.value()/>
                                                        <input type="hidden" name="return_to" value="/admin/roles"/>
                                                        <button type="submit" class="link-button">{t("remove")}</button>
                                                    </form>
                                                </li>
                                            }).collect_view()}
                                        </ul></td>
                                    </tr>
                                }
                            }).collect_view()}
                            </tbody>
                        </table>
                        </div>
                    }.into_any()
                    }
                    Err(e) => view! { <ErrorView error=e/> }.into_any(),
                }
            })}}
        </Suspense>
    }
}

#[cfg(feature = "ssr")]
pub use handlers::routes;

#[cfg(feature = "ssr")]
mod handlers {
    use crate::web::parts::{Db, SharedSettings};
    use domain::accounts::roles::{grant, revoke, Granted, Role};
    use crate::access::require_admin;
    use crate::error::AppError;
    use crate::web::{local_path, see_other, with_notice, Submitted};
    use axum::extract::State;
    use axum::response::Response;

    pub fn routes() -> crate::web::Routes {
        crate::web::Routes::new().post("/admin/roles", grant_role).post("/admin/roles/revoke", revoke_role)
    }

    async fn grant_role(State(db): State<Db>, State(settings): State<SharedSettings>, form: Submitted) -> Response {
        form.respond(|f| async move {
            require_admin(&f.viewer())?;
            let role = Role::parse(f.get("role")).ok_or_else(|| AppError::invalid("role", "error-unknown-role"))?;
            if f.get("email").trim().is_empty() {
                return Err(AppError::invalid("email", "error-required"));
            }
            let granted = grant(&db, &settings, f.get("email"), f.get("name"), &role).await?;
            let detail = format!("{} + {}", domain::accounts::service::normalise_email(f.get("email")), role.value());
            let to = if granted == Granted::Invited { "/admin/roles?notice=invited" } else { "/admin/roles?notice=saved" };
            Ok(crate::audit::with_detail(see_other(to), detail))
        })
        .await
    }

    async fn revoke_role(State(db): State<Db>, form: Submitted) -> Response {
        form.respond(|f| async move {
            require_admin(&f.viewer())?;
            let role = Role::parse(f.get("role")).ok_or_else(|| AppError::invalid("role", "error-unknown-role"))?;
            let account_id: i32 = f.get("account_id").parse().map_err(|_| AppError::invalid("", "error-invalid"))?;
            revoke(&db, account_id, &role).await?;
            let detail = format!("#{account_id} − {}", role.value());
            Ok(crate::audit::with_detail(see_other(&with_notice(&local_path(f.get("return_to")), "saved")), detail))
        })
        .await
    }
}
