//! Reference data every public page needs (categories with their names,
//! districts, offices), kept in memory: it changes rarely, and reading it on
//! every request was most of the cost of a concern list. Admin changes in
//! this process clear it at once; other processes see them within [`TTL`].
use crate::districts::DistrictSummary;
use crate::error::AppResult;
use crate::offices::OfficeSummary;
use crate::places::areas::DistrictAreas;
use std::collections::HashMap;
use std::sync::{Arc, PoisonError, RwLock};
use std::time::{Duration, Instant};

/// Short enough that an admin working through one server process sees
/// their change on pages another process serves a moment later; reloading
/// costs three small queries per process every few seconds.
pub const TTL: Duration = Duration::from_secs(5);

#[derive(Debug)]
pub struct Reference {
    /// (id, key, name per language)
    pub categories: Vec<(i32, String, HashMap<String, String>)>,
    pub districts: Vec<DistrictSummary>,
    pub offices: Vec<OfficeSummary>,
    /// The districts' areas, for "which district is this point in".
    pub areas: Arc<DistrictAreas>,
    /// What the areas were built from; unchanged boundaries are not parsed again.
    areas_version: crate::places::boundaries::Version,
}

impl Reference {
    /// Category names in `lang` (German, then the key, where missing), sorted.
    pub fn category_names(&self, lang: &str) -> Vec<(i32, String)> {
        let mut out: Vec<(i32, String)> = self
            .categories
            .iter()
            .map(|(id, key, names)| (*id, names.get(lang).or_else(|| names.get("de")).cloned().unwrap_or_else(|| key.clone())))
            .collect();
        crate::i18n::collate::sort_by_name(&mut out, lang, |c| &c.1);
        out
    }
}

#[derive(Clone, Default)]
pub struct ReferenceCache(Arc<RwLock<Option<Cached>>>);

/// The reference data with the moment it was read.
type Cached = (Instant, Arc<Reference>);

impl std::fmt::Debug for ReferenceCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ReferenceCache")
    }
}

impl ReferenceCache {
    pub fn invalidate(&self) {
        *self.0.write().unwrap_or_else(PoisonError::into_inner) = None;
    }

    /// The reference data, read again when older than [`TTL`].
    pub async fn get(&self, db: &impl sea_orm::ConnectionTrait) -> AppResult<Arc<Reference>> {
        // A panic while the lock was held leaves an Option that is still whole.
        let previous = self.0.read().unwrap_or_else(PoisonError::into_inner).clone();
        if let Some((at, r)) = &previous {
            if at.elapsed() < TTL {
                return Ok(r.clone());
            }
        }
        let categories = crate::categories::service::all_with_names(db).await?.into_iter().map(|c| (c.id, c.key, c.names)).collect();
        let districts = crate::districts::service::list(db).await?;
        let offices = crate::offices::service::list(db).await?;
        let areas_version = crate::places::boundaries::version(db).await?;
        let areas = match previous {
            Some((_, r)) if r.areas_version == areas_version => r.areas.clone(),
            _ => Arc::new(crate::places::boundaries::load(db).await?),
        };
        let fresh = Arc::new(Reference { categories, districts, offices, areas, areas_version });
        *self.0.write().unwrap_or_else(PoisonError::into_inner) = Some((Instant::now(), fresh.clone()));
        Ok(fresh)
    }
}

