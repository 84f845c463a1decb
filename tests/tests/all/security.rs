//! Security, tried as an attacker would: every endpoint of the router has an
//! access rule and refuses everyone else; every form takes a corpus of
//! hostile values without a 5xx and without sending markup back, and the
//! pages that show the stored text afterwards carry none either; pages send
//! a strict CSP with a fresh nonce; sessions end when they should; image
//! bombs are refused.
use crate::harness::{field_value, text, Backend, TestApp, ADMIN, DEMO_PASSWORD, MODERATOR, RESIDENT, STAFF};
use crate::on_both_databases;
use axum_method::Method;
use reqwest::cookie::Jar;
use std::collections::{BTreeMap, HashSet};
use std::sync::Arc;

mod axum_method {
    pub use reqwest::Method;
}

on_both_databases!(
    every_endpoint_has_an_access_rule_and_refuses_everyone_else,
    hostile_input_at_every_form_is_refused_or_stored_and_never_runs,
    titles_and_text_areas_show_markup_as_text,
    pages_send_a_strict_policy_with_a_fresh_nonce,
    sessions_end_with_a_new_password_and_after_their_lifetime,
    image_bombs_and_control_characters_are_handled,
);

/// Who may use an endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Access {
    /// Anyone, also without an account (what they may do is checked inside,
    /// e.g. a survey's audience).
    Public,
    SignedIn,
    Admin,
    /// Moderators of a forum covering the concern's district, staff of its
    /// office, admins.
    ConcernWorkers,
    /// Moderators of a forum covering the concern's district.
    CoveringModerator,
    /// Staff of the concern's office.
    OfficeStaff,
    /// Moderators of the survey's forum.
    SurveyOwner,
    /// Interviewers (and moderators) of the survey's forum.
    Interviewer,
    /// Moderators of any forum (what they may touch is checked inside).
    Moderator,
    /// A secret in the link or an API key.
    Secret,
}

/// The access rule of every endpoint. A new endpoint without a line here
/// fails the test: decide who may use it, then add it.
fn access(method: &Method, path: &str) -> Option<Access> {
    use Access::*;
    let post = *method == Method::POST;
    Some(match path {
        "/register" | "/login" | "/logout" | "/forgot" | "/reset" | "/language" | "/plain-language" | "/accessibility" | "/report" | "/privacy/request" => Public,
        "/privacy/request/confirm" | "/privacy/request/data.zip" => Secret,
        "/verify" | "/account/email/confirm" | "/concerns/confirm" | "/concerns/participate" | "/concerns/stop-following" => Secret,
        "/photos/{file}" => Public,
        "/concerns.geojson" | "/concerns/clusters.geojson" | "/districts.geojson" | "/districts/at" | "/places/search" | "/places/reverse" => Public,
        "/account" | "/account/password" | "/account/email" | "/account/delete" | "/account/data.zip" | "/account/data/prepare" | "/forums/{id}/join" | "/forums/{id}/leave" => SignedIn,
        "/forums/{id}/contact" => Public,
        "/concerns/{reference}/support" | "/concerns/{reference}/follow" | "/concerns/{reference}/flag" => Public,
        "/concerns/{reference}/comment" => SignedIn,
        "/concerns/{reference}/merge" => ConcernWorkers,
        "/concerns/{reference}/moderate" => CoveringModerator,
        "/concerns/{reference}/translations" => ConcernWorkers,
        "/moderation" => Moderator,
        "/office/concerns/{id}" => OfficeStaff,
        "/office/link/{token}" => Secret,
        "/surveys" => Moderator,
        "/surveys/{id}" | "/surveys/{id}/link" => Public,
        "/surveys/{id}/interview" => Interviewer,
        "/surveys/{id}/edit/{action}" | "/surveys/{id}/translate" | "/surveys/{id}/check" | "/surveys/{id}/results" | "/surveys/{id}/codes"
        | "/surveys/{id}/codes.csv" | "/surveys/{id}/paper" | "/surveys/{id}/paper/review" | "/surveys/{id}/export/{file}" => SurveyOwner,
        "/open311/v2/requests.json" if post => Secret,
        "/open311/v2/services.json" | "/open311/v2/services/{file}" | "/open311/v2/requests.json" | "/open311/v2/requests/{file}" => Public,
        // Public figures, feeds and open data: what the public pages show.
        "/statistics/{file}" | "/feeds/concerns.atom" | "/feeds/surveys.atom" | "/concerns/{reference}/feed.atom" => Public,
        "/open-data/concerns.csv" | "/open-data/concerns.json" | "/open-data/concerns.csv-metadata.json" | "/open-data/districts.csv" | "/open-data/surveys/{id}/{file}" => Public,
        p if p.starts_with("/admin/") => Admin,
        _ => return None,
    })
}

/// The people an attacker can be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Who {
    Anonymous,
    Resident,
    OtherModerator,
    OtherStaff,
    Admin,
}

fn refused(rule: Access) -> &'static [Who] {
    use Who::*;
    match rule {
        Access::Public | Access::Secret => &[],
        Access::SignedIn => &[Anonymous],
        Access::Admin => &[Anonymous, Resident, OtherModerator, OtherStaff],
        Access::ConcernWorkers => &[Anonymous, Resident, OtherModerator, OtherStaff],
        Access::CoveringModerator => &[Anonymous, Resident, OtherModerator, OtherStaff],
        Access::OfficeStaff => &[Anonymous, Resident, OtherModerator, OtherStaff],
        Access::SurveyOwner | Access::Interviewer => &[Anonymous, Resident, OtherModerator, OtherStaff],
        Access::Moderator => &[Anonymous, Resident, OtherStaff],
    }
}

const OTHER_MODERATOR: &str = "other-moderator@quartier.example";
const OTHER_STAFF: &str = "other-staff@quartier.example";

/// A concern in Berliner Platz (the demo moderator's district), routed to
/// office 66 (the demo staff's office), and the ids the paths need.
struct Targets {
    reference: String,
    concern_id: i64,
    survey_id: i64,
}

async fn setup(app: &TestApp) -> Targets {
    let db = &app.db;
    let other_forum = app
        .scalar(
            "SELECT MIN(f.id) AS n FROM forum f WHERE f.covers_all_districts = false AND NOT EXISTS \
             (SELECT 1 FROM forum_district fd JOIN district d ON d.id = fd.district_id WHERE fd.forum_id = f.id AND d.name = 'Berliner Platz')",
        )
        .await;
    let other_office = app.scalar("SELECT MIN(id) AS n FROM office WHERE code <> '66'").await;
    let m = domain::accounts::service::create_verified(db, OTHER_MODERATOR, "Other Mod", DEMO_PASSWORD, "de", false).await.unwrap();
    let s = domain::accounts::service::create_verified(db, OTHER_STAFF, "Other Staff", DEMO_PASSWORD, "de", false).await.unwrap();
    exec(app, &format!("INSERT INTO forum_role (forum_id, account_id, role) VALUES ({other_forum}, {m}, 'moderator')")).await;
    exec(app, &format!("INSERT INTO office_staff (office_id, account_id) VALUES ({other_office}, {s})")).await;

    let roads = crate::concerns::category_id(app, "roads").await;
    let district = crate::public::district_id(app, "Berliner Platz").await.to_string();
    app.login(RESIDENT, DEMO_PASSWORD).await;
    let (status, location, body) = crate::concerns::report(
        app,
        &[("title", "Gehweg am Platz uneben"), ("description", "Die Platten stehen hoch."), ("category", &roads), ("district", &district)],
    )
    .await;
    assert_eq!(status, 303, "{}", text(&body));
    app.logout().await;
    let reference = crate::concerns::reference_of(&location);
    let concern_id = app.scalar(&format!("SELECT id AS n FROM concern WHERE reference = '{reference}'")).await;
    // The demo survey (published, of the Berliner Platz forum).
    let survey_id = i64::from(server::demo_survey::create(db).await.unwrap());
    Targets { reference, concern_id, survey_id }
}

async fn exec(app: &TestApp, sql: &str) {
    use sea_orm::ConnectionTrait;
    app.db.execute_unprepared(sql).await.unwrap();
}

fn concrete(path: &str, t: &Targets) -> String {
    path.replace("{reference}", &t.reference)
        .replace("{id}", &if path.starts_with("/office/") { t.concern_id } else if path.starts_with("/surveys/") { t.survey_id } else { 1 }.to_string())
        .replace("{action}", "question")
        .replace("{token}", &"f".repeat(64))
        .replace("{file}", "responses.csv")
}

/// A browser of its own: cookie jar, CSRF token read from its pages.
struct Person {
    client: reqwest::Client,
    /// Signed in as whom ("" for nobody): the same form is tried once per kind.
    kind: &'static str,
}

impl Person {
    fn new() -> Person {
        let jar = Arc::new(Jar::default());
        let client = reqwest::Client::builder().cookie_provider(jar).redirect(reqwest::redirect::Policy::none()).build().unwrap();
        Person { client, kind: "" }
    }

    async fn signed_in(app: &TestApp, email: &'static str) -> Person {
        let mut p = Person::new();
        p.kind = email;
        let (status, _) = p.send(app, Method::POST, "/login", vec![("email".into(), email.into()), ("password".into(), DEMO_PASSWORD.into())]).await;
        assert_eq!(status, 303, "{email} signs in");
        p
    }

    async fn token(&self, app: &TestApp) -> String {
        let r = self.client.get(app.url("/privacy")).send().await.unwrap();
        field_value(&r.text().await.unwrap(), "_csrf").unwrap()
    }

    async fn get(&self, app: &TestApp, path: &str) -> (u16, String) {
        let r = self.client.get(app.url(path)).send().await.unwrap();
        (r.status().as_u16(), r.text().await.unwrap())
    }

    /// Sends fields as a form (with this person's token) or, for GET, as
    /// the query.
    async fn send(&self, app: &TestApp, method: Method, path: &str, fields: Vec<(String, String)>) -> (u16, String) {
        self.send_raw(app, method, path, &encode(&fields)).await
    }

    async fn send_raw(&self, app: &TestApp, method: Method, path: &str, body: &str) -> (u16, String) {
        let token = self.token(app).await;
        let r = if method == Method::GET {
            self.client.get(format!("{}?{body}", app.url(path))).send().await.unwrap()
        } else {
            self.client
                .post(app.url(path))
                .header("content-type", "application/x-www-form-urlencoded")
                .body(format!("_csrf={token}&{body}"))
                .send()
                .await
                .unwrap()
        };
        (r.status().as_u16(), r.text().await.unwrap())
    }
}

fn encode(fields: &[(String, String)]) -> String {
    url::form_urlencoded::Serializer::new(String::new()).extend_pairs(fields).finish()
}

async fn person(app: &TestApp, who: Who) -> Person {
    match who {
        Who::Anonymous => Person::new(),
        Who::Resident => Person::signed_in(app, RESIDENT).await,
        Who::OtherModerator => Person::signed_in(app, OTHER_MODERATOR).await,
        Who::OtherStaff => Person::signed_in(app, OTHER_STAFF).await,
        Who::Admin => Person::signed_in(app, ADMIN).await,
    }
}

/// Row counts of everything an action could write.
async fn snapshot(app: &TestApp) -> Vec<(String, i64)> {
    let mut out = Vec::new();
    for table in [
        "concern", "concern_event", "concern_comment", "content_translation", "survey", "survey_question",
        "survey_response", "survey_code", "forum", "forum_role", "office", "office_staff", "district", "category", "routing_rule",
        "api_key", "account WHERE is_admin = true", "concern WHERE hidden = true", "concern WHERE duplicate_of IS NOT NULL",
        "survey WHERE state = 'published'", "survey_text", "flag",
    ] {
        out.push((table.to_string(), app.count(table).await));
    }
    out
}

async fn every_endpoint_has_an_access_rule_and_refuses_everyone_else(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let targets = setup(&app).await;
    let endpoints = app::form_routes(&app.state).endpoints().to_vec();
    assert!(endpoints.len() > 40, "the router lists its endpoints");
    let missing: Vec<String> = endpoints.iter().filter(|e| access(&e.method, e.path).is_none()).map(|e| format!("{} {}", e.method, e.path)).collect();
    assert!(missing.is_empty(), "endpoints without an access rule in tests/tests/all/security.rs: {missing:?}");

    let before = snapshot(&app).await;
    let mut people = Vec::new();
    for who in [Who::Anonymous, Who::Resident, Who::OtherModerator, Who::OtherStaff, Who::Admin] {
        people.push((who, person(&app, who).await));
    }
    let mut tried = 0;
    for endpoint in &endpoints {
        let rule = access(&endpoint.method, endpoint.path).unwrap();
        let path = concrete(endpoint.path, &targets);
        for (who, p) in &people {
            if !refused(rule).contains(who) {
                continue;
            }
            // Plausible fields, so that a handler checking input before
            // rights would answer 422 and fail here.
            let fields: Vec<(String, String)> = [
                ("title", "x"), ("text", "x"), ("status", "in_progress"), ("decision", "hide"), ("decision_reason", "x"),
                ("target", "Q-2026-000001"), ("office", "1"), ("reason", "x"), ("name", "x"), ("kind", "rural"), ("email", "someone@example.org"),
                ("role", "admin"), ("display_name", "x"), ("language", "de"), ("comment", "x"), ("id", "1"), ("concern", "1"),
            ]
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
            let (status, body) = p.send(&app, endpoint.method.clone(), &path, fields).await;
            assert!(
                matches!(status, 401 | 403 | 404),
                "{who:?} {} {path} ({rule:?}) must be refused, got {status}: {}",
                endpoint.method,
                text(&body).chars().skip(200).take(600).collect::<String>()
            );
            if let Some(at) = body.find("@quartier.example") {
                let own = match who {
                    Who::Resident => RESIDENT,
                    Who::OtherModerator => OTHER_MODERATOR,
                    Who::OtherStaff => OTHER_STAFF,
                    _ => "",
                };
                let around = &body[at.saturating_sub(120)..(at + 40).min(body.len())];
                assert!(*who == Who::Admin || (!own.is_empty() && around.contains(own)), "{who:?} {path}: an address shown: {around}");
            }
            tried += 1;
        }
    }
    assert!(tried > 100, "{tried} refusals tried");
    assert_eq!(snapshot(&app).await, before, "nothing was written by refused requests");
    app.finish().await;
}

/// Values an attacker types into every field. Each one carries "1337" so a
/// leak is easy to find.
fn hostile_values() -> Vec<String> {
    vec![
        "</textarea><script>alert(1337)</script>".into(),
        "</title><script>alert(1337)</script>".into(),
        "\"><svg onload=alert(1337)>".into(),
        "x\" onmouseover=\"alert(1337)".into(),
        "javascript:alert(1337)".into(),
        format!("{}1337", "A".repeat(100_000)),
        "Ampel\u{0}kaputt\u{1b}[31m 1337".into(),
        "\u{202e}1337 gnp.exe".into(),
        "1337'; DROP TABLE concern; --".into(),
        "-99999999999999999999".into(),
        "1e309".into(),
    ]
}

/// The markup an attack would leave behind, if anything were unescaped.
fn assert_no_markup(body: &str, context: &str) {
    // Quotes need no escaping in text, so only what opens an element counts
    // on the raw page; attributes are judged from the parsed document.
    for needle in ["<script>alert(1337)", "<svg onload", "</textarea><script", "</title><script"] {
        assert!(!body.contains(needle), "{context}: unescaped markup {needle:?}");
    }
    let doc = scraper::Html::parse_document(body);
    for element in doc.root_element().descendants().filter_map(scraper::ElementRef::wrap) {
        let e = element.value();
        assert!(!e.attrs().any(|(name, _)| name.starts_with("on")), "{context}: an event handler attribute on <{}>", e.name());
        for attr in ["href", "src", "action", "formaction"] {
            assert!(!e.attr(attr).is_some_and(|v| v.trim().to_lowercase().starts_with("javascript:")), "{context}: a javascript: URL in {attr}");
        }
        if e.name() == "script" && e.attr("src").is_none() {
            assert!(!element.text().collect::<String>().contains("1337"), "{context}: an inline script with the attack");
        }
        if e.name() == "title" {
            assert_eq!(element.children().count(), element.text().count(), "{context}: markup inside <title>");
        }
    }
}

/// Every form a person of this kind sees on these pages: (action, method,
/// multipart, fields with their values).
type Form = (String, bool, Vec<(String, String)>);

fn forms_on(page: &str) -> Vec<Form> {
    let doc = scraper::Html::parse_document(page);
    let form_sel = scraper::Selector::parse("form[method=post]").unwrap();
    let field_sel = scraper::Selector::parse("input[name], textarea[name], select[name]").unwrap();
    let mut out = Vec::new();
    for form in doc.select(&form_sel) {
        let Some(action) = form.value().attr("action") else { continue };
        let multipart = form.value().attr("enctype").is_some_and(|e| e.contains("multipart"));
        let mut fields = Vec::new();
        for field in form.select(&field_sel) {
            let name = field.value().attr("name").unwrap().to_string();
            let kind = field.value().attr("type").unwrap_or("text");
            if name == "_csrf" || kind == "file" || kind == "submit" {
                continue;
            }
            if matches!(kind, "checkbox" | "radio") && field.value().attr("checked").is_none() {
                continue;
            }
            let value = match field.value().name() {
                "textarea" => field.text().collect(),
                "select" => {
                    let opt = scraper::Selector::parse("option").unwrap();
                    field.select(&opt).find(|o| o.value().attr("selected").is_some()).or_else(|| field.select(&opt).nth(1)).and_then(|o| o.value().attr("value")).unwrap_or("").to_string()
                }
                _ => field.value().attr("value").unwrap_or("").to_string(),
            };
            let value = if value.is_empty() { plausible(&name) } else { value };
            fields.push((name, value));
        }
        out.push((action.to_string(), multipart, fields));
    }
    out
}

/// What a person would type into an empty field, so that only the field
/// under attack is hostile and the rest of the form passes.
fn plausible(name: &str) -> String {
    match name {
        "email" | "contact_email" => "someone@example.org".into(),
        "title" | "description" | "comment" | "reason" | "message" | "answer" | "note" | "forward_reason" | "handback_reason"
        | "decision_reason" | "display_name" | "section_title" => "Der Gehweg ist seit Wochen kaputt.".into(),
        n if n.starts_with("t-") => "Ein Text".into(),
        _ => String::new(),
    }
}

/// The pattern of the router that a concrete path belongs to.
fn pattern_of(path: &str, endpoints: &[app::web::Endpoint]) -> Option<&'static str> {
    let path = path.split('?').next().unwrap();
    let parts: Vec<&str> = path.split('/').collect();
    endpoints
        .iter()
        .filter(|e| e.method == Method::POST)
        .map(|e| e.path)
        .filter(|p| {
            let pp: Vec<&str> = p.split('/').collect();
            pp.len() == parts.len() && pp.iter().zip(&parts).all(|(a, b)| a.starts_with('{') || a == b)
        })
        // A literal segment beats a parameter (`/admin/districts/new` over `{id}`).
        .max_by_key(|p| p.split('/').filter(|s| !s.starts_with('{')).count())
}

/// Pages on which each kind of person finds their forms.
fn form_pages(t: &Targets) -> Vec<(Who, Vec<String>)> {
    let r = &t.reference;
    let s = t.survey_id;
    let c = t.concern_id;
    vec![
        (Who::Admin, ["/admin/districts/new", "/admin/districts/1", "/admin/planning-spaces", "/admin/offices/new", "/admin/offices/1",
            "/admin/categories/new", "/admin/categories/1", "/admin/forums/new", "/admin/forums/1", "/admin/roles", "/admin/rules", "/admin/api-keys"]
            .iter().map(|p| p.to_string()).collect()),
        (Who::OtherModerator, vec![]),
        // A resident's report is public at once, so its stored text is read back below.
        (Who::Resident, vec!["/report".into(), format!("/concerns/{r}"), "/account".into()]),
        (Who::Anonymous, vec!["/report".into(), "/register".into(), "/login".into(), "/forgot".into(), "/reset?token=x".into(), "/accessibility".into(), "/privacy/request".into(), format!("/surveys/{s}")]),
        (Who::OtherStaff, vec![format!("/office/concerns/{c}")]),
    ]
}

async fn hostile_input_at_every_form_is_refused_or_stored_and_never_runs(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let t = setup(&app).await;
    let endpoints = app::form_routes(&app.state).endpoints().to_vec();
    let moderator = Person::signed_in(&app, MODERATOR).await;
    let staff = Person::signed_in(&app, STAFF).await;
    let s = t.survey_id;
    let mut pages: Vec<(&Person, String)> = Vec::new();
    let admin = person(&app, Who::Admin).await;
    let resident = person(&app, Who::Resident).await;
    let anonymous = person(&app, Who::Anonymous).await;
    for (who, list) in form_pages(&t) {
        let p = match who {
            Who::Admin => &admin,
            Who::Resident => &resident,
            Who::Anonymous => &anonymous,
            _ => continue,
        };
        pages.extend(list.into_iter().map(|l| (p, l)));
    }
    for path in [format!("/concerns/{}", t.reference), format!("/concerns/{}/translations", t.reference), "/moderation".into(), "/surveys".into(),
        format!("/surveys/{s}/edit"), format!("/surveys/{s}/translate"), format!("/surveys/{s}/check"), format!("/surveys/{s}/results"),
        format!("/surveys/{s}/codes"), format!("/surveys/{s}/paper"), format!("/surveys/{s}/interview")] {
        pages.push((&moderator, path));
    }
    pages.push((&staff, format!("/office/concerns/{}", t.concern_id)));

    // Find every form, once per endpoint pattern.
    let mut seen = HashSet::new();
    let mut forms: Vec<(&Person, String, Form)> = Vec::new();
    for (p, page) in &pages {
        let (status, body) = p.get(&app, page).await;
        assert_eq!(status, 200, "GET {page}");
        for form in forms_on(&body) {
            let Some(pattern) = pattern_of(&form.0, &endpoints) else { continue };
            if matches!(pattern, "/logout" | "/login") || !seen.insert((pattern, p.kind, form.2.iter().map(|f| f.0.clone()).collect::<Vec<_>>())) {
                continue;
            }
            forms.push((*p, page.clone(), form));
        }
    }
    let covered: HashSet<&str> = forms.iter().filter_map(|(_, _, f)| pattern_of(&f.0, &endpoints)).collect();
    // Forms only a mailed link or an API reaches, and those whose page needs
    // a state these pages do not have, are posted to with a guessed field.
    let mut extra: BTreeMap<&str, Vec<(String, String)>> = BTreeMap::new();
    for e in endpoints.iter().filter(|e| e.method == Method::POST) {
        if !covered.contains(e.path) && e.path != "/logout" && e.path != "/login" {
            extra.insert(e.path, vec![("text".into(), String::new()), ("email".into(), String::new()), ("token".into(), String::new())]);
        }
    }

    let values = hostile_values();
    let mut posts = 0;
    for (p, page, (action, multipart, fields)) in &forms {
        for i in 0..fields.len() {
            for value in &values {
                let mut sent = fields.clone();
                sent[i].1 = value.clone();
                // A form with a submission key stores once per key: a fresh
                // form for every attempt, as a person reloading would get.
                if let Some(k) = sent.iter().position(|(name, _)| name == "submission_key") {
                    if i != k {
                        let (_, again) = p.get(&app, page).await;
                        sent[k].1 = field_value(&again, "submission_key").unwrap_or_default();
                    }
                }
                let (status, body) = if *multipart {
                    multipart_post(&app, p, action, &sent).await
                } else {
                    p.send(&app, Method::POST, action, sent.clone()).await
                };
                posts += 1;
                let context = format!("POST {action} (form on {page}) with {}={:?}", fields[i].0, value.chars().take(40).collect::<String>());
                assert!(status < 500, "{context}: {status} {}", text(&body).chars().take(300).collect::<String>());
                assert_no_markup(&body, &context);
            }
        }
        // Broken UTF-8 in every field at once.
        let broken: String = fields.iter().map(|(k, _)| format!("{}=%FF%FE%00%C3%281337&", url::form_urlencoded::byte_serialize(k.as_bytes()).collect::<String>())).collect();
        let (status, body) = p.send_raw(&app, Method::POST, action, &broken).await;
        assert!(status < 500, "POST {action} with broken UTF-8: {status}");
        assert_no_markup(&body, &format!("POST {action} with broken UTF-8"));
    }
    for (path, fields) in &extra {
        let path = concrete(path, &t);
        for value in &values {
            let sent: Vec<(String, String)> = fields.iter().map(|(k, _)| (k.clone(), value.clone())).collect();
            for p in [&anonymous, &admin] {
                let (status, body) = p.send(&app, Method::POST, &path, sent.clone()).await;
                assert!(status < 500, "POST {path}: {status}");
                assert_no_markup(&body, &format!("POST {path}"));
            }
        }
    }
    eprintln!("hostile input: {} forms, {posts} posts, {} endpoints without a form on the pages", forms.len(), extra.len());
    assert!(app.count("concern WHERE title LIKE '%1337%' OR description LIKE '%1337%'").await > 10, "hostile reports were stored");
    assert!(forms.len() >= 30, "found {} forms", forms.len());
    assert!(posts > 1000, "{posts} hostile posts");

    // Read back everything that shows stored text, as each kind of person.
    for (who, p) in [("anonymous", &anonymous), ("resident", &resident), ("moderator", &moderator), ("staff", &staff), ("admin", &admin)] {
        let mut visit: Vec<String> = vec!["/".into(), "/concerns".into(), "/districts".into(), "/offices".into(), "/forums".into(), "/surveys".into(),
            "/moderation".into(), "/office".into(), "/admin/audit".into(), "/admin/districts".into(), "/admin/offices".into(),
            "/admin/categories".into(), "/admin/forums".into(), "/admin/roles".into(), "/admin/rules".into(), "/admin/api-keys".into(), "/account".into(),
            format!("/surveys/{s}"), format!("/surveys/{s}/results"), format!("/surveys/{s}/edit"), format!("/concerns/{}", t.reference),
            format!("/concerns/{}/translations", t.reference), format!("/office/concerns/{}", t.concern_id)];
        let (_, list) = p.get(&app, "/concerns").await;
        let doc = scraper::Html::parse_document(&list);
        let links = scraper::Selector::parse("a[href^='/concerns/Q-']").unwrap();
        visit.extend(doc.select(&links).filter_map(|a| a.value().attr("href").map(str::to_string)).take(25));
        let (_, forums) = p.get(&app, "/forums").await;
        let doc = scraper::Html::parse_document(&forums);
        let links = scraper::Selector::parse("a[href^='/forums/'], a[href^='/districts/']").unwrap();
        visit.extend(doc.select(&links).filter_map(|a| a.value().attr("href").map(str::to_string)).take(10));
        for path in visit {
            let (status, body) = p.get(&app, &path).await;
            assert!(status < 500, "{who} GET {path}: {status}");
            assert_no_markup(&body, &format!("{who} GET {path}"));
        }
    }
    // The search boxes (GET forms) take the same corpus; a broken encoding
    // and a NUL arrive percent-encoded as they would from a browser.
    // (An address holds at most some thousand characters: the long value is cut.)
    let mut queries: Vec<String> =
        values.iter().map(|v| url::form_urlencoded::byte_serialize(if v.len() > 8_000 { &v.as_bytes()[v.len() - 8_000..] } else { v.as_bytes() }).collect()).collect();
    queries.push("%FF%FE%00%C3%28".into());
    let admin = Person::signed_in(&app, ADMIN).await;
    for q in &queries {
        for (who, p, path) in [
            ("anonymous", &anonymous, "/concerns"),
            ("staff", &staff, "/office"),
            ("anonymous", &anonymous, "/districts"),
            ("moderator", &moderator, "/surveys/1/results"),
            ("anonymous", &anonymous, "/surveys/1"),
            ("admin", &admin, "/admin/roles"),
            ("anonymous", &anonymous, "/statistics"),
            ("moderator", &moderator, "/statistics/participation"),
        ] {
            let url = match path {
                results if results.ends_with("results") => format!("{results}?channel={q}&language={q}&district={q}"),
                // The access code a link brings, checked before any question.
                "/surveys/1" => format!("{path}?code={q}&lang={q}"),
                // The people search, and the address a "give a role" link fills in.
                "/admin/roles" => format!("{path}?q={q}&email={q}"),
                // The period, the category and a forum's own figures.
                "/statistics" => format!("{path}?period={q}&category={q}"),
                "/statistics/participation" => format!("{path}?period={q}&forum={q}"),
                _ => format!("{path}?q={q}&show={q}&sort={q}"),
            };
            let (status, body) = p.get(&app, &url).await;
            assert!(status < 500, "{who} GET {path} with {}: {status}", &q[..q.len().min(40)]);
            assert_no_markup(&body, &format!("{who} GET {path} with {}", &q[..q.len().min(40)]));
        }
    }
    // Open data is JSON, never read as a page: the text stays as written,
    // and the headers keep a browser from running it.
    let r = anonymous.client.get(app.url("/open311/v2/requests.json")).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 200);
    assert!(r.headers()["content-type"].to_str().unwrap().starts_with("application/json"));
    assert_eq!(r.headers()["x-content-type-options"], "nosniff");
    assert!(r.headers()["content-security-policy"].to_str().unwrap().starts_with("default-src 'none'"));
    let json: serde_json::Value = r.json().await.unwrap();
    assert!(json.as_array().unwrap().iter().any(|c| c["description"].as_str().is_some_and(|d| d.contains("1337"))), "hostile reports were stored and are public");
    app.finish().await;
}

async fn multipart_post(app: &TestApp, p: &Person, action: &str, fields: &[(String, String)]) -> (u16, String) {
    let mut form = reqwest::multipart::Form::new().text("_csrf", p.token(app).await);
    for (k, v) in fields {
        form = form.text(k.clone(), v.clone());
    }
    let r = p.client.post(app.url(action)).multipart(form).send().await.unwrap();
    (r.status().as_u16(), r.text().await.unwrap())
}

async fn titles_and_text_areas_show_markup_as_text(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let roads = crate::concerns::category_id(&app, "roads").await;
    let district = crate::public::district_id(&app, "Berliner Platz").await.to_string();
    app.login(RESIDENT, DEMO_PASSWORD).await;
    let title = "</title><script>alert(8)</script>";
    let (status, location, _) = crate::concerns::report(&app, &[("title", title), ("description", "Text"), ("category", &roads), ("district", &district)]).await;
    assert_eq!(status, 303);
    let reference = crate::concerns::reference_of(&location);
    let (_, page) = app.get(&format!("/concerns/{reference}")).await;
    assert_no_markup(&page, "concern page");
    let doc = scraper::Html::parse_document(&page);
    let t: String = doc.select(&scraper::Selector::parse("title").unwrap()).next().unwrap().text().collect();
    assert_eq!(t, format!("{title} – Quartier"), "the title shows the text as typed");

    // A failed report puts the description back into its textarea, escaped.
    let description = "</textarea><script>alert(7)</script>";
    let (status, _, body) = crate::concerns::report(&app, &[("title", ""), ("description", description), ("category", &roads), ("district", &district)]).await;
    assert_eq!(status, 422);
    assert_no_markup(&body, "report form again");
    assert_eq!(field_value(&body, "description").as_deref(), Some(description), "the person's text is kept as typed");

    // The same for a survey title, on every page that shows it.
    let survey = i64::from(server::demo_survey::create(&app.db).await.unwrap());
    exec(&app, &format!("UPDATE survey_text SET body = '</title><script>alert(9)</script>' WHERE survey_id = {survey} AND key = 'title'")).await;
    app.state.surveys.forget(survey as i32);
    app.logout().await;
    app.login(MODERATOR, DEMO_PASSWORD).await;
    for path in [format!("/surveys/{survey}"), format!("/surveys/{survey}/results"), format!("/surveys/{survey}/edit"), "/surveys".into()] {
        let (status, page) = app.get(&path).await;
        assert!(status < 500, "{path}");
        assert_no_markup(&page, &path);
    }
    app.finish().await;
}

async fn pages_send_a_strict_policy_with_a_fresh_nonce(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let mut nonces = HashSet::new();
    // `/concerns` twice: the second answer comes from the page cache.
    for path in ["/", "/concerns", "/concerns", "/report", "/no-such-page"] {
        let r = app.client.get(app.url(path)).send().await.unwrap();
        let headers = r.headers().clone();
        let body = r.text().await.unwrap();
        let csp = headers.get("content-security-policy").unwrap_or_else(|| panic!("{path}: CSP")).to_str().unwrap().to_string();
        let nonce = csp.split("'nonce-").nth(1).and_then(|s| s.split('\'').next()).unwrap_or_else(|| panic!("{path}: nonce in {csp}")).to_string();
        assert!(!csp.contains("unsafe-inline") && !csp.contains("'unsafe-eval'"), "{csp}");
        for part in ["default-src 'self'", "frame-ancestors 'none'", "base-uri 'none'", "form-action 'self'", "object-src 'none'", "style-src 'self'"] {
            assert!(csp.contains(part), "{path}: {part} in {csp}");
        }
        let doc = scraper::Html::parse_document(&body);
        let scripts: Vec<_> = doc.select(&scraper::Selector::parse("script").unwrap()).collect();
        assert!(!scripts.is_empty(), "{path}: hydration script");
        for s in scripts {
            assert_eq!(s.value().attr("nonce"), Some(nonce.as_str()), "{path}: every inline script carries this response's nonce");
        }
        assert!(nonces.insert(nonce), "{path}: a nonce is never sent twice");
        assert_eq!(headers.get("x-frame-options").unwrap(), "DENY");
        assert_eq!(headers.get("cross-origin-opener-policy").unwrap(), "same-origin");
        assert!(headers.get("permissions-policy").unwrap().to_str().unwrap().contains("camera=()"));
        assert!(headers.get("strict-transport-security").is_none(), "no HSTS over http");
    }
    let r = app.client.get(app.url("/assets/quartier.css")).send().await.unwrap();
    assert!(r.headers().get("content-security-policy").unwrap().to_str().unwrap().starts_with("default-src 'none'"));
    app.finish().await;
}

async fn sessions_end_with_a_new_password_and_after_their_lifetime(backend: Backend) {
    // The sign-ins are aged in the store behind the server's back: it must
    // not keep what it read of them (as it does for 5 s by default).
    let options = crate::harness::Options { configure: |c| c.session_cache_seconds = 0, ..Default::default() };
    let app = TestApp::spawn_with(backend, options).await;
    // Two devices of the same person; a reset from a third ends both.
    let phone = Person::signed_in(&app, RESIDENT).await;
    let laptop = Person::signed_in(&app, RESIDENT).await;
    assert!(text(&phone.get(&app, "/account").await.1).contains(RESIDENT));
    app.submit("/forgot", &[("email", RESIDENT)]).await;
    let mail = app.smtp.wait_for(RESIDENT, 1).await;
    let link = mail.link(&format!("{}/reset?token=", app.base)).unwrap();
    let token = link.split("token=").nth(1).unwrap().to_string();
    let (status, _, _) = app.submit("/reset", &[("token", &token), ("password", "Ein ganz neues Passwort 9")]).await;
    assert_eq!(status, 303);
    for device in [&phone, &laptop] {
        let (status, _) = device.get(&app, "/account").await;
        assert_eq!(status, 401, "signed out everywhere after the reset");
    }

    // An administrator's session ends after its shorter lifetime.
    let admin = Person::signed_in(&app, ADMIN).await;
    assert_eq!(admin.get(&app, "/admin").await.0, 200);
    age_sessions(&app, 9 * 3600).await;
    assert_eq!(admin.get(&app, "/admin").await.0, 401, "eight hours for admins");
    // A resident's lasts longer, but not for ever.
    let resident = Person::signed_in(&app, STAFF).await;
    age_sessions(&app, 9 * 3600).await;
    assert_eq!(resident.get(&app, "/account").await.0, 200);
    age_sessions(&app, 31 * 86_400).await;
    assert_eq!(resident.get(&app, "/account").await.0, 401, "thirty days at most");
    app.finish().await;
}

/// Moves every stored sign-in `seconds` into the past.
async fn age_sessions(app: &TestApp, seconds: i64) {
    use sea_orm::{ConnectionTrait, Statement};
    let backend = app.db.get_database_backend();
    let rows = app.db.query_all_raw(Statement::from_string(backend, "SELECT id, data FROM session".to_string())).await.unwrap();
    for row in rows {
        let id: String = row.try_get("", "id").unwrap();
        let data: String = row.try_get("", "data").unwrap();
        let mut value: serde_json::Value = serde_json::from_str(&data).unwrap();
        if let Some(since) = value.pointer_mut("/auth/since") {
            *since = serde_json::json!(since.as_i64().unwrap() - seconds);
            let sql = format!("UPDATE session SET data = '{}' WHERE id = '{id}'", value.to_string().replace('\'', "''"));
            app.db.execute_unprepared(&sql).await.unwrap();
        }
    }
}

async fn image_bombs_and_control_characters_are_handled(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let roads = crate::concerns::category_id(&app, "roads").await;
    let district = crate::public::district_id(&app, "Berliner Platz").await.to_string();
    let concerns = app.count("concern").await;
    let key = crate::concerns::submission_key(&app).await;
    let (status, _, body) = app
        .submit_files(
            "/report",
            &[("submission_key", &key), ("title", "Bombe"), ("description", "Ein kleines Bild"), ("category", &roads), ("district", &district), ("email", "bomb@example.org")],
            vec![("photos", "bomb.png", domain::concerns::photos::png_bomb(11_000, 11_000))],
        )
        .await;
    assert_eq!(status, 422, "{}", text(&body));
    assert!(text(&body).contains("„bomb.png“ hat zu viele Bildpunkte. Höchstens 50 Megapixel pro Foto."), "{}", text(&body));
    assert_eq!(field_value(&body, "title").as_deref(), Some("Bombe"), "input kept");
    assert_eq!(app.count("concern").await, concerns, "nothing written");

    // NUL and other control characters are removed at the door, the same
    // on both databases.
    app.login(RESIDENT, DEMO_PASSWORD).await;
    let (status, location, body) = crate::concerns::report(&app, &[("title", "Ampel\u{0} kaputt\u{7}"), ("description", "Zeile 1\r\nZeile\u{0}2\t!"), ("category", &roads), ("district", &district)]).await;
    assert_eq!(status, 303, "{}", text(&body));
    let reference = crate::concerns::reference_of(&location);
    let (_, page) = app.get(&format!("/concerns/{reference}")).await;
    assert!(text(&page).contains("Ampel kaputt"), "{}", text(&page));
    assert_eq!(app.count(&format!("concern WHERE reference = '{reference}' AND title = 'Ampel kaputt'")).await, 1);
    let (status, _) = app.get("/concerns?q=Am%00pel").await;
    assert_eq!(status, 200, "a NUL in the search is harmless too");
    app.finish().await;
}
