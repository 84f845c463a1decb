//! The audit log: every action of a moderator, an office or an admin, in
//! the order it happened, for admins to read.
#[cfg(feature = "ssr")]
use crate::web::parts::{Db, SharedSettings, part};
#[cfg(feature = "ssr")]
use axum::extract::State;

use crate::error::PageError;
use crate::i18n::t;
use crate::layout::PageTitle;
use crate::pages::{ErrorView, Loading};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use serde::{Deserialize, Serialize};

pub const PAGE_SIZE: u64 = 50;

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct AuditEntry {
    pub id: i32,
    pub at: String,
    /// Display name of the account, if an account acted.
    pub actor: Option<String>,
    pub role: String,
    pub action: String,
    pub target: String,
    pub detail: Option<String>,
}


/// What an admin form changed, handed from its handler to the log (which
/// writes one entry per admin form, see [`log_admin_actions`]).
#[derive(Clone, Debug)]
pub struct AuditDetail(pub String);

/// Attaches what changed to a handler's answer.
#[cfg(feature = "ssr")]
pub fn with_detail(mut response: axum::response::Response, detail: String) -> axum::response::Response {
    if !detail.is_empty() {
        response.extensions_mut().insert(AuditDetail(detail));
    }
    response
}


/// Records every successful admin form (answered with a redirect) with the
/// admin and the address it changed, so no admin page can forget to log.
#[cfg(feature = "ssr")]
pub async fn log_admin_actions(
    State(db): State<Db>,
    request: axum::extract::Request,
    next: axum::middleware::Next) -> axum::response::Response {
    let viewer = request.extensions().get::<crate::viewer::Viewer>().cloned().unwrap_or_default();
    let path = request.uri().path().to_string();
    let is_post = request.method() == axum::http::Method::POST;
    let response = next.run(request).await;
    // A redirect after a saved form; "201 Created" for a new API key, whose
    // page shows the key once instead of redirecting.
    let done = matches!(response.status(), axum::http::StatusCode::SEE_OTHER | axum::http::StatusCode::CREATED);
    if is_post && done && viewer.is_admin() {
        let action = if path == "/admin/api-keys" {
            "new"
        } else {
            path.rsplit('/').next().filter(|s| matches!(*s, "new" | "import" | "delete" | "revoke")).unwrap_or("save")
        };
        let detail = response.extensions().get::<AuditDetail>().map(|d| d.0.clone());
        if let Err(e) = domain::audit::record(&db, viewer.user.map(|u| u.id), "admin", &format!("admin-{action}"), &path, detail.as_deref()).await {
            tracing::error!(error = %e, "writing the audit log failed");
        }
    }
    response
}

#[server(endpoint = "admin/audit", input = server_fn::codec::GetUrl)]
pub async fn audit_entries(before: Option<i32>) -> Result<(Vec<AuditEntry>, Option<i32>), PageError> {
    use domain::accounts::entity::account;
    use domain::audit::entity::audit_log;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
    crate::access::admin_only()?;
    let db: Db = part()?; let settings: SharedSettings = part()?;
    let mut q = audit_log::Entity::find().order_by_desc(audit_log::Column::Id).limit(PAGE_SIZE + 1);
    if let Some(b) = before {
        q = q.filter(audit_log::Column::Id.lt(b));
    }
    let mut rows = q.all(&db).await.map_err(crate::error::AppError::from)?;
    let older = (rows.len() as u64 > PAGE_SIZE).then(|| {
        rows.truncate(PAGE_SIZE as usize);
        rows.last().map(|r| r.id)
    }).flatten();
    let ids: Vec<i32> = rows.iter().filter_map(|r| r.actor_id).collect();
    let names: std::collections::HashMap<i32, String> = account::Entity::find()
        .filter(account::Column::Id.is_in(ids))
        .all(&db)
        .await
        .map_err(crate::error::AppError::from)?
        .into_iter()
        .map(|a| (a.id, a.display_name))
        .collect();
    let entries = rows
        .into_iter()
        .map(|r| AuditEntry {
            id: r.id,
            at: settings.local_time(r.created_at),
            actor: r.actor_id.and_then(|id| names.get(&id).cloned()),
            role: r.actor_role,
            action: r.action,
            target: r.target,
            detail: r.detail,
        })
        .collect();
    Ok((entries, older))
}

#[component]
pub fn AuditPage() -> impl IntoView {
    let before = use_query_map().with_untracked(|q| q.get("before").and_then(|b| b.parse::<i32>().ok()));
    let data = Resource::new(move || before, audit_entries);
    view! {
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok((entries, older)) => view! {
                        <PageTitle text=t("audit-title")/>
                        <p>{t("audit-intro")}</p>
                        {if entries.is_empty() {
                            view! { <p>{t("audit-empty")}</p> }.into_any()
                        } else {
                            view! {
                                <div class="table-scroll" tabindex="0" role="region" aria-label=t("audit-title")>
                                    <table>
                                        <thead><tr>
                                            <th scope="col">{t("audit-when")}</th>
                                            <th scope="col">{t("audit-who")}</th>
                                            <th scope="col">{t("audit-action")}</th>
                                            <th scope="col">{t("audit-target")}</th>
                                            <th scope="col">{t("audit-detail")}</th>
                                        </tr></thead>
                                        <tbody>
                                            {entries.into_iter().map(|e| view! {
                                                <tr>
                                                    <td>{e.at}</td>
                                                    <td>{e.actor.map(|a| format!("{a} ")).unwrap_or_default()}{format!("({})", t(&format!("audit-role-{}", e.role)))}</td>
                                                    <td>{t(&format!("audit-{}", e.action))}</td>
                                                    <td>{e.target}</td>
                                                    <td>{e.detail.unwrap_or_default()}</td>
                                                </tr>
                                            }).collect_view()}
                                        </tbody>
                                    </table>
                                </div>
                            }.into_any()
                        }}
                        {older.map(|b| view! { <p><a href=format!("/admin/audit?before={b}") rel="next">{t("audit-older")}</a></p> })}
                    }.into_any(),
                    Err(e) => view! { <ErrorView error=e/> }.into_any(),
                }
            })}
        </Suspense>
    }
}
