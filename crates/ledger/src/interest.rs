//! Interest on arrears, state by state.
//!
//! # How we compute it (all states)
//! Interest is worked out once a month, on the arrears principal owed at the
//! start of the month (that is, support that fell due in earlier months and
//! was still unpaid when its month closed), and charged at the month's end.
//! Payments during the month lower the next month's interest, not this
//! month's. This is how IV-D agencies commonly post interest (a monthly
//! run), and it keeps every figure reproducible by hand: principal × annual
//! rate ÷ 12, rounded to the cent, halves away from zero. A month the
//! statement only partly covers (the statement ends before the month does)
//! is not charged interest yet.
//!
//! Simple interest (every state here) is charged on principal only; interest
//! never earns interest. A rule marked not simple would add the unpaid
//! interest to the base each month.
//!
//! Known simplifications, each a place where an agency's figure may differ:
//! - Interest starts on the first day of the month after the installment
//!   went unpaid, not on the due date itself (California, for one, counts
//!   from each due date: Cal. Code Civ. Proc. 685.020(b)).
//! - A rate that changed over time is not modelled: the current rate applies
//!   to every month (Wisconsin charged 1% a month before April 2014).
//! - Interest-only judgments, penalties and fees are not modelled.

use chrono::{Days, NaiveDate};
use rust_decimal::Decimal;
use rust_decimal::RoundingStrategy::MidpointAwayFromZero;
use rust_decimal_macros::dec;
use serde::{Deserialize, Serialize};

use crate::calendar::{days_in_month, last_of_month, next_month};
use crate::distribution::ArrearsBucket;
use crate::order::Jurisdiction;

/// The period the rate is stated in, as the statute states it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "snake_case")]
pub enum RatePeriod {
    /// Per annum; a month's interest is one twelfth.
    Year,
    Month,
}

/// When an unpaid installment starts to bear interest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum InterestStart {
    /// From the first day of the month after it went unpaid.
    NextMonth,
    /// Not before `days` after its due date (and never before the next
    /// month). The first month is charged in proportion to the days left.
    DaysAfterDue { days: u32 },
}

/// A part of the arrears exempt from interest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "snake_case")]
pub enum InterestThreshold {
    None,
    /// Only arrears greater than one month's support obligation bear
    /// interest (Tex. Fam. Code 157.265(a)).
    OneMonthsObligation,
}

/// Which a payment reaches first once current support is paid: the arrears
/// principal or the interest on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "snake_case")]
pub enum ArrearsOrder {
    /// Oldest arrears principal first, then interest. Our default where a
    /// state is silent: 45 CFR 302.51 speaks only of support, and paying the
    /// principal first stops it bearing further interest, which is the
    /// parent's interest; the states below that do speak say the same.
    PrincipalThenInterest,
    InterestThenPrincipal,
}

/// A state's rule for interest on child support arrears, with its source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct InterestRule {
    /// The rate as a fraction: 0.06 is 6%.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub rate: Decimal,
    pub period: RatePeriod,
    /// Simple interest: charged on principal only.
    pub simple: bool,
    pub starts: InterestStart,
    pub threshold: InterestThreshold,
    pub order: ArrearsOrder,
    /// The law this rule comes from.
    pub citation: String,
    /// The rule in plain words, for the statement.
    pub summary: String,
}

impl InterestRule {
    /// The rule for each state, from
    /// `shared/guidelines/sources/modification_and_interest.csv`.
    pub fn for_jurisdiction(j: Jurisdiction) -> InterestRule {
        let rule = |rate, period, starts, threshold, citation: &str, summary: &str| InterestRule {
            rate,
            period,
            simple: true,
            starts,
            threshold,
            order: ArrearsOrder::PrincipalThenInterest,
            citation: citation.to_owned(),
            summary: summary.to_owned(),
        };
        match j {
            // Tex. Fam. Code 157.265(a): 6% simple a year on "the portion of
            // delinquent child support that is greater than the amount of the
            // monthly periodic support obligation". We exempt one month's
            // obligation (the monthly equivalent of the term in force) from
            // the base. 157.268 (as amended for collections from 1 Jan 2010)
            // applies payments to current support, then arrears principal,
            // then interest.
            Jurisdiction::Tx => rule(
                dec!(0.06),
                RatePeriod::Year,
                InterestStart::NextMonth,
                InterestThreshold::OneMonthsObligation,
                "Tex. Fam. Code 157.265 (interest), 157.268 (application of payments)",
                "6% a year, simple, on arrears greater than one month's support; payments go to principal before interest",
            ),
            // N.Y. CPLR 5004: 9% a year, simple. In New York interest runs on
            // arrears once reduced to a money judgment (Fam. Ct. Act 460,
            // DRL 244); we charge it on all arrears from the month after they
            // fell due, as if each installment were docketed. An agency that
            // charges interest only on judgments will show less.
            Jurisdiction::Ny => rule(
                dec!(0.09),
                RatePeriod::Year,
                InterestStart::NextMonth,
                InterestThreshold::None,
                "N.Y. CPLR 5004",
                "9% a year, simple, on arrears",
            ),
            // Cal. Code Civ. Proc. 685.010: 10% a year, simple (685.020(b):
            // from each installment's due date; we start the next month).
            // 695.221 credits support collections to current support, then
            // principal, then interest. (Versions before 2009 credited
            // interest first; the current text puts principal first.)
            Jurisdiction::Ca => rule(
                dec!(0.10),
                RatePeriod::Year,
                InterestStart::NextMonth,
                InterestThreshold::None,
                "Cal. Code Civ. Proc. 685.010 (rate), 695.221 (application of payments)",
                "10% a year, simple, on arrears; payments go to principal before interest",
            ),
            // O.C.G.A. 7-4-12.1: 7% a year, simple, "commencing 30 days after"
            // the payment is due. An installment's first month of interest is
            // prorated by the days left after its 30 days run out. Georgia is
            // silent on principal versus interest: our default, principal.
            Jurisdiction::Ga => rule(
                dec!(0.07),
                RatePeriod::Year,
                InterestStart::DaysAfterDue { days: 30 },
                InterestThreshold::None,
                "O.C.G.A. 7-4-12.1",
                "7% a year, simple, starting 30 days after each payment was due",
            ),
            // Wis. Stat. 767.511(6) sets 1% a month, reduced by sub. (6m) to
            // 0.5% a month (6% a year), simple, since 1 April 2014 (CSV
            // confidence: medium). The earlier 1% rate is not modelled.
            Jurisdiction::Wi => rule(
                dec!(0.005),
                RatePeriod::Month,
                InterestStart::NextMonth,
                InterestThreshold::None,
                "Wis. Stat. 767.511(6), (6m)",
                "0.5% a month, simple, on arrears",
            ),
            // Delaware charges no statutory interest on support arrears
            // (ERICSA 2010 interest table).
            Jurisdiction::De => rule(
                Decimal::ZERO,
                RatePeriod::Year,
                InterestStart::NextMonth,
                InterestThreshold::None,
                "No statutory interest on child support arrears in Delaware (ERICSA 2010 interest table)",
                "No interest on arrears",
            ),
        }
    }

    /// The rate for one month, as a fraction.
    pub fn monthly_rate(&self) -> Decimal {
        match self.period {
            RatePeriod::Year => self.rate / dec!(12),
            RatePeriod::Month => self.rate,
        }
    }

    /// The annual rate, for display (0.5% a month is 6% a year).
    pub fn annual_rate(&self) -> Decimal {
        match self.period {
            RatePeriod::Year => self.rate,
            RatePeriod::Month => self.rate * dec!(12),
        }
    }

    /// The day an unpaid installment starts to bear interest.
    pub(crate) fn bears_from(&self, bucket: &ArrearsBucket) -> NaiveDate {
        let after_month = next_month(bucket.month);
        match self.starts {
            InterestStart::NextMonth => after_month,
            InterestStart::DaysAfterDue { days } => {
                after_month.max(bucket.last_due + Days::new(u64::from(days)))
            }
        }
    }
}

/// A month's interest: the base it was charged on, and the amount.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct MonthInterest {
    pub base: Decimal,
    pub charged: Decimal,
}

/// The interest for the month starting `month` on the arrears owed at its
/// start. `obligation` is one month's support under the term in force (for
/// [`InterestThreshold::OneMonthsObligation`]); `unpaid_interest` is added
/// to the base only for a rule that is not simple.
pub(crate) fn month_interest(
    rule: &InterestRule,
    month: NaiveDate,
    arrears: &[ArrearsBucket],
    unpaid_interest: Decimal,
    obligation: Decimal,
) -> MonthInterest {
    if rule.rate.is_zero() {
        return MonthInterest {
            base: Decimal::ZERO,
            charged: Decimal::ZERO,
        };
    }
    let last = last_of_month(month);
    let days = Decimal::from(days_in_month(month));
    // The base times the days of the month, so that a share of a month
    // (Georgia's) stays exact, and the rate applied before dividing: 10% / 12
    // has no end in decimals, and multiplying by a truncated monthly rate
    // would round a charge of exactly half a cent down.
    let mut base_days = Decimal::ZERO;
    for bucket in arrears {
        let from = rule.bears_from(bucket);
        if from <= month {
            base_days += bucket.principal * days;
        } else if from <= last {
            // Georgia's 30 days end inside this month: charge the days left.
            let left = Decimal::from((last - from).num_days() + 1);
            base_days += bucket.principal * left;
        }
    }
    if rule.threshold == InterestThreshold::OneMonthsObligation {
        base_days = (base_days - obligation * days).max(Decimal::ZERO);
    }
    if !rule.simple {
        base_days += unpaid_interest * days;
    }
    let periods = match rule.period {
        RatePeriod::Year => dec!(12),
        RatePeriod::Month => Decimal::ONE,
    };
    let charged =
        (base_days * rule.rate / (days * periods)).round_dp_with_strategy(2, MidpointAwayFromZero);
    let base = base_days / days;
    MonthInterest {
        base: base.round_dp_with_strategy(2, MidpointAwayFromZero),
        charged,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn charged(j: Jurisdiction, principal: Decimal) -> Decimal {
        let bucket = ArrearsBucket {
            month: d(2026, 1, 1),
            last_due: d(2026, 1, 1),
            principal,
        };
        let rule = InterestRule::for_jurisdiction(j);
        month_interest(
            &rule,
            d(2026, 3, 1),
            &[bucket],
            Decimal::ZERO,
            Decimal::ZERO,
        )
        .charged
    }

    #[test]
    fn an_exact_half_cent_rounds_up_where_the_monthly_rate_has_no_end() {
        // 10% / 12 of $0.60 is exactly half a cent; 7% / 12 of $6.00 is 3.5
        // cents. A monthly rate cut to 28 digits would round both down.
        assert_eq!(charged(Jurisdiction::Ca, dec!(0.60)), dec!(0.01));
        assert_eq!(charged(Jurisdiction::Ga, dec!(6.00)), dec!(0.04));
        assert_eq!(charged(Jurisdiction::Ca, dec!(1000)), dec!(8.33));
        assert_eq!(charged(Jurisdiction::Wi, dec!(0.99)), dec!(0.00));
    }
}
