//! Concerns: residents report them, rules route them to the responsible
//! office, offices answer in the open. Public list and concern pages live
//! here; the office side is in `inbox`.
#[cfg(feature = "ssr")]
use crate::web::parts::{Db, ReferenceCache, part};
#[cfg(feature = "ssr")]
pub mod handlers;

use crate::error::PageError;
use crate::error::AppError;
use crate::forms::{CsrfField, ErrorSummary, Field, FileField, FormState, Select, TextArea, TextAreaInput};
use crate::i18n::{t, t_args};
use crate::layout::PageTitle;
use crate::pages::{ErrorView, Loading};
use crate::translations::LanguageNote;
use domain::concerns::status::Status;
use crate::viewer::Viewer;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};
use serde::{Deserialize, Serialize};
pub use domain::concerns::{CommentView, ListFilter};
pub use domain::concerns::{ConcernView, EventView};

/// Choices for the report form and the list filters: (id, name) pairs.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Choices {
    pub categories: Vec<(i32, String)>,
    pub districts: Vec<(i32, String)>,
    /// A fresh key that makes a double submit of the report form harmless.
    pub submission_key: String,
    /// The report form's map.
    pub map: crate::places::MapSetup,
}

#[server(endpoint = "concerns/choices", input = server_fn::codec::GetUrl)]
pub async fn report_choices() -> Result<Choices, PageError> {
    let db: Db = part()?; let reference_data: ReferenceCache = part()?;
    let lang = Viewer::current().lang;
    let reference = reference_data.get(&db).await?;
    let categories = reference.category_names(&lang);
    let districts = reference.districts.iter().map(|d| (d.id, d.name.clone())).collect();
    let settings: crate::web::parts::SharedSettings = part()?;
    let map = crate::places::setup(&settings, &reference);
    Ok(Choices { categories, districts, submission_key: domain::tokens::random_token(), map })
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ConcernPageData {
    pub concern: ConcernView,
    pub timeline: Vec<EventView>,
    pub comments: Vec<CommentView>,
    /// File keys of the photos.
    pub photos: Vec<String>,
    /// For a signed-in reader: (supports it, follows it).
    pub mine: Option<(bool, bool)>,
    /// The reader moderates a forum covering the concern's district.
    pub can_moderate: bool,
    /// The reader may merge this concern into another (moderator or its office).
    pub can_merge: bool,
    /// Similar concerns to merge into: (reference, title, status).
    pub merge_candidates: Vec<(String, String, Status)>,
    /// The reader may translate the concern's texts.
    pub can_translate: bool,
}

#[server(endpoint = "concerns/one", input = server_fn::codec::GetUrl)]
pub async fn concern_page(reference: String) -> Result<ConcernPageData, PageError> {
    let db: Db = part()?; let reference_data: ReferenceCache = part()?;
    let viewer = Viewer::current();
    let c = domain::concerns::service::by_reference(&db, &reference).await?;
    let (can_moderate, can_merge) = match &viewer.user {
        Some(u) => {
            let merger = domain::concerns::duplicates::Merger { account_id: u.id, moderates: u.moderates.clone(), staff_of: u.staff_of.clone() };
            let can_moderate = domain::access::covers(&db, &u.moderates, c.district_id).await?;
            // A covering moderator may merge; otherwise ask whether the office may.
            let can_merge = c.status != Status::Duplicate && (can_moderate || merger.may_merge(&db, &c).await?.is_some());
            (can_moderate, can_merge)
        }
        None => (false, false),
    };
    let mine = match &viewer.user {
        Some(u) => Some(domain::concerns::participation::my_participation(&db, domain::vocabulary::ids::ConcernId(c.id), domain::vocabulary::ids::AccountId(u.id)).await?),
        None => None,
    };
    let duplicate_of = match c.duplicate_of {
        Some(id) => <domain::concerns::entity::concern::Entity as sea_orm::EntityTrait>::find_by_id(id).one(&db).await.map_err(crate::error::AppError::from)?.and_then(|d| d.reference),
        None => None,
    };
    let events = domain::concerns::service::timeline(&db, c.id, false).await?;
    let comments = domain::concerns::participation::comments(&db, c.id).await?;
    // Texts in the reader's own language need no translation: read them
    // only when something on the page is in another language.
    let languages = std::iter::once(c.language.as_str()).chain(events.iter().map(|e| e.language.as_str())).chain(comments.languages());
    let translations = if languages.into_iter().any(|l| l != viewer.lang) {
        domain::translations::service::of_concern(&db, c.id, &viewer.lang).await?
    } else {
        Default::default()
    };
    let timeline = views::events(&db, &reference_data, &viewer.lang, events, &translations).await?;
    let mut comments = comments.views(&viewer.lang, &translations);
    let can_translate = match &viewer.user {
        Some(u) => domain::translations::service::may_translate(&db, u, &c).await?,
        None => false,
    };
    let merge_candidates = if can_merge {
        domain::concerns::duplicates::similar(&db, domain::vocabulary::ids::DistrictId(c.district_id), domain::vocabulary::ids::CategoryId(c.category_id), &c.title, &c.description, c.latitude.zip(c.longitude))
            .await?
            .into_iter()
            .filter(|o| o.id != c.id && o.status != Status::Duplicate)
            .filter_map(|o| o.reference.clone().map(|r| (r, o.title.clone(), o.status)))
            .take(5)
            .collect()
    } else {
        Vec::new()
    };
    let mut photos = domain::concerns::photos::of_concern(&db, c.id).await?.into_iter().map(|p| p.0).collect();
    let mut concern = views::concern(&db, &reference_data, &viewer.lang, c).await?;
    concern.duplicate_of = duplicate_of;
    if !can_moderate {
        if concern.hidden {
            concern.title.clear();
            concern.description.clear();
            concern.address = None;
            concern.point = None;
            photos = Vec::new();
            comments.clear();
        }
        for comment in comments.iter_mut().filter(|c| c.hidden) {
            comment.body = None;
        }
    }
    Ok(ConcernPageData { concern, timeline, comments, photos, mine, can_moderate, can_merge, merge_candidates, can_translate })
}

/// Open concerns like the one being reported (same district and category);
/// without a chosen district, the marked spot's.
#[server(endpoint = "concerns/similar", input = server_fn::codec::GetUrl)]
pub async fn similar_concerns(district: Option<i32>, category: i32, title: String, description: String, point: Option<(f64, f64)>) -> Result<Vec<ConcernView>, PageError> {
    let db: Db = part()?; let reference_data: ReferenceCache = part()?;
    let lang = Viewer::current().lang;
    let located = match point {
        Some(p) => match reference_data.get(&db).await?.areas.locate(p.into()) {
            domain::places::areas::Located::In(d) => Some(d.0),
            _ => None,
        },
        None => None,
    };
    let Some(district) = district.or(located) else { return Ok(Vec::new()) };
    let found = domain::concerns::duplicates::similar(&db, domain::vocabulary::ids::DistrictId(district), domain::vocabulary::ids::CategoryId(category), &title, &description, point).await?;
    Ok(views::concerns(&db, &reference_data, &lang, found).await?)
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ConcernList {
    pub concerns: Vec<ConcernView>,
    pub older: Option<i32>,
    pub choices: Choices,
}

#[server(endpoint = "concerns/list", input = server_fn::codec::GetUrl)]
pub async fn list_concerns(filter: ListFilter) -> Result<ConcernList, PageError> {
    let db: Db = part()?; let reference_data: ReferenceCache = part()?;
    let lang = Viewer::current().lang;
    // A reference number goes straight to its concern.
    if let Some(reference) = filter.q.as_deref().and_then(domain::concerns::service::as_reference) {
        if domain::concerns::service::by_reference(&db, &reference).await.is_ok() {
            leptos_axum::redirect(&format!("/concerns/{reference}"));
            return Ok(ConcernList { concerns: Vec::new(), older: None, choices: report_choices().await? });
        }
    }
    let mut found = domain::concerns::service::public_list(&db, &filter).await?;
    let older = (found.len() as u64 > domain::concerns::service::PAGE_SIZE).then(|| {
        found.truncate(domain::concerns::service::PAGE_SIZE as usize);
        found.last().map(|c| c.id)
    }).flatten();
    Ok(ConcernList { concerns: views::concerns(&db, &reference_data, &lang, found).await?, older, choices: report_choices().await? })
}

/// Server-side building of the views (names in the reader's language).
#[cfg(feature = "ssr")]
pub mod views {
    use crate::web::parts::{Db, ReferenceCache};
    use domain::concerns::entity::{concern, concern_event};
    use super::{ConcernView, EventView};
    use crate::error::AppResult;
    use domain::translations::entity::content_translation;
    use domain::translations::service::{shown, Item, ItemKind};
    use std::collections::HashMap;

    fn office_names(reference: &domain::reference::Reference) -> HashMap<i32, String> {
        reference.offices.iter().map(|o| (o.id, format!("{} {}", o.code, o.name))).collect()
    }

    pub async fn concerns(db: &Db, reference_data: &ReferenceCache, lang: &str, list: Vec<concern::Model>) -> AppResult<Vec<ConcernView>> {
        let reference = reference_data.get(db).await?;
        let categories: HashMap<i32, String> = reference.category_names(lang).into_iter().collect();
        let districts: HashMap<i32, String> = reference.districts.iter().map(|d| (d.id, d.name.clone())).collect();
        let offices = office_names(&reference);
        let today = time::OffsetDateTime::now_utc().date();
        // Only concerns written in another language need a translation.
        let foreign: Vec<i32> = list.iter().filter(|c| c.language != lang).map(|c| c.id).collect();
        let translations = domain::translations::service::concern_titles(db, &foreign, lang).await?;
        Ok(list
            .into_iter()
            .map(|mut c| {
                let translation = translations.get(&c.id);
                if let Some(t) = translation.filter(|_| c.language != lang) {
                    c.title = t.title.clone().unwrap_or_else(|| c.title.clone());
                    c.description = t.body.clone();
                }
                (shown(&c.language, lang, translation), c)
            })
            .map(|(shown, c)| ConcernView {
                shown,
                overdue: c.deadline.is_some_and(|d| d < today) && !c.status.is_closed() && c.office_id.is_some(),
                deadline: c.deadline.map(|d| crate::i18n::format::day(d, lang)),
                office: c.office_id.and_then(|o| offices.get(&o).cloned()),
                district: (c.district_id, districts.get(&c.district_id).cloned().unwrap_or_default()),
                category: categories.get(&c.category_id).cloned().unwrap_or_default(),
                reference: c.reference.unwrap_or_default(),
                point: c.latitude.zip(c.longitude),
                created: crate::i18n::format::day(c.created_at.date(), lang),
                // Without an account: the name typed in the form, if any.
                author: c.author_name.map_or(domain::accounts::PublicName::Resident, domain::accounts::PublicName::Name),
                id: c.id,
                title: c.title,
                description: c.description,
                status: c.status,
                address: c.address,
                supports: c.supports,
                hidden: c.hidden,
                hidden_reason: c.hidden_reason,
                duplicate_of: None,
            })
            .collect())
    }

    pub async fn concern(db: &Db, reference_data: &ReferenceCache, lang: &str, c: concern::Model) -> AppResult<ConcernView> {
        let author_id = c.author_id;
        let mut view = concerns(db, reference_data, lang, vec![c]).await?.remove(0);
        // A reporter with an account is named by the account's choice.
        if let Some(id) = author_id {
            let a = <domain::accounts::entity::account::Entity as sea_orm::EntityTrait>::find_by_id(id).one(db).await?;
            view.author = a.map_or(domain::accounts::PublicName::FormerResident, |a| domain::accounts::public_name(&a.display_name, a.show_name, a.deleted_at.is_some()));
        }
        Ok(view)
    }

    /// Timeline entries for a reader of `lang`; public texts in the reader's
    /// language where a translation exists.
    pub async fn events(db: &Db, reference_data: &ReferenceCache, lang: &str, list: Vec<concern_event::Model>, translations: &HashMap<Item, content_translation::Model>) -> AppResult<Vec<EventView>> {
        let offices = office_names(&*reference_data.get(db).await?);
        Ok(list
            .into_iter()
            .map(|e| {
                let translation = e.public.then(|| translations.get(&Item { kind: ItemKind::Event, id: e.id })).flatten();
                let shown = shown(&e.language, lang, translation);
                let body = match translation {
                    Some(t) if e.language != lang => Some(t.body.clone()),
                    _ => e.body,
                };
                EventView {
                    id: e.id,
                    office: e.office_id.and_then(|o| offices.get(&o).cloned()),
                    at: crate::i18n::format::day(e.created_at.date(), lang),
                    kind: e.kind,
                    public: e.public,
                    status: e.status,
                    body,
                    shown,
                }
            })
            .collect())
    }
}

fn options(list: &[(i32, String)]) -> Vec<(String, String)> {
    list.iter().map(|(id, name)| (id.to_string(), name.clone())).collect()
}

/// What the "look for similar concerns" button sent (a GET of the form):
/// district, category, title, description and point, if usable.
#[derive(Clone, Debug, PartialEq)]
struct SimilarQuery {
    district: Option<i32>,
    category: i32,
    title: String,
    description: String,
    point: Option<(f64, f64)>,
}

fn similar_query(q: &leptos_router::params::ParamsMap) -> Option<SimilarQuery> {
    q.get("check")?;
    let number = |name: &str| q.get(name).and_then(|v| v.trim().replace(',', ".").parse::<f64>().ok());
    let district = q.get("district").and_then(|d| d.parse().ok());
    let point = number("latitude").zip(number("longitude"));
    if district.is_none() && point.is_none() {
        return None;
    }
    Some(SimilarQuery {
        district,
        category: q.get("category")?.parse().ok()?,
        title: q.get("title").unwrap_or_default(),
        description: q.get("description").unwrap_or_default(),
        point,
    })
}

#[component]
pub fn ReportPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| report_choices());
    let signed_in = Viewer::current().user.is_some();
    let query = use_query_map();
    let checking = query.with_untracked(similar_query);
    let asked = query.with_untracked(|q| q.get("check").is_some());
    // The check is a GET of the same form: its fields come back filled in.
    if asked && FormState::current().is_none() {
        let values = query.with_untracked(|q| {
            ["title", "description", "category", "district", "address", "latitude", "longitude", "email", "name", "submission_key"]
                .into_iter()
                .filter_map(|k| q.get(k).map(|v| (k.to_string(), v)))
                .collect()
        });
        provide_context(FormState { values, errors: Vec::new() });
    }
    let similar = Resource::new(move || checking.clone(), |check| async move {
        match check {
            Some(q) => similar_concerns(q.district, q.category, q.title, q.description, q.point).await.map(Some),
            None => Ok(None),
        }
    });
    view! {
        <PageTitle text=t("report-title")/>
        <p class="lead">{t("report-intro")}</p>
        <ErrorSummary/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                let similar = similar.await.ok().flatten();
                match data.await {
                    Ok(c) => {
                        let key = FormState::current().and_then(|s| s.values.get("submission_key").cloned()).filter(|k| !k.is_empty()).unwrap_or(c.submission_key);
                        view! {
                            {asked.then(|| view! { <SimilarConcerns found=similar.clone()/> })}
                            <form method="post" action="/report" enctype="multipart/form-data" class="stack" novalidate>
                                <CsrfField/>
                                <input type="hidden" name="submission_key" value=key/>
                                <Field name="title" label=t("concern-title") hint=t("concern-title-hint") required=true maxlength=200/>
                                <TextArea name="description" label=t("concern-description") hint=t("concern-description-hint") maxlength=5000/>
                                <Select name="category" label=t("category") options=options(&c.categories) empty=t("choose")/>
                                <fieldset>
                                    <legend>{t("concern-where")}</legend>
                                    <p class="hint">{t("concern-where-hint")}</p>
                                    <Select name="district" label=t("concern-district") options=options(&c.districts) empty=t("choose")/>
                                    <crate::places::MapPicker setup=c.map.clone()/>
                                    <Field name="address" label=t("concern-address") hint=t("concern-address-hint") maxlength=200/>
                                    <Field name="latitude" label=t("concern-latitude") kind="text" hint=t("concern-point-hint")/>
                                    <Field name="longitude" label=t("concern-longitude") kind="text"/>
                                </fieldset>
                                <FileField name="photos" label=t("concern-photos") hint=t("concern-photos-hint") accept="image/jpeg,image/png,image/webp" multiple=true/>
                                {(!signed_in).then(|| view! {
                                    <fieldset>
                                        <legend>{t("concern-contact")}</legend>
                                        <p class="hint">{t("concern-contact-hint")}</p>
                                        <Field name="email" label=t("field-email") kind="email" autocomplete="email" required=true maxlength=254/>
                                        <Field name="name" label=t("concern-name") hint=t("concern-name-hint") autocomplete="nickname" maxlength=80/>
                                    </fieldset>
                                })}
                                // The send button comes first: Enter in a field sends the report.
                                <p class="hint" id="similar-hint">{t("similar-hint")}</p>
                                <div class="actions">
                                    <button type="submit">{t("report-submit")}</button>
                                    <button type="submit" class="secondary" formmethod="get" formaction="/report" formnovalidate name="check" value="1" aria-describedby="similar-hint">{t("similar-check")}</button>
                                </div>
                            </form>
                        }.into_any()
                    }
                    Err(e) => view! { <ErrorView error=e/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// Similar open concerns, shown while reporting; `None`: district or
/// category not chosen yet.
#[component]
fn SimilarConcerns(found: Option<Vec<ConcernView>>) -> impl IntoView {
    view! {
        <section class="similar" aria-labelledby="similar-heading" role="status">
            <h2 id="similar-heading">{t("similar-title")}</h2>
            {match found {
                None => view! { <p>{t("similar-need-choice")}</p> }.into_any(),
                Some(list) if list.is_empty() => view! { <p>{t("similar-none")}</p> }.into_any(),
                Some(list) => view! {
                    <p>{t("similar-intro")}</p>
                    <ConcernCards concerns=list/>
                }.into_any(),
            }}
        </section>
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

fn status_label(s: Status) -> String {
    t(&format!("status-{s}"))
}

/// The public list; at `/concerns/map` with a map of the same concerns
/// beside it (the list stays the primary, accessible view).
#[component]
pub fn ConcernsPage() -> impl IntoView {
    let query = use_query_map();
    let filter = query.with_untracked(service_filter);
    let current = filter.clone();
    let with_map = leptos_router::hooks::use_location().pathname.with_untracked(|p| p == "/concerns/map");
    let here = if with_map { "/concerns/map" } else { "/concerns" };
    let feed = match (filter.district, filter.category) {
        (Some(d), _) => format!("/feeds/concerns.atom?district={d}"),
        (None, Some(c)) => format!("/feeds/concerns.atom?category={c}"),
        (None, None) => "/feeds/concerns.atom".to_string(),
    };
    let data = Resource::new(move || filter.clone(), list_concerns);
    view! {
        <PageTitle text=t(if with_map { "concerns-map-title" } else { "concerns-title" })/>
        <p class="actions"><a class="button" href="/report">{t("report-title")}</a></p>
        <crate::feeds::FeedLink href=feed title=t("feed-subscribe")/>
        <Suspense fallback=Loading>
            {move || {
                let current = current.clone();
                Suspend::new(async move {
                match data.await {
                    Ok(list) => {
                        let statuses = Status::PUBLIC.iter().map(|s| (s.to_string(), status_label(*s))).collect();
                        let older_link = list.older.map(|before| {
                            let mut f = current.clone();
                            f.before = Some(before);
                            format!("{here}?{}", filter_query(&f))
                        });
                        let unpaged = filter_query(&ListFilter { before: None, ..current.clone() });
                        let other_view = if with_map {
                            (format!("/concerns?{unpaged}"), t("concerns-list-only"))
                        } else {
                            (format!("/concerns/map?{unpaged}"), t("concerns-map-link"))
                        };
                        let cards = view! {
                            {if list.concerns.is_empty() {
                                view! { <p>{t("concerns-none")}</p> }.into_any()
                            } else {
                                view! { <ConcernCards concerns=list.concerns/> }.into_any()
                            }}
                            {older_link.map(|href| view! { <p><a href=href rel="next">{t("concerns-older")}</a></p> })}
                        };
                        view! {
                            <form method="get" action=here class="filters" role="search">
                                <Select name="district" label=t("concern-district") options=options(&list.choices.districts) value=current.district.map(|d| d.to_string()).unwrap_or_default() empty=t("all")/>
                                <Select name="category" label=t("category") options=options(&list.choices.categories) value=current.category.map(|d| d.to_string()).unwrap_or_default() empty=t("all")/>
                                <Select name="status" label=t("concern-status") options=statuses value=current.status.clone().unwrap_or_default() empty=t("all")/>
                                <Field name="q" label=t("concern-search") kind="search" value=current.q.clone().unwrap_or_default()/>
                                <button type="submit">{t("filter")}</button>
                            </form>
                            <p><a href=other_view.0>{other_view.1}</a></p>
                            {if with_map {
                                view! {
                                    <div class="map-and-list">
                                        <crate::places::ConcernMap setup=list.choices.map.clone() filter=unpaged.clone()/>
                                        <section aria-label=t("concerns-title")>{cards}</section>
                                    </div>
                                }.into_any()
                            } else {
                                cards.into_any()
                            }}
                        }.into_any()
                    }
                    Err(e) => view! { <ErrorView error=e/> }.into_any(),
                }
            })}}
        </Suspense>
    }
}

fn service_filter(q: &leptos_router::params::ParamsMap) -> ListFilter {
    ListFilter::from_query(|name| q.get(name))
}

fn filter_query(f: &ListFilter) -> String {
    f.to_query()
}

#[component]
pub fn ConcernCards(concerns: Vec<ConcernView>) -> impl IntoView {
    view! {
        <ul class="concern-list">
            {concerns.into_iter().map(|c| view! {
                <li>
                    <a href=format!("/concerns/{}", c.reference) lang=c.shown.lang.clone()>{c.title}</a>
                    <span class="detail">" · "{c.district.1}" · "{c.category}" · "{c.reference}</span>
                    " "
                    <span class=format!("status status-{}", c.status)>{status_label(c.status)}</span>
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
                        let hidden = d.concern.hidden;
                        let hidden_reason = d.concern.hidden_reason.clone();
                        let open = !d.concern.status.is_closed();
                        view! {
                            <ErrorSummary/>
                            {if hidden && !d.can_moderate {
                                view! { <HiddenConcern reference=reference.clone() reason=hidden_reason.clone()/> }.into_any()
                            } else {
                                view! {
                                    <ConcernDetail concern=d.concern timeline=d.timeline photos=d.photos/>
                                    {d.can_translate.then(|| view! {
                                        <p><a href=format!("/concerns/{reference}/translations")>{t("translations-link")}</a></p>
                                    })}
                                    <Participation reference=reference.clone() supports comments=d.comments mine=d.mine open can_moderate=d.can_moderate/>
                                    <FlagForm reference=reference.clone() comment=None/>
                                    <crate::feeds::FeedLink href=format!("/concerns/{reference}/feed.atom") title=t("feed-subscribe-concern")/>
                                }.into_any()
                            }}
                            {(d.can_moderate || d.can_merge).then(|| view! {
                                <Moderation reference=reference.clone() hidden can_moderate=d.can_moderate can_merge=d.can_merge candidates=d.merge_candidates.clone()/>
                            })}
                        }.into_any()
                    }
                    Err(e) => view! { <ErrorView error=e/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// What readers see of a hidden concern: that it is hidden, and why.
#[component]
fn HiddenConcern(reference: String, reason: Option<String>) -> impl IntoView {
    view! {
        <PageTitle text=t("concern-hidden-title")/>
        <p class="notice" role="status">
            {match reason {
                Some(r) => t_args("concern-hidden-reason", &[("reason".into(), r)]),
                None => t("concern-hidden-pending"),
            }}
        </p>
        <p class="detail">{t("concern-reference")}": "{reference}</p>
    }
}

/// Anyone may flag a concern or a comment with a reason.
#[component]
fn FlagForm(reference: String, comment: Option<i32>) -> impl IntoView {
    // A failed flag of this item opens its form again with the reason kept.
    let failed = FormState::current().is_some_and(|s| {
        s.values.get("comment_id").map(String::as_str).unwrap_or("") == comment.map(|c| c.to_string()).unwrap_or_default()
            && s.values.contains_key(if comment.is_some() { "comment_reason" } else { "reason" })
    });
    view! {
        <details class="flag" open=failed>
            <summary>{if comment.is_some() { t("flag-comment") } else { t("flag-concern") }}</summary>
            <form method="post" action=format!("/concerns/{reference}/flag") class="stack">
                <CsrfField/>
                {match comment {
                    Some(c) => view! {
                        <input type="hidden" name="comment_id" value=c/>
                        <CommentField comment=c name="comment_reason" label=t("flag-reason") multiline=true/>
                    }.into_any(),
                    None => view! { <TextArea name="reason" label=t("flag-reason") hint=t("flag-reason-hint") maxlength=500/> }.into_any(),
                }}
                <button type="submit" class="secondary">{t("flag-submit")}</button>
            </form>
        </details>
    }
}

/// A field of a form repeated under every comment. Only the form of the
/// comment that was sent shows the kept input and the error, and only its
/// field carries the id the error summary links to.
#[component]
fn CommentField(comment: i32, name: &'static str, #[prop(into)] label: String, #[prop(optional)] multiline: bool) -> impl IntoView {
    let sent = FormState::value("comment_id").is_some_and(|v| v == comment.to_string());
    let id = if sent { format!("field-{name}") } else { format!("{name}-{comment}") };
    let error_id = format!("{id}-error");
    let error = if sent { FormState::error_text(name) } else { None };
    let value = if sent { FormState::value(name).unwrap_or_default() } else { String::new() };
    let described = error.as_ref().map(|_| error_id.clone());
    let invalid = error.as_ref().map(|_| "true");
    view! {
        <label for=id.clone()>{label}</label>
        {error.map(|e| view! { <p class="error" id=error_id.clone()>{e}</p> })}
        {if multiline {
            view! { <TextAreaInput id=id name=name rows=2 maxlength=Some(500) value=value invalid=invalid.is_some() described=described/> }.into_any()
        } else {
            view! { <input id=id type="text" name=name maxlength="500" value=value aria-invalid=invalid aria-describedby=described/> }.into_any()
        }}
    }
}

/// Moderators hide or restore with a public reason; moderators and the
/// concern's office merge it into another concern.
#[component]
fn Moderation(reference: String, hidden: bool, can_moderate: bool, can_merge: bool, candidates: Vec<(String, String, Status)>) -> impl IntoView {
    let picked = FormState::value("pick").unwrap_or_default();
    let confirm_error = FormState::error_text("confirm");
    view! {
        <section aria-labelledby="moderation-heading" class="moderation">
            <h2 id="moderation-heading">{t("moderation-title")}</h2>
            {can_moderate.then(|| view! {
                <form method="post" action=format!("/concerns/{reference}/moderate") class="stack">
                    <CsrfField/>
                    <input type="hidden" name="decision" value=if hidden { "restore" } else { "hide" }/>
                    <TextArea name="decision_reason" label=t("moderation-reason") hint=t("moderation-reason-hint") maxlength=500/>
                    <button type="submit">{if hidden { t("moderation-restore") } else { t("moderation-hide") }}</button>
                </form>
            })}
            {can_merge.then(|| view! {
                <form method="post" action=format!("/concerns/{reference}/merge") class="stack">
                    <CsrfField/>
                    {(!candidates.is_empty()).then(|| view! {
                        <fieldset>
                            <legend>{t("merge-pick")}</legend>
                            {candidates.iter().enumerate().map(|(i, (r, title, status))| {
                                let id = format!("field-pick-{i}");
                                let checked = picked == *r;
                                view! {
                                    <div class="choice">
                                        <input type="radio" id=id.clone() name="pick" value=r.clone() checked=checked/>
                                        <label for=id>{format!("{r} – {title}")}" "<span class="status">{t(&format!("status-{status}"))}</span></label>
                                    </div>
                                }
                            }).collect_view()}
                            <div class="choice">
                                <input type="radio" id="field-pick-other" name="pick" value="other" checked=picked.is_empty() || picked == "other"/>
                                <label for="field-pick-other">{t("merge-pick-other")}</label>
                            </div>
                        </fieldset>
                    })}
                    <Field name="into" label=t("merge-into") hint=t("merge-into-hint") maxlength=20/>
                    <div class="field" class:field-error=confirm_error.is_some()>
                        {confirm_error.clone().map(|e| view! { <p class="error" id="field-confirm-error">{e}</p> })}
                        <div class="choice">
                            <input type="checkbox" id="field-confirm" name="confirm" value="on" aria-describedby=confirm_error.as_ref().map(|_| "field-confirm-error")/>
                            <label for="field-confirm">{crate::i18n::t_args("merge-confirm", &[("reference".into(), reference.clone())])}</label>
                        </div>
                    </div>
                    <button type="submit" class="secondary">{t("merge-submit")}</button>
                </form>
            })}
        </section>
    }
}

/// "Affects me too", following and comments under a concern.
#[component]
fn Participation(reference: String, supports: i32, comments: Vec<CommentView>, mine: Option<(bool, bool)>, open: bool, can_moderate: bool) -> impl IntoView {
    let base = format!("/concerns/{reference}");
    let comment_reference = reference.clone();
    view! {
        <section aria-labelledby="participation-heading">
            <h2 id="participation-heading">{t("participation-title")}</h2>
            <p>{t_args("concern-supports", &[("count".into(), supports.to_string())])}</p>
            {match (mine, open) {
                (_, false) => ().into_any(),
                (Some((supported, following)), true) => view! {
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
                (None, true) => view! {
                    <form method="post" action=format!("{base}/support") class="stack">
                        <CsrfField/>
                        <p>{t("participation-by-email")}</p>
                        <Field name="email" label=t("field-email") kind="email" autocomplete="email" maxlength=254/>
                        <div class="actions">
                            <button type="submit">{t("concern-support")}</button>
                            <button type="submit" class="secondary" formaction=format!("{base}/follow") name="follow" value="on">{t("concern-follow")}</button>
                        </div>
                    </form>
                }.into_any(),
            }}
            <h3>{t("comments-title")}</h3>
            {if comments.is_empty() {
                view! { <p>{t("comments-none")}</p> }.into_any()
            } else {
                view! {
                    <ul class="comments">
                        {comments.into_iter().map(|c| {
                            let note = c.hidden.then(|| match &c.hidden_reason {
                                Some(r) => t_args("comment-hidden-reason", &[("reason".into(), r.clone())]),
                                None => t("comment-hidden-pending"),
                            });
                            let reference = comment_reference.clone();
                            view! {
                                <li>
                                    <p class="detail">{crate::i18n::public_name(&c.author)}" · "{c.at}</p>
                                    {note.map(|n| view! { <p class="notice">{n}</p> })}
                                    {c.body.map(|b| view! {
                                        <p lang=c.shown.lang.clone()>{b}</p>
                                        <LanguageNote shown=c.shown.clone()/>
                                    })}
                                    {(!c.hidden).then(|| view! { <FlagForm reference=reference.clone() comment=Some(c.id)/> })}
                                    {can_moderate.then(|| view! { <CommentModeration reference=reference.clone() id=c.id hidden=c.hidden/> })}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            {match mine {
                Some(_) => view! {
                    <form method="post" action=format!("{base}/comment") class="stack">
                        <CsrfField/>
                        <TextArea name="comment" label=t("comment-label") hint=t("comment-hint") maxlength=2000/>
                        <button type="submit">{t("comment-submit")}</button>
                    </form>
                }.into_any(),
                None => view! { <p><a href="/login">{t("login")}</a>" "{t("participation-login")}</p> }.into_any(),
            }}
        </section>
    }
}

#[component]
fn CommentModeration(reference: String, id: i32, hidden: bool) -> impl IntoView {
    view! {
        <form method="post" action=format!("/concerns/{reference}/moderate") class="inline-fields">
            <CsrfField/>
            <input type="hidden" name="comment_id" value=id/>
            <input type="hidden" name="decision" value=if hidden { "restore" } else { "hide" }/>
            <CommentField comment=id name="comment_decision_reason" label=t("moderation-reason")/>
            <button type="submit" class="secondary">{if hidden { t("moderation-restore-comment") } else { t("moderation-hide-comment") }}</button>
        </form>
    }
}

#[component]
pub fn ConcernDetail(concern: ConcernView, timeline: Vec<EventView>, #[prop(optional)] photos: Vec<String>) -> impl IntoView {
    let c = concern;
    let title = c.title.clone();
    let text_lang = c.shown.lang.clone();
    view! {
        <PageTitle text=c.title.clone() lang=text_lang.clone()/>
        <LanguageNote shown=c.shown.clone()/>
        {c.hidden.then(|| view! {
            <p class="notice warning" role="status">{match c.hidden_reason.clone() {
                Some(r) => t_args("concern-hidden-reason", &[("reason".into(), r)]),
                None => t("concern-hidden-pending"),
            }}</p>
        })}
        <p>
            <span class=format!("status status-{}", c.status)>{status_label(c.status)}</span>
            {c.overdue.then(|| view! { " "<span class="tag warning">{t("concern-overdue")}</span> })}
        </p>
        {c.duplicate_of.clone().map(|r| view! {
            <p class="notice">{t("concern-merged-into")}" "<a href=format!("/concerns/{r}")>{r.clone()}</a></p>
        })}
        <dl class="facts">
            <dt>{t("concern-reference")}</dt><dd>{c.reference.clone()}</dd>
            <dt>{t("concern-district")}</dt><dd><a href=format!("/districts/{}", c.district.0)>{c.district.1.clone()}</a></dd>
            <dt>{t("category")}</dt><dd>{c.category.clone()}</dd>
            {c.office.clone().map(|o| view! { <dt>{t("office")}</dt><dd>{o}</dd> })}
            {c.deadline.clone().map(|d| view! { <dt>{t("concern-deadline")}</dt><dd>{d}</dd> })}
            {c.address.clone().map(|a| view! { <dt>{t("concern-address")}</dt><dd>{a}</dd> })}
            {c.point.map(|(lat, lon)| view! { <dt>{t("concern-point")}</dt><dd>{format!("{lat:.5}, {lon:.5}")}</dd> })}
            <dt>{t("concern-reported")}</dt><dd>{c.created.clone()}" · "{crate::i18n::public_name(&c.author)}</dd>
        </dl>
        <p class="description" lang=text_lang>{c.description.clone()}</p>
        {(!photos.is_empty()).then(|| {
            let count = photos.len();
            view! {
                <ul class="photos" aria-label=t("concern-photos")>
                    {photos.into_iter().enumerate().map(|(i, key)| {
                        let alt = t_args("concern-photo-alt", &[("n".into(), (i + 1).to_string()), ("count".into(), count.to_string()), ("title".into(), title.clone())]);
                        view! {
                            <li><a href=format!("/photos/{key}.jpg")><img src=format!("/photos/{key}-thumb.jpg") alt=alt loading="lazy" width="320"/></a></li>
                        }
                    }).collect_view()}
                </ul>
            }
        })}
        <section aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">{t("concern-timeline")}</h2>
            <ol class="timeline">
                {timeline.into_iter().map(|e| {
                    let label = t_args(&format!("event-{}", e.kind), &[
                        ("office".into(), e.office.clone().unwrap_or_default()),
                        ("status".into(), e.status.map(status_label).unwrap_or_default()),
                    ]);
                    view! {
                        <li class:internal=!e.public>
                            <span class="when">{e.at}</span>" "{label}
                            {(!e.public).then(|| view! { " "<span class="tag">{t("event-internal")}</span> })}
                            {e.body.map(|b| view! {
                                <blockquote lang=e.shown.lang.clone()>{b}</blockquote>
                                <LanguageNote shown=e.shown.clone()/>
                            })}
                        </li>
                    }
                }).collect_view()}
            </ol>
        </section>
    }
}
