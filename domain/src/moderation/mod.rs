//! Flags on concerns and comments, and the moderators' decisions.
#[cfg(feature = "server")]
pub use crate::schema::moderation as entity;
#[cfg(feature = "server")]
pub mod flags;


/// A concern or comment with open flags, and the reasons given.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FlaggedView {
    pub reference: String,
    pub title: String,
    pub comment: Option<String>,
    pub hidden: bool,
    pub reasons: Vec<String>,
}
