//! The domain's typed values, stored under the snake-case names that are
//! also the suffixes of their Fluent ids. They sit below the tables
//! (`schema`) and every feature, so any of them may use them.
pub mod concern_event;
pub mod concern_status;
pub mod forum;
pub mod ids;
pub mod survey;
