//! Accounts: who a signed-in person is and what they may do, registration,
//! sign-in, tokens mailed to them, and how they appear in public.
#[cfg(feature = "server")]
pub use crate::schema::accounts as entity;
#[cfg(feature = "server")]
pub mod password;
#[cfg(feature = "server")]
pub mod recent;
pub mod roles;
#[cfg(feature = "server")]
pub mod service;
#[cfg(feature = "server")]
pub mod sessions;
#[cfg(feature = "server")]
pub mod tokens;

use serde::{Deserialize, Serialize};

pub use crate::access::SignedIn;

/// How a person appears on public pages (concerns, comments). Never an
/// email address.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum PublicName {
    /// The name the person chose to show.
    Name(String),
    /// "a resident".
    Resident,
    /// The account was deleted: "a former resident".
    FormerResident,
}

/// The one rule for public names: the display name if the person chose to
/// show it, a neutral label otherwise, and "a former resident" once the
/// account is deleted.
pub fn public_name(display_name: &str, show_name: bool, deleted: bool) -> PublicName {
    if deleted {
        PublicName::FormerResident
    } else if show_name && !display_name.trim().is_empty() {
        PublicName::Name(display_name.to_string())
    } else {
        PublicName::Resident
    }
}
