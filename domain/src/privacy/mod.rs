//! Personal data: retention, erasure, exports and requests.
#[cfg(feature = "server")]
pub use crate::schema::privacy as entity;
#[cfg(feature = "server")]
pub mod erase;
#[cfg(feature = "server")]
pub mod export;
#[cfg(feature = "server")]
pub mod requests;
#[cfg(feature = "server")]
pub mod retention;
