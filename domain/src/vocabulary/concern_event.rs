//! What happened to a concern, as its timeline records it. Stored as the
//! snake-case names below, which are also the suffixes of the timeline's
//! Fluent ids (`event-handed_back`).
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(sea_orm::EnumIter, sea_orm::DeriveActiveEnum))]
#[cfg_attr(feature = "server", sea_orm(rs_type = "String", db_type = "Text", rename_all = "snake_case"))]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// Sent, by someone with an account or a confirmed address.
    Submitted,
    /// A report without an account was confirmed by its mailed link.
    Confirmed,
    /// No routing rule matched: the concern waits for a moderator.
    Triage,
    /// A routing rule sent it to an office.
    Routed,
    /// A moderator sent it from triage to an office.
    Assigned,
    Accepted,
    Forwarded,
    HandedBack,
    /// An office answered with a status.
    Answered,
    /// An internal note of the office (never public).
    Note,
    /// The deadline is near: the office was reminded.
    Reminder,
    /// The deadline passed: the moderators were told.
    Escalated,
    /// Hidden at once after enough flags, until a moderator decides.
    HiddenPending,
    Hidden,
    Restored,
    CommentHiddenPending,
    CommentHidden,
    CommentRestored,
    /// Merged into another concern as its duplicate (body: the other reference).
    MergedInto,
    /// Another concern was merged into this one (body: its reference).
    MergedFrom,
}

impl EventKind {
    pub const ALL: [EventKind; 20] = [
        Self::Submitted,
        Self::Confirmed,
        Self::Triage,
        Self::Routed,
        Self::Assigned,
        Self::Accepted,
        Self::Forwarded,
        Self::HandedBack,
        Self::Answered,
        Self::Note,
        Self::Reminder,
        Self::Escalated,
        Self::HiddenPending,
        Self::Hidden,
        Self::Restored,
        Self::CommentHiddenPending,
        Self::CommentHidden,
        Self::CommentRestored,
        Self::MergedInto,
        Self::MergedFrom,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Submitted => "submitted",
            Self::Confirmed => "confirmed",
            Self::Triage => "triage",
            Self::Routed => "routed",
            Self::Assigned => "assigned",
            Self::Accepted => "accepted",
            Self::Forwarded => "forwarded",
            Self::HandedBack => "handed_back",
            Self::Answered => "answered",
            Self::Note => "note",
            Self::Reminder => "reminder",
            Self::Escalated => "escalated",
            Self::HiddenPending => "hidden_pending",
            Self::Hidden => "hidden",
            Self::Restored => "restored",
            Self::CommentHiddenPending => "comment_hidden_pending",
            Self::CommentHidden => "comment_hidden",
            Self::CommentRestored => "comment_restored",
            Self::MergedInto => "merged_into",
            Self::MergedFrom => "merged_from",
        }
    }

    /// Entries whose text people wrote (answers and reasons), so it may be
    /// translated; the others carry a reference number or nothing.
    pub fn translatable(self) -> bool {
        matches!(self, Self::Answered | Self::Forwarded | Self::HandedBack | Self::Hidden | Self::Restored | Self::CommentHidden | Self::CommentRestored)
    }
}

stored_names!(EventKind);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_names_are_the_ones_the_timeline_always_had() {
        let names: Vec<&str> = EventKind::ALL.iter().map(|k| k.as_str()).collect();
        assert_eq!(names.len(), 20);
        for (kind, name) in EventKind::ALL.iter().zip(&names) {
            assert_eq!(serde_json::to_value(kind).unwrap(), serde_json::json!(name), "serde and as_str agree");
        }
        assert!(names.contains(&"handed_back") && names.contains(&"comment_hidden_pending") && names.contains(&"merged_into"));
    }
}
