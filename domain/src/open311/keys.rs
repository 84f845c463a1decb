//! API keys for Open311 clients.
use crate::tokens::{digest, random_token};
use crate::error::{AppError, AppResult};
use sea_orm::{entity::prelude::*, ActiveValue::Set, DatabaseConnection, QueryOrder};
use time::OffsetDateTime;

pub mod api_key {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "api_key")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub name: String,
        pub key_hash: String,
        pub revoked: bool,
        pub created_at: TimeDateTimeWithTimeZone,
    }
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}
    impl ActiveModelBehavior for ActiveModel {}
}

/// Creates a key and returns its secret, which is shown once and never stored.
pub async fn create(db: &DatabaseConnection, name: &str) -> AppResult<String> {
    let name = name.trim();
    if name.is_empty() {
        return Err(AppError::invalid("name", "error-required"));
    }
    if name.chars().count() > 120 {
        return Err(AppError::Invalid(vec![crate::error::FieldError::new("name", "error-too-long").with_arg("max", 120)]));
    }
    let secret = random_token();
    api_key::ActiveModel { name: Set(name.into()), key_hash: Set(digest(&secret)), revoked: Set(false), created_at: Set(OffsetDateTime::now_utc()), ..Default::default() }
        .insert(db)
        .await?;
    Ok(secret)
}

pub async fn revoke(db: &DatabaseConnection, id: i32) -> AppResult<()> {
    let r = api_key::Entity::update_many()
        .col_expr(api_key::Column::Revoked, Expr::value(true))
        .filter(api_key::Column::Id.eq(id))
        .exec(db)
        .await?;
    if r.rows_affected == 0 {
        return Err(AppError::NotFound);
    }
    Ok(())
}

/// (id, name, created, revoked) of every key.
pub async fn list(db: &DatabaseConnection, lang: &str) -> AppResult<Vec<(i32, String, String, bool)>> {
    Ok(api_key::Entity::find()
        .order_by_asc(api_key::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|k| (k.id, k.name, crate::i18n::format::day(k.created_at.date(), lang), k.revoked))
        .collect())
}

pub async fn is_valid(db: &DatabaseConnection, secret: &str) -> AppResult<bool> {
    Ok(api_key::Entity::find()
        .filter(api_key::Column::KeyHash.eq(digest(secret)))
        .filter(api_key::Column::Revoked.eq(false))
        .one(db)
        .await?
        .is_some())
}
