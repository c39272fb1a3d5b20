//! The agency's interest on support arrears, by the rule an order names
//! (`orders.interest_rule`, a jurisdiction code such as `US-WI`).
//!
//! This is the agency's own arithmetic, in integer cents. The app's `ledger`
//! crate works the same account independently to audit it, so the two must
//! follow the same conventions, which are:
//!
//! - Interest is posted once a month, at the month's end (a monthly interest
//!   run), on the arrears *principal* owed at the start of the month: support
//!   that fell due in an earlier month and was still unpaid when that month
//!   closed. Payments during a month lower the next month's interest, not
//!   this month's. A month not yet over is not charged.
//! - Simple interest (every rule here): interest never bears interest.
//! - A month's interest is `principal × rate` for the month (a yearly rate
//!   is divided by 12), worked exactly and rounded once, to the cent, halves
//!   away from zero.
//! - Unless the rule says otherwise, an unpaid installment bears interest
//!   from the first day of the month after the one it fell due in.
//!
//! The rules (shared/guidelines/sources/modification_and_interest.csv):
//!
//! | rule  | rate                | source                                   |
//! |-------|---------------------|------------------------------------------|
//! | US-TX | 6% a year, on arrears greater than one month's support | Tex. Fam. Code 157.265(a) |
//! | US-NY | 9% a year           | N.Y. CPLR 5004                           |
//! | US-CA | 10% a year          | Cal. Code Civ. Proc. 685.010             |
//! | US-GA | 7% a year, from 30 days after each due date | O.C.G.A. 7-4-12.1 |
//! | US-WI | 0.5% a month        | Wis. Stat. 767.511(6), (6m) (since 1 April 2014) |
//! | US-DE | none                | no statutory interest (ERICSA 2010 table) |
//!
//! A code not in the table charges no interest: the agency posts interest
//! only by a rule it knows.

use chrono::{Datelike, Days, Months, NaiveDate};

/// When an unpaid installment starts to bear interest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Starts {
    /// The first day of the month after the one it fell due in.
    NextMonth,
    /// `days` after its due date, and never before the next month. The first
    /// month it bears interest in is charged for the days left in it
    /// (Georgia: "commencing 30 days after" the due date).
    DaysAfterDue(u32),
}

/// One state's rule. The monthly rate is the fraction `rate_num / rate_den`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct InterestRule {
    rate_num: i64,
    rate_den: i64,
    starts: Starts,
    /// Only the arrears greater than one month's support obligation bear
    /// interest (Tex. Fam. Code 157.265(a)).
    above_one_month: bool,
}

impl InterestRule {
    /// No interest at all.
    pub(crate) const NONE: InterestRule = InterestRule {
        rate_num: 0,
        rate_den: 1,
        starts: Starts::NextMonth,
        above_one_month: false,
    };

    /// A yearly percentage: `percent`% a year is `percent / 1200` a month.
    const fn yearly(percent: i64) -> InterestRule {
        InterestRule {
            rate_num: percent,
            rate_den: 1200,
            ..InterestRule::NONE
        }
    }

    /// The rule an order names; [`InterestRule::NONE`] for a code the
    /// agency has no rule for.
    pub(crate) fn named(code: &str) -> InterestRule {
        match code {
            // 6% simple a year on "the portion of delinquent child support
            // that is greater than the amount of the monthly periodic support
            // obligation" (Tex. Fam. Code 157.265(a)).
            "US-TX" => InterestRule {
                above_one_month: true,
                ..InterestRule::yearly(6)
            },
            // The judgment rate, 9% a year (CPLR 5004).
            "US-NY" => InterestRule::yearly(9),
            // 10% a year on money judgments (CCP 685.010).
            "US-CA" => InterestRule::yearly(10),
            // 7% a year "commencing 30 days after" the payment is due
            // (O.C.G.A. 7-4-12.1).
            "US-GA" => InterestRule {
                starts: Starts::DaysAfterDue(30),
                ..InterestRule::yearly(7)
            },
            // 0.5% a month (Wis. Stat. 767.511(6m), since 1 April 2014).
            "US-WI" => InterestRule {
                rate_num: 5,
                rate_den: 1000,
                ..InterestRule::NONE
            },
            // Delaware charges none; and none for a rule we do not know.
            _ => InterestRule::NONE,
        }
    }

    pub(crate) fn charges_interest(&self) -> bool {
        self.rate_num != 0
    }

    /// The interest for the month starting on `month`, on `arrears` (the
    /// unpaid support of earlier months, as owed at the month's start).
    /// `obligation_cents` is one month's support under the order, for a
    /// rule that exempts it.
    pub(crate) fn month_interest(
        &self,
        month: NaiveDate,
        arrears: &[Arrear],
        obligation_cents: i64,
    ) -> i64 {
        if !self.charges_interest() {
            return 0;
        }
        let last = last_of_month(month);
        let days = i128::from(last.day());
        // The base times the days in the month, so that a part-month share
        // (days left / days) stays exact until the one rounding.
        let mut base_days: i128 = 0;
        for a in arrears {
            let from = self.bears_from(a);
            if from <= month {
                base_days += i128::from(a.principal_cents) * days;
            } else if from <= last {
                let left = i128::from((last - from).num_days() + 1);
                base_days += i128::from(a.principal_cents) * left;
            }
        }
        if self.above_one_month {
            base_days = (base_days - i128::from(obligation_cents) * days).max(0);
        }
        round_div(
            base_days * i128::from(self.rate_num),
            days * i128::from(self.rate_den),
        )
    }

    fn bears_from(&self, a: &Arrear) -> NaiveDate {
        let next = first_of_next_month(a.month);
        match self.starts {
            Starts::NextMonth => next,
            Starts::DaysAfterDue(days) => next.max(a.last_due + Days::new(u64::from(days))),
        }
    }
}

/// Support of one month left unpaid when the month closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Arrear {
    /// The month (its first day).
    pub(crate) month: NaiveDate,
    /// The month's last due date: a month's earliest installments are paid
    /// first, so what is left unpaid is the latest.
    pub(crate) last_due: NaiveDate,
    pub(crate) principal_cents: i64,
}

/// `n / d` to the nearest whole number, halves away from zero; `n >= 0`,
/// `d > 0`.
fn round_div(n: i128, d: i128) -> i64 {
    debug_assert!(n >= 0 && d > 0);
    i64::try_from((2 * n + d) / (2 * d)).unwrap_or(i64::MAX)
}

pub(crate) fn first_of_month(day: NaiveDate) -> NaiveDate {
    day.with_day(1).expect("every month has a first day")
}

pub(crate) fn first_of_next_month(day: NaiveDate) -> NaiveDate {
    first_of_month(day)
        .checked_add_months(Months::new(1))
        .expect("dates stay inside chrono's range")
}

pub(crate) fn last_of_month(day: NaiveDate) -> NaiveDate {
    first_of_next_month(day)
        .pred_opt()
        .expect("dates stay inside chrono's range")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn owed(month: NaiveDate, last_due: NaiveDate, cents: i64) -> Arrear {
        Arrear {
            month,
            last_due,
            principal_cents: cents,
        }
    }

    #[test]
    fn each_state_charges_its_own_monthly_rate() {
        let jan = [owed(d(2026, 1, 1), d(2026, 1, 1), 100_000)];
        let march = d(2026, 3, 1);
        // $1,000.00 of arrears for a month.
        assert_eq!(
            InterestRule::named("US-WI").month_interest(march, &jan, 0),
            500
        );
        assert_eq!(
            InterestRule::named("US-NY").month_interest(march, &jan, 0),
            750
        );
        // 10% / 12 of $1,000.00 = $8.333…
        assert_eq!(
            InterestRule::named("US-CA").month_interest(march, &jan, 0),
            833
        );
        // 7% / 12 of $1,000.00 = $5.833…
        assert_eq!(
            InterestRule::named("US-GA").month_interest(march, &jan, 0),
            583
        );
        assert_eq!(
            InterestRule::named("US-DE").month_interest(march, &jan, 0),
            0
        );
        assert_eq!(
            InterestRule::named("US-XX").month_interest(march, &jan, 0),
            0
        );
    }

    #[test]
    fn a_half_cent_rounds_up_even_where_the_monthly_rate_does_not_end() {
        // 7% / 12 of $6.00 is exactly 3.5 cents; 10% / 12 of $0.60 is 0.5.
        let a = |cents| [owed(d(2026, 1, 1), d(2026, 1, 1), cents)];
        let march = d(2026, 3, 1);
        assert_eq!(
            InterestRule::named("US-GA").month_interest(march, &a(600), 0),
            4
        );
        assert_eq!(
            InterestRule::named("US-CA").month_interest(march, &a(60), 0),
            1
        );
        // And 0.5% of $0.99 is 0.495 cents: down.
        assert_eq!(
            InterestRule::named("US-WI").month_interest(march, &a(99), 0),
            0
        );
    }

    #[test]
    fn texas_exempts_one_months_support() {
        let tx = InterestRule::named("US-TX");
        let two = [
            owed(d(2026, 1, 1), d(2026, 1, 1), 45_000),
            owed(d(2026, 2, 1), d(2026, 2, 1), 45_000),
        ];
        // ($900.00 − $450.00) × 0.5% = $2.25.
        assert_eq!(tx.month_interest(d(2026, 3, 1), &two, 45_000), 225);
        assert_eq!(tx.month_interest(d(2026, 3, 1), &two[..1], 45_000), 0);
    }

    #[test]
    fn georgia_starts_thirty_days_after_the_due_date() {
        let ga = InterestRule::named("US-GA");
        // Due 15 January: bears interest from 14 February, so February is
        // charged 15 of its 28 days: $1,200.00 × 7% / 12 × 15 / 28 = $3.75.
        let jan15 = [owed(d(2026, 1, 1), d(2026, 1, 15), 120_000)];
        assert_eq!(ga.month_interest(d(2026, 2, 1), &jan15, 0), 375);
        assert_eq!(ga.month_interest(d(2026, 3, 1), &jan15, 0), 700);
        // Due 1 January: 31 January is before February, so all of February.
        let jan1 = [owed(d(2026, 1, 1), d(2026, 1, 1), 120_000)];
        assert_eq!(ga.month_interest(d(2026, 2, 1), &jan1, 0), 700);
        // Due 31 January: from 2 March, nothing in February.
        let jan31 = [owed(d(2026, 1, 1), d(2026, 1, 31), 120_000)];
        assert_eq!(ga.month_interest(d(2026, 2, 1), &jan31, 0), 0);
        // 30 of March's 31 days: 700 × 30 / 31 = 677.4…
        assert_eq!(ga.month_interest(d(2026, 3, 1), &jan31, 0), 677);
    }
}
