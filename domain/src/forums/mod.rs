//! Forums: neighbourhood forums, district councils and youth groups, their
//! members and the districts they cover.
#[cfg(feature = "server")]
pub mod entity;
#[cfg(feature = "server")]
pub mod service;

/// An interviewer is a member who enters answers for neighbours in
/// door-to-door conversations.
pub const ROLES: &[&str] = &["moderator", "interviewer", "member"];

use serde::{Deserialize, Serialize};

pub const KINDS: &[&str] = &[
    "neighbourhood_forum", "district_council", "youth_group", "neighbourhood_project", "advisory_board", "working_group",
];

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct ForumSummary {
    pub id: i32,
    pub name: String,
    pub kind: String,
    pub description: String,
    pub covers_all_districts: bool,
    pub districts: Vec<(i32, String)>,
    pub members: i64,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ForumInfo {
    pub forum: ForumSummary,
    /// Display names of the moderators (never email addresses).
    pub moderators: Vec<String>,
    /// The signed-in reader's role in the forum, if any.
    pub my_role: Option<String>,
}
