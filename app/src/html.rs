//! Escaping for the places Leptos writes raw.
//!
//! Leptos escapes text children and attribute values, but writes the
//! children of raw-text elements (`<textarea>`, `<script>`, `<style>`,
//! `<noscript>`) and the document `<title>` as they are (leptos PR #4819
//! reverted escaping there). Every value that reaches such a place goes
//! through [`raw_text`], or through a component that uses it (the forms'
//! `TextAreaInput`, the layout's `PageTitle`).
use std::borrow::Cow;

/// Escapes `&`, `<` and `>` (the html-escape crate, which Leptos itself
/// uses for attributes), so a value cannot close the element it sits in.
/// The browser decodes the entities again inside `<textarea>` and `<title>`
/// (RCDATA), so the person sees exactly what was stored.
pub fn raw_text(value: &str) -> Cow<'_, str> {
    html_escape::encode_text(value)
}

#[cfg(test)]
mod tests {
    use super::raw_text;

    #[test]
    fn markup_cannot_close_the_element() {
        assert_eq!(raw_text("</textarea><script>alert(7)</script>"), "&lt;/textarea&gt;&lt;script&gt;alert(7)&lt;/script&gt;");
        assert_eq!(raw_text("</title><script>alert(8)</script>"), "&lt;/title&gt;&lt;script&gt;alert(8)&lt;/script&gt;");
        // An entity typed by a person stays that text, not the character.
        assert_eq!(raw_text("&lt;b&gt; & co"), "&amp;lt;b&amp;gt; &amp; co");
    }

    #[test]
    fn plain_text_is_kept_as_it_is() {
        let text = "Gehweg \"Am Anger\" – kaputt\nseit März 'ist' das so";
        assert!(matches!(raw_text(text), std::borrow::Cow::Borrowed(_)));
        assert_eq!(raw_text(""), "");
        assert_eq!(raw_text("مرحبا \u{202e} abc"), "مرحبا \u{202e} abc");
    }
}

/// Property tests: escaped text never holds `<` or `>`, and decoding the
/// three entities gives the original back.
#[cfg(test)]
mod properties {
    use super::raw_text;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn escaped_text_cannot_open_or_close_an_element(s in any::<String>()) {
            let escaped = raw_text(&s);
            prop_assert!(!escaped.contains('<') && !escaped.contains('>'));
            prop_assert_eq!(escaped.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"), s);
        }
    }
}
