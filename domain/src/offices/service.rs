use super::entity::{office, office_staff};
use super::OfficeSummary;
use crate::error::{AppError, AppResult, FieldError};
use sea_orm::{entity::prelude::*, ActiveValue::Set, ConnectionTrait};

pub async fn list(db: &impl ConnectionTrait) -> AppResult<Vec<OfficeSummary>> {
    let staff = office_staff::Entity::find().all(db).await?;
    let mut offices = office::Entity::find().all(db).await?;
    // By department, then code; "02.01" after "02" and "11" after "2".
    offices.sort_by(|a, b| {
        crate::i18n::collate::compare_codes(&a.department, &b.department).then_with(|| crate::i18n::collate::compare_codes(&a.code, &b.code))
    });
    Ok(offices
        .into_iter()
        .map(|o| OfficeSummary {
            staff: staff.iter().filter(|s| s.office_id == o.id).count() as i64,
            id: o.id,
            code: o.code,
            name: o.name,
            department: o.department,
            contact_email: o.contact_email,
        })
        .collect())
}

#[derive(Clone, Debug, PartialEq)]
pub struct OfficeInput {
    pub code: String,
    pub name: String,
    pub department: String,
    pub contact_email: Option<String>,
}

pub fn validate(code: &str, name: &str, department: &str, email: &str) -> Result<OfficeInput, Vec<FieldError>> {
    let mut errors = Vec::new();
    let mut text = |field: &str, value: &str, max: usize| {
        let v = value.trim();
        if v.is_empty() {
            errors.push(FieldError::new(field, "error-required"));
        } else if v.chars().count() > max {
            errors.push(FieldError::new(field, "error-too-long").with_arg("max", max));
        }
        v.to_string()
    };
    let code = text("code", code, 20);
    let name = text("name", name, 200);
    let department = text("department", department, 200);
    let email = email.trim();
    let contact_email = if email.is_empty() {
        None
    } else if email.len() > 254 || !email_address::EmailAddress::is_valid(email) {
        errors.push(FieldError::new("contact_email", "error-email-invalid"));
        None
    } else {
        Some(email.to_string())
    };
    if errors.is_empty() { Ok(OfficeInput { code, name, department, contact_email }) } else { Err(errors) }
}

pub async fn save(db: &DatabaseConnection, existing: Option<i32>, input: OfficeInput) -> AppResult<i32> {
    let (txn, _turn) = crate::db::begin_write(db).await?;
    let mut clash = office::Entity::find().filter(office::Column::Code.eq(&input.code));
    if let Some(id) = existing {
        clash = clash.filter(office::Column::Id.ne(id));
    }
    if clash.one(&txn).await?.is_some() {
        return Err(AppError::invalid("code", "error-office-code-taken"));
    }
    let mut m: office::ActiveModel = match existing {
        Some(id) => office::Entity::find_by_id(id).one(&txn).await?.ok_or(AppError::NotFound)?.into(),
        None => <office::ActiveModel as Default>::default(),
    };
    m.code = Set(input.code);
    m.name = Set(input.name);
    m.department = Set(input.department);
    m.contact_email = Set(input.contact_email);
    let id = m.save(&txn).await?.id.unwrap();
    txn.commit().await?;
    Ok(id)
}

pub async fn get(db: &impl ConnectionTrait, id: i32) -> AppResult<office::Model> {
    office::Entity::find_by_id(id).one(db).await?.ok_or(AppError::NotFound)
}
