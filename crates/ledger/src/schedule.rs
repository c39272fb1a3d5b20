//! When support falls due, and how much falls due in each calendar month.
//!
//! Distribution (45 CFR 302.51(a)(1)) works by calendar month: a payment
//! goes first to "the required support obligation for the month in which
//! the support was collected". So a weekly or biweekly order is not turned
//! into an average monthly amount; instead we count the installments whose
//! due date falls in the month. A weekly order of $100 therefore owes $400
//! in a month with four due dates and $500 in a month with five, exactly as
//! the installments fall. The due dates:
//!
//! - **Monthly**: on the day of the month the term starts (a term starting
//!   on the 31st falls due on the last day of shorter months).
//! - **Weekly / biweekly**: every 7 / 14 days from the term's start date.
//! - **Semimonthly**: on the 1st and the 15th of every month, the usual
//!   wording of such orders. A term starting between them first falls due on
//!   the next of those days.
//!
//! Only due dates within the term (start and end inclusive) and on or before
//! the statement's end date count.

use chrono::{Datelike, Days, NaiveDate};
use rust_decimal::Decimal;
use rust_decimal::RoundingStrategy::MidpointAwayFromZero;
use rust_decimal_macros::dec;

use crate::calendar::{day_in_month, last_of_month};
use crate::error::LedgerError;
use crate::order::{Frequency, Order, Term, TermInForce};

/// One installment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Installment {
    pub due: NaiveDate,
    pub amount: Decimal,
}

/// The order's terms, checked and in order, ready to say what falls due.
#[derive(Debug, Clone)]
pub struct Schedule {
    terms: Vec<TermInForce>,
}

impl Schedule {
    pub fn new(order: &Order) -> Result<Self, LedgerError> {
        Ok(Schedule {
            terms: order.terms_in_force()?,
        })
    }

    /// The installments falling due in the month starting `month`, up to and
    /// including `through`.
    pub fn installments(&self, month: NaiveDate, through: NaiveDate) -> Vec<Installment> {
        let mut out = Vec::new();
        for t in &self.terms {
            let from = month.max(t.term.start);
            let mut to = last_of_month(month).min(through);
            if let Some(until) = t.until {
                to = to.min(until);
            }
            if from > to {
                continue;
            }
            for due in due_dates(&t.term, month, from, to) {
                out.push(Installment {
                    due,
                    amount: t.term.amount,
                });
            }
        }
        out
    }

    /// The term in force on `date`, if any.
    pub fn term_on(&self, date: NaiveDate) -> Option<&Term> {
        self.terms
            .iter()
            .find(|t| t.term.start <= date && t.until.is_none_or(|u| date <= u))
            .map(|t| &t.term)
    }

    /// The last day anything can fall due; `None` if the order never ends.
    pub fn ends(&self) -> Option<NaiveDate> {
        self.terms.last().and_then(|t| t.until)
    }
}

/// Due dates of `term` within `[from, to]`, both inside the month `month`.
fn due_dates(term: &Term, month: NaiveDate, from: NaiveDate, to: NaiveDate) -> Vec<NaiveDate> {
    let in_window = |d: &NaiveDate| from <= *d && *d <= to;
    match term.frequency {
        Frequency::Monthly => {
            let d = day_in_month(month, term.start.day());
            vec![d].into_iter().filter(in_window).collect()
        }
        Frequency::Semimonthly => [1, 15]
            .into_iter()
            .map(|day| day_in_month(month, day))
            .filter(in_window)
            .collect(),
        Frequency::Weekly | Frequency::Biweekly => {
            let step: u64 = if term.frequency == Frequency::Weekly {
                7
            } else {
                14
            };
            // First due date on or after `from`: start + ceil(gap / step) steps.
            let gap = (from - term.start).num_days().max(0) as u64;
            let steps = gap.div_ceil(step);
            let mut d = term.start + Days::new(steps * step);
            let mut out = Vec::with_capacity(3);
            while d <= to {
                out.push(d);
                d = d + Days::new(step);
            }
            out
        }
    }
}

/// The term's amount expressed per month: weekly × 52 / 12, biweekly ×
/// 26 / 12, semimonthly × 2, monthly × 1, rounded to the cent (halves up).
///
/// Used only where a statute speaks of "the monthly periodic support
/// obligation" (Tex. Fam. Code 157.265(a)) and for the payoff projection;
/// the statement itself counts the installments that actually fall due.
pub fn monthly_equivalent(term: &Term) -> Decimal {
    let per_month = match term.frequency {
        Frequency::Weekly => term.amount * dec!(52) / dec!(12),
        Frequency::Biweekly => term.amount * dec!(26) / dec!(12),
        Frequency::Semimonthly => term.amount * dec!(2),
        Frequency::Monthly => term.amount,
    };
    per_month.round_dp_with_strategy(2, MidpointAwayFromZero)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::order::Jurisdiction;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn order(frequency: Frequency, amount: Decimal, start: NaiveDate) -> Order {
        Order {
            jurisdiction: Jurisdiction::De,
            terms: vec![Term {
                amount,
                frequency,
                start,
                end: None,
                arrears_payment: None,
            }],
            interest_rule: None,
        }
    }

    fn dues(o: &Order, month: NaiveDate) -> Vec<NaiveDate> {
        let s = Schedule::new(o).unwrap();
        s.installments(month, d(2100, 1, 1))
            .into_iter()
            .map(|i| i.due)
            .collect()
    }

    #[test]
    fn weekly_from_a_friday_counts_the_fridays() {
        // Friday 5 January 2024: Fridays in March 2024 are 1, 8, 15, 22, 29.
        let o = order(Frequency::Weekly, dec!(100), d(2024, 1, 5));
        assert_eq!(
            dues(&o, d(2024, 3, 1)),
            vec![
                d(2024, 3, 1),
                d(2024, 3, 8),
                d(2024, 3, 15),
                d(2024, 3, 22),
                d(2024, 3, 29)
            ]
        );
        assert_eq!(dues(&o, d(2024, 4, 1)).len(), 4); // 5, 12, 19, 26 April
    }

    #[test]
    fn biweekly_can_fall_due_three_times_in_a_month() {
        let o = order(Frequency::Biweekly, dec!(200), d(2024, 1, 5));
        // 5 Jan + 14k: 5 Jan, 19 Jan, 2 Feb, 16 Feb, 1 Mar, 15 Mar, 29 Mar, 12 Apr
        assert_eq!(dues(&o, d(2024, 2, 1)), vec![d(2024, 2, 2), d(2024, 2, 16)]);
        assert_eq!(
            dues(&o, d(2024, 3, 1)),
            vec![d(2024, 3, 1), d(2024, 3, 15), d(2024, 3, 29)]
        );
    }

    #[test]
    fn semimonthly_falls_on_first_and_fifteenth() {
        let o = order(Frequency::Semimonthly, dec!(250), d(2024, 1, 10));
        assert_eq!(dues(&o, d(2024, 1, 1)), vec![d(2024, 1, 15)]);
        assert_eq!(dues(&o, d(2024, 2, 1)), vec![d(2024, 2, 1), d(2024, 2, 15)]);
    }

    #[test]
    fn monthly_on_the_31st_falls_on_short_months_last_day() {
        let o = order(Frequency::Monthly, dec!(500), d(2024, 1, 31));
        assert_eq!(dues(&o, d(2024, 2, 1)), vec![d(2024, 2, 29)]);
    }

    #[test]
    fn monthly_equivalents() {
        let t = |f, a| Term {
            amount: a,
            frequency: f,
            start: d(2024, 1, 1),
            end: None,
            arrears_payment: None,
        };
        assert_eq!(
            monthly_equivalent(&t(Frequency::Weekly, dec!(100))),
            dec!(433.33)
        );
        assert_eq!(
            monthly_equivalent(&t(Frequency::Biweekly, dec!(100))),
            dec!(216.67)
        );
        assert_eq!(
            monthly_equivalent(&t(Frequency::Semimonthly, dec!(100))),
            dec!(200)
        );
    }
}
