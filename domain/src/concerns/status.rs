//! A concern's status: submitted → open (routed) → in progress / planned →
//! done / not possible; side exits: rejected (abuse), duplicate (merged).
pub const UNCONFIRMED: &str = "unconfirmed";
/// Confirmed but not routed: waits in the moderators' triage queue.
pub const SUBMITTED: &str = "submitted";
pub const OPEN: &str = "open";
pub const IN_PROGRESS: &str = "in_progress";
pub const PLANNED: &str = "planned";
pub const DONE: &str = "done";
pub const NOT_POSSIBLE: &str = "not_possible";
pub const REJECTED: &str = "rejected";
pub const DUPLICATE: &str = "duplicate";

/// Statuses an office sets, each with a public answer.
pub const OFFICE_STATUSES: &[&str] = &[IN_PROGRESS, PLANNED, DONE, NOT_POSSIBLE];
/// Statuses the public list can filter by.
pub const PUBLIC_STATUSES: &[&str] = &[SUBMITTED, OPEN, IN_PROGRESS, PLANNED, DONE, NOT_POSSIBLE];

/// Every status, in the order of a concern's life.
pub const ALL: &[&str] = &[UNCONFIRMED, SUBMITTED, OPEN, IN_PROGRESS, PLANNED, DONE, NOT_POSSIBLE, REJECTED, DUPLICATE];
/// Statuses after which nothing more is done.
pub const CLOSED: &[&str] = &[DONE, NOT_POSSIBLE, REJECTED, DUPLICATE];

pub fn is_closed(status: &str) -> bool {
    CLOSED.contains(&status)
}
