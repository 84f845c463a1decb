//! Ids that functions take side by side, as types of their own, so that
//! a forum's id cannot be passed where an account's is meant. Stored and
//! sent as the plain numbers they wrap.
use serde::{Deserialize, Serialize};

macro_rules! ids {
    ($($(#[$doc:meta])* $name:ident),* $(,)?) => {$(
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub i32);

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }

        #[cfg(feature = "server")]
        impl From<$name> for sea_orm::Value {
            fn from(id: $name) -> Self {
                id.0.into()
            }
        }
    )*};
}

ids! {
    AccountId,
    ForumId,
    OfficeId,
    DistrictId,
    CategoryId,
    ConcernId,
    SurveyId,
    SectionId,
    QuestionId,
    /// One answer of a survey response.
    AnswerId,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_travel_as_plain_numbers() {
        assert_eq!(serde_json::to_string(&AccountId(7)).unwrap(), "7");
        assert_eq!(serde_json::from_str::<ForumId>("12").unwrap(), ForumId(12));
        assert_eq!(SurveyId(3).to_string(), "3");
    }
}
