//! The public statistics' counters: whose figures they are (the scope) and
//! what they count (the measure). Stored as the snake-case names, which the
//! triggers of migration 22 write.
use serde::{Deserialize, Serialize};

/// Whose figures: the whole city, one district or one office.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(sea_orm::EnumIter, sea_orm::DeriveActiveEnum))]
#[cfg_attr(feature = "server", sea_orm(rs_type = "String", db_type = "Text", rename_all = "snake_case"))]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    City,
    District,
    Office,
}

impl Scope {
    pub const ALL: [Scope; 3] = [Self::City, Self::District, Self::Office];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::City => "city",
            Self::District => "district",
            Self::Office => "office",
        }
    }
}

/// What a counter counts, per month of receipt and category. The label of
/// a row says which: a status, a number of business days, yes/no, a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(sea_orm::EnumIter, sea_orm::DeriveActiveEnum))]
#[cfg_attr(feature = "server", sea_orm(rs_type = "String", db_type = "Text", rename_all = "snake_case"))]
#[serde(rename_all = "snake_case")]
pub enum Measure {
    /// Concerns by their status now (label: the status).
    Received,
    /// First public answers by business days waited (label: the days).
    Answer,
    /// First answers by the deadline or after it (label: yes / no).
    OnTime,
    /// Concerns done, by business days from receipt (label: the days).
    Done,
    /// Open concerns without an answer, by deadline (label: the day).
    DueUnanswered,
    /// Open concerns with an answer, by deadline (label: the day).
    DueAnswered,
    /// Concerns an office received (routed, assigned or forwarded to it).
    Routed,
    /// Concerns an office forwarded to another office.
    Forwarded,
    /// Concerns an office handed back to the moderators.
    HandedBack,
}

impl Measure {
    pub const ALL: [Measure; 9] =
        [Self::Received, Self::Answer, Self::OnTime, Self::Done, Self::DueUnanswered, Self::DueAnswered, Self::Routed, Self::Forwarded, Self::HandedBack];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Received => "received",
            Self::Answer => "answer",
            Self::OnTime => "on_time",
            Self::Done => "done",
            Self::DueUnanswered => "due_unanswered",
            Self::DueAnswered => "due_answered",
            Self::Routed => "routed",
            Self::Forwarded => "forwarded",
            Self::HandedBack => "handed_back",
        }
    }

    /// Counters whose label is a deadline.
    pub fn is_due(self) -> bool {
        matches!(self, Self::DueUnanswered | Self::DueAnswered)
    }
}

stored_names!(Scope, Measure);
