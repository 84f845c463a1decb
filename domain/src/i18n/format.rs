//! Numbers and dates as each shipped language writes them, following
//! CLDR: digit grouping, decimal separator, percent sign, Arabic-Indic
//! digits in Arabic, and long dates with month names from the Fluent
//! catalogue (`month-1` … `month-12`, pattern `date-long`).
use std::borrow::Cow;
use std::collections::HashMap;

struct NumberStyle {
    group: &'static str,
    decimal: &'static str,
    /// The ten digits, when the language does not use 0–9.
    digits: Option<[char; 10]>,
}

fn style(lang: &str) -> NumberStyle {
    match lang {
        "de" | "tr" => NumberStyle { group: ".", decimal: ",", digits: None },
        "uk" | "ru" => NumberStyle { group: "\u{A0}", decimal: ",", digits: None },
        "ar" => NumberStyle {
            group: "\u{66C}",
            decimal: "\u{66B}",
            digits: Some(['٠', '١', '٢', '٣', '٤', '٥', '٦', '٧', '٨', '٩']),
        },
        _ => NumberStyle { group: ",", decimal: ".", digits: None },
    }
}

/// Writes the digits 0–9 of `text` in the language's digits.
pub fn digits(text: &str, lang: &str) -> String {
    match style(lang).digits {
        Some(native) => text.chars().map(|c| c.to_digit(10).map(|d| native[d as usize]).unwrap_or(c)).collect(),
        None => text.to_string(),
    }
}

/// Localises a number written as Rust writes it ("-1234.5").
fn localise(plain: &str, lang: &str) -> String {
    let s = style(lang);
    let (negative, plain) = match plain.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, plain),
    };
    let (whole, fraction) = plain.split_once('.').map(|(w, f)| (w, Some(f))).unwrap_or((plain, None));
    let mut out = String::new();
    if negative {
        out.push('-');
    }
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            out.push_str(s.group);
        }
        out.push(c);
    }
    if let Some(f) = fraction {
        out.push_str(s.decimal);
        out.push_str(f);
    }
    digits(&out, lang)
}

/// A whole number with the language's grouping and digits: "1.234" (de),
/// "1,234" (en), "١٬٢٣٤" (ar).
pub fn int(n: i64, lang: &str) -> String {
    localise(&n.to_string(), lang)
}

/// A number with one digit after the language's decimal separator.
pub fn decimal(value: f64, lang: &str) -> String {
    fixed(value, 1, lang)
}

/// A number with `places` digits after the language's decimal separator.
pub fn fixed(value: f64, places: usize, lang: &str) -> String {
    localise(&format!("{value:.places$}"), lang)
}

/// A percentage with one decimal and the sign where the language puts it.
pub fn percent(value: f64, lang: &str) -> String {
    let n = decimal(value, lang);
    match lang {
        "de" | "ru" => format!("{n}\u{A0}%"),
        "tr" => format!("%{n}"),
        "ar" => format!("{n}\u{66A}"),
        _ => format!("{n}%"),
    }
}

/// How Fluent writes a number argument in this language: whole numbers
/// grouped, decimals as Rust wrote them but with the language's separators.
pub fn fluent_number(value: f64, minimum_fraction_digits: Option<usize>, lang: &str) -> String {
    match minimum_fraction_digits {
        Some(d) if d > 0 => localise(&format!("{value:.d$}"), lang),
        _ if value.fract() == 0.0 && value.abs() < 1e15 => int(value as i64, lang),
        _ => localise(&value.to_string(), lang),
    }
}

/// A date written out: "21. November 2026", "21 листопада 2026 р.",
/// "٢١ نوفمبر ٢٠٢٦". The year is never grouped.
pub fn date(year: i32, month: u8, day: u8, lang: &str) -> String {
    use fluent_templates::fluent_bundle::FluentValue;
    let month_name = super::translate(lang, false, &format!("month-{month}"));
    let args: HashMap<Cow<'static, str>, FluentValue> = [
        ("day", digits(&day.to_string(), lang)),
        ("month", month_name),
        ("year", digits(&year.to_string(), lang)),
    ]
    .into_iter()
    .map(|(k, v)| (Cow::Borrowed(k), FluentValue::from(v)))
    .collect();
    super::translate_with(lang, false, "date-long", &args)
}

/// [`date`] of a calendar day.
#[cfg(feature = "server")]
pub fn day(d: time::Date, lang: &str) -> String {
    date(d.year(), d.month() as u8, d.day(), lang)
}

/// Whether a text is an ISO date and nothing else ("2026-11-21").
pub fn is_iso_date(text: &str) -> bool {
    text.len() == 10 && text.char_indices().all(|(i, c)| if i == 4 || i == 7 { c == '-' } else { c.is_ascii_digit() })
}

/// [`date`] from an ISO date ("2026-11-21"); anything else is returned as is.
pub fn iso_date(iso: &str, lang: &str) -> String {
    let mut parts = iso.splitn(3, '-');
    let parsed = (|| Some((parts.next()?.parse().ok()?, parts.next()?.parse().ok()?, parts.next()?.get(..2)?.parse().ok()?)))();
    match parsed {
        Some((y, m, d)) if (1..=12).contains(&m) && (1..=31).contains(&d) => date(y, m, d, lang),
        _ => iso.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_follow_each_language() {
        assert_eq!(int(1234567, "de"), "1.234.567");
        assert_eq!(int(1234567, "en"), "1,234,567");
        assert_eq!(int(1234, "ru"), "1\u{A0}234");
        assert_eq!(int(999, "uk"), "999");
        assert_eq!(int(-1234, "tr"), "-1.234");
        assert_eq!(int(1234, "ar"), "١٬٢٣٤");
        assert_eq!(decimal(66.66, "de"), "66,7");
        assert_eq!(decimal(4.0, "en"), "4.0");
        assert_eq!(decimal(3.25, "ar"), "٣٫٢");
        assert_eq!(fixed(0.2, 3, "de"), "0,200");
        assert_eq!(percent(45.44, "de"), "45,4\u{A0}%");
        assert_eq!(percent(45.44, "en"), "45.4%");
        assert_eq!(percent(45.44, "tr"), "%45,4");
        assert_eq!(percent(45.44, "ar"), "٤٥٫٤٪");
        assert_eq!(fluent_number(12000.0, None, "de"), "12.000");
        assert_eq!(fluent_number(2.5, None, "de"), "2,5");
        assert_eq!(digits("Q-2026", "ar"), "Q-٢٠٢٦");
    }

    #[test]
    fn dates_are_written_out_in_each_language() {
        assert_eq!(date(2026, 11, 21, "de"), "21. November 2026");
        assert_eq!(date(2026, 3, 1, "en"), "1 March 2026");
        assert_eq!(date(2026, 11, 21, "tr"), "21 Kasım 2026");
        assert_eq!(date(2026, 11, 21, "uk"), "21 листопада 2026 р.");
        assert_eq!(date(2026, 11, 21, "ru"), "21 ноября 2026 г.");
        assert_eq!(date(2026, 11, 21, "ar"), "٢١ نوفمبر ٢٠٢٦");
        assert_eq!(iso_date("2026-05-04", "de"), "4. Mai 2026");
        assert_eq!(iso_date("2026-05-04T10:00:00Z", "en"), "4 May 2026");
        assert_eq!(iso_date("soon", "de"), "soon");
        assert!(is_iso_date("2026-11-21") && !is_iso_date("2026-11-2x") && !is_iso_date("Q-2026-000001"));
    }
}
