//! Concern categories, named in every shipped language.
#[cfg(feature = "server")]
pub mod entity;
#[cfg(feature = "server")]
pub mod service;
