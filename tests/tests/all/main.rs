//! Integration tests against the real server (SQLite and PostgreSQL) and
//! browser tests in headless Chromium.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic is how a test fails
mod harness;

mod accounts;
mod admin;
mod browser;
mod concerns;
mod feeds;
mod i18n;
mod journeys;
mod journeys_browser;
mod keyboard;
mod moderation;
mod open311;
mod open_data;
mod places;
mod places_browser;
mod operations;
mod participation;
mod performance;
mod privacy;
mod public;
mod security;
mod statistics;
mod survey_browser;
mod surveys;
mod translations;
