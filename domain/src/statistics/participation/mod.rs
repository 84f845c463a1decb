//! The participation-equity monitor: how many different people took part
//! in a period, per district and per social-index class, per 1,000
//! residents and per channel. Classic formats reach mostly the articulate
//! and well connected; this shows whether Quartier reaches the districts
//! with the most need of support as well.
//!
//! Taking part is: reporting a concern (with an account or a confirmed
//! e-mail address), supporting one, answering a survey that asked for the
//! district, and joining a forum (in the forum's districts). A person
//! counts once per district and class however often they take part;
//! anonymous survey responses count one each and are never linked.
#[cfg(feature = "server")]
pub mod read;
#[cfg(feature = "server")]
pub mod record;

use super::Period;
use crate::vocabulary::participation::{Group, Reach, SocialClass};
use crate::vocabulary::survey::ResponseChannel;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use time::Date;

/// Counts below this are shown as "fewer than 5", without a rate: so
/// small a group could point to a person.
pub const SMALLEST_SHOWN: i64 = 5;

/// The counters' period for "ever".
pub const EVER: i32 = 0;

/// The counters' period for a month: 202611.
pub fn month_period(on: Date) -> i32 {
    on.year() * 100 + on.month() as i32
}

/// The years a person took part in, one bit each from [`super::FIRST_YEAR`]
/// (years after 2062 share the last bit).
fn year_bit(year: i32) -> i64 {
    1 << (year - super::FIRST_YEAR).clamp(0, 62)
}

/// Which counters a period adds up, as a range of the `period` column:
/// the month counters of the last twelve months, a year, or ever.
pub fn period_range(period: Period, today: Date) -> (i32, i32) {
    match period {
        Period::All => (EVER, EVER),
        Period::Year(y) => (y, y),
        Period::LastTwelveMonths => {
            let (y, m) = (today.year(), today.month() as i32);
            let first = if m == 12 { y * 100 + 1 } else { (y - 1) * 100 + m + 1 };
            (first, y * 100 + m)
        }
    }
}

/// Who took part.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Person {
    Account(i32),
    /// A report confirmed by e-mail, without an account.
    Email(String),
    /// An anonymous survey response: counted, never remembered.
    Anonymous,
}

/// One act of taking part.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Taking {
    pub person: Person,
    pub district_id: i32,
    /// The forum whose own monitor also counts it (its surveys and
    /// members, within its districts).
    pub forum_id: Option<i32>,
    pub channel: ResponseChannel,
    pub on: Date,
}

/// One counter's group: everyone's (forum 0) or a forum's, a district or a
/// class, one channel or all.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Counter {
    pub forum_id: i32,
    pub group: Group,
    pub group_id: i32,
    pub reach: Reach,
}

impl Taking {
    /// The counters this counts in, given the district's class.
    pub fn counters(&self, class: Option<SocialClass>) -> Vec<Counter> {
        let mut out = Vec::with_capacity(8);
        for forum_id in std::iter::once(0).chain(self.forum_id) {
            for reach in [Reach::All, self.channel.into()] {
                out.push(Counter { forum_id, group: Group::District, group_id: self.district_id, reach });
                if let Some(class) = class {
                    out.push(Counter { forum_id, group: Group::Class, group_id: class.id(), reach });
                }
            }
        }
        out
    }
}

/// What is remembered of a person in one group.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Seen {
    pub last_month: i32,
    pub years: i64,
}

/// Applies acts of taking part to what is known of the people: the rows
/// to write (`changed`) and how each counter changes (`deltas`).
#[derive(Debug, Default)]
pub struct Tally {
    pub seen: HashMap<(String, Counter), Seen>,
    pub changed: BTreeSet<(String, Counter)>,
    pub deltas: BTreeMap<(Counter, i32), i64>,
}

impl Tally {
    pub fn new(seen: HashMap<(String, Counter), Seen>) -> Tally {
        Tally { seen, ..Default::default() }
    }

    /// `person` is `None` for an anonymous response: a new person each time.
    pub fn add(&mut self, person: Option<&str>, counters: &[Counter], on: Date) {
        let (year, month) = (on.year(), month_period(on));
        for counter in counters {
            let Some(person) = person else {
                self.count(*counter, &[EVER, year, month], 1);
                continue;
            };
            let key = (person.to_string(), *counter);
            let Some(seen) = self.seen.get_mut(&key) else {
                self.seen.insert(key.clone(), Seen { last_month: month, years: year_bit(year) });
                self.changed.insert(key);
                self.count(*counter, &[EVER, year, month], 1);
                continue;
            };
            let mut moves = Vec::new();
            if seen.years & year_bit(year) == 0 {
                seen.years |= year_bit(year);
                moves.push((year, 1));
            }
            if month > seen.last_month {
                moves.push((seen.last_month, -1));
                moves.push((month, 1));
                seen.last_month = month;
            }
            if !moves.is_empty() {
                self.changed.insert(key);
            }
            for (period, by) in moves {
                self.count(*counter, &[period], by);
            }
        }
    }

    fn count(&mut self, counter: Counter, periods: &[i32], by: i64) {
        for period in periods {
            *self.deltas.entry((counter, *period)).or_default() += by;
        }
    }
}

/// A count as the page may show it.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub enum Shown {
    /// From 1 to 4 people: neither the number nor a rate.
    FewerThanFive,
    /// The number, and per 1,000 residents where the population is known.
    People { n: i64, per_thousand: Option<f64> },
}

impl Shown {
    pub fn of(n: i64, population: Option<i64>) -> Shown {
        if (1..SMALLEST_SHOWN).contains(&n) {
            return Shown::FewerThanFive;
        }
        Shown::People { n, per_thousand: population.filter(|p| *p > 0).map(|p| n as f64 * 1000.0 / p as f64) }
    }

    pub fn per_thousand(self) -> Option<f64> {
        match self {
            Shown::People { per_thousand, .. } => per_thousand,
            Shown::FewerThanFive => None,
        }
    }
}

/// A district's or a class's figures for a period.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GroupFigures {
    pub group: Group,
    pub id: i32,
    /// The district's name; the class's stored name.
    pub name: String,
    pub population: Option<i64>,
    /// People by [`Reach::ALL`]: all channels, online, paper, interview.
    pub people: [i64; 4],
}

impl GroupFigures {
    pub fn shown(&self, reach: Reach) -> Shown {
        let i = Reach::ALL.iter().position(|r| *r == reach).unwrap_or(0);
        Shown::of(self.people[i], self.population)
    }

    pub fn class(&self) -> Option<SocialClass> {
        (self.group == Group::Class).then(|| SocialClass::from_id(self.id)).flatten()
    }
}

/// The headline: the class taking part least (per 1,000 residents)
/// against the one taking part most; 1.0 is equal participation.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Equity {
    pub lowest: (SocialClass, f64),
    pub highest: (SocialClass, f64),
    pub ratio: f64,
}

/// Compares the classes with a rate (known population, none or at least
/// five people); `None` with fewer than two of them or nobody at all.
pub fn equity(classes: &[GroupFigures]) -> Option<Equity> {
    let rates: Vec<(SocialClass, f64)> = classes.iter().filter_map(|c| Some((c.class()?, c.shown(Reach::All).per_thousand()?))).collect();
    let lowest = rates.iter().copied().min_by(|a, b| a.1.total_cmp(&b.1))?;
    let highest = rates.iter().copied().max_by(|a, b| a.1.total_cmp(&b.1))?;
    (rates.len() >= 2 && highest.1 > 0.0).then(|| Equity { lowest, highest, ratio: lowest.1 / highest.1 })
}

/// The monitor's page: every district and class of its scope.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Monitor {
    pub districts: Vec<GroupFigures>,
    pub classes: Vec<GroupFigures>,
    pub equity: Option<Equity>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn counter(reach: Reach) -> Counter {
        Counter { forum_id: 0, group: Group::District, group_id: 7, reach }
    }

    fn sum(t: &Tally, range: (i32, i32)) -> i64 {
        t.deltas.iter().filter(|((c, p), _)| c.reach == Reach::All && c.group == Group::District && *p >= range.0 && *p <= range.1).map(|(_, n)| n).sum()
    }

    #[test]
    fn a_person_counts_once_per_period_and_the_last_months_follow_them() {
        let taking = |person: Person, channel, on| Taking { person, district_id: 7, forum_id: None, channel, on };
        let mut t = Tally::default();
        let events = [
            ("a1", ResponseChannel::Online, date!(2025 - 03 - 10)),
            ("a1", ResponseChannel::Paper, date!(2026 - 02 - 01)),
            ("a1", ResponseChannel::Online, date!(2026 - 11 - 20)),
            ("a2", ResponseChannel::Interview, date!(2025 - 12 - 31)),
        ];
        for (p, ch, on) in events {
            let tk = taking(Person::Account(0), ch, on);
            t.add(Some(p), &tk.counters(Some(SocialClass::High)), on);
        }
        t.add(None, &taking(Person::Anonymous, ResponseChannel::Paper, date!(2026 - 01 - 05)).counters(None), date!(2026 - 01 - 05));
        let today = date!(2026 - 11 - 27);
        assert_eq!(sum(&t, period_range(Period::All, today)), 3);
        assert_eq!(sum(&t, period_range(Period::Year(2025), today)), 2);
        assert_eq!(sum(&t, period_range(Period::Year(2026), today)), 2);
        assert_eq!(period_range(Period::LastTwelveMonths, today), (202512, 202611));
        assert_eq!(sum(&t, period_range(Period::LastTwelveMonths, today)), 3);
        // A month later a2 (December 2025) drops out; a1 counts once.
        assert_eq!(sum(&t, period_range(Period::LastTwelveMonths, date!(2026 - 12 - 01))), 2);
        // By channel: a1 online once ever, on paper once.
        let online: i64 = t.deltas.iter().filter(|((c, p), _)| *c == counter(Reach::Online) && *p == EVER).map(|(_, n)| n).sum();
        assert_eq!(online, 1);
        assert_eq!(t.deltas.get(&(counter(Reach::Paper), EVER)), Some(&2));
        // The class counters move with the district's.
        assert_eq!(t.deltas.get(&(Counter { group: Group::Class, group_id: SocialClass::High.id(), ..counter(Reach::All) }, EVER)), Some(&2));
    }

    #[test]
    fn small_numbers_are_hidden_and_rates_compare_the_classes() {
        assert_eq!(Shown::of(3, Some(1000)), Shown::FewerThanFive);
        assert_eq!(Shown::of(0, Some(1000)), Shown::People { n: 0, per_thousand: Some(0.0) });
        assert_eq!(Shown::of(5, None), Shown::People { n: 5, per_thousand: None });
        let class = |c: SocialClass, n, population| GroupFigures { group: Group::Class, id: c.id(), name: c.as_str().into(), population, people: [n, n, 0, 0] };
        let classes = [class(SocialClass::Low, 40, Some(10_000)), class(SocialClass::High, 10, Some(5_000)), class(SocialClass::MediumHigh, 3, Some(100))];
        let e = equity(&classes).expect("two classes with rates");
        assert_eq!(e.lowest, (SocialClass::High, 2.0));
        assert_eq!(e.highest, (SocialClass::Low, 4.0));
        assert_eq!(e.ratio, 0.5);
        assert_eq!(equity(&classes[..1]), None);
    }
}
