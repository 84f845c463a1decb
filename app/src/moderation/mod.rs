//! Moderation, for the moderators of the forums covering a district: the
//! triage queue of concerns no routing rule covers, and flagged concerns and
//! comments waiting for a decision.
#[cfg(feature = "ssr")]
use crate::web::parts::{Db, ReferenceCache, part};
#[cfg(feature = "ssr")]
pub mod handlers;
use crate::error::PageError;
use crate::concerns::ConcernView;
use crate::forms::{CsrfField, ErrorSummary};
use crate::i18n::t;
use crate::layout::PageTitle;
use crate::pages::{ErrorView, Loading};
#[cfg(feature = "ssr")]
use crate::viewer::Viewer;
use leptos::prelude::*;
pub use domain::moderation::{FlaggedView};


#[server(endpoint = "moderation/triage", input = server_fn::codec::GetUrl)]
pub async fn triage() -> Result<ModerationQueues, PageError> {
    let viewer = Viewer::current();
    let forums = crate::access::require_moderator(&viewer)?;
    let db: Db = part()?; let reference_data: ReferenceCache = part()?;
    let list = domain::concerns::service::triage_queue(&db, &forums).await?;
    let offices = domain::offices::service::list(&db).await?.into_iter().map(|o| (o.id.to_string(), format!("{} {}", o.code, o.name))).collect();
    let flagged = domain::moderation::flags::queue(&db, &forums).await?;
    let ids: Vec<i32> = list.iter().map(|c| c.id).collect();
    let handed_back = domain::concerns::office::hand_back_reasons(&db, &ids).await?.into_iter().collect();
    Ok(ModerationQueues { triage: crate::concerns::views::concerns(&db, &reference_data, &viewer.lang, list).await?, offices, flagged, handed_back })
}

#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct ModerationQueues {
    pub triage: Vec<ConcernView>,
    pub offices: Vec<(String, String)>,
    pub flagged: Vec<FlaggedView>,
    /// (concern id, why its office handed it back).
    pub handed_back: Vec<(i32, String)>,
}

#[component]
pub fn TriagePage() -> impl IntoView {
    let data = Resource::new(|| (), |_| triage());
    view! {
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(ModerationQueues { triage: concerns, offices, flagged, handed_back }) => view! {
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
                                                {handed_back.iter().find(|(id, _)| *id == c.id).map(|(_, reason)| view! {
                                                    <p class="hint">{t("triage-handed-back")}" "<q>{reason.clone()}</q></p>
                                                })}
                                                <form method="post" action="/moderation" class="inline-fields">
                                                    <CsrfField/>
                                                    <input type="hidden" name="concern" value=c.id/>
                                                    <label for=id.clone()>{t("triage-office")}</label>
                                                    // No office is preselected: a concern sent on by
                                                    // mistake costs an office a hand-back.
                                                    <select id=id name="office" required>
                                                        <option value="">{t("choose")}</option>
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
                        <h2>{t("flagged-title")}</h2>
                        {if flagged.is_empty() {
                            view! { <p>{t("flagged-empty")}</p> }.into_any()
                        } else {
                            view! {
                                <ul class="concern-list">
                                    {flagged.into_iter().map(|f| view! {
                                        <li>
                                            <a href=format!("/concerns/{}#moderation-heading", f.reference)>{f.title}</a>
                                            <span class="detail">" · "{f.reference.clone()}" · "{if f.comment.is_some() { t("flagged-comment") } else { t("flagged-concern") }}</span>
                                            {f.hidden.then(|| view! { " "<span class="tag warning">{t("flagged-hidden")}</span> })}
                                            {f.comment.map(|c| view! { <blockquote>{c}</blockquote> })}
                                            <ul>{f.reasons.into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}</ul>
                                        </li>
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

