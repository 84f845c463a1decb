//! Keeps the monitor's counters: every change that makes someone take part
//! calls [`record`] in its own transaction, so the figures never disagree
//! with what is stored; [`rebuild`] computes them from scratch.
use super::{Counter, Person, Seen, Tally, Taking};
use crate::error::AppResult;
use crate::schema::districts::district;
use crate::schema::forums::{forum, forum_district};
use crate::schema::statistics::{participant, participation_count};
use crate::vocabulary::participation::SocialClass;
use crate::vocabulary::survey::ResponseChannel;
use sea_orm::sea_query::{Alias, Expr, ExprTrait, OnConflict};
use sea_orm::{entity::prelude::*, ActiveValue::Set, ConnectionTrait, DbBackend, FromQueryResult, Statement};
use std::collections::{BTreeSet, HashMap, HashSet};

/// Rows per statement.
const CHUNK: usize = 500;

/// What makes a person count once. E-mail addresses are kept only as a
/// hash (and only the part needed to tell people apart).
pub fn person_key(p: &Person) -> Option<String> {
    match p {
        Person::Account(id) => Some(format!("a{id}")),
        Person::Email(email) => Some(format!("e{}", &crate::tokens::digest(&email.trim().to_lowercase())[..32])),
        Person::Anonymous => None,
    }
}

/// The social-index class of each of these districts that has one.
async fn classes(db: &impl ConnectionTrait, districts: BTreeSet<i32>) -> AppResult<HashMap<i32, SocialClass>> {
    Ok(district::Entity::find()
        .filter(district::Column::Id.is_in(districts))
        .all(db)
        .await?
        .into_iter()
        .filter_map(|d| Some((d.id, SocialClass::of_district(d.social_index, d.social_index_class.as_deref())?)))
        .collect())
}

/// A forum's own figures count only within its districts (all of them for
/// a forum of the whole city), so that they compare with its residents.
async fn within_forums(db: &impl ConnectionTrait, takings: &mut [Taking]) -> AppResult<()> {
    let forums: BTreeSet<i32> = takings.iter().filter_map(|t| t.forum_id).collect();
    if forums.is_empty() {
        return Ok(());
    }
    let whole_city: HashSet<i32> =
        forum::Entity::find().filter(forum::Column::Id.is_in(forums.clone())).all(db).await?.into_iter().filter(|f| f.covers_all_districts).map(|f| f.id).collect();
    let covered: HashSet<(i32, i32)> =
        forum_district::Entity::find().filter(forum_district::Column::ForumId.is_in(forums)).all(db).await?.into_iter().map(|d| (d.forum_id, d.district_id)).collect();
    for t in takings.iter_mut() {
        t.forum_id = t.forum_id.filter(|f| whole_city.contains(f) || covered.contains(&(*f, t.district_id)));
    }
    Ok(())
}

async fn tally(db: &impl ConnectionTrait, mut takings: Vec<Taking>, seen: HashMap<(String, Counter), Seen>) -> AppResult<Tally> {
    within_forums(db, &mut takings).await?;
    let classes = classes(db, takings.iter().map(|t| t.district_id).collect()).await?;
    let mut tally = Tally::new(seen);
    for t in &takings {
        tally.add(person_key(&t.person).as_deref(), &t.counters(classes.get(&t.district_id).copied()), t.on);
    }
    Ok(tally)
}

/// Counts these acts of taking part; call it in the change's transaction.
pub async fn record(db: &impl ConnectionTrait, takings: Vec<Taking>) -> AppResult<()> {
    if takings.is_empty() {
        return Ok(());
    }
    let people: BTreeSet<String> = takings.iter().filter_map(|t| person_key(&t.person)).collect();
    if !people.is_empty() && db.get_database_backend() == DbBackend::Postgres {
        // Two changes by one person at once must not both find them new.
        db.execute_unprepared("LOCK TABLE participant IN SHARE ROW EXCLUSIVE MODE").await?;
    }
    let mut seen = HashMap::new();
    let people: Vec<String> = people.into_iter().collect();
    for chunk in people.chunks(CHUNK) {
        for p in participant::Entity::find().filter(participant::Column::Person.is_in(chunk.to_vec())).all(db).await? {
            let counter = Counter { forum_id: p.forum_id, group: p.group, group_id: p.group_id, reach: p.reach };
            seen.insert((p.person, counter), Seen { last_month: p.last_month, years: p.years });
        }
    }
    let tally = tally(db, takings, seen).await?;
    write(db, &tally).await
}

async fn write(db: &impl ConnectionTrait, tally: &Tally) -> AppResult<()> {
    use participant::Column as P;
    use participation_count::Column as C;
    let rows: Vec<participant::ActiveModel> = tally
        .changed
        .iter()
        .filter_map(|key| {
            let seen = tally.seen.get(key)?;
            let (person, c) = key;
            Some(participant::ActiveModel {
                person: Set(person.clone()),
                forum_id: Set(c.forum_id),
                group: Set(c.group),
                group_id: Set(c.group_id),
                reach: Set(c.reach),
                last_month: Set(seen.last_month),
                years: Set(seen.years),
            })
        })
        .collect();
    for chunk in rows.chunks(CHUNK) {
        let upsert = OnConflict::columns([P::Person, P::ForumId, P::Group, P::GroupId, P::Reach]).update_columns([P::LastMonth, P::Years]).to_owned();
        participant::Entity::insert_many(chunk.to_vec()).on_conflict(upsert).exec_without_returning(db).await?;
    }
    let counts: Vec<participation_count::ActiveModel> = tally
        .deltas
        .iter()
        .filter(|(_, n)| **n != 0)
        .map(|((c, period), n)| participation_count::ActiveModel {
            forum_id: Set(c.forum_id),
            period: Set(*period),
            group: Set(c.group),
            group_id: Set(c.group_id),
            reach: Set(c.reach),
            n: Set(*n as i32),
        })
        .collect();
    for chunk in counts.chunks(CHUNK) {
        let upsert = OnConflict::columns([C::ForumId, C::Period, C::Group, C::GroupId, C::Reach])
            .value(C::N, Expr::col((participation_count::Entity, C::N)).add(Expr::col((Alias::new("excluded"), C::N))))
            .to_owned();
        participation_count::Entity::insert_many(chunk.to_vec()).on_conflict(upsert).exec_without_returning(db).await?;
    }
    Ok(())
}

/// A forum member takes part in each of the forum's districts (a forum of
/// the whole city says nothing about where its members live).
pub async fn joined_forum(db: &impl ConnectionTrait, forum_id: i32, account_id: i32, on: time::Date) -> AppResult<()> {
    let districts = forum_district::Entity::find().filter(forum_district::Column::ForumId.eq(forum_id)).all(db).await?;
    let takings = districts
        .into_iter()
        .map(|d| Taking { person: Person::Account(account_id), district_id: d.district_id, forum_id: Some(forum_id), channel: ResponseChannel::Online, on })
        .collect();
    record(db, takings).await
}

#[derive(FromQueryResult)]
struct Source {
    district_id: i32,
    account_id: Option<i32>,
    email: Option<String>,
    forum_id: Option<i32>,
    channel: ResponseChannel,
    day: time::Date,
}

/// Everything that counts as taking part, from the stored rows: the same
/// acts the changes record one by one.
async fn sources(db: &impl ConnectionTrait) -> AppResult<Vec<Taking>> {
    let online = ResponseChannel::Online.as_str();
    let day = |column: &str| match db.get_database_backend() {
        DbBackend::Postgres => format!("CAST(({column} AT TIME ZONE 'UTC') AS date)"),
        _ => format!("date({column})"),
    };
    let sql = format!(
        "SELECT district_id, author_id AS account_id, CASE WHEN author_id IS NULL THEN author_email END AS email, \
                CAST(NULL AS INTEGER) AS forum_id, '{online}' AS channel, {} AS day \
           FROM concern WHERE published AND (author_id IS NOT NULL OR author_email IS NOT NULL) \
         UNION ALL \
         SELECT c.district_id, s.account_id, NULL, NULL, '{online}', {} FROM concern_support s JOIN concern c ON c.id = s.concern_id \
         UNION ALL \
         SELECT r.district_id, r.respondent_id, NULL, s.forum_id, r.channel, r.created_on \
           FROM survey_response r JOIN survey s ON s.id = r.survey_id WHERE r.district_id IS NOT NULL \
         UNION ALL \
         SELECT d.district_id, f.account_id, NULL, f.forum_id, '{online}', COALESCE(f.joined_on, CURRENT_DATE) \
           FROM forum_role f JOIN forum_district d ON d.forum_id = f.forum_id",
        day("created_at"),
        day("s.created_at"),
    );
    let rows = Source::find_by_statement(Statement::from_string(db.get_database_backend(), sql)).all(db).await?;
    Ok(rows
        .into_iter()
        .map(|r| Taking {
            person: match (r.account_id, r.email) {
                (Some(id), _) => Person::Account(id),
                (None, Some(email)) => Person::Email(email),
                (None, None) => Person::Anonymous,
            },
            district_id: r.district_id,
            forum_id: r.forum_id,
            channel: r.channel,
            on: r.day,
        })
        .collect())
}

/// Computes every counter again from the stored rows (the upgrade that
/// brought the monitor, and a district's new social-index class).
pub async fn rebuild(db: &DatabaseConnection) -> AppResult<()> {
    let (txn, _turn) = crate::db::begin_write(db).await?;
    if txn.get_database_backend() == DbBackend::Postgres {
        txn.execute_unprepared("LOCK TABLE participant, participation_count IN EXCLUSIVE MODE").await?;
    }
    participant::Entity::delete_many().exec(&txn).await?;
    participation_count::Entity::delete_many().exec(&txn).await?;
    let takings = sources(&txn).await?;
    let tally = tally(&txn, takings, HashMap::new()).await?;
    write(&txn, &tally).await?;
    txn.commit().await?;
    Ok(())
}

/// Builds the counters once where a database has people who took part
/// from before the monitor existed; `true` when it did.
pub async fn ensure_built(db: &DatabaseConnection) -> AppResult<bool> {
    if participation_count::Entity::find().one(db).await?.is_some() {
        return Ok(false);
    }
    rebuild(db).await?;
    Ok(true)
}
