//! Surveys: their questions and languages, responses from every channel,
//! and results counted by the database.
#[cfg(feature = "server")]
pub use crate::schema::surveys as entity;
#[cfg(feature = "server")]
pub mod export;
pub mod model;
#[cfg(feature = "server")]
pub mod paper;
#[cfg(feature = "server")]
pub mod questions;
#[cfg(feature = "server")]
pub mod responses;
#[cfg(feature = "server")]
pub mod results;
#[cfg(feature = "server")]
pub mod service;
#[cfg(feature = "server")]
pub mod writer;

/// The smallest group a result filter may show (the participation
/// monitor's rule): in a smaller one, answers could be traced to people.
pub const MIN_GROUP: i64 = 5;
