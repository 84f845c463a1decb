//! Reading and changing districts and planning spaces.
use super::entity::{district, planning_space};
use super::{DistrictInfo, DistrictSummary, ProjectSummary};
use crate::categories::service::names_in;
use crate::error::{AppError, AppResult, FieldError};
use crate::schema::forums::{project, project_district};
use crate::schema::offices::office;
use crate::routing::{entity::routing_rule, most_specific, RuleScope};
use sea_orm::{entity::prelude::*, ActiveValue::Set, ConnectionTrait, QueryOrder};
use std::collections::HashMap;

pub async fn list(db: &impl ConnectionTrait) -> AppResult<Vec<DistrictSummary>> {
    let spaces: HashMap<i32, String> =
        planning_space::Entity::find().all(db).await?.into_iter().map(|p| (p.id, p.name)).collect();
    let mut districts = district::Entity::find().all(db).await?;
    // Place names are German names, sorted as the city sorts them.
    crate::i18n::collate::sort_by_name(&mut districts, crate::i18n::DEFAULT_LANGUAGE, |d| &d.name);
    Ok(districts.into_iter().map(|d| summary(d, &spaces)).collect())
}

fn summary(d: district::Model, spaces: &HashMap<i32, String>) -> DistrictSummary {
    DistrictSummary {
        planning_space: d.planning_space_id.and_then(|p| spaces.get(&p).cloned()),
        id: d.id,
        name: d.name,
        kind: d.kind,
        population: d.population,
        social_index: d.social_index,
        social_index_class: d.social_index_class,
        planning_space_id: d.planning_space_id,
        population_date: d.population_date,
        area_km2: d.area_km2,
    }
}

pub async fn get(db: &impl ConnectionTrait, id: i32) -> AppResult<DistrictSummary> {
    let d = district::Entity::find_by_id(id).one(db).await?.ok_or(AppError::NotFound)?;
    let spaces: HashMap<i32, String> =
        planning_space::Entity::find().all(db).await?.into_iter().map(|p| (p.id, p.name)).collect();
    Ok(summary(d, &spaces))
}

pub async fn detail(db: &impl ConnectionTrait, id: i32, lang: &str) -> AppResult<DistrictInfo> {
    let district = get(db, id).await?;

    let forums = crate::access::forums_covering(db, id).await?.into_iter().map(|f| (f.id, f.name, f.kind)).collect();

    let project_ids: Vec<i32> = project_district::Entity::find()
        .filter(project_district::Column::DistrictId.eq(id))
        .all(db)
        .await?
        .into_iter()
        .map(|p| p.project_id)
        .collect();
    let projects = project::Entity::find()
        .filter(project::Column::Id.is_in(project_ids))
        .order_by_asc(project::Column::Name)
        .all(db)
        .await?
        .into_iter()
        .map(|p| ProjectSummary { name: p.name, carrier: p.carrier, since: p.since })
        .collect();

    let rules = routing_rule::Entity::find().all(db).await?;
    let scopes: Vec<RuleScope> = rules
        .iter()
        .map(|r| RuleScope { id: r.id, category_id: r.category_id, district_id: r.district_id, planning_space_id: r.planning_space_id })
        .collect();
    let offices: HashMap<i32, office::Model> =
        office::Entity::find().all(db).await?.into_iter().map(|o| (o.id, o)).collect();
    let responsibilities = names_in(db, lang)
        .await?
        .into_iter()
        .map(|(category_id, name)| {
            let office = most_specific(&scopes, category_id, id, district.planning_space_id)
                .and_then(|s| rules.iter().find(|r| r.id == s.id))
                .and_then(|r| offices.get(&r.office_id))
                .map(|o| (o.code.clone(), o.name.clone()));
            (name, office)
        })
        .collect();

    Ok(DistrictInfo { district, forums, projects, responsibilities, concerns: Vec::new() })
}

/// A district as typed into the admin form or a CSV line, already parsed.
#[derive(Clone, Debug, PartialEq)]
pub struct DistrictInput {
    pub name: String,
    pub kind: String,
    pub population: Option<i32>,
    pub social_index: Option<f64>,
    pub social_index_class: Option<String>,
    pub planning_space: Option<String>,
}

/// Checks one district's fields; `field` names come from the admin form.
pub fn validate(raw: &HashMap<&str, &str>) -> Result<DistrictInput, Vec<FieldError>> {
    let mut errors = Vec::new();
    let name = raw.get("name").map(|s| s.trim()).unwrap_or_default().to_string();
    if name.is_empty() {
        errors.push(FieldError::new("name", "error-required"));
    } else if name.chars().count() > 120 {
        errors.push(FieldError::new("name", "error-too-long").with_arg("max", 120));
    }
    let kind = raw.get("kind").map(|s| s.trim()).unwrap_or_default().to_string();
    if !super::KINDS.contains(&kind.as_str()) {
        errors.push(FieldError::new("kind", "error-district-kind"));
    }
    let population = match raw.get("population").map(|s| s.trim()).filter(|s| !s.is_empty()) {
        None => None,
        Some(p) => match p.parse::<i32>() {
            Ok(n) if (0..=10_000_000).contains(&n) => Some(n),
            _ => {
                errors.push(FieldError::new("population", "error-population"));
                None
            }
        },
    };
    let social_index = match raw.get("social_index").map(|s| s.trim()).filter(|s| !s.is_empty()) {
        None => None,
        Some(p) => match p.replace(',', ".").parse::<f64>() {
            Ok(n) if (0.0..=1.0).contains(&n) => Some(n),
            _ => {
                errors.push(FieldError::new("social_index", "error-social-index"));
                None
            }
        },
    };
    let social_index_class = match raw.get("social_index_class").map(|s| s.trim()).filter(|s| !s.is_empty()) {
        None => None,
        Some(c) if super::SOCIAL_INDEX_CLASSES.contains(&c) => Some(c.to_string()),
        Some(_) => {
            errors.push(FieldError::new("social_index_class", "error-social-index-class"));
            None
        }
    };
    let planning_space = raw
        .get("planning_space")
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .map(str::to_string);
    if planning_space.as_ref().is_some_and(|p| p.chars().count() > 120) {
        errors.push(FieldError::new("planning_space", "error-too-long").with_arg("max", 120));
    }
    if errors.is_empty() {
        Ok(DistrictInput { name, kind, population, social_index, social_index_class, planning_space })
    } else {
        Err(errors)
    }
}

/// The id of a planning space by name, created if it does not exist yet.
pub async fn planning_space_id(db: &impl ConnectionTrait, name: &str) -> AppResult<i32> {
    if let Some(p) = planning_space::Entity::find().filter(planning_space::Column::Name.eq(name)).one(db).await? {
        return Ok(p.id);
    }
    let p = planning_space::ActiveModel { name: Set(name.to_string()), ..Default::default() }.insert(db).await?;
    Ok(p.id)
}

async fn name_taken(db: &impl ConnectionTrait, name: &str, except: Option<i32>) -> AppResult<bool> {
    let mut q = district::Entity::find().filter(district::Column::Name.eq(name));
    if let Some(id) = except {
        q = q.filter(district::Column::Id.ne(id));
    }
    Ok(q.one(db).await?.is_some())
}

/// Creates a district, or updates the one with id `existing`.
/// A stored district as the admin form's input, to see what an edit changes.
pub async fn input_of(db: &impl ConnectionTrait, id: i32) -> AppResult<Option<DistrictInput>> {
    let Some(d) = district::Entity::find_by_id(id).one(db).await? else { return Ok(None) };
    let planning_space = match d.planning_space_id {
        Some(p) => planning_space::Entity::find_by_id(p).one(db).await?.map(|p| p.name),
        None => None,
    };
    Ok(Some(DistrictInput {
        name: d.name,
        kind: d.kind,
        population: d.population,
        social_index: d.social_index,
        social_index_class: d.social_index_class,
        planning_space,
    }))
}

pub async fn save(db: &DatabaseConnection, existing: Option<i32>, input: DistrictInput) -> AppResult<i32> {
    let (txn, _turn) = crate::db::begin_write(db).await?;
    if name_taken(&txn, &input.name, existing).await? {
        return Err(AppError::invalid("name", "error-name-taken"));
    }
    let id = write(&txn, existing, input).await?;
    txn.commit().await?;
    Ok(id)
}

pub(crate) async fn write(db: &impl ConnectionTrait, existing: Option<i32>, input: DistrictInput) -> AppResult<i32> {
    let planning_space_id = match &input.planning_space {
        Some(name) => Some(planning_space_id(db, name).await?),
        None => None,
    };
    let mut model = match existing {
        Some(id) => district::Entity::find_by_id(id).one(db).await?.ok_or(AppError::NotFound)?.into(),
        None => <district::ActiveModel as Default>::default(),
    };
    model.name = Set(input.name);
    model.kind = Set(input.kind);
    model.population = Set(input.population);
    model.social_index = Set(input.social_index);
    model.social_index_class = Set(input.social_index_class);
    model.planning_space_id = Set(planning_space_id);
    let saved = model.save(db).await?;
    Ok(saved.id.unwrap())
}

pub async fn list_planning_spaces(db: &impl ConnectionTrait) -> AppResult<Vec<(i32, String, i64)>> {
    let spaces = planning_space::Entity::find().order_by_asc(planning_space::Column::Name).all(db).await?;
    let districts = district::Entity::find().all(db).await?;
    Ok(spaces
        .into_iter()
        .map(|p| {
            let n = districts.iter().filter(|d| d.planning_space_id == Some(p.id)).count() as i64;
            (p.id, p.name, n)
        })
        .collect())
}

pub async fn create_planning_space(db: &DatabaseConnection, name: &str) -> AppResult<i32> {
    let name = name.trim();
    if name.is_empty() {
        return Err(AppError::invalid("name", "error-required"));
    }
    if name.chars().count() > 120 {
        return Err(AppError::Invalid(vec![FieldError::new("name", "error-too-long").with_arg("max", 120)]));
    }
    let (txn, _turn) = crate::db::begin_write(db).await?;
    if planning_space::Entity::find().filter(planning_space::Column::Name.eq(name)).one(&txn).await?.is_some() {
        return Err(AppError::invalid("name", "error-name-taken"));
    }
    let id = planning_space_id(&txn, name).await?;
    txn.commit().await?;
    Ok(id)
}
