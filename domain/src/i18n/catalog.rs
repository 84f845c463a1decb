use fluent_templates::fluent_bundle::{FluentResource, FluentValue};
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

#[allow(clippy::expect_used, reason = "the files are embedded at build time; a broken one must stop the start")]
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
            b.set_formatter(Some(number_formatter(code)));
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

/// Formats number arguments the way the bundle's language writes numbers.
/// A formatter is a plain function, so there is one per shipped language.
fn number_formatter<M>(code: &str) -> fn(&FluentValue, &M) -> Option<String> {
    fn format<M, const L: usize>(value: &FluentValue, _: &M) -> Option<String> {
        match value {
            FluentValue::Number(n) => Some(super::format::fluent_number(n.value, n.options.minimum_fraction_digits, super::LANGUAGES[L].id)),
            _ => None,
        }
    }
    match super::LANGUAGES.iter().position(|l| l.id == code) {
        Some(1) => format::<M, 1>,
        Some(2) => format::<M, 2>,
        Some(3) => format::<M, 3>,
        Some(4) => format::<M, 4>,
        Some(5) => format::<M, 5>,
        _ => format::<M, 0>,
    }
}

/// Looks a message up outside a component (mail, CSV reports, tests):
/// the plain layer first when asked for, then the language, then German.
pub fn translate(lang: &str, plain: bool, id: &str) -> String {
    translate_with(lang, plain, id, &HashMap::new())
}

/// Like [`translate`], with arguments as the domain's errors carry them.
pub fn translate_args(lang: &str, plain: bool, id: &str, args: &[(String, String)]) -> String {
    translate_with(lang, plain, id, &fluent_args(args))
}

/// Arguments as Fluent values. Whole numbers select plural forms; decimals
/// arrive formatted for the language, and digits with leading zeros are
/// identifiers (form numbers): both stay text.
pub fn fluent_args(args: &[(String, String)]) -> HashMap<Cow<'static, str>, fluent_templates::fluent_bundle::FluentValue<'static>> {
    args.iter()
        .map(|(k, v)| {
            let identifier = v.len() > 1 && v.starts_with('0');
            let value = match v.parse::<i64>().ok().filter(|_| !identifier) {
                Some(n) => fluent_templates::fluent_bundle::FluentValue::from(n),
                None => fluent_templates::fluent_bundle::FluentValue::from(v.clone()),
            };
            (Cow::Owned(k.clone()), value)
        })
        .collect()
}

pub fn translate_with(
    lang: &str,
    plain: bool,
    id: &str,
    args: &HashMap<Cow<'static, str>, fluent_templates::fluent_bundle::FluentValue>,
) -> String {
    // An unknown tag reads as "und", for which the base falls back to German.
    let lang: LanguageIdentifier = lang.parse().unwrap_or_default();
    if plain {
        if let Some(s) = PLAIN.try_lookup_with_args(&lang, id, args) {
            return s;
        }
    }
    BASE.try_lookup_with_args(&lang, id, args)
        // A key missing everywhere is a bug that check-locales reports; the
        // person still sees a neutral text rather than a raw key.
        .unwrap_or_else(|| BASE.try_lookup(&LanguageIdentifier::default(), "missing-text").unwrap_or_default())
}

/// Every Fluent file parses, and no id is defined twice in one language
/// and layer (that would panic when the first page is rendered).
#[cfg(test)]
#[test]
fn catalogue_loads() {
    assert_eq!(translate("de", false, "error-required"), "Bitte füllen Sie dieses Feld aus.");
    assert!(!translate("de", true, "error-required").is_empty());
    for lang in ["de", "en", "ar", "tr", "uk", "ru"] {
        assert_ne!(translate(lang, true, "nav-main"), "", "{lang}");
    }
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

    /// Files whose strings residents read, and the prefixes of keys in them
    /// that only staff, moderators or admins read.
    const RESIDENT_FILES: &[&str] = &["main", "accounts", "concerns", "moderation", "surveys", "mail", "translations", "statistics"];
    const NOT_FOR_RESIDENTS: &[&str] = &[
        "role-", "rule-", "rules-", "office-", "mail-office-", "mail-deadline-", "mail-accessibility-", "error-rule", "error-forward",
        "error-deadline", "triage-", "inbox-", "nav-admin", "nav-inbox", "nav-moderation", "event-note", "event-internal",
        "event-reminder", "event-escalated", "admin-", "moderation-", "merge-", "flagged-", "error-merge", "translations-",
        "translation-", "error-translation", "error-machine", "notice-machine", "notice-imported", "notice-deleted",
        "language-name-", "month-", "date-", "missing-text", "plain-", "notice-paper", "notice-published", "error-number",
        "error-results", "event-assigned", "event-merged", "event-comment", "error-photo", "survey-codes", "notice-merged",
        "error-not-in-triage", "notice-handed-back", "notice-forwarded", "export-", "privacy-admin-", "privacy-error-confirm",
    ];
    /// Survey strings residents read (the rest is the builder's).
    const SURVEY_FOR_RESIDENTS: &[&str] = &[
        "surveys-title", "surveys-intro", "surveys-none", "survey-hint-", "survey-thanks", "survey-summary-", "survey-results-title",
        "survey-send", "survey-next", "survey-progress", "survey-code", "survey-email-", "survey-anonymous-", "survey-members-only",
        "survey-not-open", "survey-ended", "survey-answered", "survey-district", "survey-multiple-note", "survey-error-required",
        "survey-error-too-", "survey-error-ranking", "survey-error-code-", "survey-error-answered", "survey-error-not-open",
        "survey-gate-", "survey-offered-", "survey-not-in-",
    ];

    fn for_residents(file_key: &str) -> bool {
        if NOT_FOR_RESIDENTS.iter().any(|p| file_key.starts_with(p)) {
            return false;
        }
        !file_key.starts_with("survey") || SURVEY_FOR_RESIDENTS.iter().any(|p| file_key.starts_with(p))
    }

    /// The plain layer covers every resident-facing text: each either has a
    /// plain version or is already plain (the check finds nothing in it).
    #[test]
    fn resident_texts_are_plain_or_have_a_plain_version() {
        let mut missing = Vec::new();
        for (code, lang) in [("de", Lang::De), ("en", Lang::En)] {
            let plain = messages(code, true);
            let jargon = Jargon::shipped(lang);
            for file in RESIDENT_FILES {
                let path = format!("{}/../locales/{code}/{file}.ftl", env!("CARGO_MANIFEST_DIR"));
                let Ok(source) = std::fs::read_to_string(&path) else { continue };
                let resource = fluent_syntax::parser::parse(source.as_str()).expect("valid Fluent");
                for entry in resource.body {
                    let fluent_syntax::ast::Entry::Message(m) = entry else { continue };
                    let (Some(value), id) = (m.value, m.id.name) else { continue };
                    if !for_residents(id) || plain.contains_key(id) {
                        continue;
                    }
                    // "Quartier" is the product's name here, not the planners' word for a neighbourhood.
                    let report = check(&flatten(&value).replace("Quartier", "Wort"), lang, &jargon);
                    if !report.hints.is_empty() {
                        missing.push(format!("{code} {id}: {:?}", report.hints));
                    }
                }
            }
        }
        assert!(missing.is_empty(), "{} resident texts need a plain version:\n{}", missing.len(), missing.join("\n"));
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
                let (Some(original), Some(easier)) = (standard.get(id), check(text, lang, &jargon).ease) else { continue };
                if original == text {
                    continue;
                }
                if let Some(before) = check(original, lang, &jargon).ease {
                    if easier <= before {
                        problems.push(format!("{code}/plain {id}: {easier:.0} is not easier than {before:.0} (“{text}” vs “{original}”)"));
                    }
                }
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }
}
