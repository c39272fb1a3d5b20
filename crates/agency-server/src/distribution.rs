//! What is owed on a case at a date, and how a new payment is applied to it
//! under 45 CFR 302.51. This is the agency's own computation; the app's
//! `ledger` crate recomputes it independently to audit it.
//!
//! The reference agency charges no fees and posts no interest, so those two
//! parts of a distribution are always zero here.

use crate::schedule::Terms;
use agency_api::PaymentSource;
use chrono::{Datelike, NaiveDate};

/// A payment already posted, as far as what is owed is concerned.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Posted {
    pub(crate) received_on: NaiveDate,
    pub(crate) current_cents: i64,
    pub(crate) arrears_cents: i64,
}

/// What is owed at the end of a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Position {
    /// Support due in the day's month, up to the day, and not yet paid.
    pub(crate) current_due_cents: i64,
    /// Support due before that and not yet paid; negative when in credit.
    pub(crate) arrears_cents: i64,
    pub(crate) total_paid_cents: i64,
}

pub(crate) fn position(terms: &Terms, payments: &[Posted], day: NaiveDate) -> Position {
    let same_month = |d: NaiveDate| d.year() == day.year() && d.month() == day.month();
    let due: Vec<NaiveDate> = terms.due_through(day).collect();
    let accrued = terms.amount_cents * i64::try_from(due.len()).unwrap_or(i64::MAX);
    let this_month = terms.amount_cents
        * i64::try_from(due.iter().filter(|d| same_month(**d)).count()).unwrap_or(0);
    let counted = payments.iter().filter(|p| p.received_on <= day);
    let total_paid: i64 = counted
        .clone()
        .map(|p| p.current_cents + p.arrears_cents)
        .sum();
    let paid_current_this_month: i64 = counted
        .filter(|p| same_month(p.received_on))
        .map(|p| p.current_cents)
        .sum();
    let owed = accrued - total_paid;
    // Unpaid current support cannot exceed what is owed in all.
    let current_due = (this_month - paid_current_this_month).clamp(0, owed.max(0));
    Position {
        current_due_cents: current_due,
        arrears_cents: owed - current_due,
        total_paid_cents: total_paid,
    }
}

/// How a new payment is applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Split {
    pub(crate) current_cents: i64,
    pub(crate) arrears_cents: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DistributionError {
    #[error("a payment must be more than zero")]
    NotPositive,
    #[error(
        "a tax refund offset pays past-due support only, and this case owes ${} of it",
        rust_decimal::Decimal::new(*owed_cents, 2)
    )]
    OffsetExceedsArrears { owed_cents: i64 },
}

/// Applies a payment received on `position`'s day.
pub(crate) fn distribute(
    amount_cents: i64,
    source: PaymentSource,
    position: &Position,
) -> Result<Split, DistributionError> {
    if amount_cents <= 0 {
        return Err(DistributionError::NotPositive);
    }
    let arrears_owed = position.arrears_cents.max(0);
    match source {
        // Tax refund offsets are certified for past-due support and go to
        // arrears only (45 CFR 303.72(h); 42 U.S.C. 657(a)).
        PaymentSource::FederalTaxOffset | PaymentSource::StateTaxOffset => {
            if amount_cents > arrears_owed {
                return Err(DistributionError::OffsetExceedsArrears {
                    owed_cents: arrears_owed,
                });
            }
            Ok(Split {
                current_cents: 0,
                arrears_cents: amount_cents,
            })
        }
        // 45 CFR 302.51(a)(1): the month's current support first, then the
        // support owed for previous months. What is left after both is
        // support paid ahead, kept as current support (a credit).
        _ => {
            let current = amount_cents.min(position.current_due_cents);
            let arrears = (amount_cents - current).min(arrears_owed);
            Ok(Split {
                current_cents: amount_cents - arrears,
                arrears_cents: arrears,
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use agency_api::Frequency;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    /// $450.00 a month from January 2026; nothing paid in January.
    fn order() -> Terms {
        Terms {
            amount_cents: 45_000,
            frequency: Frequency::Monthly,
            start: d(2026, 1, 1),
            end: None,
            arrears_payment_cents: 5_000,
        }
    }

    #[test]
    fn an_unpaid_month_becomes_arrears_when_the_next_falls_due() {
        let p = position(&order(), &[], d(2026, 2, 10));
        assert_eq!(p.current_due_cents, 45_000);
        assert_eq!(p.arrears_cents, 45_000);
    }

    #[test]
    fn a_payment_goes_to_the_current_month_first_then_arrears() {
        let p = position(&order(), &[], d(2026, 2, 10));
        let split = distribute(50_000, PaymentSource::WageWithholding, &p).unwrap();
        assert_eq!(
            split,
            Split {
                current_cents: 45_000,
                arrears_cents: 5_000
            }
        );
    }

    #[test]
    fn a_federal_tax_offset_goes_to_arrears_only() {
        let p = position(&order(), &[], d(2026, 2, 10));
        let split = distribute(30_000, PaymentSource::FederalTaxOffset, &p).unwrap();
        assert_eq!(split.current_cents, 0);
        assert_eq!(split.arrears_cents, 30_000);
        assert_eq!(
            distribute(50_000, PaymentSource::FederalTaxOffset, &p),
            Err(DistributionError::OffsetExceedsArrears { owed_cents: 45_000 })
        );
    }

    #[test]
    fn paying_more_than_is_owed_leaves_a_credit() {
        let paid = [Posted {
            received_on: d(2026, 1, 15),
            current_cents: 45_000,
            arrears_cents: 0,
        }];
        let p = position(&order(), &paid, d(2026, 1, 20));
        assert_eq!(p.current_due_cents, 0);
        assert_eq!(p.arrears_cents, 0);
        let split = distribute(10_000, PaymentSource::Direct, &p).unwrap();
        assert_eq!(split.current_cents, 10_000);
        let after = [
            paid[0],
            Posted {
                received_on: d(2026, 1, 20),
                current_cents: 10_000,
                arrears_cents: 0,
            },
        ];
        assert_eq!(
            position(&order(), &after, d(2026, 1, 21)).arrears_cents,
            -10_000
        );
    }
}
