//! Moderation: the triage queue of concerns that no routing rule covers, for
//! the moderators of the forums covering their districts.
use crate::concerns::ConcernView;
use crate::error::AppError;
use crate::forms::{CsrfField, ErrorSummary};
use crate::i18n::t;
use crate::layout::PageTitle;
use crate::pages::{ErrorView, Loading};
use crate::viewer::Viewer;
use leptos::prelude::*;

/// Moderators of at least one forum; everyone else is refused.
pub fn require_moderator(viewer: &Viewer) -> Result<Vec<i32>, AppError> {
    match &viewer.user {
        None => Err(AppError::Unauthenticated),
        Some(u) if !u.moderates.is_empty() => Ok(u.moderates.clone()),
        Some(_) => Err(AppError::Forbidden),
    }
}

#[server(endpoint = "moderation/triage", input = server_fn::codec::GetUrl)]
pub async fn triage() -> Result<(Vec<ConcernView>, Vec<(String, String)>), ServerFnError> {
    let viewer = Viewer::current();
    let forums = require_moderator(&viewer)?;
    let state = crate::state::app_state()?;
    let list = crate::concerns::service::triage_queue(&state.db, &forums).await?;
    let offices = crate::offices::service::list(&state.db).await?.into_iter().map(|o| (o.id.to_string(), format!("{} {}", o.code, o.name))).collect();
    Ok((crate::concerns::views::concerns(&state, &viewer.lang, list).await?, offices))
}

#[component]
pub fn TriagePage() -> impl IntoView {
    let data = Resource::new(|| (), |_| triage());
    view! {
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok((concerns, offices)) => view! {
                        <PageTitle text=t("triage-title")/>
                        <p>{t("triage-intro")}</p>
                        <ErrorSummary/>
                        {if concerns.is_empty() {
                            view! { <p>{t("triage-empty")}</p> }.into_any()
                        } else {
                            view! {
                                <ul class="concern-list">
                                    {concerns.into_iter().map(|c| {
                                        let id = format!("office-{}", c.id);
                                        view! {
                                            <li>
                                                <a href=format!("/concerns/{}", c.reference)>{c.title}</a>
                                                <span class="detail">" · "{c.district.1}" · "{c.category}" · "{c.reference}</span>
                                                <form method="post" action="/moderation" class="inline-fields">
                                                    <CsrfField/>
                                                    <input type="hidden" name="concern" value=c.id/>
                                                    <label for=id.clone()>{t("triage-office")}</label>
                                                    <select id=id name="office">
                                                        {offices.iter().map(|(v, l)| view! { <option value=v.clone()>{l.clone()}</option> }).collect_view()}
                                                    </select>
                                                    <button type="submit">{t("triage-assign")}</button>
                                                </form>
                                            </li>
                                        }
                                    }).collect_view()}
                                </ul>
                            }.into_any()
                        }}
                    }.into_any(),
                    Err(e) => view! { <ErrorView error=e/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[cfg(feature = "ssr")]
pub mod handlers {
    use super::require_moderator;
    use crate::error::AppError;
    use crate::state::AppState;
    use crate::web::{see_other, Submitted};
    use axum::extract::State;
    use axum::response::Response;
    use axum::routing::post;
    use axum::Router;

    pub fn routes() -> Router<AppState> {
        Router::new().route("/moderation", post(assign))
    }

    async fn assign(State(state): State<AppState>, form: Submitted) -> Response {
        form.respond(state, |f, state| async move {
            let viewer = f.viewer();
            let forums = require_moderator(&viewer)?;
            let concern = f.get("concern").parse::<i32>().map_err(|_| AppError::NotFound)?;
            let office = f.get("office").parse::<i32>().map_err(|_| AppError::invalid("office", "error-unknown-office"))?;
            let moderator = viewer.user.map(|u| u.id).unwrap_or_default();
            crate::concerns::service::assign_from_triage(&state.db, &state.settings, moderator, &forums, concern, office).await?;
            state.mail_wakeup.notify_one();
            Ok(see_other("/moderation?notice=saved"))
        })
        .await
    }
}
