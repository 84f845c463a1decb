//! Admin page for Open311 API keys. A new key is shown once, right after it
//! was created; only its hash is kept.
#[cfg(feature = "ssr")]
use crate::web::parts::{Db, part};
use crate::error::PageError;
use crate::forms::{CsrfField, ErrorSummary, Field, FormState};
use crate::i18n::t;
use crate::layout::PageTitle;
use crate::pages::{ErrorView, Loading};
use leptos::prelude::*;

/// (id, name, created, revoked) of every key.
#[server(endpoint = "admin/api-keys", input = server_fn::codec::GetUrl)]
pub async fn admin_api_keys() -> Result<Vec<(i32, String, String, bool)>, PageError> {
    crate::access::admin_only()?;
    let db: Db = part()?;
    Ok(domain::open311::keys::list(&db, &crate::viewer::Viewer::current().lang).await?)
}

#[component]
pub fn AdminApiKeysPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| admin_api_keys());
    let new_key = FormState::current().and_then(|s| s.values.get("new_key").cloned());
    view! {
        <Suspense fallback=Loading>
            {move || {
                let new_key = new_key.clone();
                Suspend::new(async move {
                match data.await {
                    Ok(keys) => view! {
                        <PageTitle text=t("admin-api-keys")/>
                        <p>{t("api-keys-intro")}</p>
                        {new_key.map(|k| view! {
                            <div class="notice" role="status">
                                <p>{t("api-key-created")}</p>
                                <p><code class="secret">{k}</code></p>
                            </div>
                        })}
                        <ErrorSummary/>
                        <form method="post" action="/admin/api-keys" class="stack" novalidate>
                            <CsrfField/>
                            <Field name="name" label=t("api-key-name") hint=t("api-key-name-hint") required=true maxlength=120/>
                            <button type="submit">{t("api-key-create")}</button>
                        </form>
                        <h2>{t("api-keys-list")}</h2>
                        <ul>
                            {keys.into_iter().map(|(id, name, created, revoked)| view! {
                                <li>{name}" · "{created}
                                    {if revoked {
                                        view! { " · "<span class="tag">{t("api-key-revoked")}</span> }.into_any()
                                    } else {
                                        view! {
                                            <form method="post" action="/admin/api-keys/revoke" class="inline-form">
                                                <CsrfField/>
                                                <input type="hidden" name="id" value=id/>
                                                <button type="submit" class="link-button">{t("api-key-revoke")}</button>
                                            </form>
                                        }.into_any()
                                    }}
                                </li>
                            }).collect_view()}
                        </ul>
                    }.into_any(),
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
    use crate::web::parts::{Db};
    use crate::access::require_admin;
    use crate::error::AppError;
    use crate::forms::FormState;
    use crate::web::{see_other, Submitted};
    use axum::extract::State;
    use axum::http::StatusCode;
    use axum::response::Response;

    pub fn routes() -> crate::web::Routes {
        crate::web::Routes::new().post("/admin/api-keys", create).post("/admin/api-keys/revoke", revoke)
    }

    async fn create(State(db): State<Db>, form: Submitted) -> Response {
        form.respond(|f| async move {
            require_admin(&f.viewer())?;
            let secret = domain::open311::keys::create(&db, f.get("name")).await?;
            // Shown on this response only: no redirect, nothing stored in clear.
            let shown = FormState { values: [("new_key".to_string(), secret)].into(), errors: Vec::new() };
            Ok(f.render(shown, StatusCode::CREATED).await)
        })
        .await
    }

    async fn revoke(State(db): State<Db>, form: Submitted) -> Response {
        form.respond(|f| async move {
            require_admin(&f.viewer())?;
            let id = f.get("id").parse::<i32>().map_err(|_| AppError::NotFound)?;
            domain::open311::keys::revoke(&db, id).await?;
            Ok(see_other("/admin/api-keys?notice=saved"))
        })
        .await
    }
}
