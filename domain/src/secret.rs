//! CSRF tokens bound to the browser and to the session (OWASP's "signed
//! double-submit cookie"): the token in a form is an HMAC, under the
//! server's secret key, over a random per-browser cookie and the session id.
//! Someone who can plant a cookie for this host (a sibling subdomain, a
//! network attacker on http) still cannot make a token that matches it,
//! and a token taken from one session is worthless in another.
use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;

/// The server's secret for signing; read from `QUARTIER_SECRET_KEY` or a
/// file generated on first start. Never printed.
#[derive(Clone)]
pub struct SecretKey(std::sync::Arc<[u8]>);

impl SecretKey {
    pub fn new(bytes: &[u8]) -> Self {
        SecretKey(bytes.into())
    }

    #[allow(clippy::expect_used, reason = "HMAC takes keys of any length")]
    fn mac(&self, purpose: &str, parts: &[&str]) -> Hmac<Sha256> {
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.0).expect("HMAC takes keys of any length");
        mac.update(purpose.as_bytes());
        for part in parts {
            // Length-prefixed, so ("ab", "c") and ("a", "bc") differ.
            mac.update(&(part.len() as u64).to_be_bytes());
            mac.update(part.as_bytes());
        }
        mac
    }

    /// The form token for this browser cookie and session id (empty when
    /// there is no session yet).
    pub fn csrf_token(&self, browser: &str, session: &str) -> String {
        hex::encode(self.mac("csrf", &[browser, session]).finalize().into_bytes())
    }
}

impl std::fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SecretKey(…)")
    }
}

impl Default for SecretKey {
    /// A random key: fine for tests and a single process; the server always
    /// sets the configured one.
    fn default() -> Self {
        SecretKey::new(crate::tokens::random_token().as_bytes())
    }
}

/// Compares without leaking where the first difference is.
pub fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_bound_to_key_browser_and_session() {
        let key = SecretKey::new(b"k1k1k1k1k1k1k1k1k1k1k1k1k1k1k1k1");
        let t = key.csrf_token("browser", "session");
        assert_eq!(t.len(), 64);
        assert_eq!(t, key.csrf_token("browser", "session"));
        assert_ne!(t, key.csrf_token("browser", "other-session"));
        assert_ne!(t, key.csrf_token("other-browser", "session"));
        assert_ne!(key.csrf_token("ab", "c"), key.csrf_token("a", "bc"));
        assert_ne!(t, SecretKey::new(b"another key of thirty-two bytes!").csrf_token("browser", "session"));
        assert!(!format!("{key:?}").contains("k1"));
    }

    #[test]
    fn comparison() {
        assert!(same("abc", "abc"));
        assert!(!same("abc", "abd"));
        assert!(!same("abc", "abcd"));
        assert!(!same("", "x"));
    }
}
