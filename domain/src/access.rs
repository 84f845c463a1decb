//! Who may do what: the signed-in person with their roles, and which
//! forums cover which districts (moderators act on concerns in the
//! districts their forums cover). Every feature may ask here; this module
//! reads the tables and knows no feature.
use serde::{Deserialize, Serialize};

/// The person behind a request, with the roles that decide what they may do.
#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq)]
pub struct SignedIn {
    pub id: i32,
    pub display_name: String,
    pub email: String,
    pub is_admin: bool,
    /// Forums this person moderates.
    pub moderates: Vec<i32>,
    /// Forums this person is a member of (moderators included).
    pub member_of: Vec<i32>,
    /// Forums for which this person enters door-to-door interviews.
    pub interviews_for: Vec<i32>,
    /// Offices this person works for.
    pub staff_of: Vec<i32>,
}

impl SignedIn {
    /// Whether this person runs the forum: builds, runs and analyses its
    /// surveys, enters its paper forms (admins everywhere).
    pub fn may_run_forum(&self, forum_id: i32) -> bool {
        self.is_admin || self.moderates.contains(&forum_id)
    }

    /// Whether this person works for the office (a concern's office, if it
    /// has one).
    pub fn works_for(&self, office_id: Option<i32>) -> bool {
        office_id.is_some_and(|o| self.staff_of.contains(&o))
    }

    pub fn is_member_of(&self, forum_id: i32) -> bool {
        self.member_of.contains(&forum_id)
    }

    /// Whether this person may enter door-to-door interviews for the forum.
    pub fn may_interview_for(&self, forum_id: i32) -> bool {
        self.may_run_forum(forum_id) || self.interviews_for.contains(&forum_id)
    }
}

#[cfg(feature = "server")]
pub use storage::{covers, forums_covering, moderated_districts};

#[cfg(feature = "server")]
mod storage {
    use crate::error::AppResult;
    use crate::schema::forums::{forum, forum_district};
    use sea_orm::{entity::prelude::*, ConnectionTrait, QueryOrder};

    /// The forums covering a district: those listing it and those for all districts.
    pub async fn forums_covering(db: &impl ConnectionTrait, district_id: i32) -> AppResult<Vec<forum::Model>> {
        let listing: Vec<i32> = forum_district::Entity::find()
            .filter(forum_district::Column::DistrictId.eq(district_id))
            .all(db)
            .await?
            .into_iter()
            .map(|f| f.forum_id)
            .collect();
        Ok(forum::Entity::find()
            .filter(sea_orm::Condition::any().add(forum::Column::CoversAllDistricts.eq(true)).add(forum::Column::Id.is_in(listing)))
            .order_by_asc(forum::Column::Name)
            .all(db)
            .await?)
    }

    /// Districts the forums of a moderator cover; `None` means all districts.
    pub async fn moderated_districts(db: &impl ConnectionTrait, forum_ids: &[i32]) -> AppResult<Option<Vec<i32>>> {
        let forums = forum::Entity::find().filter(forum::Column::Id.is_in(forum_ids.to_vec())).all(db).await?;
        if forums.iter().any(|f| f.covers_all_districts) {
            return Ok(None);
        }
        Ok(Some(
            forum_district::Entity::find()
                .filter(forum_district::Column::ForumId.is_in(forum_ids.to_vec()))
                .all(db)
                .await?
                .into_iter()
                .map(|l| l.district_id)
                .collect(),
        ))
    }

    /// Whether these forums cover the district (a forum may cover all).
    pub async fn covers(db: &impl ConnectionTrait, forum_ids: &[i32], district_id: i32) -> AppResult<bool> {
        if forum_ids.is_empty() {
            return Ok(false);
        }
        Ok(match moderated_districts(db, forum_ids).await? {
            None => true,
            Some(districts) => districts.contains(&district_id),
        })
    }
}
