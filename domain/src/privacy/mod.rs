//! Personal data: retention, erasure, exports and requests.
#[cfg(feature = "server")]
pub mod entity;
#[cfg(feature = "server")]
pub mod erase;
#[cfg(feature = "server")]
pub mod export;
#[cfg(feature = "server")]
pub mod requests;
#[cfg(feature = "server")]
pub mod retention;
