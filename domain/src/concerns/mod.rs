//! Concerns: reported, confirmed, routed, answered, supported and followed.
#[cfg(feature = "server")]
pub mod deadlines;
#[cfg(feature = "server")]
pub mod duplicates;
#[cfg(feature = "server")]
pub mod feed;
#[cfg(feature = "server")]
pub mod geojson;
#[cfg(feature = "server")]
pub mod map;
#[cfg(feature = "server")]
pub mod office;
#[cfg(feature = "server")]
pub use crate::schema::concerns as entity;
#[cfg(feature = "server")]
pub mod participation;
#[cfg(feature = "server")]
pub mod photos;
#[cfg(feature = "server")]
pub mod service;
pub use crate::vocabulary::concern_status as status;
#[cfg(feature = "server")]
pub mod writer;

use crate::translations::Shown;
use status::Status;
use serde::{Deserialize, Serialize};

/// A comment under a concern; the text is left out while it is hidden.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct CommentView {
    pub id: i32,
    /// The public name by the person's choice.
    pub author: crate::accounts::PublicName,
    pub at: String,
    pub body: Option<String>,
    pub hidden: bool,
    pub hidden_reason: Option<String>,
    pub shown: Shown,
}

/// Filters of the public list.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ListFilter {
    pub district: Option<i32>,
    pub category: Option<i32>,
    pub status: Option<String>,
    pub q: Option<String>,
    /// Concerns with an id below this (keyset paging: page 500 costs what page 1 costs).
    pub before: Option<i32>,
}

impl ListFilter {
    /// The filter a query string asks for (`get` reads one parameter);
    /// values that do not parse are left out, as an empty field would be.
    pub fn from_query(get: impl Fn(&str) -> Option<String>) -> ListFilter {
        ListFilter {
            district: get("district").and_then(|v| v.parse().ok()),
            category: get("category").and_then(|v| v.parse().ok()),
            status: get("status").filter(|s| !s.is_empty()),
            q: get("q").filter(|s| !s.trim().is_empty()),
            before: get("before").and_then(|v| v.parse().ok()),
        }
    }

    /// The query string of this filter (without `?`).
    pub fn to_query(&self) -> String {
        let mut parts = Vec::new();
        if let Some(d) = self.district {
            parts.push(format!("district={d}"));
        }
        if let Some(c) = self.category {
            parts.push(format!("category={c}"));
        }
        if let Some(s) = &self.status {
            parts.push(format!("status={s}"));
        }
        if let Some(q) = &self.q {
            parts.push(format!("q={}", query_value(q)));
        }
        if let Some(b) = self.before {
            parts.push(format!("before={b}"));
        }
        parts.join("&")
    }
}

/// A concern as the public (or its office) sees it.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct ConcernView {
    pub id: i32,
    pub reference: String,
    pub title: String,
    pub description: String,
    pub status: Status,
    pub district: (i32, String),
    pub category: String,
    pub office: Option<String>,
    pub deadline: Option<String>,
    pub overdue: bool,
    pub address: Option<String>,
    pub point: Option<(f64, f64)>,
    pub supports: i32,
    pub created: String,
    /// The reporter's chosen name or a neutral label; never an email address.
    pub author: crate::accounts::PublicName,
    /// Hidden by flags or a moderator; then title and text are not sent to
    /// readers who cannot moderate.
    pub hidden: bool,
    pub hidden_reason: Option<String>,
    /// The concern this one was merged into.
    pub duplicate_of: Option<String>,
    /// The language title and description are shown in.
    pub shown: Shown,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct EventView {
    pub id: i32,
    pub kind: crate::vocabulary::concern_event::EventKind,
    pub public: bool,
    pub status: Option<Status>,
    pub office: Option<String>,
    pub body: Option<String>,
    pub at: String,
    /// The language the body is shown in.
    pub shown: Shown,
}

/// Free text as a value in a query string of a link.
pub fn query_value(text: &str) -> String {
    text.replace('%', "%25").replace('&', "%26").replace('#', "%23").replace('+', "%2B").replace(' ', "+")
}
