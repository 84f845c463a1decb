//! Text from outside, made safe to store: one rule for every form field,
//! query parameter, API field and imported file.
//!
//! PostgreSQL refuses U+0000 in text (SQLite stores it), and other control
//! characters have no place in what people write; so they are removed at the
//! boundary, the same for both databases. Newline, carriage return and tab
//! stay. Everything else (right-to-left marks, emoji, any script) is kept.
use crate::error::FieldError;
use std::borrow::Cow;

fn unwanted(c: char) -> bool {
    c.is_control() && !matches!(c, '\n' | '\r' | '\t')
}

/// The text without NUL and other control characters.
pub fn clean_text(value: &str) -> Cow<'_, str> {
    if value.chars().any(unwanted) {
        Cow::Owned(value.chars().filter(|c| !unwanted(*c)).collect())
    } else {
        Cow::Borrowed(value)
    }
}

/// Bytes from outside as text: invalid UTF-8 becomes U+FFFD, control
/// characters are removed.
pub fn clean_bytes(value: &[u8]) -> String {
    clean_text(&String::from_utf8_lossy(value)).into_owned()
}

/// A query string with every name and value cleaned, or `None` when it was
/// clean already (the common case costs no allocation).
pub fn clean_query(query: &str) -> Option<String> {
    // Only percent-encoded control characters can smuggle one in (a raw
    // control byte is not valid in a request line): %00–%1F and %7F, and
    // C1 controls as UTF-8, %C2%80–%C2%9F.
    let bytes = query.as_bytes();
    let at = |i: usize| bytes.get(i).map(u8::to_ascii_uppercase);
    let suspicious = (0..bytes.len()).filter(|&i| bytes[i] == b'%').any(|i| match (at(i + 1), at(i + 2)) {
        (Some(b'0' | b'1'), Some(b'0'..=b'9' | b'A'..=b'F')) | (Some(b'7'), Some(b'F')) => true,
        (Some(b'C'), Some(b'2')) => at(i + 3) == Some(b'%') && matches!(at(i + 4), Some(b'8' | b'9')),
        _ => false,
    });
    if !suspicious {
        return None;
    }
    let pairs: Vec<(String, String)> = form_urlencoded::parse(query.as_bytes())
        .map(|(k, v)| (clean_text(&k).into_owned(), clean_text(&v).into_owned()))
        .collect();
    Some(form_urlencoded::Serializer::new(String::new()).extend_pairs(pairs).finish())
}

/// Longest email address (RFC 5321).
pub const MAX_EMAIL: usize = 254;

/// Emails are compared and stored trimmed and in lower case.
pub fn normalise_email(email: &str) -> String {
    email.trim().to_lowercase()
}

/// Checks a normalised email address of the field `email`.
pub fn check_email(email: &str, errors: &mut Vec<FieldError>) {
    if email.is_empty() {
        errors.push(FieldError::new("email", "error-required"));
    } else if email.len() > MAX_EMAIL {
        errors.push(FieldError::new("email", "error-too-long").with_arg("max", MAX_EMAIL));
    } else if !email_address::EmailAddress::is_valid(email) || !email.contains('.') {
        errors.push(FieldError::new("email", "error-email-invalid"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_removed_and_text_kept() {
        assert_eq!(clean_text("Ampel\u{0}kaputt\u{7}\u{1b}[31m"), "Ampelkaputt[31m");
        assert_eq!(clean_text("Zeile 1\r\nZeile 2\tTab"), "Zeile 1\r\nZeile 2\tTab");
        assert_eq!(clean_text("\u{85}x\u{9f}"), "x");
        // Right-to-left text and its marks are content, not noise.
        assert_eq!(clean_text("مرحبا \u{202e}abc\u{200f}"), "مرحبا \u{202e}abc\u{200f}");
        assert!(matches!(clean_text("ganz normal"), Cow::Borrowed(_)));
    }

    #[test]
    fn broken_utf8_becomes_replacement_characters() {
        assert_eq!(clean_bytes(b"Stra\xdfe\x00"), "Stra\u{fffd}e");
    }

    #[test]
    fn queries_with_control_characters_are_rewritten() {
        assert_eq!(clean_query("q=Ampel&page=2"), None);
        assert_eq!(clean_query("q=100%25"), None);
        assert_eq!(clean_query("q=Am%00pel&x=%1b").as_deref(), Some("q=Ampel&x="));
        assert_eq!(clean_query("q=a%C2%85b").as_deref(), Some("q=ab"));
    }
}

/// Property tests: cleaning leaves no control character but newline, CR and
/// tab, keeps every other character in order, and changes nothing twice.
#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn cleaned_text_has_no_control_characters(s in any::<String>()) {
            let once = clean_text(&s).into_owned();
            prop_assert!(!once.chars().any(unwanted));
            prop_assert_eq!(clean_text(&once).into_owned(), once.clone());
            prop_assert_eq!(once, s.chars().filter(|c| !unwanted(*c)).collect::<String>());
        }

        #[test]
        fn cleaned_queries_decode_to_clean_text(q in "[a-z=&%0-9A-F]{0,40}") {
            if let Some(clean) = clean_query(&q) {
                for (k, v) in form_urlencoded::parse(clean.as_bytes()) {
                    prop_assert!(!k.chars().chain(v.chars()).any(unwanted));
                }
            }
        }
    }
}
