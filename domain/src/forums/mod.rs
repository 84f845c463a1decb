//! Forums: neighbourhood forums, district councils and youth groups, their
//! members and the districts they cover.
#[cfg(feature = "server")]
pub use crate::schema::forums as entity;
#[cfg(feature = "server")]
pub mod service;

use crate::vocabulary::forum::{ForumKind, ForumRole};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct ForumSummary {
    pub id: i32,
    pub name: String,
    pub kind: ForumKind,
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
    pub my_role: Option<ForumRole>,
}
