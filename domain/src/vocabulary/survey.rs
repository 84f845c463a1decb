//! A survey's stored values: its state, audience and questions' kinds,
//! and the channel a response came in through.
use serde::{Deserialize, Serialize};

/// Where a survey is in its life: built as a draft, published (answers
/// are taken within its open and close times), closed for good. Stored as
/// the snake-case names, also the suffixes of `survey-state-…` ids.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(sea_orm::EnumIter, sea_orm::DeriveActiveEnum))]
#[cfg_attr(feature = "server", sea_orm(rs_type = "String", db_type = "Text", rename_all = "snake_case"))]
#[serde(rename_all = "snake_case")]
pub enum SurveyState {
    Draft,
    Published,
    Closed,
}

impl SurveyState {
    pub const ALL: [SurveyState; 3] = [Self::Draft, Self::Published, Self::Closed];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Draft => "draft",
            Self::Published => "published",
            Self::Closed => "closed",
        }
    }
}

/// What a question asks for. Stored as the snake-case names, which are
/// also the suffixes of their Fluent ids (`survey-kind-yes_no`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(sea_orm::EnumIter, sea_orm::DeriveActiveEnum))]
#[cfg_attr(feature = "server", sea_orm(rs_type = "String", db_type = "Text", rename_all = "snake_case"))]
#[serde(rename_all = "snake_case")]
pub enum QuestionKind {
    /// One of the options.
    Single,
    /// Several of the options, within the question's limits.
    Multiple,
    /// A number on the question's scale.
    Scale,
    YesNo,
    /// Free text.
    Text,
    /// The options in the order of preference.
    Ranking,
}

impl QuestionKind {
    pub const ALL: [QuestionKind; 6] = [Self::Single, Self::Multiple, Self::Scale, Self::YesNo, Self::Text, Self::Ranking];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Single => "single",
            Self::Multiple => "multiple",
            Self::Scale => "scale",
            Self::YesNo => "yes_no",
            Self::Text => "text",
            Self::Ranking => "ranking",
        }
    }

    /// Answered by choosing among the question's options.
    pub fn has_options(self) -> bool {
        matches!(self, Self::Single | Self::Multiple | Self::Ranking)
    }
}

/// Who may answer a survey online: anyone (signed in, or with a code),
/// the forum's members, or only holders of an access code. Stored as the
/// snake-case names, also the suffixes of `survey-audience-…` ids.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(sea_orm::EnumIter, sea_orm::DeriveActiveEnum))]
#[cfg_attr(feature = "server", sea_orm(rs_type = "String", db_type = "Text", rename_all = "snake_case"))]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    Public,
    Members,
    Codes,
}

impl Audience {
    pub const ALL: [Audience; 3] = [Self::Public, Self::Members, Self::Codes];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Public => "public",
            Self::Members => "members",
            Self::Codes => "codes",
        }
    }
}

/// How a response came in, as stored with it, its answers and the tally:
/// online, typed from a paper form, or entered in a door-to-door
/// conversation. Also the suffixes of `survey-channel-…` ids.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(sea_orm::EnumIter, sea_orm::DeriveActiveEnum))]
#[cfg_attr(feature = "server", sea_orm(rs_type = "String", db_type = "Text", rename_all = "snake_case"))]
#[serde(rename_all = "snake_case")]
pub enum ResponseChannel {
    Online,
    Paper,
    Interview,
}

impl ResponseChannel {
    pub const ALL: [ResponseChannel; 3] = [Self::Online, Self::Paper, Self::Interview];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Online => "online",
            Self::Paper => "paper",
            Self::Interview => "interview",
        }
    }
}

stored_names!(SurveyState, QuestionKind, Audience, ResponseChannel);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn audiences_and_channels_keep_their_stored_names() {
        assert_eq!(Audience::ALL.map(Audience::as_str), ["public", "members", "codes"]);
        assert_eq!(ResponseChannel::ALL.map(ResponseChannel::as_str), ["online", "paper", "interview"]);
        for a in Audience::ALL {
            assert_eq!(Audience::parse(a.as_str()), Some(a));
            assert_eq!(serde_json::to_value(a).unwrap(), serde_json::json!(a.as_str()));
        }
        for c in ResponseChannel::ALL {
            assert_eq!(ResponseChannel::parse(c.as_str()), Some(c));
            assert_eq!(serde_json::to_value(c).unwrap(), serde_json::json!(c.as_str()));
        }
        assert_eq!(ResponseChannel::parse("Paper"), None);
    }
}
