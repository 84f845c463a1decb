//! District import from CSV: all lines are checked before anything is
//! written, and every problem is reported with its line number.
use super::service::{self, DistrictInput};
use crate::error::{AppError, AppResult, FieldError};
use sea_orm::{DatabaseConnection};
use std::collections::{HashMap, HashSet};

pub const COLUMNS: &[&str] = &["name", "kind", "population", "social_index", "social_index_class", "planning_space"];

fn line_error(line: usize, message: &str) -> FieldError {
    FieldError::new("", message).with_arg("line", line)
}

/// Parses a whole file. Line numbers count the header as line 1.
pub fn parse(bytes: &[u8]) -> Result<Vec<DistrictInput>, Vec<FieldError>> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let delimiter = if bytes.split(|b| *b == b'\n').next().is_some_and(|h| h.contains(&b';')) { b';' } else { b',' };
    let mut reader = csv::ReaderBuilder::new().delimiter(delimiter).flexible(true).from_reader(bytes);
    let header = match reader.byte_headers() {
        Ok(h) => h.clone(),
        Err(_) => return Err(vec![line_error(1, "error-csv-unreadable")]),
    };
    let Ok(header) = header.iter().map(std::str::from_utf8).collect::<Result<Vec<_>, _>>() else {
        return Err(vec![line_error(1, "error-csv-encoding")]);
    };
    let header: Vec<String> = header.iter().map(|h| h.trim().to_lowercase()).collect();
    if header.first().map(String::as_str) != Some("name")
        || header.iter().any(|h| !COLUMNS.contains(&h.as_str()))
        || !header.iter().any(|h| h == "kind")
    {
        return Err(vec![line_error(1, "error-csv-columns").with_arg("columns", COLUMNS.join(","))]);
    }

    let mut errors = Vec::new();
    let mut rows = Vec::new();
    let mut seen = HashSet::new();
    for (i, record) in reader.byte_records().enumerate() {
        let line = i + 2;
        let record = match record {
            Ok(r) => r,
            Err(_) => {
                errors.push(line_error(line, "error-csv-unreadable"));
                continue;
            }
        };
        let Ok(fields) = record.iter().map(std::str::from_utf8).collect::<Result<Vec<_>, _>>() else {
            errors.push(line_error(line, "error-csv-encoding"));
            continue;
        };
        if fields.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        if fields.len() != header.len() {
            errors.push(line_error(line, "error-csv-field-count").with_arg("expected", header.len()));
            continue;
        }
        let fields: Vec<std::borrow::Cow<str>> = fields.into_iter().map(crate::input::clean_text).collect();
        let raw: HashMap<&str, &str> = header.iter().map(String::as_str).zip(fields.iter().map(|f| f.as_ref())).collect();
        match service::validate(&raw) {
            Ok(input) => {
                if !seen.insert(input.name.to_lowercase()) {
                    errors.push(line_error(line, "error-csv-duplicate").with_arg("name", &input.name));
                } else {
                    rows.push(input);
                }
            }
            Err(field_errors) => errors.extend(
                field_errors
                    .into_iter()
                    .map(|e| FieldError::new("", "error-csv-line").with_arg("line", line).with_arg("column", &e.field)),
            ),
        }
    }
    if rows.is_empty() && errors.is_empty() {
        errors.push(line_error(2, "error-csv-empty"));
    }
    if errors.is_empty() { Ok(rows) } else { Err(errors) }
}

/// Result of an import: how many districts were created and updated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ImportReport {
    pub created: usize,
    pub updated: usize,
}

/// Imports all lines or none: existing districts (same name) are updated.
pub async fn import(db: &DatabaseConnection, bytes: &[u8]) -> AppResult<ImportReport> {
    let rows = parse(bytes).map_err(AppError::Invalid)?;
    let (txn, _turn) = crate::db::begin_write(db).await?;
    let existing: HashMap<String, i32> =
        service::list(&txn).await?.into_iter().map(|d| (d.name.to_lowercase(), d.id)).collect();
    let mut report = ImportReport { created: 0, updated: 0 };
    for row in rows {
        let id = existing.get(&row.name.to_lowercase()).copied();
        if id.is_some() { report.updated += 1 } else { report.created += 1 }
        service::write(&txn, id, row).await?;
    }
    txn.commit().await?;
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn good_file_parses_with_semicolons_and_bom() {
        let rows = parse("\u{FEFF}name;kind;population;social_index;planning_space\nRieth;estate;5000;0,771;Nord\nMarbach;rural;;;\n".as_bytes()).unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].social_index, Some(0.771));
        assert_eq!(rows[1].planning_space, None);
    }

    #[test]
    fn wrong_columns_are_refused_at_line_one() {
        let errors = parse(b"title,kind\nRieth,estate\n").unwrap_err();
        assert_eq!(errors[0].message, "error-csv-columns");
        assert_eq!(errors[0].args[0], ("line".to_string(), "1".to_string()));
    }

    #[test]
    fn bad_lines_are_reported_by_number() {
        let errors = parse(b"name,kind\nRieth,estate\nRieth,estate\nX,castle\nY,rural\n\xff\xfe,rural\n").unwrap_err();
        let lines: Vec<_> = errors.iter().map(|e| (e.message.as_str(), e.args[0].1.as_str())).collect();
        assert_eq!(lines, vec![("error-csv-duplicate", "3"), ("error-csv-line", "4"), ("error-csv-encoding", "6")]);
    }
}

/// Property tests: any bytes at all give either rows or line-numbered
/// errors, never a panic; rows never carry control characters.
#[cfg(test)]
mod properties {
    use super::parse;
    use proptest::prelude::*;

    fn csv_like() -> impl Strategy<Value = Vec<u8>> {
        let cell = prop_oneof![
            Just("Altstadt".to_string()), Just("rural".to_string()), Just("urban".to_string()), Just("estate".to_string()),
            Just("12345".to_string()), Just("-1".to_string()), Just("0,5".to_string()), Just("high".to_string()),
            Just("\"quoted;\nline\"".to_string()), Just("<script>alert(1)</script>".to_string()), Just("\u{0}".to_string()),
            ".{0,12}",
        ];
        let line = proptest::collection::vec(cell, 0..8).prop_map(|cells| cells.join(";"));
        (proptest::sample::select(vec!["name;kind", "name,kind,population", "name;kind;population;social_index;social_index_class;planning_space", ""]),
            proptest::collection::vec(line, 0..6))
            .prop_map(|(header, lines)| format!("{header}\n{}", lines.join("\n")).into_bytes())
    }

    proptest! {
        #[test]
        fn any_bytes_are_parsed_or_refused(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
            let _ = parse(&bytes);
        }

        #[test]
        fn csv_like_files_give_clean_rows_or_line_errors(bytes in csv_like()) {
            match parse(&bytes) {
                Ok(rows) => for row in rows {
                    prop_assert!(!row.name.trim().is_empty());
                    prop_assert!(!row.name.chars().any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t')));
                },
                Err(errors) => prop_assert!(errors.iter().all(|e| e.args.iter().any(|(k, _)| k == "line"))),
            }
        }
    }
}
