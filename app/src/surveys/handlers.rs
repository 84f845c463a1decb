//! Form endpoints and downloads of surveys. Each checks who may act in the
//! service it calls; these only read the form and answer.
use crate::web::parts::{Db, MailWakeup, ReferenceCache, ResponseWriter, SharedSettings, SurveyCache};
use domain::vocabulary::ids::{AnswerId, QuestionId, SectionId, SurveyId};
use domain::surveys::model::{read_answers, Survey};
use domain::surveys::responses::{Channel, Submission};
use domain::surveys::{export, paper, questions, responses, results, service};
use crate::error::{AppError, AppResult};
use crate::forms::FormState;
use domain::accounts::SignedIn;
use crate::web::{see_other, Submitted};
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use std::collections::HashMap;

pub fn routes() -> crate::web::Routes {
    crate::web::Routes::new()
        .post("/surveys", create)
        .post("/surveys/{id}", answer)
        .post("/surveys/{id}/interview", interview)
        .post("/surveys/{id}/link", email_link)
        .post("/surveys/{id}/edit/{action}", edit)
        .post("/surveys/{id}/translate", translate)
        .post("/surveys/{id}/check", publish)
        .post("/surveys/{id}/results", results_action)
        .post("/surveys/{id}/codes", codes)
        .get("/surveys/{id}/codes.csv", codes_csv)
        .post("/surveys/{id}/paper", paper_entry)
        .post("/surveys/{id}/paper/review", paper_review)
        .get("/surveys/{id}/export/{file}", download)
}

fn signed_in(f: &Submitted) -> AppResult<SignedIn> {
    f.viewer().user.ok_or(AppError::Unauthenticated)
}

/// The signed-in person, if they may manage this survey: asked before any
/// field of a manager's form is read, so a refusal never depends on input.
async fn manager(db: &Db, f: &Submitted, id: i32) -> AppResult<SignedIn> {
    let user = signed_in(f)?;
    service::load_managed(db, Some(&user), id).await?;
    Ok(user)
}

fn id_of(v: &str, field: &str) -> AppResult<i32> {
    v.trim().parse().map_err(|_| AppError::invalid(field, "error-invalid"))
}

async fn create(State(db): State<Db>, form: Submitted) -> Response {
    form.respond(|f| async move {
        let user = signed_in(&f)?;
        // An id that is no number is nobody's forum: refused like any other.
        let forum = f.get("forum").trim().parse().unwrap_or(0);
        let id = service::create(&db, &user, forum, f.get("language"), f.get("title")).await?;
        Ok(see_other(&format!("/surveys/{id}/edit?notice=saved")))
    })
    .await
}

/// Builder actions, one per URL, each re-rendering the builder on error.
async fn edit(State(db): State<Db>, State(survey_cache): State<SurveyCache>, Path((id, action)): Path<(i32, String)>, form: Submitted) -> Response {
    form.respond(|f| async move {
        let user = manager(&db, &f, id).await?;
        let db = &db;
        let question = || f.get("question").parse::<i32>().ok();
        let mut anchor = String::new();
        match action.as_str() {
            // "Check" sends the form to see the plain-language hints for
            // what was typed, without saving it.
            "check" => {
                let values = f.values();
                return Ok(f.render(FormState { values, errors: Vec::new() }, StatusCode::OK).await);
            }
            "settings" => {
                service::update_settings(db, &user, id, service::SettingsForm {
                    title: f.get("title").into(),
                    intro: f.get("intro").into(),
                    audience: f.get("audience").into(),
                    youth: f.get("youth") == "on",
                    anonymous: f.get("anonymous") == "on",
                    results_public: f.get("results_public") == "on",
                    asks_district: f.get("asks_district") == "on",
                    paged: f.get("paged") == "on",
                    double_entry: f.get("double_entry") == "on",
                    opens_at: f.get("opens_at").into(),
                    closes_at: f.get("closes_at").into(),
                })
                .await?
            }
            "question" => {
                let prefix = match question() {
                    Some(q) => format!("q{q}-"),
                    None => "new-".into(),
                };
                let get = |n: &str| f.get(&format!("{prefix}{n}")).to_string();
                let saved = questions::save_question(db, &user, id, question(), questions::QuestionForm {
                    kind: get("kind"),
                    text: get("text"),
                    required: get("required") == "on",
                    section: get("section"),
                    options: get("options"),
                    min_choices: get("min_choices"),
                    max_choices: get("max_choices"),
                    scale_min: get("scale_min"),
                    scale_max: get("scale_max"),
                    low_label: get("low_label"),
                    high_label: get("high_label"),
                    max_length: get("max_length"),
                })
                .await?;
                anchor = format!("#question-{saved}");
            }
            "delete-question" => questions::delete_question(db, &user, SurveyId(id), QuestionId(question().ok_or(AppError::NotFound)?)).await?,
            "up" | "down" => {
                let q = question().ok_or(AppError::NotFound)?;
                questions::move_question(db, &user, SurveyId(id), QuestionId(q), if action == "up" { -1 } else { 1 }).await?;
                anchor = format!("#question-{q}");
            }
            "section" => questions::add_section(db, &user, id, f.get("section_title")).await?,
            "delete-section" => questions::delete_section(db, &user, SurveyId(id), SectionId(id_of(f.get("section"), "section")?)).await?,
            "language" => {
                service::add_language(db, &user, id, f.get("language")).await?;
                survey_cache.forget(id);
            }
            _ => return Err(AppError::NotFound),
        }
        Ok(see_other(&format!("/surveys/{id}/edit?notice=saved{anchor}")))
    })
    .await
}

async fn translate(State(db): State<Db>, State(survey_cache): State<SurveyCache>, Path(id): Path<i32>, form: Submitted) -> Response {
    form.respond(|f| async move {
        let user = manager(&db, &f, id).await?;
        let lang = f.get("lang").to_string();
        let plain = f.get("plain") == "1";
        if f.get("check") == "1" {
            let values = f.values();
            return Ok(f.render(FormState { values, errors: Vec::new() }, StatusCode::OK).await);
        }
        let texts: Vec<(String, String)> =
            f.fields.iter().filter_map(|(k, v)| k.strip_prefix("t-").map(|key| (key.to_string(), v.clone()))).collect();
        service::save_translation(&db, &user, id, &lang, plain, texts).await?;
        survey_cache.forget(id);
        Ok(see_other(&format!("/surveys/{id}/translate?lang={lang}&plain={}&notice=saved", u8::from(plain))))
    })
    .await
}

async fn publish(State(db): State<Db>, State(survey_cache): State<SurveyCache>, Path(id): Path<i32>, form: Submitted) -> Response {
    form.respond(|f| async move {
        service::publish(&db, &signed_in(&f)?, id).await?;
        survey_cache.forget(id);
        Ok(see_other(&format!("/surveys/{id}/edit?notice=published")))
    })
    .await
}

async fn results_action(State(db): State<Db>, State(survey_cache): State<SurveyCache>, Path(id): Path<i32>, form: Submitted) -> Response {
    form.respond(|f| async move {
        let user = manager(&db, &f, id).await?;
        match f.get("action") {
            "release-all" => {
                results::release_all_texts(&db, &user, id).await?;
            }
            "hide" | "show" => {
                let answer = id_of(f.get("answer"), "answer")?;
                results::set_text_hidden(&db, &user, SurveyId(id), AnswerId(answer), f.get("action") == "hide").await?;
            }
            other => service::set_state(&db, &user, id, other).await?,
        }
        survey_cache.forget(id);
        // Closing may come from the survey's own pages; it ends there.
        Ok(match f.get("back") {
            "edit" => see_other(&format!("/surveys/{id}/edit?notice=saved")),
            "answer" => see_other(&format!("/surveys/{id}?notice=saved")),
            _ => see_other(&format!("/surveys/{id}/results?notice=saved")),
        })
    })
    .await
}

/// Reads the district question: empty, or a known district.
async fn district(db: &Db, reference_data: &ReferenceCache, s: &Survey, value: &str) -> AppResult<Option<i32>> {
    if !s.asks_district || value.trim().is_empty() {
        return Ok(None);
    }
    let reference = reference_data.get(db).await?;
    let id = value.trim().parse::<i32>().ok().filter(|id| reference.districts.iter().any(|d| d.id == *id));
    id.map(Some).ok_or_else(|| AppError::invalid("district", "survey-error-district"))
}

/// One step of answering: next or back between pages, or sending.
async fn take_answers(db: Db, reference_data: ReferenceCache, survey_cache: SurveyCache, response_writer: ResponseWriter, f: Submitted, id: i32, interview: bool) -> AppResult<Response> {
    let s = survey_cache.published(&db, id).await?;
    if interview {
        // Rights first, by the writer's own rule, before any answer is read.
        let probe = Submission {
            channel: Channel::Interview,
            user: f.viewer().user,
            code: String::new(),
            language: String::new(),
            plain: false,
            district: None,
            answers: Vec::new(),
            submission_key: String::new(),
        };
        responses::access(&s, &probe, time::OffsetDateTime::now_utc())?;
    }
    let pages = s.pages();
    let page = f.get("page").parse::<usize>().unwrap_or(0).min(pages.len().saturating_sub(1));
    let get_all = |n: &str| f.all(n).into_iter().map(str::to_string).collect::<Vec<_>>();
    let step = |to: usize| {
        let mut values = f.values();
        values.insert("page".into(), to.to_string());
        values
    };
    match f.get("nav") {
        // The access code, before any question: checked at once.
        "code" => {
            responses::check_code(&db, s.id, f.get("code")).await?;
            return Ok(f.render(FormState { values: f.values(), errors: Vec::new() }, StatusCode::OK).await);
        }
        "back" => {
            let values = step(page.saturating_sub(1));
            return Ok(f.render(FormState { values, errors: Vec::new() }, StatusCode::OK).await);
        }
        "next" if page + 1 < pages.len() => {
            let mut errors = read_answers(pages[page].1.iter().copied(), &get_all).err().unwrap_or_default();
            if page == 0 && s.asks_district {
                if let Err(AppError::Invalid(e)) = district(&db, &reference_data, &s, f.get("district")).await {
                    errors.extend(e);
                }
                if f.get("district").trim().is_empty() {
                    errors.push(crate::error::FieldError::new("district", "survey-error-district"));
                }
            }
            if !errors.is_empty() {
                return Err(AppError::Invalid(errors));
            }
            let values = step(page + 1);
            return Ok(f.render(FormState { values, errors: Vec::new() }, StatusCode::OK).await);
        }
        _ => {}
    }
    let answers = read_answers(s.ordered_questions(), &get_all).map_err(AppError::Invalid)?;
    let district = district(&db, &reference_data, &s, f.get("district")).await?;
    let viewer = f.viewer();
    response_writer.submit(&db, s, Submission {
        channel: if interview { Channel::Interview } else { Channel::Online },
        user: viewer.user,
        code: f.get("code").into(),
        language: f.get("lang").into(),
        plain: f.get("plain") == "1",
        district,
        answers,
        submission_key: f.get("submission_key").into(),
    })
    .await?;
    Ok(see_other(&format!("/surveys/{id}/thanks{}", if interview { "?interview=1" } else { "" })))
}

async fn answer(State(db): State<Db>, State(reference_data): State<ReferenceCache>, State(survey_cache): State<SurveyCache>, State(response_writer): State<ResponseWriter>, Path(id): Path<i32>, form: Submitted) -> Response {
    form.respond(|f| take_answers(db, reference_data, survey_cache, response_writer, f, id, false)).await
}

async fn interview(State(db): State<Db>, State(reference_data): State<ReferenceCache>, State(survey_cache): State<SurveyCache>, State(response_writer): State<ResponseWriter>, Path(id): Path<i32>, form: Submitted) -> Response {
    form.respond(|f| take_answers(db, reference_data, survey_cache, response_writer, f, id, true)).await
}

async fn email_link(State(db): State<Db>, State(settings): State<SharedSettings>, State(mail_wakeup): State<MailWakeup>, Path(id): Path<i32>, form: Submitted) -> Response {
    form.respond(|f| async move {
        let s = service::load(&db, id).await?;
        let viewer = f.viewer();
        responses::code_by_email(&db, &settings, &s, f.get("email"), &viewer.lang, viewer.plain).await?;
        mail_wakeup.notify_one();
        Ok(see_other(&format!("/surveys/{id}?notice=survey-link-mailed")))
    })
    .await
}

async fn codes(State(db): State<Db>, Path(id): Path<i32>, form: Submitted) -> Response {
    form.respond(|f| async move {
        let user = manager(&db, &f, id).await?;
        responses::generate_codes(&db, &user, id, f.get("count")).await?;
        Ok(see_other(&format!("/surveys/{id}/codes?notice=saved")))
    })
    .await
}

async fn paper_entry(State(db): State<Db>, State(reference_data): State<ReferenceCache>, Path(id): Path<i32>, form: Submitted) -> Response {
    form.respond(|f| async move {
        let user = signed_in(&f)?;
        let s = service::load_managed(&db, Some(&user), id).await?;
        let language = match f.get("lang") {
            l if s.languages.iter().any(|x| x == l) => l.to_string(),
            _ => return Err(AppError::invalid("lang", "error-unknown-language")),
        };
        let answers = paper::read_paper(&s, &|n: &str| f.get(n).to_string()).map_err(AppError::Invalid)?;
        let district = district(&db, &reference_data, &s, f.get("district")).await?;
        let typed = paper::PaperAnswers { language: language.clone(), district, answers };
        let notice = match paper::enter(&db, &s, &user, f.get("form_number"), typed).await? {
            paper::Entered::Counted => "paper-counted",
            paper::Entered::FirstOfTwo => "paper-first",
            paper::Entered::Mismatch => "paper-mismatch",
        };
        Ok(see_other(&format!("/surveys/{id}/paper?lang={language}&notice={notice}")))
    })
    .await
}

async fn paper_review(State(db): State<Db>, Path(id): Path<i32>, form: Submitted) -> Response {
    form.respond(|f| async move {
        let user = signed_in(&f)?;
        let s = service::load_managed(&db, Some(&user), id).await?;
        paper::resolve(&db, &s, &user, f.get("form_number"), f.get("keep")).await?;
        Ok(see_other(&format!("/surveys/{id}/paper/review?notice=saved")))
    })
    .await
}

use crate::web::{download as file, download_failure as failure};

async fn managed(db: &Db, parts: &axum::http::request::Parts, id: i32) -> AppResult<(Survey, crate::viewer::Viewer)> {
    let viewer = parts.extensions.get::<crate::viewer::Viewer>().cloned().unwrap_or_default();
    let s = service::load_managed(db, viewer.user.as_ref(), id).await?;
    Ok((s, viewer))
}

async fn codes_csv(State(db): State<Db>, State(settings): State<SharedSettings>, Path(id): Path<i32>, req: axum::extract::Request) -> Response {
    let (parts, _) = req.into_parts();
    let result = async {
        let (s, _) = managed(&db, &parts, id).await?;
        let mut w = csv::Writer::from_writer(Vec::new());
        let link = format!("{}/surveys/{}", settings.base_url, s.id);
        let write = |w: &mut csv::Writer<Vec<u8>>, r: [&str; 3]| w.write_record(r).map_err(|e| AppError::Internal(e.to_string()));
        write(&mut w, ["code", "used", "link"])?;
        for (code, used) in responses::codes(&db, s.id).await? {
            write(&mut w, [&responses::display_code(&code), if used { "yes" } else { "no" }, &format!("{link}?code={code}")])?;
        }
        w.into_inner().map_err(|e| AppError::Internal(e.to_string()))
    }
    .await;
    match result {
        Ok(body) => file(&format!("survey-{id}-codes.csv"), "text/csv; charset=utf-8", body),
        Err(e) => failure(&parts, e),
    }
}

/// `responses` and `results`, each as `.csv`, `-excel.csv`, `.xlsx` and `.json`.
async fn download(State(db): State<Db>, State(reference_data): State<ReferenceCache>, Path((id, name)): Path<(i32, String)>, Query(q): Query<HashMap<String, String>>, req: axum::extract::Request) -> Response {
    let (parts, _) = req.into_parts();
    let result = async {
        let (s, viewer) = managed(&db, &parts, id).await?;
        let lang = s.language_for(&viewer.lang);
        let labels = export::Labels {
            yes: crate::i18n::translate(&viewer.lang, viewer.plain, "survey-yes"),
            no: crate::i18n::translate(&viewer.lang, viewer.plain, "survey-no"),
            ui_lang: viewer.lang.clone(),
        };
        let filter = results::Filter {
            channel: q.get("channel").and_then(|c| domain::surveys::model::ResponseChannel::parse(c)),
            language: q.get("language").filter(|l| crate::i18n::is_shipped(l)).cloned(),
            district: q.get("district").and_then(|d| d.parse().ok()),
        };
        let results = || results::compute(&db, &s, &filter, true);
        if let Some((table, format)) = domain::spreadsheet::Format::of_file(&name) {
            let table = match table {
                "responses" => {
                    let reference = reference_data.get(&db).await?;
                    let districts = reference.districts.iter().map(|d| (d.id, d.name.clone())).collect();
                    export::responses_table(&db, &s, &lang, &labels, &districts).await?
                }
                "results" => export::results_table(&s, &results().await?, &lang, &labels),
                _ => return Err(AppError::NotFound),
            };
            return Ok((format.content_type(), domain::spreadsheet::write(&table, format)?));
        }
        Ok::<_, AppError>(match name.as_str() {
            "responses.json" => ("application/json", export::responses_json(&db, &s, &lang, &labels).await?),
            "results.json" => ("application/json", export::results_json(&s, &results().await?, &lang, &labels)?),
            _ => return Err(AppError::NotFound),
        })
    }
    .await;
    match result {
        Ok((content_type, body)) => file(&format!("survey-{id}-{name}"), content_type, body),
        Err(e) => failure(&parts, e),
    }
}
