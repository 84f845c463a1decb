//! Sorting for people: names by a collator for a language (ICU4X), so
//! "Möbisburg" comes before "Moskauer" and "Städtische" before "Straßen";
//! codes such as office numbers by their numbers ("2" before "11",
//! "02.01" after "02").
use icu_collator::options::CollatorOptions;
use icu_collator::{Collator, CollatorBorrowed, CollatorPreferences};
use std::cmp::Ordering;
use std::collections::HashMap;
use std::sync::LazyLock;

static COLLATORS: LazyLock<HashMap<&'static str, CollatorBorrowed<'static>>> = LazyLock::new(|| {
    super::LANGUAGES
        .iter()
        .filter_map(|l| {
            let locale: icu_locale_core::Locale = l.id.parse().ok()?;
            let collator = Collator::try_new(CollatorPreferences::from(&locale), CollatorOptions::default()).ok()?;
            Some((l.id, collator))
        })
        .collect()
});

/// Compares two names as a reader of `lang` expects them ordered.
pub fn compare(lang: &str, a: &str, b: &str) -> Ordering {
    match COLLATORS.get(lang).or_else(|| COLLATORS.get(super::DEFAULT_LANGUAGE)) {
        Some(c) => c.compare(a, b),
        None => a.to_lowercase().cmp(&b.to_lowercase()),
    }
}

/// Sorts items by a name, for readers of `lang`.
pub fn sort_by_name<T>(items: &mut [T], lang: &str, name: impl Fn(&T) -> &str) {
    items.sort_by(|a, b| compare(lang, name(a), name(b)));
}

/// Compares codes made of numbers and separators by their numbers:
/// "01" < "02" < "02.01" < "11" < "31" < "62".
pub fn compare_codes(a: &str, b: &str) -> Ordering {
    fn parts(s: &str) -> Vec<Result<u64, &str>> {
        s.split(['.', '-', '/', ' ']).filter(|p| !p.is_empty()).map(|p| p.parse::<u64>().map_err(|_| p)).collect()
    }
    let order = |x: &Result<u64, &str>, y: &Result<u64, &str>| match (x, y) {
        (Ok(x), Ok(y)) => x.cmp(y),
        (Ok(_), Err(_)) => Ordering::Less,
        (Err(_), Ok(_)) => Ordering::Greater,
        (Err(x), Err(y)) => compare(super::DEFAULT_LANGUAGE, x, y),
    };
    let (pa, pb) = (parts(a), parts(b));
    for (x, y) in pa.iter().zip(pb.iter()) {
        let o = order(x, y);
        if o != Ordering::Equal {
            return o;
        }
    }
    pa.len().cmp(&pb.len()).then_with(|| a.cmp(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_sort_as_readers_expect() {
        let mut names = vec!["Moskauer Platz", "Möbisburg-Rhoda", "Marbach", "Straßenbauamt", "Städtische Friedhöfe", "ärztlicher Dienst", "Zentrum"];
        sort_by_name(&mut names, "de", |n| n);
        assert_eq!(names, ["ärztlicher Dienst", "Marbach", "Möbisburg-Rhoda", "Moskauer Platz", "Städtische Friedhöfe", "Straßenbauamt", "Zentrum"]);
    }

    #[test]
    fn turkish_readers_get_turkish_order() {
        // In Turkish, "ç" is a letter of its own after "c"; in German not.
        let mut names = vec!["Dere", "Çay", "Cuma"];
        sort_by_name(&mut names, "tr", |n| n);
        assert_eq!(names, ["Cuma", "Çay", "Dere"]);
        sort_by_name(&mut names, "de", |n| n);
        assert_eq!(names, ["Çay", "Cuma", "Dere"]);
    }

    #[test]
    fn office_codes_sort_by_their_numbers() {
        let mut codes = vec!["80", "31", "02.01", "11", "01", "62", "17", "02"];
        codes.sort_by(|a, b| compare_codes(a, b));
        assert_eq!(codes, ["01", "02", "02.01", "11", "17", "31", "62", "80"]);
    }
}
