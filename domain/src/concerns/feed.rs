//! What the Atom feeds carry: new concerns and public answers, for the whole
//! city, a district, a category or an office, and one concern's public
//! timeline. Only what the public pages show: published concerns that are
//! not hidden, public timeline entries, never an address or a name.
use super::entity::{concern, concern_event};
use super::status::Status;
use crate::error::{AppError, AppResult};
use crate::vocabulary::concern_event::EventKind;
use sea_orm::{entity::prelude::*, ConnectionTrait, JoinType, QueryOrder, QuerySelect, RelationDef};

/// How many entries a feed carries, newest first.
pub const FEED_SIZE: u64 = 50;

/// Whose news a feed carries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FeedScope {
    City,
    District(i32),
    Category(i32),
    Office(i32),
}

/// One entry: a timeline entry with the concern it belongs to.
#[derive(Clone, Debug)]
pub struct FeedEntry {
    pub event: concern_event::Model,
    pub concern: concern::Model,
}

fn concern_of_event() -> RelationDef {
    concern_event::Entity::belongs_to(concern::Entity).from(concern_event::Column::ConcernId).to(concern::Column::Id).into()
}

/// Concerns anyone may see in a feed.
fn shown<Q: QueryFilter>(q: Q) -> Q {
    q.filter(concern::Column::Published.eq(true))
        .filter(concern::Column::Hidden.eq(false))
        .filter(concern::Column::Status.is_not_in([Status::Unconfirmed, Status::Rejected]))
}

/// New concerns and public answers in `scope`, newest first.
pub async fn news(db: &impl ConnectionTrait, scope: FeedScope) -> AppResult<Vec<FeedEntry>> {
    let mut q = shown(
        concern_event::Entity::find()
            .join(JoinType::InnerJoin, concern_of_event())
            .filter(concern_event::Column::Public.eq(true))
            .filter(concern_event::Column::Kind.is_in([EventKind::Submitted, EventKind::Answered])),
    );
    q = match scope {
        FeedScope::City => q,
        FeedScope::District(id) => q.filter(concern::Column::DistrictId.eq(id)),
        FeedScope::Category(id) => q.filter(concern::Column::CategoryId.eq(id)),
        FeedScope::Office(id) => q.filter(concern::Column::OfficeId.eq(id)),
    };
    let rows = q.select_also(concern::Entity).order_by_desc(concern_event::Column::Id).limit(FEED_SIZE).all(db).await?;
    Ok(rows.into_iter().filter_map(|(event, concern)| Some(FeedEntry { event, concern: concern? })).collect())
}

/// One concern's public timeline, newest first; a concern nobody may see is
/// not found.
pub async fn timeline(db: &impl ConnectionTrait, reference: &str) -> AppResult<Vec<FeedEntry>> {
    let c = shown(concern::Entity::find().filter(concern::Column::Reference.eq(reference))).one(db).await?.ok_or(AppError::NotFound)?;
    let events = concern_event::Entity::find()
        .filter(concern_event::Column::ConcernId.eq(c.id))
        .filter(concern_event::Column::Public.eq(true))
        .order_by_desc(concern_event::Column::Id)
        .limit(FEED_SIZE)
        .all(db)
        .await?;
    Ok(events.into_iter().map(|event| FeedEntry { event, concern: c.clone() }).collect())
}
