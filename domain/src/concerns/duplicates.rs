//! Finding and merging duplicates. While reporting, residents see similar
//! open concerns of the same district and category; moderators and office
//! staff merge one concern into another, supporters and followers included.
use super::entity::{concern, concern_event, concern_follower, concern_support, email_participation};
use crate::vocabulary::concern_event::EventKind;
use super::status::Status;
use crate::error::{AppError, AppResult};
use sea_orm::{entity::prelude::*, ActiveValue::Set, ConnectionTrait, DatabaseConnection, QueryOrder, QuerySelect};
use std::collections::HashSet;
use time::OffsetDateTime;

/// Two concerns with both points further apart than this are different.
pub const MAX_DISTANCE_M: f64 = 200.0;
/// Trigram similarity (Dice) from which texts count as alike.
pub const MIN_SIMILARITY: f64 = 0.25;
const CANDIDATES: u64 = 300;
const SHOWN: usize = 5;

fn trigrams(text: &str) -> HashSet<[char; 3]> {
    let mut grams = HashSet::new();
    for word in text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        let chars: Vec<char> = std::iter::once(' ').chain(word.chars().flat_map(char::to_lowercase)).chain(std::iter::once(' ')).collect();
        for w in chars.windows(3) {
            grams.insert([w[0], w[1], w[2]]);
        }
    }
    grams
}

/// Dice coefficient of the texts' letter trigrams: 0 (nothing shared) to 1.
/// Trigrams match word parts, which suits German compounds
/// ("Straßenlaterne" and "Laterne").
pub fn similarity(a: &str, b: &str) -> f64 {
    let (a, b) = (trigrams(a), trigrams(b));
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    2.0 * a.intersection(&b).count() as f64 / (a.len() + b.len()) as f64
}

/// Great-circle distance in metres.
pub fn distance_m(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (lat1, lon1, lat2, lon2) = (a.0.to_radians(), a.1.to_radians(), b.0.to_radians(), b.1.to_radians());
    let h = ((lat2 - lat1) / 2.0).sin().powi(2) + lat1.cos() * lat2.cos() * ((lon2 - lon1) / 2.0).sin().powi(2);
    2.0 * 6_371_000.0 * h.sqrt().asin()
}

/// How alike a new report is to an existing concern, if alike at all: the
/// texts must be similar, and where both have a point, they must lie within
/// 200 m of each other.
pub fn likeness(title: &str, text: &str, point: Option<(f64, f64)>, other: &concern::Model) -> Option<f64> {
    let score = similarity(title, &other.title).max(similarity(text, &format!("{} {}", other.title, other.description)));
    let near = match (point, other.latitude.zip(other.longitude)) {
        (Some(a), Some(b)) => distance_m(a, b) <= MAX_DISTANCE_M,
        _ => true,
    };
    (score >= MIN_SIMILARITY && near).then_some(score)
}

/// Open, visible concerns like the one being reported, most alike first.
pub async fn similar(db: &impl ConnectionTrait, district: crate::vocabulary::ids::DistrictId, category: crate::vocabulary::ids::CategoryId, title: &str, description: &str, point: Option<(f64, f64)>) -> AppResult<Vec<concern::Model>> {
    let (district_id, category_id) = (district.0, category.0);
    let candidates = concern::Entity::find()
        .filter(concern::Column::Published.eq(true))
        .filter(concern::Column::Hidden.eq(false))
        .filter(concern::Column::DistrictId.eq(district_id))
        .filter(concern::Column::CategoryId.eq(category_id))
        .filter(concern::Column::Status.is_not_in([Status::Done, Status::NotPossible, Status::Rejected, Status::Duplicate]))
        .order_by_desc(concern::Column::Id)
        .limit(CANDIDATES)
        .all(db)
        .await?;
    let text = format!("{title} {description}");
    let mut scored: Vec<(f64, concern::Model)> = candidates.into_iter().filter_map(|c| likeness(title, &text, point, &c).map(|s| (s, c))).collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    Ok(scored.into_iter().take(SHOWN).map(|(_, c)| c).collect())
}

/// Who merges: a moderator of forums covering the concern's district, or
/// staff of the office that has it.
pub struct Merger {
    pub account_id: i32,
    pub moderates: Vec<i32>,
    pub staff_of: Vec<i32>,
}

impl Merger {
    pub async fn may_merge(&self, db: &impl ConnectionTrait, c: &concern::Model) -> AppResult<Option<&'static str>> {
        if c.office_id.is_some_and(|o| self.staff_of.contains(&o)) {
            return Ok(Some("office"));
        }
        if crate::access::covers(db, &self.moderates, c.district_id).await? {
            return Ok(Some("moderator"));
        }
        Ok(None)
    }
}

/// Merges `from` into `into`: `from` becomes a duplicate pointing to
/// `into`; its supporters and followers move over (nobody counted twice);
/// both timelines record the merge, and the audit log too.
pub async fn merge(db: &DatabaseConnection, settings: &crate::config::Settings, merger: &Merger, from_reference: &str, into_reference: &str, confirmed: bool) -> AppResult<()> {
    let into_reference = into_reference.trim().to_uppercase();
    let (txn, _turn) = crate::db::begin_write(db).await?;
    let from = super::service::by_reference(&txn, from_reference).await?;
    // Rights first: someone who may not merge learns nothing from the input.
    let Some(role) = merger.may_merge(&txn, &from).await? else {
        return Err(AppError::Forbidden);
    };
    if into_reference.is_empty() {
        return Err(AppError::invalid("into", "error-required"));
    }
    let into = super::service::by_reference(&txn, &into_reference).await.map_err(|_| AppError::invalid("into", "error-merge-unknown"))?;
    if into.id == from.id {
        return Err(AppError::invalid("into", "error-merge-same"));
    }
    if from.status == Status::Duplicate || into.status == Status::Duplicate {
        return Err(AppError::invalid("into", "error-merge-duplicate"));
    }
    // Merging closes this concern for good: the person says so first.
    if !confirmed {
        return Err(AppError::invalid("confirm", "error-merge-confirm"));
    }
    // Followers of `from` hear of the merge before they move.
    super::participation::notify_followers(&txn, settings, &from, "follow-change-merged").await?;

    let supporters_of = |id: i32| concern_support::Entity::find().filter(concern_support::Column::ConcernId.eq(id)).all(&txn);
    let have: HashSet<i32> = supporters_of(into.id).await?.into_iter().map(|s| s.account_id).collect();
    for s in supporters_of(from.id).await? {
        if !have.contains(&s.account_id) {
            concern_support::ActiveModel { concern_id: Set(into.id), account_id: Set(s.account_id), created_at: Set(s.created_at) }.insert(&txn).await?;
        }
    }
    let followers_of = |id: i32| concern_follower::Entity::find().filter(concern_follower::Column::ConcernId.eq(id)).all(&txn);
    let have: HashSet<i32> = followers_of(into.id).await?.into_iter().map(|f| f.account_id).collect();
    for f in followers_of(from.id).await? {
        if !have.contains(&f.account_id) {
            concern_follower::ActiveModel { concern_id: Set(into.id), account_id: Set(f.account_id) }.insert(&txn).await?;
        }
    }
    let by_email = |id: i32| email_participation::Entity::find().filter(email_participation::Column::ConcernId.eq(id)).all(&txn);
    let have: HashSet<(String, String)> = by_email(into.id).await?.into_iter().map(|e| (e.email, e.kind)).collect();
    for e in by_email(from.id).await? {
        if e.confirmed && !have.contains(&(e.email.clone(), e.kind.clone())) {
            let mut m: email_participation::ActiveModel = e.into();
            m.concern_id = Set(into.id);
            m.update(&txn).await?;
        }
    }
    let supports = concern_support::Entity::find().filter(concern_support::Column::ConcernId.eq(into.id)).count(&txn).await?
        + email_participation::Entity::find()
            .filter(email_participation::Column::ConcernId.eq(into.id))
            .filter(email_participation::Column::Kind.eq("support"))
            .filter(email_participation::Column::Confirmed.eq(true))
            .count(&txn)
            .await?;
    let now = OffsetDateTime::now_utc();
    let mut m: concern::ActiveModel = into.clone().into();
    m.supports = Set(supports as i32);
    m.updated_at = Set(now);
    m.update(&txn).await?;
    let mut m: concern::ActiveModel = from.clone().into();
    m.status = Set(Status::Duplicate);
    m.duplicate_of = Set(Some(into.id));
    m.updated_at = Set(now);
    m.update(&txn).await?;
    for (concern_id, kind, other) in [(from.id, EventKind::MergedInto, &into_reference), (into.id, EventKind::MergedFrom, &from_reference.to_string())] {
        concern_event::ActiveModel {
            actor_id: Set(Some(merger.account_id)),
            body: Set(Some(other.clone())),
            created_at: Set(now),
            ..super::service::event(concern_id, kind)
        }
        .insert(&txn)
        .await?;
    }
    crate::audit::record(&txn, Some(merger.account_id), role, "concern-merged", from_reference, Some(&into_reference)).await?;
    let into_link = format!("{}/concerns/{into_reference}", settings.base_url);
    super::service::tell_reporter(&txn, settings, &from, "concern-merged", &[("into", into_reference.clone()), ("into_link", into_link)]).await?;
    txn.commit().await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn similar_texts_score_high_and_different_ones_low() {
        assert!(similarity("Straßenlaterne defekt", "Laterne defekt am Spielplatz") > MIN_SIMILARITY);
        assert!(similarity("Laterne kaputt", "Müll im Park") < 0.15);
        assert_eq!(similarity("", "Laterne"), 0.0);
        assert!((similarity("Laterne", "laterne") - 1.0).abs() < 1e-9, "case does not matter");
    }

    #[test]
    fn distance_is_metres_on_the_ground() {
        // Erfurt: about 0.0018° of latitude is 200 m.
        let d = distance_m((50.9787, 11.0328), (50.9805, 11.0328));
        assert!((d - 200.0).abs() < 2.0, "{d}");
    }

    fn concern_at(title: &str, point: Option<(f64, f64)>) -> concern::Model {
        let now = OffsetDateTime::now_utc();
        concern::Model {
            id: 1, reference: None, title: title.into(), description: String::new(), category_id: 1, district_id: 1,
            address: None, latitude: point.map(|p| p.0), longitude: point.map(|p| p.1), language: "de".into(),
            author_id: None, author_email: None, author_name: None, status: Status::Open, published: true,
            office_id: None, routing_rule_id: None, deadline: None, accepted: false, supports: 0, submission_key: String::new(),
            confirm_token_hash: None, created_at: now, updated_at: now, reminded_at: None, escalated_at: None,
            duplicate_of: None, hidden: false, hidden_reason: None, answer_days: None, answered_on_time: None, done_days: None,
        }
    }

    #[test]
    fn points_further_than_200_m_are_not_duplicates() {
        let here = Some((50.9787, 11.0328));
        let other = concern_at("Laterne defekt", Some((50.9795, 11.0328)));
        assert!(likeness("Laterne defekt", "Laterne defekt", here, &other).is_some());
        let far = concern_at("Laterne defekt", Some((50.99, 11.0328)));
        assert!(likeness("Laterne defekt", "Laterne defekt", here, &far).is_none());
        assert!(likeness("Laterne defekt", "Laterne defekt", None, &far).is_some(), "without a point, text decides");
        assert!(likeness("Müll im Park", "Müll im Park", here, &other).is_none());
    }
}
