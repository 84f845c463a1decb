//! Quartier's domain: entities, the rules of each feature (services),
//! validation, the plain-language check, business days, mail composition.
//! It knows nothing of pages or HTTP: no Leptos, no axum. Without the
//! `server` feature only the plain types and pure rules compile (they are
//! shared with the browser); with it, storage and services.
pub mod access;
pub mod accounts;
pub mod audit;
#[cfg(feature = "server")]
pub mod business_days;
pub mod categories;
pub mod concerns;
#[cfg(feature = "server")]
pub mod config;
#[cfg(feature = "server")]
pub mod db;
pub mod districts;
pub mod error;
pub mod forums;
pub mod i18n;
#[cfg(feature = "server")]
pub mod input;
pub mod mail;
pub mod moderation;
pub mod offices;
pub mod open311;
#[cfg(feature = "server")]
pub mod open_data;
pub mod places;
pub mod plain_language;
pub mod privacy;
#[cfg(feature = "server")]
pub mod rate_limit;
#[cfg(feature = "server")]
pub mod reference;
pub mod routing;
#[cfg(feature = "server")]
pub mod schema;
#[cfg(feature = "server")]
pub mod secret;
#[cfg(feature = "server")]
pub mod spreadsheet;
pub mod statistics;
pub mod surveys;
#[cfg(feature = "server")]
pub mod tokens;
pub mod translations;
pub mod vocabulary;
