//! What a process read recently of sign-ins (session records, accounts with
//! their roles), kept for a few seconds so that a signed-in person's page
//! views do not each read them again.
//!
//! Within the process a change is seen at once: the writer forgets the
//! entry (or everything), and a read that was under way while that happened
//! does not put its older copy back. Another process sees the change when
//! its own copy expires, within [`Lifetimes::cache_seconds`](crate::config::Lifetimes).
use std::hash::Hash;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Entries kept at most; beyond that the least used go first.
const CAPACITY: usize = 10_000;

pub struct Recent<K, V> {
    entries: Arc<quick_cache::sync::Cache<K, (Instant, V)>>,
    /// Raised by every forgetting, so that a read that started before it
    /// is not stored after it.
    generation: Arc<AtomicU64>,
    ttl: Duration,
}

impl<K, V> Clone for Recent<K, V> {
    fn clone(&self) -> Self {
        Recent { entries: self.entries.clone(), generation: self.generation.clone(), ttl: self.ttl }
    }
}

/// Taken before reading from the database; storing with an outdated ticket
/// does nothing.
#[derive(Clone, Copy, Debug)]
pub struct Ticket(u64);

impl<K: Eq + Hash + Clone, V: Clone> Recent<K, V> {
    /// A cache whose entries count for `ttl` (zero: nothing is kept).
    pub fn new(ttl: Duration) -> Self {
        Recent { entries: Arc::new(quick_cache::sync::Cache::new(CAPACITY)), generation: Arc::new(AtomicU64::new(0)), ttl }
    }

    pub fn get(&self, key: &K) -> Option<V> {
        let (at, value) = self.entries.get(key)?;
        (at.elapsed() < self.ttl).then_some(value)
    }

    pub fn ticket(&self) -> Ticket {
        Ticket(self.generation.load(Ordering::Acquire))
    }

    /// Keeps `value` unless something was forgotten since `ticket` was taken.
    pub fn put(&self, ticket: Ticket, key: K, value: V) {
        if self.ttl.is_zero() || ticket.0 != self.generation.load(Ordering::Acquire) {
            return;
        }
        self.entries.insert(key, (Instant::now(), value));
    }

    pub fn forget(&self, key: &K) {
        self.generation.fetch_add(1, Ordering::AcqRel);
        self.entries.remove(key);
    }

    pub fn forget_all(&self) {
        self.generation.fetch_add(1, Ordering::AcqRel);
        self.entries.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_entry_counts_until_it_expires() {
        let recent = Recent::new(Duration::from_millis(50));
        recent.put(recent.ticket(), 1, "a");
        assert_eq!(recent.get(&1), Some("a"));
        std::thread::sleep(Duration::from_millis(60));
        assert_eq!(recent.get(&1), None);
    }

    #[test]
    fn a_read_begun_before_a_change_is_not_kept() {
        let recent = Recent::new(Duration::from_secs(5));
        let before = recent.ticket();
        recent.forget(&1);
        recent.put(before, 1, "old");
        assert_eq!(recent.get(&1), None);
        recent.put(recent.ticket(), 1, "new");
        assert_eq!(recent.get(&1), Some("new"));
        recent.forget_all();
        assert_eq!(recent.get(&1), None);
    }

    #[test]
    fn nothing_is_kept_without_a_lifetime() {
        let recent = Recent::new(Duration::ZERO);
        recent.put(recent.ticket(), 1, "a");
        assert_eq!(recent.get(&1), None);
    }
}
