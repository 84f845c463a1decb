//! Municipal offices and the people who work for them.
#[cfg(feature = "server")]
pub use crate::schema::offices as entity;
#[cfg(feature = "server")]
pub mod service;

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct OfficeSummary {
    pub id: i32,
    pub code: String,
    pub name: String,
    pub department: String,
    /// Shown to admins only; public pages never show an address.
    pub contact_email: Option<String>,
    pub staff: i64,
}
