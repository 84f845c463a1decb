//! Managing routing rules.
use super::entity::routing_rule;
use crate::schema::districts::{district, planning_space};
use crate::error::{AppError, AppResult, FieldError};
use crate::schema::offices::office;
use sea_orm::{entity::prelude::*, ActiveValue::Set, ConnectionTrait, DatabaseConnection, QueryOrder};

/// A rule's scope as chosen in the form: `city`, `space:<id>` or `district:<id>`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Scope {
    City,
    PlanningSpace(i32),
    District(i32),
}

impl Scope {
    pub fn parse(value: &str) -> Option<Scope> {
        match value.split_once(':') {
            None if value == "city" => Some(Scope::City),
            Some(("space", id)) => id.parse().ok().map(Scope::PlanningSpace),
            Some(("district", id)) => id.parse().ok().map(Scope::District),
            _ => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct RuleInput {
    pub category_id: i32,
    pub scope: Scope,
    pub office_id: i32,
    pub deadline_days: i32,
}

pub fn validate(category: &str, scope: &str, office: &str, days: &str) -> Result<RuleInput, Vec<FieldError>> {
    let mut errors = Vec::new();
    let category_id = category.parse::<i32>().ok();
    if category_id.is_none() {
        errors.push(FieldError::new("category", "error-unknown-category"));
    }
    let scope = Scope::parse(scope);
    if scope.is_none() {
        errors.push(FieldError::new("scope", "error-rule-scope"));
    }
    let office_id = office.parse::<i32>().ok();
    if office_id.is_none() {
        errors.push(FieldError::new("office", "error-unknown-office"));
    }
    let deadline_days = match days.trim().parse::<i32>() {
        Ok(d) if (1..=250).contains(&d) => Some(d),
        _ => {
            errors.push(FieldError::new("deadline_days", "error-deadline-days"));
            None
        }
    };
    match (category_id, scope, office_id, deadline_days) {
        (Some(category_id), Some(scope), Some(office_id), Some(deadline_days)) if errors.is_empty() => {
            Ok(RuleInput { category_id, scope, office_id, deadline_days })
        }
        _ => Err(errors),
    }
}

/// Adds a rule; one rule per category and scope, so precedence stays clear.
pub async fn create(db: &DatabaseConnection, input: RuleInput) -> AppResult<i32> {
    let (txn, _turn) = crate::db::begin_write(db).await?;
    if crate::schema::categories::category::Entity::find_by_id(input.category_id).one(&txn).await?.is_none() {
        return Err(AppError::invalid("category", "error-unknown-category"));
    }
    if office::Entity::find_by_id(input.office_id).one(&txn).await?.is_none() {
        return Err(AppError::invalid("office", "error-unknown-office"));
    }
    let (district_id, planning_space_id) = match input.scope {
        Scope::City => (None, None),
        Scope::District(id) => {
            district::Entity::find_by_id(id).one(&txn).await?.ok_or_else(|| AppError::invalid("scope", "error-rule-scope"))?;
            (Some(id), None)
        }
        Scope::PlanningSpace(id) => {
            planning_space::Entity::find_by_id(id).one(&txn).await?.ok_or_else(|| AppError::invalid("scope", "error-rule-scope"))?;
            (None, Some(id))
        }
    };
    let mut same = routing_rule::Entity::find().filter(routing_rule::Column::CategoryId.eq(input.category_id));
    same = match (district_id, planning_space_id) {
        (Some(d), _) => same.filter(routing_rule::Column::DistrictId.eq(d)),
        (None, Some(p)) => same.filter(routing_rule::Column::PlanningSpaceId.eq(p)).filter(routing_rule::Column::DistrictId.is_null()),
        (None, None) => same.filter(routing_rule::Column::DistrictId.is_null()).filter(routing_rule::Column::PlanningSpaceId.is_null()),
    };
    if same.one(&txn).await?.is_some() {
        return Err(AppError::invalid("scope", "error-rule-exists"));
    }
    let id = routing_rule::ActiveModel {
        category_id: Set(input.category_id),
        district_id: Set(district_id),
        planning_space_id: Set(planning_space_id),
        office_id: Set(input.office_id),
        deadline_days: Set(input.deadline_days),
        ..Default::default()
    }
    .insert(&txn)
    .await?
    .id;
    txn.commit().await?;
    Ok(id)
}

pub async fn delete(db: &DatabaseConnection, id: i32) -> AppResult<()> {
    let r = routing_rule::Entity::delete_by_id(id).exec(db).await?;
    if r.rows_affected == 0 {
        return Err(AppError::NotFound);
    }
    Ok(())
}

/// Every rule with readable names: (id, category, scope, office, days).
pub async fn list(db: &impl ConnectionTrait, lang: &str) -> AppResult<Vec<super::RuleRow>> {
    use std::collections::HashMap;
    let categories: HashMap<i32, String> = crate::categories::service::names_in(db, lang).await?.into_iter().collect();
    let districts: HashMap<i32, String> = district::Entity::find().all(db).await?.into_iter().map(|d| (d.id, d.name)).collect();
    let spaces: HashMap<i32, String> = planning_space::Entity::find().all(db).await?.into_iter().map(|p| (p.id, p.name)).collect();
    let offices: HashMap<i32, String> = office::Entity::find().all(db).await?.into_iter().map(|o| (o.id, format!("{} {}", o.code, o.name))).collect();
    let mut rows: Vec<super::RuleRow> = routing_rule::Entity::find()
        .order_by_asc(routing_rule::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|r| super::RuleRow {
            id: r.id,
            category: categories.get(&r.category_id).cloned().unwrap_or_default(),
            scope: match (r.district_id, r.planning_space_id) {
                (Some(d), _) => super::ScopeLabel::District(districts.get(&d).cloned().unwrap_or_default()),
                (None, Some(p)) => super::ScopeLabel::PlanningSpace(spaces.get(&p).cloned().unwrap_or_default()),
                (None, None) => super::ScopeLabel::City,
            },
            office: offices.get(&r.office_id).cloned().unwrap_or_default(),
            deadline_days: r.deadline_days,
        })
        .collect();
    rows.sort_by(|a, b| a.category.cmp(&b.category).then(a.scope.rank().cmp(&b.scope.rank())));
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scopes_and_days_are_checked() {
        assert_eq!(Scope::parse("city"), Some(Scope::City));
        assert_eq!(Scope::parse("space:4"), Some(Scope::PlanningSpace(4)));
        assert_eq!(Scope::parse("district:9"), Some(Scope::District(9)));
        assert_eq!(Scope::parse("planet:1"), None);
        let errors = validate("1", "moon", "2", "0").unwrap_err();
        assert_eq!(errors.iter().map(|e| e.field.as_str()).collect::<Vec<_>>(), vec!["scope", "deadline_days"]);
        assert!(validate("1", "city", "2", "10").is_ok());
    }
}
