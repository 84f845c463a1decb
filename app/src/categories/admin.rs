//! Admin pages for categories: a key and a name in every shipped language.
#[cfg(feature = "ssr")]
use crate::web::parts::{Db, part};
use crate::error::PageError;
use crate::forms::{CsrfField, ErrorSummary, Field};
use crate::i18n::{t, LANGUAGES};
use crate::layout::PageTitle;
use crate::pages::{ErrorView, Loading};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct CategoryRow {
    pub id: i32,
    pub key: String,
    pub names: HashMap<String, String>,
}

#[server(endpoint = "admin/categories", input = server_fn::codec::GetUrl)]
pub async fn admin_categories() -> Result<Vec<CategoryRow>, PageError> {
    crate::access::admin_only()?;
    let db: Db = part()?;
    Ok(domain::categories::service::all_with_names(&db)
        .await?
        .into_iter()
        .map(|c| CategoryRow { id: c.id, key: c.key, names: c.names })
        .collect())
}

#[component]
pub fn AdminCategoriesPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| admin_categories());
    let lang = crate::viewer::Viewer::current().lang;
    view! {
        <Suspense fallback=Loading>
            {move || {
                let lang = lang.clone();
                Suspend::new(async move {
                match data.await {
                    Ok(rows) => view! {
                        <PageTitle text=t("admin-categories")/>
                        <p class="actions"><a class="button" href="/admin/categories/new">{t("admin-category-new")}</a></p>
                        <ul class="link-list">
                            {rows.into_iter().map(|c| {
                                let missing_names: Vec<&str> = LANGUAGES.iter().filter(|l| !c.names.contains_key(l.id)).map(|l| l.name).collect();
                                let missing = missing_names.len();
                                let name = c.names.get(&lang).or(c.names.get("de")).cloned().unwrap_or(c.key.clone());
                                view! {
                                    <li><a href=format!("/admin/categories/{}", c.id)>{name}</a>" "
                                        <span class="detail">{c.key}</span>
                                        {(missing > 0).then(|| view! { " "<span class="tag warning">{crate::i18n::t_args("category-missing-names", &[("count".into(), missing.to_string())])}": "{missing_names.join(", ")}</span> })}
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }.into_any(),
                    Err(e) => view! { <ErrorView error=e/> }.into_any(),
                }
            })}}
        </Suspense>
    }
}

#[component]
pub fn AdminCategoryPage() -> impl IntoView {
    let id = use_params_map().with_untracked(|p| p.get("id").and_then(|v| v.parse::<i32>().ok()));
    let data = Resource::new(|| (), |_| admin_categories());
    view! {
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(rows) => {
                        let row = id.and_then(|id| rows.into_iter().find(|c| c.id == id));
                        if id.is_some() && row.is_none() {
                            return view! { <crate::pages::NotFound/> }.into_any();
                        }
                        let action = row.as_ref().map(|c| format!("/admin/categories/{}", c.id)).unwrap_or_else(|| "/admin/categories/new".into());
                        let title = row.as_ref().map(|c| c.key.clone()).unwrap_or_else(|| t("admin-category-new"));
                        let row = row.unwrap_or(CategoryRow { id: 0, key: String::new(), names: HashMap::new() });
                        view! {
                            <PageTitle text=title/>
                            <ErrorSummary/>
                            <form method="post" action=action class="stack" novalidate>
                                <CsrfField/>
                                <Field name="key" label=t("category-key") hint=t("category-key-hint") value=row.key.clone() required=true maxlength=60/>
                                <fieldset>
                                    <legend>{t("category-names")}</legend>
                                    {LANGUAGES.iter().map(|l| {
                                        let (name, label, value) = (format!("name_{}", l.id), l.name.to_string(), row.names.get(l.id).cloned().unwrap_or_default());
                                        if l.id == crate::i18n::DEFAULT_LANGUAGE {
                                            view! { <Field name label value required=true maxlength=120/> }.into_any()
                                        } else {
                                            view! { <Field name label value maxlength=120 hint=t("category-name-later")/> }.into_any()
                                        }
                                    }).collect_view()}
                                </fieldset>
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
    use crate::i18n::LANGUAGES;
    use crate::web::{see_other, Submitted};
    use axum::extract::{Path, State};
    use axum::response::Response;
    use std::collections::HashMap;

    pub fn routes() -> crate::web::Routes {
        crate::web::Routes::new().post("/admin/categories/new", create).post("/admin/categories/{id}", update)
    }

    async fn save(db: &Db, reference_data: &ReferenceCache, f: &Submitted, id: Option<i32>) -> Result<Response, AppError> {
        require_admin(&f.viewer())?;
        let names: HashMap<String, String> =
            LANGUAGES.iter().map(|l| (l.id.to_string(), f.get(&format!("name_{}", l.id)).to_string())).collect();
        let (key, names) = domain::categories::service::validate(f.get("key"), &names).map_err(AppError::Invalid)?;
        let snapshot = |key: &str, names: &dyn Fn(&str) -> String| -> domain::audit::Snapshot {
            std::iter::once(("key", key.to_string())).chain(LANGUAGES.iter().map(|l| (l.id, names(l.id)))).collect()
        };
        let before = match id {
            Some(id) => domain::categories::service::all_with_names(db)
                .await?
                .into_iter()
                .find(|c| c.id == id)
                .map(|c| snapshot(&c.key, &|l| c.names.get(l).cloned().unwrap_or_default())),
            None => None,
        };
        let after = snapshot(&key, &|l| names.iter().find(|(lang, _)| lang == l).map(|(_, n)| n.clone()).unwrap_or_default());
        domain::categories::service::save(db, id, key, names).await?;
        reference_data.invalidate();
        Ok(crate::audit::with_detail(see_other("/admin/categories?notice=saved"), domain::audit::diff(before.as_ref(), &after)))
    }

    async fn create(State(db): State<Db>, State(reference_data): State<ReferenceCache>, form: Submitted) -> Response {
        form.respond(|f| async move { save(&db, &reference_data, &f, None).await }).await
    }

    async fn update(State(db): State<Db>, State(reference_data): State<ReferenceCache>, Path(id): Path<i32>, form: Submitted) -> Response {
        form.respond(|f| async move { save(&db, &reference_data, &f, Some(id)).await }).await
    }
}
