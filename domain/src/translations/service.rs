//! Translations of what people wrote: a concern's title and description,
//! public timeline texts (office answers, reasons) and comments. Each text
//! keeps its original language; a translation per other shipped language
//! can be added by office staff, moderators and admins, by hand or by the
//! machine-translation service.
use super::entity::content_translation;
use super::{Shown, ShownAs};
use crate::schema::concerns::{concern, concern_comment, concern_event};
use crate::error::{AppError, AppResult, FieldError};
use crate::accounts::SignedIn;
use sea_orm::sea_query::OnConflict;
use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use std::collections::HashMap;
use time::OffsetDateTime;

pub const MAX_TITLE: usize = 200;
pub const MAX_BODY: usize = 5000;

/// Which kind of text a translation belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ItemKind {
    /// A concern's title and description.
    Concern,
    /// A public timeline entry with a text, e.g. an office's answer.
    Event,
    Comment,
}

impl ItemKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ItemKind::Concern => "concern",
            ItemKind::Event => "event",
            ItemKind::Comment => "comment",
        }
    }
}

/// One translatable text, named as in the form's hidden `item` field,
/// e.g. `event:12`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Item {
    pub kind: ItemKind,
    pub id: i32,
}

impl Item {
    pub fn parse(value: &str) -> Option<Item> {
        let (kind, id) = value.split_once(':')?;
        let kind = match kind {
            "concern" => ItemKind::Concern,
            "event" => ItemKind::Event,
            "comment" => ItemKind::Comment,
            _ => return None,
        };
        Some(Item { kind, id: id.parse().ok()? })
    }

    pub fn key(&self) -> String {
        format!("{}:{}", self.kind.as_str(), self.id)
    }
}

/// A translation as typed into the form.
#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    pub item: Item,
    pub language: String,
    pub title: Option<String>,
    pub body: String,
}

/// The target language of a translation: one the platform ships.
pub fn parse_language(language: &str) -> Result<String, AppError> {
    match language.trim() {
        "" => Err(AppError::invalid("language", "error-required")),
        l if crate::i18n::is_shipped(l) => Ok(l.to_string()),
        _ => Err(AppError::invalid("language", "error-translation-language")),
    }
}

/// Checks the form: a shipped language, and the texts present and not too
/// long. Whether the language differs from the original is checked when
/// saving, against the stored text.
pub fn parse_draft(item: &str, language: &str, title: &str, body: &str) -> Result<Draft, AppError> {
    let item = Item::parse(item).ok_or(AppError::NotFound)?;
    let mut errors = Vec::new();
    let language = match parse_language(language) {
        Ok(l) => l,
        Err(AppError::Invalid(mut e)) => {
            errors.append(&mut e);
            String::new()
        }
        Err(e) => return Err(e),
    };
    let mut text = |name: &str, value: &str, max: usize| {
        let value = value.trim();
        if value.is_empty() {
            errors.push(FieldError::new(name, "error-required"));
        } else if value.chars().count() > max {
            errors.push(FieldError::new(name, "error-too-long").with_arg("max", max));
        }
        value.to_string()
    };
    let title = (item.kind == ItemKind::Concern).then(|| text("title", title, MAX_TITLE));
    let body = text("body", body, MAX_BODY);
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors));
    }
    Ok(Draft { item, language, title, body })
}

/// How a text reaches a reader: in their language if written in it or
/// translated into it, otherwise in the original.
pub fn shown(original: &str, reader: &str, translation: Option<&content_translation::Model>) -> Shown {
    match translation {
        _ if original == reader => Shown { lang: original.into(), original: original.into(), how: ShownAs::Original },
        Some(t) => Shown {
            lang: reader.into(),
            original: original.into(),
            how: if t.machine { ShownAs::Machine } else { ShownAs::Translated },
        },
        None => Shown { lang: original.into(), original: original.into(), how: ShownAs::Untranslated },
    }
}

/// Admins, the staff of the concern's office and the moderators of forums
/// covering its district may translate its texts.
pub async fn may_translate(db: &impl ConnectionTrait, user: &SignedIn, c: &concern::Model) -> AppResult<bool> {
    Ok(user.is_admin
        || user.works_for(c.office_id)
        || crate::access::covers(db, &user.moderates, c.district_id).await?)
}

/// Every translation of one concern's texts into one language, by item.
pub async fn of_concern(db: &impl ConnectionTrait, concern_id: i32, language: &str) -> AppResult<HashMap<Item, content_translation::Model>> {
    let rows = content_translation::Entity::find()
        .filter(content_translation::Column::ConcernId.eq(concern_id))
        .filter(content_translation::Column::Language.eq(language))
        .all(db)
        .await?;
    Ok(rows.into_iter().filter_map(|t| Item::parse(&format!("{}:{}", t.item_kind, t.item_id)).map(|i| (i, t))).collect())
}

/// Every translation of one concern's texts, all languages (the translation page).
pub async fn all_of_concern(db: &impl ConnectionTrait, concern_id: i32) -> AppResult<Vec<content_translation::Model>> {
    Ok(content_translation::Entity::find()
        .filter(content_translation::Column::ConcernId.eq(concern_id))
        .order_by_asc(content_translation::Column::Language)
        .all(db)
        .await?)
}

/// Translations of several concerns' titles into one language (lists).
pub async fn concern_titles(db: &impl ConnectionTrait, ids: &[i32], language: &str) -> AppResult<HashMap<i32, content_translation::Model>> {
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    let rows = content_translation::Entity::find()
        .filter(content_translation::Column::ItemKind.eq(ItemKind::Concern.as_str()))
        .filter(content_translation::Column::ItemId.is_in(ids.iter().copied()))
        .filter(content_translation::Column::Language.eq(language))
        .all(db)
        .await?;
    Ok(rows.into_iter().map(|t| (t.item_id, t)).collect())
}

/// A text of the concern that may be translated: its original language and
/// text. Internal notes, texts of other concerns and hidden comments are not.
pub struct Original {
    pub language: String,
    pub title: Option<String>,
    pub body: String,
}

pub async fn original(db: &impl ConnectionTrait, c: &concern::Model, item: Item) -> AppResult<Original> {
    match item.kind {
        ItemKind::Concern if item.id == c.id => {
            Ok(Original { language: c.language.clone(), title: Some(c.title.clone()), body: c.description.clone() })
        }
        ItemKind::Event => {
            let e = concern_event::Entity::find_by_id(item.id).one(db).await?;
            match e {
                Some(e) if e.concern_id == c.id && e.public && e.kind.translatable() && e.body.as_deref().is_some_and(|b| !b.is_empty()) => {
                    Ok(Original { language: e.language, title: None, body: e.body.unwrap_or_default() })
                }
                _ => Err(AppError::NotFound),
            }
        }
        ItemKind::Comment => match concern_comment::Entity::find_by_id(item.id).one(db).await? {
            Some(m) if m.concern_id == c.id && !m.hidden => Ok(Original { language: m.language, title: None, body: m.body }),
            _ => Err(AppError::NotFound),
        },
        ItemKind::Concern => Err(AppError::NotFound),
    }
}

/// Stores a translation, replacing the one in the same language. A person's
/// translation counts as reviewed; a machine's is labelled until a person
/// saves it again.
pub async fn save(db: &sea_orm::DatabaseConnection, translator: Option<i32>, role: &str, c: &concern::Model, draft: &Draft, machine: bool) -> AppResult<()> {
    let (txn, _turn) = crate::db::begin_write(db).await?;
    let source = original(&txn, c, draft.item).await?;
    if source.language == draft.language {
        return Err(AppError::invalid("language", "error-translation-same-language"));
    }
    let row = content_translation::ActiveModel {
        concern_id: Set(c.id),
        item_kind: Set(draft.item.kind.as_str().into()),
        item_id: Set(draft.item.id),
        language: Set(draft.language.clone()),
        title: Set(draft.title.clone()),
        body: Set(draft.body.clone()),
        machine: Set(machine),
        translator_id: Set(translator),
        updated_at: Set(OffsetDateTime::now_utc()),
        ..Default::default()
    };
    content_translation::Entity::insert(row)
        .on_conflict(
            OnConflict::columns([content_translation::Column::ItemKind, content_translation::Column::ItemId, content_translation::Column::Language])
                .update_columns([
                    content_translation::Column::Title,
                    content_translation::Column::Body,
                    content_translation::Column::Machine,
                    content_translation::Column::TranslatorId,
                    content_translation::Column::UpdatedAt,
                ])
                .to_owned(),
        )
        .exec(&txn)
        .await?;
    let action = if machine { "translation-machine" } else { "translation-saved" };
    let target = format!("{} {} → {}", c.reference.as_deref().unwrap_or_default(), draft.item.key(), draft.language);
    crate::audit::record(&txn, translator, role, action, &target, None).await?;
    txn.commit().await?;
    Ok(())
}

/// Whether a person already translated this item into this language (the
/// machine does not overwrite people's work).
pub async fn has_human_translation(db: &impl ConnectionTrait, item: Item, language: &str) -> AppResult<bool> {
    Ok(content_translation::Entity::find()
        .filter(content_translation::Column::ItemKind.eq(item.kind.as_str()))
        .filter(content_translation::Column::ItemId.eq(item.id))
        .filter(content_translation::Column::Language.eq(language))
        .filter(content_translation::Column::Machine.eq(false))
        .one(db)
        .await?
        .is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn translation(machine: bool) -> content_translation::Model {
        content_translation::Model {
            id: 1,
            concern_id: 1,
            item_kind: "event".into(),
            item_id: 2,
            language: "tr".into(),
            title: None,
            body: "Çeviri".into(),
            machine,
            translator_id: None,
            updated_at: OffsetDateTime::UNIX_EPOCH,
        }
    }

    #[test]
    fn readers_see_their_language_or_the_original_with_a_note() {
        assert_eq!(shown("de", "de", None).how, ShownAs::Original);
        assert_eq!(shown("de", "de", Some(&translation(false))).how, ShownAs::Original);
        let t = shown("de", "tr", Some(&translation(false)));
        assert_eq!((t.lang.as_str(), t.how), ("tr", ShownAs::Translated));
        assert_eq!(shown("de", "tr", Some(&translation(true))).how, ShownAs::Machine);
        let u = shown("de", "tr", None);
        assert_eq!((u.lang.as_str(), u.original.as_str(), u.how), ("de", "de", ShownAs::Untranslated));
    }

    #[test]
    fn drafts_are_checked() {
        assert_eq!(Item::parse("event:12"), Some(Item { kind: ItemKind::Event, id: 12 }));
        assert_eq!(Item::parse("answer:12"), None);
        assert_eq!(Item::parse("event:x"), None);
        let d = parse_draft("concern:3", "tr", " Bank ", " Metin ").unwrap();
        assert_eq!((d.title.as_deref(), d.body.as_str()), (Some("Bank"), "Metin"));
        let fields = |r: Result<Draft, AppError>| match r {
            Err(AppError::Invalid(e)) => e.into_iter().map(|e| format!("{}:{}", e.field, e.message)).collect::<Vec<_>>(),
            other => panic!("expected invalid, got {other:?}"),
        };
        assert_eq!(fields(parse_draft("comment:1", "xx", "", "  ")), ["language:error-translation-language", "body:error-required"]);
        assert_eq!(fields(parse_draft("concern:1", "", "", "Text")), ["language:error-required", "title:error-required"]);
        assert_eq!(fields(parse_draft("event:1", "fr", "", "Texte")), ["language:error-translation-language"]);
        assert_eq!(fields(parse_draft("event:1", "en", "", &"a".repeat(MAX_BODY + 1))), ["body:error-too-long"]);
        assert!(matches!(parse_draft("nothing", "en", "", "x"), Err(AppError::NotFound)));
    }
}
