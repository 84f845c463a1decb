//! Answering a survey: online (signed in, by access code, or with a link
//! mailed to a confirmed address) and door-to-door interviews entered by a
//! member. Plain HTML forms; a survey in sections shows one page per
//! section and carries the answers of the other pages along.
#[cfg(feature = "ssr")]
use crate::web::parts::{Db, ReferenceCache, part};
use domain::vocabulary::survey::Audience;
use crate::error::PageError;
use domain::surveys::model::{Question, QuestionKind, Survey};
use super::Reading;
use crate::error::AppError;
use crate::forms::{CsrfField, ErrorSummary, Field, FormState, TextAreaInput};
use crate::i18n::{t, t_args};
use crate::layout::PageTitle;
use crate::pages::{ErrorView, Loading};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct AnswerData {
    pub survey: Survey,
    /// The language the survey is shown in, and plain mode.
    pub lang: String,
    pub plain: bool,
    /// Complete languages the respondent may switch to.
    pub offered: Vec<String>,
    /// `open`, `not-open`, `ended` or `draft` (a moderator's preview).
    pub status: String,
    /// The signed-in person already answered.
    pub answered: bool,
    /// Answering needs an access code (checked before any question).
    pub ask_code: bool,
    /// The code brought by a link or typed, as given.
    pub code: String,
    /// That code lets the person answer now.
    pub code_ok: bool,
    /// Why the code brought by a link cannot be used (a message key).
    pub code_refused: Option<String>,
    /// Offer a link by email (public survey, nobody signed in).
    pub offer_email: bool,
    /// The reader may not answer (members-only survey).
    pub members_only: bool,
    pub manage: bool,
    pub districts: Vec<(i32, String)>,
    pub submission_key: String,
}

#[server(endpoint = "surveys/answer", input = server_fn::codec::GetUrl)]
pub async fn fetch_answer(id: i32, interview: bool, lang: Option<String>, plain: Option<bool>, code: Option<String>) -> Result<AnswerData, PageError> {
    let db: Db = part()?; let reference_data: ReferenceCache = part()?;
    let viewer = crate::viewer::Viewer::current();
    let s = domain::surveys::service::load(&db, id).await?;
    let manage = viewer.user.as_ref().is_some_and(|u| u.may_run_forum(s.forum_id));
    if s.state == domain::surveys::model::SurveyState::Draft && !manage {
        return Err(AppError::NotFound.into());
    }
    if interview {
        let u = viewer.user.as_ref().ok_or(AppError::Unauthenticated)?;
        if !u.may_interview_for(s.forum_id) {
            return Err(AppError::Forbidden.into());
        }
    }
    let now = time::OffsetDateTime::now_utc();
    let status = if s.state == domain::surveys::model::SurveyState::Draft {
        "draft"
    } else if domain::surveys::service::is_open(&s, now) {
        "open"
    } else if domain::surveys::service::has_ended(&s, now) {
        "ended"
    } else {
        "not-open"
    };
    let offered = s.complete_languages();
    let lang = match lang.filter(|l| offered.contains(l)) {
        Some(l) => l,
        None => s.language_for(&viewer.lang),
    };
    // Youth surveys are in plain language unless switched off.
    let plain = plain.unwrap_or(viewer.plain || s.youth);
    let answered = match &viewer.user {
        Some(u) if !interview => domain::surveys::responses::has_answered(&db, domain::vocabulary::ids::SurveyId(s.id), domain::vocabulary::ids::AccountId(u.id)).await?,
        _ => false,
    };
    let signed_in = viewer.user.is_some();
    let members_only = !interview && s.audience == Audience::Members && !viewer.user.as_ref().is_some_and(|u| u.is_member_of(s.forum_id));
    let reference = reference_data.get(&db).await?;
    let ask_code = !interview && (s.audience == Audience::Codes || (s.audience == Audience::Public && !signed_in));
    // The code is checked now, before the person reads a single question.
    let code = code.map(|c| c.trim().to_string()).filter(|c| !c.is_empty()).unwrap_or_default();
    let (code_ok, code_refused) = if ask_code && status == "open" && !code.is_empty() {
        match domain::surveys::responses::check_code(&db, s.id, &code).await {
            Ok(()) => (true, None),
            Err(AppError::Invalid(e)) => (false, e.into_iter().next().map(|e| e.message)),
            Err(e) => return Err(e.into()),
        }
    } else {
        (false, None)
    };
    let districts = if s.asks_district { reference.districts.iter().map(|d| (d.id, d.name.clone())).collect() } else { Vec::new() };
    Ok(AnswerData {
        ask_code,
        code,
        code_ok,
        code_refused,
        offer_email: !interview && s.audience == Audience::Public && !signed_in && !s.youth,
        members_only,
        answered,
        manage,
        status: status.into(),
        offered,
        lang,
        plain,
        districts,
        submission_key: domain::tokens::random_token(),
        survey: s,
    })
}

fn survey_id() -> Option<i32> {
    use_params_map().with_untracked(|p| p.get("id").and_then(|v| v.parse().ok()))
}

/// `/surveys/:id`: a respondent answers.
#[component]
pub fn AnswerPage() -> impl IntoView {
    view! { <Answering interview=false/> }
}

/// `/surveys/:id/interview`: a member enters a neighbour's answers.
#[component]
pub fn InterviewPage() -> impl IntoView {
    view! { <Answering interview=true/> }
}

#[component]
fn Answering(interview: bool) -> impl IntoView {
    let id = survey_id();
    let q = use_query_map();
    let lang = q.with_untracked(|q| q.get("lang")).or_else(|| FormState::value("lang"));
    let plain = q.with_untracked(|q| q.get("plain")).or_else(|| FormState::value("plain")).map(|v| v == "1");
    let code = FormState::value("code").or_else(|| q.with_untracked(|q| q.get("code")));
    let data = Resource::new(move || (id, lang.clone(), plain, code.clone()), move |(id, lang, plain, code)| async move {
        match id {
            Some(id) => fetch_answer(id, interview, lang, plain, code).await,
            None => Err(AppError::NotFound.into()),
        }
    });
    view! {
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(d) => view! { <SurveyScreen d interview/> }.into_any(),
                    Err(e) => view! { <ErrorView error=e/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn SurveyScreen(d: AnswerData, interview: bool) -> impl IntoView {
    let reading = Reading { lang: d.lang.clone(), plain: d.plain };
    let s = d.survey.clone();
    let title = reading.text(&s, "title");
    let intro = reading.text(&s, "intro");
    let base = if interview { format!("/surveys/{}/interview", s.id) } else { format!("/surveys/{}", s.id) };
    let can_answer = matches!(d.status.as_str(), "open") && !d.answered && !d.members_only;
    // Who may answer is settled before the first question.
    let gate = can_answer && d.ask_code && !d.code_ok;
    let page_lang = crate::viewer::Viewer::current().lang;
    let languages_note = {
        let names: Vec<&str> = d.offered.iter().filter_map(|l| crate::i18n::language(l)).map(|l| l.name).collect();
        let mut args = vec![("languages".to_string(), names.join(", "))];
        let key = if d.offered.contains(&page_lang) {
            "survey-offered-languages"
        } else {
            args.push(("page".into(), crate::i18n::language(&page_lang).map(|l| l.name).unwrap_or("?").into()));
            args.push(("shown".into(), crate::i18n::language(&d.lang).map(|l| l.name).unwrap_or("?").into()));
            "survey-not-in-language"
        };
        t_args(key, &args)
    };
    let status_note = match d.status.as_str() {
        "draft" => Some(t("survey-preview-note")),
        "not-open" => Some(t("survey-not-open")),
        "ended" if s.results_public => Some(t("survey-ended-results")),
        "ended" => Some(t("survey-ended")),
        _ if d.answered => Some(t("survey-answered")),
        _ if d.members_only => Some(t("survey-members-only")),
        _ => None,
    };
    let offered = d.offered.clone();
    let plain_now = d.plain;
    let lang_now = d.lang.clone();
    view! {
        <div lang=reading.lang.clone() dir=reading.dir()>
            <PageTitle text=title/>
            {(!intro.is_empty()).then(|| view! { <p class="lead">{intro}</p> })}
        </div>
        {interview.then(|| view! { <p class="notice">{t("survey-interview-note")}</p> })}
        {s.anonymous.then(|| view! { <p class="notice">{t("survey-anonymous-note")}</p> })}
        <nav class="survey-languages" aria-label=t("survey-languages")>
            <ul class="inline-list">
                {offered.into_iter().map(|l| {
                    let name = crate::i18n::language(&l).map(|x| x.name).unwrap_or("?");
                    let current = l == lang_now;
                    view! { <li><a href=format!("{base}?lang={l}&plain={}", u8::from(plain_now)) lang=l.clone() aria-current=current.then_some("true")>{name}</a></li> }
                }).collect_view()}
                <li><a href=format!("{base}?lang={lang_now}&plain={}", u8::from(!plain_now))>{if plain_now { t("survey-plain-off") } else { t("survey-plain-on") }}</a></li>
            </ul>
        </nav>
        <p class="survey-offered">{languages_note}</p>
        {status_note.map(|n| view! { <p class="notice" role="status">{n}</p> })}
        <ErrorSummary/>
        {(d.status == "ended" && s.results_public).then(|| view! { <p><a href=format!("/surveys/{}/results", s.id)>{t("survey-results")}</a></p> })}
        {gate.then(|| view! { <AccessGate d=d.clone() action=base.clone() reading=reading.clone()/> })}
        {((can_answer && !gate) || d.status == "draft").then(|| view! {
            <SurveyForm d=d.clone() reading=reading.clone() action=base.clone() preview=!can_answer/>
        })}
        {d.manage.then(|| view! { <p><a href=format!("/surveys/{}/edit", s.id)>{t("survey-back-to-builder")}</a></p> })}
        {(d.manage && d.survey.state == domain::surveys::model::SurveyState::Published).then(|| view! { <super::builder::CloseSurvey id=s.id back="answer"/> })}
    }
}

/// Before any question: what the person needs to answer, and the code field.
/// Answers already typed (a code that failed on sending) travel along.
#[component]
fn AccessGate(d: AnswerData, action: String, reading: Reading) -> impl IntoView {
    let s = d.survey.clone();
    let public = s.audience == Audience::Public;
    let key = FormState::value("submission_key").filter(|k| !k.is_empty()).unwrap_or(d.submission_key.clone());
    let carried: Vec<(String, String)> = carried_answers(&s, &[])
        .into_iter()
        .chain(["page", "district"].into_iter().filter_map(|n| FormState::value(n).map(|v| (n.to_string(), v))))
        .collect();
    view! {
        <section aria-labelledby="gate-heading" class="gate">
            <h2 id="gate-heading">{t("survey-gate-title")}</h2>
            <p>{if public { t("survey-gate-public") } else { t("survey-gate-codes") }}</p>
            <form method="post" action=action class="stack" novalidate>
                <CsrfField/>
                <input type="hidden" name="submission_key" value=key/>
                <input type="hidden" name="lang" value=reading.lang.clone()/>
                <input type="hidden" name="plain" value=if reading.plain { "1" } else { "0" }/>
                <Field name="code" label=t("survey-code") hint=if public { t("survey-code-hint") } else { t("survey-code-hint-required") } value=d.code.clone() maxlength=20 autocomplete="off" error=d.code_refused.clone()/>
                {carried.into_iter().map(|(n, v)| view! { <input type="hidden" name=n value=v/> }).collect_view()}
                <button type="submit" name="nav" value="code">{t("survey-gate-continue")}</button>
            </form>
            {public.then(|| view! { <p><a href="/login">{t("survey-gate-sign-in")}</a></p> })}
        </section>
        {d.offer_email.then(|| view! { <EmailLinkForm id=s.id/> })}
    }
}

/// Without an account: a link with a personal code, mailed to a confirmed address.
#[component]
fn EmailLinkForm(id: i32) -> impl IntoView {
    view! {
        <section aria-labelledby="email-link-heading" class="similar">
            <h2 id="email-link-heading">{t("survey-email-title")}</h2>
            <p>{t("survey-email-intro")}</p>
            <form method="post" action=format!("/surveys/{id}/link") class="stack">
                <CsrfField/>
                <Field name="email" label=t("field-email") kind="email" autocomplete="email" maxlength=254/>
                <button type="submit" class="secondary">{t("survey-email-submit")}</button>
            </form>
        </section>
    }
}

/// The answers typed so far: from a failed or paged submit, else empty.
fn current_values(name: &str) -> Vec<String> {
    FormState::value(name).map(|v| v.split(',').map(str::to_string).filter(|v| !v.is_empty()).collect()).unwrap_or_default()
}

/// The answers to the questions not shown now, as hidden fields' (name, value).
fn carried_answers(s: &Survey, shown: &[i32]) -> Vec<(String, String)> {
    s.questions
        .iter()
        .filter(|q| !shown.contains(&q.id))
        .flat_map(|q| {
            let mut names = vec![format!("q{}", q.id)];
            names.extend(q.options.iter().map(|o| format!("q{}-o{o}", q.id)));
            names.into_iter().flat_map(|n| current_values(&n).into_iter().map(move |v| (n.clone(), v)))
        })
        .collect()
}

#[component]
fn SurveyForm(d: AnswerData, reading: Reading, action: String, preview: bool) -> impl IntoView {
    let s = d.survey.clone();
    let pages = s.pages();
    let page_count = pages.len();
    let page = FormState::value("page").and_then(|p| p.parse::<usize>().ok()).filter(|p| *p < page_count).unwrap_or(0);
    let key = FormState::value("submission_key").filter(|k| !k.is_empty()).unwrap_or(d.submission_key.clone());
    let (section, on_page) = pages.get(page).cloned().unwrap_or((None, Vec::new()));
    let on_page_ids: Vec<i32> = on_page.iter().map(|q| q.id).collect();
    // Answers of the other pages travel along as hidden fields.
    let carried = carried_answers(&s, &on_page_ids);
    let numbering: Vec<i32> = s.ordered_questions().iter().map(|q| q.id).collect();
    let total = numbering.len();
    let last = page + 1 >= page_count;
    let district_here = d.survey.asks_district && page == 0;
    let district_value = FormState::value("district").unwrap_or_default();
    let district_error = FormState::error_text_in("district", &reading.lang, reading.plain);
    let progress_text = reading.t_args("survey-progress", &[("page".into(), (page + 1).to_string()), ("pages".into(), page_count.to_string())]);
    view! {
        <form method="post" action=action class="stack survey-form" novalidate lang=reading.lang.clone() dir=reading.dir()>
            <CsrfField/>
            <input type="hidden" name="submission_key" value=key/>
            <input type="hidden" name="lang" value=reading.lang.clone()/>
            <input type="hidden" name="plain" value=if reading.plain { "1" } else { "0" }/>
            <input type="hidden" name="page" value=page.to_string()/>
            {(page_count > 1).then(|| view! {
                <div class="progress">
                    <p id="survey-progress">{progress_text.clone()}</p>
                    <progress max=page_count.to_string() value=(page + 1).to_string() aria-labelledby="survey-progress"></progress>
                </div>
            })}
            {section.map(|sid| view! { <h2>{reading.text(&s, &format!("s{sid}"))}</h2> })}
            {d.ask_code.then(|| view! { <input type="hidden" name="code" value=d.code.clone()/> })}
            {district_here.then(|| {
                let error_id = "field-district-error";
                view! {
                    <div class="field" class:field-error=district_error.is_some()>
                        <label for="field-district">{reading.t("survey-district")}</label>
                        {district_error.clone().map(|e| view! { <p class="error" id=error_id>{e}</p> })}
                        <select id="field-district" name="district" aria-describedby=district_error.as_ref().map(|_| error_id)>
                            <option value="">{reading.t("choose")}</option>
                            {d.districts.iter().map(|(id, name)| {
                                let selected = district_value == id.to_string();
                                view! { <option value=id.to_string() selected=selected>{name.clone()}</option> }
                            }).collect_view()}
                        </select>
                    </div>
                }
            })}
            {(d.survey.asks_district && page > 0).then(|| view! { <input type="hidden" name="district" value=district_value.clone()/> })}
            {on_page.into_iter().map(|q| {
                let n = numbering.iter().position(|x| *x == q.id).unwrap_or(0) + 1;
                view! { <QuestionInput s=s.clone() q=q.clone() reading=reading.clone() number=n total/> }
            }).collect_view()}
            {carried.into_iter().map(|(n, v)| view! { <input type="hidden" name=n value=v/> }).collect_view()}
            {(!preview).then(|| view! {
                <div class="actions">
                    {if last {
                        view! { <button type="submit" name="nav" value="send">{reading.t("survey-send")}</button> }.into_any()
                    } else {
                        view! { <button type="submit" name="nav" value="next">{reading.t("survey-next")}</button> }.into_any()
                    }}
                    {(page > 0).then(|| view! { <button type="submit" class="secondary" name="nav" value="back" formnovalidate>{reading.t("survey-back")}</button> })}
                </div>
            })}
        </form>
    }
}

/// What a question asks of the answer, said the same way online, on paper
/// and on the entry screen.
pub fn rule_hint(s: &Survey, q: &Question, reading: &Reading) -> Option<String> {
    let name = format!("q{}", q.id);
    match q.kind {
        QuestionKind::Multiple => Some(match (q.min_choices, q.max_choices) {
            (Some(min), Some(max)) if min > 0 => reading.t_args("survey-hint-between", &[("min".into(), min.to_string()), ("max".into(), max.to_string())]),
            (_, Some(max)) => reading.t_args("survey-hint-up-to", &[("max".into(), max.to_string())]),
            _ => reading.t("survey-hint-any"),
        }),
        QuestionKind::Scale => Some(reading.t_args("survey-hint-scale", &[
            ("min".into(), q.scale().start().to_string()),
            ("low".into(), reading.text(s, &format!("{name}lo"))),
            ("max".into(), q.scale().end().to_string()),
            ("high".into(), reading.text(s, &format!("{name}hi"))),
        ])),
        QuestionKind::Ranking => Some(reading.t("survey-hint-ranking")),
        QuestionKind::Text => Some(reading.t_args("survey-hint-text", &[("max".into(), q.text_limit().to_string())])),
        _ => None,
    }
}

/// One question as form controls, with its error linked for screen readers.
#[component]
pub fn QuestionInput(s: Survey, q: Question, reading: Reading, number: usize, total: usize) -> impl IntoView {
    let name = format!("q{}", q.id);
    let error = FormState::error_text_in(&name, &reading.lang, reading.plain);
    let error_id = format!("field-{name}-error");
    let hint_id = format!("field-{name}-hint");
    let text = reading.text(&s, &name);
    let label = view! {
        <span class="question-number">{reading.t_args("survey-question-number", &[("n".into(), number.to_string()), ("total".into(), total.to_string())])}</span>
        " "{text}{q.required.then(|| view! { <span class="required">" *"</span> })}
    };
    let hint = rule_hint(&s, &q, &reading);
    let described = [hint.as_ref().map(|_| hint_id.clone()), error.as_ref().map(|_| error_id.clone())].into_iter().flatten().collect::<Vec<_>>().join(" ");
    let described = (!described.is_empty()).then_some(described);
    let invalid = error.as_ref().map(|_| "true");
    let chosen = current_values(&name);
    let hint_view = hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{h}</p> });
    let error_view = error.clone().map(|e| view! { <p class="error" id=error_id.clone()>{e}</p> });
    if q.kind == QuestionKind::Text {
        let value = chosen.join(",");
        let value = FormState::value(&name).unwrap_or(value);
        return view! {
            <div class="field question" class:field-error=error.is_some()>
                <label for=format!("field-{name}")>{label}</label>
                {hint_view}
                {error_view}
                <TextAreaInput id=format!("field-{name}") name=name.clone() rows=4 maxlength=Some(q.text_limit() as u32)
                    value=value invalid=invalid.is_some() described=described/>
            </div>
        }.into_any();
    }
    // (value, label) of each choice; checkboxes for multiple choice.
    let choices: Vec<(String, String)> = match q.kind {
        QuestionKind::Single | QuestionKind::Multiple => q.options.iter().map(|o| (o.to_string(), reading.text(&s, &format!("o{o}")))).collect(),
        QuestionKind::YesNo => vec![("yes".into(), reading.t("survey-yes")), ("no".into(), reading.t("survey-no"))],
        QuestionKind::Scale => q.scale().map(|v| {
            let mut l = v.to_string();
            if v == *q.scale().start() {
                l = format!("{v} – {}", reading.text(&s, &format!("{name}lo")));
            } else if v == *q.scale().end() {
                l = format!("{v} – {}", reading.text(&s, &format!("{name}hi")));
            }
            (v.to_string(), l)
        }).collect(),
        _ => Vec::new(),
    };
    let input_type = if q.kind == QuestionKind::Multiple { "checkbox" } else { "radio" };
    let ranking = q.kind == QuestionKind::Ranking;
    let places = q.options.len();
    view! {
        <fieldset class="field question" class:field-error=error.is_some() class:scale=q.kind == QuestionKind::Scale aria-describedby=described>
            <legend>{label}</legend>
            {hint_view}
            {error_view}
            {choices.into_iter().enumerate().map(|(i, (value, text))| {
                let id = if i == 0 { format!("field-{name}") } else { format!("field-{name}-{i}") };
                let checked = chosen.contains(&value);
                view! {
                    <div class="choice">
                        <input type=input_type id=id.clone() name=name.clone() value=value checked=checked aria-invalid=invalid/>
                        <label for=id>{text}</label>
                    </div>
                }
            }).collect_view()}
            {ranking.then(|| q.options.iter().enumerate().map(|(i, o)| {
                let field = format!("{name}-o{o}");
                let id = if i == 0 { format!("field-{name}") } else { format!("field-{field}") };
                let current = current_values(&field).first().cloned().unwrap_or_default();
                view! {
                    <div class="ranking">
                        <select id=id.clone() name=field aria-invalid=invalid>
                            <option value="">"–"</option>
                            {(1..=places).map(|p| {
                                let selected = current == p.to_string();
                                view! { <option value=p.to_string() selected=selected>{p}</option> }
                            }).collect_view()}
                        </select>
                        <label for=id>{reading.text(&s, &format!("o{o}"))}</label>
                    </div>
                }
            }).collect_view())}
        </fieldset>
    }.into_any()
}

/// After sending: thanks, and where the results will be.
#[component]
pub fn ThanksPage() -> impl IntoView {
    let id = survey_id().unwrap_or_default();
    let interview = use_query_map().with_untracked(|q| q.get("interview")).is_some();
    view! {
        <PageTitle text=t("survey-thanks-title")/>
        <p class="notice" role="status">{t("survey-thanks")}</p>
        {if interview {
            view! { <p><a href=format!("/surveys/{id}/interview")>{t("survey-interview-next")}</a></p> }.into_any()
        } else {
            view! { <p><a href="/surveys">{t("surveys-title")}</a></p> }.into_any()
        }}
    }
}
