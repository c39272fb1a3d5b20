//! The monthly statement: what fell due, where every payment went, the
//! interest, and the balances at each month's end.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::calendar::{first_of_month, last_of_month, next_month};
use crate::distribution::{Account, PaymentDistribution};
use crate::error::LedgerError;
use crate::interest::{InterestRule, month_interest};
use crate::order::{Jurisdiction, Order, Payment, payments_in_order};
use crate::schedule::{Schedule, monthly_equivalent};

/// What is owed at a point in time. Never negative: money paid beyond what
/// is owed shows as `credit`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Balances {
    /// Support that fell due this month and is still unpaid; it becomes
    /// arrears when the month closes.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub current_unpaid: Decimal,
    /// Unpaid support from earlier months (principal).
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub arrears: Decimal,
    /// Unpaid interest on arrears.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub interest: Decimal,
    /// `current_unpaid + arrears + interest`: the balance owed.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub total: Decimal,
    /// Overpaid and held toward support falling due later.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub credit: Decimal,
}

/// One calendar month of the statement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct MonthLine {
    /// The month, as its first day.
    pub month: NaiveDate,
    /// False for the last month when the statement ends before the month
    /// does: its interest is not charged yet.
    pub complete: bool,
    /// The installments that fell due in the month.
    pub due_dates: Vec<NaiveDate>,
    /// Support that fell due in the month: the sum of its installments.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub accrued: Decimal,
    /// Credit from earlier overpayments applied this month: to the month's
    /// support when it falls due, and to interest charged at its end.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub credit_applied: Decimal,
    /// Of `credit_applied`, the part that paid this month's support.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub credit_to_current: Decimal,
    /// Everything received in the month.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub received: Decimal,
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
    /// The arrears principal interest was charged on (after any exemption).
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub interest_base: Decimal,
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub interest_charged: Decimal,
    /// The ordered monthly payment toward arrears, capped at the arrears and
    /// interest owed at the month's start. It is part of what is due, not
    /// something that adds to the debt.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub arrears_payment_due: Decimal,
    /// Index into [`Statement::payments`] of the month's first payment;
    /// the month's payments are `payments[first_payment..first_payment + payment_count]`.
    pub first_payment: u32,
    pub payment_count: u32,
    /// Balances at the month's end (at the statement's end for an incomplete
    /// month).
    pub end: Balances,
}

/// Sums over the whole statement. They reconcile:
/// - `received = to_current + to_arrears + to_interest + to_credit + refunded`
///   (every dollar received went somewhere);
/// - `accrued + interest_charged = to_current + to_arrears + to_interest +
///   credit_applied + closing total` (every dollar owed was paid or is
///   still owed);
/// - `to_credit − credit_applied = closing credit`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Totals {
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub accrued: Decimal,
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub received: Decimal,
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub to_current: Decimal,
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub to_arrears: Decimal,
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub to_interest: Decimal,
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub to_credit: Decimal,
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub credit_applied: Decimal,
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub refunded: Decimal,
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub interest_charged: Decimal,
}

/// The statement of an order's account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Statement {
    pub jurisdiction: Jurisdiction,
    pub interest_rule: InterestRule,
    /// The last day covered.
    pub through: NaiveDate,
    /// Oldest first; one per calendar month, with no gaps.
    pub months: Vec<MonthLine>,
    /// Every payment, in the order applied (by date received).
    pub payments: Vec<PaymentDistribution>,
    pub totals: Totals,
    /// The balances on `through`.
    pub balance: Balances,
    /// One month's support under the term in force on `through` (weekly ×
    /// 52 / 12 and so on); zero once the order has ended.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub monthly_obligation: Decimal,
    /// The monthly arrears payment ordered under the term in force on
    /// `through`, if any.
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub arrears_payment: Option<Decimal>,
}

/// Works the account month by month from the order's start (or an earlier
/// payment) through `through`, inclusive.
pub fn statement(
    order: &Order,
    payments: &[Payment],
    through: NaiveDate,
) -> Result<Statement, LedgerError> {
    let schedule = Schedule::new(order)?;
    let rule = order.interest();
    let start = order.start().ok_or(LedgerError::NoTerms)?;
    if through < start {
        return Err(LedgerError::ThroughBeforeStart { through, start });
    }
    let payments = payments_in_order(payments, through)?;
    let first = payments.first().map_or(start, |p| p.received.min(start));

    let mut account = Account::default();
    let mut months = Vec::new();
    let mut dists: Vec<PaymentDistribution> = Vec::with_capacity(payments.len());
    let mut totals = Totals::default();
    let mut next_payment = 0;
    let mut month = first_of_month(first);
    let last_month = first_of_month(through);

    while month <= last_month {
        let complete = last_of_month(month) <= through;
        let term = schedule.term_on(month);
        let obligation = term.map_or(Decimal::ZERO, monthly_equivalent);

        // Interest on the arrears owed at the start of the month, charged at
        // its end (see `interest`).
        let owed_at_start = account.arrears_principal() + account.interest;
        let interest = month_interest(
            &rule,
            month,
            account.arrears.make_contiguous(),
            account.interest,
            obligation,
        );
        let arrears_payment_due = term
            .and_then(|t| t.arrears_payment)
            .map_or(Decimal::ZERO, |a| a.min(owed_at_start));

        let installments = schedule.installments(month, through);
        let accrued: Decimal = installments.iter().map(|i| i.amount).sum();
        let due_dates: Vec<NaiveDate> = installments.iter().map(|i| i.due).collect();
        let credit_applied =
            account.open_month(month, accrued, due_dates.last().copied(), rule.order);

        let mut line = MonthLine {
            month,
            complete,
            due_dates,
            accrued,
            credit_applied,
            credit_to_current: credit_applied,
            received: Decimal::ZERO,
            to_current: Decimal::ZERO,
            to_arrears: Decimal::ZERO,
            to_interest: Decimal::ZERO,
            to_credit: Decimal::ZERO,
            refunded: Decimal::ZERO,
            interest_base: interest.base,
            interest_charged: Decimal::ZERO,
            arrears_payment_due,
            first_payment: dists.len() as u32,
            payment_count: 0,
            end: Balances::default(),
        };

        let month_end = next_month(month);
        while let Some(p) = payments
            .get(next_payment)
            .filter(|p| p.received < month_end)
        {
            let d = account.apply(p, rule.order);
            line.received += d.amount;
            line.to_current += d.to_current;
            line.to_arrears += d.to_arrears;
            line.to_interest += d.to_interest;
            line.to_credit += d.to_credit;
            line.refunded += d.refunded;
            line.payment_count += 1;
            dists.push(d);
            next_payment += 1;
        }

        if complete {
            account.interest += interest.charged;
            line.interest_charged = interest.charged;
            line.credit_applied += account.apply_credit(rule.order);
        }
        line.end = balances(&account);
        add(&mut totals, &line);
        months.push(line);
        if complete {
            account.close_month();
        }
        month = month_end;
    }

    let last_term = schedule.term_on(through);
    Ok(Statement {
        jurisdiction: order.jurisdiction,
        interest_rule: rule,
        through,
        balance: months.last().map(|m| m.end).unwrap_or_default(),
        months,
        payments: dists,
        totals,
        monthly_obligation: last_term.map_or(Decimal::ZERO, monthly_equivalent),
        arrears_payment: last_term.and_then(|t| t.arrears_payment),
    })
}

fn balances(a: &Account) -> Balances {
    let arrears = a.arrears_principal();
    Balances {
        current_unpaid: a.current_due,
        arrears,
        interest: a.interest,
        total: a.current_due + arrears + a.interest,
        credit: a.credit,
    }
}

fn add(t: &mut Totals, m: &MonthLine) {
    t.accrued += m.accrued;
    t.received += m.received;
    t.to_current += m.to_current;
    t.to_arrears += m.to_arrears;
    t.to_interest += m.to_interest;
    t.to_credit += m.to_credit;
    t.credit_applied += m.credit_applied;
    t.refunded += m.refunded;
    t.interest_charged += m.interest_charged;
}

impl Statement {
    /// The month line containing `date`, if the statement covers it.
    pub fn month_of(&self, date: NaiveDate) -> Option<&MonthLine> {
        let m = first_of_month(date);
        let first = self.months.first()?.month;
        if m < first {
            return None;
        }
        self.months
            .binary_search_by_key(&m, |l| l.month)
            .ok()
            .map(|i| &self.months[i])
    }

    /// The payments received in a month of the statement.
    pub fn payments_in(&self, line: &MonthLine) -> &[PaymentDistribution] {
        let from = line.first_payment as usize;
        &self.payments[from..from + line.payment_count as usize]
    }
}
