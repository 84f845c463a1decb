//! A concern's status: submitted → open (routed) → in progress / planned →
//! done / not possible; side exits: rejected (abuse), duplicate (merged).
//! Stored as the snake-case names below; they are also the Fluent ids'
//! suffixes (`status-in_progress`) and the CSS classes.
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(sea_orm::EnumIter, sea_orm::DeriveActiveEnum))]
#[cfg_attr(feature = "server", sea_orm(rs_type = "String", db_type = "Text", rename_all = "snake_case"))]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Sent without an account; waits for the email confirmation.
    Unconfirmed,
    /// Confirmed but not routed: waits in the moderators' triage queue.
    Submitted,
    Open,
    InProgress,
    Planned,
    Done,
    NotPossible,
    Rejected,
    Duplicate,
}

use Status::*;

impl Status {
    /// Every status, in the order of a concern's life.
    pub const ALL: [Status; 9] = [Unconfirmed, Submitted, Open, InProgress, Planned, Done, NotPossible, Rejected, Duplicate];
    /// Statuses an office sets, each with a public answer.
    pub const OFFICE: [Status; 4] = [InProgress, Planned, Done, NotPossible];
    /// Statuses the public list can filter by.
    pub const PUBLIC: [Status; 6] = [Submitted, Open, InProgress, Planned, Done, NotPossible];
    /// Statuses after which nothing more is done.
    pub const CLOSED: [Status; 4] = [Done, NotPossible, Rejected, Duplicate];

    /// The stored name, also the suffix of its Fluent id and CSS class.
    pub fn as_str(self) -> &'static str {
        match self {
            Unconfirmed => "unconfirmed",
            Submitted => "submitted",
            Open => "open",
            InProgress => "in_progress",
            Planned => "planned",
            Done => "done",
            NotPossible => "not_possible",
            Rejected => "rejected",
            Duplicate => "duplicate",
        }
    }

    pub fn is_closed(self) -> bool {
        Self::CLOSED.contains(&self)
    }

    /// Set by an office, with a public answer.
    pub fn is_office_answer(self) -> bool {
        Self::OFFICE.contains(&self)
    }
}

stored_names!(Status);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_match_serde() {
        for s in Status::ALL {
            assert_eq!(Status::parse(s.as_str()), Some(s));
            assert_eq!(serde_json::to_string(&s).unwrap(), format!("\"{s}\""));
        }
        assert_eq!(Status::parse("Open"), None);
        assert_eq!(Status::parse(""), None);
    }

    #[cfg(feature = "server")]
    #[test]
    fn stored_names_are_the_names() {
        use sea_orm::ActiveEnum;
        for s in Status::ALL {
            assert_eq!(s.to_value(), s.as_str());
        }
    }
}
