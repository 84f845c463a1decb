//! The tables, one file per feature (sea-orm entities). Every feature may
//! read any table through here without depending on the feature that owns
//! it; writing a feature's tables stays with that feature's services.
pub mod accounts;
pub mod audit;
pub mod categories;
pub mod concerns;
pub mod districts;
pub mod forums;
pub mod mail;
pub mod moderation;
pub mod offices;
pub mod privacy;
pub mod routing;
pub mod statistics;
pub mod surveys;
pub mod translations;
