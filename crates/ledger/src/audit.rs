//! Checking the agency's arithmetic.
//!
//! We compare the agency's balance with ours, net of credit
//! (`total − credit`: an agency showing an overpayment as a negative balance
//! then matches). Amounts within half a cent are equal. With a series of
//! agency month-end balances we find the first month where the two part; with
//! a single figure we can only say whether they differ, so we also look for
//! a likely cause: a payment, an installment or the interest that the
//! difference equals exactly.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use serde::{Deserialize, Serialize};

use crate::calendar::first_of_month;
use crate::statement::{MonthLine, Statement};

/// The agency's balance at the end of a month (or on the statement's last
/// day, for its last month).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct AgencyMonthEnd {
    /// Any day in the month; the month is what counts.
    pub month: NaiveDate,
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub balance: Decimal,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Every figure compared matches ours to the cent.
    Matches,
    /// At least one figure differs; see `first_difference`.
    Differs,
    /// No agency figure fell inside the months our statement covers.
    NotCovered,
}

/// One month compared.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct AuditRow {
    pub month: NaiveDate,
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub ours: Decimal,
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub agency: Decimal,
    /// `agency − ours`: positive when the agency says more is owed.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub difference: Decimal,
}

/// Where the figures first part.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct MonthDifference {
    pub month: NaiveDate,
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub ours: Decimal,
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub agency: Decimal,
    /// `agency − ours` at that month.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub difference: Decimal,
    /// Whether an earlier agency figure was compared and matched, so this is
    /// really where they part (false when this is the only figure we had).
    pub confirmed_first: bool,
}

/// Something in our statement that equals the difference exactly.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum LikelyCause {
    /// The agency shows more owed by exactly this payment: perhaps not
    /// credited.
    PaymentMissing {
        payment_id: String,
        received: NaiveDate,
    },
    /// The agency shows less owed by exactly this payment: perhaps counted
    /// twice.
    PaymentCountedTwice {
        payment_id: String,
        received: NaiveDate,
    },
    /// The difference equals one installment (a due date counted or missed).
    Installment { due: NaiveDate },
    /// The difference equals all interest we charged: the agency charges
    /// none, or we charge where it does not.
    Interest,
}

/// The audit's answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct AuditResult {
    pub verdict: Verdict,
    /// The rows compared, oldest first.
    pub rows: Vec<AuditRow>,
    /// The first month where the agency's figure and ours differ.
    pub first_difference: Option<MonthDifference>,
    pub likely_causes: Vec<LikelyCause>,
}

/// Compares one agency balance on `as_of` with ours at the end of that
/// month (or on the statement's last day, if `as_of` is in its last month).
/// Pass `as_of = statement.through` to compare like with like.
pub fn audit(statement: &Statement, agency_balance: Decimal, as_of: NaiveDate) -> AuditResult {
    audit_series(
        statement,
        &[AgencyMonthEnd {
            month: as_of,
            balance: agency_balance,
        }],
    )
}

/// Compares a series of agency month-end balances with ours and names the
/// first month where they part. Figures for months outside the statement
/// are skipped.
pub fn audit_series(statement: &Statement, agency: &[AgencyMonthEnd]) -> AuditResult {
    let mut figures: Vec<&AgencyMonthEnd> = agency.iter().collect();
    figures.sort_by_key(|f| f.month);
    let rows: Vec<AuditRow> = figures
        .iter()
        .filter_map(|f| {
            let line = statement.month_of(f.month)?;
            let ours = line.end.total - line.end.credit;
            Some(AuditRow {
                month: first_of_month(f.month),
                ours,
                agency: f.balance,
                difference: f.balance - ours,
            })
        })
        .collect();
    if rows.is_empty() {
        return AuditResult {
            verdict: Verdict::NotCovered,
            rows,
            first_difference: None,
            likely_causes: Vec::new(),
        };
    }
    let first = rows
        .iter()
        .position(|r| !same(r.difference, Decimal::ZERO))
        .map(|i| {
            let r = &rows[i];
            MonthDifference {
                month: r.month,
                ours: r.ours,
                agency: r.agency,
                difference: r.difference,
                confirmed_first: i > 0,
            }
        });
    let likely_causes = first
        .as_ref()
        .map(|f| likely_causes(statement, f))
        .unwrap_or_default();
    AuditResult {
        verdict: if first.is_some() {
            Verdict::Differs
        } else {
            Verdict::Matches
        },
        rows,
        first_difference: first,
        likely_causes,
    }
}

/// Equal to the cent.
fn same(a: Decimal, b: Decimal) -> bool {
    (a - b).abs() < dec!(0.005)
}

/// Looks for a single figure the difference equals. When the first
/// difference is confirmed (an earlier month matched), only that month is
/// searched; otherwise everything up to it.
fn likely_causes(statement: &Statement, first: &MonthDifference) -> Vec<LikelyCause> {
    let d = first.difference;
    let lines: Vec<&MonthLine> = statement
        .months
        .iter()
        .filter(|m| m.month <= first.month && (!first.confirmed_first || m.month == first.month))
        .collect();
    let mut causes = Vec::new();
    for line in &lines {
        for p in statement.payments_in(line) {
            if same(p.amount, d.abs()) {
                let (payment_id, received) = (p.payment_id.clone(), p.received);
                causes.push(if d > Decimal::ZERO {
                    LikelyCause::PaymentMissing {
                        payment_id,
                        received,
                    }
                } else {
                    LikelyCause::PaymentCountedTwice {
                        payment_id,
                        received,
                    }
                });
            }
        }
    }
    // An installment: the amount of one due date (accrued ÷ count).
    for line in &lines {
        let n = line.due_dates.len();
        if n > 0 && same(line.accrued / Decimal::from(n), d.abs()) {
            causes.push(LikelyCause::Installment {
                due: *line.due_dates.last().expect("n > 0"),
            });
            break;
        }
    }
    let interest: Decimal = lines.iter().map(|l| l.interest_charged).sum();
    if !interest.is_zero() && same(interest, -d) {
        causes.push(LikelyCause::Interest);
    }
    causes.truncate(5);
    causes
}
