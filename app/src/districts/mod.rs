//! Districts (Ortsteile) and planning spaces: public pages, admin pages and
//! the CSV import.
#[cfg(feature = "ssr")]
use crate::web::parts::{Db, ReferenceCache, part};
pub mod admin;
#[cfg(feature = "ssr")]
pub mod handlers;

use crate::error::PageError;
use crate::error::AppError;
use crate::i18n::t;
use crate::layout::PageTitle;
use crate::pages::{ErrorView, Loading};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
pub use domain::districts::{social_index_class, DistrictInfo, DistrictSummary, ProjectSummary, KINDS, SOCIAL_INDEX_CLASSES};

#[server(endpoint = "districts", input = server_fn::codec::GetUrl)]
pub async fn list_districts() -> Result<Vec<DistrictSummary>, PageError> {
    let db: Db = part()?;
    Ok(domain::districts::service::list(&db).await?)
}

#[server(endpoint = "district", input = server_fn::codec::GetUrl)]
pub async fn district_detail(id: i32) -> Result<(DistrictInfo, crate::places::MapSetup), PageError> {
    let db: Db = part()?; let reference_data: ReferenceCache = part()?;
    let lang = crate::viewer::Viewer::current().lang;
    let mut detail = domain::districts::service::detail(&db, id, &lang).await?;
    let filter = crate::concerns::ListFilter { district: Some(id), ..Default::default() };
    let mut newest = domain::concerns::service::public_list(&db, &filter).await?;
    newest.truncate(5);
    detail.concerns = crate::concerns::views::concerns(&db, &reference_data, &lang, newest).await?;
    let settings: crate::web::parts::SharedSettings = part()?;
    let map = crate::places::setup(&settings, &*reference_data.get(&db).await?);
    Ok((detail, map))
}

#[component]
pub fn DistrictsPage() -> impl IntoView {
    let districts = Resource::new(|| (), |_| list_districts());
    view! {
        <PageTitle text=t("districts-title")/>
        <p class="lead">{t("districts-intro")}</p>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match districts.await {
                    Ok(list) => view! { <DistrictList list/> }.into_any(),
                    Err(e) => view! { <ErrorView error=e/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn DistrictList(list: Vec<DistrictSummary>) -> impl IntoView {
    let entries: Vec<crate::widgets::FilterEntry> = list
        .iter()
        .map(|d| crate::widgets::FilterEntry {
            href: format!("/districts/{}", d.id),
            label: d.name.clone(),
            detail: format!(
                "{}{}",
                t(&format!("district-kind-{}", d.kind)),
                d.planning_space.as_ref().map(|p| format!(" · {p}")).unwrap_or_default()
            ),
        })
        .collect();
    let query = leptos_router::hooks::use_query_map().with_untracked(|q| q.get("q")).unwrap_or_default();
    view! {
        <crate::widgets::FilterList
            entries
            query
            label=t("districts-filter-label")
            hint=t("districts-filter-hint")
            count_template=t("districts-filter-count")
        />
    }
}

#[component]
pub fn DistrictPage() -> impl IntoView {
    let params = use_params_map();
    let id = params.with_untracked(|p| p.get("id").and_then(|v| v.parse::<i32>().ok()));
    let detail = Resource::new(move || id, |id| async move {
        match id {
            Some(id) => district_detail(id).await,
            None => Err(AppError::NotFound.into()),
        }
    });
    view! {
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match detail.await {
                    Ok((d, map)) => view! { <DistrictView d map/> }.into_any(),
                    Err(e) => view! { <ErrorView error=e/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// A day as the reader writes it (pages render on the server; the browser
/// build only needs the code to compile).
fn day(d: time::Date, lang: &str) -> String {
    #[cfg(feature = "ssr")]
    return crate::i18n::format::day(d, lang);
    #[cfg(not(feature = "ssr"))]
    {
        let _ = lang;
        d.to_string()
    }
}

/// Kind, planning space, population with its date, area, social index.
#[component]
fn DistrictFacts(district: DistrictSummary) -> impl IntoView {
    let lang = crate::viewer::Viewer::current().lang;
    view! {
        <dl class="facts">
            <dt>{t("district-kind")}</dt>
            <dd>{t(&format!("district-kind-{}", district.kind))}</dd>
            {district.planning_space.clone().map(|p| view! { <dt>{t("district-planning-space")}</dt><dd>{p}</dd> })}
            {district.population.map(|p| view! {
                <dt>{t("district-population")}</dt>
                <dd>
                    {crate::i18n::format::int(p as i64, &lang)}
                    {district.population_date.map(|d| format!(" ({})", crate::i18n::t_args("district-population-date", &[("date".into(), day(d, &lang))])))}
                </dd>
            })}
            {district.area_km2.map(|a| view! { <dt>{t("district-area")}</dt><dd>{crate::i18n::t_args("district-area-km2", &[("area".into(), crate::i18n::format::fixed(a, 2, &lang))])}</dd> })}
            {district.class().map(|class| view! {
                <dt>{t("district-social-index")}</dt>
                <dd>
                    {district.social_index.map(|s| format!("{} – ", crate::i18n::format::fixed(s, 3, &crate::viewer::Viewer::current().lang)))}
                    {t(&format!("social-index-{class}"))}
                </dd>
            })}
        </dl>
    }
}

#[component]
fn DistrictView(d: DistrictInfo, map: crate::places::MapSetup) -> impl IntoView {
    let DistrictInfo { district, forums, projects, responsibilities, concerns } = d;
    let all_concerns = format!("/concerns?district={}", district.id);
    let on_map = format!("/concerns/map?district={}", district.id);
    view! {
        <PageTitle text=district.name.clone()/>
        <DistrictFacts district=district.clone()/>
        <section aria-labelledby="concerns-heading">
            <h2 id="concerns-heading">{t("district-concerns")}</h2>
            <crate::places::ConcernMap setup=map filter=format!("district={}", district.id)/>
            {if concerns.is_empty() {
                view! { <p>{t("concerns-none")}</p> }.into_any()
            } else {
                view! { <crate::concerns::ConcernCards concerns/> }.into_any()
            }}
            <p class="actions">
                <a href=all_concerns>{t("district-all-concerns")}</a>
                <a href=on_map>{t("concerns-map-link")}</a>
                <a href="/report">{t("report-title")}</a>
            </p>
            <crate::feeds::FeedLink href=format!("/feeds/concerns.atom?district={}", district.id) title=t("feed-subscribe")/>
        </section>
        <crate::statistics::ScopeSection scope=crate::statistics::Scope::District id=district.id action=format!("/districts/{}", district.id)/>
        <section aria-labelledby="forums-heading">
            <h2 id="forums-heading">{t("district-forums")}</h2>
            {if forums.is_empty() {
                view! { <p>{t("district-no-forums")}</p> }.into_any()
            } else {
                view! {
                    <ul class="cards">
                        {forums.into_iter().map(|(id, name, kind)| view! {
                            <li><a href=format!("/forums/{id}")>{name}</a>" "<span class="tag">{t(&format!("forum-kind-{kind}"))}</span></li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
        <section aria-labelledby="projects-heading">
            <h2 id="projects-heading">{t("district-projects")}</h2>
            {if projects.is_empty() {
                view! { <p>{t("district-no-projects")}</p> }.into_any()
            } else {
                view! {
                    <ul class="cards">
                        {projects.into_iter().map(|p| view! {
                            <li><strong>{p.name}</strong><br/>{p.carrier}
                                {p.since.map(|s| view! { " · "{t("project-since")}" "{s}})}</li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
        <section aria-labelledby="responsible-heading">
            <h2 id="responsible-heading">{t("district-responsible")}</h2>
            <div class="table-scroll">
            <table>
                <caption class="visually-hidden">{t("district-responsible")}</caption>
                <thead><tr><th scope="col">{t("category")}</th><th scope="col">{t("office")}</th></tr></thead>
                <tbody>
                    {responsibilities.into_iter().map(|(cat, office)| view! {
                        <tr><th scope="row">{cat}</th>
                        <td>{match office {
                            Some((code, name)) => format!("{code} {name}"),
                            None => t("district-no-office"),
                        }}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
            </div>
        </section>
    }
}
