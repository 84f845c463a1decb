//! The plain-language check as people writing see it: hints while they type.
//! The check itself is the domain's (`domain::plain_language`).
mod live;
pub use live::{plain_check, PlainCheck};
