//! A forum's kind and the roles people have in it. Stored as the
//! snake-case names below, also the suffixes of their Fluent ids
//! (`forum-kind-youth_group`, `role-interviewer`).
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(sea_orm::EnumIter, sea_orm::DeriveActiveEnum))]
#[cfg_attr(feature = "server", sea_orm(rs_type = "String", db_type = "Text", rename_all = "snake_case"))]
#[serde(rename_all = "snake_case")]
pub enum ForumRole {
    /// Runs the forum: triage, flags, surveys.
    Moderator,
    /// A member who enters answers for neighbours in door-to-door
    /// conversations.
    Interviewer,
    Member,
}

impl ForumRole {
    pub const ALL: [ForumRole; 3] = [Self::Moderator, Self::Interviewer, Self::Member];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Moderator => "moderator",
            Self::Interviewer => "interviewer",
            Self::Member => "member",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(sea_orm::EnumIter, sea_orm::DeriveActiveEnum))]
#[cfg_attr(feature = "server", sea_orm(rs_type = "String", db_type = "Text", rename_all = "snake_case"))]
#[serde(rename_all = "snake_case")]
pub enum ForumKind {
    NeighbourhoodForum,
    DistrictCouncil,
    YouthGroup,
    NeighbourhoodProject,
    AdvisoryBoard,
    WorkingGroup,
}

impl ForumKind {
    pub const ALL: [ForumKind; 6] =
        [Self::NeighbourhoodForum, Self::DistrictCouncil, Self::YouthGroup, Self::NeighbourhoodProject, Self::AdvisoryBoard, Self::WorkingGroup];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::NeighbourhoodForum => "neighbourhood_forum",
            Self::DistrictCouncil => "district_council",
            Self::YouthGroup => "youth_group",
            Self::NeighbourhoodProject => "neighbourhood_project",
            Self::AdvisoryBoard => "advisory_board",
            Self::WorkingGroup => "working_group",
        }
    }
}

stored_names!(ForumRole, ForumKind);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_names_round_trip_and_match_serde() {
        for role in ForumRole::ALL {
            assert_eq!(ForumRole::parse(role.as_str()), Some(role));
            assert_eq!(serde_json::to_value(role).unwrap(), serde_json::json!(role.as_str()));
        }
        for kind in ForumKind::ALL {
            assert_eq!(ForumKind::parse(kind.as_str()), Some(kind));
            assert_eq!(serde_json::to_value(kind).unwrap(), serde_json::json!(kind.as_str()));
        }
        assert_eq!(ForumRole::parse("admin"), None);
        assert_eq!(ForumKind::parse("Youth_Group"), None);
    }
}
