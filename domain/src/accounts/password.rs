//! Password hashing (argon2id, OWASP parameters) and strength rules.
use crate::error::FieldError;
use argon2::{Algorithm, Argon2, Params, PasswordHasher, PasswordVerifier, Version};

pub const MIN_LENGTH: usize = 10;
pub const MAX_LENGTH: usize = 128;

/// OWASP's first recommendation for argon2id: 19 MiB memory, 2 passes, 1 lane.
#[allow(clippy::expect_used, reason = "fixed parameters argon2 accepts")]
fn hasher() -> Argon2<'static> {
    Argon2::new(Algorithm::Argon2id, Version::V0x13, Params::new(19 * 1024, 2, 1, None).expect("valid argon2 parameters"))
}

#[allow(clippy::expect_used, reason = "hashing fails only on parameters or salts argon2 rejects, and ours are fixed")]
pub fn hash(password: &str) -> String {
    hasher().hash_password(password.as_bytes()).expect("argon2 hashing").to_string()
}

pub fn verify(password: &str, hash: &str) -> bool {
    match argon2::PasswordHash::new(hash) {
        Ok(parsed) => hasher().verify_password(password.as_bytes(), &parsed).is_ok(),
        Err(_) => false,
    }
}

/// A hash of a random password, verified against when an email is unknown so
/// that a failed login takes as long as a wrong password.
pub fn dummy_hash() -> &'static str {
    static DUMMY: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| hash("no such account, no such password"));
    &DUMMY
}

/// Length limits and a zxcvbn score of at least 3, so common passwords and
/// ones built from the person's own name or email are refused.
pub fn check_strength(password: &str, user_inputs: &[&str]) -> Result<(), FieldError> {
    let length = password.chars().count();
    if length < MIN_LENGTH {
        return Err(FieldError::new("password", "error-password-short").with_arg("min", MIN_LENGTH));
    }
    if length > MAX_LENGTH {
        return Err(FieldError::new("password", "error-too-long").with_arg("max", MAX_LENGTH));
    }
    // Built mostly from the person's own name or email ("mariaschulz1" for
    // Maria Schulz): what is left without those words must be substantial.
    let words: Vec<String> = user_inputs
        .iter()
        .flat_map(|i| i.split(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().count() >= 3)
        .map(str::to_lowercase)
        .collect();
    let mut rest = password.to_lowercase();
    for w in &words {
        rest = rest.replace(w.as_str(), "");
    }
    if rest.chars().filter(|c| c.is_alphanumeric()).count() < 6 {
        return Err(FieldError::new("password", "error-password-personal"));
    }
    let words: Vec<&str> = words.iter().map(String::as_str).collect();
    let score = zxcvbn::zxcvbn(password, &words).score();
    if (score as u8) < 3 {
        return Err(FieldError::new("password", "error-password-common"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_verify_and_use_argon2id() {
        let h = hash("Lindenblüte am Anger 7");
        assert!(h.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        assert!(verify("Lindenblüte am Anger 7", &h));
        assert!(!verify("lindenblüte am anger 7", &h));
        assert!(!verify("x", "not a hash"));
    }

    #[test]
    fn short_and_common_passwords_are_refused() {
        assert_eq!(check_strength("kurz", &[]).unwrap_err().message, "error-password-short");
        assert_eq!(check_strength("password123", &[]).unwrap_err().message, "error-password-common");
        assert_eq!(check_strength("qwertzuiop", &[]).unwrap_err().message, "error-password-common");
        assert!(check_strength("Lindenblüte am Anger 7", &[]).is_ok());
    }

    #[test]
    fn own_name_does_not_make_a_password() {
        let inputs = ["maria.schulz@example.org", "Maria Schulz"];
        assert_eq!(check_strength("mariaschulz1", &inputs).unwrap_err().message, "error-password-personal");
        assert_eq!(check_strength("Schulz-Maria-2026", &inputs).unwrap_err().message, "error-password-personal");
        assert!(check_strength("Maria mag Lindenblüten", &inputs).is_ok());
    }
}
