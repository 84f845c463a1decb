//! Admin page for routing rules: (category, scope) → office with a deadline.
#[cfg(feature = "ssr")]
use crate::web::parts::{Db, part};
use crate::error::PageError;
use domain::routing::{RuleRow, ScopeLabel};
use crate::forms::{CsrfField, ErrorSummary, Field, Select};
use crate::i18n::{t, t_args};
use crate::layout::PageTitle;
use crate::pages::{ErrorView, Loading};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct RulesPage {
    pub rules: Vec<RuleRow>,
    pub categories: Vec<(String, String)>,
    pub scopes: Vec<(String, String)>,
    pub offices: Vec<(String, String)>,
}

#[server(endpoint = "admin/rules", input = server_fn::codec::GetUrl)]
pub async fn admin_rules() -> Result<RulesPage, PageError> {
    crate::access::admin_only()?;
    let db: Db = part()?;
    let lang = crate::viewer::Viewer::current().lang;
    let rules = domain::routing::service::list(&db, &lang).await?;
    let categories = domain::categories::service::names_in(&db, &lang).await?.into_iter().map(|(id, n)| (id.to_string(), n)).collect();
    let mut scopes = vec![("city".to_string(), t("rule-scope-city"))];
    for (id, name, _) in domain::districts::service::list_planning_spaces(&db).await? {
        scopes.push((format!("space:{id}"), t_args("rule-scope-space", &[("name".into(), name)])));
    }
    for d in domain::districts::service::list(&db).await? {
        scopes.push((format!("district:{}", d.id), t_args("rule-scope-district", &[("name".into(), d.name)])));
    }
    let offices = domain::offices::service::list(&db).await?.into_iter().map(|o| (o.id.to_string(), format!("{} {}", o.code, o.name))).collect();
    Ok(RulesPage { rules, categories, scopes, offices })
}

fn scope_label(s: &ScopeLabel) -> String {
    match s {
        ScopeLabel::City => t("rule-scope-city"),
        ScopeLabel::PlanningSpace(n) => t_args("rule-scope-space", &[("name".into(), n.clone())]),
        ScopeLabel::District(n) => t_args("rule-scope-district", &[("name".into(), n.clone())]),
    }
}

#[component]
pub fn AdminRulesPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| admin_rules());
    view! {
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(p) => view! {
                        <PageTitle text=t("admin-rules")/>
                        <p>{t("rules-intro")}</p>
                        <h2>{t("rules-new")}</h2>
                        <ErrorSummary/>
                        <form method="post" action="/admin/rules" class="stack" novalidate>
                            <CsrfField/>
                            <Select name="category" label=t("category") options=p.categories empty=t("choose")/>
                            <Select name="scope" label=t("rule-scope") options=p.scopes/>
                            <Select name="office" label=t("office") options=p.offices empty=t("choose")/>
                            <Field name="deadline_days" label=t("rule-deadline-days") hint=t("rule-deadline-days-hint") value="10" required=true/>
                            <button type="submit">{t("save")}</button>
                        </form>
                        <h2>{t("rules-list")}</h2>
                        <div class="table-scroll">
                        <table>
                            <caption class="visually-hidden">{t("rules-list")}</caption>
                            <thead><tr>
                                <th scope="col">{t("category")}</th><th scope="col">{t("rule-scope")}</th>
                                <th scope="col">{t("office")}</th><th scope="col">{t("rule-deadline-days")}</th><th scope="col">{t("actions")}</th>
                            </tr></thead>
                            <tbody>
                            {p.rules.into_iter().map(|r| view! {
                                <tr>
                                    <th scope="row">{r.category}</th><td>{scope_label(&r.scope)}</td><td>{r.office}</td><td>{r.deadline_days}</td>
                                    <td>
                                        <form method="post" action="/admin/rules/delete" class="inline-form">
                                            <CsrfField/>
                                            <input type="hidden" name="id" value=r.id/>
                                            <button type="submit" class="link-button">{t("remove")}</button>
                                        </form>
                                    </td>
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

#[cfg(feature = "ssr")]
pub use handlers::routes;

#[cfg(feature = "ssr")]
mod handlers {
    use crate::web::parts::{Db};
    use crate::access::require_admin;
    use crate::error::AppError;
    use crate::web::{see_other, Submitted};
    use axum::extract::State;
    use axum::response::Response;

    pub fn routes() -> crate::web::Routes {
        crate::web::Routes::new().post("/admin/rules", create).post("/admin/rules/delete", delete)
    }

    async fn create(State(db): State<Db>, form: Submitted) -> Response {
        form.respond(|f| async move {
            require_admin(&f.viewer())?;
            let input = domain::routing::service::validate(f.get("category"), f.get("scope"), f.get("office"), f.get("deadline_days"))
                .map_err(AppError::Invalid)?;
            let after: domain::audit::Snapshot = vec![
                ("category", input.category_id.to_string()),
                ("scope", format!("{:?}", input.scope)),
                ("office", input.office_id.to_string()),
                ("deadline_days", input.deadline_days.to_string()),
            ];
            domain::routing::service::create(&db, input).await?;
            Ok(crate::audit::with_detail(see_other("/admin/rules?notice=saved"), domain::audit::diff(None, &after)))
        })
        .await
    }

    async fn delete(State(db): State<Db>, form: Submitted) -> Response {
        form.respond(|f| async move {
            require_admin(&f.viewer())?;
            let id = f.get("id").parse::<i32>().map_err(|_| AppError::NotFound)?;
            domain::routing::service::delete(&db, id).await?;
            Ok(see_other("/admin/rules?notice=deleted"))
        })
        .await
    }
}
