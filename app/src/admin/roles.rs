//! Role assignments: who is admin, moderator or member of a forum, or staff
//! of an office.
use crate::accounts::role_label;
use crate::accounts::roles::PersonRoles;
#[cfg(feature = "ssr")]
use crate::accounts::roles::Role;
use crate::forms::{CsrfField, ErrorSummary, Field, Select};
use crate::i18n::t;
use crate::layout::PageTitle;
use crate::pages::{ErrorView, Loading};
use leptos::prelude::*;

/// People with roles, and every role that can be given: (value, label).
#[server(endpoint = "admin/roles", input = server_fn::codec::GetUrl)]
pub async fn admin_roles() -> Result<(Vec<PersonRoles>, Vec<(String, String)>), ServerFnError> {
    crate::admin::admin_only()?;
    let state = crate::state::app_state()?;
    let people = crate::accounts::roles::people_with_roles(&state.db, None).await?;
    let mut roles = vec![(Role::Admin.value(), t("role-admin"))];
    for f in crate::forums::service::list(&state.db).await? {
        for r in crate::forums::ROLES {
            let role = Role::Forum { forum_id: f.id, role: r.to_string() };
            roles.push((role.value(), role_label(&role, &f.name)));
        }
    }
    for o in crate::offices::service::list(&state.db).await? {
        let role = Role::Office { office_id: o.id };
        roles.push((role.value(), role_label(&role, &format!("{} {}", o.code, o.name))));
    }
    Ok((people, roles))
}

#[component]
pub fn AdminRolesPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| admin_roles());
    view! {
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok((people, roles)) => view! {
                        <PageTitle text=t("admin-roles")/>
                        <h2>{t("roles-grant")}</h2>
                        <ErrorSummary/>
                        <form method="post" action="/admin/roles" class="stack" novalidate>
                            <CsrfField/>
                            <Field name="email" label=t("field-email") hint=t("roles-email-hint") kind="email" required=true/>
                            <Select name="role" label=t("roles-role") options=roles/>
                            <button type="submit">{t("roles-grant-submit")}</button>
                        </form>
                        <h2>{t("roles-people")}</h2>
                        <div class="table-scroll">
                        <table>
                            <caption class="visually-hidden">{t("roles-people")}</caption>
                            <thead><tr><th scope="col">{t("field-display-name")}</th><th scope="col">{t("field-email")}</th><th scope="col">{t("roles-role")}</th></tr></thead>
                            <tbody>
                            {people.into_iter().map(|p| {
                                let account_id = p.account_id;
                                view! {
                                    <tr>
                                        <th scope="row">{p.display_name}</th>
                                        <td>{p.email}</td>
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
                    }.into_any(),
                    Err(e) => view! { <ErrorView error=e/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[cfg(feature = "ssr")]
pub use handlers::routes;

#[cfg(feature = "ssr")]
mod handlers {
    use crate::accounts::roles::{grant, revoke, Role};
    use crate::admin::require_admin;
    use crate::error::AppError;
    use crate::state::AppState;
    use crate::web::{local_path, see_other, with_notice, Submitted};
    use axum::extract::State;
    use axum::response::Response;

    pub fn routes() -> crate::web::Routes {
        crate::web::Routes::new().post("/admin/roles", grant_role).post("/admin/roles/revoke", revoke_role)
    }

    async fn grant_role(State(state): State<AppState>, form: Submitted) -> Response {
        form.respond(state, |f, state| async move {
            require_admin(&f.viewer())?;
            let role = Role::parse(f.get("role")).ok_or_else(|| AppError::invalid("role", "error-unknown-role"))?;
            if f.get("email").trim().is_empty() {
                return Err(AppError::invalid("email", "error-required"));
            }
            grant(&state.db, f.get("email"), &role).await?;
            Ok(see_other("/admin/roles?notice=saved"))
        })
        .await
    }

    async fn revoke_role(State(state): State<AppState>, form: Submitted) -> Response {
        form.respond(state, |f, state| async move {
            require_admin(&f.viewer())?;
            let role = Role::parse(f.get("role")).ok_or_else(|| AppError::invalid("role", "error-unknown-role"))?;
            let account_id: i32 = f.get("account_id").parse().map_err(|_| AppError::invalid("", "error-invalid"))?;
            revoke(&state.db, account_id, &role).await?;
            Ok(see_other(&with_notice(&local_path(f.get("return_to")), "saved")))
        })
        .await
    }
}
