//! A survey's structure and texts as pages and services see it, with the
//! rules a survey must follow before it can be published. Plain types and
//! functions: no database, no HTTP.
use crate::error::FieldError;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// Longest free-text answer a question may allow.
pub const MAX_TEXT_LENGTH: i32 = 5000;
pub const MAX_OPTIONS: usize = 30;
pub const MAX_QUESTIONS: usize = 100;
/// Longest text of a survey (title, introduction, question, option, …).
pub const MAX_SURVEY_TEXT: usize = 4000;

pub use crate::vocabulary::survey::{Audience, QuestionKind, ResponseChannel, SurveyState};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Question {
    pub id: i32,
    pub section_id: Option<i32>,
    pub kind: QuestionKind,
    pub required: bool,
    pub min_choices: Option<i32>,
    pub max_choices: Option<i32>,
    pub scale_min: Option<i32>,
    pub scale_max: Option<i32>,
    pub max_length: Option<i32>,
    /// Option ids in their order.
    pub options: Vec<i32>,
}

impl Question {
    /// The longest free-text answer, in characters: the stored limit, kept
    /// within 1..=[`MAX_TEXT_LENGTH`] even if a row says otherwise.
    pub fn text_limit(&self) -> usize {
        self.max_length.unwrap_or(1000).clamp(1, MAX_TEXT_LENGTH) as usize
    }

    pub fn has_options(&self) -> bool {
        self.kind.has_options()
    }

    /// The keys of this question's texts that must exist in every language.
    pub fn text_keys(&self) -> Vec<String> {
        let mut keys = vec![format!("q{}", self.id)];
        if self.kind == QuestionKind::Scale {
            keys.push(format!("q{}lo", self.id));
            keys.push(format!("q{}hi", self.id));
        }
        keys.extend(self.options.iter().map(|o| format!("o{o}")));
        keys
    }

    /// The values a scale offers, e.g. 1..=5.
    pub fn scale(&self) -> std::ops::RangeInclusive<i32> {
        self.scale_min.unwrap_or(1)..=self.scale_max.unwrap_or(5)
    }
}

/// Every text of a survey by key, language and plain or not. Keys are
/// joined into one string so the map travels as JSON.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Texts(pub BTreeMap<String, String>);

impl Texts {
    fn slot(key: &str, lang: &str, plain: bool) -> String {
        format!("{key}|{lang}|{}", u8::from(plain))
    }

    pub fn get(&self, key: &str, lang: &str, plain: bool) -> Option<&str> {
        self.0.get(&Self::slot(key, lang, plain)).map(String::as_str).filter(|t| !t.trim().is_empty())
    }

    pub fn set(&mut self, key: &str, lang: &str, plain: bool, text: &str) {
        self.0.insert(Self::slot(key, lang, plain), text.into());
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Survey {
    pub id: i32,
    pub forum_id: i32,
    pub forum_name: String,
    pub base_language: String,
    /// The base language first, then the translations.
    pub languages: Vec<String>,
    pub audience: Audience,
    pub youth: bool,
    pub anonymous: bool,
    pub results_public: bool,
    pub asks_district: bool,
    pub paged: bool,
    pub double_entry: bool,
    pub state: SurveyState,
    /// RFC 3339 times, or none (opens on publishing, closes by hand).
    /// Answers are taken from then on, and until `closes_at`.
    #[serde(with = "time::serde::rfc3339::option")]
    pub opens_at: Option<time::OffsetDateTime>,
    #[serde(with = "time::serde::rfc3339::option")]
    pub closes_at: Option<time::OffsetDateTime>,
    /// Section ids in order.
    pub sections: Vec<i32>,
    pub questions: Vec<Question>,
    pub texts: Texts,
}

impl Survey {
    /// Keys of every text that must exist in every offered language.
    pub fn required_keys(&self) -> Vec<String> {
        let mut keys = vec!["title".to_string()];
        keys.extend(self.sections.iter().map(|s| format!("s{s}")));
        keys.extend(self.questions.iter().flat_map(Question::text_keys));
        keys
    }

    /// Keys that may carry text: the required ones and the introduction.
    pub fn all_keys(&self) -> Vec<String> {
        let mut keys = self.required_keys();
        keys.insert(1, "intro".into());
        keys
    }

    /// Keys with a base-language text but none in `lang` (or, with `plain`,
    /// no plain version in `lang`).
    pub fn missing(&self, lang: &str, plain: bool) -> Vec<String> {
        self.all_keys()
            .into_iter()
            .filter(|k| self.texts.get(k, &self.base_language, false).is_some() || self.required_keys().contains(k))
            .filter(|k| self.texts.get(k, lang, plain).is_none())
            .collect()
    }

    /// Languages a respondent may choose: those with every text.
    pub fn complete_languages(&self) -> Vec<String> {
        self.languages.iter().filter(|l| self.missing(l, false).is_empty()).cloned().collect()
    }

    /// The text to show: the plain version if asked for and present, else
    /// the standard text in `lang`, else the base language's.
    pub fn text(&self, key: &str, lang: &str, plain: bool) -> String {
        let found = if plain { self.texts.get(key, lang, true) } else { None };
        found
            .or_else(|| self.texts.get(key, lang, false))
            .or_else(|| self.texts.get(key, &self.base_language, false))
            .unwrap_or_default()
            .to_string()
    }

    /// The language to show the survey in for someone reading `wanted`.
    pub fn language_for(&self, wanted: &str) -> String {
        let complete = self.complete_languages();
        if complete.iter().any(|l| l == wanted) { wanted.to_string() } else { self.base_language.clone() }
    }

    pub fn question(&self, id: i32) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    /// The questions in order, grouped into pages: one page for all, or one
    /// per section (questions before the first section form their own page).
    pub fn pages(&self) -> Vec<(Option<i32>, Vec<&Question>)> {
        if !self.paged || self.sections.is_empty() {
            return vec![(None, self.ordered_questions())];
        }
        let mut pages = Vec::new();
        let loose: Vec<&Question> = self.questions.iter().filter(|q| q.section_id.is_none()).collect();
        if !loose.is_empty() {
            pages.push((None, loose));
        }
        for s in &self.sections {
            let qs: Vec<&Question> = self.questions.iter().filter(|q| q.section_id == Some(*s)).collect();
            if !qs.is_empty() {
                pages.push((Some(*s), qs));
            }
        }
        pages
    }

    /// Questions without a section first, then section by section.
    pub fn ordered_questions(&self) -> Vec<&Question> {
        let mut out: Vec<&Question> = self.questions.iter().filter(|q| q.section_id.is_none()).collect();
        for s in &self.sections {
            out.extend(self.questions.iter().filter(|q| q.section_id == Some(*s)));
        }
        out
    }

    /// Everything that stops publishing, as form errors.
    pub fn publish_problems(&self) -> Vec<FieldError> {
        let mut errors = Vec::new();
        if self.questions.is_empty() {
            errors.push(FieldError::new("", "survey-error-no-questions"));
        }
        for q in &self.questions {
            errors.extend(question_problems(q, &self.texts, &self.base_language));
        }
        let missing = self.missing(&self.base_language, false);
        if !missing.is_empty() {
            errors.push(FieldError::new("", "survey-error-base-texts").with_arg("count", missing.len()));
        }
        if let (Some(o), Some(c)) = (self.opens_at, self.closes_at) {
            if o >= c {
                errors.push(FieldError::new("closes_at", "survey-error-schedule"));
            }
        }
        errors
    }
}

/// What is wrong with one question, checked when it is saved and before
/// publishing. Option texts are compared in the base language.
pub fn question_problems(q: &Question, texts: &Texts, base: &str) -> Vec<FieldError> {
    let field = format!("q{}", q.id);
    let mut errors = Vec::new();
    if q.has_options() {
        if q.options.len() < 2 {
            errors.push(FieldError::new(&field, "survey-error-options-few"));
        }
        let labels: Vec<String> = q.options.iter().map(|o| texts.get(&format!("o{o}"), base, false).unwrap_or_default().trim().to_lowercase()).collect();
        let unique: BTreeSet<&String> = labels.iter().filter(|l| !l.is_empty()).collect();
        if unique.len() < labels.iter().filter(|l| !l.is_empty()).count() {
            errors.push(FieldError::new(&field, "survey-error-options-duplicate"));
        }
    }
    if q.kind == QuestionKind::Multiple {
        let n = q.options.len() as i32;
        let (min, max) = (q.min_choices.unwrap_or(0), q.max_choices.unwrap_or(n));
        if min < 0 || max < 1 {
            errors.push(FieldError::new(&field, "survey-error-min-max"));
        } else if min > max {
            errors.push(FieldError::new(&field, "survey-error-min-over-max"));
        } else if max > n && n > 0 {
            errors.push(FieldError::new(&field, "survey-error-max-over-options"));
        }
    }
    if q.kind == QuestionKind::Scale {
        let (lo, hi) = (q.scale_min.unwrap_or(1), q.scale_max.unwrap_or(5));
        if !(0..=1).contains(&lo) || hi <= lo || hi > 10 {
            errors.push(FieldError::new(&field, "survey-error-scale"));
        }
    }
    if q.kind == QuestionKind::Text && !(1..=MAX_TEXT_LENGTH).contains(&q.max_length.unwrap_or(1000)) {
        errors.push(FieldError::new(&field, "survey-error-max-length").with_arg("max", MAX_TEXT_LENGTH));
    }
    errors
}

/// One stored answer value.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnswerValue {
    pub question_id: i32,
    pub option_id: Option<i32>,
    /// Scale value, yes (1) / no (0), or the rank of `option_id`.
    pub value: Option<i32>,
    pub text: Option<String>,
}

/// Reads the answers to `questions` from a submitted form. Field names:
/// `q<id>` (option id, scale value, `yes`/`no`, text; repeated for multiple
/// choice) and `q<id>-o<option>` for the rank of an option. Every problem is
/// returned at once, each under its question's field.
pub fn read_answers<'a>(questions: impl IntoIterator<Item = &'a Question>, get_all: &dyn Fn(&str) -> Vec<String>) -> Result<Vec<AnswerValue>, Vec<FieldError>> {
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for q in questions {
        let field = format!("q{}", q.id);
        let given: Vec<String> = get_all(&field).into_iter().map(|v| v.trim().to_string()).filter(|v| !v.is_empty()).collect();
        let error = |key: &str| FieldError::new(&field, key);
        match q.kind {
            QuestionKind::Single | QuestionKind::Multiple => {
                let mut chosen = Vec::new();
                for v in &given {
                    match v.parse::<i32>().ok().filter(|o| q.options.contains(o)) {
                        Some(o) if chosen.contains(&o) => {}
                        Some(o) => chosen.push(o),
                        None => {
                            errors.push(error("survey-error-unknown-option"));
                            chosen.clear();
                            break;
                        }
                    }
                }
                if errors.iter().any(|e| e.field == field) {
                    continue;
                }
                if q.kind == QuestionKind::Single && chosen.len() > 1 {
                    errors.push(error("survey-error-one-choice"));
                    continue;
                }
                if q.kind == QuestionKind::Multiple && !chosen.is_empty() {
                    let max = q.max_choices.unwrap_or(q.options.len() as i32) as usize;
                    let min = q.min_choices.unwrap_or(0) as usize;
                    if chosen.len() > max {
                        errors.push(error("survey-error-too-many").with_arg("max", max));
                        continue;
                    }
                    if chosen.len() < min {
                        errors.push(error("survey-error-too-few").with_arg("min", min));
                        continue;
                    }
                }
                if chosen.is_empty() && q.required {
                    errors.push(error("survey-error-required"));
                }
                out.extend(chosen.into_iter().map(|o| AnswerValue { question_id: q.id, option_id: Some(o), value: None, text: None }));
            }
            QuestionKind::Scale | QuestionKind::YesNo => {
                let value = match given.first().map(String::as_str) {
                    None => None,
                    Some("yes") if q.kind == QuestionKind::YesNo => Some(1),
                    Some("no") if q.kind == QuestionKind::YesNo => Some(0),
                    Some(v) if q.kind == QuestionKind::Scale => match v.parse::<i32>().ok().filter(|n| q.scale().contains(n)) {
                        Some(n) => Some(n),
                        None => {
                            errors.push(error("survey-error-unknown-option"));
                            continue;
                        }
                    },
                    Some(_) => {
                        errors.push(error("survey-error-unknown-option"));
                        continue;
                    }
                };
                if given.len() > 1 {
                    errors.push(error("survey-error-one-choice"));
                    continue;
                }
                match value {
                    Some(v) => out.push(AnswerValue { question_id: q.id, option_id: None, value: Some(v), text: None }),
                    None if q.required => errors.push(error("survey-error-required")),
                    None => {}
                }
            }
            QuestionKind::Text => {
                let text = get_all(&field).into_iter().next().unwrap_or_default().trim().to_string();
                let max = q.text_limit();
                if text.chars().count() > max {
                    errors.push(error("survey-error-too-long").with_arg("max", max));
                } else if text.is_empty() && q.required {
                    errors.push(error("survey-error-required"));
                } else if !text.is_empty() {
                    out.push(AnswerValue { question_id: q.id, option_id: None, value: None, text: Some(text) });
                }
            }
            QuestionKind::Ranking => {
                let ranks: Vec<(i32, Option<i32>)> = q
                    .options
                    .iter()
                    .map(|o| {
                        let v = get_all(&format!("{field}-o{o}")).into_iter().next().unwrap_or_default();
                        (*o, if v.trim().is_empty() { None } else { Some(v.trim().parse::<i32>().unwrap_or(-1)) })
                    })
                    .collect();
                let given: Vec<(i32, i32)> = ranks.iter().filter_map(|(o, r)| r.map(|r| (*o, r))).collect();
                if given.is_empty() {
                    if q.required {
                        errors.push(error("survey-error-required"));
                    }
                    continue;
                }
                // A ranking is complete: every option gets a different place.
                let n = q.options.len() as i32;
                let places: BTreeSet<i32> = given.iter().map(|(_, r)| *r).collect();
                if given.len() as i32 != n || places.len() as i32 != n || places.iter().any(|r| !(1..=n).contains(r)) {
                    errors.push(error("survey-error-ranking"));
                    continue;
                }
                out.extend(given.into_iter().map(|(o, r)| AnswerValue { question_id: q.id, option_id: Some(o), value: Some(r), text: None }));
            }
        }
    }
    if errors.is_empty() { Ok(out) } else { Err(errors) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_and_states_keep_their_stored_names() {
        let states = [SurveyState::Draft, SurveyState::Published, SurveyState::Closed];
        for k in QuestionKind::ALL {
            assert_eq!(QuestionKind::parse(k.as_str()), Some(k));
            assert_eq!(serde_json::to_string(&k).unwrap(), format!("\"{k}\""));
        }
        assert_eq!(QuestionKind::parse("unknown"), None);
        for s in states {
            assert_eq!(serde_json::to_string(&s).unwrap(), format!("\"{s}\""));
        }
        #[cfg(feature = "server")]
        {
            use sea_orm::ActiveEnum;
            for k in QuestionKind::ALL {
                assert_eq!(k.to_value(), k.as_str());
            }
            for s in states {
                assert_eq!(s.to_value(), s.as_str());
            }
        }
    }

    fn q(id: i32, kind: QuestionKind, options: Vec<i32>) -> Question {
        Question {
            id,
            section_id: None,
            kind,
            required: true,
            min_choices: None,
            max_choices: None,
            scale_min: Some(1),
            scale_max: Some(5),
            max_length: Some(10),
            options,
        }
    }

    fn form<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Vec<String> + 'a {
        move |name: &str| pairs.iter().filter(|(k, _)| *k == name).map(|(_, v)| v.to_string()).collect()
    }

    #[test]
    fn reads_every_kind() {
        let mut multi = q(2, QuestionKind::Multiple, vec![20, 21, 22]);
        multi.max_choices = Some(2);
        let qs = vec![q(1, QuestionKind::Single, vec![10, 11]), multi, q(3, QuestionKind::Scale, vec![]), q(4, QuestionKind::YesNo, vec![]), q(5, QuestionKind::Text, vec![]), q(6, QuestionKind::Ranking, vec![60, 61])];
        let f = form(&[("q1", "11"), ("q2", "20"), ("q2", "22"), ("q3", "4"), ("q4", "no"), ("q5", " hallo "), ("q6-o60", "2"), ("q6-o61", "1")]);
        let answers = read_answers(&qs, &f).unwrap();
        assert_eq!(answers.len(), 8);
        assert!(answers.contains(&AnswerValue { question_id: 4, option_id: None, value: Some(0), text: None }));
        assert!(answers.contains(&AnswerValue { question_id: 5, option_id: None, value: None, text: Some("hallo".into()) }));
        assert!(answers.contains(&AnswerValue { question_id: 6, option_id: Some(61), value: Some(1), text: None }));
    }

    #[test]
    fn refuses_bad_answers_each_under_its_question() {
        let mut multi = q(2, QuestionKind::Multiple, vec![20, 21, 22]);
        multi.max_choices = Some(1);
        let qs = vec![q(1, QuestionKind::Single, vec![10, 11]), multi, q(3, QuestionKind::Scale, vec![]), q(5, QuestionKind::Text, vec![]), q(6, QuestionKind::Ranking, vec![60, 61]), q(7, QuestionKind::YesNo, vec![])];
        let f = form(&[("q1", "99"), ("q2", "20"), ("q2", "21"), ("q3", "6"), ("q5", "elf Zeichen"), ("q6-o60", "1"), ("q6-o61", "1")]);
        let errors = read_answers(&qs, &f).unwrap_err();
        let keys: Vec<(&str, &str)> = errors.iter().map(|e| (e.field.as_str(), e.message.as_str())).collect();
        assert_eq!(keys, vec![
            ("q1", "survey-error-unknown-option"),
            ("q2", "survey-error-too-many"),
            ("q3", "survey-error-unknown-option"),
            ("q5", "survey-error-too-long"),
            ("q6", "survey-error-ranking"),
            ("q7", "survey-error-required"),
        ]);
    }

    #[test]
    fn optional_questions_may_stay_empty() {
        let mut single = q(1, QuestionKind::Single, vec![10, 11]);
        single.required = false;
        assert_eq!(read_answers(&[single], &form(&[])).unwrap(), vec![]);
    }

    #[test]
    fn definition_rules() {
        let mut texts = Texts::default();
        texts.set("o1", "de", false, "Ja");
        texts.set("o2", "de", false, " ja");
        let dup = q(9, QuestionKind::Single, vec![1, 2]);
        assert_eq!(question_problems(&dup, &texts, "de")[0].message, "survey-error-options-duplicate");
        assert_eq!(question_problems(&q(9, QuestionKind::Ranking, vec![]), &texts, "de")[0].message, "survey-error-options-few");
        let mut m = q(9, QuestionKind::Multiple, vec![1, 3]);
        texts.set("o3", "de", false, "Nein");
        m.min_choices = Some(2);
        m.max_choices = Some(1);
        assert_eq!(question_problems(&m, &texts, "de")[0].message, "survey-error-min-over-max");
        m.min_choices = Some(1);
        m.max_choices = Some(3);
        assert_eq!(question_problems(&m, &texts, "de")[0].message, "survey-error-max-over-options");
        let mut s = q(9, QuestionKind::Scale, vec![]);
        s.scale_max = Some(1);
        assert_eq!(question_problems(&s, &texts, "de")[0].message, "survey-error-scale");
    }

    #[test]
    fn languages_are_offered_only_when_complete() {
        let mut survey = Survey {
            id: 1, forum_id: 1, forum_name: String::new(), base_language: "de".into(), languages: vec!["de".into(), "en".into(), "ar".into()],
            audience: Audience::Public, youth: false, anonymous: false, results_public: false, asks_district: false, paged: false,
            double_entry: false, state: SurveyState::Draft, opens_at: None, closes_at: None, sections: vec![], questions: vec![q(1, QuestionKind::YesNo, vec![])],
            texts: Texts::default(),
        };
        for (lang, title, question) in [("de", "Umfrage", "Frage?"), ("en", "Survey", "Question?"), ("ar", "استطلاع", "")] {
            survey.texts.set("title", lang, false, title);
            survey.texts.set("q1", lang, false, question);
        }
        survey.texts.set("intro", "de", false, "Hallo");
        assert_eq!(survey.complete_languages(), vec!["de".to_string()]);
        survey.texts.set("intro", "en", false, "Hello");
        survey.texts.set("q1", "en", true, "A question?");
        assert_eq!(survey.complete_languages(), vec!["de".to_string(), "en".to_string()]);
        assert_eq!(survey.missing("ar", false), vec!["intro".to_string(), "q1".to_string()]);
        assert_eq!(survey.text("q1", "en", true), "A question?");
        assert_eq!(survey.text("title", "en", true), "Survey");
        assert_eq!(survey.language_for("ar"), "de");
    }
}

/// Property tests: whatever a form sends for whatever question, reading
/// answers never panics, and what it accepts keeps to the question.
#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    fn question() -> impl Strategy<Value = Question> {
        (
            proptest::sample::select(QuestionKind::ALL.to_vec()),
            any::<bool>(),
            proptest::option::of(-2i32..6),
            proptest::option::of(-2i32..6),
            proptest::option::of(-5i32..5),
            proptest::option::of(-5i32..12),
            proptest::option::of(-1i32..2000),
            proptest::collection::vec(1i32..50, 0..6),
        )
            .prop_map(|(kind, required, min_choices, max_choices, scale_min, scale_max, max_length, options)| Question {
                id: 7,
                section_id: None,
                kind,
                required,
                min_choices,
                max_choices,
                scale_min,
                scale_max,
                max_length,
                options,
            })
    }

    fn value() -> impl Strategy<Value = String> {
        prop_oneof![
            (0i32..60).prop_map(|n| n.to_string()),
            Just("yes".to_string()), Just("no".to_string()), Just("-99999999999999999999".to_string()), Just("1e309".to_string()),
            Just("</textarea><script>alert(1)</script>".to_string()), Just(" ".to_string()), ".{0,40}",
            "[a-z]{1500,2100}",
        ]
    }

    proptest! {
        #[test]
        fn reading_answers_never_panics_and_keeps_to_the_question(q in question(), given in proptest::collection::vec(value(), 0..8)) {
            let get_all = |name: &str| if name == "q7" { given.clone() } else { Vec::new() };
            if let Ok(answers) = read_answers([&q], &get_all) {
                for a in answers {
                    if let Some(option) = a.option_id {
                        prop_assert!(q.options.contains(&option), "{option} is one of {:?}", q.options);
                    }
                    if let Some(text) = &a.text {
                        prop_assert!(text.chars().count() <= q.text_limit());
                    }
                }
            }
        }
    }
}
