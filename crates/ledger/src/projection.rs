//! When the arrears reach zero at a given monthly payment.
//!
//! Assumptions, stated so the parent can judge them:
//! - current support keeps being paid in full and on time, so no new arrears
//!   arise; the monthly payment goes to arrears only, in the rule's order
//!   (principal then interest for every state built in);
//! - the month's payment arrives during the month and lowers the next
//!   month's interest, as in the statement;
//! - the interest rule stays as it is today, and everything owed already
//!   bears interest (Georgia's 30 days have run).
//!
//! Under simple interest with principal paid first any positive payment
//! ends the debt eventually; a rule that takes interest first never ends it
//! if the payment is no more than a month's interest. We stop after
//! [`HORIZON_MONTHS`] either way.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use rust_decimal::RoundingStrategy::MidpointAwayFromZero;
use serde::{Deserialize, Serialize};

use crate::calendar::next_month;
use crate::interest::{ArrearsOrder, InterestRule, InterestThreshold};
use crate::statement::Statement;

/// How far ahead we look: 100 years.
pub const HORIZON_MONTHS: u32 = 1200;

/// One projected month.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct ProjectionMonth {
    pub month: NaiveDate,
    /// What was paid this month (the last month may need less).
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub paid: Decimal,
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub to_principal: Decimal,
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub to_interest: Decimal,
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub interest_charged: Decimal,
    /// Arrears principal at the month's end.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub principal: Decimal,
    /// Unpaid interest at the month's end.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub interest: Decimal,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum PayoffOutcome {
    /// No arrears and no interest are owed.
    NothingOwed,
    /// The arrears and interest reach zero in `month`.
    PaidOff {
        month: NaiveDate,
        months: u32,
        /// Interest charged from now until then.
        #[cfg_attr(feature = "ts", ts(type = "string"))]
        interest: Decimal,
        #[cfg_attr(feature = "ts", ts(type = "string"))]
        total_paid: Decimal,
    },
    /// The payment does not reduce what is owed: it is zero, or no more than
    /// a month's interest under a rule that takes interest first.
    NeverPaysOff {
        #[cfg_attr(feature = "ts", ts(type = "string"))]
        monthly_interest: Decimal,
    },
    /// Still owing after [`HORIZON_MONTHS`].
    BeyondHorizon {
        months: u32,
        #[cfg_attr(feature = "ts", ts(type = "string"))]
        left: Decimal,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Projection {
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub monthly_payment: Decimal,
    /// Arrears principal when the projection starts (this month's unpaid
    /// support included).
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub principal: Decimal,
    /// Unpaid interest when the projection starts.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub interest: Decimal,
    pub outcome: PayoffOutcome,
    /// Month by month (empty unless the projection ran).
    pub months: Vec<ProjectionMonth>,
}

/// Projects paying `monthly_payment` toward the arrears each month, starting
/// with the month after the statement's last month.
pub fn project_payoff(statement: &Statement, monthly_payment: Decimal) -> Projection {
    let rule = &statement.interest_rule;
    let mut principal = statement.balance.arrears + statement.balance.current_unpaid;
    let mut interest = statement.balance.interest;
    // The statement's last month, if it ended early, has not had its
    // interest charged yet: charge it now so nothing is forgotten.
    if let Some(last) = statement.months.last().filter(|m| !m.complete) {
        interest += round(last.interest_base * rule.monthly_rate());
    }
    let mut projection = Projection {
        monthly_payment,
        principal,
        interest,
        outcome: PayoffOutcome::NothingOwed,
        months: Vec::new(),
    };
    if principal + interest <= Decimal::ZERO {
        return projection;
    }
    let obligation = statement.monthly_obligation;
    let first_interest = month_interest(rule, principal, interest, obligation);
    let takes_interest_first = rule.order == ArrearsOrder::InterestThenPrincipal;
    if monthly_payment <= Decimal::ZERO
        || (takes_interest_first && monthly_payment <= first_interest && principal > Decimal::ZERO)
    {
        projection.outcome = PayoffOutcome::NeverPaysOff {
            monthly_interest: first_interest,
        };
        return projection;
    }

    let mut month = statement
        .months
        .last()
        .map_or(statement.through, |m| m.month);
    let (mut total_interest, mut total_paid) = (Decimal::ZERO, Decimal::ZERO);
    for n in 1..=HORIZON_MONTHS {
        month = next_month(month);
        let charged = month_interest(rule, principal, interest, obligation);
        let mut left = monthly_payment;
        let (mut to_principal, mut to_interest) = (Decimal::ZERO, Decimal::ZERO);
        let mut pay_principal = |left: &mut Decimal, principal: &mut Decimal| {
            let p = (*left).min(*principal);
            *principal -= p;
            *left -= p;
            to_principal += p;
        };
        let mut pay_interest = |left: &mut Decimal, interest: &mut Decimal| {
            let p = (*left).min(*interest);
            *interest -= p;
            *left -= p;
            to_interest += p;
        };
        if takes_interest_first {
            pay_interest(&mut left, &mut interest);
            pay_principal(&mut left, &mut principal);
        } else {
            pay_principal(&mut left, &mut principal);
            pay_interest(&mut left, &mut interest);
        }
        interest += charged;
        total_interest += charged;
        let paid = monthly_payment - left;
        total_paid += paid;
        projection.months.push(ProjectionMonth {
            month,
            paid,
            to_principal,
            to_interest,
            interest_charged: charged,
            principal,
            interest,
        });
        if principal + interest <= Decimal::ZERO {
            projection.outcome = PayoffOutcome::PaidOff {
                month,
                months: n,
                interest: total_interest,
                total_paid,
            };
            return projection;
        }
    }
    projection.outcome = PayoffOutcome::BeyondHorizon {
        months: HORIZON_MONTHS,
        left: principal + interest,
    };
    projection
}

/// A month's interest on a balance that has all run past any waiting
/// period: the same rate, threshold and compounding as the statement.
fn month_interest(
    rule: &InterestRule,
    principal: Decimal,
    interest: Decimal,
    obligation: Decimal,
) -> Decimal {
    let mut base = principal;
    if rule.threshold == InterestThreshold::OneMonthsObligation {
        base = (base - obligation).max(Decimal::ZERO);
    }
    if !rule.simple {
        base += interest;
    }
    round(base * rule.monthly_rate())
}

fn round(d: Decimal) -> Decimal {
    d.round_dp_with_strategy(2, MidpointAwayFromZero)
}
