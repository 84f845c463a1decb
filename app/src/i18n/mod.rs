//! Languages, the Fluent catalogue and the plain-language layer.
//!
//! Translation goes through leptos-fluent's [`I18n`] context and its `tr!`
//! macros. Its loaders are built here rather than by `static_loader!`, because
//! that macro reads a language folder recursively and would merge the
//! `plain/` layer into the base language.

mod catalog;
#[cfg(feature = "ssr")]
pub mod collate;
pub mod format;
mod negotiate;

pub use catalog::{plain_loader, translate, translate_with, BASE, PLAIN};
pub use negotiate::{negotiate, parse_accept_language};

use leptos::prelude::*;
use leptos_fluent::{I18n, Language, WritingDirection};
use std::sync::LazyLock;

pub const DEFAULT_LANGUAGE: &str = "de";

macro_rules! languages {
    ($($id:literal, $name:literal, $dir:ident;)*) => {
        /// Every shipped language, named in its own language.
        pub static LANGUAGES: &[&Language] = &[$(&Language {
            id: $id, name: $name, dir: &WritingDirection::$dir, flag: None, script: None,
        }),*];
    };
}
languages! {
    "de", "Deutsch", Ltr;
    "en", "English", Ltr;
    "ar", "العربية", Rtl;
    "tr", "Türkçe", Ltr;
    "uk", "Українська", Ltr;
    "ru", "Русский", Ltr;
}

/// The shipped language with this code, if any.
pub fn language(code: &str) -> Option<&'static Language> {
    LANGUAGES.iter().copied().find(|l| l.id == code)
}

pub fn is_shipped(code: &str) -> bool {
    language(code).is_some()
}

pub fn dir_of(code: &str) -> &'static str {
    match language(code).map(|l| l.dir) {
        Some(WritingDirection::Rtl) => "rtl",
        _ => "ltr",
    }
}

/// Installs the translation context for one request: the chosen language and,
/// when plain language is on, the plain layer in front of the base strings.
pub fn provide_i18n(lang: &str, plain: bool) {
    let language = language(lang).unwrap_or(LANGUAGES[0]);
    let loaders: Vec<&'static LazyLock<fluent_templates::StaticLoader>> =
        if plain { vec![&PLAIN, &BASE] } else { vec![&BASE] };
    provide_context(I18n::new(
        RwSignal::new(language),
        LANGUAGES,
        Signal::stored(loaders),
    ));
}

/// Translates a message id in the current request's language (plain layer
/// first when it is on). For ids chosen at run time, such as error messages.
pub fn t(id: &str) -> String {
    expect_context::<I18n>().tr(id)
}

/// Like [`t`], with Fluent arguments.
pub fn t_args(id: &str, args: &[(String, String)]) -> String {
    expect_context::<I18n>().tr_with_args(id, &fluent_args(args))
}

/// A message in a language other than the page's: a survey's own texts
/// and the hints around them stay in the survey's language and direction.
pub fn t_in(lang: &str, plain: bool, id: &str, args: &[(String, String)]) -> String {
    translate_with(lang, plain, id, &fluent_args(args))
}

fn fluent_args(args: &[(String, String)]) -> std::collections::HashMap<std::borrow::Cow<'static, str>, fluent_templates::fluent_bundle::FluentValue<'static>> {
    args
        .iter()
        .map(|(k, v)| {
            // Whole numbers select plural forms. Decimals arrive formatted for
            // the language, and digits with leading zeros are identifiers
            // (form numbers): both stay text.
            let identifier = v.len() > 1 && v.starts_with('0');
            let value = match v.parse::<i64>().ok().filter(|_| !identifier) {
                Some(n) => fluent_templates::fluent_bundle::FluentValue::from(n),
                None => fluent_templates::fluent_bundle::FluentValue::from(v.clone()),
            };
            (std::borrow::Cow::Owned(k.clone()), value)
        })
        .collect()
}
