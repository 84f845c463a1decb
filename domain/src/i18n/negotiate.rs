//! Which language a request gets: the person's own choice (account or
//! cookie) beats the browser's Accept-Language, which beats German.

use super::DEFAULT_LANGUAGE;

/// Language tags of an Accept-Language header, best first.
pub fn parse_accept_language(header: &str) -> Vec<String> {
    let mut tags: Vec<(f32, usize, String)> = header
        .split(',')
        .enumerate()
        .filter_map(|(i, part)| {
            let mut pieces = part.trim().split(';');
            let tag = pieces.next()?.trim().to_ascii_lowercase();
            if tag.is_empty() || tag == "*" {
                return None;
            }
            let q = pieces
                .find_map(|p| p.trim().strip_prefix("q=").map(|q| q.parse::<f32>().unwrap_or(0.0)))
                .unwrap_or(1.0);
            (q > 0.0).then_some((q, i, tag))
        })
        .collect();
    tags.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    tags.into_iter().map(|t| t.2).collect()
}

/// Picks the shipped language for a request.
pub fn negotiate(account: Option<&str>, cookie: Option<&str>, accept_language: Option<&str>) -> &'static str {
    for choice in [account, cookie].into_iter().flatten() {
        if let Some(lang) = super::language(choice) {
            return lang.id;
        }
    }
    if let Some(header) = accept_language {
        for tag in parse_accept_language(header) {
            let primary = tag.split('-').next().unwrap_or_default();
            if let Some(language) = super::language(primary) {
                return language.id;
            }
        }
    }
    DEFAULT_LANGUAGE
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn own_choice_beats_browser_which_beats_default() {
        assert_eq!(negotiate(Some("ar"), Some("en"), Some("tr")), "ar");
        assert_eq!(negotiate(None, Some("en"), Some("tr")), "en");
        assert_eq!(negotiate(None, None, Some("fr, tr;q=0.8, en;q=0.9")), "en");
        assert_eq!(negotiate(None, None, Some("fr")), "de");
        assert_eq!(negotiate(None, None, None), "de");
    }

    #[test]
    fn unknown_choices_are_ignored() {
        assert_eq!(negotiate(Some("xx"), Some("../etc"), Some("uk-UA")), "uk");
    }

    #[test]
    fn quality_zero_is_refused() {
        assert_eq!(parse_accept_language("en;q=0, ru"), vec!["ru".to_string()]);
    }
}
