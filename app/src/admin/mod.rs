//! The administrator's area: the index page, role assignments, and the
//! check every admin page and action makes.
pub mod roles;

use crate::error::PageError;
use crate::error::AppError;
use crate::i18n::t;
use crate::layout::PageTitle;
use crate::viewer::Viewer;
use leptos::prelude::*;

/// Admin pages and actions are for admins only; everyone else is refused.
pub fn require_admin(viewer: &Viewer) -> Result<(), AppError> {
    match &viewer.user {
        None => Err(AppError::Unauthenticated),
        Some(u) if u.is_admin => Ok(()),
        Some(_) => Err(AppError::Forbidden),
    }
}

/// Checks admin rights for a server function called while rendering.
pub fn admin_only() -> Result<(), PageError> {
    Ok(require_admin(&Viewer::current())?)
}

#[server(endpoint = "admin/check", input = server_fn::codec::GetUrl)]
pub async fn admin_check() -> Result<(), PageError> {
    admin_only()
}

#[component]
pub fn AdminIndexPage() -> impl IntoView {
    let check = Resource::new(|| (), |_| admin_check());
    view! {
        <Suspense fallback=crate::pages::Loading>
            {move || Suspend::new(async move {
                match check.await {
                    Ok(()) => view! {
                        <PageTitle text=t("admin-title")/>
                        <ul class="cards">
                            <li><a href="/admin/districts">{t("admin-districts")}</a></li>
                            <li><a href="/admin/planning-spaces">{t("admin-planning-spaces")}</a></li>
                            <li><a href="/admin/offices">{t("admin-offices")}</a></li>
                            <li><a href="/admin/categories">{t("admin-categories")}</a></li>
                            <li><a href="/admin/forums">{t("admin-forums")}</a></li>
                            <li><a href="/admin/rules">{t("admin-rules")}</a></li>
                            <li><a href="/admin/roles">{t("admin-roles")}</a></li>
                            <li><a href="/admin/api-keys">{t("admin-api-keys")}</a></li>
                            <li><a href="/admin/audit">{t("admin-audit")}</a></li>
                        </ul>
                    }.into_any(),
                    Err(e) => view! { <crate::pages::ErrorView error=e/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// All admin form endpoints.
#[cfg(feature = "ssr")]
pub fn routes(state: &crate::state::AppState) -> crate::web::Routes {
    crate::web::Routes::new()
        .merge(crate::districts::admin::routes())
        .merge(crate::offices::admin::routes())
        .merge(crate::categories::admin::routes())
        .merge(crate::forums::admin::routes())
        .merge(roles::routes())
        .merge(crate::routing::admin::routes())
        .merge(crate::open311::admin::routes())
        .map_router(|r| r.route_layer(axum::middleware::from_fn_with_state(state.clone(), crate::audit::log_admin_actions)))
}
