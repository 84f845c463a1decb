//! Printed surveys and access-code sheets. The paper version is A4 with
//! large type, boxes to tick, numbered options (the numbers are what the
//! data-entry screen takes), the form's number and a QR code to the online
//! survey, in every offered language and in plain mode.
#[cfg(feature = "ssr")]
use crate::web::parts::{Db, SharedSettings, part};
use crate::error::PageError;
use domain::surveys::model::{QuestionKind, Survey};
use super::Reading;
use crate::error::AppError;
use crate::forms::{CsrfField, ErrorSummary, Field};
use crate::i18n::{t, t_args};
use crate::layout::PageTitle;
use crate::pages::{ErrorView, Loading};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};
use serde::{Deserialize, Serialize};

/// At most this many copies per print run.
pub const MAX_COPIES: i32 = 200;

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct PrintData {
    pub survey: Survey,
    pub lang: String,
    pub plain: bool,
    pub url: String,
    /// The QR code as an SVG document.
    pub qr: String,
    pub numbers: Vec<i32>,
}

/// A QR code as inline SVG (without the XML declaration).
#[cfg(feature = "ssr")]
pub fn qr_svg(text: &str, size: u32) -> String {
    use qrcode::render::svg;
    match qrcode::QrCode::new(text.as_bytes()) {
        Ok(code) => {
            let svg = code.render::<svg::Color>().min_dimensions(size, size).quiet_zone(true).build();
            match svg.find("<svg") {
                Some(i) => svg[i..].to_string(),
                None => svg,
            }
        }
        Err(_) => String::new(),
    }
}

#[server(endpoint = "surveys/print", input = server_fn::codec::GetUrl)]
pub async fn fetch_print(id: i32, lang: Option<String>, plain: Option<bool>, from: Option<i32>, count: Option<i32>) -> Result<PrintData, PageError> {
    let db: Db = part()?; let settings: SharedSettings = part()?;
    let viewer = crate::viewer::Viewer::current();
    let survey = domain::surveys::service::load_managed(&db, viewer.user.as_ref(), id).await?;
    let lang = lang.filter(|l| survey.languages.contains(l)).unwrap_or_else(|| survey.language_for(&viewer.lang));
    let plain = plain.unwrap_or(survey.youth);
    let from = from.unwrap_or(1).max(1);
    let count = count.unwrap_or(1).clamp(1, MAX_COPIES);
    let url = format!("{}/surveys/{}?lang={lang}", settings.base_url, survey.id);
    Ok(PrintData { qr: qr_svg(&url, 120), numbers: (from..from + count).collect(), url, lang, plain, survey })
}

#[component]
pub fn PrintPage() -> impl IntoView {
    let id = use_params_map().with_untracked(|p| p.get("id").and_then(|v| v.parse::<i32>().ok()));
    let q = use_query_map();
    let args = q.with_untracked(|q| {
        (
            q.get("lang").filter(|v| !v.is_empty()),
            q.get("plain").map(|v| v == "1"),
            q.get("from").and_then(|v| v.parse::<i32>().ok()),
            q.get("count").and_then(|v| v.parse::<i32>().ok()),
        )
    });
    let data = Resource::new(move || (id, args.clone()), |(id, (lang, plain, from, count))| async move {
        match id {
            Some(id) => fetch_print(id, lang, plain, from, count).await,
            None => Err(AppError::NotFound.into()),
        }
    });
    view! {
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(d) => view! { <Printable d/> }.into_any(),
                    Err(e) => view! { <ErrorView error=e/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Printable(d: PrintData) -> impl IntoView {
    let s = d.survey.clone();
    let reading = Reading { lang: d.lang.clone(), plain: d.plain };
    let id = s.id;
    let first = d.numbers.first().copied().unwrap_or(1);
    let count = d.numbers.len();
    let languages: Vec<(String, String)> = s.languages.iter().map(|l| (l.clone(), crate::i18n::language(l).map(|x| x.name.to_string()).unwrap_or_default())).collect();
    view! {
        <div class="no-print">
            <PageTitle text=t("survey-print-title")/>
            <super::builder::SurveyTabs id current="print"/>
            <form method="get" action=format!("/surveys/{id}/print") class="filters">
                <crate::forms::Select name="lang" label=t("survey-language") options=languages value=d.lang.clone()/>
                <crate::forms::Checkbox name="plain" label=t("survey-plain-version") checked=d.plain/>
                <Field name="from" label=t("survey-print-from") kind="number" value=first.to_string()/>
                <Field name="count" label=t("survey-print-count") kind="number" value=count.to_string()/>
                <button type="submit">{t("survey-print-show")}</button>
            </form>
            <p class="hint">{t("survey-print-hint")}</p>
        </div>
        {d.numbers.iter().map(|n| view! {
            <PaperForm s=s.clone() reading=reading.clone() number=*n url=d.url.clone() qr=d.qr.clone()/>
        }).collect_view()}
    }
}

#[component]
fn PaperForm(s: Survey, reading: Reading, number: i32, url: String, qr: String) -> impl IntoView {
    let questions: Vec<_> = s.ordered_questions().into_iter().cloned().collect();
    let total = questions.len();
    let questions_required = questions.iter().any(|q| q.required);
    view! {
        <article class="paper-form" lang=reading.lang.clone() dir=reading.dir()>
            <header class="paper-head">
                <div>
                    <p class="form-number">{reading.t_args("survey-form-number", &[("number".into(), format!("{number:06}"))])}</p>
                    <h2>{reading.text(&s, "title")}</h2>
                    <p>{reading.text(&s, "intro")}</p>
                    {s.anonymous.then(|| view! { <p>{reading.t("survey-anonymous-note")}</p> })}
                </div>
                <figure class="qr">
                    <div inner_html=qr role="img" aria-label=t("survey-qr-label")></div>
                    <figcaption>{reading.t("survey-online-at")}<br/><span class="url">{url}</span></figcaption>
                </figure>
            </header>
            {s.asks_district.then(|| view! {
                <section class="paper-question"><h3>{reading.t("survey-district")}</h3><p class="write-line">" "</p></section>
            })}
            {questions.into_iter().enumerate().map(|(i, q)| {
                let name = format!("q{}", q.id);
                let text = reading.text(&s, &name);
                // (number to tick as the entry screen takes it, label): the
                // printed numbers are exactly what is typed in later.
                let boxes: Vec<(String, String)> = match q.kind {
                    QuestionKind::Single | QuestionKind::Multiple | QuestionKind::Ranking => q.options.iter().enumerate().map(|(j, o)| ((j + 1).to_string(), reading.text(&s, &format!("o{o}")))).collect(),
                    QuestionKind::YesNo => vec![("1".into(), reading.t("survey-yes")), ("2".into(), reading.t("survey-no"))],
                    // A scale's value is its own number; the ends carry their words.
                    QuestionKind::Scale => q.scale().map(|v| {
                        let label = if v == *q.scale().start() { reading.text(&s, &format!("{name}lo")) }
                            else if v == *q.scale().end() { reading.text(&s, &format!("{name}hi")) }
                            else { String::new() };
                        (v.to_string(), label)
                    }).collect(),
                    _ => Vec::new(),
                };
                let hint = match q.kind {
                    QuestionKind::Single | QuestionKind::YesNo | QuestionKind::Scale => reading.t("survey-paper-one"),
                    QuestionKind::Multiple => reading.t("survey-paper-many"),
                    QuestionKind::Ranking => reading.t("survey-paper-ranking"),
                    _ => reading.t("survey-paper-write"),
                };
                // Every rule the screen checks is printed too.
                let rule = super::answer::rule_hint(&s, &q, &reading);
                let hint = match rule {
                    Some(r) if q.kind != QuestionKind::Ranking && q.kind != QuestionKind::Scale => format!("{hint} {r}"),
                    _ => hint,
                };
                let is_text = q.kind == QuestionKind::Text;
                view! {
                    <section class="paper-question">
                        <h3>{format!("{}. ", i + 1)}{text}{q.required.then_some(" *")}</h3>
                        <p class="hint">{hint}</p>
                        <ol class="boxes">
                            {boxes.into_iter().map(|(number, label)| view! {
                                <li><span class="box" aria-hidden="true"></span>" "<span class="option-number">{number}</span>{(!label.is_empty()).then(|| format!(" {label}"))}</li>
                            }).collect_view()}
                        </ol>
                        {is_text.then(|| view! { <p class="write-line">" "</p><p class="write-line">" "</p><p class="write-line">" "</p> })}
                    </section>
                }
            }).collect_view()}
            <p class="paper-foot">{reading.t_args("survey-paper-count", &[("count".into(), total.to_string())])}{questions_required.then(|| format!(" {}", reading.t("survey-paper-required")))}</p>
        </article>
    }
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct CodesData {
    pub id: i32,
    pub title: String,
    pub url: String,
    /// (code as printed, used, QR code of the link with the code)
    pub codes: Vec<(String, bool, String)>,
    pub unused: usize,
}

#[server(endpoint = "surveys/codes", input = server_fn::codec::GetUrl)]
pub async fn fetch_codes(id: i32, sheet: bool) -> Result<CodesData, PageError> {
    let db: Db = part()?; let settings: SharedSettings = part()?;
    let viewer = crate::viewer::Viewer::current();
    let s = domain::surveys::service::load_managed(&db, viewer.user.as_ref(), id).await?;
    let all = domain::surveys::responses::codes(&db, id).await?;
    let unused = all.iter().filter(|(_, used)| !used).count();
    let url = format!("{}/surveys/{id}", settings.base_url);
    let codes = all
        .into_iter()
        // The sheet prints unused codes only, at most a few pages at once.
        .filter(|(_, used)| !sheet || !used)
        .take(if sheet { MAX_COPIES as usize } else { usize::MAX })
        .map(|(code, used)| {
            let qr = if sheet { qr_svg(&format!("{url}?code={code}"), 96) } else { String::new() };
            (domain::surveys::responses::display_code(&code), used, qr)
        })
        .collect();
    Ok(CodesData { id, title: s.text("title", &s.language_for(&viewer.lang), viewer.plain), url, codes, unused })
}

fn codes_resource(sheet: bool) -> Resource<Result<CodesData, PageError>> {
    let id = use_params_map().with_untracked(|p| p.get("id").and_then(|v| v.parse::<i32>().ok()));
    Resource::new(move || id, move |id| async move {
        match id {
            Some(id) => fetch_codes(id, sheet).await,
            None => Err(AppError::NotFound.into()),
        }
    })
}

/// `/surveys/:id/codes`: generate one-time access codes, download, print.
#[component]
pub fn CodesPage() -> impl IntoView {
    let data = codes_resource(false);
    view! {
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(d) => {
                        let id = d.id;
                        view! {
                            <PageTitle text=t("survey-codes-title")/>
                            <super::builder::SurveyTabs id current="codes"/>
                            <p>{t("survey-codes-intro")}</p>
                            <ErrorSummary/>
                            <form method="post" action=format!("/surveys/{id}/codes") class="inline-fields">
                                <CsrfField/>
                                <Field name="count" label=t("survey-codes-count") kind="number" value="30"/>
                                <button type="submit">{t("survey-codes-generate")}</button>
                            </form>
                            <p>{t_args("survey-codes-summary", &[("count".into(), d.codes.len().to_string()), ("unused".into(), d.unused.to_string())])}</p>
                            <ul class="inline-list">
                                <li><a href=format!("/surveys/{id}/codes.csv")>{t("survey-codes-csv")}</a></li>
                                <li><a href=format!("/surveys/{id}/codes/sheet")>{t("survey-codes-sheet")}</a></li>
                            </ul>
                            {(!d.codes.is_empty()).then(|| view! {
                                <table>
                                    <caption class="visually-hidden">{t("survey-codes-title")}</caption>
                                    <thead><tr><th scope="col">{t("survey-code")}</th><th scope="col">{t("survey-code-state")}</th></tr></thead>
                                    <tbody>
                                        {d.codes.into_iter().map(|(code, used, _)| view! {
                                            <tr><td class="code">{code}</td><td>{if used { t("survey-code-used") } else { t("survey-code-free") }}</td></tr>
                                        }).collect_view()}
                                    </tbody>
                                </table>
                            })}
                        }.into_any()
                    }
                    Err(e) => view! { <ErrorView error=e/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// `/surveys/:id/codes/sheet`: unused codes as cards to cut out.
#[component]
pub fn CodesSheetPage() -> impl IntoView {
    let data = codes_resource(true);
    view! {
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(d) => {
                        let title = d.title.clone();
                        view! {
                            <div class="no-print"><PageTitle text=t("survey-codes-sheet")/><p>{t("survey-print-hint")}</p></div>
                            <ul class="code-sheet">
                                {d.codes.into_iter().map(|(code, _, qr)| view! {
                                    <li class="code-card">
                                        <p class="code-title">{title.clone()}</p>
                                        <div inner_html=qr role="img" aria-label=t("survey-qr-label")></div>
                                        <p>{t("survey-code")}": "<strong class="code">{code}</strong></p>
                                        <p class="url">{d.url.clone()}</p>
                                    </li>
                                }).collect_view()}
                            </ul>
                        }.into_any()
                    }
                    Err(e) => view! { <ErrorView error=e/> }.into_any(),
                }
            })}
        </Suspense>
    }
}
