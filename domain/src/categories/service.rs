use super::entity::{category, category_name};
use crate::error::{AppError, AppResult, FieldError};
use crate::i18n::LANGUAGES;
use sea_orm::{entity::prelude::*, ActiveValue::Set, ConnectionTrait, QueryOrder};
use std::collections::HashMap;

/// Every category's name in `lang`, falling back to German, then the key;
/// sorted by that name.
pub async fn names_in(db: &impl ConnectionTrait, lang: &str) -> AppResult<Vec<(i32, String)>> {
    let categories = category::Entity::find().order_by_asc(category::Column::Key).all(db).await?;
    let names = category_name::Entity::find().all(db).await?;
    let mut out: Vec<(i32, String)> = categories
        .into_iter()
        .map(|c| {
            let find = |l: &str| names.iter().find(|n| n.category_id == c.id && n.lang == l).map(|n| n.name.clone());
            (c.id, find(lang).or_else(|| find("de")).unwrap_or(c.key))
        })
        .collect();
    crate::i18n::collate::sort_by_name(&mut out, lang, |c| &c.1);
    Ok(out)
}

/// A category with its names per language, for the admin form.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct CategoryNames {
    pub id: i32,
    pub key: String,
    pub names: HashMap<String, String>,
}

pub async fn all_with_names(db: &impl ConnectionTrait) -> AppResult<Vec<CategoryNames>> {
    let categories = category::Entity::find().order_by_asc(category::Column::Key).all(db).await?;
    let names = category_name::Entity::find().all(db).await?;
    Ok(categories
        .into_iter()
        .map(|c| CategoryNames {
            names: names.iter().filter(|n| n.category_id == c.id).map(|n| (n.lang.clone(), n.name.clone())).collect(),
            id: c.id,
            key: c.key,
        })
        .collect())
}

/// Checks a category form: a key of lower-case letters, digits and `_`, and
/// a German name; the other languages may follow later (the list of
/// categories says which are missing, and readers see the German name).
/// A category's key and its names as (language, name).
pub type Validated = (String, Vec<(String, String)>);

pub fn validate(key: &str, names: &HashMap<String, String>) -> Result<Validated, Vec<FieldError>> {
    let mut errors = Vec::new();
    let key = key.trim().to_string();
    if key.is_empty() {
        errors.push(FieldError::new("key", "error-required"));
    } else if key.len() > 60 || !key.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_') {
        errors.push(FieldError::new("key", "error-category-key"));
    }
    let mut out = Vec::new();
    for lang in LANGUAGES {
        let field = format!("name_{}", lang.id);
        let name = names.get(lang.id).map(|s| s.trim()).unwrap_or_default();
        if name.is_empty() {
            if lang.id == crate::i18n::DEFAULT_LANGUAGE {
                errors.push(FieldError::new(&field, "error-required"));
            }
        } else if name.chars().count() > 120 {
            errors.push(FieldError::new(&field, "error-too-long").with_arg("max", 120));
        } else {
            out.push((lang.id.to_string(), name.to_string()));
        }
    }
    if errors.is_empty() { Ok((key, out)) } else { Err(errors) }
}

pub async fn save(db: &DatabaseConnection, existing: Option<i32>, key: String, names: Vec<(String, String)>) -> AppResult<i32> {
    let (txn, _turn) = crate::db::begin_write(db).await?;
    let mut clash = category::Entity::find().filter(category::Column::Key.eq(&key));
    if let Some(id) = existing {
        clash = clash.filter(category::Column::Id.ne(id));
    }
    if clash.one(&txn).await?.is_some() {
        return Err(AppError::invalid("key", "error-name-taken"));
    }
    let id = match existing {
        Some(id) => {
            let mut m: category::ActiveModel =
                category::Entity::find_by_id(id).one(&txn).await?.ok_or(AppError::NotFound)?.into();
            m.key = Set(key);
            m.update(&txn).await?;
            category_name::Entity::delete_many().filter(category_name::Column::CategoryId.eq(id)).exec(&txn).await?;
            id
        }
        None => category::ActiveModel { key: Set(key), ..Default::default() }.insert(&txn).await?.id,
    };
    for (lang, name) in names {
        category_name::ActiveModel { category_id: Set(id), lang: Set(lang), name: Set(name) }.insert(&txn).await?;
    }
    txn.commit().await?;
    Ok(id)
}
