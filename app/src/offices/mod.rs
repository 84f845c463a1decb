//! Municipal offices (Fachämter): the public list and its admin.
#[cfg(feature = "ssr")]
use crate::web::parts::{Db, part};
pub mod admin;

use crate::error::PageError;
use crate::i18n::t;
use crate::layout::PageTitle;
use crate::pages::{ErrorView, Loading};
use leptos::prelude::*;
pub use domain::offices::{OfficeSummary};

#[server(endpoint = "offices", input = server_fn::codec::GetUrl)]
pub async fn list_offices() -> Result<Vec<OfficeSummary>, PageError> {
    let db: Db = part()?;
    let mut offices = domain::offices::service::list(&db).await?;
    if !crate::viewer::Viewer::current().is_admin() {
        offices.iter_mut().for_each(|o| o.contact_email = None);
    }
    Ok(offices)
}

#[component]
pub fn OfficesPage() -> impl IntoView {
    let offices = Resource::new(|| (), |_| list_offices());
    view! {
        <PageTitle text=t("offices-title")/>
        <p class="lead">{t("offices-intro")}</p>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match offices.await {
                    Ok(list) => {
                        let mut departments: Vec<String> = list.iter().map(|o| o.department.clone()).collect();
                        departments.dedup();
                        view! {
                            {departments.into_iter().map(|dep| {
                                let in_dep: Vec<_> = list.iter().filter(|o| o.department == dep).cloned().collect();
                                view! {
                                    <section>
                                        <h2>{dep}</h2>
                                        <ul class="link-list">
                                            {in_dep.into_iter().map(|o| view! {
                                                <li><a href=format!("/offices/{}", o.id)><span class="code">{o.code}</span>" "{o.name}</a></li>
                                            }).collect_view()}
                                        </ul>
                                    </section>
                                }
                            }).collect_view()}
                        }.into_any()
                    }
                    Err(e) => view! { <ErrorView error=e/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[server(endpoint = "office", input = server_fn::codec::GetUrl)]
pub async fn office_detail(id: i32) -> Result<OfficeSummary, PageError> {
    let db: Db = part()?;
    let office = domain::offices::service::list(&db).await?.into_iter().find(|o| o.id == id).ok_or(crate::error::AppError::NotFound)?;
    // Public page: no contact address.
    Ok(OfficeSummary { contact_email: None, ..office })
}

/// An office's public page: who it is and what became of its concerns.
#[component]
pub fn OfficePage() -> impl IntoView {
    let id = leptos_router::hooks::use_params_map().with_untracked(|p| p.get("id").and_then(|v| v.parse::<i32>().ok()));
    let office = Resource::new(|| (), move |_| async move {
        match id {
            Some(id) => office_detail(id).await,
            None => Err(PageError::not_found()),
        }
    });
    view! {
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match office.await {
                    Ok(o) => view! {
                        <PageTitle text=format!("{} {}", o.code, o.name)/>
                        <p class="lead">{o.department.clone()}</p>
                        <p><a href="/offices">{t("offices-title")}</a></p>
                        <crate::statistics::ScopeSection scope=crate::statistics::Scope::Office id=o.id action=format!("/offices/{}", o.id)/>
                        <crate::feeds::FeedLink href=format!("/feeds/concerns.atom?office={}", o.id) title=t("feed-subscribe")/>
                    }.into_any(),
                    Err(e) => view! { <ErrorView error=e/> }.into_any(),
                }
            })}
        </Suspense>
    }
}
