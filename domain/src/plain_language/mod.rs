//! The plain-language check for German and English texts: sentence length,
//! long words (and long German compounds), passive voice, jargon with
//! plainer suggestions, and a readability score (Flesch reading ease; for
//! German after Amstad). Plain functions without I/O, used while writing
//! surveys, office answers and the plain layer of the interface.

/// Sentences longer than this get a hint; the plain layer keeps to it.
pub const MAX_SENTENCE_WORDS: usize = 15;
/// German words from this many letters on are long (mostly compounds).
pub const LONG_GERMAN_WORD: usize = 13;
/// English words from this many syllables on are long.
pub const LONG_ENGLISH_SYLLABLES: usize = 4;
/// Texts shorter than this get hints but no readability score: the
/// formulas say nothing about a word or two ("Nie" scored 120 of 100).
pub const MIN_SCORED_WORDS: usize = 10;

const JARGON_DE: &str = include_str!("jargon_de.txt");
const JARGON_EN: &str = include_str!("jargon_en.txt");

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    De,
    En,
}

impl Lang {
    /// The check knows German and English; other languages get none.
    pub fn of(code: &str) -> Option<Lang> {
        match code {
            "de" => Some(Lang::De),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Hint {
    LongSentence { sentence: String, words: usize },
    LongWord { word: String },
    Passive { sentence: String },
    Jargon { term: String, suggestion: String },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    pub sentences: usize,
    pub words: usize,
    pub syllables: usize,
    /// Flesch reading ease (German: Amstad) as computed, unbounded; `None`
    /// for an empty text. For comparing two versions of one text.
    pub ease: Option<f64>,
    /// The score people see: the reading ease kept within 0–100, and `None`
    /// for short texts and lists of options, where it means nothing.
    /// Higher is easier; 60–70 is plain, above 80 easy.
    pub score: Option<f64>,
    pub hints: Vec<Hint>,
}

/// A list of terms with plainer suggestions, e.g. "Partizipation" →
/// "Mitmachen". The shipped lists are a start that editors can extend.
#[derive(Clone, Debug, Default)]
pub struct Jargon {
    entries: Vec<(String, String)>,
}

impl Jargon {
    /// Reads lines of `term = suggestion`; `#` starts a comment.
    pub fn parse(text: &str) -> Jargon {
        let entries = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .filter_map(|l| l.split_once('='))
            .map(|(t, s)| (t.trim().to_lowercase(), s.trim().to_string()))
            .filter(|(t, s)| !t.is_empty() && !s.is_empty())
            .collect();
        Jargon { entries }
    }

    pub fn shipped(lang: Lang) -> Jargon {
        Jargon::parse(match lang {
            Lang::De => JARGON_DE,
            Lang::En => JARGON_EN,
        })
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Terms found in the text. A term of one word also matches inside a
    /// German compound ("Bürgerbeteiligungsverfahren" holds
    /// "Beteiligungsverfahren").
    fn find(&self, text: &str, lang: Lang) -> Vec<Hint> {
        let lower = text.to_lowercase();
        let words: Vec<String> = words(&lower).map(str::to_string).collect();
        let mut found = Vec::new();
        for (term, suggestion) in &self.entries {
            let hit = if term.contains(' ') {
                lower.contains(term.as_str())
            } else if lang == Lang::De && term.chars().count() >= 8 {
                words.iter().any(|w| w.contains(term.as_str()))
            } else {
                words.iter().any(|w| w == term)
            };
            if hit {
                found.push(Hint::Jargon { term: term.clone(), suggestion: suggestion.clone() });
            }
        }
        found
    }
}

/// Words; the parts of a hyphenated compound ("Kletter-Gerüst") count as
/// words of their own, since splitting a long word is the advice.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'')).map(|w| w.trim_matches('\'')).filter(|w| w.chars().any(char::is_alphabetic))
}

/// A list of options ("Schaukel, Rutsche, Sandkasten") rather than prose:
/// at least three parts between commas, semicolons or line breaks, none
/// longer than three words, and no sentence end inside.
pub fn is_list(text: &str) -> bool {
    let parts: Vec<&str> = text.split([',', ';', '\n']).map(str::trim).filter(|p| !p.is_empty()).collect();
    parts.len() >= 3 && parts.iter().all(|p| p.split_whitespace().count() <= 3 && !p.trim_end_matches(['.', '…']).contains(['.', '!', '?']))
}

/// Splits at `.`, `!`, `?`, `:` and `;` followed by a space or the end, and at
/// line breaks, keeping abbreviations like "z. B." and numbers like "3.5"
/// mostly whole.
pub fn sentences(text: &str) -> Vec<String> {
    const ABBREVIATIONS: &[&str] = &["z", "b", "bzw", "usw", "ca", "nr", "str", "dr", "e.g", "i.e", "etc", "vgl", "ggf", "d.h", "u.a", "mr", "mrs", "ms"];
    let mut out = Vec::new();
    let mut current = String::new();
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if c == '\n' {
            if !current.trim().is_empty() {
                out.push(current.trim().to_string());
            }
            current.clear();
            continue;
        }
        current.push(c);
        let ends = matches!(c, '.' | '!' | '?' | ':' | ';') && chars.get(i + 1).is_none_or(|n| n.is_whitespace());
        if ends {
            let last_word = current.trim_end_matches(['.', '!', '?', ':', ';']).rsplit(|c: char| c.is_whitespace()).next().unwrap_or("").to_lowercase();
            if c == '.' && ABBREVIATIONS.contains(&last_word.as_str()) {
                continue;
            }
            if !current.trim().is_empty() {
                out.push(current.trim().to_string());
            }
            current.clear();
        }
    }
    if !current.trim().is_empty() {
        out.push(current.trim().to_string());
    }
    out
}

fn is_vowel(c: char, lang: Lang) -> bool {
    match lang {
        Lang::De => matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'ä' | 'ö' | 'ü'),
        Lang::En => matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y'),
    }
}

/// Syllables by groups of vowels (diphthongs such as "ei", "au" count once);
/// in English a silent final "e" does not count. At least one per word.
pub fn syllables(word: &str, lang: Lang) -> usize {
    let w: Vec<char> = word.to_lowercase().chars().filter(|c| c.is_alphabetic()).collect();
    if w.is_empty() {
        return 0;
    }
    let mut count = 0;
    let mut previous_vowel = false;
    for &c in &w {
        let vowel = is_vowel(c, lang);
        if vowel && !previous_vowel {
            count += 1;
        }
        previous_vowel = vowel;
    }
    // A final "e" after a consonant is silent (make), except in "-le"
    // after a consonant, which is a syllable of its own (ta-ble).
    let silent_e = lang == Lang::En && w.len() > 2 && w[w.len() - 1] == 'e' && !is_vowel(w[w.len() - 2], lang);
    let consonant_le = w.len() > 2 && w[w.len() - 2] == 'l' && !is_vowel(w[w.len() - 3], lang);
    if silent_e && !consonant_le {
        count -= 1;
    }
    count.max(1)
}

const WERDEN: &[&str] = &["werde", "wirst", "wird", "werden", "werdet", "wurde", "wurdest", "wurden", "wurdet", "worden", "würde", "würden", "würdest", "würdet"];
const BE: &[&str] = &["am", "is", "are", "was", "were", "be", "been", "being"];
const IRREGULAR_PARTICIPLES: &[&str] = &[
    "done", "made", "given", "taken", "seen", "built", "written", "known", "shown", "held", "paid", "sent", "found", "told", "kept",
    "left", "put", "set", "cut", "read", "brought", "bought", "thought", "caught", "taught", "chosen", "spoken", "broken", "stolen",
    "driven", "hidden", "forgotten", "begun", "run", "won", "sold", "heard", "met", "led", "laid", "said", "closed", "repaired",
];

fn german_participle(w: &str) -> bool {
    let n = w.chars().count();
    // gemacht, gebaut, geschlossen; repariert; ab-ge-holt (abgeholt).
    (n > 4 && (w.starts_with("ge") || w.get(2..).is_some_and(|r| r.starts_with("ge")) || w.get(3..).is_some_and(|r| r.starts_with("ge"))) && (w.ends_with('t') || w.ends_with("en")))
        || (n > 5 && w.ends_with("iert"))
}

fn english_participle(w: &str) -> bool {
    (w.len() > 3 && w.ends_with("ed")) || IRREGULAR_PARTICIPLES.contains(&w)
}

/// Passive voice: German, a form of "werden" with a past participle in the
/// same sentence; English, a form of "be" followed within three words by a
/// past participle.
pub fn is_passive(sentence: &str, lang: Lang) -> bool {
    let ws: Vec<String> = words(sentence).map(str::to_lowercase).collect();
    match lang {
        Lang::De => ws.iter().any(|w| WERDEN.contains(&w.as_str())) && ws.iter().any(|w| !WERDEN.contains(&w.as_str()) && german_participle(w)),
        Lang::En => ws.iter().enumerate().any(|(i, w)| BE.contains(&w.as_str()) && ws.iter().skip(i + 1).take(3).any(|n| english_participle(n))),
    }
}

/// Flesch reading ease; for German the adaptation by Amstad (1978).
pub fn reading_ease(lang: Lang, words: usize, sentences: usize, syllables: usize) -> Option<f64> {
    if words == 0 || sentences == 0 {
        return None;
    }
    let asl = words as f64 / sentences as f64;
    let asw = syllables as f64 / words as f64;
    Some(match lang {
        Lang::De => 180.0 - asl - 58.5 * asw,
        Lang::En => 206.835 - 1.015 * asl - 84.6 * asw,
    })
}

/// Checks one text.
pub fn check(text: &str, lang: Lang, jargon: &Jargon) -> Report {
    let mut hints = Vec::new();
    let sentences = sentences(text);
    let mut word_count = 0;
    let mut syllable_count = 0;
    let mut long_words: Vec<String> = Vec::new();
    for sentence in &sentences {
        let ws: Vec<&str> = words(sentence).collect();
        word_count += ws.len();
        for w in &ws {
            let s = syllables(w, lang);
            syllable_count += s;
            let long = match lang {
                Lang::De => w.chars().filter(|c| c.is_alphabetic()).count() >= LONG_GERMAN_WORD,
                Lang::En => s >= LONG_ENGLISH_SYLLABLES,
            };
            if long && !long_words.iter().any(|l| l == w) {
                long_words.push(w.to_string());
            }
        }
        if ws.len() > MAX_SENTENCE_WORDS {
            hints.push(Hint::LongSentence { sentence: sentence.clone(), words: ws.len() });
        }
        if is_passive(sentence, lang) {
            hints.push(Hint::Passive { sentence: sentence.clone() });
        }
    }
    hints.extend(long_words.into_iter().map(|word| Hint::LongWord { word }));
    hints.extend(jargon.find(text, lang));
    let ease = reading_ease(lang, word_count, sentences.len(), syllable_count);
    let score = ease.filter(|_| word_count >= MIN_SCORED_WORDS && !is_list(text)).map(|e| e.clamp(0.0, 100.0));
    Report { sentences: sentences.len(), words: word_count, syllables: syllable_count, ease, score, hints }
}

/// The check's result as lines for people: the score with a verdict, then
/// every hint. `tr` translates a message id with arguments. Empty for an
/// empty text or a language the check does not know.
/// Translates a message id with its arguments.
pub type Translate<'a> = &'a dyn Fn(&str, &[(String, String)]) -> String;

pub fn hint_lines(text: &str, lang: &str, tr: Translate<'_>) -> Vec<String> {
    let arg = |k: &str, v: String| (k.to_string(), v);
    let Some(l) = Lang::of(lang).filter(|_| !text.trim().is_empty()) else { return Vec::new() };
    let r = check(text, l, &Jargon::shipped(l));
    let verdict = match r.score {
        Some(s) if s >= 60.0 => "plain-verdict-easy",
        Some(s) if s >= 30.0 => "plain-verdict-medium",
        _ => "plain-verdict-hard",
    };
    let mut lines = vec![match r.score {
        Some(s) => format!("{} · {}", tr("plain-score", &[arg("score", format!("{s:.0}"))]), tr(verdict, &[])),
        None => tr("plain-score-short", &[arg("min", MIN_SCORED_WORDS.to_string())]),
    }];
    if r.hints.is_empty() {
        lines.push(tr("plain-no-hints", &[]));
    }
    lines.extend(r.hints.iter().map(|h| match h {
        Hint::LongSentence { words, .. } => tr("plain-hint-long-sentence", &[arg("words", words.to_string()), arg("max", MAX_SENTENCE_WORDS.to_string())]),
        Hint::LongWord { word } => tr("plain-hint-long-word", &[arg("word", word.clone())]),
        Hint::Passive { sentence } => tr("plain-hint-passive", &[arg("sentence", sentence.clone())]),
        Hint::Jargon { term, suggestion } => tr("plain-hint-jargon", &[arg("term", term.clone()), arg("suggestion", suggestion.clone())]),
    }));
    lines
}

/// Number of hints and the score of one text, for the summary before publishing.
pub fn summary(text: &str, lang: &str) -> Option<(usize, Option<f64>)> {
    let l = Lang::of(lang)?;
    let r = check(text, l, &Jargon::shipped(l));
    Some((r.hints.len(), r.score))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64, tolerance: f64) -> bool {
        (a - b).abs() <= tolerance
    }

    #[test]
    fn syllables_are_counted_by_vowel_groups() {
        assert_eq!(syllables("Haus", Lang::De), 1);
        assert_eq!(syllables("Spielplatz", Lang::De), 2);
        assert_eq!(syllables("Beteiligung", Lang::De), 4);
        assert_eq!(syllables("Straßenbahnhaltestelle", Lang::De), 7);
        assert_eq!(syllables("make", Lang::En), 1);
        assert_eq!(syllables("table", Lang::En), 2);
        assert_eq!(syllables("neighbourhood", Lang::En), 3);
        assert_eq!(syllables("the", Lang::En), 1);
    }

    #[test]
    fn sentences_keep_abbreviations_whole() {
        let s = sentences("Wir bauen z. B. Bänke. Kommen Sie!\nDanke");
        assert_eq!(s, vec!["Wir bauen z. B. Bänke.", "Kommen Sie!", "Danke"]);
    }

    #[test]
    fn german_score_follows_amstad_by_hand() {
        // "Der Hund bellt laut." 4 words, 1 sentence, 4 syllables:
        // 180 - 4 - 58.5 * 1.0 = 117.5
        let r = check("Der Hund bellt laut.", Lang::De, &Jargon::default());
        assert_eq!((r.words, r.sentences, r.syllables), (4, 1, 4));
        assert!(close(r.ease.unwrap(), 117.5, 0.01));
        // "Die Beteiligung der Bürgerinnen ist wichtig." 6 words, 1 sentence,
        // syllables 1+4+1+4+1+2 = 13: 180 - 6 - 58.5 * 13/6 = 47.25
        let r = check("Die Beteiligung der Bürgerinnen ist wichtig.", Lang::De, &Jargon::default());
        assert_eq!(r.syllables, 13);
        assert!(close(r.ease.unwrap(), 47.25, 0.01), "{:?}", r.ease);
    }

    #[test]
    fn english_score_follows_flesch_by_hand() {
        // "The cat sat on the mat." 6 words, 6 syllables, 1 sentence:
        // 206.835 - 1.015 * 6 - 84.6 * 1 = 116.145
        let r = check("The cat sat on the mat.", Lang::En, &Jargon::default());
        assert!(close(r.ease.unwrap(), 116.145, 0.01));
        // Two sentences, 9 words, 14 syllables: "We will repair the street." (1+1+2+1+1 = 6)
        // "Residents can comment online." (3+1+2+2 = 8) → 206.835 - 1.015 * 4.5 - 84.6 * 14 / 9 ≈ 70.67
        let r = check("We will repair the street. Residents can comment online.", Lang::En, &Jargon::default());
        assert_eq!((r.words, r.sentences, r.syllables), (9, 2, 14));
        assert!(close(r.ease.unwrap(), 206.835 - 1.015 * 4.5 - 84.6 * 14.0 / 9.0, 0.01));
    }

    #[test]
    fn passive_voice_is_found() {
        assert!(is_passive("Die Straße wird morgen gesperrt.", Lang::De));
        assert!(is_passive("Der Antrag wurde abgelehnt.", Lang::De));
        assert!(is_passive("Die Bank wird repariert.", Lang::De));
        assert!(!is_passive("Wir sperren morgen die Straße.", Lang::De));
        assert!(!is_passive("Das Wetter wird gut.", Lang::De), "werden without a participle is no passive");
        assert!(is_passive("The road was closed yesterday.", Lang::En));
        assert!(is_passive("The bench will be repaired.", Lang::En));
        assert!(!is_passive("We closed the road.", Lang::En));
    }

    #[test]
    fn long_sentences_words_and_jargon_get_hints() {
        let text = "Im Rahmen der Bürgerbeteiligungsverfahren werden alle Maßnahmen zur Verkehrsberuhigung in unserem schönen Stadtteil gemeinsam mit den Menschen besprochen und danach umgesetzt.";
        let r = check(text, Lang::De, &Jargon::shipped(Lang::De));
        assert!(r.hints.iter().any(|h| matches!(h, Hint::LongSentence { words, .. } if *words == 21)), "{:?}", r.hints);
        assert!(r.hints.iter().any(|h| matches!(h, Hint::Passive { .. })));
        assert!(r.hints.contains(&Hint::LongWord { word: "Bürgerbeteiligungsverfahren".into() }));
        assert!(r.hints.contains(&Hint::Jargon { term: "beteiligungsverfahren".into(), suggestion: "Mitmach-Angebot".into() }), "found inside a compound");
        assert!(r.hints.contains(&Hint::Jargon { term: "im rahmen".into(), suggestion: "bei".into() }));
        let plain = check("Wir fragen Sie. Was brauchen Sie im Stadtteil?", Lang::De, &Jargon::shipped(Lang::De));
        assert!(plain.hints.is_empty(), "{:?}", plain.hints);
        assert!(plain.ease.unwrap() > r.ease.unwrap());
        let en = check("Stakeholder participation will be facilitated.", Lang::En, &Jargon::shipped(Lang::En));
        assert!(en.hints.contains(&Hint::Jargon { term: "participation".into(), suggestion: "taking part".into() }));
        assert!(en.hints.iter().any(|h| matches!(h, Hint::Passive { .. })));
    }

    #[test]
    fn shipped_lists_are_long_enough() {
        assert!(Jargon::shipped(Lang::De).len() >= 50);
        assert!(Jargon::shipped(Lang::En).len() >= 30);
        assert!(Jargon::parse("# note\nfoo = bar\nbroken line\n = x").len() == 1);
    }

    /// The examples people found (issue 14, item 14).
    #[test]
    fn scores_stay_within_0_to_100_and_only_where_they_mean_something() {
        let none = Jargon::default();
        // A single word: hints, but no score (was 120 of 100).
        assert_eq!(check("Nie", Lang::De, &none).score, None);
        // Arabic is not scored at all.
        assert_eq!(summary("هذا نص عربي طويل بما يكفي ليكون جملة كاملة في الاستطلاع", "ar"), None);
        // A hyphenated compound is two short words, not one long word (was −55 and "long word").
        let r = check("Kletter-Gerüst", Lang::De, &none);
        assert!(!r.hints.iter().any(|h| matches!(h, Hint::LongWord { .. })), "{:?}", r.hints);
        assert_eq!(r.words, 2);
        assert_eq!(r.score, None);
        // A list of options is no prose (was 15 of 100).
        assert!(is_list("Schaukel, Rutsche, Sandkasten, Wippe, Kletter-Gerüst"));
        assert_eq!(check("Schaukel, Rutsche, Sandkasten, Wippe, Kletter-Gerüst", Lang::De, &none).score, None);
        assert!(!is_list("Wir bauen eine Schaukel, eine Rutsche und einen Sandkasten. Kommen Sie vorbei!"));
        // Longer texts get a score, never above 100 or below 0.
        let easy = check("Wir sind da. Wir hören zu. Wir tun was. Sie sagen es uns. Das ist gut.", Lang::De, &none);
        assert_eq!(easy.score, Some(100.0), "{:?}", easy.ease);
        assert!(easy.ease.unwrap() > 100.0);
        let hard = check(
            "Die Bürgerbeteiligungsverfahrensordnungsänderung berücksichtigt Verkehrsberuhigungsmaßnahmenkonzeptionen gebietskörperschaftsübergreifender Infrastrukturentwicklungsplanungen umfassend.",
            Lang::De,
            &none,
        );
        assert_eq!(hard.score, None, "ten words are needed for a score");
        let long_hard = check(
            "Die Bürgerbeteiligungsverfahrensordnungsänderung berücksichtigt Verkehrsberuhigungsmaßnahmenkonzeptionen gebietskörperschaftsübergreifender Infrastrukturentwicklungsplanungen sowie Finanzierungsmodalitäten kommunaler Haushaltskonsolidierungsbestrebungen umfassend.",
            Lang::De,
            &none,
        );
        assert_eq!(long_hard.score, Some(0.0), "{:?}", long_hard.ease);
    }

    #[test]
    fn an_empty_text_has_no_score() {
        assert_eq!(check("", Lang::De, &Jargon::default()).score, None);
        assert_eq!(Lang::of("ar"), None);
    }
}
