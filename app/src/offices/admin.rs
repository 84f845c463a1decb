//! Admin pages for offices.
#[cfg(feature = "ssr")]
use crate::web::parts::{Db, part};
use crate::error::PageError;
use super::OfficeSummary;
use crate::forms::{CsrfField, ErrorSummary, Field};
use crate::i18n::t;
use crate::layout::PageTitle;
use crate::pages::{ErrorView, Loading};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[server(endpoint = "admin/offices", input = server_fn::codec::GetUrl)]
pub async fn admin_offices() -> Result<Vec<OfficeSummary>, PageError> {
    crate::access::admin_only()?;
    let db: Db = part()?;
    let mut offices = domain::offices::service::list(&db).await?;
    // The admin's table: one list by office number.
    offices.sort_by(|a, b| crate::i18n::collate::compare_codes(&a.code, &b.code));
    Ok(offices)
}

#[component]
pub fn AdminOfficesPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| admin_offices());
    view! {
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(offices) => view! {
                        <PageTitle text=t("admin-offices")/>
                        <p class="actions"><a class="button" href="/admin/offices/new">{t("admin-office-new")}</a></p>
                        <div class="table-scroll">
                        <table>
                            <caption class="visually-hidden">{t("admin-offices")}</caption>
                            <thead><tr>
                                <th scope="col">{t("office-code")}</th>
                                <th scope="col">{t("field-name")}</th>
                                <th scope="col">{t("office-department")}</th>
                                <th scope="col">{t("office-contact-email")}</th>
                                <th scope="col">{t("office-staff-count")}</th>
                            </tr></thead>
                            <tbody>
                            {offices.into_iter().map(|o| view! {
                                <tr>
                                    <td>{o.code}</td>
                                    <th scope="row"><a href=format!("/admin/offices/{}", o.id)>{o.name}</a></th>
                                    <td>{o.department}</td>
                                    <td>{o.contact_email.unwrap_or_default()}</td>
                                    <td>{o.staff}</td>
                                </tr>
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

#[component]
pub fn AdminOfficePage() -> impl IntoView {
    let id = use_params_map().with_untracked(|p| p.get("id").and_then(|v| v.parse::<i32>().ok()));
    let data = Resource::new(|| (), |_| admin_offices());
    view! {
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(offices) => {
                        let office = id.and_then(|id| offices.into_iter().find(|o| o.id == id));
                        if id.is_some() && office.is_none() {
                            return view! { <crate::pages::NotFound/> }.into_any();
                        }
                        let title = office.as_ref().map(|o| format!("{} {}", o.code, o.name)).unwrap_or_else(|| t("admin-office-new"));
                        let action = office.as_ref().map(|o| format!("/admin/offices/{}", o.id)).unwrap_or_else(|| "/admin/offices/new".into());
                        let o = office.unwrap_or(OfficeSummary { id: 0, code: String::new(), name: String::new(), department: String::new(), contact_email: None, staff: 0 });
                        view! {
                            <PageTitle text=title/>
                            <ErrorSummary/>
                            <form method="post" action=action class="stack" novalidate>
                                <CsrfField/>
                                <Field name="code" label=t("office-code") hint=t("office-code-hint") value=o.code required=true maxlength=20/>
                                <Field name="name" label=t("field-name") value=o.name required=true maxlength=200/>
                                <Field name="department" label=t("office-department") value=o.department required=true maxlength=200/>
                                <Field name="contact_email" label=t("office-contact-email") hint=t("office-contact-email-hint") kind="email" value=o.contact_email.unwrap_or_default() maxlength=254/>
                                <button type="submit">{t("save")}</button>
                            </form>
                        }.into_any()
                    }
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
    use crate::web::parts::{Db, ReferenceCache};
    use crate::access::require_admin;
    use crate::error::AppError;
    use crate::web::{see_other, Submitted};
    use axum::extract::{Path, State};
    use axum::response::Response;

    pub fn routes() -> crate::web::Routes {
        crate::web::Routes::new().post("/admin/offices/new", create).post("/admin/offices/{id}", update)
    }

    async fn save(db: &Db, reference_data: &ReferenceCache, f: &Submitted, id: Option<i32>) -> Result<Response, AppError> {
        require_admin(&f.viewer())?;
        let input = domain::offices::service::validate(f.get("code"), f.get("name"), f.get("department"), f.get("contact_email"))
            .map_err(AppError::Invalid)?;
        let snapshot = |code: &str, name: &str, department: &str, email: &str| -> domain::audit::Snapshot {
            vec![("code", code.into()), ("name", name.into()), ("department", department.into()), ("contact_email", email.into())]
        };
        let before = match id {
            Some(id) => <domain::offices::entity::office::Entity as sea_orm::EntityTrait>::find_by_id(id)
                .one(db)
                .await?
                .map(|o| snapshot(&o.code, &o.name, &o.department, o.contact_email.as_deref().unwrap_or_default())),
            None => None,
        };
        let after = snapshot(&input.code, &input.name, &input.department, input.contact_email.as_deref().unwrap_or_default());
        domain::offices::service::save(db, id, input).await?;
        reference_data.invalidate();
        Ok(crate::audit::with_detail(see_other("/admin/offices?notice=saved"), domain::audit::diff(before.as_ref(), &after)))
    }

    async fn create(State(db): State<Db>, State(reference_data): State<ReferenceCache>, form: Submitted) -> Response {
        form.respond(|f| async move { save(&db, &reference_data, &f, None).await }).await
    }

    async fn update(State(db): State<Db>, State(reference_data): State<ReferenceCache>, Path(id): Path<i32>, form: Submitted) -> Response {
        form.respond(|f| async move { save(&db, &reference_data, &f, Some(id)).await }).await
    }
}
