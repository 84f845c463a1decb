//! Tables for download, in three forms: plain CSV for programs (commas,
//! decimal points, column ids), CSV for Excel and XLSX for office software
//! (column names in the reader's language; the CSV with a UTF-8 byte order
//! mark, semicolons and decimal commas, as German Excel and LibreOffice
//! open it by double click). One table, written three ways, so the files
//! never disagree.
use crate::error::{AppError, AppResult};

#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Text(String),
    Int(i64),
    /// A number shown with this many decimal places.
    Decimal(f64, usize),
    Empty,
}

impl From<String> for Cell {
    fn from(s: String) -> Self {
        Cell::Text(s)
    }
}

impl From<Option<i32>> for Cell {
    fn from(n: Option<i32>) -> Self {
        n.map_or(Cell::Empty, |n| Cell::Int(n.into()))
    }
}

pub struct Column {
    /// Stable name for programs (`district`); a question's text for questions.
    pub id: String,
    /// The heading people read, in their language.
    pub label: String,
}

pub struct Table {
    pub columns: Vec<Column>,
    pub rows: Vec<Vec<Cell>>,
    /// The XLSX sheet's name.
    pub sheet: String,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Format {
    Csv,
    ExcelCsv,
    Xlsx,
}

impl Format {
    /// `responses.csv`, `responses-excel.csv`, `responses.xlsx` → (name, format).
    pub fn of_file(file: &str) -> Option<(&str, Format)> {
        if let Some(name) = file.strip_suffix("-excel.csv") {
            Some((name, Format::ExcelCsv))
        } else if let Some(name) = file.strip_suffix(".csv") {
            Some((name, Format::Csv))
        } else {
            file.strip_suffix(".xlsx").map(|name| (name, Format::Xlsx))
        }
    }

    pub fn content_type(self) -> &'static str {
        match self {
            Format::Csv | Format::ExcelCsv => "text/csv; charset=utf-8",
            Format::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        }
    }
}

fn failed(e: impl std::fmt::Display) -> AppError {
    AppError::Internal(format!("export: {e}"))
}

/// Keeps a cell from being read as a formula by spreadsheet software.
fn defused(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{text}") } else { text.to_string() }
}

pub fn write(table: &Table, format: Format) -> AppResult<Vec<u8>> {
    match format {
        Format::Csv => csv(table, b',', '.', false),
        Format::ExcelCsv => csv(table, b';', ',', true),
        Format::Xlsx => xlsx(table),
    }
}

fn csv(table: &Table, delimiter: u8, decimal: char, for_people: bool) -> AppResult<Vec<u8>> {
    let mut out = Vec::new();
    if for_people {
        out.extend_from_slice("\u{feff}".as_bytes());
    }
    let mut w = csv::WriterBuilder::new().delimiter(delimiter).from_writer(out);
    w.write_record(table.columns.iter().map(|c| if for_people { defused(&c.label) } else { c.id.clone() })).map_err(failed)?;
    for row in &table.rows {
        w.write_record(row.iter().map(|cell| match cell {
            Cell::Text(t) if for_people => defused(t),
            Cell::Text(t) => t.clone(),
            Cell::Int(n) => n.to_string(),
            Cell::Decimal(v, places) => format!("{v:.places$}").replace('.', &decimal.to_string()),
            Cell::Empty => String::new(),
        }))
        .map_err(failed)?;
    }
    w.into_inner().map_err(failed)
}

fn xlsx(table: &Table) -> AppResult<Vec<u8>> {
    use rust_xlsxwriter::{Format as Style, Workbook};
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    // Sheet names: at most 31 characters, none of []:*?/\.
    let name: String = table.sheet.chars().filter(|c| !"[]:*?/\\".contains(*c)).take(31).collect();
    if !name.trim().is_empty() {
        sheet.set_name(name.trim()).map_err(failed)?;
    }
    let bold = Style::new().set_bold();
    for (i, c) in table.columns.iter().enumerate() {
        sheet.write_string_with_format(0, i as u16, &c.label, &bold).map_err(failed)?;
        sheet.set_column_width(i as u16, (c.label.chars().count().clamp(8, 40) + 2) as f64).map_err(failed)?;
    }
    let decimals: Vec<Style> = (0..4).map(|p| Style::new().set_num_format(if p == 0 { "0".to_string() } else { format!("0.{}", "0".repeat(p)) })).collect();
    for (r, row) in table.rows.iter().enumerate() {
        let r = (r + 1) as u32;
        for (c, cell) in row.iter().enumerate() {
            let c = c as u16;
            match cell {
                Cell::Text(t) => sheet.write_string(r, c, t).map(|_| ()),
                Cell::Int(n) => sheet.write_number(r, c, *n as f64).map(|_| ()),
                Cell::Decimal(v, places) => sheet.write_number_with_format(r, c, *v, &decimals[(*places).min(3)]).map(|_| ()),
                Cell::Empty => Ok(()),
            }
            .map_err(failed)?;
        }
    }
    sheet.set_freeze_panes(1, 0).map_err(failed)?;
    book.save_to_buffer().map_err(failed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> Table {
        Table {
            columns: vec![Column { id: "district".into(), label: "Ortsteil".into() }, Column { id: "percent".into(), label: "Anteil in %".into() }],
            rows: vec![vec![Cell::Text("Möbisburg".into()), Cell::Decimal(66.666, 1)], vec![Cell::Text("=HYPERLINK(1)".into()), Cell::Empty]],
            sheet: "Ergebnisse".into(),
        }
    }

    #[test]
    fn plain_csv_is_for_programs() {
        let out = String::from_utf8(write(&table(), Format::Csv).unwrap()).unwrap();
        assert_eq!(out, "district,percent\nMöbisburg,66.7\n=HYPERLINK(1),\n");
    }

    #[test]
    fn excel_csv_opens_in_german_office_software() {
        let out = String::from_utf8(write(&table(), Format::ExcelCsv).unwrap()).unwrap();
        assert_eq!(out, "\u{feff}Ortsteil;Anteil in %\nMöbisburg;66,7\n'=HYPERLINK(1);\n");
    }

    #[test]
    fn xlsx_is_a_workbook() {
        let out = write(&table(), Format::Xlsx).unwrap();
        assert_eq!(&out[..2], b"PK", "a zip file");
    }

    #[test]
    fn file_names_choose_the_format() {
        assert_eq!(Format::of_file("results-excel.csv"), Some(("results", Format::ExcelCsv)));
        assert_eq!(Format::of_file("results.csv"), Some(("results", Format::Csv)));
        assert_eq!(Format::of_file("responses.xlsx"), Some(("responses", Format::Xlsx)));
        assert_eq!(Format::of_file("responses.json"), None);
    }
}
