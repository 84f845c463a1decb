//! Open data: the concerns the public list shows, with one stable,
//! documented set of columns, read page by page so that a download of a
//! million concerns never holds them all; and the licence the files carry.
use crate::concerns::entity::concern;
use crate::concerns::service::public_page;
use crate::concerns::ListFilter;
use crate::error::AppResult;
use crate::reference::Reference;
use sea_orm::ConnectionTrait;

/// Concerns per page read from the database.
pub const PAGE: u64 = 1000;

/// What a column holds, as CSV on the Web (W3C) names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Datatype {
    String,
    Integer,
    Number,
    Boolean,
    Date,
    DateTime,
}

impl Datatype {
    pub fn as_str(self) -> &'static str {
        match self {
            Datatype::String => "string",
            Datatype::Integer => "integer",
            Datatype::Number => "number",
            Datatype::Boolean => "boolean",
            Datatype::Date => "date",
            Datatype::DateTime => "datetime",
        }
    }
}

/// One column of the concerns file: its stable name and type. What it
/// means is the Fluent message `open-data-column-{name}`.
#[derive(Clone, Copy, Debug)]
pub struct Column {
    pub name: &'static str,
    pub datatype: Datatype,
}

/// The columns of `concerns.csv` and `concerns.json`, in this order. New
/// columns go at the end; none is renamed or removed.
pub const CONCERN_COLUMNS: [Column; 18] = [
    Column { name: "reference", datatype: Datatype::String },
    Column { name: "title", datatype: Datatype::String },
    Column { name: "description", datatype: Datatype::String },
    Column { name: "language", datatype: Datatype::String },
    Column { name: "category", datatype: Datatype::String },
    Column { name: "category_name", datatype: Datatype::String },
    Column { name: "district_id", datatype: Datatype::Integer },
    Column { name: "district", datatype: Datatype::String },
    Column { name: "status", datatype: Datatype::String },
    Column { name: "office", datatype: Datatype::String },
    Column { name: "latitude", datatype: Datatype::Number },
    Column { name: "longitude", datatype: Datatype::Number },
    Column { name: "received_at", datatype: Datatype::DateTime },
    Column { name: "deadline", datatype: Datatype::Date },
    Column { name: "supports", datatype: Datatype::Integer },
    Column { name: "answer_business_days", datatype: Datatype::Integer },
    Column { name: "answered_on_time", datatype: Datatype::Boolean },
    Column { name: "done_business_days", datatype: Datatype::Integer },
];

/// A value of one cell.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Text(String),
    Int(i64),
    Number(f64),
    Bool(bool),
    Null,
}

fn text(v: Option<String>) -> Value {
    v.map_or(Value::Null, Value::Text)
}

/// A concern's cells in the order of [`CONCERN_COLUMNS`]: public fields
/// only (never who reported it or how to reach them).
pub fn concern_values(c: &concern::Model, reference: &Reference) -> Vec<Value> {
    let category = reference.categories.iter().find(|(id, ..)| *id == c.category_id);
    let office = c.office_id.and_then(|id| reference.offices.iter().find(|o| o.id == id));
    let rfc3339 = &time::format_description::well_known::Rfc3339;
    vec![
        text(c.reference.clone()),
        Value::Text(c.title.clone()),
        Value::Text(c.description.clone()),
        Value::Text(c.language.clone()),
        text(category.map(|(_, key, _)| key.clone())),
        text(category.and_then(|(_, _, names)| names.get("de").cloned())),
        Value::Int(c.district_id.into()),
        text(reference.districts.iter().find(|d| d.id == c.district_id).map(|d| d.name.clone())),
        Value::Text(c.status.as_str().to_string()),
        text(office.map(|o| format!("{} {}", o.code, o.name))),
        c.latitude.map_or(Value::Null, Value::Number),
        c.longitude.map_or(Value::Null, Value::Number),
        text(c.created_at.to_offset(time::UtcOffset::UTC).format(rfc3339).ok()),
        text(c.deadline.map(|d| d.to_string())),
        Value::Int(c.supports.into()),
        c.answer_days.map_or(Value::Null, |d| Value::Int(d.into())),
        c.answered_on_time.map_or(Value::Null, Value::Bool),
        c.done_days.map_or(Value::Null, |d| Value::Int(d.into())),
    ]
}

/// One page of the public concerns, newest first, and the `before` of the
/// next page (none after the last).
pub async fn concerns_page(db: &impl ConnectionTrait, before: Option<i32>) -> AppResult<(Vec<concern::Model>, Option<i32>)> {
    let mut found = public_page(db, &ListFilter { before, ..Default::default() }, PAGE).await?;
    let next = (found.len() as u64 > PAGE).then(|| {
        found.truncate(PAGE as usize);
        found.last().map(|c| c.id)
    });
    Ok((found, next.flatten()))
}

/// The address of a licence named by its usual identifier.
pub fn licence_url(id: &str) -> Option<&'static str> {
    match id.trim().to_ascii_lowercase().as_str() {
        "dl-de/by-2-0" => Some("https://www.govdata.de/dl-de/by-2-0"),
        "dl-de/zero-2-0" => Some("https://www.govdata.de/dl-de/zero-2-0"),
        "cc-by-4.0" => Some("https://creativecommons.org/licenses/by/4.0/"),
        "cc0-1.0" => Some("https://creativecommons.org/publicdomain/zero/1.0/"),
        "odbl-1.0" => Some("https://opendatacommons.org/licenses/odbl/1-0/"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_named_once_and_known_licences_have_an_address() {
        let mut names: Vec<&str> = CONCERN_COLUMNS.iter().map(|c| c.name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), CONCERN_COLUMNS.len());
        assert_eq!(licence_url("dl-de/by-2-0"), Some("https://www.govdata.de/dl-de/by-2-0"));
        assert_eq!(licence_url("CC-BY-4.0"), Some("https://creativecommons.org/licenses/by/4.0/"));
        assert_eq!(licence_url("eigene Lizenz"), None);
    }
}
