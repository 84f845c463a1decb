//! The participation monitor's counters: which group of residents a
//! counter is about and through which channel people took part.
use super::survey::ResponseChannel;
use serde::{Deserialize, Serialize};

/// Whose participation: one district's, or one social-index class's
/// (all its districts together, each person once).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(sea_orm::EnumIter, sea_orm::DeriveActiveEnum))]
#[cfg_attr(feature = "server", sea_orm(rs_type = "String", db_type = "Text", rename_all = "snake_case"))]
#[serde(rename_all = "snake_case")]
pub enum Group {
    District,
    Class,
}

impl Group {
    pub const ALL: [Group; 2] = [Self::District, Self::Class];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::District => "district",
            Self::Class => "class",
        }
    }
}

/// One channel, or all channels together (a person who answered on paper
/// and online counts once there).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(sea_orm::EnumIter, sea_orm::DeriveActiveEnum))]
#[cfg_attr(feature = "server", sea_orm(rs_type = "String", db_type = "Text", rename_all = "snake_case"))]
#[serde(rename_all = "snake_case")]
pub enum Reach {
    All,
    Online,
    Paper,
    Interview,
}

impl Reach {
    pub const ALL: [Reach; 4] = [Self::All, Self::Online, Self::Paper, Self::Interview];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::All => "all",
            Self::Online => "online",
            Self::Paper => "paper",
            Self::Interview => "interview",
        }
    }
}

impl From<ResponseChannel> for Reach {
    fn from(c: ResponseChannel) -> Reach {
        match c {
            ResponseChannel::Online => Reach::Online,
            ResponseChannel::Paper => Reach::Paper,
            ResponseChannel::Interview => Reach::Interview,
        }
    }
}

/// Erfurt's social-index classes; the higher, the more support may be
/// needed. Stored on districts under these names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SocialClass {
    Low,
    LowMedium,
    MediumHigh,
    High,
}

impl SocialClass {
    pub const ALL: [SocialClass; 4] = [Self::Low, Self::LowMedium, Self::MediumHigh, Self::High];

    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Low => "low",
            Self::LowMedium => "low_medium",
            Self::MediumHigh => "medium_high",
            Self::High => "high",
        }
    }

    /// The class of an index value (from 0 to 1).
    pub fn of_index(index: f64) -> SocialClass {
        match index {
            i if i < 0.25 => Self::Low,
            i if i < 0.5 => Self::LowMedium,
            i if i < 0.75 => Self::MediumHigh,
            _ => Self::High,
        }
    }

    /// A district's class: from its index where known, else as stored.
    pub fn of_district(index: Option<f64>, stored: Option<&str>) -> Option<SocialClass> {
        index.map(Self::of_index).or_else(|| stored.and_then(Self::parse))
    }

    /// The counters' id of the class: 1 to 4.
    pub fn id(self) -> i32 {
        Self::ALL.iter().position(|c| *c == self).map_or(0, |p| p as i32 + 1)
    }

    pub fn from_id(id: i32) -> Option<SocialClass> {
        usize::try_from(id - 1).ok().and_then(|i| Self::ALL.get(i).copied())
    }
}

stored_names!(Group, Reach, SocialClass);
