//! `/open-data`: what Quartier publishes as files, under which licence, and
//! what each column of the concerns file means.
#[cfg(feature = "ssr")]
pub mod handlers;

use crate::error::PageError;
use crate::i18n::t;
use crate::layout::PageTitle;
use crate::pages::{ErrorView, Loading};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct OpenData {
    pub licence: String,
    pub licence_url: Option<String>,
    /// (name, datatype) of the concerns file's columns.
    pub columns: Vec<(String, String)>,
    /// Surveys whose results are public: (id, title).
    pub surveys: Vec<(i32, String)>,
}

#[server(endpoint = "open-data", input = server_fn::codec::GetUrl)]
pub async fn fetch_open_data() -> Result<OpenData, PageError> {
    use crate::web::parts::{part, Db, SharedSettings};
    let db: Db = part()?;
    let settings: SharedSettings = part()?;
    let viewer = crate::viewer::Viewer::current();
    let surveys: Vec<_> = domain::surveys::service::public(&db).await?.into_iter().filter(|s| s.results_public).collect();
    let ids: Vec<i32> = surveys.iter().map(|s| s.id).collect();
    let titles = domain::surveys::service::titles(&db, &ids, &viewer.lang, viewer.plain).await?;
    Ok(OpenData {
        licence: settings.open_data_licence.clone(),
        licence_url: domain::open_data::licence_url(&settings.open_data_licence).map(str::to_string),
        columns: domain::open_data::CONCERN_COLUMNS.iter().map(|c| (c.name.to_string(), c.datatype.as_str().to_string())).collect(),
        surveys: ids.iter().map(|id| (*id, titles.get(id).cloned().unwrap_or_default())).collect(),
    })
}

#[component]
pub fn OpenDataPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| fetch_open_data());
    view! {
        <PageTitle text=t("open-data-title")/>
        <p class="lead">{t("open-data-intro")}</p>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(d) => view! { <OpenDataView d/> }.into_any(),
                    Err(e) => view! { <ErrorView error=e/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn OpenDataView(d: OpenData) -> impl IntoView {
    let OpenData { licence, licence_url, columns, surveys } = d;
    view! {
        <section aria-labelledby="licence">
            <h2 id="licence">{t("open-data-licence")}</h2>
            <p>
                {t("open-data-licence-text")}" "
                {match licence_url {
                    Some(url) => view! { <a href=url rel="license">{licence.clone()}</a> }.into_any(),
                    None => view! { <strong>{licence.clone()}</strong> }.into_any(),
                }}
            </p>
        </section>
        <section aria-labelledby="open-data-concerns">
            <h2 id="open-data-concerns">{t("open-data-concerns")}</h2>
            <p>{t("open-data-concerns-text")}</p>
            <ul class="link-list">
                <li><a href="/open-data/concerns.csv" download="">"concerns.csv"</a>" – "{t("open-data-csv")}</li>
                <li><a href="/open-data/concerns.json" download="">"concerns.json"</a>" – "{t("open-data-json")}</li>
                <li><a href="/open-data/concerns.csv-metadata.json">"concerns.csv-metadata.json"</a>" – "{t("open-data-metadata")}</li>
                <li><a href="/concerns.geojson" type="application/geo+json">"concerns.geojson"</a>" – "{t("open-data-geojson")}</li>
            </ul>
            <div class="table-scroll">
            <table>
                <caption>{t("open-data-columns")}</caption>
                <thead><tr><th scope="col">{t("open-data-column")}</th><th scope="col">{t("open-data-type")}</th><th scope="col">{t("open-data-meaning")}</th></tr></thead>
                <tbody>
                    {columns.into_iter().map(|(name, datatype)| {
                        let meaning = t(&format!("open-data-column-{name}"));
                        view! { <tr><th scope="row"><code>{name}</code></th><td><code>{datatype}</code></td><td>{meaning}</td></tr> }
                    }).collect_view()}
                </tbody>
            </table>
            </div>
        </section>
        <section aria-labelledby="open-data-more">
            <h2 id="open-data-more">{t("open-data-more")}</h2>
            <ul class="link-list">
                <li><a href="/open-data/districts.csv" download="">"districts.csv"</a>" – "{t("open-data-districts")}</li>
                <li><a href="/districts.geojson" type="application/geo+json">"districts.geojson"</a>" – "{t("open-data-boundaries")}</li>
                <li><a href="/statistics/districts.csv?period=all" download="">"statistics-districts.csv"</a>" – "{t("statistics-by-district")}</li>
                <li><a href="/statistics/offices.csv?period=all" download="">"statistics-offices.csv"</a>" – "{t("statistics-by-office")}</li>
                <li><a href="/statistics/months.csv?period=all" download="">"statistics-months.csv"</a>" – "{t("statistics-by-month")}</li>
                <li><a href="/feeds/concerns.atom" type="application/atom+xml">"concerns.atom"</a>" – "{t("feed-title-city")}</li>
                <li><a href="/open311/v2/services.json">"Open311 GeoReport v2"</a>" – "{t("open-data-open311")}</li>
            </ul>
        </section>
        <section aria-labelledby="open-data-surveys">
            <h2 id="open-data-surveys">{t("open-data-surveys")}</h2>
            {if surveys.is_empty() {
                view! { <p>{t("open-data-no-surveys")}</p> }.into_any()
            } else {
                view! {
                    <ul class="link-list">
                        {surveys.into_iter().map(|(id, title)| view! {
                            <li>{title}": "
                                <a href=format!("/open-data/surveys/{id}/results.csv") download="">"CSV"</a>" · "
                                <a href=format!("/open-data/surveys/{id}/results.json") download="">"JSON"</a>
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}
