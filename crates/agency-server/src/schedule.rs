//! When support falls due under an order.

use agency_api::Frequency;
use chrono::{Datelike, Days, Months, NaiveDate};

/// The terms of an order that decide what is owed, in cents.
#[derive(Debug, Clone)]
pub(crate) struct Terms {
    pub(crate) amount_cents: i64,
    pub(crate) frequency: Frequency,
    pub(crate) start: NaiveDate,
    pub(crate) end: Option<NaiveDate>,
    pub(crate) arrears_payment_cents: i64,
}

impl Terms {
    /// Every due date from the start, in order, while the order runs. Weekly
    /// and biweekly orders fall due every 7 or 14 days from the start date;
    /// monthly ones on the start date's day of the month (the last day in
    /// shorter months); semimonthly ones on the 1st and the 15th.
    pub(crate) fn due_dates(&self) -> impl Iterator<Item = NaiveDate> + '_ {
        let start = self.start;
        let mut n: u32 = 0;
        std::iter::from_fn(move || {
            let date = loop {
                let candidate = match self.frequency {
                    Frequency::Weekly => start.checked_add_days(Days::new(7 * u64::from(n))),
                    Frequency::Biweekly => start.checked_add_days(Days::new(14 * u64::from(n))),
                    Frequency::Monthly => start.checked_add_months(Months::new(n)),
                    Frequency::Semimonthly => {
                        let first = start.with_day(1)?.checked_add_months(Months::new(n / 2))?;
                        first.with_day(if n.is_multiple_of(2) { 1 } else { 15 })
                    }
                }?;
                n += 1;
                if candidate >= start {
                    break candidate;
                }
            };
            Some(date)
        })
        .take_while(move |d| self.end.is_none_or(|end| *d <= end))
    }

    /// Due dates up to and including `day`.
    pub(crate) fn due_through(&self, day: NaiveDate) -> impl Iterator<Item = NaiveDate> + '_ {
        self.due_dates().take_while(move |d| *d <= day)
    }

    /// The first due date after `day`, if the order still runs then.
    pub(crate) fn next_due_after(&self, day: NaiveDate) -> Option<NaiveDate> {
        self.due_dates().find(|d| *d > day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn terms(frequency: Frequency, start: NaiveDate) -> Terms {
        Terms {
            amount_cents: 100,
            frequency,
            start,
            end: None,
            arrears_payment_cents: 0,
        }
    }

    #[test]
    fn monthly_orders_fall_due_on_the_start_day_or_the_months_last() {
        let t = terms(Frequency::Monthly, d(2024, 1, 31));
        let dates: Vec<_> = t.due_dates().take(3).collect();
        assert_eq!(dates, [d(2024, 1, 31), d(2024, 2, 29), d(2024, 3, 31)]);
    }

    #[test]
    fn semimonthly_orders_fall_due_on_the_first_and_fifteenth() {
        let t = terms(Frequency::Semimonthly, d(2025, 3, 7));
        let dates: Vec<_> = t.due_dates().take(3).collect();
        assert_eq!(dates, [d(2025, 3, 15), d(2025, 4, 1), d(2025, 4, 15)]);
    }

    #[test]
    fn weekly_orders_stop_at_their_end_date() {
        let mut t = terms(Frequency::Weekly, d(2025, 3, 7));
        t.end = Some(d(2025, 3, 21));
        assert_eq!(t.due_dates().count(), 3);
        assert_eq!(t.next_due_after(d(2025, 3, 21)), None);
        assert_eq!(t.next_due_after(d(2025, 3, 8)), Some(d(2025, 3, 14)));
    }
}
