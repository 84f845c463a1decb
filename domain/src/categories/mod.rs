//! Concern categories, named in every shipped language.
#[cfg(feature = "server")]
pub use crate::schema::categories as entity;
#[cfg(feature = "server")]
pub mod service;
