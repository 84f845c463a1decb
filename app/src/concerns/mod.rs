//! Concerns: residents report them, rules route them to the responsible
//! office, offices answer in the open. Public list and concern pages live
//! here; the office side is in `inbox`.
#[cfg(feature = "ssr")]
pub mod entity;
#[cfg(feature = "ssr")]
pub mod handlers;
#[cfg(feature = "ssr")]
pub mod deadlines;
#[cfg(feature = "ssr")]
pub mod participation;
#[cfg(feature = "ssr")]
pub mod service;
pub mod status;

use crate::error::AppError;
use crate::forms::{CsrfField, ErrorSummary, Field, FormState, Select, TextArea};
use crate::i18n::{t, t_args};
use crate::layout::PageTitle;
use crate::pages::{ErrorView, Loading};
use crate::viewer::Viewer;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};
use serde::{Deserialize, Serialize};

/// A concern as the public (or its office) sees it.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct ConcernView {
    pub id: i32,
    pub reference: String,
    pub title: String,
    pub description: String,
    pub status: String,
    pub district: (i32, String),
    pub category: String,
    pub office: Option<String>,
    pub deadline: Option<String>,
    pub overdue: bool,
    pub address: Option<String>,
    pub point: Option<(f64, f64)>,
    pub supports: i32,
    pub created: String,
    /// The reporter's chosen name or a neutral label; never an email address.
    pub author: Option<String>,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct EventView {
    pub kind: String,
    pub public: bool,
    pub status: Option<String>,
    pub office: Option<String>,
    pub body: Option<String>,
    pub at: String,
}

/// Filters of the public list.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ListFilter {
    pub district: Option<i32>,
    pub category: Option<i32>,
    pub status: Option<String>,
    pub q: Option<String>,
    /// Concerns with an id below this (keyset paging: page 500 costs what page 1 costs).
    pub before: Option<i32>,
}

/// Choices for the report form and the list filters: (id, name) pairs.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Choices {
    pub categories: Vec<(i32, String)>,
    pub districts: Vec<(i32, String)>,
    /// A fresh key that makes a double submit of the report form harmless.
    pub submission_key: String,
}

#[server(endpoint = "concerns/choices", input = server_fn::codec::GetUrl)]
pub async fn report_choices() -> Result<Choices, ServerFnError> {
    let state = crate::state::app_state()?;
    let lang = Viewer::current().lang;
    let reference = crate::reference::get(&state).await?;
    let categories = reference.category_names(&lang);
    let districts = reference.districts.iter().map(|d| (d.id, d.name.clone())).collect();
    Ok(Choices { categories, districts, submission_key: crate::accounts::tokens::random_token() })
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ConcernPageData {
    pub concern: ConcernView,
    pub timeline: Vec<EventView>,
    /// (author, date, text) of the visible comments.
    pub comments: Vec<(String, String, String)>,
    /// For a signed-in reader: (supports it, follows it).
    pub mine: Option<(bool, bool)>,
}

#[server(endpoint = "concerns/one", input = server_fn::codec::GetUrl)]
pub async fn concern_page(reference: String) -> Result<ConcernPageData, ServerFnError> {
    let state = crate::state::app_state()?;
    let lang = Viewer::current().lang;
    let c = service::by_reference(&state.db, &reference).await?;
    let timeline = views::events(&state, service::timeline(&state.db, c.id, false).await?).await?;
    let comments = participation::comments(&state.db, c.id).await?;
    let mine = match Viewer::current().user {
        Some(u) => Some(participation::my_participation(&state.db, c.id, u.id).await?),
        None => None,
    };
    Ok(ConcernPageData { concern: views::concern(&state, &lang, c).await?, timeline, comments, mine })
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ConcernList {
    pub concerns: Vec<ConcernView>,
    pub older: Option<i32>,
    pub choices: Choices,
}

#[server(endpoint = "concerns/list", input = server_fn::codec::GetUrl)]
pub async fn list_concerns(filter: ListFilter) -> Result<ConcernList, ServerFnError> {
    let state = crate::state::app_state()?;
    let lang = Viewer::current().lang;
    let mut found = service::public_list(&state.db, &filter).await?;
    let older = (found.len() as u64 > service::PAGE_SIZE).then(|| {
        found.truncate(service::PAGE_SIZE as usize);
        found.last().map(|c| c.id)
    }).flatten();
    Ok(ConcernList { concerns: views::concerns(&state, &lang, found).await?, older, choices: report_choices().await? })
}

/// Server-side building of the views (names in the reader's language).
#[cfg(feature = "ssr")]
pub mod views {
    use super::entity::{concern, concern_event};
    use super::{ConcernView, EventView};
    use crate::error::AppResult;
    use crate::state::AppState;
    use std::collections::HashMap;

    fn office_names(reference: &crate::reference::Reference) -> HashMap<i32, String> {
        reference.offices.iter().map(|o| (o.id, format!("{} {}", o.code, o.name))).collect()
    }

    pub async fn concerns(state: &AppState, lang: &str, list: Vec<concern::Model>) -> AppResult<Vec<ConcernView>> {
        let reference = crate::reference::get(state).await?;
        let categories: HashMap<i32, String> = reference.category_names(lang).into_iter().collect();
        let districts: HashMap<i32, String> = reference.districts.iter().map(|d| (d.id, d.name.clone())).collect();
        let offices = office_names(&reference);
        let today = time::OffsetDateTime::now_utc().date();
        Ok(list
            .into_iter()
            .map(|c| ConcernView {
                overdue: c.deadline.is_some_and(|d| d < today) && !super::status::is_closed(&c.status) && c.office_id.is_some(),
                deadline: c.deadline.map(|d| d.to_string()),
                office: c.office_id.and_then(|o| offices.get(&o).cloned()),
                district: (c.district_id, districts.get(&c.district_id).cloned().unwrap_or_default()),
                category: categories.get(&c.category_id).cloned().unwrap_or_default(),
                reference: c.reference.unwrap_or_default(),
                point: c.latitude.zip(c.longitude),
                created: c.created_at.date().to_string(),
                author: c.author_name,
                id: c.id,
                title: c.title,
                description: c.description,
                status: c.status,
                address: c.address,
                supports: c.supports,
            })
            .collect())
    }

    pub async fn concern(state: &AppState, lang: &str, c: concern::Model) -> AppResult<ConcernView> {
        Ok(concerns(state, lang, vec![c]).await?.remove(0))
    }

    pub async fn events(state: &AppState, list: Vec<concern_event::Model>) -> AppResult<Vec<EventView>> {
        let offices = office_names(&*crate::reference::get(state).await?);
        Ok(list
            .into_iter()
            .map(|e| EventView {
                office: e.office_id.and_then(|o| offices.get(&o).cloned()),
                at: e.created_at.date().to_string(),
                kind: e.kind,
                public: e.public,
                status: e.status,
                body: e.body,
            })
            .collect())
    }
}

fn options(list: &[(i32, String)]) -> Vec<(String, String)> {
    list.iter().map(|(id, name)| (id.to_string(), name.clone())).collect()
}

#[component]
pub fn ReportPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| report_choices());
    let signed_in = Viewer::current().user.is_some();
    view! {
        <PageTitle text=t("report-title")/>
        <p class="lead">{t("report-intro")}</p>
        <ErrorSummary/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(c) => {
                        let key = FormState::current().and_then(|s| s.values.get("submission_key").cloned()).unwrap_or(c.submission_key);
                        view! {
                            <form method="post" action="/report" class="stack" novalidate>
                                <CsrfField/>
                                <input type="hidden" name="submission_key" value=key/>
                                <Field name="title" label=t("concern-title") hint=t("concern-title-hint") required=true maxlength=200/>
                                <TextArea name="description" label=t("concern-description") hint=t("concern-description-hint") maxlength=5000/>
                                <Select name="category" label=t("category") options=options(&c.categories) empty=t("choose")/>
                                <Select name="district" label=t("concern-district") options=options(&c.districts) empty=t("choose")/>
                                <Field name="address" label=t("concern-address") hint=t("concern-address-hint") maxlength=200/>
                                <fieldset>
                                    <legend>{t("concern-point")}</legend>
                                    <p class="hint">{t("concern-point-hint")}</p>
                                    <Field name="latitude" label=t("concern-latitude") kind="text"/>
                                    <Field name="longitude" label=t("concern-longitude") kind="text"/>
                                </fieldset>
                                {(!signed_in).then(|| view! {
                                    <fieldset>
                                        <legend>{t("concern-contact")}</legend>
                                        <p class="hint">{t("concern-contact-hint")}</p>
                                        <Field name="email" label=t("field-email") kind="email" autocomplete="email" required=true maxlength=254/>
                                        <Field name="name" label=t("concern-name") hint=t("concern-name-hint") autocomplete="nickname" maxlength=80/>
                                    </fieldset>
                                })}
                                <button type="submit">{t("report-submit")}</button>
                            </form>
                        }.into_any()
                    }
                    Err(e) => view! { <ErrorView error=e/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// After sending: the reference number, and what happens next.
#[component]
pub fn ReportSentPage() -> impl IntoView {
    let q = use_query_map();
    let reference = q.with_untracked(|q| q.get("reference")).unwrap_or_default();
    let published = q.with_untracked(|q| q.get("published")).as_deref() == Some("1");
    view! {
        <PageTitle text=t("report-sent-title")/>
        <p class="notice" role="status">{t_args("report-sent-reference", &[("reference".into(), reference.clone())])}</p>
        {if published {
            view! { <p><a href=format!("/concerns/{reference}")>{t("report-sent-view")}</a></p> }.into_any()
        } else {
            view! { <p>{t("report-sent-confirm")}</p> }.into_any()
        }}
    }
}

fn status_label(s: &str) -> String {
    t(&format!("status-{s}"))
}

#[component]
pub fn ConcernsPage() -> impl IntoView {
    let query = use_query_map();
    let filter = query.with_untracked(|q| service_filter(q));
    let current = filter.clone();
    let data = Resource::new(move || filter.clone(), list_concerns);
    view! {
        <PageTitle text=t("concerns-title")/>
        <p class="actions"><a class="button" href="/report">{t("report-title")}</a></p>
        <Suspense fallback=Loading>
            {move || {
                let current = current.clone();
                Suspend::new(async move {
                match data.await {
                    Ok(list) => {
                        let statuses = status::PUBLIC_STATUSES.iter().map(|s| (s.to_string(), status_label(s))).collect();
                        let older_link = list.older.map(|before| {
                            let mut f = current.clone();
                            f.before = Some(before);
                            format!("/concerns?{}", filter_query(&f))
                        });
                        view! {
                            <form method="get" action="/concerns" class="filters" role="search">
                                <Select name="district" label=t("concern-district") options=options(&list.choices.districts) value=current.district.map(|d| d.to_string()).unwrap_or_default() empty=t("all")/>
                                <Select name="category" label=t("category") options=options(&list.choices.categories) value=current.category.map(|d| d.to_string()).unwrap_or_default() empty=t("all")/>
                                <Select name="status" label=t("concern-status") options=statuses value=current.status.clone().unwrap_or_default() empty=t("all")/>
                                <Field name="q" label=t("concern-search") kind="search" value=current.q.clone().unwrap_or_default()/>
                                <button type="submit">{t("filter")}</button>
                            </form>
                            {if list.concerns.is_empty() {
                                view! { <p>{t("concerns-none")}</p> }.into_any()
                            } else {
                                view! { <ConcernCards concerns=list.concerns/> }.into_any()
                            }}
                            {older_link.map(|href| view! { <p><a href=href rel="next">{t("concerns-older")}</a></p> })}
                        }.into_any()
                    }
                    Err(e) => view! { <ErrorView error=e/> }.into_any(),
                }
            })}}
        </Suspense>
    }
}

fn service_filter(q: &leptos_router::params::ParamsMap) -> ListFilter {
    ListFilter {
        district: q.get("district").and_then(|v| v.parse().ok()),
        category: q.get("category").and_then(|v| v.parse().ok()),
        status: q.get("status").filter(|s| !s.is_empty()),
        q: q.get("q").filter(|s| !s.trim().is_empty()),
        before: q.get("before").and_then(|v| v.parse().ok()),
    }
}

fn filter_query(f: &ListFilter) -> String {
    let mut parts = Vec::new();
    if let Some(d) = f.district {
        parts.push(format!("district={d}"));
    }
    if let Some(c) = f.category {
        parts.push(format!("category={c}"));
    }
    if let Some(s) = &f.status {
        parts.push(format!("status={s}"));
    }
    if let Some(q) = &f.q {
        parts.push(format!("q={}", q.replace('&', "%26").replace(' ', "+")));
    }
    if let Some(b) = f.before {
        parts.push(format!("before={b}"));
    }
    parts.join("&")
}

#[component]
pub fn ConcernCards(concerns: Vec<ConcernView>) -> impl IntoView {
    view! {
        <ul class="concern-list">
            {concerns.into_iter().map(|c| view! {
                <li>
                    <a href=format!("/concerns/{}", c.reference)>{c.title}</a>
                    <span class="detail">" · "{c.district.1}" · "{c.category}" · "{c.reference}</span>
                    <span class=format!("status status-{}", c.status)>{status_label(&c.status)}</span>
                    {c.overdue.then(|| view! { " "<span class="tag warning">{t("concern-overdue")}</span> })}
                </li>
            }).collect_view()}
        </ul>
    }
}

#[component]
pub fn ConcernPage() -> impl IntoView {
    let reference = use_params_map().with_untracked(|p| p.get("reference")).unwrap_or_default();
    let data = Resource::new(move || reference.clone(), |r| async move {
        if r.is_empty() { Err(AppError::NotFound.into()) } else { concern_page(r).await }
    });
    view! {
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(d) => {
                        let reference = d.concern.reference.clone();
                        let supports = d.concern.supports;
                        view! {
                            <ErrorSummary/>
                            <ConcernDetail concern=d.concern timeline=d.timeline/>
                            <Participation reference supports comments=d.comments mine=d.mine/>
                        }.into_any()
                    }
                    Err(e) => view! { <ErrorView error=e/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// "Affects me too", following and comments under a concern.
#[component]
fn Participation(reference: String, supports: i32, comments: Vec<(String, String, String)>, mine: Option<(bool, bool)>) -> impl IntoView {
    let base = format!("/concerns/{reference}");
    view! {
        <section aria-labelledby="participation-heading">
            <h2 id="participation-heading">{t("participation-title")}</h2>
            <p>{t_args("concern-supports", &[("count".into(), supports.to_string())])}</p>
            {match mine {
                Some((supported, following)) => view! {
                    <div class="actions">
                        {if supported {
                            view! { <p class="notice">{t("concern-you-support")}</p> }.into_any()
                        } else {
                            view! {
                                <form method="post" action=format!("{base}/support")>
                                    <CsrfField/>
                                    <button type="submit">{t("concern-support")}</button>
                                </form>
                            }.into_any()
                        }}
                        <form method="post" action=format!("{base}/follow")>
                            <CsrfField/>
                            <input type="hidden" name="follow" value=if following { "off" } else { "on" }/>
                            <button type="submit" class="secondary">{if following { t("concern-unfollow") } else { t("concern-follow") }}</button>
                        </form>
                    </div>
                }.into_any(),
                None => view! { <p><a href="/login">{t("login")}</a>" "{t("participation-login")}</p> }.into_any(),
            }}
            <h3>{t("comments-title")}</h3>
            {if comments.is_empty() {
                view! { <p>{t("comments-none")}</p> }.into_any()
            } else {
                view! {
                    <ul class="comments">
                        {comments.into_iter().map(|(author, at, body)| view! {
                            <li><p class="detail">{author}" · "{at}</p><p>{body}</p></li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            {mine.is_some().then(|| view! {
                <form method="post" action=format!("{base}/comment") class="stack">
                    <CsrfField/>
                    <TextArea name="comment" label=t("comment-label") hint=t("comment-hint") maxlength=2000/>
                    <button type="submit">{t("comment-submit")}</button>
                </form>
            })}
        </section>
    }
}

#[component]
pub fn ConcernDetail(concern: ConcernView, timeline: Vec<EventView>) -> impl IntoView {
    let c = concern;
    view! {
        <PageTitle text=c.title.clone()/>
        <p>
            <span class=format!("status status-{}", c.status)>{status_label(&c.status)}</span>
            {c.overdue.then(|| view! { " "<span class="tag warning">{t("concern-overdue")}</span> })}
        </p>
        <dl class="facts">
            <dt>{t("concern-reference")}</dt><dd>{c.reference.clone()}</dd>
            <dt>{t("concern-district")}</dt><dd><a href=format!("/districts/{}", c.district.0)>{c.district.1.clone()}</a></dd>
            <dt>{t("category")}</dt><dd>{c.category.clone()}</dd>
            {c.office.clone().map(|o| view! { <dt>{t("office")}</dt><dd>{o}</dd> })}
            {c.deadline.clone().map(|d| view! { <dt>{t("concern-deadline")}</dt><dd>{d}</dd> })}
            {c.address.clone().map(|a| view! { <dt>{t("concern-address")}</dt><dd>{a}</dd> })}
            {c.point.map(|(lat, lon)| view! { <dt>{t("concern-point")}</dt><dd>{format!("{lat:.5}, {lon:.5}")}</dd> })}
            <dt>{t("concern-reported")}</dt><dd>{c.created.clone()}" · "{c.author.clone().unwrap_or_else(|| t("concern-resident"))}</dd>
        </dl>
        <p class="description">{c.description.clone()}</p>
        <section aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">{t("concern-timeline")}</h2>
            <ol class="timeline">
                {timeline.into_iter().map(|e| {
                    let label = t_args(&format!("event-{}", e.kind), &[
                        ("office".into(), e.office.clone().unwrap_or_default()),
                        ("status".into(), e.status.as_deref().map(status_label).unwrap_or_default()),
                    ]);
                    view! {
                        <li class:internal=!e.public>
                            <span class="when">{e.at}</span>" "{label}
                            {(!e.public).then(|| view! { " "<span class="tag">{t("event-internal")}</span> })}
                            {e.body.map(|b| view! { <blockquote>{b}</blockquote> })}
                        </li>
                    }
                }).collect_view()}
            </ol>
        </section>
    }
}
