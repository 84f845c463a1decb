use fluent_templates::fluent_bundle::FluentResource;
use fluent_templates::{FluentBundle, LanguageIdentifier, Loader, StaticLoader};
use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

include!(concat!(env!("OUT_DIR"), "/locale_files.rs"));

/// The standard strings of every language; anything missing falls back to German.
pub static BASE: LazyLock<StaticLoader> = LazyLock::new(|| build(false, "de"));

/// The plain-language layer. Its fallback names no loaded language, so a
/// string without a plain version falls through to [`BASE`] of the same
/// language instead of to plain German.
pub static PLAIN: LazyLock<StaticLoader> = LazyLock::new(|| build(true, "und"));

pub fn plain_loader() -> &'static StaticLoader {
    &PLAIN
}

fn build(plain: bool, fallback: &str) -> StaticLoader {
    let mut bundles: HashMap<LanguageIdentifier, FluentBundle<&'static FluentResource>> =
        HashMap::new();
    for (code, _, source) in LOCALE_FILES.iter().filter(|f| f.1 == plain) {
        let id: LanguageIdentifier = code.parse().expect("valid language folder name");
        let resource = FluentResource::try_new(source.to_string())
            .unwrap_or_else(|(_, errors)| panic!("Fluent syntax errors in locales/{code}: {errors:?}"));
        let resource: &'static FluentResource = Box::leak(Box::new(resource));
        let bundle = bundles.entry(id.clone()).or_insert_with(|| {
            let mut b = FluentBundle::new_concurrent(vec![id.clone()]);
            // Isolation marks (U+2068/9) confuse copy-paste and plain-text mail.
            b.set_use_isolating(false);
            b
        });
        bundle
            .add_resource(resource)
            .unwrap_or_else(|e| panic!("duplicate Fluent ids in locales/{code}: {e:?}"));
    }
    let fallbacks = bundles.keys().map(|k| (k.clone(), vec![k.clone()])).collect();
    StaticLoader::new(
        Box::leak(Box::new(bundles)),
        Box::leak(Box::new(fallbacks)),
        fallback.parse().expect("fallback language"),
    )
}

/// Looks a message up outside a component (mail, CSV reports, tests):
/// the plain layer first when asked for, then the language, then German.
pub fn translate(lang: &str, plain: bool, id: &str) -> String {
    translate_with(lang, plain, id, &HashMap::new())
}

pub fn translate_with(
    lang: &str,
    plain: bool,
    id: &str,
    args: &HashMap<Cow<'static, str>, fluent_templates::fluent_bundle::FluentValue>,
) -> String {
    let lang: LanguageIdentifier = lang.parse().unwrap_or_else(|_| "de".parse().unwrap());
    if plain {
        if let Some(s) = PLAIN.try_lookup_with_args(&lang, id, args) {
            return s;
        }
    }
    BASE.try_lookup_with_args(&lang, id, args)
        // A key missing everywhere is a bug that check-locales reports; the
        // person still sees a neutral text rather than a raw key.
        .unwrap_or_else(|| BASE.try_lookup(&"de".parse().unwrap(), "missing-text").unwrap_or_default())
}

/// The plain layer's promise, checked with the plain-language check on the
/// Fluent sources: every plain German or English string reads easier than
/// the standard string it replaces, and no plain sentence is longer than
/// [`crate::plain_language::MAX_SENTENCE_WORDS`] words.
#[cfg(test)]
mod plain_layer_rules {
    use super::LOCALE_FILES;
    use crate::plain_language::{check, sentences, Jargon, Lang, MAX_SENTENCE_WORDS};
    use std::collections::HashMap;

    /// Message id → text of one language and layer. Placeables become one
    /// short word; messages with variants (plurals) count their default.
    fn messages(lang: &str, plain: bool) -> HashMap<String, String> {
        let mut out = HashMap::new();
        for (code, is_plain, source) in LOCALE_FILES.iter().filter(|f| f.0 == lang && f.1 == plain) {
            let _ = code;
            let resource = fluent_syntax::parser::parse(*source).expect("valid Fluent");
            for entry in resource.body {
                if let fluent_syntax::ast::Entry::Message(m) = entry {
                    if let Some(value) = m.value {
                        out.insert(m.id.name.to_string(), flatten(&value));
                    }
                }
            }
            let _ = is_plain;
        }
        out
    }

    fn flatten(p: &fluent_syntax::ast::Pattern<&str>) -> String {
        use fluent_syntax::ast::{Expression, PatternElement};
        p.elements
            .iter()
            .map(|e| match e {
                PatternElement::TextElement { value } => value.to_string(),
                PatternElement::Placeable { expression: Expression::Select { variants, .. } } => {
                    variants.iter().find(|v| v.default).map(|v| flatten(&v.value)).unwrap_or_default()
                }
                PatternElement::Placeable { .. } => "Wort".to_string(),
            })
            .collect()
    }

    #[test]
    fn plain_strings_read_easier_and_keep_sentences_short() {
        let mut problems = Vec::new();
        for (code, lang) in [("de", Lang::De), ("en", Lang::En)] {
            let standard = messages(code, false);
            let plain = messages(code, true);
            assert!(!plain.is_empty(), "{code} has a plain layer");
            let jargon = Jargon::shipped(lang);
            for (id, text) in &plain {
                for s in sentences(text) {
                    let words = s.split_whitespace().count();
                    if words > MAX_SENTENCE_WORDS {
                        problems.push(format!("{code}/plain {id}: {words} words in “{s}”"));
                    }
                }
                let (Some(original), Some(easier)) = (standard.get(id), check(text, lang, &jargon).score) else { continue };
                if original == text {
                    continue;
                }
                if let Some(before) = check(original, lang, &jargon).score {
                    if easier <= before {
                        problems.push(format!("{code}/plain {id}: {easier:.0} is not easier than {before:.0} (“{text}” vs “{original}”)"));
                    }
                }
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }
}
