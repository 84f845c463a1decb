//! Open311 GeoReport v2 (JSON): services are the categories, requests the
//! published concerns. Posting needs an API key; the concern then waits for
//! the reporter's email confirmation like any report without an account.
//! The mapping is documented in the README.
pub mod admin;
#[cfg(feature = "ssr")]
pub mod api;
