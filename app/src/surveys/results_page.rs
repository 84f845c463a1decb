//! Results: for each question a bar chart (SVG) with the same numbers as a
//! table and a one-sentence summary, free-text answers (hideable by
//! moderators), filters, the switch to publish, and the exports.
#[cfg(feature = "ssr")]
use crate::web::parts::{Db, ReferenceCache, part};
use crate::error::PageError;
use crate::error::AppError;
use crate::forms::{CsrfField, ErrorSummary, Select};
use crate::i18n::{t, t_args};
use crate::layout::PageTitle;
use crate::i18n::format::{decimal as format_decimal, int as format_int, percent as format_percent};
use crate::pages::{ErrorView, Loading};
use domain::surveys::model::QuestionKind;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};
use serde::{Deserialize, Serialize};

/// Results as the page needs them (the domain type lives server-side).
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct ResultRow {
    pub label: String,
    pub count: i64,
    pub percent: f64,
    pub mean_rank: Option<f64>,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct QuestionOutcome {
    pub question: String,
    pub kind: QuestionKind,
    pub answered: i64,
    pub mean: Option<f64>,
    pub scale_max: Option<i32>,
    pub rows: Vec<ResultRow>,
    /// (answer id, text, hidden)
    pub texts: Vec<(i32, String, bool)>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ResultsData {
    pub id: i32,
    pub title: String,
    pub lang: String,
    pub total: i64,
    pub questions: Vec<QuestionOutcome>,
    /// The filtered group is smaller than the smallest shown.
    pub withheld: bool,
    /// Free texts waiting for a moderator's release (moderators only).
    pub waiting: usize,
    pub manage: bool,
    pub results_public: bool,
    pub state: domain::surveys::model::SurveyState,
    pub languages: Vec<String>,
    pub districts: Vec<(i32, String)>,
}

#[server(endpoint = "surveys/results", input = server_fn::codec::GetUrl)]
pub async fn fetch_results(id: i32, channel: Option<String>, language: Option<String>, district: Option<i32>) -> Result<ResultsData, PageError> {
    let db: Db = part()?; let reference_data: ReferenceCache = part()?;
    let viewer = crate::viewer::Viewer::current();
    let s: domain::surveys::model::Survey = domain::surveys::service::load(&db, id).await?;
    let manage = viewer.user.as_ref().is_some_and(|u| u.may_run_forum(s.forum_id));
    if !manage && (s.state == domain::surveys::model::SurveyState::Draft || !s.results_public) {
        return Err(if s.state == domain::surveys::model::SurveyState::Draft { AppError::NotFound } else { AppError::Refused("error-results-private") }.into());
    }
    let filter = domain::surveys::results::Filter {
        channel: channel.as_deref().and_then(domain::surveys::model::ResponseChannel::parse),
        language: language.filter(|l| s.languages.contains(l)),
        district: district.filter(|_| s.asks_district),
    };
    let r = domain::surveys::results::compute(&db, &s, &filter, manage).await?;
    let reading = super::Reading { lang: s.language_for(&viewer.lang), plain: viewer.plain };
    let (yes, no) = (crate::i18n::t("survey-yes"), crate::i18n::t("survey-no"));
    let questions = r
        .questions
        .iter()
        .map(|q| {
            let question = s.question(q.question_id);
            QuestionOutcome {
                question: reading.text(&s, &format!("q{}", q.question_id)),
                kind: q.kind,
                answered: q.answered,
                mean: q.mean,
                scale_max: question.and_then(|q| q.scale_max),
                rows: q
                    .rows
                    .iter()
                    .map(|row| ResultRow {
                        label: domain::surveys::results::answer_label(&s, &row.answer, &reading.lang, reading.plain, &yes, &no),
                        count: row.count,
                        percent: row.percent,
                        mean_rank: row.mean_rank,
                    })
                    .collect(),
                texts: q.texts.iter().map(|a| (a.id, a.text.clone(), a.hidden)).collect(),
            }
        })
        .collect();
    let reference = reference_data.get(&db).await?;
    Ok(ResultsData {
        id,
        title: reading.text(&s, "title"),
        lang: reading.lang.clone(),
        total: r.total,
        withheld: r.withheld,
        waiting: r.questions.iter().flat_map(|q| &q.texts).filter(|t| t.hidden).count(),
        questions,
        manage,
        results_public: s.results_public,
        state: s.state,
        districts: if s.asks_district { reference.districts.iter().map(|d| (d.id, d.name.clone())).collect() } else { Vec::new() },
        languages: s.languages.clone(),
    })
}

#[component]
pub fn ResultsPage() -> impl IntoView {
    let id = use_params_map().with_untracked(|p| p.get("id").and_then(|v| v.parse::<i32>().ok()));
    let q = use_query_map();
    let filter = q.with_untracked(|q| {
        (q.get("channel").filter(|v| !v.is_empty()), q.get("language").filter(|v| !v.is_empty()), q.get("district").and_then(|v| v.parse::<i32>().ok()))
    });
    let current = filter.clone();
    let data = Resource::new(move || (id, filter.clone()), |(id, (channel, language, district))| async move {
        match id {
            Some(id) => fetch_results(id, channel, language, district).await,
            None => Err(AppError::NotFound.into()),
        }
    });
    view! {
        <Suspense fallback=Loading>
            {move || {
                let current = current.clone();
                Suspend::new(async move {
                match data.await {
                    Ok(d) => view! { <Results d current/> }.into_any(),
                    Err(e) => view! { <ErrorView error=e/> }.into_any(),
                }
            })}}
        </Suspense>
    }
}

#[component]
fn Results(d: ResultsData, current: (Option<String>, Option<String>, Option<i32>)) -> impl IntoView {
    let id = d.id;
    let channels: Vec<(String, String)> = domain::surveys::model::ResponseChannel::ALL.iter().map(|c| (c.as_str().to_string(), t(&format!("survey-channel-{c}")))).collect();
    let languages: Vec<(String, String)> =
        d.languages.iter().map(|l| (l.clone(), crate::i18n::language(l).map(|x| x.name.to_string()).unwrap_or_default())).collect();
    let districts: Vec<(String, String)> = d.districts.iter().map(|(i, n)| (i.to_string(), n.clone())).collect();
    let has_districts = !districts.is_empty();
    let manage = d.manage;
    let total = d.total;
    let query = {
        let mut parts = Vec::new();
        if let Some(c) = &current.0 {
            parts.push(format!("channel={c}"));
        }
        if let Some(l) = &current.1 {
            parts.push(format!("language={l}"));
        }
        if let Some(di) = current.2 {
            parts.push(format!("district={di}"));
        }
        parts.join("&")
    };
    view! {
        <div lang=d.lang.clone() dir=crate::i18n::dir_of(&d.lang)><PageTitle text=t_args("survey-results-title", &[("title".into(), d.title.clone())])/></div>
        {manage.then(|| view! { <super::builder::SurveyTabs id current="results"/> })}
        <ErrorSummary/>
        {(!d.withheld).then(|| view! { <p>{t_args("survey-results-total", &[("count".into(), total.to_string())])}</p> })}
        <form method="get" action=format!("/surveys/{id}/results") class="filters" role="search">
            <Select name="channel" label=t("survey-channel") options=channels value=current.0.clone().unwrap_or_default() empty=t("all")/>
            <Select name="language" label=t("survey-language") options=languages value=current.1.clone().unwrap_or_default() empty=t("all")/>
            {has_districts.then(|| view! {
                <Select name="district" label=t("survey-district") options=districts.clone() value=current.2.map(|x| x.to_string()).unwrap_or_default() empty=t("all")/>
            })}
            <button type="submit">{t("filter")}</button>
        </form>
        {d.withheld.then(|| view! { <p class="notice" role="status">{t_args("survey-group-too-small", &[("min".into(), domain::surveys::MIN_GROUP.to_string())])}</p> })}
        {(manage && d.waiting > 0).then(|| view! {
            <form method="post" action=format!("/surveys/{id}/results") class="inline-form">
                <CsrfField/>
                <p>{t_args("survey-texts-waiting", &[("count".into(), d.waiting.to_string())])}" "
                    <button type="submit" name="action" value="release-all">{t("survey-texts-release-all")}</button>
                </p>
            </form>
        })}
        {d.questions.into_iter().enumerate().map(|(i, q)| view! { <QuestionResultView id n=i + 1 q total manage/> }).collect_view()}
        {manage.then(|| view! {
            <section aria-labelledby="manage-results-heading">
                <h2 id="manage-results-heading">{t("survey-results-manage")}</h2>
                <form method="post" action=format!("/surveys/{id}/results") class="actions">
                    <CsrfField/>
                    {if d.results_public {
                        view! { <button type="submit" name="action" value="results-private" class="secondary">{t("survey-results-unpublish")}</button> }.into_any()
                    } else {
                        view! { <button type="submit" name="action" value="results-public">{t("survey-results-publish")}</button> }.into_any()
                    }}
                    {(d.state == domain::surveys::model::SurveyState::Published).then(|| view! { <button type="submit" name="action" value="close" class="secondary">{t("survey-close")}</button> })}
                </form>
                <h3>{t("survey-export")}</h3>
                <ul class="inline-list">
                    <li><a href=format!("/surveys/{id}/export/responses.xlsx")>{t("survey-export-responses-xlsx")}</a></li>
                    <li><a href=format!("/surveys/{id}/export/responses-excel.csv")>{t("survey-export-responses-excel")}</a></li>
                    <li><a href=format!("/surveys/{id}/export/responses.csv")>{t("survey-export-responses-csv")}</a></li>
                    <li><a href=format!("/surveys/{id}/export/responses.json")>{t("survey-export-responses-json")}</a></li>
                </ul>
                <ul class="inline-list">
                    <li><a href=format!("/surveys/{id}/export/results.xlsx?{query}")>{t("survey-export-results-xlsx")}</a></li>
                    <li><a href=format!("/surveys/{id}/export/results-excel.csv?{query}")>{t("survey-export-results-excel")}</a></li>
                    <li><a href=format!("/surveys/{id}/export/results.csv?{query}")>{t("survey-export-results-csv")}</a></li>
                    <li><a href=format!("/surveys/{id}/export/results.json?{query}")>{t("survey-export-results-json")}</a></li>
                </ul>
            </section>
        })}
    }
}

/// One sentence that says what the chart shows.
fn summary(q: &QuestionOutcome) -> String {
    let lang = crate::viewer::Viewer::current().lang;
    if q.answered == 0 && q.texts.is_empty() {
        return t("survey-summary-none");
    }
    match q.kind {
        QuestionKind::Text => t_args("survey-summary-text", &[("count".into(), q.answered.to_string())]),
        QuestionKind::Scale => t_args("survey-summary-scale", &[
            ("mean".into(), q.mean.map(|m| format_decimal(m, &lang)).unwrap_or_default()),
            ("max".into(), q.scale_max.unwrap_or(5).to_string()),
            ("count".into(), q.answered.to_string()),
        ]),
        QuestionKind::Ranking => {
            let best = q.rows.iter().filter(|r| r.mean_rank.is_some()).min_by(|a, b| a.mean_rank.partial_cmp(&b.mean_rank).unwrap_or(std::cmp::Ordering::Equal));
            match best {
                Some(b) => t_args("survey-summary-ranking", &[("answer".into(), b.label.clone()), ("place".into(), format_decimal(b.mean_rank.unwrap_or_default(), &lang))]),
                None => t("survey-summary-none"),
            }
        }
        _ => {
            let top = q.rows.iter().max_by_key(|r| r.count);
            match top {
                Some(top) if top.count > 0 => t_args("survey-summary-top", &[
                    ("answer".into(), top.label.clone()),
                    ("count".into(), top.count.to_string()),
                    ("percent".into(), format!("{:.0}", top.percent)),
                ]),
                _ => t("survey-summary-none"),
            }
        }
    }
}

#[component]
fn QuestionResultView(id: i32, n: usize, q: QuestionOutcome, total: i64, manage: bool) -> impl IntoView {
    let lang = crate::viewer::Viewer::current().lang;
    let heading_id = format!("result-{n}");
    let labelled = heading_id.clone();
    let summary_text = summary(&q);
    let is_text = q.kind == QuestionKind::Text;
    let ranking = q.kind == QuestionKind::Ranking;
    let count_heading = if ranking { t("survey-first-places") } else { t("survey-count") };
    view! {
        <section class="result" aria-labelledby=labelled>
            <h2 id=heading_id>{t_args("survey-question-n", &[("n".into(), n.to_string())])}" "<bdi>{q.question.clone()}</bdi></h2>
            <p class="summary">{summary_text.clone()}</p>
            {(!is_text).then(|| view! {
                <div class="result-grid">
                    <crate::charts::BarChart bars=bars(&q.rows) label=summary_text.clone()/>
                    <table>
                        <caption class="visually-hidden">{q.question.clone()}</caption>
                        <thead><tr>
                            <th scope="col">{t("survey-answer")}</th>
                            <th scope="col">{count_heading}</th>
                            <th scope="col">{t("survey-percent")}</th>
                            {ranking.then(|| view! { <th scope="col">{t("survey-mean-place")}</th> })}
                        </tr></thead>
                        <tbody>
                            {q.rows.iter().map(|r| view! {
                                <tr>
                                    <th scope="row">{r.label.clone()}</th>
                                    <td>{format_int(r.count, &lang)}</td>
                                    <td>{format_percent(r.percent, &lang)}</td>
                                    {ranking.then(|| view! { <td>{r.mean_rank.map(|m| format_decimal(m, &lang)).unwrap_or_else(|| "–".into())}</td> })}
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
                {(q.kind == QuestionKind::Multiple).then(|| view! { <p class="hint">{t_args("survey-multiple-note", &[("count".into(), total.to_string())])}</p> })}
            })}
            {is_text.then(|| view! {
                <ul class="text-answers">
                    {q.texts.iter().map(|(answer, text, hidden)| {
                        let (answer, hidden) = (*answer, *hidden);
                        view! {
                            <li class:hidden-answer=hidden>
                                <p>{text.clone()}</p>
                                {hidden.then(|| view! { <p class="tag">{t("survey-text-waiting")}</p> })}
                                {manage.then(|| view! {
                                    <form method="post" action=format!("/surveys/{id}/results") class="inline-form">
                                        <CsrfField/>
                                        <input type="hidden" name="answer" value=answer.to_string()/>
                                        <button type="submit" class="link-button" name="action" value=if hidden { "show" } else { "hide" }>
                                            {if hidden { t("survey-text-show") } else { t("survey-text-hide") }}
                                        </button>
                                    </form>
                                })}
                            </li>
                        }
                    }).collect_view()}
                </ul>
            })}
        </section>
    }
}

/// The survey's rows as bars: percentage and count beside each answer.
fn bars(rows: &[ResultRow]) -> Vec<crate::charts::Bar> {
    let lang = crate::viewer::Viewer::current().lang;
    let max = rows.iter().map(|r| r.percent).fold(0.0_f64, f64::max).max(1.0);
    rows.iter()
        .map(|r| crate::charts::Bar {
            label: r.label.clone(),
            figures: format!("{} ({})", format_percent(r.percent, &lang), format_int(r.count, &lang)),
            share: r.percent / max,
            nonzero: r.count > 0,
        })
        .collect()
}
