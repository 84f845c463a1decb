//! Where a district's boundary comes from. Stored as the snake-case names
//! below, also the suffixes of their Fluent ids (`boundary-origin-schematic`).
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(sea_orm::EnumIter, sea_orm::DeriveActiveEnum))]
#[cfg_attr(feature = "server", sea_orm(rs_type = "String", db_type = "Text", rename_all = "snake_case"))]
#[serde(rename_all = "snake_case")]
pub enum BoundaryOrigin {
    /// From a file an admin imported (the city's official boundaries).
    Imported,
    /// Generated for the demo city around a published centre point.
    Schematic,
    /// Generated around a centre point placed by hand.
    Approximate,
}

impl BoundaryOrigin {
    pub const ALL: [BoundaryOrigin; 3] = [Self::Imported, Self::Schematic, Self::Approximate];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Imported => "imported",
            Self::Schematic => "schematic",
            Self::Approximate => "approximate",
        }
    }
}

stored_names!(BoundaryOrigin);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_names_read_back() {
        for origin in BoundaryOrigin::ALL {
            assert_eq!(BoundaryOrigin::parse(origin.as_str()), Some(origin));
            assert_eq!(serde_json::to_string(&origin).unwrap(), format!("\"{origin}\""));
        }
        assert_eq!(BoundaryOrigin::parse("official"), None);
    }
}
