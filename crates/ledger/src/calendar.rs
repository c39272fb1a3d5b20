//! Calendar months. A month is named by its first day throughout the crate,
//! so it serialises as an ordinary date ("2024-03-01").

use chrono::{Datelike, Days, Months, NaiveDate};

/// The first day of the month containing `date`.
pub fn first_of_month(date: NaiveDate) -> NaiveDate {
    date.with_day(1).expect("day 1 exists in every month")
}

/// The first day of the month after the one containing `date`.
pub(crate) fn next_month(date: NaiveDate) -> NaiveDate {
    first_of_month(date)
        .checked_add_months(Months::new(1))
        .expect("dates stay far inside chrono's range")
}

/// The last day of the month containing `date`.
pub(crate) fn last_of_month(date: NaiveDate) -> NaiveDate {
    next_month(date)
        .checked_sub_days(Days::new(1))
        .expect("dates stay far inside chrono's range")
}

/// Number of days in the month containing `date` (28 to 31).
pub(crate) fn days_in_month(date: NaiveDate) -> u32 {
    last_of_month(date).day()
}

/// `day` of the month starting at `month`, clamped to the month's last day:
/// an order due "on the 31st" falls due on 30 April and 28 February.
pub(crate) fn day_in_month(month: NaiveDate, day: u32) -> NaiveDate {
    let last = days_in_month(month);
    month
        .with_day(day.min(last))
        .expect("clamped to the month's length")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn months_and_their_lengths() {
        assert_eq!(first_of_month(d(2024, 2, 17)), d(2024, 2, 1));
        assert_eq!(next_month(d(2024, 12, 31)), d(2025, 1, 1));
        assert_eq!(last_of_month(d(2024, 2, 3)), d(2024, 2, 29));
        assert_eq!(days_in_month(d(2023, 2, 3)), 28);
        assert_eq!(day_in_month(d(2024, 4, 1), 31), d(2024, 4, 30));
    }
}
