//! Routing rules as admins manage them; the rules themselves are the
//! domain's (`domain::routing`).
pub mod admin;
