//! How long a sign-in lasts. The session keeps who signed in, when, and the
//! account's session epoch at that time; a password reset or change raises
//! the epoch, which ends every older session of that person at its next
//! request, on every server process.
use serde::{Deserialize, Serialize};

/// What a signed-in session stores.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionAuth {
    pub account: i32,
    pub epoch: i32,
    /// Unix seconds of the sign-in.
    pub since: i64,
    /// Unix seconds of the last time activity extended the idle expiry
    /// (0: never; sessions from before this field read as never).
    #[serde(default)]
    pub renewed: i64,
}

/// The session key under which [`SessionAuth`] is kept.
pub const SESSION_KEY: &str = "auth";

pub use crate::config::Lifetimes;

impl SessionAuth {
    /// Whether this sign-in still counts for an account whose epoch and
    /// admin flag are as given.
    pub fn valid(&self, epoch: i32, is_admin: bool, now: i64, limits: Lifetimes) -> bool {
        let limit = if is_admin { limits.admin_seconds.min(limits.absolute_seconds) } else { limits.absolute_seconds };
        self.epoch == epoch && now >= self.since && now - self.since < limit
    }

    /// Whether this request should push the idle expiry forward: at most
    /// once per `every` seconds, so that an active session is written to
    /// the store once in a while, not on every request.
    pub fn due_for_renewal(&self, now: i64, every: i64) -> bool {
        now - self.renewed.max(self.since) >= every
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIMITS: Lifetimes = Lifetimes { absolute_seconds: 30 * 86_400, admin_seconds: 8 * 3_600, renew_seconds: 300, cache_seconds: 5 };

    #[test]
    fn a_sign_in_ends_after_its_absolute_lifetime() {
        let auth = SessionAuth { account: 1, epoch: 0, since: 1_000, renewed: 0 };
        assert!(auth.valid(0, false, 1_000 + 29 * 86_400, LIMITS));
        assert!(!auth.valid(0, false, 1_000 + 30 * 86_400, LIMITS));
    }

    #[test]
    fn administrators_sign_in_again_sooner() {
        let auth = SessionAuth { account: 1, epoch: 0, since: 1_000, renewed: 0 };
        assert!(auth.valid(0, true, 1_000 + 7 * 3_600, LIMITS));
        assert!(!auth.valid(0, true, 1_000 + 8 * 3_600, LIMITS));
    }

    #[test]
    fn activity_renews_the_idle_expiry_once_in_a_while() {
        let mut auth = SessionAuth { account: 1, epoch: 0, since: 1_000, renewed: 0 };
        assert!(!auth.due_for_renewal(1_299, 300), "not right after the sign-in");
        assert!(auth.due_for_renewal(1_300, 300));
        auth.renewed = 1_300;
        assert!(!auth.due_for_renewal(1_599, 300));
        assert!(auth.due_for_renewal(1_600, 300));
    }

    #[test]
    fn a_new_password_ends_older_sessions() {
        let auth = SessionAuth { account: 1, epoch: 2, since: 1_000, renewed: 0 };
        assert!(auth.valid(2, false, 1_001, LIMITS));
        assert!(!auth.valid(3, false, 1_001, LIMITS));
        // A clock set back does not make a session immortal.
        assert!(!auth.valid(2, false, 999, LIMITS));
    }
}
