//! The demo city (Erfurt): districts, offices, categories with routing
//! rules, forums, neighbourhood projects and one account per role. Loaded
//! once; a second run sees the marker in `app_meta` and does nothing.
use domain::accounts::service::create_verified;
use domain::vocabulary::concern_event::EventKind;
use domain::categories::entity::{category, category_name};
use domain::districts::entity::{district, planning_space};
use domain::forums::entity::{forum, forum_district, forum_role, project, project_district};
use domain::offices::entity::{office, office_staff};
use domain::routing::entity::routing_rule;
use sea_orm::{entity::prelude::*, ActiveValue::Set, ConnectionTrait, DatabaseConnection, Statement};
use serde::Deserialize;
use std::collections::HashMap;

const DEMO: &str = include_str!("../demo/erfurt-demo.toml");
/// Population, its date and area of all 53 districts (sources in the file).
const DISTRICT_FACTS: &str = include_str!("../demo/erfurt-districts.csv");
/// Schematic boundaries (scripts/generate-demo-boundaries), not the official ones.
const BOUNDARIES: &str = include_str!("../demo/erfurt-boundaries.geojson");
const MARKER: &str = "demo_loaded";
/// Every demo account has this password; it is printed at start.
pub const DEMO_PASSWORD: &str = "Erfurt-Demo-2026";
pub const DEMO_ACCOUNTS: &[(&str, &str, &str)] = &[
    ("admin@quartier.example", "Ada Admin", "admin"),
    ("moderator@quartier.example", "Mona Moderation", "moderator"),
    ("staff@quartier.example", "Otto Tiefbau", "staff"),
    ("resident@quartier.example", "Rana Bewohnerin", "resident"),
    ("interviewer@quartier.example", "Ilse Gespräch", "interviewer"),
];
/// Business days an office has to answer, for the demo's routing rules.
const DEMO_DEADLINE_DAYS: i32 = 10;

#[derive(Deserialize)]
struct Demo {
    district: Vec<DistrictRow>,
    department: Vec<Department>,
    office: Vec<OfficeRow>,
    category: Vec<CategoryRow>,
    forum: Vec<ForumRow>,
    project: Vec<ProjectRow>,
}
#[derive(Deserialize)]
struct DistrictRow {
    name: String,
    kind: String,
    social_index_class: Option<String>,
    social_index: Option<f64>,
    planning_space: Option<String>,
}
#[derive(Deserialize)]
struct Department {
    code: String,
    name: String,
}
#[derive(Deserialize)]
struct OfficeRow {
    code: String,
    department: String,
    name: String,
}
#[derive(Deserialize)]
struct CategoryRow {
    key: String,
    office: String,
    #[serde(flatten)]
    names: HashMap<String, toml::Value>,
}
#[derive(Deserialize)]
struct ForumRow {
    name: String,
    kind: domain::vocabulary::forum::ForumKind,
    districts: toml::Value,
}
#[derive(Deserialize)]
struct ProjectRow {
    name: String,
    districts: Vec<String>,
    carrier: String,
    since: Option<i32>,
    office: Option<String>,
}

struct DistrictFact {
    name: String,
    population: i32,
    population_date: time::Date,
    area_km2: Option<f64>,
}

fn district_facts() -> anyhow::Result<HashMap<String, DistrictFact>> {
    let mut reader = csv::ReaderBuilder::new().comment(Some(b'#')).from_reader(DISTRICT_FACTS.as_bytes());
    let mut facts = HashMap::new();
    for row in reader.records() {
        let row = row?;
        let date = time::Date::parse(&row[2], time::macros::format_description!("[year]-[month]-[day]"))?;
        let fact = DistrictFact { name: row[0].to_string(), population: row[1].parse()?, population_date: date, area_km2: row[3].parse().ok() };
        facts.insert(fact.name.clone(), fact);
    }
    Ok(facts)
}

pub async fn is_loaded(db: &DatabaseConnection) -> Result<bool, DbErr> {
    let backend = db.get_database_backend();
    let row = db
        .query_one_raw(Statement::from_string(backend, format!("SELECT value FROM app_meta WHERE key = '{MARKER}'")))
        .await?;
    Ok(row.is_some())
}

/// Loads the demo city unless it is there already. Returns whether it loaded.
pub async fn load(db: &DatabaseConnection) -> anyhow::Result<bool> {
    if is_loaded(db).await? {
        return Ok(false);
    }
    let demo: Demo = toml::from_str(DEMO)?;
    let (txn, _turn) = domain::db::begin_write(db).await?;

    let facts = district_facts()?;
    let mut spaces: HashMap<String, i32> = HashMap::new();
    let mut districts: HashMap<String, i32> = HashMap::new();
    for d in &demo.district {
        let planning_space_id = match &d.planning_space {
            Some(name) => Some(match spaces.get(name) {
                Some(id) => *id,
                None => {
                    let id = planning_space::ActiveModel { name: Set(name.clone()), ..Default::default() }.insert(&txn).await?.id;
                    spaces.insert(name.clone(), id);
                    id
                }
            }),
            None => None,
        };
        let fact = facts.get(d.name.as_str());
        let id = district::ActiveModel {
            name: Set(d.name.clone()),
            kind: Set(d.kind.clone()),
            population: Set(fact.map(|f| f.population)),
            population_date: Set(fact.map(|f| f.population_date)),
            area_km2: Set(fact.and_then(|f| f.area_km2)),
            social_index: Set(d.social_index),
            social_index_class: Set(d.social_index_class.clone()),
            planning_space_id: Set(planning_space_id),
            ..Default::default()
        }
        .insert(&txn)
        .await?
        .id;
        districts.insert(d.name.clone(), id);
    }
    let names: Vec<(domain::vocabulary::ids::DistrictId, String)> =
        districts.iter().map(|(name, id)| (domain::vocabulary::ids::DistrictId(*id), name.clone())).collect();
    let boundaries = domain::places::boundaries::check(BOUNDARIES.as_bytes(), "name", &names, &[])
        .map_err(|e| anyhow::anyhow!("demo boundaries: {e:?}"))?;
    domain::places::boundaries::store(&txn, &boundaries).await?;

    let departments: HashMap<&str, &str> = demo.department.iter().map(|d| (d.code.as_str(), d.name.as_str())).collect();
    let mut offices: HashMap<String, i32> = HashMap::new();
    for o in &demo.office {
        let id = office::ActiveModel {
            code: Set(o.code.clone()),
            name: Set(o.name.clone()),
            department: Set(departments.get(o.department.as_str()).copied().unwrap_or_default().to_string()),
            // Example addresses: the demo must never mail a real office.
            contact_email: Set(Some(format!("amt-{}@erfurt.example", o.code.replace('.', "-")))),
            ..Default::default()
        }
        .insert(&txn)
        .await?
        .id;
        offices.insert(o.code.clone(), id);
    }

    for c in &demo.category {
        let id = category::ActiveModel { key: Set(c.key.clone()), ..Default::default() }.insert(&txn).await?.id;
        for lang in domain::i18n::LANGUAGES {
            if let Some(name) = c.names.get(lang.id).and_then(|v| v.as_str()) {
                category_name::ActiveModel { category_id: Set(id), lang: Set(lang.id.into()), name: Set(name.into()) }
                    .insert(&txn)
                    .await?;
            }
        }
        if let Some(office_id) = offices.get(&c.office) {
            routing_rule::ActiveModel {
                category_id: Set(id),
                district_id: Set(None),
                planning_space_id: Set(None),
                office_id: Set(*office_id),
                deadline_days: Set(DEMO_DEADLINE_DAYS),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
        }
    }

    let mut forums: HashMap<String, i32> = HashMap::new();
    for f in &demo.forum {
        let all = f.districts.as_str() == Some("all");
        let id = forum::ActiveModel {
            name: Set(f.name.clone()),
            kind: Set(f.kind),
            // The data file's notes are English facts for developers; the
            // forum page is read by residents, in German.
            description: Set(forum_description(&f.name).into()),
            covers_all_districts: Set(all),
            ..Default::default()
        }
        .insert(&txn)
        .await?
        .id;
        forums.insert(f.name.clone(), id);
        for name in f.districts.as_array().into_iter().flatten().filter_map(|v| v.as_str()) {
            if let Some(d) = districts.get(name) {
                forum_district::ActiveModel { forum_id: Set(id), district_id: Set(*d) }.insert(&txn).await?;
            }
        }
    }

    for p in &demo.project {
        let id = project::ActiveModel {
            name: Set(p.name.clone()),
            carrier: Set(p.carrier.clone()),
            since: Set(p.since),
            office_id: Set(p.office.as_ref().and_then(|o| offices.get(o).copied())),
            ..Default::default()
        }
        .insert(&txn)
        .await?
        .id;
        for name in &p.districts {
            if let Some(d) = districts.get(name) {
                project_district::ActiveModel { project_id: Set(id), district_id: Set(*d) }.insert(&txn).await?;
            }
        }
    }

    let mut accounts = Vec::new();
    for (email, name, _) in DEMO_ACCOUNTS {
        let id = create_verified(&txn, email, name, DEMO_PASSWORD, "de", *email == DEMO_ACCOUNTS[0].0)
            .await
            .map_err(|e| anyhow::anyhow!("demo account {email}: {e}"))?;
        accounts.push(id);
    }
    let forum_id = forums["Nachbarschaftsforum Berliner Platz"];
    use domain::vocabulary::forum::ForumRole;
    for (account, role) in [(accounts[1], ForumRole::Moderator), (accounts[3], ForumRole::Member), (accounts[4], ForumRole::Interviewer)] {
        let today = time::OffsetDateTime::now_utc().date();
        forum_role::ActiveModel { forum_id: Set(forum_id), account_id: Set(account), role: Set(role), joined_on: Set(Some(today)) }.insert(&txn).await?;
        domain::statistics::participation::record::joined_forum(&txn, forum_id, account, today).await?;
    }
    office_staff::ActiveModel { office_id: Set(offices["66"]), account_id: Set(accounts[2]) }.insert(&txn).await?;
    txn.execute_raw(Statement::from_string(
        txn.get_database_backend(),
        format!("INSERT INTO app_meta (key, value) VALUES ('{MARKER}', 'erfurt')"),
    ))
    .await?;
    txn.commit().await?;
    Ok(true)
}

pub fn print_logins(base_url: &str) {
    println!("\nQuartier is running at {base_url}/\n\nDemo logins (password for all: {DEMO_PASSWORD}):");
    for (email, name, role) in DEMO_ACCOUNTS {
        println!("  {role:<10} {email:<30} {name}");
    }
    println!();
}

const TITLES: &[(&str, &str)] = &[
    ("roads", "Schlagloch in der Fahrbahn"),
    ("roads", "Gehweg uneben, Stolpergefahr"),
    ("roads", "Ampel schaltet zu kurz für Fußgänger"),
    ("roads", "Radweg zugeparkt"),
    ("green", "Spielplatz: Schaukel defekt"),
    ("green", "Baum droht umzustürzen"),
    ("green", "Hecke ragt auf den Gehweg"),
    ("environment", "Wilder Müll an der Ecke"),
    ("environment", "Lärm durch Baustelle am Abend"),
    ("public_order", "Beleuchtung im Durchgang kaputt"),
    ("youth", "Treffpunkt für Jugendliche fehlt"),
    ("social", "Sitzbänke für Ältere fehlen"),
    ("education", "Schulweg ohne sichere Querung"),
    ("health", "Taubenplage am Hauseingang"),
    ("buildings", "Turnhalle undicht"),
    ("planning", "Leerstehendes Haus verfällt"),
    ("culture", "Stadtteilbibliothek zu kurz geöffnet"),
    ("sport", "Bolzplatz ohne Netze"),
    ("drainage", "Gully verstopft, Wasser steht"),
];

/// Adds `n` realistic published concerns across the demo districts, routed
/// by the demo rules, with their timelines; in batches, with a progress bar.
/// Public answers of the generated concerns' offices.
const ANSWERS: &[&str] = &[
    "Wir haben uns das vor Ort angesehen und kümmern uns darum.",
    "Die Arbeiten sind beauftragt. Wir melden uns, wenn sie fertig sind.",
    "Das ist erledigt. Danke für den Hinweis.",
    "Das können wir leider nicht ändern: Die Fläche gehört nicht der Stadt.",
];

pub async fn generate_concerns(db: &DatabaseConnection, n: usize, progress: bool) -> anyhow::Result<()> {
    use domain::concerns::entity::{concern, concern_event};
    use domain::concerns::status::Status;
    use sea_orm::{QueryOrder, QuerySelect};
    use time::{Duration, OffsetDateTime};

    let districts = district::Entity::find().all(db).await?;
    let areas = domain::places::boundaries::load(db).await?;
    let categories = category::Entity::find().all(db).await?;
    let rules = routing_rule::Entity::find().all(db).await?;
    anyhow::ensure!(!districts.is_empty() && !categories.is_empty(), "load the demo city first (quartier demo)");
    let first_id = concern::Entity::find().order_by_desc(concern::Column::Id).limit(1).one(db).await?.map(|c| c.id).unwrap_or(0) + 1;
    let first_event = concern_event::Entity::find().order_by_desc(concern_event::Column::Id).limit(1).one(db).await?.map(|e| e.id).unwrap_or(0) + 1;
    let bar = if progress { indicatif::ProgressBar::new(n as u64) } else { indicatif::ProgressBar::hidden() };
    bar.set_style(indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} concerns ({per_sec}, {eta})").unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()));
    let statuses = [Status::Open, Status::Open, Status::InProgress, Status::Planned, Status::Done, Status::Done, Status::NotPossible];
    let now = OffsetDateTime::now_utc();
    let calendar = domain::business_days::Calendar::default();
    // A small deterministic generator keeps runs comparable.
    let mut seed: u64 = 0x005e_ed0f_ca11;
    let mut next = |m: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % m as u64) as usize
    };
    let mut event_id = first_event;
    for start in (0..n).step_by(1000) {
        let batch = (n - start).min(1000);
        let (txn, _turn) = domain::db::begin_write(db).await?;
        let mut concerns = Vec::with_capacity(batch);
        let mut events = Vec::with_capacity(batch * 2);
        for i in 0..batch {
            let id = first_id + (start + i) as i32;
            let d = &districts[next(districts.len())];
            let point = areas.point_in(domain::vocabulary::ids::DistrictId(d.id), || next(1 << 30) as f64 / (1u64 << 30) as f64);
            let (key, title) = TITLES[next(TITLES.len())];
            let c = categories.iter().find(|c| c.key == key).unwrap_or(&categories[0]);
            let created = now - Duration::minutes(next(60 * 24 * 700) as i64);
            let scopes: Vec<domain::routing::RuleScope> = rules
                .iter()
                .map(|r| domain::routing::RuleScope { id: r.id, category_id: r.category_id, district_id: r.district_id, planning_space_id: r.planning_space_id })
                .collect();
            let rule = domain::routing::most_specific(&scopes, c.id, d.id, d.planning_space_id).and_then(|s| rules.iter().find(|r| r.id == s.id));
            let status = if rule.is_some() { statuses[next(statuses.len())] } else { Status::Submitted };
            let deadline = rule.map(|r| calendar.add_business_days(created.date(), r.deadline_days as u32));
            // Old concerns were reminded and escalated back then, as a running
            // Quartier would have done; the deadline task starts with today's work.
            let overdue_since = deadline.filter(|d| *d < now.date() && !status.is_closed()).map(|d| d.midnight().assume_utc());
            let escalated = overdue_since.filter(|d| *d + Duration::days(14) < now).map(|d| d + Duration::days(14));
            let answered_at = (created + Duration::days(1 + next(12) as i64)).min(now);
            let answered = status != Status::Open && status != Status::Submitted;
            let timing = domain::concerns::deadlines::Timing::default().after_answer(&calendar, created.date(), deadline, status, answered_at.date());
            concerns.push(concern::ActiveModel {
                id: Set(id),
                reference: Set(Some(domain::concerns::service::reference(id, created.year()))),
                title: Set(format!("{title} ({})", d.name)),
                description: Set(format!("{title}. Gemeldet aus {}. Bitte prüfen Sie das vor Ort.", d.name)),
                category_id: Set(c.id),
                district_id: Set(d.id),
                address: Set(None),
                latitude: Set(point.map(|p| p.lat)),
                longitude: Set(point.map(|p| p.lon)),
                language: Set("de".into()),
                author_id: Set(None),
                author_email: Set(None),
                author_name: Set(None),
                status: Set(status),
                published: Set(true),
                office_id: Set(rule.map(|r| r.office_id)),
                routing_rule_id: Set(rule.map(|r| r.id)),
                deadline: Set(deadline),
                accepted: Set(status != Status::Open && status != Status::Submitted),
                supports: Set(next(12) as i32),
                submission_key: Set(format!("{:064x}", id)),
                confirm_token_hash: Set(None),
                created_at: Set(created),
                updated_at: Set(if status != Status::Open && status != Status::Submitted { answered_at } else { created }),
                reminded_at: Set(overdue_since.map(|d| d + Duration::days(1))),
                escalated_at: Set(escalated),
                duplicate_of: Set(None),
                hidden: Set(false),
                hidden_reason: Set(None),
                answer_days: Set(timing.answer_days.filter(|_| answered)),
                answered_on_time: Set(timing.answered_on_time.filter(|_| answered)),
                done_days: Set(timing.done_days.filter(|_| answered)),
            });
            // The timeline a running Quartier would have written: an office
            // sets a status only with a public answer, after accepting.
            /// (kind, office, new status, public text, when)
            type Entry = (EventKind, Option<i32>, Option<Status>, Option<String>, OffsetDateTime);
            let mut timeline: Vec<Entry> = vec![
                (EventKind::Submitted, None, None, None, created),
                (if rule.is_some() { EventKind::Routed } else { EventKind::Triage }, rule.map(|r| r.office_id), None, None, created),
            ];
            if status != Status::Open && status != Status::Submitted {
                timeline.push((EventKind::Accepted, rule.map(|r| r.office_id), None, None, answered_at));
                timeline.push((EventKind::Answered, rule.map(|r| r.office_id), Some(status), Some(ANSWERS[next(ANSWERS.len())].to_string()), answered_at));
            }
            for (kind, office, new_status, body, at) in timeline {
                events.push(concern_event::ActiveModel {
                    id: Set(event_id),
                    concern_id: Set(id),
                    kind: Set(kind),
                    public: Set(true),
                    actor_id: Set(None),
                    office_id: Set(office),
                    rule_id: Set(rule.map(|r| r.id)),
                    status: Set(new_status),
                    body: Set(body),
                    language: Set("de".into()),
                    created_at: Set(at),
                });
                event_id += 1;
            }
        }
        concern::Entity::insert_many(concerns).exec(&txn).await?;
        for chunk in events.chunks(500) {
            concern_event::Entity::insert_many(chunk.to_vec()).exec(&txn).await?;
        }
        txn.commit().await?;
        bar.inc(batch as u64);
    }
    bar.finish();
    // As the server's hourly run would: one counter for all past deadlines.
    domain::statistics::service::compact(db, now.date()).await?;
    if db.get_database_backend() == sea_orm::DbBackend::Sqlite {
        // The bulk load left the search index in many small pieces, which
        // the next writes would otherwise merge bit by bit; merge them now,
        // and fold the large write-ahead log into the database file.
        db.execute_unprepared("INSERT INTO concern_fts(concern_fts) VALUES ('optimize'); ANALYZE; PRAGMA wal_checkpoint(TRUNCATE);").await?;
    }
    if db.get_database_backend() == sea_orm::DbBackend::Postgres {
        // Explicit ids do not move the identity sequences forward.
        for table in ["concern", "concern_event"] {
            db.execute_unprepared(&format!("SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT MAX(id) FROM {table}))")).await?;
        }
        // Statistics for the planner and the visibility map for index-only
        // scans, at once instead of whenever autovacuum comes by: before,
        // the office inbox's counts read the office's rows from the heap
        // (85 ms instead of 6 ms at 100,000 concerns).
        db.execute_unprepared("VACUUM ANALYZE concern, concern_event, statistic").await?;
    }
    Ok(())
}

/// What the demo forums say about themselves on their pages.
fn forum_description(name: &str) -> &'static str {
    match name {
        "Nachbarschaftsforum Berliner Platz" => "Offenes Forum der Nachbarschaft am Berliner Platz. Wir führen Gespräche an der Haustür und laden zur „Berliner Brücke“ ein.",
        "BÄMM! Jugendbeteiligung" => "Hier reden Kinder und Jugendliche mit. BÄMM! gehört zum Stadtjugendring und erklärt schwierige Themen in einfacher Sprache.",
        _ => "",
    }
}
