//! The shipped languages and the Fluent catalogue (with its plain-language
//! layer), for everything written outside a page: mails, exports, sorting
//! names for readers of each language.
mod catalog;
#[cfg(feature = "server")]
pub mod collate;
pub mod format;
mod negotiate;

pub use catalog::{fluent_args, plain_loader, translate, translate_args, translate_with, BASE, PLAIN};
pub use negotiate::{negotiate, parse_accept_language};

pub const DEFAULT_LANGUAGE: &str = "de";

/// A shipped language, named in its own language.
#[derive(Debug)]
pub struct Language {
    pub id: &'static str,
    pub name: &'static str,
    pub right_to_left: bool,
}

/// Every shipped language; the first is the default.
pub static LANGUAGES: &[Language] = &[
    Language { id: "de", name: "Deutsch", right_to_left: false },
    Language { id: "en", name: "English", right_to_left: false },
    Language { id: "ar", name: "العربية", right_to_left: true },
    Language { id: "tr", name: "Türkçe", right_to_left: false },
    Language { id: "uk", name: "Українська", right_to_left: false },
    Language { id: "ru", name: "Русский", right_to_left: false },
];

/// The shipped language with this code, if any.
pub fn language(code: &str) -> Option<&'static Language> {
    LANGUAGES.iter().find(|l| l.id == code)
}

pub fn is_shipped(code: &str) -> bool {
    language(code).is_some()
}

pub fn dir_of(code: &str) -> &'static str {
    match language(code) {
        Some(l) if l.right_to_left => "rtl",
        _ => "ltr",
    }
}
