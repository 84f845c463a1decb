//! Response deadlines in business days: weekends and public holidays do not
//! count. The default holidays are Thuringia's (Erfurt); more can be added
//! in the configuration.
use time::{Date, Duration, Month, Weekday};

/// Easter Sunday (Gregorian calendar, anonymous algorithm).
#[allow(clippy::unwrap_used, reason = "the computus gives March or April and a day of that month")]
pub fn easter_sunday(year: i32) -> Date {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::from_calendar_date(year, Month::try_from(month as u8).unwrap(), day as u8).unwrap()
}

/// Statutory public holidays in Thuringia.
#[allow(clippy::unwrap_used, reason = "fixed days that exist in every year")]
pub fn thuringia_holidays(year: i32) -> Vec<Date> {
    let easter = easter_sunday(year);
    let fixed = |m: Month, d: u8| Date::from_calendar_date(year, m, d).unwrap();
    vec![
        fixed(Month::January, 1),
        easter - Duration::days(2),  // Good Friday
        easter + Duration::days(1),  // Easter Monday
        fixed(Month::May, 1),
        easter + Duration::days(39), // Ascension Day
        easter + Duration::days(50), // Whit Monday
        fixed(Month::September, 20), // World Children's Day (Thuringia)
        fixed(Month::October, 3),
        fixed(Month::October, 31),   // Reformation Day
        fixed(Month::December, 25),
        fixed(Month::December, 26),
    ]
}

/// The calendar the deadlines are counted in.
#[derive(Clone, Debug, Default)]
pub struct Calendar {
    /// Extra days off besides weekends and Thuringia's holidays.
    pub extra_holidays: Vec<Date>,
}

impl Calendar {
    pub fn is_business_day(&self, day: Date) -> bool {
        !matches!(day.weekday(), Weekday::Saturday | Weekday::Sunday)
            && !self.extra_holidays.contains(&day)
            && !thuringia_holidays(day.year()).contains(&day)
    }

    /// The day `n` business days after `start` (the start day itself does not count).
    pub fn add_business_days(&self, start: Date, n: u32) -> Date {
        let mut day = start;
        let mut left = n;
        while left > 0 {
            // The last day time knows (9999-12-31) ends the count.
            let Some(next) = day.next_day() else { break };
            day = next;
            if self.is_business_day(day) {
                left -= 1;
            }
        }
        day
    }

    /// The latest day from which at least `n` business days have passed by
    /// `today`: `business_days_between(d, today) >= n` exactly when `d` is
    /// on or before it.
    pub fn at_least_business_days_before(&self, today: Date, n: i64) -> Date {
        let mut day = today;
        let mut counted = 0;
        while counted < n {
            if self.is_business_day(day) {
                counted += 1;
            }
            let Some(previous) = day.previous_day() else { break };
            day = previous;
        }
        day
    }

    /// Business days from `from` to `to` (positive when `to` is later).
    pub fn business_days_between(&self, from: Date, to: Date) -> i64 {
        let (a, b, sign) = if from <= to { (from, to, 1) } else { (to, from, -1) };
        let mut n = 0;
        let mut day = a;
        while day < b {
            let Some(next) = day.next_day() else { break };
            day = next;
            if self.is_business_day(day) {
                n += 1;
            }
        }
        n * sign
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cutoff_matches_counting_business_days() {
        let c = Calendar::default();
        let today = time::macros::date!(2026 - 11 - 23); // a Monday
        for n in 0..12 {
            let cutoff = c.at_least_business_days_before(today, n);
            assert!(c.business_days_between(cutoff, today) >= n, "{n}");
            assert!(c.business_days_between(cutoff.next_day().unwrap(), today) < n || n == 0, "{n}");
        }
    }
    use time::macros::date;

    #[test]
    fn easter_dates_are_right() {
        assert_eq!(easter_sunday(2024), date!(2024 - 03 - 31));
        assert_eq!(easter_sunday(2026), date!(2026 - 04 - 05));
        assert_eq!(easter_sunday(2027), date!(2027 - 03 - 28));
    }

    #[test]
    fn weekends_are_skipped() {
        let c = Calendar::default();
        // Friday 2026-11-20 + 1 business day = Monday 2026-11-23.
        assert_eq!(c.add_business_days(date!(2026 - 11 - 20), 1), date!(2026 - 11 - 23));
        // Saturday start: the next business day is Monday.
        assert_eq!(c.add_business_days(date!(2026 - 11 - 21), 1), date!(2026 - 11 - 23));
        assert_eq!(c.add_business_days(date!(2026 - 11 - 23), 10), date!(2026 - 12 - 07));
    }

    #[test]
    fn holidays_are_skipped() {
        let c = Calendar::default();
        // Wednesday 2026-12-23 + 2: Thu 24th counts, 25th/26th holidays, weekend, Mon 28th.
        assert_eq!(c.add_business_days(date!(2026 - 12 - 23), 2), date!(2026 - 12 - 28));
        // Maundy Thursday 2026-04-02 + 1 skips Good Friday, the weekend and Easter Monday.
        assert_eq!(c.add_business_days(date!(2026 - 04 - 02), 1), date!(2026 - 04 - 07));
        // Reformation Day 2025-10-31 is a Friday.
        assert!(!c.is_business_day(date!(2025 - 10 - 31)));
        let extra = Calendar { extra_holidays: vec![date!(2026 - 11 - 24)] };
        assert_eq!(extra.add_business_days(date!(2026 - 11 - 23), 1), date!(2026 - 11 - 25));
    }

    #[test]
    fn days_between_counts_business_days_both_ways() {
        let c = Calendar::default();
        assert_eq!(c.business_days_between(date!(2026 - 11 - 20), date!(2026 - 11 - 23)), 1);
        assert_eq!(c.business_days_between(date!(2026 - 11 - 23), date!(2026 - 11 - 20)), -1);
        assert_eq!(c.business_days_between(date!(2026 - 11 - 23), date!(2026 - 11 - 23)), 0);
    }
}
