//! The order (what the court or agency set) and the payments received.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::error::LedgerError;
use crate::interest::InterestRule;

/// The state whose law governs the order, and so its interest rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum Jurisdiction {
    #[serde(rename = "US-CA")]
    Ca,
    #[serde(rename = "US-DE")]
    De,
    #[serde(rename = "US-GA")]
    Ga,
    #[serde(rename = "US-NY")]
    Ny,
    #[serde(rename = "US-TX")]
    Tx,
    #[serde(rename = "US-WI")]
    Wi,
}

/// How often an installment falls due. See [`crate::schedule`] for the exact
/// due dates of each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "snake_case")]
pub enum Frequency {
    Weekly,
    Biweekly,
    Semimonthly,
    Monthly,
}

/// One stretch of the order: an amount per installment, in force from
/// `start` to `end` (both inclusive). A modification ends one term and
/// starts the next.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Term {
    /// The amount of each installment (per week, per month, ...).
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub amount: Decimal,
    pub frequency: Frequency,
    /// The first day of the term; the first installment falls due on it.
    pub start: NaiveDate,
    /// The last day of the term, inclusive. `None`: until the next term
    /// starts, or indefinitely.
    #[serde(default)]
    pub end: Option<NaiveDate>,
    /// A monthly amount ordered toward arrears on top of current support.
    /// It adds nothing to what is owed; it is what the payer must pay each
    /// month toward the arrears already owed.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub arrears_payment: Option<Decimal>,
}

/// A support order: its state and its terms over time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Order {
    pub jurisdiction: Jurisdiction,
    pub terms: Vec<Term>,
    /// Overrides the state's interest rule, for an order that sets its own
    /// (for example a court that waived interest). `None`: the state's rule,
    /// [`InterestRule::for_jurisdiction`].
    #[serde(default)]
    pub interest_rule: Option<InterestRule>,
}

/// Where a payment came from. It matters: tax refund offsets pay arrears
/// only (see [`PaymentSource::arrears_only`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "snake_case")]
pub enum PaymentSource {
    WageWithholding,
    /// Federal tax refund offset (the Treasury Offset Program).
    TaxOffset,
    StateTaxOffset,
    Unemployment,
    Direct,
    Other,
}

impl PaymentSource {
    /// Whether the money may go to past-due support only, never to the
    /// current month's support.
    ///
    /// - Federal tax refund offsets: 42 U.S.C. 664 and 45 CFR 303.72 allow
    ///   the offset only for *past-due* support, and federal distribution
    ///   rules treat the collection as arrears (state rules say so plainly,
    ///   e.g. 466 Neb. Admin. Code ch. 11 § 004: an offset "represent[s] an
    ///   arrears collection", any excess "returned to the obligor").
    /// - State tax refund offsets: 45 CFR 303.102 likewise reaches only
    ///   *overdue* support, so by default we treat them the same way. States
    ///   differ here (Maine, 10-144 C.M.R. ch. 351 § 17-7, applies them to
    ///   current support first); for such a state the backend can pass the
    ///   payment as `Other`.
    pub fn arrears_only(self) -> bool {
        matches!(
            self,
            PaymentSource::TaxOffset | PaymentSource::StateTaxOffset
        )
    }
}

/// Money received by the agency on the case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Payment {
    pub id: String,
    /// The date the agency received it; this decides its month under
    /// 45 CFR 302.51(a)(1).
    pub received: NaiveDate,
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub amount: Decimal,
    pub source: PaymentSource,
}

/// A term with the end it actually has once the terms are put in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct TermInForce {
    pub term: Term,
    /// Inclusive; `None` runs forever.
    pub until: Option<NaiveDate>,
}

impl Order {
    /// The interest rule this order follows.
    pub fn interest(&self) -> InterestRule {
        self.interest_rule
            .clone()
            .unwrap_or_else(|| InterestRule::for_jurisdiction(self.jurisdiction))
    }

    /// The first day anything can fall due.
    pub fn start(&self) -> Option<NaiveDate> {
        self.terms.iter().map(|t| t.start).min()
    }

    /// Checks the terms and puts them in order. A term without an end gives
    /// way to the next term the day before it starts; a term whose explicit
    /// end runs past the next start is refused, since we cannot tell which
    /// of the two amounts the court meant.
    pub(crate) fn terms_in_force(&self) -> Result<Vec<TermInForce>, LedgerError> {
        if self.terms.is_empty() {
            return Err(LedgerError::NoTerms);
        }
        let mut terms = self.terms.clone();
        terms.sort_by_key(|t| t.start);
        for t in &terms {
            if t.amount < Decimal::ZERO {
                return Err(LedgerError::NegativeAmount {
                    what: "amount",
                    start: t.start,
                    amount: t.amount,
                });
            }
            if let Some(a) = t.arrears_payment.filter(|a| *a < Decimal::ZERO) {
                return Err(LedgerError::NegativeAmount {
                    what: "arrears payment",
                    start: t.start,
                    amount: a,
                });
            }
            if let Some(end) = t.end.filter(|end| *end < t.start) {
                return Err(LedgerError::EndBeforeStart {
                    start: t.start,
                    end,
                });
            }
        }
        let mut out = Vec::with_capacity(terms.len());
        for (i, t) in terms.iter().enumerate() {
            let until = match terms.get(i + 1) {
                None => t.end,
                Some(next) => {
                    let day_before = next.start.pred_opt().expect("inside chrono's range");
                    match t.end {
                        Some(end) if end > day_before => {
                            return Err(LedgerError::OverlappingTerms {
                                first: t.start,
                                first_end: end,
                                second: next.start,
                            });
                        }
                        Some(end) => Some(end),
                        None => Some(day_before),
                    }
                }
            };
            out.push(TermInForce {
                term: t.clone(),
                until,
            });
        }
        Ok(out)
    }
}

/// Checks the payments and returns them in the order they are applied: by
/// date received, and in the given order for payments on the same day.
pub(crate) fn payments_in_order(
    payments: &[Payment],
    through: NaiveDate,
) -> Result<Vec<&Payment>, LedgerError> {
    let mut seen = std::collections::HashSet::with_capacity(payments.len());
    for p in payments {
        if p.amount <= Decimal::ZERO {
            return Err(LedgerError::PaymentNotPositive {
                id: p.id.clone(),
                received: p.received,
                amount: p.amount,
            });
        }
        if p.received > through {
            return Err(LedgerError::PaymentAfterThrough {
                id: p.id.clone(),
                received: p.received,
                through,
            });
        }
        if !seen.insert(p.id.as_str()) {
            return Err(LedgerError::DuplicatePayment { id: p.id.clone() });
        }
    }
    let mut sorted: Vec<&Payment> = payments.iter().collect();
    sorted.sort_by_key(|p| p.received); // stable: same-day order kept
    Ok(sorted)
}
