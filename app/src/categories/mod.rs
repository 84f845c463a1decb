//! Concern categories, named in every shipped language.
pub mod admin;
