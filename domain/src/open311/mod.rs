//! Open311 API keys.
#[cfg(feature = "server")]
pub mod keys;
