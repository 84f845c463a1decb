//! Reads the monitor: one grouped statement over the counters.
use super::{equity, period_range, GroupFigures, Monitor};
use crate::error::{AppError, AppResult};
use crate::schema::districts::district;
use crate::schema::forums::{forum, forum_district};
use crate::schema::statistics::participation_count;
use crate::statistics::Period;
use crate::vocabulary::participation::{Group, Reach, SocialClass};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{entity::prelude::*, ConnectionTrait, FromQueryResult, QueryOrder, QuerySelect};
use std::collections::HashMap;
use time::Date;

#[derive(FromQueryResult)]
struct Row {
    /// The column is `grp` (`group` is a keyword of SQL).
    grp: Group,
    group_id: i32,
    reach: Reach,
    n: i64,
}

/// The districts a monitor covers: all of them, or a forum's.
async fn districts(db: &impl ConnectionTrait, forum_id: i32) -> AppResult<Vec<district::Model>> {
    let mut q = district::Entity::find().order_by_asc(district::Column::Name);
    if forum_id != 0 {
        let f = forum::Entity::find_by_id(forum_id).one(db).await?.ok_or(AppError::NotFound)?;
        if !f.covers_all_districts {
            let ids: Vec<i32> = forum_district::Entity::find().filter(forum_district::Column::ForumId.eq(forum_id)).all(db).await?.into_iter().map(|d| d.district_id).collect();
            q = q.filter(district::Column::Id.is_in(ids));
        }
    }
    Ok(q.all(db).await?)
}

/// Everyone's monitor (`forum_id` 0) or a forum's own, for a period.
pub async fn monitor(db: &impl ConnectionTrait, forum_id: i32, period: Period, today: Date) -> AppResult<Monitor> {
    use participation_count::Column as C;
    let districts = districts(db, forum_id).await?;
    let (first, last) = period_range(period, today);
    let rows = participation_count::Entity::find()
        .select_only()
        .column(C::Group)
        .column(C::GroupId)
        .column(C::Reach)
        .expr_as(Expr::col(C::N).sum(), "n")
        .filter(C::ForumId.eq(forum_id))
        .filter(C::Period.between(first, last))
        .group_by(C::Group)
        .group_by(C::GroupId)
        .group_by(C::Reach)
        .into_model::<Row>()
        .all(db)
        .await?;
    let mut people: HashMap<(Group, i32), [i64; 4]> = HashMap::new();
    for r in rows {
        let i = Reach::ALL.iter().position(|x| *x == r.reach).unwrap_or(0);
        people.entry((r.grp, r.group_id)).or_default()[i] = r.n;
    }
    let class_of = |d: &district::Model| SocialClass::of_district(d.social_index, d.social_index_class.as_deref());
    let classes: Vec<GroupFigures> = SocialClass::ALL
        .into_iter()
        .filter(|c| districts.iter().any(|d| class_of(d) == Some(*c)))
        .map(|c| {
            let members: Vec<Option<i32>> = districts.iter().filter(|d| class_of(d) == Some(c)).map(|d| d.population).collect();
            // A class's rate needs every district's population.
            let population = members.iter().all(Option::is_some).then(|| members.iter().flatten().map(|p| *p as i64).sum());
            GroupFigures { group: Group::Class, id: c.id(), name: c.as_str().to_string(), population, people: people.get(&(Group::Class, c.id())).copied().unwrap_or_default() }
        })
        .collect();
    let districts = districts
        .into_iter()
        .map(|d| GroupFigures {
            group: Group::District,
            id: d.id,
            people: people.get(&(Group::District, d.id)).copied().unwrap_or_default(),
            name: d.name,
            population: d.population.map(i64::from),
        })
        .collect();
    Ok(Monitor { equity: equity(&classes), districts, classes })
}
