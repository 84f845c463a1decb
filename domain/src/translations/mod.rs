//! Translations of residents' texts, by people or a machine service.
#[cfg(feature = "server")]
pub use crate::schema::translations as entity;
#[cfg(feature = "server")]
pub mod machine;
#[cfg(feature = "server")]
pub mod service;

use serde::{Deserialize, Serialize};

/// The language a text is shown in (for its `lang` attribute) and the one it
/// was written in.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Shown {
    pub lang: String,
    pub original: String,
    pub how: ShownAs,
}

/// How a text reaches its reader.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ShownAs {
    /// Written in the reader's language.
    #[default]
    Original,
    /// In the original language: nobody translated it into the reader's yet.
    Untranslated,
    /// Translated by a person.
    Translated,
    /// Translated by the machine-translation service, not checked by a person.
    Machine,
}
