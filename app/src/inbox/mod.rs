//! The office side of concerns: the inbox of an office's staff and the
//! concern page with its actions (accept, forward, hand back, answer with a
//! status, internal note), also reachable through a mailed link by offices
//! without accounts.
#[cfg(feature = "ssr")]
use crate::web::parts::{Db, ReferenceCache, part};
use crate::error::PageError;
use domain::concerns::status::Status;
use crate::concerns::{ConcernDetail, ConcernPageData, ConcernView};
use crate::error::AppError;
use crate::forms::{CsrfField, ErrorSummary, Field, Select, TextArea};
use crate::plain_language::PlainCheck;
use crate::i18n::t;
use crate::layout::PageTitle;
use crate::pages::{ErrorView, Loading};
#[cfg(feature = "ssr")]
use crate::viewer::Viewer;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};
use serde::{Deserialize, Serialize};


/// What the inbox is asked for: `show` is "" (open work), "all", "closed"
/// or one status; `sort` is "" (deadline) or "newest"; `q` a reference
/// number or words.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct InboxFilter {
    pub show: String,
    pub overdue: bool,
    pub sort: String,
    pub q: String,
    /// From 1.
    pub page: u64,
}

impl InboxFilter {
    /// The link to page `page` of this filter.
    fn link(&self, page: u64) -> String {
        let mut parts = Vec::new();
        for (name, value) in [("show", &self.show), ("sort", &self.sort), ("q", &self.q)] {
            if !value.is_empty() {
                parts.push(format!("{name}={}", domain::concerns::query_value(value)));
            }
        }
        if self.overdue {
            parts.push("overdue=1".into());
        }
        parts.push(format!("page={page}"));
        format!("/office?{}", parts.join("&"))
    }
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Inbox {
    pub concerns: Vec<ConcernView>,
    /// There is a page after this one.
    pub more: bool,
    /// (status, count) over all of the office's concerns.
    pub counts: Vec<(Status, i64)>,
}

#[server(endpoint = "office/inbox", input = server_fn::codec::GetUrl)]
pub async fn office_inbox(filter: InboxFilter) -> Result<Inbox, PageError> {
    use domain::concerns::office::{inbox, inbox_counts, InboxShow, InboxSort};
    let viewer = Viewer::current();
    let offices = crate::access::require_staff(&viewer)?;
    let db: Db = part()?; let reference_data: ReferenceCache = part()?;
    let mut list = inbox(&db, &offices, InboxShow::parse(&filter.show), filter.overdue, InboxSort::parse(&filter.sort), &filter.q, filter.page).await?;
    let more = list.len() as u64 > domain::concerns::office::INBOX_PAGE;
    list.truncate(domain::concerns::office::INBOX_PAGE as usize);
    Ok(Inbox { concerns: crate::concerns::views::concerns(&db, &reference_data, &viewer.lang, list).await?, more, counts: inbox_counts(&db, &offices).await? })
}

/// The concern with its full timeline (internal notes too) and the offices
/// it can be forwarded to.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct OfficeConcern {
    pub page: ConcernPageData,
    pub offices: Vec<(i32, String)>,
    /// The office has taken the concern on: "accept" is done and not offered again.
    pub accepted: bool,
}

#[cfg(feature = "ssr")]
async fn office_view(db: &Db, reference_data: &ReferenceCache, lang: &str, c: domain::concerns::entity::concern::Model) -> Result<OfficeConcern, AppError> {
    use crate::concerns::views;
    use domain::concerns::service;
    let translations = domain::translations::service::of_concern(db, c.id, lang).await?;
    let timeline = views::events(db, reference_data, lang, service::timeline(db, c.id, true).await?, &translations).await?;
    let current = c.office_id;
    let accepted = c.accepted;
    let offices = domain::offices::service::list(db)
        .await?
        .into_iter()
        .filter(|o| Some(o.id) != current)
        .map(|o| (o.id, format!("{} {}", o.code, o.name)))
        .collect();
    let photos = domain::concerns::photos::of_concern(db, c.id).await?.into_iter().map(|p| p.0).collect();
    let page = ConcernPageData {
        concern: views::concern(db, reference_data, lang, c).await?,
        timeline,
        comments: Vec::new(),
        photos,
        mine: None,
        can_moderate: false,
        can_merge: false,
        merge_candidates: Vec::new(),
        can_translate: false,
    };
    Ok(OfficeConcern { page, offices, accepted })
}

#[server(endpoint = "office/concern", input = server_fn::codec::GetUrl)]
pub async fn load_office_concern(id: i32) -> Result<OfficeConcern, PageError> {
    use sea_orm::EntityTrait;
    let viewer = Viewer::current();
    let offices = crate::access::require_staff(&viewer)?;
    let db: Db = part()?; let reference_data: ReferenceCache = part()?;
    let c = domain::concerns::entity::concern::Entity::find_by_id(id).one(&db).await.map_err(AppError::from)?.ok_or(AppError::NotFound)?;
    // Staff see the concerns of their own offices only, internal notes included.
    if !c.office_id.is_some_and(|o| offices.contains(&o)) {
        return Err(AppError::Forbidden.into());
    }
    let mut view = office_view(&db, &reference_data, &viewer.lang, c).await?;
    // Staff of the concern's office may translate its texts.
    view.page.can_translate = true;
    Ok(view)
}

#[server(endpoint = "office/link", input = server_fn::codec::GetUrl)]
pub async fn office_link_concern(token: String) -> Result<OfficeConcern, PageError> {
    let db: Db = part()?; let reference_data: ReferenceCache = part()?;
    let (_, c) = domain::concerns::office::office_link_actor(&db, &token).await?;
    Ok(office_view(&db, &reference_data, &Viewer::current().lang, c).await?)
}

#[component]
pub fn InboxPage() -> impl IntoView {
    let filter = use_query_map().with_untracked(|q| InboxFilter {
        show: q.get("show").unwrap_or_default(),
        overdue: q.get("overdue").is_some(),
        sort: q.get("sort").unwrap_or_default(),
        q: q.get("q").unwrap_or_default(),
        page: q.get("page").and_then(|p| p.parse().ok()).unwrap_or(1).max(1),
    });
    let current = filter.clone();
    let data = Resource::new(move || filter.clone(), office_inbox);
    view! {
        <Suspense fallback=Loading>
            {move || {
                let current = current.clone();
                Suspend::new(async move {
                match data.await {
                    Ok(inbox) => {
                        let mut shows: Vec<(String, String)> = vec![("all".into(), t("all")), ("closed".into(), t("inbox-closed"))];
                        shows.extend([Status::Open, Status::InProgress, Status::Planned, Status::Done, Status::NotPossible]
                            .iter().map(|s| (s.to_string(), t(&format!("status-{s}")))));
                        let sorts = vec![("newest".to_string(), t("inbox-sort-newest"))];
                        view! {
                            <PageTitle text=t("inbox-title")/>
                            <ul class="counts" aria-label=t("inbox-counts")>
                                {inbox.counts.into_iter().map(|(s, n)| view! {
                                    <li><a href=format!("/office?show={s}")>{format!("{}: {}", t(&format!("status-{s}")), crate::i18n::format::int(n, &crate::viewer::Viewer::current().lang))}</a></li>
                                }).collect_view()}
                            </ul>
                            <form method="get" action="/office" class="filters" role="search">
                                <Select name="show" label=t("inbox-show") options=shows value=current.show.clone() empty=t("inbox-open")/>
                                <Select name="sort" label=t("inbox-sort") options=sorts value=current.sort.clone() empty=t("inbox-sort-deadline")/>
                                <Field name="q" label=t("inbox-search") kind="search" value=current.q.clone()/>
                                <div class="field checkbox">
                                    <input type="checkbox" id="field-overdue" name="overdue" value="1" checked=current.overdue/>
                                    <label for="field-overdue">{t("inbox-overdue-only")}</label>
                                </div>
                                <button type="submit">{t("filter")}</button>
                            </form>
                            {if inbox.concerns.is_empty() {
                                view! { <p>{t("inbox-empty")}</p> }.into_any()
                            } else {
                                view! { <InboxList concerns=inbox.concerns/> }.into_any()
                            }}
                            <p>
                                {(current.page > 1).then(|| view! { <a href=current.link(current.page - 1) rel="prev">{t("inbox-previous")}</a>" " })}
                                {inbox.more.then(|| view! { <a href=current.link(current.page.saturating_add(1)) rel="next">{t("inbox-next")}</a> })}
                            </p>
                        }.into_any()
                    }
                    Err(e) => view! { <ErrorView error=e/> }.into_any(),
                }
            })}}
        </Suspense>
    }
}

#[component]
fn InboxList(concerns: Vec<ConcernView>) -> impl IntoView {
    view! {
        <ul class="concern-list">
            {concerns.into_iter().map(|c| view! {
                <li>
                    <a href=format!("/office/concerns/{}", c.id) lang=c.shown.lang.clone()>{c.title}</a>
                    <span class="detail">" · "{c.district.1}" · "{c.category}" · "{c.reference}
                        {c.deadline.map(|d| view! { " · "{t("concern-deadline")}" "{d} })}</span>
                    " "
                    <span class=format!("status status-{}", c.status)>{t(&format!("status-{}", c.status))}</span>
                    {c.overdue.then(|| view! { " "<span class="tag warning">{t("concern-overdue")}</span> })}
                </li>
            }).collect_view()}
        </ul>
    }
}

#[component]
pub fn OfficeConcernPage() -> impl IntoView {
    let id = use_params_map().with_untracked(|p| p.get("id").and_then(|v| v.parse::<i32>().ok()));
    let data = Resource::new(move || id, |id| async move {
        match id {
            Some(id) => load_office_concern(id).await,
            None => Err(AppError::NotFound.into()),
        }
    });
    view! { <OfficeConcernView data action=id.map(|id| format!("/office/concerns/{id}")).unwrap_or_default()/> }
}

#[component]
pub fn OfficeLinkPage() -> impl IntoView {
    let token = use_params_map().with_untracked(|p| p.get("token")).unwrap_or_default();
    let action = format!("/office/link/{token}");
    let data = Resource::new(move || token.clone(), office_link_concern);
    view! { <OfficeConcernView data action/> }
}

#[component]
fn OfficeConcernView(data: Resource<Result<OfficeConcern, PageError>>, action: String) -> impl IntoView {
    view! {
        <Suspense fallback=Loading>
            {move || {
                let action = action.clone();
                Suspend::new(async move {
                match data.await {
                    Ok(d) => {
                        let closed = d.page.concern.status.is_closed();
                        let statuses: Vec<(String, String)> = Status::OFFICE.iter().map(|s| (s.to_string(), t(&format!("status-{s}")))).collect();
                        let offices: Vec<(String, String)> = d.offices.iter().map(|(id, n)| (id.to_string(), n.clone())).collect();
                        // Office staff write in the language they read Quartier in.
                        let answer_typed = crate::forms::FormState::value("answer").unwrap_or_default();
                        let writing_lang = crate::viewer::Viewer::current().lang;
                        view! {
                            <ErrorSummary/>
                            {d.page.can_translate.then(|| view! {
                                <p><a href=format!("/concerns/{}/translations", d.page.concern.reference)>{t("translations-link")}</a></p>
                            })}
                            <ConcernDetail concern=d.page.concern timeline=d.page.timeline photos=d.page.photos/>
                            <section aria-labelledby="actions-heading" class="office-actions">
                                <h2 id="actions-heading">{t("office-actions")}</h2>
                                {(!closed).then(|| view! {
                                    {(!d.accepted).then(|| view! {
                                        <form method="post" action=action.clone() class="stack">
                                            <CsrfField/>
                                            <input type="hidden" name="action" value="accept"/>
                                            <button type="submit">{t("office-accept")}</button>
                                        </form>
                                    })}
                                    <form method="post" action=action.clone() class="stack">
                                        <CsrfField/>
                                        <input type="hidden" name="action" value="status"/>
                                        <h3>{t("office-answer")}</h3>
                                        <Select name="status" label=t("concern-status") options=statuses.clone()/>
                                        <PlainCheck text=answer_typed.clone() lang=writing_lang.clone()>
                                            <TextArea name="answer" label=t("office-answer-text") hint=t("office-answer-hint") maxlength=5000/>
                                        </PlainCheck>
                                        <div class="actions">
                                            <button type="submit">{t("office-answer-submit")}</button>
                                            <button type="submit" class="secondary" name="check" value="1">{t("plain-check-button")}</button>
                                        </div>
                                    </form>
                                    <form method="post" action=action.clone() class="stack">
                                        <CsrfField/>
                                        <input type="hidden" name="action" value="forward"/>
                                        <h3>{t("office-forward")}</h3>
                                        <Select name="office" label=t("office") options=offices.clone() empty=t("choose")/>
                                        <TextArea name="forward_reason" label=t("office-reason") maxlength=2000/>
                                        <button type="submit" class="secondary">{t("office-forward-submit")}</button>
                                    </form>
                                    <form method="post" action=action.clone() class="stack">
                                        <CsrfField/>
                                        <input type="hidden" name="action" value="hand_back"/>
                                        <h3>{t("office-hand-back")}</h3>
                                        <TextArea name="handback_reason" label=t("office-reason") maxlength=2000/>
                                        <button type="submit" class="secondary">{t("office-hand-back-submit")}</button>
                                    </form>
                                })}
                                <form method="post" action=action.clone() class="stack">
                                    <CsrfField/>
                                    <input type="hidden" name="action" value="note"/>
                                    <h3>{t("office-note")}</h3>
                                    <TextArea name="note" label=t("office-note-text") hint=t("office-note-hint") maxlength=5000/>
                                    <button type="submit" class="secondary">{t("office-note-submit")}</button>
                                </form>
                            </section>
                        }.into_any()
                    }
                    Err(e) => view! { <ErrorView error=e/> }.into_any(),
                }
            })}}
        </Suspense>
    }
}

#[cfg(feature = "ssr")]
pub mod handlers {
    use crate::web::parts::{Db, MailWakeup, SharedSettings};
    use domain::concerns::office::{act, check_actor, office_link_actor, OfficeAction, OfficeActor};
    use crate::error::AppError;
    use crate::web::{see_other, Submitted};
    use axum::extract::{Path, State};
    use axum::response::Response;

    pub fn routes() -> crate::web::Routes {
        crate::web::Routes::new().post("/office/concerns/{id}", staff_action).post("/office/link/{token}", link_action)
    }

    /// "Check text" sends the answer form to see the plain-language hints
    /// for what was typed, without acting on the concern.
    async fn checked_again(f: &Submitted) -> Response {
        let values = f.values();
        f.render(crate::forms::FormState { values, errors: Vec::new() }, axum::http::StatusCode::OK).await
    }

    fn parse(f: &Submitted) -> Result<OfficeAction, AppError> {
        OfficeAction::parse(f.get("action"), |name| f.get(name).to_string()).map_err(AppError::Invalid)
    }

    async fn staff_action(State(db): State<Db>, State(settings): State<SharedSettings>, State(mail_wakeup): State<MailWakeup>, Path(id): Path<i32>, form: Submitted) -> Response {
        form.respond(|f| async move {
            let viewer = f.viewer();
            let offices = crate::access::require_staff(&viewer)?;
            let actor = OfficeActor::Staff { account_id: viewer.user.map(|u| u.id).unwrap_or_default(), offices };
            check_actor(&db, &actor, id).await?;
            if f.get("check") == "1" {
                return Ok(checked_again(&f).await);
            }
            let action = parse(&f)?;
            // Handed back or forwarded, the concern leaves this office: back
            // to the inbox, where the notice says what happened.
            let leaves = match &action {
                OfficeAction::HandBack { .. } => Some("handed-back"),
                OfficeAction::Forward { .. } => Some("forwarded"),
                _ => None,
            };
            act(&db, &settings, &actor, id, action, &viewer.lang).await?;
            mail_wakeup.notify_one();
            Ok(see_other(&match leaves {
                Some(notice) => format!("/office?notice={notice}"),
                None => format!("/office/concerns/{id}?notice=saved"),
            }))
        })
        .await
    }

    async fn link_action(State(db): State<Db>, State(settings): State<SharedSettings>, State(mail_wakeup): State<MailWakeup>, Path(token): Path<String>, form: Submitted) -> Response {
        form.respond(|f| async move {
            let (actor, concern) = office_link_actor(&db, &token).await.map_err(AppError::in_form)?;
            if f.get("check") == "1" {
                return Ok(checked_again(&f).await);
            }
            let action = parse(&f)?;
            let (reference, closed) = act(&db, &settings, &actor, concern.id, action, &f.viewer().lang).await?;
            mail_wakeup.notify_one();
            // A closed concern ends the link's use: show the public page instead.
            Ok(see_other(&if closed { format!("/concerns/{reference}?notice=saved") } else { format!("/office/link/{token}?notice=saved") }))
        })
        .await
    }
}
