//! A demo survey of the Berliner Platz neighbourhood forum: ten questions in
//! German (with a plain version), English and Arabic, published, with
//! generated responses from all three channels and unused access codes.
//! `serve --demo` shows it; the benchmark fills it with 100,000 responses.
use domain::surveys::entity::{survey_answer, survey_response};
use domain::surveys::model::{AnswerValue, QuestionKind};
use domain::surveys::responses;
use domain::surveys::questions::{self, QuestionForm};
use domain::surveys::service::{self, SettingsForm};
use domain::accounts::SignedIn;
use sea_orm::{entity::prelude::*, ActiveValue::Set, DatabaseConnection};

const TITLE: [&str; 3] = ["Was brauchen Sie am Berliner Platz?", "What do you need at Berliner Platz?", "ماذا تحتاج في ساحة برلينر بلاتس؟"];
const PLAIN_TITLE: &str = "Was fehlt am Berliner Platz?";
const INTRO: [&str; 3] = [
    "Das Nachbarschaftsforum fragt: Was fehlt, was ist gut? Die Umfrage dauert fünf Minuten.",
    "The neighbourhood forum asks: what is missing, what is good? The survey takes five minutes.",
    "يسأل منتدى الحي: ما الذي ينقص، وما الجيد؟ يستغرق الاستطلاع خمس دقائق.",
];

/// (kind, question in de/en/ar, options in de/en/ar)
type Q = (QuestionKind, [&'static str; 3], &'static [[&'static str; 3]]);
const QUESTIONS: &[Q] = &[
    (QuestionKind::Single, ["Wie lange wohnen Sie schon hier?", "How long have you lived here?", "منذ متى تسكن هنا؟"], &[
        ["Weniger als 1 Jahr", "Less than 1 year", "أقل من سنة"],
        ["1 bis 5 Jahre", "1 to 5 years", "من سنة إلى 5 سنوات"],
        ["Mehr als 5 Jahre", "More than 5 years", "أكثر من 5 سنوات"],
    ]),
    (QuestionKind::Multiple, ["Was fehlt am Platz?", "What is missing on the square?", "ما الذي ينقص في الساحة؟"], &[
        ["Bänke", "Benches", "مقاعد"],
        ["Spielplatz", "Playground", "ملعب أطفال"],
        ["Licht am Abend", "Light in the evening", "إضاءة في المساء"],
        ["Bäume", "Trees", "أشجار"],
    ]),
    (QuestionKind::Scale, ["Wie sicher fühlen Sie sich abends?", "How safe do you feel in the evening?", "ما مدى شعورك بالأمان مساءً؟"], &[]),
    (QuestionKind::YesNo, ["Kennen Sie das Stadtteilbüro?", "Do you know the neighbourhood office?", "هل تعرف مكتب الحي؟"], &[]),
    (QuestionKind::Single, ["Wie kommen Sie meistens zum Einkaufen?", "How do you usually get to the shops?", "كيف تذهب عادةً للتسوق؟"], &[
        ["Zu Fuß", "On foot", "مشيًا"],
        ["Mit dem Rad", "By bike", "بالدراجة"],
        ["Mit Bus oder Bahn", "By bus or tram", "بالحافلة أو الترام"],
        ["Mit dem Auto", "By car", "بالسيارة"],
    ]),
    (QuestionKind::Ranking, ["Was ist Ihnen am wichtigsten?", "What matters most to you?", "ما الأهم بالنسبة لك؟"], &[
        ["Sauberkeit", "Cleanliness", "النظافة"],
        ["Ruhe", "Quiet", "الهدوء"],
        ["Treffpunkte", "Places to meet", "أماكن للقاء"],
    ]),
    (QuestionKind::YesNo, ["Würden Sie bei einem Fest mithelfen?", "Would you help at a neighbourhood party?", "هل تساعد في حفلة الحي؟"], &[]),
    (QuestionKind::Scale, ["Wie zufrieden sind Sie mit dem Wohnumfeld?", "How happy are you with your surroundings?", "ما مدى رضاك عن محيط سكنك؟"], &[]),
    (QuestionKind::Multiple, ["Welche Angebote nutzen Sie?", "Which services do you use?", "ما الخدمات التي تستخدمها؟"], &[
        ["Bibliothek", "Library", "المكتبة"],
        ["Jugendclub", "Youth club", "نادي الشباب"],
        ["Seniorentreff", "Seniors' meeting place", "ملتقى كبار السن"],
    ]),
    (QuestionKind::Text, ["Was wünschen Sie sich für den Platz?", "What do you wish for the square?", "ماذا تتمنى للساحة؟"], &[]),
];
const SCALE_ENDS: [[&str; 3]; 2] = [["gar nicht", "not at all", "إطلاقًا"], ["sehr", "very", "جدًا"]];
const WISHES: &[&str] = &["Mehr Bänke im Schatten", "Ein Brunnen", "Abends mehr Licht", "Weniger Autos", "Ein Café", "Mehr Grün"];
const LANGS: [&str; 3] = ["de", "en", "ar"];

/// Creates and publishes the demo survey; returns its id.
pub async fn create(db: &DatabaseConnection) -> anyhow::Result<i32> {
    use domain::forums::entity::forum;
    let forum = forum::Entity::find()
        .filter(forum::Column::Name.eq("Nachbarschaftsforum Berliner Platz"))
        .one(db)
        .await?
        .ok_or_else(|| anyhow::anyhow!("load the demo city first (quartier demo)"))?;
    let admin = domain::accounts::entity::account::Entity::find()
        .filter(domain::accounts::entity::account::Column::IsAdmin.eq(true))
        .one(db)
        .await?
        .ok_or_else(|| anyhow::anyhow!("no administrator"))?;
    let user = SignedIn { id: admin.id, is_admin: true, ..Default::default() };
    let id = service::create(db, &user, forum.id, "de", TITLE[0]).await?;
    service::update_settings(db, &user, id, SettingsForm {
        title: TITLE[0].into(),
        intro: INTRO[0].into(),
        audience: "public".into(),
        asks_district: true,
        results_public: true,
        ..Default::default()
    })
    .await
    ?;
    for (kind, text, options) in QUESTIONS {
        let scale = *kind == QuestionKind::Scale;
        questions::save_question(db, &user, id, None, QuestionForm {
            kind: kind.as_str().into(),
            text: text[0].into(),
            required: *kind != QuestionKind::Text,
            options: options.iter().map(|o| o[0]).collect::<Vec<_>>().join("\n"),
            max_choices: if *kind == QuestionKind::Multiple { "2".into() } else { String::new() },
            scale_min: if scale { "1".into() } else { String::new() },
            scale_max: if scale { "5".into() } else { String::new() },
            low_label: if scale { SCALE_ENDS[0][0].into() } else { String::new() },
            high_label: if scale { SCALE_ENDS[1][0].into() } else { String::new() },
            max_length: if *kind == QuestionKind::Text { "500".into() } else { String::new() },
            ..Default::default()
        })
        .await
        ?;
    }
    let s = service::load(db, id).await?;
    for (l, lang) in LANGS.iter().enumerate().skip(1) {
        service::add_language(db, &user, id, lang).await?;
        let mut texts = vec![("title".to_string(), TITLE[l].to_string()), ("intro".to_string(), INTRO[l].to_string())];
        for (q, (_, text, options)) in s.questions.iter().zip(QUESTIONS) {
            texts.push((format!("q{}", q.id), text[l].into()));
            for (o, option) in q.options.iter().zip(options.iter()) {
                texts.push((format!("o{o}"), option[l].into()));
            }
            if q.kind == QuestionKind::Scale {
                texts.push((format!("q{}lo", q.id), SCALE_ENDS[0][l].into()));
                texts.push((format!("q{}hi", q.id), SCALE_ENDS[1][l].into()));
            }
        }
        service::save_translation(db, &user, id, lang, false, texts).await?;
    }
    service::save_translation(db, &user, id, "de", true, vec![("title".into(), PLAIN_TITLE.into())]).await?;
    service::publish(db, &user, id).await?;
    Ok(id)
}

/// Adds `n` responses with answers to every question, in batches, as if
/// they came online, on paper and in conversations.
pub async fn generate_responses(db: &DatabaseConnection, survey_id: i32, n: usize, progress: bool) -> anyhow::Result<()> {
    let s = service::load(db, survey_id).await?;
    let districts: Vec<i32> = domain::districts::entity::district::Entity::find().all(db).await?.into_iter().map(|d| d.id).collect();
    let bar = if progress { indicatif::ProgressBar::new(n as u64) } else { indicatif::ProgressBar::hidden() };
    bar.set_style(indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} responses ({per_sec}, {eta})").unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()));
    let mut seed: u64 = 0x0005_eed5_u64 << 20 | survey_id as u64;
    let mut next = |m: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % m.max(1) as u64) as usize
    };
    let today = time::OffsetDateTime::now_utc().date();
    use domain::vocabulary::survey::ResponseChannel::{Interview, Online, Paper};
    let channels = [Online, Online, Online, Paper, Interview];
    let first = survey_response::Entity::find().count(db).await? as usize;
    for start in (0..n).step_by(500) {
        let batch = (n - start).min(500);
        let (txn, _turn) = domain::db::begin_write(db).await?;
        let mut responses = Vec::with_capacity(batch);
        let mut answers: Vec<(usize, AnswerValue)> = Vec::with_capacity(batch * 12);
        for i in 0..batch {
            let channel = channels[next(channels.len())];
            let language = LANGS[[0, 0, 0, 0, 1, 2][next(6)]];
            responses.push(survey_response::ActiveModel {
                survey_id: Set(survey_id),
                language: Set(language.into()),
                plain: Set(false),
                channel: Set(channel),
                district_id: Set(districts.get(next(districts.len())).copied()),
                respondent_id: Set(None),
                code_id: Set(None),
                entered_by: Set(None),
                form_number: Set(None),
                submission_key: Set(format!("demo-{survey_id}-{}", first + start + i)),
                created_on: Set(today),
                ..Default::default()
            });
            for q in &s.questions {
                let a = |option: Option<i32>, value: Option<i32>, text: Option<String>| AnswerValue { question_id: q.id, option_id: option, value, text };
                match q.kind {
                    QuestionKind::Single => answers.push((i, a(Some(q.options[next(q.options.len())]), None, None))),
                    QuestionKind::Multiple => {
                        let first = next(q.options.len());
                        answers.push((i, a(Some(q.options[first]), None, None)));
                        let second = next(q.options.len());
                        if second != first {
                            answers.push((i, a(Some(q.options[second]), None, None)));
                        }
                    }
                    QuestionKind::Scale => answers.push((i, a(None, Some(1 + next(5) as i32), None))),
                    QuestionKind::YesNo => answers.push((i, a(None, Some(next(2) as i32), None))),
                    QuestionKind::Ranking => {
                        let shift = next(q.options.len());
                        for (k, o) in q.options.iter().enumerate() {
                            answers.push((i, a(Some(*o), Some(((k + shift) % q.options.len()) as i32 + 1), None)));
                        }
                    }
                    _ if next(4) == 0 => answers.push((i, a(None, None, Some(WISHES[next(WISHES.len())].into())))),
                    _ => {}
                }
            }
        }
        let keys: Vec<String> = responses.iter().map(|r| r.submission_key.clone().unwrap()).collect();
        let inserted: std::collections::HashMap<String, survey_response::Model> = survey_response::Entity::insert_many(responses)
            .exec_with_returning(&txn)
            .await?
            .into_iter()
            .map(|r| (r.submission_key.clone(), r))
            .collect();
        let stored: Vec<&survey_response::Model> = keys.iter().map(|k| &inserted[k]).collect();
        let mut counts: std::collections::BTreeMap<responses::TallyKey, i32> = Default::default();
        for (i, a) in &answers {
            let r = stored[*i];
            *counts.entry(responses::TallyKey::of(survey_id, a, r.channel, &r.language, r.district_id)).or_default() += 1;
        }
        responses::add_to_tally(&txn, responses::SINGLE_WRITES, counts.into_iter().collect()).await?;
        let takings = stored.iter().filter_map(|r| domain::surveys::writer::taking(s.forum_id, r.district_id, r.respondent_id, r.channel, r.created_on)).collect();
        domain::statistics::participation::record::record(&txn, takings).await?;
        let rows: Vec<survey_answer::ActiveModel> = answers.iter().map(|(i, a)| responses::answer_row(survey_id, stored[*i], a)).collect();
        for chunk in rows.chunks(responses::ANSWERS_PER_STATEMENT) {
            survey_answer::Entity::insert_many(chunk.to_vec()).exec_without_returning(&txn).await?;
        }
        txn.commit().await?;
        bar.inc(batch as u64);
    }
    bar.finish_and_clear();
    Ok(())
}

/// Unused access codes for the survey (the benchmark answers with them).
pub async fn codes(db: &DatabaseConnection, survey_id: i32, n: usize) -> anyhow::Result<Vec<String>> {
    use domain::surveys::entity::survey_code;
    let mut out = Vec::with_capacity(n);
    for start in (0..n).step_by(2000) {
        let batch = (n - start).min(2000);
        let (txn, _turn) = domain::db::begin_write(db).await?;
        let rows: Vec<survey_code::ActiveModel> = (0..batch)
            .map(|_| {
                let code = domain::surveys::responses::new_code();
                out.push(code.clone());
                survey_code::ActiveModel { survey_id: Set(survey_id), code: Set(code), email_digest: Set(None), used: Set(false), ..Default::default() }
            })
            .collect();
        for chunk in rows.chunks(500) {
            survey_code::Entity::insert_many(chunk.to_vec()).exec(&txn).await?;
        }
        txn.commit().await?;
    }
    Ok(out)
}
