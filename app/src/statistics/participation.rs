//! `/statistics/participation`: the participation-equity monitor. How many
//! different people took part, per district and per social-index class,
//! per 1,000 residents and by channel, with the method explained. A forum's
//! moderators also see their own forum's (`?forum=`).
use super::FilterChoice;
use crate::charts::{Bar, BarChart};
use crate::error::PageError;
use crate::i18n::format::{decimal, int};
use crate::i18n::{t, t_args};
use crate::layout::PageTitle;
use crate::pages::{ErrorView, Loading};
pub use domain::statistics::participation::{GroupFigures, Monitor, Shown};
use domain::vocabulary::participation::{Reach, SocialClass};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ParticipationData {
    pub choice: FilterChoice,
    pub monitor: Monitor,
    /// The forum whose own figures these are.
    pub forum: Option<(i32, String)>,
    /// The forums the reader runs (links to their own figures).
    pub own_forums: Vec<(i32, String)>,
    /// The filter as query parameters, for the download.
    pub query: String,
}

#[server(endpoint = "statistics/participation", input = server_fn::codec::GetUrl)]
pub async fn fetch_participation(period: Option<String>, forum: Option<String>) -> Result<ParticipationData, PageError> {
    let viewer = crate::viewer::Viewer::current();
    Ok(load::participation(&viewer, period.as_deref(), forum.as_deref()).await?)
}

#[cfg(feature = "ssr")]
pub mod load {
    use super::ParticipationData;
    use crate::error::AppError;
    use crate::viewer::Viewer;
    use crate::web::parts::{part, Db, ReferenceCache};
    use domain::reference::Reference;
    use domain::statistics::participation::read;
    use sea_orm::DatabaseConnection;

    /// The forum asked for: none (everyone's figures) or one the reader runs.
    pub fn forum_of(viewer: &Viewer, forum: Option<&str>) -> Result<i32, AppError> {
        match forum.map(str::trim).filter(|f| !f.is_empty()) {
            None => Ok(0),
            Some(text) => {
                let id = text.parse::<i32>().map_err(|_| AppError::NotFound)?;
                crate::access::require_forum_runner(viewer, id)?;
                Ok(id)
            }
        }
    }

    pub async fn participation(viewer: &Viewer, period: Option<&str>, forum: Option<&str>) -> Result<ParticipationData, AppError> {
        let db: Db = part()?;
        let reference = part::<ReferenceCache>()?.get(&db).await?;
        gather(&db, &reference, viewer, period, forum).await
    }

    /// The page's and the download's figures. A refused period gives the
    /// default figures and a message; a forum the reader does not run is refused.
    pub async fn gather(db: &DatabaseConnection, reference: &Reference, viewer: &Viewer, period: Option<&str>, forum: Option<&str>) -> Result<ParticipationData, AppError> {
        let forum_id = forum_of(viewer, forum)?;
        let today = crate::statistics::load::today();
        let (filter, mut choice) = crate::statistics::load::choose(reference, &viewer.lang, period, None, today);
        choice.categories.clear();
        let mut monitor = read::monitor(db, forum_id, filter.period, today).await?;
        // The reference data holds the districts in the reader's order.
        let position = |id: i32| reference.districts.iter().position(|d| d.id == id).unwrap_or(usize::MAX);
        monitor.districts.sort_by_key(|d| position(d.id));
        let runs: Vec<i32> = viewer.user.as_ref().map(|u| if u.is_admin { Vec::new() } else { u.moderates.clone() }).unwrap_or_default();
        // Forum names only for a forum's figures and for those who run forums.
        let forums = if forum_id == 0 && runs.is_empty() { Vec::new() } else { domain::forums::service::list(db).await? };
        let name = |id: i32| forums.iter().find(|f| f.id == id).map(|f| (id, f.name.clone()));
        let mut query = format!("period={}", filter.period.as_param());
        if forum_id != 0 {
            query.push_str(&format!("&forum={forum_id}"));
        }
        Ok(ParticipationData {
            choice,
            forum: if forum_id == 0 { None } else { Some(name(forum_id).ok_or(AppError::NotFound)?) },
            own_forums: runs.into_iter().filter_map(name).collect(),
            monitor,
            query,
        })
    }
}

fn lang() -> String {
    crate::viewer::Viewer::current().lang
}

/// The class's name as the district pages show it.
pub fn class_name(class: Option<SocialClass>) -> String {
    class.map(|c| t(&format!("social-index-{}", c.as_str()))).unwrap_or_else(|| "–".into())
}

/// A count as shown: "fewer than 5" for 1 to 4.
fn people(shown: Shown, lang: &str) -> String {
    match shown {
        Shown::FewerThanFive => t("monitor-fewer-than-five"),
        Shown::People { n, .. } => int(n, lang),
    }
}

fn rate(shown: Shown, lang: &str) -> String {
    shown.per_thousand().map(|r| decimal(r, lang)).unwrap_or_else(|| "–".into())
}

#[component]
pub fn ParticipationPage() -> impl IntoView {
    let (period, forum) = use_query_map().with_untracked(|q| (q.get("period"), q.get("forum")));
    let data = Resource::new(|| (), move |_| fetch_participation(period.clone(), forum.clone()));
    view! {
        <PageTitle text=t("monitor-title")/>
        <p class="lead">{t("monitor-intro")}</p>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(d) => view! { <Figures data=d/> }.into_any(),
                    Err(e) => view! { <ErrorView error=e/> }.into_any(),
                }
            })}
        </Suspense>
        <Method/>
    }
}

#[component]
fn Figures(data: ParticipationData) -> impl IntoView {
    let ParticipationData { choice, monitor, forum, own_forums, query } = data;
    let lang = lang();
    let scope = forum.as_ref().map(|(_, name)| t_args("monitor-forum-scope", &[("forum".into(), name.clone())]));
    let others = (!own_forums.is_empty()).then(|| view! {
        <nav aria-labelledby="monitor-own">
            <h2 id="monitor-own">{t("monitor-own-forums")}</h2>
            <ul>
                <li><a href="/statistics/participation">{t("monitor-everyone")}</a></li>
                {own_forums.into_iter().map(|(id, name)| view! {
                    <li><a href=format!("/statistics/participation?forum={id}")>{name}</a></li>
                }).collect_view()}
            </ul>
        </nav>
    });
    view! {
        {scope.map(|s| view! { <p class="notice">{s}</p> })}
        <super::FilterForm choice action="/statistics/participation".into() forum=forum.as_ref().map(|f| f.0)/>
        <div id="statistics-figures">
            <Headline monitor=monitor.clone() lang=lang.clone()/>
            <ClassTable classes=monitor.classes.clone() lang=lang.clone()/>
            <DistrictTable districts=monitor.districts lang/>
            <p><a href=format!("/statistics/participation.csv?{query}") download="">{t("statistics-download")}</a></p>
        </div>
        {others}
    }
}

/// The equity figure in one sentence, and the classes' rates as a chart.
#[component]
fn Headline(monitor: Monitor, lang: String) -> impl IntoView {
    let sentence = match monitor.equity {
        Some(e) => t_args("monitor-equity", &[
            ("lowest".into(), class_name(Some(e.lowest.0))),
            ("lowest_rate".into(), decimal(e.lowest.1, &lang)),
            ("highest".into(), class_name(Some(e.highest.0))),
            ("highest_rate".into(), decimal(e.highest.1, &lang)),
            ("ratio".into(), decimal(e.ratio, &lang)),
        ]),
        None => t("monitor-equity-none"),
    };
    let max = monitor.classes.iter().filter_map(|c| c.shown(Reach::All).per_thousand()).fold(0.0_f64, f64::max);
    let bars: Vec<Bar> = monitor
        .classes
        .iter()
        .map(|c| {
            let shown = c.shown(Reach::All);
            let r = shown.per_thousand().unwrap_or(0.0);
            Bar { label: class_name(c.class()), figures: rate(shown, &lang), share: if max > 0.0 { r / max } else { 0.0 }, nonzero: r > 0.0 }
        })
        .collect();
    view! {
        <section class="result" aria-labelledby="monitor-equity">
            <h2 id="monitor-equity">{t("monitor-equity-title")}</h2>
            <p class="summary">{sentence.clone()}</p>
            <BarChart bars label=sentence/>
        </section>
    }
}

fn head_cells() -> impl IntoView {
    view! {
        <th scope="col">{t("district-population")}</th>
        <th scope="col">{t("monitor-people")}</th>
        <th scope="col">{t("statistics-per-thousand")}</th>
        <th scope="col">{t("survey-channel-online")}</th>
        <th scope="col">{t("survey-channel-paper")}</th>
        <th scope="col">{t("survey-channel-interview")}</th>
    }
}

fn cells(g: &GroupFigures, lang: &str) -> impl IntoView {
    let all = g.shown(Reach::All);
    view! {
        <td>{g.population.map(|p| int(p, lang)).unwrap_or_else(|| "–".into())}</td>
        <td>{people(all, lang)}</td>
        <td>{rate(all, lang)}</td>
        <td>{people(g.shown(Reach::Online), lang)}</td>
        <td>{people(g.shown(Reach::Paper), lang)}</td>
        <td>{people(g.shown(Reach::Interview), lang)}</td>
    }
}

#[component]
fn ClassTable(classes: Vec<GroupFigures>, lang: String) -> impl IntoView {
    view! {
        <section aria-labelledby="participation-classes">
            <h2 id="participation-classes">{t("monitor-by-class")}</h2>
            <div class="table-scroll">
            <table>
                <caption class="visually-hidden">{t("monitor-by-class")}</caption>
                <thead><tr><th scope="col">{t("district-social-index")}</th>{head_cells()}</tr></thead>
                <tbody>
                    {classes.iter().map(|c| view! { <tr><th scope="row">{class_name(c.class())}</th>{cells(c, &lang)}</tr> }).collect_view()}
                </tbody>
            </table>
            </div>
        </section>
    }
}

#[component]
fn DistrictTable(districts: Vec<GroupFigures>, lang: String) -> impl IntoView {
    view! {
        <section aria-labelledby="participation-districts">
            <h2 id="participation-districts">{t("statistics-by-district")}</h2>
            <div class="table-scroll">
            <table>
                <caption class="visually-hidden">{t("statistics-by-district")}</caption>
                <thead><tr><th scope="col">{t("concern-district")}</th>{head_cells()}</tr></thead>
                <tbody>
                    {districts.iter().map(|d| view! {
                        <tr><th scope="row"><a href=format!("/districts/{}", d.id)>{d.name.clone()}</a></th>{cells(d, &lang)}</tr>
                    }).collect_view()}
                </tbody>
            </table>
            </div>
        </section>
    }
}

/// How the figures are made, in plain words.
#[component]
fn Method() -> impl IntoView {
    view! {
        <section aria-labelledby="monitor-method">
            <h2 id="monitor-method">{t("monitor-method-title")}</h2>
            <p>{t("monitor-method-who")}</p>
            <p>{t("monitor-method-once")}</p>
            <p>{t("monitor-method-rate")}</p>
            <p>{t("monitor-method-small")}</p>
            <p>{t("monitor-method-anonymous")}</p>
        </section>
    }
}
