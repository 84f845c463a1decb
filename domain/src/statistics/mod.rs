//! Public statistics: what became of the concerns received in a period,
//! for the city, a district or an office. The figures come from counters
//! the database keeps with every change of a concern (migration 22), so a
//! page reads a few hundred rows instead of every concern.
#[cfg(feature = "server")]
pub mod service;
pub mod participation;

use crate::vocabulary::concern_status::Status;
use crate::vocabulary::statistic::Measure;
use serde::{Deserialize, Serialize};

/// Which concerns count: those received in the period, optionally of one
/// category.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Filter {
    pub period: Period,
    pub category: Option<i32>,
}

/// The months of receipt a page looks at.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Period {
    /// This month and the eleven before it.
    #[default]
    LastTwelveMonths,
    Year(i32),
    All,
}

/// The first year anyone can ask for.
pub const FIRST_YEAR: i32 = 2000;
/// How many months the month-by-month figures show at most.
pub const MONTHS_SHOWN: usize = 24;

impl Period {
    /// Reads the `period` parameter: `12m`, `all` or a year. A year to come
    /// or before [`FIRST_YEAR`] is refused with the message's key.
    pub fn parse(text: &str, this_year: i32) -> Result<Period, &'static str> {
        match text {
            "" | "12m" => Ok(Period::LastTwelveMonths),
            "all" => Ok(Period::All),
            year => match year.parse::<i32>() {
                Ok(y) if y > this_year => Err("error-statistics-period-future"),
                Ok(y) if y >= FIRST_YEAR => Ok(Period::Year(y)),
                _ => Err("error-statistics-period"),
            },
        }
    }

    pub fn as_param(self) -> String {
        match self {
            Period::LastTwelveMonths => "12m".into(),
            Period::Year(y) => y.to_string(),
            Period::All => "all".into(),
        }
    }

    /// The first and last month (`2026-11`) of the period as of `today`'s
    /// month; `None` where it is open.
    pub fn months(self, year: i32, month: u8) -> (Option<String>, Option<String>) {
        match self {
            Period::LastTwelveMonths => {
                let (y, m) = if month == 12 { (year, 1) } else { (year - 1, month + 1) };
                (Some(month_key(y, m)), Some(month_key(year, month)))
            }
            Period::Year(y) => (Some(month_key(y, 1)), Some(month_key(y, 12))),
            Period::All => (None, None),
        }
    }
}

pub fn month_key(year: i32, month: u8) -> String {
    format!("{year:04}-{month:02}")
}

/// The months from `first` to `last` (both `2026-11`), at most the last
/// [`MONTHS_SHOWN`].
pub fn months_between(first: &str, last: &str) -> Vec<String> {
    let parse = |k: &str| -> Option<(i32, u8)> { Some((k.get(..4)?.parse().ok()?, k.get(5..7)?.parse().ok()?)) };
    let (Some((mut y, mut m)), Some(end)) = (parse(first), parse(last)) else { return Vec::new() };
    let mut out = Vec::new();
    while (y, m) <= end && (1..=12).contains(&m) {
        out.push(month_key(y, m));
        (y, m) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    }
    let skip = out.len().saturating_sub(MONTHS_SHOWN);
    out.split_off(skip)
}

/// Concerns by what became of them. Rejected reports (abuse) and reports
/// nobody confirmed are not counted as received.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counts {
    pub received: i64,
    /// Waiting for an office or for the moderators.
    pub waiting: i64,
    pub in_progress: i64,
    pub done: i64,
    pub not_possible: i64,
    /// Merged into another concern as its duplicate.
    pub merged: i64,
}

impl Counts {
    fn add(&mut self, status: Status, n: i64) {
        let bucket = match status {
            Status::Unconfirmed | Status::Rejected => return,
            Status::Submitted | Status::Open => &mut self.waiting,
            Status::InProgress | Status::Planned => &mut self.in_progress,
            Status::Done => &mut self.done,
            Status::NotPossible => &mut self.not_possible,
            Status::Duplicate => &mut self.merged,
        };
        *bucket += n;
        self.received += n;
    }
}

/// How long answers took and whether they came in time.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Timings {
    /// Business days to the first public answer: (days, concerns).
    pub answer_days: Vec<(i64, i64)>,
    /// Business days to "done".
    pub done_days: Vec<(i64, i64)>,
    pub answered_on_time: i64,
    pub answered_late: i64,
    /// Past their deadline without any answer now.
    pub overdue_unanswered: i64,
    /// Past their deadline and not closed now (answered or not).
    pub overdue: i64,
}

impl Timings {
    pub fn answered(&self) -> i64 {
        self.answer_days.iter().map(|(_, n)| n).sum()
    }

    pub fn median_answer_days(&self) -> Option<f64> {
        median(&self.answer_days)
    }

    pub fn median_done_days(&self) -> Option<f64> {
        median(&self.done_days)
    }

    /// The share of concerns with a deadline that were answered by it; a
    /// concern past its deadline without an answer counts as late already.
    pub fn on_time_rate(&self) -> Option<f64> {
        let all = self.answered_on_time + self.answered_late + self.overdue_unanswered;
        (all > 0).then(|| self.answered_on_time as f64 / all as f64)
    }
}

/// What happened between an office and the others.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Handovers {
    pub routed: i64,
    pub forwarded: i64,
    pub handed_back: i64,
}

/// The figures of one scope.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Figures {
    pub counts: Counts,
    pub timings: Timings,
    pub handovers: Handovers,
}

/// One month's counts (concerns received that month).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct MonthCounts {
    pub month: String,
    pub counts: Counts,
}

impl Figures {
    /// Adds one counter row. `today` (`2026-11-28`) decides what is overdue.
    pub fn add(&mut self, measure: Measure, label: &str, n: i64, today: &str) {
        let days = || label.parse::<i64>().ok();
        match measure {
            Measure::Received => {
                if let Some(status) = Status::parse(label) {
                    self.counts.add(status, n);
                }
            }
            Measure::Answer => add_to_histogram(&mut self.timings.answer_days, days(), n),
            Measure::Done => add_to_histogram(&mut self.timings.done_days, days(), n),
            Measure::OnTime if label == "yes" => self.timings.answered_on_time += n,
            Measure::OnTime => self.timings.answered_late += n,
            Measure::DueUnanswered | Measure::DueAnswered => {
                if label < today {
                    self.timings.overdue += n;
                    if measure == Measure::DueUnanswered {
                        self.timings.overdue_unanswered += n;
                    }
                }
            }
            Measure::Routed => self.handovers.routed += n,
            Measure::Forwarded => self.handovers.forwarded += n,
            Measure::HandedBack => self.handovers.handed_back += n,
        }
    }
}

fn add_to_histogram(histogram: &mut Vec<(i64, i64)>, days: Option<i64>, n: i64) {
    let Some(days) = days else { return };
    match histogram.binary_search_by_key(&days, |(d, _)| *d) {
        Ok(i) => histogram[i].1 += n,
        Err(i) => histogram.insert(i, (days, n)),
    }
}

/// The median of whole days given as (value, how many), sorted by value:
/// the middle value, or the mean of the two middle ones.
pub fn median(histogram: &[(i64, i64)]) -> Option<f64> {
    let total: i64 = histogram.iter().map(|(_, n)| (*n).max(0)).sum();
    if total == 0 {
        return None;
    }
    // The values at positions ⌊(total-1)/2⌋ and ⌊total/2⌋ (0-based).
    let at = |position: i64| {
        let mut seen = 0;
        histogram.iter().find(|(_, n)| {
            seen += (*n).max(0);
            seen > position
        })
        .map(|(d, _)| *d as f64)
    };
    Some((at((total - 1) / 2)? + at(total / 2)?) / 2.0)
}

/// Rates are given per this many residents.
pub const PER_RESIDENTS: f64 = 1000.0;

/// `count` per 1,000 residents, when the population is known.
pub fn per_thousand(count: i64, population: Option<i32>) -> Option<f64> {
    population.filter(|p| *p > 0).map(|p| count as f64 * PER_RESIDENTS / p as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn medians_of_counted_days() {
        assert_eq!(median(&[]), None);
        assert_eq!(median(&[(3, 1)]), Some(3.0));
        assert_eq!(median(&[(1, 1), (2, 1), (10, 1)]), Some(2.0));
        assert_eq!(median(&[(1, 2), (4, 2)]), Some(2.5));
        assert_eq!(median(&[(0, 5), (7, 1)]), Some(0.0));
        assert_eq!(median(&[(2, 0), (5, 3)]), Some(5.0));
    }

    #[test]
    fn periods_are_read_and_refused() {
        assert_eq!(Period::parse("", 2026), Ok(Period::LastTwelveMonths));
        assert_eq!(Period::parse("all", 2026), Ok(Period::All));
        assert_eq!(Period::parse("2025", 2026), Ok(Period::Year(2025)));
        assert_eq!(Period::parse("2027", 2026), Err("error-statistics-period-future"));
        assert_eq!(Period::parse("1999", 2026), Err("error-statistics-period"));
        assert_eq!(Period::parse("<b>", 2026), Err("error-statistics-period"));
        assert_eq!(Period::LastTwelveMonths.months(2026, 11), (Some("2025-12".into()), Some("2026-11".into())));
        assert_eq!(Period::LastTwelveMonths.months(2026, 12), (Some("2026-01".into()), Some("2026-12".into())));
        assert_eq!(months_between("2025-11", "2026-02"), ["2025-11", "2025-12", "2026-01", "2026-02"]);
        assert_eq!(months_between("2020-01", "2026-11").len(), MONTHS_SHOWN);
        assert_eq!(months_between("2020-01", "2026-11").last().map(String::as_str), Some("2026-11"));
    }

    #[test]
    fn counters_become_figures() {
        let mut f = Figures::default();
        f.add(Measure::Received, "open", 3, "2026-11-28");
        f.add(Measure::Received, "planned", 2, "2026-11-28");
        f.add(Measure::Received, "unconfirmed", 9, "2026-11-28");
        f.add(Measure::Received, "rejected", 9, "2026-11-28");
        f.add(Measure::Answer, "4", 1, "2026-11-28");
        f.add(Measure::Answer, "2", 1, "2026-11-28");
        f.add(Measure::OnTime, "yes", 1, "2026-11-28");
        f.add(Measure::OnTime, "no", 1, "2026-11-28");
        f.add(Measure::DueUnanswered, "2026-11-27", 2, "2026-11-28");
        f.add(Measure::DueUnanswered, "2026-11-28", 1, "2026-11-28");
        f.add(Measure::DueAnswered, "2026-11-01", 1, "2026-11-28");
        assert_eq!((f.counts.received, f.counts.waiting, f.counts.in_progress), (5, 3, 2));
        assert_eq!(f.timings.answer_days, [(2, 1), (4, 1)]);
        assert_eq!(f.timings.median_answer_days(), Some(3.0));
        assert_eq!((f.timings.overdue, f.timings.overdue_unanswered), (3, 2));
        assert_eq!(f.timings.on_time_rate(), Some(0.25));
    }
}
