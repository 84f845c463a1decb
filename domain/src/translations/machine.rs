//! Machine translation through a LibreTranslate-compatible service
//! (`POST /translate` with `q`, `source`, `target`, `format`; answer
//! `{"translatedText": …}`). Off unless `QUARTIER_TRANSLATE_URL` is set.
//! A service that is down, slow or answers nonsense never breaks a page:
//! the person gets a message and the original text stays.
use serde::Deserialize;
use std::time::Duration;

#[derive(Debug, PartialEq, Eq)]
pub enum MachineError {
    /// No answer: refused, timed out, or an HTTP error status.
    Unreachable,
    /// An answer that is not a usable translation.
    Garbage,
}

impl MachineError {
    /// The Fluent id of the message people see.
    pub fn message(&self) -> &'static str {
        match self {
            MachineError::Unreachable => "error-machine-translation-down",
            MachineError::Garbage => "error-machine-translation-garbage",
        }
    }
}

#[derive(Deserialize)]
struct Answer {
    #[serde(rename = "translatedText")]
    translated_text: String,
}

/// The service's endpoint: the configured address, with `/translate` added
/// when only the service's base address was given.
fn endpoint(base: &str) -> String {
    let base = base.trim_end_matches('/');
    if base.ends_with("/translate") { base.to_string() } else { format!("{base}/translate") }
}

/// Reads the service's answer; anything but a non-empty translation of a
/// plausible length is garbage.
pub fn read_answer(body: &[u8], source_chars: usize, max_chars: usize) -> Result<String, MachineError> {
    let answer: Answer = serde_json::from_slice(body).map_err(|_| MachineError::Garbage)?;
    let text = answer.translated_text.trim().to_string();
    let chars = text.chars().count();
    if text.is_empty() || chars > max_chars.max(source_chars * 4 + 100) || text.contains('\u{FFFD}') {
        return Err(MachineError::Garbage);
    }
    Ok(text)
}

pub async fn translate(base: &str, api_key: Option<&str>, text: &str, source: &str, target: &str, max_chars: usize) -> Result<String, MachineError> {
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(10))
        .connect_timeout(Duration::from_secs(3))
        .build()
        .map_err(|_| MachineError::Unreachable)?;
    let mut request = serde_json::json!({ "q": text, "source": source, "target": target, "format": "text" });
    if let Some(key) = api_key {
        request["api_key"] = key.into();
    }
    let response = client.post(endpoint(base)).json(&request).send().await.map_err(|e| {
        tracing::warn!("machine translation unreachable: {e}");
        MachineError::Unreachable
    })?;
    if !response.status().is_success() {
        tracing::warn!("machine translation answered {}", response.status());
        return Err(MachineError::Unreachable);
    }
    let body = response.bytes().await.map_err(|_| MachineError::Unreachable)?;
    read_answer(&body, text.chars().count(), max_chars).inspect_err(|_| tracing::warn!("machine translation answered garbage"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endpoint_is_completed() {
        assert_eq!(endpoint("http://127.0.0.1:5000"), "http://127.0.0.1:5000/translate");
        assert_eq!(endpoint("http://127.0.0.1:5000/"), "http://127.0.0.1:5000/translate");
        assert_eq!(endpoint("https://lt.example/translate"), "https://lt.example/translate");
    }

    #[test]
    fn garbage_is_refused() {
        assert_eq!(read_answer(br#"{"translatedText":"Merhaba"}"#, 5, 100), Ok("Merhaba".into()));
        assert_eq!(read_answer(b"<html>502</html>", 5, 100), Err(MachineError::Garbage));
        assert_eq!(read_answer(br#"{"error":"x"}"#, 5, 100), Err(MachineError::Garbage));
        assert_eq!(read_answer(br#"{"translatedText":"  "}"#, 5, 100), Err(MachineError::Garbage));
        let long = format!(r#"{{"translatedText":"{}"}}"#, "a".repeat(500));
        assert_eq!(read_answer(long.as_bytes(), 5, 100), Err(MachineError::Garbage));
    }
}
