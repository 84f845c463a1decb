//! The builder for the forum's moderators: settings, sections, questions,
//! languages with what is missing, translations with plain versions, and
//! the plain-language check of every text before publishing.
#[cfg(feature = "ssr")]
use crate::web::parts::{Db, part};
use crate::error::PageError;
use domain::surveys::model::{self, Question, QuestionKind, Survey};
use crate::error::AppError;
use crate::forms::{Checkbox, CsrfField, ErrorSummary, Field, FormState, Select, TextArea};
use crate::i18n::{t, t_args};
use crate::layout::PageTitle;
use crate::pages::{ErrorView, Loading};
use crate::plain_language::PlainCheck;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct BuilderData {
    pub survey: Survey,
    pub responses: u64,
}

#[server(endpoint = "surveys/builder", input = server_fn::codec::GetUrl)]
pub async fn fetch_builder(id: i32) -> Result<BuilderData, PageError> {
    let db: Db = part()?;
    let viewer = crate::viewer::Viewer::current();
    let survey = domain::surveys::service::load_managed(&db, viewer.user.as_ref(), id).await?;
    let responses = domain::surveys::responses::count(&db, id).await?;
    Ok(BuilderData { survey, responses })
}

fn survey_id() -> Option<i32> {
    use_params_map().with_untracked(|p| p.get("id").and_then(|v| v.parse().ok()))
}

fn load() -> Resource<Result<BuilderData, PageError>> {
    let id = survey_id();
    Resource::new(move || id, |id| async move {
        match id {
            Some(id) => fetch_builder(id).await,
            None => Err(AppError::NotFound.into()),
        }
    })
}

fn language_name(code: &str) -> String {
    crate::i18n::language(code).map(|l| l.name.to_string()).unwrap_or_else(|| code.to_string())
}

/// The links every survey management page shares.
#[component]
pub fn SurveyTabs(id: i32, current: &'static str) -> impl IntoView {
    let tabs = [
        ("edit", format!("/surveys/{id}/edit"), "survey-tab-build"),
        ("translate", format!("/surveys/{id}/translate"), "survey-tab-translate"),
        ("check", format!("/surveys/{id}/check"), "survey-tab-check"),
        ("codes", format!("/surveys/{id}/codes"), "survey-tab-codes"),
        ("paper", format!("/surveys/{id}/paper"), "survey-tab-paper"),
        ("print", format!("/surveys/{id}/print"), "survey-tab-print"),
        ("results", format!("/surveys/{id}/results"), "survey-tab-results"),
        ("preview", format!("/surveys/{id}"), "survey-tab-preview"),
    ];
    view! {
        <nav class="tabs" aria-label=t("survey-tabs")>
            <ul class="inline-list">
                {tabs.into_iter().map(|(key, href, label)| {
                    let here = key == current;
                    view! { <li><a href=href aria-current=here.then_some("page")>{t(label)}</a></li> }
                }).collect_view()}
            </ul>
        </nav>
    }
}

#[component]
pub fn BuilderPage() -> impl IntoView {
    let data = load();
    view! {
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(d) => view! { <Builder d/> }.into_any(),
                    Err(e) => view! { <ErrorView error=e/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Builder(d: BuilderData) -> impl IntoView {
    let s = d.survey;
    let id = s.id;
    let base = s.base_language.clone();
    let draft = s.state == model::SurveyState::Draft;
    let title = s.text("title", &base, false);
    let state_label = t(&format!("survey-state-{}", s.state));
    view! {
        <PageTitle text=title/>
        <p>
            <span class=format!("status status-{}", s.state)>{state_label}</span>
            " · "{s.forum_name.clone()}" · "{t_args("survey-response-count", &[("count".into(), d.responses.to_string())])}
        </p>
        <SurveyTabs id current="edit"/>
        <ErrorSummary/>
        {(!draft).then(|| view! { <p class="notice">{t("survey-frozen")}</p> })}
        {(s.state == model::SurveyState::Published).then(|| view! { <CloseSurvey id back="edit"/> })}
        {draft.then(|| view! { <SettingsForm s=s.clone()/> })}
        <section aria-labelledby="sections-heading">
            <h2 id="sections-heading">{t("survey-sections")}</h2>
            <p class="hint">{t("survey-sections-hint")}</p>
            <ul>
                {s.sections.iter().map(|sid| {
                    let name = s.text(&format!("s{sid}"), &base, false);
                    view! {
                        <li>
                            {name}
                            {draft.then(|| view! {
                                <form method="post" action=format!("/surveys/{id}/edit/delete-section") class="inline-form">
                                    <CsrfField/>
                                    <input type="hidden" name="section" value=sid.to_string()/>
                                    <button type="submit" class="link-button">{t("survey-section-delete")}</button>
                                </form>
                            })}
                        </li>
                    }
                }).collect_view()}
            </ul>
            {draft.then(|| view! {
                <form method="post" action=format!("/surveys/{id}/edit/section") class="inline-fields">
                    <CsrfField/>
                    <Field name="section_title" label=t("survey-section-title") maxlength=200/>
                    <button type="submit" class="secondary">{t("survey-section-add")}</button>
                </form>
            })}
        </section>
        <section aria-labelledby="questions-heading">
            <h2 id="questions-heading">{t("survey-questions")}</h2>
            {if s.questions.is_empty() {
                view! { <p>{t("survey-no-questions")}</p> }.into_any()
            } else {
                view! {
                    <ol class="questions">
                        {s.ordered_questions().into_iter().map(|q| view! {
                            <li id=format!("question-{}", q.id)><QuestionEditor s=s.clone() q=Some(q.clone()) draft/></li>
                        }).collect_view()}
                    </ol>
                }.into_any()
            }}
            {draft.then(|| view! {
                <h3>{t("survey-question-add")}</h3>
                <QuestionEditor s=s.clone() q=None draft/>
            })}
        </section>
        <LanguagesSection s=s.clone() draft/>
    }
}

/// A datetime-local value from a stored RFC 3339 time.
/// The value of a `datetime-local` field (as the time was typed, see
/// `domain::surveys::service::parse_time`).
fn local_time(t: &Option<time::OffsetDateTime>) -> String {
    t.map(|t| format!("{:04}-{:02}-{:02}T{:02}:{:02}", t.year(), u8::from(t.month()), t.day(), t.hour(), t.minute())).unwrap_or_default()
}

#[component]
fn SettingsForm(s: Survey) -> impl IntoView {
    let id = s.id;
    let base = s.base_language.clone();
    let title = FormState::value("title").unwrap_or_else(|| s.text("title", &base, false));
    let intro = FormState::value("intro").unwrap_or_else(|| s.texts.get("intro", &base, false).unwrap_or_default().to_string());
    let audiences: Vec<(String, String)> = model::Audience::ALL.iter().map(|a| (a.as_str().to_string(), t(&format!("survey-audience-{a}")))).collect();
    view! {
        <section aria-labelledby="settings-heading">
            <h2 id="settings-heading">{t("survey-settings")}</h2>
            <form method="post" action=format!("/surveys/{id}/edit/settings") class="stack">
                <CsrfField/>
                <PlainCheck text=title.clone() lang=base.clone()>
                    <Field name="title" label=t("survey-title-field") required=true maxlength=200 value=title.clone()/>
                </PlainCheck>
                <PlainCheck text=intro.clone() lang=base.clone()>
                    <TextArea name="intro" label=t("survey-intro") maxlength=4000 value=intro.clone()/>
                </PlainCheck>
                <Select name="audience" label=t("survey-audience") options=audiences value=s.audience.as_str().to_string()/>
                <Checkbox name="youth" label=t("survey-youth") checked=s.youth/>
                <Checkbox name="anonymous" label=t("survey-anonymous") checked=s.anonymous/>
                <Checkbox name="asks_district" label=t("survey-asks-district") checked=s.asks_district/>
                <Checkbox name="paged" label=t("survey-paged") checked=s.paged/>
                <Checkbox name="double_entry" label=t("survey-double-entry") checked=s.double_entry/>
                <Checkbox name="results_public" label=t("survey-results-public") checked=s.results_public/>
                <Field name="opens_at" label=t("survey-opens-at") kind="datetime-local" hint=t("survey-time-hint") value=local_time(&s.opens_at)/>
                <Field name="closes_at" label=t("survey-closes-at") kind="datetime-local" hint=t("survey-time-hint") value=local_time(&s.closes_at)/>
                <div class="actions">
                    <button type="submit">{t("save")}</button>
                    <button type="submit" class="secondary" formaction=format!("/surveys/{id}/edit/check")>{t("plain-check-button")}</button>
                </div>
            </form>
        </section>
    }
}

/// One question's form (or the form for a new one).
#[component]
fn QuestionEditor(s: Survey, q: Option<Question>, draft: bool) -> impl IntoView {
    let id = s.id;
    let base = s.base_language.clone();
    let prefix = match &q {
        Some(q) => format!("q{}-", q.id),
        None => "new-".into(),
    };
    let n = |name: &str| format!("{prefix}{name}");
    let stored = |key: String| s.texts.get(&key, &base, false).unwrap_or_default().to_string();
    let (text, low, high, options) = match &q {
        Some(q) => (
            stored(format!("q{}", q.id)),
            stored(format!("q{}lo", q.id)),
            stored(format!("q{}hi", q.id)),
            q.options.iter().map(|o| stored(format!("o{o}"))).collect::<Vec<_>>().join("\n"),
        ),
        None => Default::default(),
    };
    let text = FormState::value(&n("text")).unwrap_or(text);
    let options = FormState::value(&n("options")).unwrap_or(options);
    let kinds: Vec<(String, String)> = QuestionKind::ALL.iter().map(|k| (k.to_string(), t(&format!("survey-kind-{k}")))).collect();
    let sections: Vec<(String, String)> = s.sections.iter().map(|sid| (sid.to_string(), s.text(&format!("s{sid}"), &base, false))).collect();
    let num = |v: Option<i32>| v.map(|v| v.to_string()).unwrap_or_default();
    let question_id = q.as_ref().map(|q| q.id);
    let kind = q.as_ref().map_or(QuestionKind::Single, |q| q.kind).as_str().to_string();
    let summary = if text.is_empty() { t("survey-question-new") } else { text.clone() };
    let (text_name, options_name) = (n("text"), n("options"));
    if !draft {
        return view! { <p>{summary}" "<span class="tag">{t(&format!("survey-kind-{kind}"))}</span></p> }.into_any();
    }
    view! {
        <form method="post" action=format!("/surveys/{id}/edit/question") class="stack question-editor">
            <CsrfField/>
            {question_id.map(|qid| view! { <input type="hidden" name="question" value=qid.to_string()/> })}
            <Select name=n("kind") label=t("survey-kind") options=kinds value=kind.clone()/>
            <PlainCheck text=text.clone() lang=base.clone()>
                <TextArea name=text_name label=t("survey-question-text") maxlength=4000 value=text.clone()/>
            </PlainCheck>
            <Checkbox name=n("required") label=t("survey-required") checked=q.as_ref().is_some_and(|q| q.required)/>
            {(!sections.is_empty()).then(|| view! {
                <Select name=n("section") label=t("survey-section") options=sections.clone() value=num(q.as_ref().and_then(|q| q.section_id)) empty=t("survey-section-none")/>
            })}
            <PlainCheck text=options.clone() lang=base.clone()>
                <TextArea name=options_name label=t("survey-options") hint=t("survey-options-hint") value=options.clone()/>
            </PlainCheck>
            <fieldset class="inline-fields">
                <legend>{t("survey-rules")}</legend>
                <Field name=n("min_choices") label=t("survey-min-choices") kind="number" value=num(q.as_ref().and_then(|q| q.min_choices))/>
                <Field name=n("max_choices") label=t("survey-max-choices") kind="number" value=num(q.as_ref().and_then(|q| q.max_choices))/>
                <Field name=n("scale_min") label=t("survey-scale-min") kind="number" value=num(q.as_ref().and_then(|q| q.scale_min))/>
                <Field name=n("scale_max") label=t("survey-scale-max") kind="number" value=num(q.as_ref().and_then(|q| q.scale_max))/>
                <Field name=n("low_label") label=t("survey-low-label") value=low maxlength=200/>
                <Field name=n("high_label") label=t("survey-high-label") value=high maxlength=200/>
                <Field name=n("max_length") label=t("survey-max-length") kind="number" value=num(q.as_ref().and_then(|q| q.max_length))/>
            </fieldset>
            <div class="actions">
                <button type="submit">{if question_id.is_some() { t("save") } else { t("survey-question-add") }}</button>
                <button type="submit" class="secondary" formaction=format!("/surveys/{id}/edit/check")>{t("plain-check-button")}</button>
                {question_id.map(|_| view! {
                    <button type="submit" class="secondary" formaction=format!("/surveys/{id}/edit/up")>{t("survey-move-up")}</button>
                    <button type="submit" class="secondary" formaction=format!("/surveys/{id}/edit/down")>{t("survey-move-down")}</button>
                    <button type="submit" class="secondary danger" formaction=format!("/surveys/{id}/edit/delete-question")>{t("delete")}</button>
                })}
            </div>
        </form>
    }.into_any()
}

/// Languages of the survey with what each still misses.
#[component]
fn LanguagesSection(s: Survey, draft: bool) -> impl IntoView {
    let id = s.id;
    let addable: Vec<(String, String)> = crate::i18n::LANGUAGES
        .iter()
        .filter(|l| !s.languages.iter().any(|x| x == l.id))
        .map(|l| (l.id.to_string(), l.name.to_string()))
        .collect();
    view! {
        <section aria-labelledby="languages-heading">
            <h2 id="languages-heading">{t("survey-languages")}</h2>
            <table>
                <caption class="visually-hidden">{t("survey-languages")}</caption>
                <thead><tr>
                    <th scope="col">{t("survey-language")}</th>
                    <th scope="col">{t("survey-missing")}</th>
                    <th scope="col">{t("survey-missing-plain")}</th>
                    <th scope="col">{t("survey-actions")}</th>
                </tr></thead>
                <tbody>
                    {s.languages.iter().map(|l| {
                        let missing = s.missing(l, false).len();
                        let missing_plain = s.missing(l, true).len();
                        let is_base = *l == s.base_language;
                        view! {
                            <tr>
                                <th scope="row" lang=l.clone()>{language_name(l)}{is_base.then(|| format!(" ({})", t("survey-base")))}</th>
                                <td>{if missing == 0 { t("survey-complete") } else { t_args("survey-missing-count", &[("count".into(), missing.to_string())]) }}</td>
                                <td>{if missing_plain == 0 { t("survey-complete") } else { t_args("survey-missing-count", &[("count".into(), missing_plain.to_string())]) }}</td>
                                <td>
                                    {(!is_base || !draft).then(|| view! { <a href=format!("/surveys/{id}/translate?lang={l}&plain=0")>{if is_base { t("survey-correct-texts") } else { t("survey-translate") }}</a>" · " })}
                                    <a href=format!("/surveys/{id}/translate?lang={l}&plain=1")>{t("survey-plain-version")}</a>" · "
                                    <a href=format!("/surveys/{id}?lang={l}&plain=0")>{t("survey-preview")}</a>" · "
                                    <a href=format!("/surveys/{id}?lang={l}&plain=1")>{t("survey-preview-plain")}</a>
                                </td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
            {(s.state != model::SurveyState::Closed && !addable.is_empty()).then(|| view! {
                <form method="post" action=format!("/surveys/{id}/edit/language") class="inline-fields">
                    <CsrfField/>
                    <Select name="language" label=t("survey-language-add") options=addable/>
                    <button type="submit" class="secondary">{t("survey-language-add-button")}</button>
                </form>
            })}
        </section>
    }
}

/// `/surveys/:id/translate?lang=..&plain=0|1`: every text beside the base
/// text, standard or plain, with the check for German and English.
#[component]
pub fn TranslatePage() -> impl IntoView {
    let data = load();
    let q = use_query_map();
    let lang = q.with_untracked(|q| q.get("lang")).or_else(|| FormState::value("lang"));
    let plain = q.with_untracked(|q| q.get("plain")).or_else(|| FormState::value("plain")).as_deref() == Some("1");
    view! {
        <Suspense fallback=Loading>
            {move || {
                let lang = lang.clone();
                Suspend::new(async move {
                match data.await {
                    Ok(d) => {
                        let s = d.survey;
                        let lang = lang.filter(|l| s.languages.contains(l)).or_else(|| s.languages.get(1).cloned()).unwrap_or_else(|| s.base_language.clone());
                        // In a draft the base language's standard texts are
                        // edited with the questions; once published, here.
                        let plain = plain || (lang == s.base_language && s.state == model::SurveyState::Draft);
                        view! { <Translation s lang plain/> }.into_any()
                    }
                    Err(e) => view! { <ErrorView error=e/> }.into_any(),
                }
            })}}
        </Suspense>
    }
}

#[component]
fn Translation(s: Survey, lang: String, plain: bool) -> impl IntoView {
    let id = s.id;
    let base = s.base_language.clone();
    let draft = s.state == model::SurveyState::Draft;
    let heading = t_args(if plain { "survey-translate-plain-title" } else { "survey-translate-title" }, &[("language".into(), language_name(&lang))]);
    let keys: Vec<String> = s.all_keys().into_iter().filter(|k| s.texts.get(k, &base, false).is_some()).collect();
    let dir = crate::i18n::dir_of(&lang);
    view! {
        <PageTitle text=heading/>
        <SurveyTabs id current="translate"/>
        <nav aria-label=t("survey-languages")>
            <ul class="inline-list">
                {s.languages.iter().flat_map(|l| {
                    let standard = (*l != base || !draft).then(|| (l.clone(), false));
                    standard.into_iter().chain(std::iter::once((l.clone(), true)))
                }).map(|(l, p)| {
                    let label = if p { format!("{} ({})", language_name(&l), t("survey-plain-version")) } else { language_name(&l) };
                    let here = l == lang && p == plain;
                    view! { <li><a href=format!("/surveys/{id}/translate?lang={l}&plain={}", u8::from(p)) aria-current=here.then_some("page")>{label}</a></li> }
                }).collect_view()}
            </ul>
        </nav>
        <ErrorSummary/>
        <form method="post" action=format!("/surveys/{id}/translate") class="stack">
            <CsrfField/>
            <input type="hidden" name="lang" value=lang.clone()/>
            <input type="hidden" name="plain" value=if plain { "1" } else { "0" }/>
            {keys.into_iter().map(|key| {
                let source = if plain { s.text(&key, &lang, false) } else { s.text(&key, &base, false) };
                let name = format!("t-{key}");
                let current = FormState::value(&name).unwrap_or_else(|| s.texts.get(&key, &lang, plain).unwrap_or_default().to_string());
                let source_lang = if plain { lang.clone() } else { base.clone() };
                let field_lang = lang.clone();
                view! {
                    <div class="translation">
                        <p class="source" lang=source_lang>{source}</p>
                        <PlainCheck text=current.clone() lang=lang.clone()>
                            <div lang=field_lang dir=dir>
                                <TextArea name=name label=t_args("survey-text-of", &[("key".into(), key_label(&key))]) value=current.clone() maxlength=4000/>
                            </div>
                        </PlainCheck>
                    </div>
                }
            }).collect_view()}
            {(!draft).then(|| view! { <p class="hint">{t("survey-corrections-logged")}</p> })}
            <div class="actions">
                <button type="submit">{t("save")}</button>
                <button type="submit" class="secondary" name="check" value="1">{t("plain-check-button")}</button>
            </div>
        </form>
    }
}

/// What a text key belongs to, for labels: "title", "question 3", "option".
fn key_label(key: &str) -> String {
    match key {
        "title" => t("survey-title-field"),
        "intro" => t("survey-intro"),
        k if k.starts_with('s') => t("survey-section"),
        k if k.starts_with('o') => t("survey-option"),
        k if k.ends_with("lo") => t("survey-low-label"),
        k if k.ends_with("hi") => t("survey-high-label"),
        _ => t("survey-question-text"),
    }
}

/// `/surveys/:id/check`: the plain-language check of every text in every
/// language, what is missing, and publishing.
#[component]
pub fn CheckPage() -> impl IntoView {
    let data = load();
    view! {
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(d) => view! { <CheckSummary s=d.survey/> }.into_any(),
                    Err(e) => view! { <ErrorView error=e/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn CheckSummary(s: Survey) -> impl IntoView {
    let id = s.id;
    let problems = s.publish_problems();
    let draft = s.state == model::SurveyState::Draft;
    let keys = s.all_keys();
    let rows: Vec<(String, bool, usize, usize, Option<f64>, usize)> = s
        .languages
        .iter()
        .flat_map(|l| [(l.clone(), false), (l.clone(), true)])
        .map(|(l, plain)| {
            let mut hints = 0;
            let mut scores = Vec::new();
            let mut texts = 0;
            for k in &keys {
                if let Some(text) = s.texts.get(k, &l, plain) {
                    texts += 1;
                    if let Some((h, score)) = domain::plain_language::summary(text, &l) {
                        hints += h;
                        scores.extend(score);
                    }
                }
            }
            let average = (!scores.is_empty()).then(|| scores.iter().sum::<f64>() / scores.len() as f64);
            (l.clone(), plain, texts, s.missing(&l, plain).len(), average, hints)
        })
        .collect();
    view! {
        <PageTitle text=t("survey-check-title")/>
        <SurveyTabs id current="check"/>
        <ErrorSummary/>
        <table>
            <caption>{t("survey-check-caption")}</caption>
            <thead><tr>
                <th scope="col">{t("survey-language")}</th>
                <th scope="col">{t("survey-texts")}</th>
                <th scope="col">{t("survey-missing")}</th>
                <th scope="col">{t("plain-score-heading")}</th>
                <th scope="col">{t("plain-hints-heading")}</th>
            </tr></thead>
            <tbody>
                {rows.into_iter().map(|(l, plain, texts, missing, score, hints)| {
                    let name = if plain { format!("{} ({})", language_name(&l), t("survey-plain-version")) } else { language_name(&l) };
                    let checked = domain::plain_language::Lang::of(&l).is_some();
                    view! {
                        <tr>
                            <th scope="row">
                                <a href=format!("/surveys/{id}/translate?lang={l}&plain={}", u8::from(plain))>{name}</a>
                            </th>
                            <td>{texts}</td>
                            <td>{missing}</td>
                            <td>{if checked { score.map(|s| format!("{s:.0}")).unwrap_or_else(|| "–".into()) } else { t("plain-not-checked") }}</td>
                            <td>{if checked { hints.to_string() } else { "–".into() }}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
        <h2>{t("survey-publish-title")}</h2>
        {if !draft {
            view! { <p>{t("survey-already-published")}</p> }.into_any()
        } else if problems.is_empty() {
            view! {
                <p>{t("survey-ready")}</p>
                <form method="post" action=format!("/surveys/{id}/check")>
                    <CsrfField/>
                    <button type="submit">{t("survey-publish")}</button>
                </form>
            }.into_any()
        } else {
            view! {
                <ul class="error-list">
                    {problems.into_iter().map(|p| {
                        let text = if p.args.is_empty() { t(&p.message) } else { t_args(&p.message, &p.args) };
                        view! { <li>{text}</li> }
                    }).collect_view()}
                </ul>
            }.into_any()
        }}
    }
}

/// Closing a published survey now, from where moderators look for it.
#[component]
pub fn CloseSurvey(id: i32, back: &'static str) -> impl IntoView {
    view! {
        <form method="post" action=format!("/surveys/{id}/results") class="inline-form">
            <CsrfField/>
            <input type="hidden" name="back" value=back/>
            <button type="submit" name="action" value="close" class="secondary">{t("survey-close-now")}</button>
        </form>
    }
}
