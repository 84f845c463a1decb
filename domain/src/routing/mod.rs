//! Which office is responsible for a category in a district: the most
//! specific routing rule wins (district, then planning space, then city).
#[cfg(feature = "server")]
pub use crate::schema::routing as entity;
#[cfg(feature = "server")]
pub mod service;

/// A routing rule as the admin page shows it.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RuleRow {
    pub id: i32,
    pub category: String,
    pub scope: ScopeLabel,
    pub office: String,
    pub deadline_days: i32,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum ScopeLabel {
    City,
    PlanningSpace(String),
    District(String),
}

impl ScopeLabel {
    /// Order on the admin page: city, planning space, district.
    pub fn rank(&self) -> u8 {
        match self {
            ScopeLabel::City => 0,
            ScopeLabel::PlanningSpace(_) => 1,
            ScopeLabel::District(_) => 2,
        }
    }
}

/// The parts of a routing rule that decide whether and how well it matches.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RuleScope {
    pub id: i32,
    pub category_id: i32,
    pub district_id: Option<i32>,
    pub planning_space_id: Option<i32>,
}

/// How specific a matching rule is; `None` when it does not apply.
fn specificity(rule: &RuleScope, category_id: i32, district_id: i32, planning_space_id: Option<i32>) -> Option<u8> {
    if rule.category_id != category_id {
        return None;
    }
    match (rule.district_id, rule.planning_space_id) {
        (Some(d), _) => (d == district_id).then_some(3),
        (None, Some(p)) => (Some(p) == planning_space_id).then_some(2),
        (None, None) => Some(1),
    }
}

/// The most specific rule for a category in a district. Ties (two rules of the
/// same scope) go to the older rule, so adding a rule never silently changes
/// an existing decision.
pub fn most_specific(
    rules: &[RuleScope],
    category_id: i32,
    district_id: i32,
    planning_space_id: Option<i32>,
) -> Option<&RuleScope> {
    rules
        .iter()
        .filter_map(|r| specificity(r, category_id, district_id, planning_space_id).map(|s| (s, r)))
        .max_by(|(sa, ra), (sb, rb)| sa.cmp(sb).then(rb.id.cmp(&ra.id)))
        .map(|(_, r)| r)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule(id: i32, category_id: i32, district_id: Option<i32>, planning_space_id: Option<i32>) -> RuleScope {
        RuleScope { id, category_id, district_id, planning_space_id }
    }

    #[test]
    fn district_beats_planning_space_beats_city() {
        let rules = [rule(1, 7, None, None), rule(2, 7, None, Some(4)), rule(3, 7, Some(10), None)];
        assert_eq!(most_specific(&rules, 7, 10, Some(4)).unwrap().id, 3);
        assert_eq!(most_specific(&rules, 7, 11, Some(4)).unwrap().id, 2);
        assert_eq!(most_specific(&rules, 7, 11, Some(5)).unwrap().id, 1);
        assert_eq!(most_specific(&rules, 7, 12, None).unwrap().id, 1);
    }

    #[test]
    fn other_categories_and_other_places_do_not_match() {
        let rules = [rule(1, 8, None, None), rule(2, 7, Some(10), None), rule(3, 7, None, Some(4))];
        assert!(most_specific(&rules, 7, 11, None).is_none());
        assert!(most_specific(&rules, 9, 10, Some(4)).is_none());
    }

    #[test]
    fn ties_go_to_the_older_rule() {
        let rules = [rule(5, 7, None, None), rule(2, 7, None, None)];
        assert_eq!(most_specific(&rules, 7, 1, None).unwrap().id, 2);
    }
}
