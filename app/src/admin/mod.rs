//! The administrator's area: the index page, role assignments, and the
//! admin form endpoints of every feature under one audit log.
pub mod roles;

use crate::i18n::t;
use crate::layout::PageTitle;
use leptos::prelude::*;

#[component]
pub fn AdminIndexPage() -> impl IntoView {
    let check = Resource::new(|| (), |_| crate::access::admin_check());
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
pub fn routes(db: crate::web::parts::Db) -> crate::web::Routes {
    crate::web::Routes::new()
        .merge(crate::districts::admin::routes())
        .merge(crate::offices::admin::routes())
        .merge(crate::categories::admin::routes())
        .merge(crate::forums::admin::routes())
        .merge(roles::routes())
        .merge(crate::routing::admin::routes())
        .merge(crate::open311::admin::routes())
        .map_router(|r| r.route_layer(axum::middleware::from_fn_with_state(db, crate::audit::log_admin_actions)))
}
