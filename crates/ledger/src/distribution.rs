//! How each payment is split, under 45 CFR 302.51.
//!
//! 45 CFR 302.51(a)(1): an amount collected is "treated first as payment on
//! the required support obligation for the month in which the support was
//! collected", and any excess as payment on the obligation for previous
//! months. So a payment goes:
//!
//! 1. to the support falling due in the calendar month it was received
//!    (the whole month's installments; see [`crate::schedule`]);
//! 2. then to arrears principal, **oldest month first**;
//! 3. then to interest on arrears (step 2 and 3 swap for a rule with
//!    [`ArrearsOrder::InterestThenPrincipal`]; every state built in puts
//!    principal first, see [`crate::interest`]);
//! 4. anything left is an overpayment, held as **credit** and applied to
//!    support as it falls due in later months (never a negative balance).
//!
//! Tax refund offsets skip step 1: they may pay past-due support only
//! (42 U.S.C. 664, 45 CFR 303.72; see [`PaymentSource::arrears_only`]). What
//! an offset leaves over after all arrears and interest is **refunded** to
//! the payer, as agencies do with an offset larger than the debt (e.g. 466
//! Neb. Admin. Code ch. 11 § 004), rather than held against future support.
//!
//! Every payment's parts sum exactly to the payment: the split only ever
//! moves whole cents from one bucket to another.

use std::collections::VecDeque;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::interest::ArrearsOrder;
use crate::order::{Payment, PaymentSource};

/// Where one piece of a payment went.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "snake_case")]
pub enum PartKind {
    /// Support falling due in the month the payment was received.
    CurrentSupport,
    /// Support from an earlier month (`month` says which).
    Arrears,
    /// Interest charged on arrears.
    Interest,
    /// More than was owed: held and applied to later support.
    Credit,
    /// An offset larger than everything owed: returned to the payer.
    Refund,
}

/// One piece of a payment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Part {
    pub kind: PartKind,
    /// For support: the month (its first day) the support fell due in.
    pub month: Option<NaiveDate>,
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub amount: Decimal,
}

/// How one payment was distributed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct PaymentDistribution {
    pub payment_id: String,
    pub received: NaiveDate,
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub amount: Decimal,
    pub source: PaymentSource,
    /// In the order applied; they sum to `amount`.
    pub parts: Vec<Part>,
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub to_current: Decimal,
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub to_arrears: Decimal,
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub to_interest: Decimal,
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub to_credit: Decimal,
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub refunded: Decimal,
}

impl PaymentDistribution {
    fn new(p: &Payment) -> Self {
        PaymentDistribution {
            payment_id: p.id.clone(),
            received: p.received,
            amount: p.amount,
            source: p.source,
            parts: Vec::with_capacity(2),
            to_current: Decimal::ZERO,
            to_arrears: Decimal::ZERO,
            to_interest: Decimal::ZERO,
            to_credit: Decimal::ZERO,
            refunded: Decimal::ZERO,
        }
    }

    fn push(&mut self, kind: PartKind, month: Option<NaiveDate>, amount: Decimal) {
        if amount.is_zero() {
            return;
        }
        match kind {
            PartKind::CurrentSupport => self.to_current += amount,
            PartKind::Arrears => self.to_arrears += amount,
            PartKind::Interest => self.to_interest += amount,
            PartKind::Credit => self.to_credit += amount,
            PartKind::Refund => self.refunded += amount,
        }
        self.parts.push(Part {
            kind,
            month,
            amount,
        });
    }
}

/// Unpaid support from one month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct ArrearsBucket {
    /// The month it fell due in (first day).
    pub month: NaiveDate,
    /// The month's last due date. Payments reach a month's earliest
    /// installments first, so what is left unpaid is the latest ones.
    pub last_due: NaiveDate,
    pub principal: Decimal,
}

/// The running account between payments.
#[derive(Debug, Clone, Default)]
pub(crate) struct Account {
    pub month: Option<NaiveDate>,
    /// This month's support not yet paid.
    pub current_due: Decimal,
    last_due: Option<NaiveDate>,
    /// Oldest first.
    pub arrears: VecDeque<ArrearsBucket>,
    pub interest: Decimal,
    pub credit: Decimal,
}

impl Account {
    pub fn arrears_principal(&self) -> Decimal {
        self.arrears.iter().map(|b| b.principal).sum()
    }

    /// Opens a month with the support falling due in it. Credit held from
    /// an earlier overpayment pays it first; returns how much credit was
    /// used.
    pub fn open_month(
        &mut self,
        month: NaiveDate,
        due: Decimal,
        last_due: Option<NaiveDate>,
        order: ArrearsOrder,
    ) -> Decimal {
        self.month = Some(month);
        self.last_due = last_due;
        self.current_due = due;
        // Credit left after last month's end means nothing else is owed, so
        // all of this goes to the month's support.
        self.apply_credit(order)
    }

    /// Pays what is owed from credit held, in the same order as a payment
    /// (current support, then arrears and interest), so the account never
    /// shows a balance owed next to money held. Returns the credit used.
    pub fn apply_credit(&mut self, order: ArrearsOrder) -> Decimal {
        if self.credit.is_zero() {
            return Decimal::ZERO;
        }
        let mut scratch = PaymentDistribution {
            payment_id: String::new(),
            received: NaiveDate::MIN,
            amount: self.credit,
            source: PaymentSource::Other,
            parts: Vec::new(),
            to_current: Decimal::ZERO,
            to_arrears: Decimal::ZERO,
            to_interest: Decimal::ZERO,
            to_credit: Decimal::ZERO,
            refunded: Decimal::ZERO,
        };
        let mut left = self.credit;
        let paid = left.min(self.current_due);
        self.current_due -= paid;
        left -= paid;
        left = match order {
            ArrearsOrder::PrincipalThenInterest => {
                let l = self.pay_principal(left, &mut scratch);
                self.pay_interest(l, &mut scratch)
            }
            ArrearsOrder::InterestThenPrincipal => {
                let l = self.pay_interest(left, &mut scratch);
                self.pay_principal(l, &mut scratch)
            }
        };
        let used = self.credit - left;
        self.credit = left;
        used
    }

    /// Closes the month: current support still unpaid becomes arrears.
    pub fn close_month(&mut self) {
        if let (Some(month), Some(last_due)) = (self.month, self.last_due)
            && self.current_due > Decimal::ZERO
        {
            self.arrears.push_back(ArrearsBucket {
                month,
                last_due,
                principal: self.current_due,
            });
        }
        self.current_due = Decimal::ZERO;
    }

    /// Splits one payment received in the open month.
    pub fn apply(&mut self, p: &Payment, order: ArrearsOrder) -> PaymentDistribution {
        let mut d = PaymentDistribution::new(p);
        let mut left = p.amount;

        if !p.source.arrears_only() {
            let paid = left.min(self.current_due);
            self.current_due -= paid;
            left -= paid;
            d.push(PartKind::CurrentSupport, self.month, paid);
        }
        match order {
            ArrearsOrder::PrincipalThenInterest => {
                left = self.pay_principal(left, &mut d);
                left = self.pay_interest(left, &mut d);
            }
            ArrearsOrder::InterestThenPrincipal => {
                left = self.pay_interest(left, &mut d);
                left = self.pay_principal(left, &mut d);
            }
        }
        if p.source.arrears_only() {
            d.push(PartKind::Refund, None, left);
        } else {
            self.credit += left;
            d.push(PartKind::Credit, None, left);
        }
        d
    }

    /// Oldest month first (45 CFR 302.51(a)(1): "previous months").
    fn pay_principal(&mut self, mut left: Decimal, d: &mut PaymentDistribution) -> Decimal {
        while left > Decimal::ZERO {
            let Some(oldest) = self.arrears.front_mut() else {
                break;
            };
            let paid = left.min(oldest.principal);
            oldest.principal -= paid;
            left -= paid;
            d.push(PartKind::Arrears, Some(oldest.month), paid);
            if oldest.principal.is_zero() {
                self.arrears.pop_front();
            }
        }
        left
    }

    fn pay_interest(&mut self, left: Decimal, d: &mut PaymentDistribution) -> Decimal {
        let paid = left.min(self.interest);
        self.interest -= paid;
        d.push(PartKind::Interest, None, paid);
        left - paid
    }
}
