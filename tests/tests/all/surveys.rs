//! Surveys end to end over HTTP: building, languages and the plain-language
//! check, publishing, answering by account, code and emailed link, paper
//! forms entered twice, interviews, results, exports, and who may do what.
use crate::harness::{field_value, text, Backend, TestApp, ADMIN, DEMO_PASSWORD, MODERATOR, RESIDENT, STAFF};
use crate::on_both_databases;

on_both_databases!(
    moderators_build_translate_check_and_publish,
    answers_are_checked_counted_and_exported,
    anonymous_surveys_keep_no_path_to_a_person,
    paper_forms_are_entered_twice_and_interviews_recorded,
    only_the_owning_forum_manages_its_surveys,
    sections_links_members_youth_schedule_and_print,
    concurrent_answers_each_get_their_own_outcome,
    codes_are_sought_in_their_index,
);

pub const INTERVIEWER: &str = "interviewer@quartier.example";

pub async fn forum_id(app: &TestApp, name: &str) -> i64 {
    app.scalar(&format!("SELECT id AS n FROM forum WHERE name = '{name}'")).await
}

pub async fn account_id(app: &TestApp, email: &str) -> i64 {
    app.scalar(&format!("SELECT id AS n FROM account WHERE email = '{email}'")).await
}

/// Ids of a survey's questions in order, and of a question's options.
pub async fn question_ids(app: &TestApp, survey: i64) -> Vec<i64> {
    app.column(&format!("SELECT id AS n FROM survey_question WHERE survey_id = {survey} ORDER BY position, id")).await
}

pub async fn option_ids(app: &TestApp, question: i64) -> Vec<i64> {
    app.column(&format!("SELECT id AS n FROM survey_option WHERE question_id = {question} ORDER BY position, id")).await
}

fn survey_of(location: &str) -> i64 {
    location.trim_start_matches("/surveys/").split(['/', '?']).next().unwrap().parse().expect(location)
}

/// Adds a question through the builder's form.
pub async fn add_question(app: &TestApp, survey: i64, fields: &[(&str, &str)]) {
    let prefixed: Vec<(String, String)> = fields.iter().map(|(k, v)| (format!("new-{k}"), v.to_string())).collect();
    let refs: Vec<(&str, &str)> = prefixed.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let (status, _, body) = app.submit(&format!("/surveys/{survey}/edit/question"), &refs).await;
    assert_eq!(status, 303, "{}", text(&body));
}

/// A moderator of the Berliner Platz forum creates a survey with one
/// question of each kind (German only) and returns its id.
pub async fn draft_survey(app: &TestApp, title: &str) -> i64 {
    let forum = forum_id(app, "Nachbarschaftsforum Berliner Platz").await.to_string();
    let (status, location, body) = app.submit("/surveys", &[("forum", &forum), ("language", "de"), ("title", title)]).await;
    assert_eq!(status, 303, "{}", text(&body));
    let id = survey_of(&location);
    add_question(app, id, &[("kind", "single"), ("text", "Was fehlt am Platz?"), ("options", "Spielplatz\nBänke\nLicht"), ("required", "on")]).await;
    add_question(app, id, &[("kind", "multiple"), ("text", "Wann sind Sie dort?"), ("options", "Morgens\nMittags\nAbends"), ("max_choices", "2")]).await;
    add_question(app, id, &[("kind", "scale"), ("text", "Wie gern sind Sie dort?"), ("scale_min", "1"), ("scale_max", "5"), ("low_label", "gar nicht"), ("high_label", "sehr gern")]).await;
    add_question(app, id, &[("kind", "yes_no"), ("text", "Wohnen Sie hier?")]).await;
    add_question(app, id, &[("kind", "text"), ("text", "Was wünschen Sie sich?"), ("max_length", "50")]).await;
    add_question(app, id, &[("kind", "ranking"), ("text", "Was ist am wichtigsten?"), ("options", "Ruhe\nSauberkeit\nSpiel")]).await;
    id
}

pub async fn publish(app: &TestApp, survey: i64) {
    let (status, location, body) = app.submit(&format!("/surveys/{survey}/check"), &[]).await;
    assert_eq!((status, location.as_str()), (303, format!("/surveys/{survey}/edit?notice=published").as_str()), "{}", text(&body));
}

/// A published survey with English added, public results and one answer
/// by the signed-in moderator (who stays signed in).
pub async fn published_survey(app: &TestApp) -> i64 {
    app.login(MODERATOR, DEMO_PASSWORD).await;
    let id = draft_survey(app, "Unser Platz").await;
    settings(app, id, "Unser Platz", &[("results_public", "on"), ("asks_district", "on"), ("double_entry", "on")]).await;
    app.submit(&format!("/surveys/{id}/edit/language"), &[("language", "en")]).await;
    publish(app, id).await;
    let district = crate::public::district_id(app, "Berliner Platz").await.to_string();
    let (status, _, body) = answer(app, &format!("/surveys/{id}"), &[("district", &district)], &answers(app, id, 0).await).await;
    assert_eq!(status, 303, "{}", text(&body));
    id
}

async fn settings(app: &TestApp, survey: i64, title: &str, extra: &[(&str, &str)]) {
    let mut fields: Vec<(&str, &str)> = [("title", title), ("intro", ""), ("audience", "public")].into_iter().filter(|(k, _)| !extra.iter().any(|(e, _)| e == k)).collect();
    fields.extend_from_slice(extra);
    let (status, _, body) = app.submit(&format!("/surveys/{survey}/edit/settings"), &fields).await;
    assert_eq!(status, 303, "{}", text(&body));
}

/// The answer form's fields for a full, valid response.
pub async fn answers(app: &TestApp, survey: i64, first_choice: usize) -> Vec<(String, String)> {
    let qs = question_ids(app, survey).await;
    let single = option_ids(app, qs[0]).await;
    let multi = option_ids(app, qs[1]).await;
    let rank = option_ids(app, qs[5]).await;
    vec![
        (format!("q{}", qs[0]), single[first_choice].to_string()),
        (format!("q{}", qs[1]), multi[0].to_string()),
        (format!("q{}", qs[1]), multi[2].to_string()),
        (format!("q{}", qs[2]), "4".into()),
        (format!("q{}", qs[3]), "yes".into()),
        (format!("q{}", qs[4]), "Mehr Bäume".into()),
        (format!("q{}-o{}", qs[5], rank[0]), "2".into()),
        (format!("q{}-o{}", qs[5], rank[1]), "1".into()),
        (format!("q{}-o{}", qs[5], rank[2]), "3".into()),
    ]
}

pub async fn answer(app: &TestApp, path: &str, extra: &[(&str, &str)], answers: &[(String, String)]) -> (u16, String, String) {
    let key = crate::harness::random_suffix();
    let mut fields: Vec<(&str, &str)> = vec![("submission_key", key.as_str()), ("lang", "de"), ("plain", "0"), ("nav", "send")];
    fields.extend_from_slice(extra);
    fields.extend(answers.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    app.submit(path, &fields).await
}

async fn moderators_build_translate_check_and_publish(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    app.login(MODERATOR, DEMO_PASSWORD).await;
    let forum = forum_id(&app, "Nachbarschaftsforum Berliner Platz").await.to_string();

    // Bad input keeps what was typed and writes nothing.
    let (status, _, body) = app.submit("/surveys", &[("forum", &forum), ("language", "de"), ("title", "  ")]).await;
    assert_eq!(status, 422);
    assert!(text(&body).contains("Bitte füllen Sie dieses Feld aus."), "{}", text(&body));
    let (status, _, body) = app.submit("/surveys", &[("forum", &forum), ("language", "xx"), ("title", "Umfrage")]).await;
    assert_eq!(status, 422);
    assert!(text(&body).contains("Diese Sprache gibt es in Quartier nicht."));
    assert_eq!(field_value(&body, "title").as_deref(), Some("Umfrage"));
    assert_eq!(app.count("survey").await, 0);

    let (_, location, _) = app.submit("/surveys", &[("forum", &forum), ("language", "de"), ("title", "Unser Platz")]).await;
    let id = survey_of(&location);
    let path = format!("/surveys/{id}/edit/question");
    let (status, _, body) = app.submit(&path, &[("new-kind", "single"), ("new-text", "Was fehlt?"), ("new-options", "Bänke\nLicht\n bänke ")]).await;
    assert_eq!(status, 422);
    assert!(text(&body).contains("Zwei Antworten sind gleich. Bitte jede Antwort nur einmal."), "{}", text(&body));
    assert_eq!(field_value(&body, "new-options").as_deref(), Some("Bänke\nLicht\n bänke "), "the options stay in the form");
    let (status, _, body) = app.submit(&path, &[("new-kind", "ranking"), ("new-text", "Was zuerst?"), ("new-options", "")]).await;
    assert_eq!(status, 422);
    assert!(text(&body).contains("Eine Auswahlfrage braucht mindestens zwei Antworten."));
    let (status, _, body) = app.submit(&path, &[("new-kind", "multiple"), ("new-text", "Wann?"), ("new-options", "A\nB\nC"), ("new-min_choices", "3"), ("new-max_choices", "2")]).await;
    assert_eq!(status, 422);
    assert!(text(&body).contains("„Mindestens“ ist größer als „höchstens“."));
    assert_eq!(app.count("survey_question").await, 0, "nothing half-written");
    assert_eq!(app.count("survey_option").await, 0);

    // The plain-language check, without saving, for what was typed.
    let (status, _, body) = app
        .submit(&format!("/surveys/{id}/edit/check"), &[("new-kind", "yes_no"), ("new-text", "Die Partizipation wird durch das Amt organisiert.")])
        .await;
    assert_eq!(status, 200);
    let t = text(&body);
    assert!(t.contains("„partizipation“ ist Fachsprache. Einfacher: „Mitmachen“."), "{t}");
    assert!(t.contains("Passiv: „Die Partizipation wird durch das Amt organisiert.“"), "{t}");
    assert_eq!(field_value(&body, "new-text").as_deref(), Some("Die Partizipation wird durch das Amt organisiert."));
    assert_eq!(app.count("survey_question").await, 0, "checking saves nothing");

    add_question(&app, id, &[("kind", "yes_no"), ("text", "Kommen Sie oft her?")]).await;
    add_question(&app, id, &[("kind", "single"), ("text", "Was fehlt?"), ("options", "Bänke\nLicht")]).await;
    let qs = question_ids(&app, id).await;
    // Reorder: the second question moves up.
    let (status, _, _) = app.submit(&format!("/surveys/{id}/edit/up"), &[("question", &qs[1].to_string())]).await;
    assert_eq!(status, 303);
    assert_eq!(question_ids(&app, id).await, vec![qs[1], qs[0]]);

    // Languages: English complete, Arabic partly; only complete ones are offered.
    for lang in ["en", "ar"] {
        let (status, _, _) = app.submit(&format!("/surveys/{id}/edit/language"), &[("language", lang)]).await;
        assert_eq!(status, 303);
    }
    let opts = option_ids(&app, qs[1]).await;
    let en: Vec<(String, String)> = vec![
        ("t-title".into(), "Our square".into()),
        (format!("t-q{}", qs[0]), "Do you come here often?".into()),
        (format!("t-q{}", qs[1]), "What is missing?".into()),
        (format!("t-o{}", opts[0]), "Benches".into()),
        (format!("t-o{}", opts[1]), "Light".into()),
    ];
    let mut fields: Vec<(&str, &str)> = vec![("lang", "en"), ("plain", "0")];
    fields.extend(en.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    let (status, _, body) = app.submit(&format!("/surveys/{id}/translate"), &fields).await;
    assert_eq!(status, 303, "{}", text(&body));
    let (status, _, _) = app.submit(&format!("/surveys/{id}/translate"), &[("lang", "ar"), ("plain", "0"), ("t-title", "ساحتنا")]).await;
    assert_eq!(status, 303);
    let (status, _, body) = app.submit(&format!("/surveys/{id}/translate"), &[("lang", "ar"), ("plain", "0"), ("t-nonsense", "x")]).await;
    assert_eq!(status, 422, "unknown text keys are refused");
    assert!(text(&body).contains("Diesen Text gibt es in der Umfrage nicht."));
    let (_, body) = app.get(&format!("/surveys/{id}/edit")).await;
    let t = text(&body);
    assert!(t.contains("English vollständig"), "{t}");
    assert!(t.contains("العربية 4 Texte fehlen"), "{t}");
    let (_, body) = app.get(&format!("/surveys/{id}/check")).await;
    assert!(text(&body).contains("Die Umfrage ist bereit."), "{}", text(&body));

    publish(&app, id).await;
    let (_, body) = app.get(&format!("/surveys/{id}?lang=en")).await;
    assert!(text(&body).contains("Our square"), "{}", text(&body));
    assert!(body.contains("lang=\"en\""));
    let (_, body) = app.get(&format!("/surveys/{id}?lang=ar")).await;
    assert!(text(&body).contains("Unser Platz"), "an incomplete language is not offered: {}", text(&body));
    assert!(!body.contains("?lang=ar&amp;"), "no link to the incomplete Arabic version");
    // Published: the structure is frozen.
    let (status, _, body) = app.submit(&path, &[("new-kind", "yes_no"), ("new-text", "Noch eine?")]).await;
    assert_eq!(status, 422);
    assert!(text(&body).contains("Die Umfrage ist veröffentlicht und lässt sich nicht mehr ändern."));
    app.finish().await;
}

async fn answers_are_checked_counted_and_exported(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    app.login(MODERATOR, DEMO_PASSWORD).await;
    let id = draft_survey(&app, "Platz-Umfrage").await;
    let other = draft_survey(&app, "Andere Umfrage").await;
    let full = answers(&app, id, 0).await;

    // A draft takes no answers.
    app.logout().await;
    let (status, _, body) = answer(&app, &format!("/surveys/{id}"), &[], &full).await;
    assert_eq!(status, 404, "a draft is not there for residents: {}", text(&body));
    app.login(MODERATOR, DEMO_PASSWORD).await;
    publish(&app, id).await;
    publish(&app, other).await;
    for s in [id, other] {
        let (status, _, _) = app.submit(&format!("/surveys/{s}/codes"), &[("count", "3")]).await;
        assert_eq!(status, 303);
    }
    let (status, _, body) = app.submit(&format!("/surveys/{id}/codes"), &[("count", "0")]).await;
    assert_eq!(status, 422);
    assert!(text(&body).contains("Bitte eine Zahl von 1 bis 2.000."));
    let csv = app.client.get(app.url(&format!("/surveys/{id}/codes.csv"))).send().await.unwrap().text().await.unwrap();
    let codes: Vec<String> = csv.lines().skip(1).map(|l| l.split(',').next().unwrap().to_string()).collect();
    assert_eq!(codes.len(), 3, "{csv}");
    let other_csv = app.client.get(app.url(&format!("/surveys/{other}/codes.csv"))).send().await.unwrap().text().await.unwrap();
    let other_code = other_csv.lines().nth(1).unwrap().split(',').next().unwrap().to_string();
    app.logout().await;

    // A visitor without account or code is asked for one.
    let (status, _, body) = answer(&app, &format!("/surveys/{id}"), &[], &full).await;
    assert_eq!(status, 422);
    assert!(text(&body).contains("Bitte melden Sie sich an, geben Sie einen Zugangscode ein"), "{}", text(&body));
    assert_eq!(field_value(&body, &full[5].0).as_deref(), Some("Mehr Bäume"), "the answers stay in the form");
    // Every bad answer is named, the answers stay.
    let qs = question_ids(&app, id).await;
    let mut bad = full.clone();
    bad[0].1 = "999999".into();
    bad.push((format!("q{}", qs[1]), option_ids(&app, qs[1]).await[1].to_string()));
    bad[5].1 = "x".repeat(51);
    bad[7].1 = "2".into();
    let (status, _, body) = answer(&app, &format!("/surveys/{id}"), &[("code", &codes[0])], &bad).await;
    assert_eq!(status, 422);
    let t = text(&body);
    assert!(t.contains("Diese Antwort gibt es nicht. Bitte wählen Sie aus der Liste."), "{t}");
    assert!(t.contains("Bitte höchstens 2 Antworten."), "{t}");
    assert!(t.contains("Bitte höchstens 50 Zeichen."), "{t}");
    assert!(t.contains("Bitte geben Sie jeder Antwort einen anderen Platz."), "{t}");
    assert_eq!(field_value(&body, &format!("q{}", qs[4])).as_deref(), Some("x".repeat(51).as_str()), "the text stays");
    assert_eq!(field_value(&body, "code").as_deref(), Some(codes[0].as_str()), "the code stays");
    assert_eq!(app.count("survey_response").await, 0);
    assert_eq!(app.scalar("SELECT COUNT(*) AS n FROM survey_code WHERE used = true").await, 0, "the code is still unused");

    // A forged CSRF token is refused.
    let r = app.client.post(app.url(&format!("/surveys/{id}"))).form(&[("_csrf", "forged"), ("code", codes[0].as_str())]).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 403);

    // By code: once. A double click stores one response.
    let key = crate::harness::random_suffix();
    let mut fields: Vec<(&str, &str)> = vec![("submission_key", key.as_str()), ("lang", "de"), ("plain", "0"), ("nav", "send"), ("code", codes[0].as_str())];
    fields.extend(full.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    let target = format!("/surveys/{id}");
    let (first, second) = tokio::join!(app.submit(&target, &fields), app.submit(&target, &fields));
    assert_eq!((first.0, second.0), (303, 303), "{} / {}", text(&first.2), text(&second.2));
    assert_eq!(first.1, format!("/surveys/{id}/thanks"));
    assert_eq!(app.count("survey_response").await, 1, "one response for a double submit");
    let (status, _, body) = answer(&app, &format!("/surveys/{id}"), &[("code", &codes[0])], &full).await;
    assert_eq!(status, 422);
    assert!(text(&body).contains("Dieser Code wurde schon benutzt."));
    let (_, _, body) = answer(&app, &format!("/surveys/{id}"), &[("code", "ZZZZ-ZZZZ")], &full).await;
    assert!(text(&body).contains("Diesen Code gibt es nicht."));
    let (_, _, body) = answer(&app, &format!("/surveys/{id}"), &[("code", &other_code)], &full).await;
    assert!(text(&body).contains("Dieser Code gehört zu einer anderen Umfrage."));
    // Lower case and without the dash works too.
    let typed = codes[1].replace('-', "").to_lowercase();
    let (status, _, _) = answer(&app, &format!("/surveys/{id}"), &[("code", &typed)], &answers(&app, id, 1).await).await;
    assert_eq!(status, 303);

    // By account: once.
    app.login(RESIDENT, DEMO_PASSWORD).await;
    let (status, _, body) = answer(&app, &format!("/surveys/{id}"), &[], &full).await;
    assert_eq!(status, 303, "{}", text(&body));
    let (_, body) = app.get(&format!("/surveys/{id}")).await;
    assert!(text(&body).contains("Sie haben diese Umfrage schon beantwortet."));
    let (status, _, body) = answer(&app, &format!("/surveys/{id}"), &[], &full).await;
    assert_eq!(status, 422);
    assert!(text(&body).contains("Sie haben diese Umfrage schon beantwortet."));
    assert_eq!(app.count("survey_response").await, 3);

    // Results are for moderators until published.
    let (status, body) = app.get(&format!("/surveys/{id}/results")).await;
    assert_eq!(status, 403);
    assert!(text(&body).contains("Die Ergebnisse dieser Umfrage sind nicht öffentlich."));
    let r = app.client.get(app.url(&format!("/surveys/{id}/export/responses.csv"))).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 403, "no export for residents");
    app.logout().await;
    app.login(MODERATOR, DEMO_PASSWORD).await;
    let (status, body) = app.get(&format!("/surveys/{id}/results")).await;
    assert_eq!(status, 200);
    let t = text(&body);
    assert!(t.contains("3 Antworten insgesamt"), "{t}");
    assert!(t.contains("Die meisten wählten „Spielplatz“: 2 (67 %)."), "{t}");
    assert!(t.contains("Spielplatz 2 66,7 %") && t.contains("Bänke 1 33,3 %"), "{t}");
    assert!(t.contains("Durchschnitt 4,0 von 5, aus 3 Antworten."), "{t}");
    assert!(t.contains("Ja 3 100,0 %"), "{t}");
    assert!(t.contains("Am weitesten vorn: „Sauberkeit“ (im Schnitt Platz 1,0)."), "{t}");
    assert_eq!(t.matches("Mehr Bäume").count(), 3, "{t}");
    let label = crate::harness::html_attr(&body, "svg.chart", "aria-label").unwrap_or_default();
    assert!(label.replace(['\u{2068}', '\u{2069}'], "").starts_with("Die meisten wählten „Spielplatz“"), "each chart is named by its summary: {label}");

    // Free texts wait for a moderator's release; all are released, then
    // hiding one takes it off the public results again.
    assert!(t.contains("3 freie Antworten warten auf Freigabe."), "{t}");
    assert_eq!(app.count("survey_answer WHERE body IS NOT NULL AND hidden = true").await, 3, "held back when stored");
    let (status, _, _) = app.submit(&format!("/surveys/{id}/results"), &[("action", "release-all")]).await;
    assert_eq!(status, 303);
    assert_eq!(app.count("survey_answer WHERE body IS NOT NULL AND hidden = true").await, 0);
    let answer_id = app.scalar("SELECT MIN(id) AS n FROM survey_answer WHERE body IS NOT NULL").await.to_string();
    let (status, _, _) = app.submit(&format!("/surveys/{id}/results"), &[("action", "hide"), ("answer", &answer_id)]).await;
    assert_eq!(status, 303);
    let (status, _, _) = app.submit(&format!("/surveys/{id}/results"), &[("action", "results-public")]).await;
    assert_eq!(status, 303);

    // Exports: one row per response; results with the counts.
    let csv = app.client.get(app.url(&format!("/surveys/{id}/export/responses.csv"))).send().await.unwrap().text().await.unwrap();
    assert_eq!(csv.lines().count(), 4, "{csv}");
    assert!(csv.lines().next().unwrap().contains("Was fehlt am Platz?"));
    assert!(csv.contains("Morgens; Abends"), "{csv}");
    assert!(csv.contains("Sauberkeit; Ruhe; Spiel"), "ranking in order of places: {csv}");
    let json: serde_json::Value = app.client.get(app.url(&format!("/surveys/{id}/export/results.json"))).send().await.unwrap().json().await.unwrap();
    assert_eq!(json["responses"], 3);
    assert_eq!(json["questions"][0]["answers"][0]["count"], 2);
    let csv = app.client.get(app.url(&format!("/surveys/{id}/export/results.csv"))).send().await.unwrap().text().await.unwrap();
    assert!(csv.contains("Was fehlt am Platz?,Spielplatz,2,66.7"), "{csv}");
    let responses: serde_json::Value = app.client.get(app.url(&format!("/surveys/{id}/export/responses.json"))).send().await.unwrap().json().await.unwrap();
    assert_eq!(responses["responses"].as_array().unwrap().len(), 3);

    app.logout().await;
    let (status, body) = app.get(&format!("/surveys/{id}/results")).await;
    assert_eq!(status, 200, "public now");
    assert_eq!(text(&body).matches("Mehr Bäume").count(), 2, "the hidden text is not shown");

    // Closed: answers are refused with a clear message.
    app.login(MODERATOR, DEMO_PASSWORD).await;
    let (status, _, _) = app.submit(&format!("/surveys/{id}/results"), &[("action", "close")]).await;
    assert_eq!(status, 303);
    app.logout().await;
    let (_, body) = app.get(&format!("/surveys/{id}")).await;
    assert!(text(&body).contains("Diese Umfrage ist beendet. Die Ergebnisse sind öffentlich."));
    let (status, _, body) = answer(&app, &format!("/surveys/{id}"), &[("code", &codes[2])], &full).await;
    assert_eq!(status, 422);
    assert!(text(&body).contains("Die Umfrage ist beendet."));
    app.finish().await;
}

async fn anonymous_surveys_keep_no_path_to_a_person(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    app.login(MODERATOR, DEMO_PASSWORD).await;
    let id = draft_survey(&app, "Anonym").await;
    settings(&app, id, "Anonym", &[("anonymous", "on")]).await;
    publish(&app, id).await;
    app.submit(&format!("/surveys/{id}/codes"), &[("count", "1")]).await;
    let csv = app.client.get(app.url(&format!("/surveys/{id}/codes.csv"))).send().await.unwrap().text().await.unwrap();
    let code = csv.lines().nth(1).unwrap().split(',').next().unwrap().to_string();
    app.logout().await;
    let (_, body) = app.get(&format!("/surveys/{id}")).await;
    assert!(text(&body).contains("Diese Umfrage ist anonym."), "the page says so");
    let (status, _, _) = answer(&app, &format!("/surveys/{id}"), &[("code", &code)], &answers(&app, id, 0).await).await;
    assert_eq!(status, 303);
    app.login(RESIDENT, DEMO_PASSWORD).await;
    let (status, _, _) = answer(&app, &format!("/surveys/{id}"), &[], &answers(&app, id, 1).await).await;
    assert_eq!(status, 303);
    // Who typed an interview or a paper form is not kept either.
    app.logout().await;
    app.login(INTERVIEWER, DEMO_PASSWORD).await;
    let (status, _, body) = answer(&app, &format!("/surveys/{id}/interview"), &[], &answers(&app, id, 2).await).await;
    assert_eq!(status, 303, "{}", text(&body));
    app.logout().await;
    app.login(MODERATOR, DEMO_PASSWORD).await;
    let qs = question_ids(&app, id).await;
    let paper = [("form_number".to_string(), "1".to_string()), ("lang".into(), "de".into()), (format!("p{}", qs[0]), "2".into()),
        (format!("p{}", qs[1]), "1 3".into()), (format!("p{}", qs[2]), "5".into()), (format!("p{}", qs[3]), "n".into()),
        (format!("p{}", qs[4]), "Ein Brunnen".into()), (format!("p{}", qs[5]), "1 2 3".into())];
    let fields: Vec<(&str, &str)> = paper.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let (status, location, body) = app.submit(&format!("/surveys/{id}/paper"), &fields).await;
    assert_eq!(status, 303, "{}", text(&body));
    assert!(location.ends_with("notice=paper-counted"), "{location}");
    app.logout().await;
    app.login(RESIDENT, DEMO_PASSWORD).await;

    assert_eq!(app.count("survey_response").await, 4);
    assert_eq!(app.scalar("SELECT COUNT(*) AS n FROM survey_response WHERE channel IN ('interview', 'paper')").await, 2);
    let linked = app.scalar("SELECT COUNT(*) AS n FROM survey_response WHERE respondent_id IS NOT NULL OR code_id IS NOT NULL OR entered_by IS NOT NULL").await;
    assert_eq!(linked, 0, "no response refers to an account, a code or who entered it");
    assert_eq!(app.count("survey_paper_entry").await, 0, "the counted form's typed entry is gone");
    assert_eq!(app.scalar("SELECT COUNT(*) AS n FROM survey_code WHERE used = true").await, 1, "the code is used up");
    assert_eq!(app.count("survey_participant").await, 1, "the account is marked as having answered");
    // The participation and code tables hold no time or response to join on.
    for (table, columns) in [("survey_code", "id, survey_id, code, email_digest, used"), ("survey_participant", "survey_id, account_id")] {
        let sql = format!("SELECT {columns} FROM {table}");
        app.db.query_all_raw(sea_orm::Statement::from_string(app.db.get_database_backend(), sql)).await.unwrap();
        let probe = format!("SELECT created_at FROM {table}");
        assert!(app.db.query_all_raw(sea_orm::Statement::from_string(app.db.get_database_backend(), probe)).await.is_err(), "{table} has no time column");
    }
    let (status, _, body) = answer(&app, &format!("/surveys/{id}"), &[], &answers(&app, id, 1).await).await;
    assert_eq!(status, 422, "still only once: {}", text(&body));
    app.finish().await;
}

use sea_orm::ConnectionTrait;

async fn paper_forms_are_entered_twice_and_interviews_recorded(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    app.login(MODERATOR, DEMO_PASSWORD).await;
    let id = draft_survey(&app, "Papier").await;
    settings(&app, id, "Papier", &[("double_entry", "on")]).await;
    publish(&app, id).await;
    let qs = question_ids(&app, id).await;
    let paper = |number: &'static str, first: &'static str| {
        vec![
            ("form_number".to_string(), number.to_string()),
            ("lang".into(), "de".into()),
            (format!("p{}", qs[0]), first.into()),
            (format!("p{}", qs[1]), "1 3".into()),
            (format!("p{}", qs[2]), "5".into()),
            (format!("p{}", qs[3]), "n".into()),
            (format!("p{}", qs[4]), "Ein Brunnen".into()),
            (format!("p{}", qs[5]), "1 2 3".into()),
        ]
    };
    let enter = |fields: Vec<(String, String)>| {
        let app = &app;
        async move {
            let refs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
            app.submit(&format!("/surveys/{id}/paper"), &refs).await
        }
    };
    let (status, location, body) = enter(paper("1", "2")).await;
    assert_eq!(status, 303, "{}", text(&body));
    assert!(location.ends_with("notice=paper-first"), "{location}");
    let (status, _, body) = enter(paper("1", "2")).await;
    assert_eq!(status, 422);
    assert!(text(&body).contains("Die zweite Eingabe muss eine andere Person machen."));
    let mut wrong = paper("2", "9");
    let (status, _, body) = enter(wrong.clone()).await;
    assert_eq!(status, 422);
    assert!(text(&body).contains("Diese Antwort gibt es nicht."), "option numbers are checked: {}", text(&body));
    assert_eq!(field_value(&body, &format!("p{}", qs[4])).as_deref(), Some("Ein Brunnen"), "what was typed stays");
    wrong[2].1 = "1".into();
    let (status, _, _) = enter(wrong).await;
    assert_eq!(status, 303);
    assert_eq!(app.count("survey_response").await, 0, "nothing counts after one entry");

    app.logout().await;
    app.login(ADMIN, DEMO_PASSWORD).await;
    let (status, location, _) = enter(paper("1", "2")).await;
    assert_eq!(status, 303);
    assert!(location.ends_with("notice=paper-counted"), "{location}");
    let (_, location, _) = enter(paper("2", "3")).await;
    assert!(location.ends_with("notice=paper-mismatch"), "{location}");
    assert_eq!(app.count("survey_response").await, 1);
    let (_, body) = app.get(&format!("/surveys/{id}/paper/review")).await;
    let t = text(&body);
    assert!(t.contains("Bogen Nr. 000002"), "{t}");
    assert!(t.contains("Was fehlt am Platz? Spielplatz Licht"), "the differing answer side by side: {t}");
    // The admin typed one of the two: a third person settles it.
    let (status, _, body) = app.submit(&format!("/surveys/{id}/paper/review"), &[("form_number", "2"), ("keep", "second")]).await;
    assert_eq!(status, 422);
    assert!(text(&body).contains("Eine andere Person muss entscheiden."), "{}", text(&body));
    assert_eq!(app.count("survey_response").await, 1);
    app.logout().await;
    let forum = forum_id(&app, "Nachbarschaftsforum Berliner Platz").await;
    let third = account_id(&app, crate::harness::STAFF).await;
    app.db.execute_unprepared(&format!("INSERT INTO forum_role (forum_id, account_id, role) VALUES ({forum}, {third}, 'moderator')")).await.unwrap();
    app.login(crate::harness::STAFF, DEMO_PASSWORD).await;
    let (status, _, _) = app.submit(&format!("/surveys/{id}/paper/review"), &[("form_number", "2"), ("keep", "second")]).await;
    assert_eq!(status, 303);
    assert_eq!(app.count("survey_response").await, 2);
    assert_eq!(app.count("survey_paper_entry").await, 0);
    assert_eq!(app.scalar("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'survey-paper-second'").await, 1, "the decision is logged");
    app.logout().await;
    app.login(ADMIN, DEMO_PASSWORD).await;
    let (status, _, body) = enter(paper("2", "3")).await;
    assert_eq!(status, 422);
    assert!(text(&body).contains("Dieser Bogen ist schon gezählt."));
    let admin = account_id(&app, ADMIN).await;
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) AS n FROM survey_response WHERE channel = 'paper' AND entered_by = {admin}")).await, 1);
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) AS n FROM survey_response WHERE channel = 'paper' AND entered_by = {third}")).await, 1, "the form settled by the third person");
    app.logout().await;

    // Door-to-door: the interviewer enters a neighbour's answers, and may not edit.
    app.login(INTERVIEWER, DEMO_PASSWORD).await;
    let (status, _) = app.get(&format!("/surveys/{id}/interview")).await;
    assert_eq!(status, 200);
    let (status, location, body) = answer(&app, &format!("/surveys/{id}/interview"), &[], &answers(&app, id, 2).await).await;
    assert_eq!((status, location.as_str()), (303, format!("/surveys/{id}/thanks?interview=1").as_str()), "{}", text(&body));
    let interviewer = account_id(&app, INTERVIEWER).await;
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) AS n FROM survey_response WHERE channel = 'interview' AND entered_by = {interviewer}")).await, 1);
    let (status, _) = app.get(&format!("/surveys/{id}/edit")).await;
    assert_eq!(status, 403);
    let (status, _, _) = app.submit(&format!("/surveys/{id}/edit/settings"), &[("title", "Meins"), ("audience", "public")]).await;
    assert_eq!(status, 403);
    let (status, _, _) = enter(paper("3", "1")).await;
    assert_eq!(status, 403, "paper entry is for moderators");
    app.logout().await;
    app.login(RESIDENT, DEMO_PASSWORD).await;
    let (status, _) = app.get(&format!("/surveys/{id}/interview")).await;
    assert_eq!(status, 403, "a resident is no interviewer");

    app.logout().await;
    app.login(MODERATOR, DEMO_PASSWORD).await;
    // Groups under five are never shown, not even their size.
    for channel in ["paper", "interview"] {
        let (_, body) = app.get(&format!("/surveys/{id}/results?channel={channel}")).await;
        let t = text(&body);
        assert!(t.contains("In dieser Auswahl sind weniger als 5 Antworten."), "{t}");
        assert!(!t.contains("Antworten insgesamt") && !t.contains("Antwort insgesamt"), "{t}");
    }
    let (_, body) = app.get(&format!("/surveys/{id}/results")).await;
    assert!(text(&body).contains("Antworten insgesamt"), "unfiltered, the whole survey counts");
    app.finish().await;
}

async fn only_the_owning_forum_manages_its_surveys(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    app.login(MODERATOR, DEMO_PASSWORD).await;
    let id = draft_survey(&app, "Nur für uns").await;
    app.logout().await;
    // Staff becomes moderator of another forum: still no access here.
    let other = app.scalar("SELECT MIN(id) AS n FROM forum WHERE name <> 'Nachbarschaftsforum Berliner Platz'").await;
    let staff = account_id(&app, STAFF).await;
    app.db
        .execute_unprepared(&format!("INSERT INTO forum_role (forum_id, account_id, role) VALUES ({other}, {staff}, 'moderator')"))
        .await
        .unwrap();
    app.login(STAFF, DEMO_PASSWORD).await;
    for path in ["edit", "translate", "check", "codes", "paper", "print", "results"] {
        let (status, _) = app.get(&format!("/surveys/{id}/{path}")).await;
        assert!(status == 403 || status == 404, "{path}: {status}");
    }
    let (_, body) = app.get("/surveys").await;
    assert!(!text(&body).contains("Nur für uns"), "another forum's draft is not listed");
    let (status, _, _) = app.submit(&format!("/surveys/{id}/edit/question"), &[("new-kind", "yes_no"), ("new-text", "Gekapert?")]).await;
    assert_eq!(status, 403);
    let (status, _, _) = app.submit(&format!("/surveys/{id}/check"), &[]).await;
    assert_eq!(status, 403);
    let (status, _, _) = app.submit(&format!("/surveys/{id}/codes"), &[("count", "5")]).await;
    assert_eq!(status, 403);
    for (path, fields) in [
        ("translate", vec![("lang", "de"), ("plain", "1"), ("t-title", "Gekapert")]),
        ("results", vec![("action", "results-public")]),
        ("paper", vec![("form_number", "1"), ("lang", "de")]),
        ("paper/review", vec![("form_number", "1"), ("keep", "first")]),
        ("edit/language", vec![("language", "en")]),
        ("edit/section", vec![("section_title", "Fremd")]),
    ] {
        let (status, _, _) = app.submit(&format!("/surveys/{id}/{path}"), &fields).await;
        assert_eq!(status, 403, "{path}");
    }
    for file in ["codes.csv", "export/responses.csv", "export/results.json"] {
        let r = app.client.get(app.url(&format!("/surveys/{id}/{file}"))).send().await.unwrap();
        assert_eq!(r.status().as_u16(), 403, "{file}");
        assert_eq!(r.text().await.unwrap(), "Dafür fehlen Ihnen die Rechte.", "a translated refusal");
    }
    let forum = forum_id(&app, "Nachbarschaftsforum Berliner Platz").await.to_string();
    let (status, _, _) = app.submit("/surveys", &[("forum", &forum), ("language", "de"), ("title", "Fremd")]).await;
    assert_eq!(status, 403, "no survey in a forum one does not moderate");
    assert_eq!(app.count("survey").await, 1);
    app.finish().await;
}

async fn sections_links_members_youth_schedule_and_print(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    app.login(MODERATOR, DEMO_PASSWORD).await;
    let id = draft_survey(&app, "In Abschnitten").await;
    let qs = question_ids(&app, id).await;
    // Two sections: the first three questions, then the rest, one page each.
    for title in ["Der Platz", "Ihre Wünsche"] {
        let (status, _, _) = app.submit(&format!("/surveys/{id}/edit/section"), &[("section_title", title)]).await;
        assert_eq!(status, 303);
    }
    let sections = app.column(&format!("SELECT id AS n FROM survey_section WHERE survey_id = {id} ORDER BY position")).await;
    for (i, q) in qs.iter().enumerate() {
        let section = sections[usize::from(i >= 3)];
        app.db.execute_unprepared(&format!("UPDATE survey_question SET section_id = {section} WHERE id = {q}")).await.unwrap();
    }
    // Youth mode needs access codes.
    let (status, _, body) = app.submit(&format!("/surveys/{id}/edit/settings"), &[("title", "In Abschnitten"), ("audience", "public"), ("youth", "on")]).await;
    assert_eq!(status, 422);
    assert!(text(&body).contains("Im Jugendmodus antworten alle mit Zugangscode."));
    settings(&app, id, "In Abschnitten", &[("paged", "on"), ("opens_at", "2099-01-01T10:00")]).await;
    let (status, _, body) = app.submit(&format!("/surveys/{id}/edit/settings"), &[("title", "X"), ("audience", "public"), ("opens_at", "2099-01-02T10:00"), ("closes_at", "2099-01-01T10:00")]).await;
    assert_eq!(status, 422);
    assert!(text(&body).contains("Das Ende muss nach dem Beginn liegen."));
    publish(&app, id).await;

    // The printed version: numbered forms with a QR code to the survey.
    let (status, body) = app.get(&format!("/surveys/{id}/print?from=7&count=2")).await;
    assert_eq!(status, 200);
    let t = text(&body);
    assert!(t.contains("Bogen Nr. 000007") && t.contains("Bogen Nr. 000008") && !t.contains("000009"), "{t}");
    assert_eq!(body.matches("<svg").count(), 2, "one QR code per form");
    assert!(t.contains("1 Spielplatz") && t.contains("Kreuzen Sie eine Antwort an."), "numbered options: {t}");
    app.logout().await;

    // Not open yet.
    let (_, body) = app.get(&format!("/surveys/{id}")).await;
    assert!(text(&body).contains("Diese Umfrage hat noch nicht begonnen."));
    app.db.execute_unprepared(&format!("UPDATE survey SET opens_at = NULL WHERE id = {id}")).await.unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(2100)).await;

    // Without an account: a personal code by email.
    let (status, location, _) = app.submit(&format!("/surveys/{id}/link"), &[("email", "nachbarin@example.org")]).await;
    assert_eq!((status, location.as_str()), (303, format!("/surveys/{id}?notice=survey-link-mailed").as_str()));
    let (status, _, body) = app.submit(&format!("/surveys/{id}/link"), &[("email", "kein-at")]).await;
    assert_eq!(status, 422);
    assert_eq!(field_value(&body, "email").as_deref(), Some("kein-at"));
    let mail = app.smtp.wait_for("nachbarin@example.org", 1).await;
    let link = mail.link(&format!("{}/surveys/{id}?code=", app.base)).expect("a link with the code");
    let code = link.split("code=").nth(1).unwrap().to_string();
    assert_eq!(app.scalar("SELECT COUNT(*) AS n FROM survey_code WHERE email_digest IS NOT NULL AND email_digest NOT LIKE '%@%'").await, 1, "only a digest of the address");
    let (_, page) = app.get(&link.replace(&app.base, "")).await;
    assert_eq!(field_value(&page, "code").as_deref(), Some(code.as_str()), "the link fills in the code");
    assert!(text(&page).contains("Seite 1 von 2") && text(&page).contains("Der Platz"), "{}", text(&page));
    assert!(page.contains("<progress"));

    // Page 1 → page 2 carries the answers along; a missing answer stays on page 1.
    let all = answers(&app, id, 0).await;
    let first_page: Vec<(String, String)> = all.iter().filter(|(k, _)| qs[..3].iter().any(|q| k.starts_with(&format!("q{q}")))).cloned().collect();
    let key = crate::harness::random_suffix();
    let mut fields: Vec<(&str, &str)> = vec![("submission_key", &key), ("lang", "de"), ("plain", "0"), ("page", "0"), ("nav", "next"), ("code", &code)];
    let (status, _, body) = app.submit(&format!("/surveys/{id}"), &fields).await;
    assert_eq!(status, 422);
    assert!(text(&body).contains("Bitte beantworten Sie diese Frage.") && text(&body).contains("Seite 1 von 2"));
    fields.extend(first_page.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    let (status, _, body) = app.submit(&format!("/surveys/{id}"), &fields).await;
    assert_eq!(status, 200, "{}", text(&body));
    assert!(text(&body).contains("Seite 2 von 2") && text(&body).contains("Ihre Wünsche"), "{}", text(&body));
    assert_eq!(field_value(&body, &format!("q{}", qs[2])).as_deref(), Some("4"), "page 1's answers travel along");
    assert_eq!(app.count("survey_response").await, 0);
    let (status, _, body) = answer(&app, &format!("/surveys/{id}"), &[("code", &code), ("page", "1")], &all).await;
    assert_eq!(status, 303, "{}", text(&body));
    let (_, _, body) = app.submit(&format!("/surveys/{id}/link"), &[("email", "Nachbarin@Example.org")]).await;
    assert_eq!(
        app.scalar("SELECT COUNT(*) AS n FROM mail_outbox WHERE recipient = 'nachbarin@example.org'").await,
        1,
        "an address that answered gets no second code: {}",
        text(&body)
    );

    // Members only: a member answers, others are refused.
    app.login(MODERATOR, DEMO_PASSWORD).await;
    let members = draft_survey(&app, "Nur Mitglieder").await;
    settings(&app, members, "Nur Mitglieder", &[("audience", "members")]).await;
    publish(&app, members).await;
    app.logout().await;
    app.login(STAFF, DEMO_PASSWORD).await;
    let (_, page) = app.get(&format!("/surveys/{members}")).await;
    assert!(text(&page).contains("Diese Umfrage ist nur für Mitglieder des Forums."));
    let (status, _, _) = answer(&app, &format!("/surveys/{members}"), &[], &answers(&app, members, 0).await).await;
    assert_eq!(status, 422);
    app.logout().await;
    app.login(RESIDENT, DEMO_PASSWORD).await;
    let (status, _, _) = answer(&app, &format!("/surveys/{members}"), &[], &answers(&app, members, 0).await).await;
    assert_eq!(status, 303, "the resident is a member");
    app.logout().await;

    // Youth mode: codes only, no email offered, plain language by default.
    app.login(MODERATOR, DEMO_PASSWORD).await;
    let youth = draft_survey(&app, "Jugend").await;
    settings(&app, youth, "Jugend", &[("audience", "codes"), ("youth", "on")]).await;
    app.submit(&format!("/surveys/{youth}/translate"), &[("lang", "de"), ("plain", "1"), ("t-title", "Was willst du?")]).await;
    publish(&app, youth).await;
    app.logout().await;
    let (_, page) = app.get(&format!("/surveys/{youth}")).await;
    let t = text(&page);
    assert!(t.contains("Was willst du?"), "the plain version by default: {t}");
    assert!(!t.contains("Ohne Konto antworten"), "no email asked");
    assert!(t.contains("Sie brauchen einen Code, um zu antworten."), "{t}");
    assert!(t.contains("Diese Umfrage ist anonym."), "youth surveys are anonymous");
    app.finish().await;
}

/// Many answers at once are written in batches; each keeps its own outcome
/// and the tally matches the answers.
async fn concurrent_answers_each_get_their_own_outcome(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    app.login(MODERATOR, DEMO_PASSWORD).await;
    let id = draft_survey(&app, "Viele zugleich").await;
    publish(&app, id).await;
    app.submit(&format!("/surveys/{id}/codes"), &[("count", "24")]).await;
    let csv = app.client.get(app.url(&format!("/surveys/{id}/codes.csv"))).send().await.unwrap().text().await.unwrap();
    let codes: Vec<String> = csv.lines().skip(1).map(|l| l.split(',').next().unwrap().to_string()).collect();
    let elsewhere = draft_survey(&app, "Nebenan").await;
    publish(&app, elsewhere).await;
    app.submit(&format!("/surveys/{elsewhere}/codes"), &[("count", "2")]).await;
    let csv = app.client.get(app.url(&format!("/surveys/{elsewhere}/codes.csv"))).send().await.unwrap().text().await.unwrap();
    let elsewhere_codes: Vec<String> = csv.lines().skip(1).map(|l| l.split(',').next().unwrap().to_string()).collect();
    app.logout().await;
    let full = answers(&app, id, 1).await;
    let token = app.csrf().await;
    // 24 forms with their own code, 6 sent twice, 4 more with a code another
    // form uses, 2 with the other survey's codes and 2 with unknown codes.
    let mut forms: Vec<(String, String)> = codes.iter().enumerate().map(|(i, c)| (format!("key-{i}"), c.clone())).collect();
    forms.extend((0..6).map(|i| (format!("key-{i}"), codes[i].clone())));
    forms.extend((0..4).map(|i| (format!("other-{i}"), codes[10 + i].clone())));
    forms.extend(elsewhere_codes.iter().enumerate().map(|(i, c)| (format!("elsewhere-{i}"), c.clone())));
    forms.extend((0..2).map(|i| (format!("unknown-{i}"), format!("ZZZZ-ZZZ{i}"))));
    let path = app.url(&format!("/surveys/{id}"));
    let mut sends = tokio::task::JoinSet::new();
    for (key, code) in forms {
        let mut fields: Vec<(String, String)> = vec![
            ("_csrf".into(), token.clone()), ("submission_key".into(), key), ("lang".into(), "de".into()),
            ("plain".into(), "0".into()), ("nav".into(), "send".into()), ("code".into(), code),
        ];
        fields.extend(full.iter().cloned());
        let request = app.client.post(&path).form(&fields);
        sends.spawn(async move {
            let r = request.send().await.unwrap();
            let status = r.status().as_u16();
            (status, r.text().await.unwrap())
        });
    }
    let mut outcomes = Vec::new();
    while let Some(done) = sends.join_next().await {
        outcomes.push(done.unwrap());
    }
    let redirected = outcomes.iter().filter(|(s, _)| *s == 303).count();
    let refused: Vec<&(u16, String)> = outcomes.iter().filter(|(s, _)| *s == 422).collect();
    assert_eq!(redirected, 30, "24 stored and 6 second sends answered alike");
    assert_eq!(refused.len(), 8, "the four forms with another form's code, two with the other survey's, two unknown");
    let refused_with = |message: &str| refused.iter().filter(|(_, body)| text(body).contains(message)).count();
    assert_eq!(refused_with("Dieser Code wurde schon benutzt."), 4);
    assert_eq!(refused_with("Dieser Code gehört zu einer anderen Umfrage."), 2);
    assert_eq!(refused_with("Diesen Code gibt es nicht. Bitte prüfen Sie ihn."), 2);
    assert_eq!(app.count("survey_response").await, 24);
    assert_eq!(app.scalar("SELECT COUNT(*) AS n FROM survey_code WHERE used = true").await, 24);
    let tallied = app.scalar("SELECT COALESCE(SUM(n), 0) AS n FROM survey_tally").await;
    assert_eq!(tallied, app.count("survey_answer").await, "the tally counts every answer once");
    app.finish().await;
}

/// A batch finds the codes it marks in their unique index, also among
/// 10,000 codes: read table-wide (SQLite through the survey's email index,
/// PostgreSQL by hashing the whole table) it cost 5–30 ms a batch.
async fn codes_are_sought_in_their_index(backend: Backend) {
    use sea_orm::ConnectionTrait;
    let app = TestApp::spawn(backend).await;
    app.login(MODERATOR, DEMO_PASSWORD).await;
    let id = draft_survey(&app, "Viele Codes").await;
    publish(&app, id).await;
    for _ in 0..5 {
        app.submit(&format!("/surveys/{id}/codes"), &[("count", "2000")]).await;
    }
    assert_eq!(app.count("survey_code").await, 10_000);
    let csv = app.client.get(app.url(&format!("/surveys/{id}/codes.csv"))).send().await.unwrap().text().await.unwrap();
    let codes: Vec<String> = csv.lines().skip(1).take(8).map(|l| l.split(',').next().unwrap().replace('-', "")).collect();
    if backend == Backend::Postgres {
        // The planner's statistics, as autovacuum would gather them.
        app.db.execute_unprepared("ANALYZE survey_code").await.unwrap();
    }
    let plan = domain::surveys::writer::code_marking_plan(&app.db, id as i32, &codes).await.unwrap().join("\n");
    match backend {
        Backend::Sqlite => {
            assert!(plan.contains("survey_code USING INDEX") && plan.contains("(code=?)"), "SQLite seeks each code: {plan}");
            assert!(!plan.contains("survey_code_email"), "not through the email index: {plan}");
        }
        Backend::Postgres => {
            assert!(plan.lines().any(|l| l.contains("Index Scan") && l.contains("on survey_code")), "PostgreSQL seeks the codes: {plan}");
            assert!(!plan.contains("Seq Scan on survey_code"), "and never reads all of them: {plan}");
        }
    }
    app.finish().await;
}
