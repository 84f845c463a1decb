//! Languages, the Fluent catalogue and the plain-language layer.
//!
//! Translation goes through leptos-fluent's [`I18n`] context and its `tr!`
//! macros. Its loaders are built here rather than by `static_loader!`, because
//! that macro reads a language folder recursively and would merge the
//! `plain/` layer into the base language.

#[cfg(feature = "ssr")]
pub use domain::i18n::collate;
pub use domain::i18n::{
    dir_of, format, is_shipped, language, negotiate, parse_accept_language, plain_loader, translate, translate_with, BASE,
    DEFAULT_LANGUAGE, LANGUAGES, PLAIN,
};

use leptos::prelude::*;
use leptos_fluent::{I18n, Language, WritingDirection};
use std::sync::LazyLock;

/// The shipped languages as leptos-fluent describes them.
static FLUENT_LANGUAGES: LazyLock<Vec<&'static Language>> = LazyLock::new(|| {
    LANGUAGES
        .iter()
        .map(|l| {
            let dir = if l.right_to_left { &WritingDirection::Rtl } else { &WritingDirection::Ltr };
            &*Box::leak(Box::new(Language { id: l.id, name: l.name, dir, flag: None, script: None }))
        })
        .collect()
});

/// Installs the translation context for one request: the chosen language and,
/// when plain language is on, the plain layer in front of the base strings.
pub fn provide_i18n(lang: &str, plain: bool) {
    let languages: &'static [&'static Language] = &FLUENT_LANGUAGES;
    let language = languages.iter().copied().find(|l| l.id == lang).unwrap_or(languages[0]);
    let loaders: Vec<&'static LazyLock<fluent_templates::StaticLoader>> =
        if plain { vec![&PLAIN, &BASE] } else { vec![&BASE] };
    provide_context(I18n::new(
        RwSignal::new(language),
        languages,
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
    expect_context::<I18n>().tr_with_args(id, &domain::i18n::fluent_args(args))
}

/// A message in a language other than the page's: a survey's own texts
/// and the hints around them stay in the survey's language and direction.
pub fn t_in(lang: &str, plain: bool, id: &str, args: &[(String, String)]) -> String {
    domain::i18n::translate_args(lang, plain, id, args)
}

/// How a person appears on the page being rendered, translated.
pub fn public_name(name: &domain::accounts::PublicName) -> String {
    use domain::accounts::PublicName;
    match name {
        PublicName::Name(n) => n.clone(),
        PublicName::Resident => t("concern-resident"),
        PublicName::FormerResident => t("concern-former-resident"),
    }
}
