//! The data-entry screen for paper forms and the review of double entries
//! that disagree. Built for the keyboard: one short field per question,
//! option numbers as printed, Tab to the next, Enter to save.
#[cfg(feature = "ssr")]
use crate::web::parts::{Db, ReferenceCache, part};
use crate::error::PageError;
use domain::surveys::model::{QuestionKind, Survey};
use crate::error::AppError;
use crate::forms::{CsrfField, ErrorSummary, Field, FormState, Select};
use crate::i18n::{t, t_args};
use crate::layout::PageTitle;
use crate::pages::{ErrorView, Loading};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};
use serde::{Deserialize, Serialize};

/// One side of a form whose two entries differ, as the review shows it.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Disagreement {
    pub form_number: i32,
    /// (question text, first entry, second entry) for each differing question.
    pub rows: Vec<(String, String, String)>,
    /// The viewer typed one of the two entries: someone else decides.
    pub own: bool,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct PaperData {
    pub survey: Survey,
    pub lang: String,
    pub districts: Vec<(i32, String)>,
    pub disagreements: Vec<Disagreement>,
    /// Forms typed once, waiting for the second person.
    pub waiting: Vec<i32>,
}

#[server(endpoint = "surveys/paper", input = server_fn::codec::GetUrl)]
pub async fn fetch_paper(id: i32, lang: Option<String>) -> Result<PaperData, PageError> {
    let db: Db = part()?; let reference_data: ReferenceCache = part()?;
    let viewer = crate::viewer::Viewer::current();
    let s = domain::surveys::service::load_managed(&db, viewer.user.as_ref(), id).await?;
    let lang = lang.filter(|l| s.languages.contains(l)).unwrap_or_else(|| s.language_for(&viewer.lang));
    let (mismatches, waiting) = domain::surveys::paper::review_list(&db, id).await?;
    let reference = reference_data.get(&db).await?;
    let district_name = |d: Option<i32>| d.and_then(|d| reference.districts.iter().find(|x| x.id == d).map(|x| x.name.clone())).unwrap_or_else(|| "–".into());
    let (yes, no) = (crate::i18n::t("survey-yes"), crate::i18n::t("survey-no"));
    let show = |p: &domain::surveys::paper::PaperAnswers, q: i32| -> String {
        let question = s.question(q);
        let mut of: Vec<&domain::surveys::model::AnswerValue> = p.answers.iter().filter(|a| a.question_id == q).collect();
        of.sort_by_key(|a| (a.value, a.option_id));
        let parts: Vec<String> = of
            .iter()
            .map(|a| match (question.map(|q| q.kind), a.option_id, a.value, &a.text) {
                (_, _, _, Some(text)) => text.clone(),
                (Some(QuestionKind::YesNo), _, Some(v), _) => if v == 1 { yes.clone() } else { no.clone() },
                (Some(QuestionKind::Ranking), Some(o), Some(v), _) => format!("{v}. {}", s.text(&format!("o{o}"), &lang, false)),
                (_, Some(o), _, _) => s.text(&format!("o{o}"), &lang, false),
                (Some(QuestionKind::Scale), None, Some(v), _) => match question {
                    Some(q) if v == *q.scale().start() => format!("{v} – {}", s.text(&format!("q{}lo", q.id), &lang, false)),
                    Some(q) if v == *q.scale().end() => format!("{v} – {}", s.text(&format!("q{}hi", q.id), &lang, false)),
                    _ => v.to_string(),
                },
                (_, None, Some(v), _) => v.to_string(),
                _ => String::new(),
            })
            .collect();
        if parts.is_empty() { "–".into() } else { parts.join("; ") }
    };
    let disagreements = mismatches
        .into_iter()
        .map(|m| Disagreement {
            form_number: m.form_number,
            own: viewer.user.as_ref().is_some_and(|u| !domain::surveys::paper::may_resolve(&m.typists, u.id)),
            rows: m
                .differing
                .iter()
                .map(|q| {
                    if *q == 0 {
                        (crate::i18n::t("survey-district"), district_name(m.first.district), district_name(m.second.district))
                    } else {
                        (s.text(&format!("q{q}"), &lang, false), show(&m.first, *q), show(&m.second, *q))
                    }
                })
                .collect(),
        })
        .collect();
    let districts = if s.asks_district { reference.districts.iter().map(|d| (d.id, d.name.clone())).collect() } else { Vec::new() };
    Ok(PaperData { survey: s, lang, districts, disagreements, waiting })
}

fn resource() -> Resource<Result<PaperData, PageError>> {
    let id = use_params_map().with_untracked(|p| p.get("id").and_then(|v| v.parse::<i32>().ok()));
    let lang = use_query_map().with_untracked(|q| q.get("lang")).or_else(|| FormState::value("lang"));
    Resource::new(move || (id, lang.clone()), |(id, lang)| async move {
        match id {
            Some(id) => fetch_paper(id, lang).await,
            None => Err(AppError::NotFound.into()),
        }
    })
}

#[component]
pub fn PaperPage() -> impl IntoView {
    let data = resource();
    view! {
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(d) => view! { <PaperEntry d/> }.into_any(),
                    Err(e) => view! { <ErrorView error=e/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn PaperEntry(d: PaperData) -> impl IntoView {
    let s = d.survey.clone();
    let id = s.id;
    let lang = d.lang.clone();
    let languages: Vec<(String, String)> = s.languages.iter().map(|l| (l.clone(), crate::i18n::language(l).map(|x| x.name.to_string()).unwrap_or_default())).collect();
    let districts: Vec<(String, String)> = d.districts.iter().map(|(i, n)| (i.to_string(), n.clone())).collect();
    let review = d.disagreements.len();
    view! {
        <PageTitle text=t("survey-paper-title")/>
        <super::builder::SurveyTabs id current="paper"/>
        <p>{t("survey-paper-intro")}</p>
        {s.double_entry.then(|| view! {
            <p class="notice">{t("survey-double-entry-note")}" "
                <a href=format!("/surveys/{id}/paper/review")>{t_args("survey-review-link", &[("count".into(), review.to_string())])}</a>
            </p>
        })}
        <ErrorSummary/>
        <form method="post" action=format!("/surveys/{id}/paper") class="stack paper-entry" novalidate>
            <CsrfField/>
            <div class="inline-fields">
                <Field name="form_number" label=t("survey-form-number-field") kind="text" required=true maxlength=9/>
                <Select name="lang" label=t("survey-paper-language") options=languages value=lang.clone()/>
                {(!districts.is_empty()).then(|| view! { <Select name="district" label=t("survey-district") options=districts.clone() empty=t("survey-no-answer")/> })}
            </div>
            {s.ordered_questions().into_iter().enumerate().map(|(i, q)| {
                let hint = match q.kind {
                    QuestionKind::Single | QuestionKind::Scale => t("survey-entry-one"),
                    QuestionKind::Multiple => t("survey-entry-many"),
                    QuestionKind::YesNo => t("survey-entry-yes-no"),
                    QuestionKind::Ranking => t("survey-entry-ranking"),
                    _ => t("survey-entry-text"),
                };
                let options: Vec<String> = match q.kind {
                    QuestionKind::Single | QuestionKind::Multiple | QuestionKind::Ranking => q.options.iter().enumerate().map(|(j, o)| format!("{} = {}", j + 1, s.text(&format!("o{o}"), &lang, false))).collect(),
                    QuestionKind::Scale => vec![format!("{} – {}", q.scale().start(), q.scale().end())],
                    _ => Vec::new(),
                };
                let hint = if options.is_empty() { hint } else { format!("{hint} ({})", options.join(", ")) };
                // The rule in the screen's language, as the typist reads it.
                let reading = super::Reading { lang: crate::viewer::Viewer::current().lang, plain: false };
                let hint = match (q.kind, super::answer::rule_hint(&s, q, &reading)) {
                    (QuestionKind::Multiple | QuestionKind::Text, Some(rule)) => format!("{hint}. {rule}"),
                    _ => hint,
                };
                view! {
                    <Field name=format!("p{}", q.id) label=format!("{}. {}", i + 1, s.text(&format!("q{}", q.id), &lang, false)) hint=hint autocomplete="off"/>
                }
            }).collect_view()}
            <button type="submit">{t("survey-paper-save")}</button>
        </form>
    }
}

#[component]
pub fn PaperReviewPage() -> impl IntoView {
    let data = resource();
    view! {
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(d) => {
                        let id = d.survey.id;
                        view! {
                            <PageTitle text=t("survey-review-title")/>
                            <super::builder::SurveyTabs id current="paper"/>
                            <ErrorSummary/>
                            {(!d.waiting.is_empty()).then(|| view! {
                                <p>{t_args("survey-waiting", &[("forms".into(), d.waiting.iter().map(|n| n.to_string()).collect::<Vec<_>>().join(", "))])}</p>
                            })}
                            {if d.disagreements.is_empty() {
                                view! { <p>{t("survey-review-none")}</p> }.into_any()
                            } else {
                                d.disagreements.into_iter().map(|m| view! {
                                    <section class="review" aria-labelledby=format!("form-{}", m.form_number)>
                                        <h2 id=format!("form-{}", m.form_number)>{t_args("survey-form-number", &[("number".into(), format!("{:06}", m.form_number))])}</h2>
                                        <table>
                                            <caption class="visually-hidden">{t("survey-review-title")}</caption>
                                            <thead><tr>
                                                <th scope="col">{t("survey-question")}</th>
                                                <th scope="col">{t("survey-entry-first")}</th>
                                                <th scope="col">{t("survey-entry-second")}</th>
                                            </tr></thead>
                                            <tbody>
                                                {m.rows.into_iter().map(|(q, a, b)| view! { <tr><th scope="row">{q}</th><td>{a}</td><td>{b}</td></tr> }).collect_view()}
                                            </tbody>
                                        </table>
                                        {if m.own {
                                            view! { <p class="notice">{t("survey-review-own")}</p> }.into_any()
                                        } else {
                                            view! {
                                                <form method="post" action=format!("/surveys/{id}/paper/review") class="actions">
                                                    <CsrfField/>
                                                    <input type="hidden" name="form_number" value=m.form_number.to_string()/>
                                                    <button type="submit" name="keep" value="first">{t("survey-keep-first")}</button>
                                                    <button type="submit" name="keep" value="second">{t("survey-keep-second")}</button>
                                                    <button type="submit" name="keep" value="discard" class="secondary">{t("survey-discard")}</button>
                                                </form>
                                            }.into_any()
                                        }}
                                    </section>
                                }).collect_view().into_any()
                            }}
                        }.into_any()
                    }
                    Err(e) => view! { <ErrorView error=e/> }.into_any(),
                }
            })}
        </Suspense>
    }
}
