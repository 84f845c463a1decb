//! Admin pages for districts and planning spaces, and the CSV import.
#[cfg(feature = "ssr")]
use crate::web::parts::{Db, part};
use crate::error::PageError;
use super::DistrictSummary;
use crate::forms::{CsrfField, ErrorSummary, Field, Select};
use crate::i18n::t;
use crate::layout::PageTitle;
use crate::pages::{ErrorView, Loading};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[server(endpoint = "admin/districts", input = server_fn::codec::GetUrl)]
pub async fn admin_districts() -> Result<(Vec<DistrictSummary>, Vec<(i32, String, i64)>), PageError> {
    crate::access::admin_only()?;
    let db: Db = part()?;
    Ok((domain::districts::service::list(&db).await?, domain::districts::service::list_planning_spaces(&db).await?))
}

#[component]
pub fn AdminDistrictsPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| admin_districts());
    view! {
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok((districts, _)) => view! {
                        <PageTitle text=t("admin-districts")/>
                        <p class="actions">
                            <a class="button" href="/admin/districts/new">{t("admin-district-new")}</a>
                            <a class="button secondary" href="/admin/districts/import">{t("admin-district-import")}</a>
                            <a class="button secondary" href="/admin/districts/boundaries">{t("admin-boundaries")}</a>
                        </p>
                        <div class="table-scroll">
                        <table>
                            <caption class="visually-hidden">{t("admin-districts")}</caption>
                            <thead><tr>
                                <th scope="col">{t("field-name")}</th>
                                <th scope="col">{t("district-kind")}</th>
                                <th scope="col">{t("district-planning-space")}</th>
                                <th scope="col">{t("district-population")}</th>
                                <th scope="col">{t("district-social-index")}</th>
                            </tr></thead>
                            <tbody>
                            {districts.into_iter().map(|d| view! {
                                <tr>
                                    <th scope="row"><a href=format!("/admin/districts/{}", d.id)>{d.name}</a></th>
                                    <td>{t(&format!("district-kind-{}", d.kind))}</td>
                                    <td>{d.planning_space.unwrap_or_default()}</td>
                                    <td>{d.population.map(|p| crate::i18n::format::int(p as i64, &crate::viewer::Viewer::current().lang)).unwrap_or_default()}</td>
                                    <td>{d.social_index.map(|s| crate::i18n::format::fixed(s, 3, &crate::viewer::Viewer::current().lang)).unwrap_or_default()}</td>
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

#[server(endpoint = "admin/district", input = server_fn::codec::GetUrl)]
pub async fn admin_district(id: Option<i32>) -> Result<(Option<DistrictSummary>, Vec<(i32, String, i64)>), PageError> {
    crate::access::admin_only()?;
    let db: Db = part()?;
    let district = match id {
        Some(id) => Some(domain::districts::service::get(&db, id).await?),
        None => None,
    };
    Ok((district, domain::districts::service::list_planning_spaces(&db).await?))
}

/// Create (no id in the path) or edit a district.
#[component]
pub fn AdminDistrictPage() -> impl IntoView {
    let id = use_params_map().with_untracked(|p| p.get("id").and_then(|v| v.parse::<i32>().ok()));
    let data = Resource::new(move || id, admin_district);
    view! {
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok((district, spaces)) => {
                        let title = district.as_ref().map(|d| d.name.clone()).unwrap_or_else(|| t("admin-district-new"));
                        let action = district.as_ref().map(|d| format!("/admin/districts/{}", d.id)).unwrap_or_else(|| "/admin/districts/new".into());
                        let d = district.unwrap_or(DistrictSummary {
                            id: 0, name: String::new(), kind: "urban".into(), population: None,
                            social_index: None, social_index_class: None, planning_space_id: None, planning_space: None,
                            population_date: None, area_km2: None,
                        });
                        let classes = super::SOCIAL_INDEX_CLASSES.iter().map(|c| (c.to_string(), t(&format!("social-index-{c}")))).collect();
                        let kinds = super::KINDS.iter().map(|k| (k.to_string(), t(&format!("district-kind-{k}")))).collect();
                        view! {
                            <PageTitle text=title/>
                            <ErrorSummary/>
                            <form method="post" action=action class="stack" novalidate>
                                <CsrfField/>
                                <Field name="name" label=t("field-name") value=d.name required=true maxlength=120/>
                                <Select name="kind" label=t("district-kind") options=kinds value=d.kind/>
                                <Field name="population" label=t("district-population") kind="text" value=d.population.map(|p| p.to_string()).unwrap_or_default()/>
                                <Field name="social_index" label=t("district-social-index") hint=t("district-social-index-hint") value=d.social_index.map(|s| s.to_string()).unwrap_or_default()/>
                                <Select name="social_index_class" label=t("district-social-index-class") options=classes value=d.social_index_class.clone().unwrap_or_default() empty=t("district-social-index-class-none")/>
                                <Field name="planning_space" label=t("district-planning-space") hint=t("district-planning-space-hint") value=d.planning_space.unwrap_or_default() maxlength=120 list="planning-spaces"/>
                                <datalist id="planning-spaces">
                                    {spaces.into_iter().map(|(_, n, _)| view! { <option value=n/> }).collect_view()}
                                </datalist>
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

#[component]
pub fn AdminDistrictImportPage() -> impl IntoView {
    let check = Resource::new(|| (), |_| crate::access::admin_check());
    view! {
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match check.await {
                    Ok(()) => view! {
                        <PageTitle text=t("admin-district-import")/>
                        <p>{t("import-intro")}</p>
                        <pre class="example">"name,kind,population,social_index,planning_space\nRieth,estate,5200,0.771,Großwohnsiedlung Nord\nMarbach,rural,,,"</pre>
                        <ErrorSummary/>
                        <form method="post" action="/admin/districts/import" enctype="multipart/form-data" class="stack">
                            <CsrfField/>
                            <div class="field">
                                <label for="field-file">{t("import-file")}</label>
                                <p class="hint" id="field-file-hint">{t("import-file-hint")}</p>
                                <input id="field-file" name="file" type="file" accept=".csv,text/csv" aria-describedby="field-file-hint" required/>
                            </div>
                            <button type="submit">{t("import-submit")}</button>
                        </form>
                    }.into_any(),
                    Err(e) => view! { <ErrorView error=e/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// How many districts have a boundary, and which have none.
#[server(endpoint = "admin/boundaries", input = server_fn::codec::GetUrl)]
pub async fn admin_boundaries() -> Result<(usize, Vec<String>), PageError> {
    crate::access::admin_only()?;
    let db: Db = part()?;
    Ok(domain::places::boundaries::coverage(&db).await?)
}

/// The boundary import: a GeoJSON FeatureCollection, matched by a property.
#[component]
pub fn AdminBoundariesPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| admin_boundaries());
    view! {
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok((with, without)) => view! {
                        <PageTitle text=t("admin-boundaries")/>
                        <p>{crate::i18n::t_args("boundaries-coverage", &[("with".into(), with.to_string()), ("without".into(), without.len().to_string())])}</p>
                        {(!without.is_empty()).then(|| view! { <p>{t("boundaries-without")}" "{without.join(", ")}</p> })}
                        <p><a href="/districts.geojson" type="application/geo+json">{t("boundaries-download")}</a></p>
                        <h2>{t("boundaries-import")}</h2>
                        <p>{t("boundaries-import-intro")}</p>
                        <ErrorSummary/>
                        <form method="post" action="/admin/districts/boundaries" enctype="multipart/form-data" class="stack">
                            <CsrfField/>
                            <div class="field">
                                <label for="field-file">{t("import-file")}</label>
                                <p class="hint" id="field-file-hint">{t("boundaries-file-hint")}</p>
                                <input id="field-file" name="file" type="file" accept=".geojson,.json,application/geo+json,application/json" aria-describedby="field-file-hint" required/>
                            </div>
                            <Field name="name_property" label=t("boundaries-name-property") hint=t("boundaries-name-property-hint") required=true maxlength=80 value="name".to_string()/>
                            <button type="submit">{t("import-submit")}</button>
                        </form>
                    }.into_any(),
                    Err(e) => view! { <ErrorView error=e/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
pub fn AdminPlanningSpacesPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| admin_districts());
    view! {
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok((_, spaces)) => view! {
                        <PageTitle text=t("admin-planning-spaces")/>
                        <ul>
                            {spaces.into_iter().map(|(_, name, n)| view! {
                                <li>{name}" – "{crate::i18n::t_args("planning-space-districts", &[("count".into(), n.to_string())])}</li>
                            }).collect_view()}
                        </ul>
                        <h2>{t("admin-planning-space-new")}</h2>
                        <ErrorSummary/>
                        <form method="post" action="/admin/planning-spaces" class="stack" novalidate>
                            <CsrfField/>
                            <Field name="name" label=t("field-name") required=true maxlength=120/>
                            <button type="submit">{t("save")}</button>
                        </form>
                    }.into_any(),
                    Err(e) => view! { <ErrorView error=e/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[cfg(feature = "ssr")]
pub use handlers::{routes, BOUNDARY_BODY_LIMIT};

#[cfg(feature = "ssr")]
mod handlers {
    use crate::web::parts::{Db, ReferenceCache};
    use crate::access::require_admin;
    use crate::error::AppError;
    use crate::web::{see_other, Submitted};
    use axum::extract::{Multipart, Path, State};
    use axum::response::Response;
    use std::collections::HashMap;

    pub fn routes() -> crate::web::Routes {
        crate::web::Routes::new()
            .post("/admin/districts/new", create)
            .post("/admin/districts/{id}", update)
            .post("/admin/districts/import", import)
            .add(
                "/admin/districts/boundaries",
                &[axum::http::Method::POST],
                axum::routing::post(import_boundaries).layer(axum::extract::DefaultBodyLimit::max(BOUNDARY_BODY_LIMIT)),
            )
            .post("/admin/planning-spaces", create_planning_space)
    }

    async fn save(db: &Db, reference_data: &ReferenceCache, f: &Submitted, id: Option<i32>) -> Result<Response, AppError> {
        require_admin(&f.viewer())?;
        let raw: HashMap<&str, &str> = ["name", "kind", "population", "social_index", "social_index_class", "planning_space"]
            .into_iter()
            .map(|k| (k, f.get(k)))
            .collect();
        let input = domain::districts::service::validate(&raw).map_err(AppError::Invalid)?;
        let snapshot = |d: &domain::districts::service::DistrictInput| -> domain::audit::Snapshot {
            let opt = |v: Option<String>| v.unwrap_or_default();
            vec![
                ("name", d.name.clone()),
                ("kind", d.kind.clone()),
                ("population", opt(d.population.map(|p| p.to_string()))),
                ("social_index", opt(d.social_index.map(|p| p.to_string()))),
                ("social_index_class", opt(d.social_index_class.clone())),
                ("planning_space", opt(d.planning_space.clone())),
            ]
        };
        let before = match id {
            Some(id) => domain::districts::service::input_of(db, id).await?.map(|d| snapshot(&d)),
            None => None,
        };
        let after = snapshot(&input);
        domain::districts::service::save(db, id, input).await?;
        reference_data.invalidate();
        Ok(crate::audit::with_detail(see_other("/admin/districts?notice=saved"), domain::audit::diff(before.as_ref(), &after)))
    }

    async fn create(State(db): State<Db>, State(reference_data): State<ReferenceCache>, form: Submitted) -> Response {
        form.respond(|f| async move { save(&db, &reference_data, &f, None).await }).await
    }

    async fn update(State(db): State<Db>, State(reference_data): State<ReferenceCache>, Path(id): Path<i32>, form: Submitted) -> Response {
        form.respond(|f| async move { save(&db, &reference_data, &f, Some(id)).await }).await
    }

    async fn create_planning_space(State(db): State<Db>, State(reference_data): State<ReferenceCache>, form: Submitted) -> Response {
        form.respond(|f| async move {
            require_admin(&f.viewer())?;
            domain::districts::service::create_planning_space(&db, f.get("name")).await?;
            reference_data.invalidate();
            Ok(see_other("/admin/planning-spaces?notice=saved"))
        })
        .await
    }

    /// The largest file the boundary import reads, and the form around it.
    pub const BOUNDARY_BODY_LIMIT: usize = domain::places::boundaries::MAX_FILE_BYTES + 64 * 1024;

    /// The GeoJSON upload; a failed check shows every problem and keeps the
    /// property name typed.
    async fn import_boundaries(State(db): State<Db>, State(reference_data): State<ReferenceCache>, State(pages): State<crate::web::Pages>, request: axum::extract::Request) -> Response {
        let (parts, body) = request.into_parts();
        let viewer = parts.extensions.get::<crate::viewer::Viewer>().cloned().unwrap_or_default();
        let mut values = HashMap::new();
        let result = async {
            require_admin(&viewer)?;
            let upload = read_upload(&parts, body, "boundary-file-not-geojson").await?;
            values.insert("name_property".to_string(), upload.fields.get("name_property").cloned().unwrap_or_default());
            if !crate::web::csrf_matches(&parts, &upload.csrf) {
                return Ok(pages.csrf_refused(parts.clone()).await);
            }
            if upload.file.is_empty() {
                return Err(AppError::invalid("file", "error-required"));
            }
            let name_property = upload.fields.get("name_property").map(String::as_str).unwrap_or_default();
            let done = domain::places::boundaries::import(&db, &upload.file, name_property).await?;
            reference_data.invalidate();
            {
                tracing::info!(stored = done.stored, "district boundaries imported");
                Ok(see_other("/admin/districts/boundaries?notice=boundaries-imported"))
            }
        }
        .await;
        match result {
            Ok(r) => r,
            Err(e) => pages.error(parts, values, e).await,
        }
    }

    /// A multipart form with a file: its CSRF token, the file and the other fields.
    struct Upload {
        csrf: String,
        file: Vec<u8>,
        fields: HashMap<String, String>,
    }

    async fn read_upload(parts: &axum::http::request::Parts, body: axum::body::Body, unreadable: &str) -> Result<Upload, AppError> {
        let mut multipart = <Multipart as axum::extract::FromRequest<()>>::from_request(axum::extract::Request::from_parts(parts.clone(), body), &())
            .await
            .map_err(|_| AppError::invalid("file", unreadable))?;
        let mut upload = Upload { csrf: String::new(), file: Vec::new(), fields: HashMap::new() };
        while let Some(field) = multipart.next_field().await.map_err(|_| AppError::invalid("file", unreadable))? {
            match field.name().map(str::to_string) {
                Some(name) if name == "_csrf" => upload.csrf = field.text().await.unwrap_or_default(),
                Some(name) if name == "file" => upload.file = field.bytes().await.map_err(|_| AppError::invalid("file", unreadable))?.to_vec(),
                Some(name) if name.len() <= 40 => {
                    let value = field.text().await.unwrap_or_default();
                    upload.fields.insert(name, value.chars().take(200).collect());
                }
                _ => {}
            }
        }
        Ok(upload)
    }

    /// The CSV upload: multipart, so the token is read from its own part.
    async fn import(State(db): State<Db>, State(reference_data): State<ReferenceCache>, State(pages): State<crate::web::Pages>, request: axum::extract::Request) -> Response {
        let (parts, body) = request.into_parts();
        let viewer = parts.extensions.get::<crate::viewer::Viewer>().cloned().unwrap_or_default();
        let result = async {
            require_admin(&viewer)?;
            let upload = read_upload(&parts, body, "error-csv-unreadable").await?;
            let (csrf, file) = (upload.csrf, upload.file);
            if !crate::web::csrf_matches(&parts, &csrf) {
                return Ok(pages.csrf_refused(parts.clone()).await);
            }
            if file.is_empty() {
                return Err(AppError::invalid("file", "error-required"));
            }
            let report = domain::districts::csv_import::import(&db, &file).await?;
            reference_data.invalidate();
            Ok(see_other(&format!("/admin/districts?notice=imported&created={}&updated={}", report.created, report.updated)))
        }
        .await;
        match result {
            Ok(r) => r,
            Err(e) => pages.error(parts, HashMap::new(), e).await,
        }
    }
}
