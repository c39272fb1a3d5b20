//! The agency's books on a case: what is owed at a date, and how each payment
//! is applied, under 45 CFR 302.51 and the order's interest rule. This is the
//! agency's own computation; the app's `ledger` crate recomputes it
//! independently to audit it, so both follow the conventions below (and
//! `tests/cross_check.rs` holds them to the cent).
//!
//! The account is worked month by month from the order's start (or an
//! earlier payment), in integer cents:
//!
//! 1. The support falling due in the month is the month's *current support*
//!    (45 CFR 302.51(a)(1): a collection is "treated first as payment on the
//!    required support obligation for the month in which the support was
//!    collected"). Credit held from an overpayment pays it first.
//! 2. The month's interest is worked out on the arrears principal owed at
//!    its start (see [`crate::interest`]) and posted at its end.
//! 3. Each payment received in the month, in the order received, goes to
//!    the month's current support, then to arrears principal, oldest month
//!    first (302.51(a)(1): the excess is payment "on the obligation for
//!    previous months"), then to the interest owed. Principal before
//!    interest is what the states that say so require (Tex. Fam. Code
//!    157.268; Cal. Code Civ. Proc. 695.221) and stops the principal bearing
//!    more interest; we follow it everywhere. What is left is held as
//!    credit and recorded as current support paid ahead.
//! 4. At the month's end, its interest is posted, credit held pays it, and
//!    current support still unpaid becomes arrears of that month.
//!
//! Tax refund offsets skip the current month: they are certified for
//! past-due support (45 CFR 303.72(h); 42 U.S.C. 664), which includes the
//! interest on it. The agency refuses an offset larger than that.
//!
//! The reference agency charges no fees, so that part is always zero.

use std::collections::VecDeque;

use crate::interest::{Arrear, InterestRule, first_of_month, first_of_next_month, last_of_month};
use crate::schedule::Terms;
use agency_api::{Frequency, PaymentSource};
use chrono::NaiveDate;

/// A payment as far as the books are concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Received {
    pub(crate) received_on: NaiveDate,
    pub(crate) amount_cents: i64,
    pub(crate) source: PaymentSource,
}

/// How one payment was applied. The parts sum to the payment, except what
/// an offset refunds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Split {
    /// The month's current support, and any credit paid ahead.
    pub(crate) current_cents: i64,
    pub(crate) arrears_cents: i64,
    pub(crate) interest_cents: i64,
    /// An offset beyond everything past due, returned to the payer (only in
    /// replays of payments the agency had accepted before; a new such
    /// offset is refused).
    pub(crate) refund_cents: i64,
}

/// What is owed at the end of a day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Position {
    /// Support due in the day's month, up to the day, and not yet paid.
    pub(crate) current_due_cents: i64,
    /// Past-due support not yet paid (principal only).
    pub(crate) principal_cents: i64,
    /// Interest posted and not yet paid.
    pub(crate) interest_cents: i64,
    /// Paid ahead and held.
    pub(crate) credit_cents: i64,
    /// Everything received and kept (refunds excluded).
    pub(crate) total_paid_cents: i64,
    /// Every interest posting so far.
    pub(crate) interest_posted_cents: i64,
    /// How each payment was applied, by date received (same-day payments in
    /// the order given).
    pub(crate) splits: Vec<Split>,
}

impl Position {
    /// Past due: principal and interest, less credit held (negative when
    /// in credit).
    pub(crate) fn arrears_cents(&self) -> i64 {
        self.principal_cents + self.interest_cents - self.credit_cents
    }

    /// Everything owed, net of credit.
    #[cfg(test)]
    pub(crate) fn owed_cents(&self) -> i64 {
        self.current_due_cents + self.arrears_cents()
    }
}

/// The running account.
#[derive(Debug, Default)]
struct Account {
    /// The open month and its last due date so far.
    month: Option<(NaiveDate, Option<NaiveDate>)>,
    current_due: i64,
    /// Oldest first.
    arrears: VecDeque<Arrear>,
    interest: i64,
    credit: i64,
}

impl Account {
    fn principal(&self) -> i64 {
        self.arrears.iter().map(|a| a.principal_cents).sum()
    }

    /// Pays what is owed, in order: current support (unless `past_due_only`),
    /// principal oldest first, interest. Returns the split and what is left.
    fn pay(&mut self, mut left: i64, past_due_only: bool) -> (Split, i64) {
        let mut split = Split::default();
        if !past_due_only {
            let paid = left.min(self.current_due);
            self.current_due -= paid;
            split.current_cents = paid;
            left -= paid;
        }
        while left > 0 {
            let Some(oldest) = self.arrears.front_mut() else {
                break;
            };
            let paid = left.min(oldest.principal_cents);
            oldest.principal_cents -= paid;
            split.arrears_cents += paid;
            left -= paid;
            if oldest.principal_cents == 0 {
                self.arrears.pop_front();
            }
        }
        let paid = left.min(self.interest);
        self.interest -= paid;
        split.interest_cents = paid;
        (split, left - paid)
    }

    /// Credit held pays what is owed.
    fn use_credit(&mut self) {
        if self.credit > 0 {
            let (_, left) = self.pay(self.credit, false);
            self.credit = left;
        }
    }

    fn receive(&mut self, p: &Received) -> Split {
        let offset = is_offset(p.source);
        let (mut split, left) = self.pay(p.amount_cents, offset);
        if offset {
            split.refund_cents = left;
        } else {
            split.current_cents += left;
            self.credit += left;
        }
        split
    }

    /// The month's end: unpaid current support becomes arrears.
    fn close_month(&mut self) {
        if let Some((month, Some(last_due))) = self.month.take()
            && self.current_due > 0
        {
            self.arrears.push_back(Arrear {
                month,
                last_due,
                principal_cents: self.current_due,
            });
        }
        self.current_due = 0;
    }
}

/// Tax refund offsets pay past-due support only.
pub(crate) fn is_offset(source: PaymentSource) -> bool {
    matches!(
        source,
        PaymentSource::FederalTaxOffset | PaymentSource::StateTaxOffset
    )
}

/// Works the account through the end of `day`: support due up to `day`, the
/// payments received up to `day` by date received (same-day payments in the
/// order given), and the interest of
/// every month over by then. `whole_month`: count all of `day`'s month's
/// installments as current support, not only those due by `day` (how a
/// payment received on `day` is applied: to the month's obligation).
pub(crate) fn position(
    terms: &Terms,
    rule: &InterestRule,
    payments: &[Received],
    day: NaiveDate,
    whole_month: bool,
) -> Position {
    let mut payments: Vec<&Received> = payments.iter().filter(|p| p.received_on <= day).collect();
    payments.sort_by_key(|p| p.received_on); // stable
    let first = payments
        .first()
        .map_or(terms.start, |p| p.received_on.min(terms.start));
    let mut account = Account::default();
    let mut splits = Vec::with_capacity(payments.len());
    let mut posted = 0;
    let mut next = payments.iter().peekable();
    let mut month = first_of_month(first.min(day));
    loop {
        let end = last_of_month(month);
        let over = end <= day;
        let interest = rule.month_interest(
            month,
            account.arrears.make_contiguous(),
            monthly_obligation(terms, month),
        );
        let dues_through = if whole_month { end } else { end.min(day) };
        let dues: Vec<NaiveDate> = terms
            .due_through(dues_through)
            .filter(|d| *d >= month)
            .collect();
        account.month = Some((month, dues.last().copied()));
        account.current_due = terms.amount_cents * i64::try_from(dues.len()).unwrap_or(0);
        account.use_credit();

        while let Some(p) = next.next_if(|p| p.received_on <= end) {
            splits.push(account.receive(p));
        }

        if over {
            account.interest += interest;
            posted += interest;
            account.use_credit();
            account.close_month();
        }
        if end >= day {
            break;
        }
        month = first_of_next_month(month);
    }
    let total_paid = payments
        .iter()
        .zip(&splits)
        .map(|(p, s)| p.amount_cents - s.refund_cents)
        .sum();
    Position {
        current_due_cents: account.current_due,
        principal_cents: account.principal(),
        interest_cents: account.interest,
        credit_cents: account.credit,
        total_paid_cents: total_paid,
        interest_posted_cents: posted,
        splits,
    }
}

/// One month's support under the order, if it is in force on the month's
/// first day: weekly × 52 / 12, biweekly × 26 / 12, semimonthly × 2,
/// rounded to the cent, halves up. Only Texas's rule uses it.
fn monthly_obligation(terms: &Terms, month: NaiveDate) -> i64 {
    let in_force = terms.start <= month && terms.end.is_none_or(|end| month <= end);
    if !in_force {
        return 0;
    }
    let a = terms.amount_cents;
    match terms.frequency {
        Frequency::Monthly => a,
        Frequency::Semimonthly => a * 2,
        Frequency::Weekly => (a * 52 * 2 + 12) / 24,
        Frequency::Biweekly => (a * 26 * 2 + 12) / 24,
    }
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

/// Applies a new payment received on `received.received_on`, after every
/// payment already posted up to that day.
pub(crate) fn distribute(
    terms: &Terms,
    rule: &InterestRule,
    posted: &[Received],
    received: Received,
) -> Result<Split, DistributionError> {
    if received.amount_cents <= 0 {
        return Err(DistributionError::NotPositive);
    }
    let day = received.received_on;
    let mut all: Vec<Received> = posted
        .iter()
        .copied()
        .filter(|p| p.received_on <= day)
        .collect();
    if is_offset(received.source) {
        let before = position(terms, rule, &all, day, true);
        // What an offset may pay: principal and interest past due on the day.
        let past_due = before.principal_cents + before.interest_cents;
        if received.amount_cents > past_due {
            return Err(DistributionError::OffsetExceedsArrears {
                owed_cents: past_due,
            });
        }
    }
    all.push(received);
    let after = position(terms, rule, &all, day, true);
    Ok(*after.splits.last().expect("the new payment was applied"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    /// $450.00 a month from January 2026.
    fn order() -> Terms {
        Terms {
            amount_cents: 45_000,
            frequency: Frequency::Monthly,
            start: d(2026, 1, 1),
            end: None,
            arrears_payment_cents: 5_000,
        }
    }

    fn pay(day: NaiveDate, cents: i64, source: PaymentSource) -> Received {
        Received {
            received_on: day,
            amount_cents: cents,
            source,
        }
    }

    const WI: &str = "US-WI";
    const DIRECT: PaymentSource = PaymentSource::Direct;

    fn at(payments: &[Received], day: NaiveDate) -> Position {
        position(&order(), &InterestRule::named(WI), payments, day, false)
    }

    #[test]
    fn an_unpaid_month_becomes_arrears_and_bears_interest_from_the_next() {
        let p = at(&[], d(2026, 2, 10));
        assert_eq!(p.current_due_cents, 45_000);
        assert_eq!(p.principal_cents, 45_000);
        // January's $450.00 bears interest in February, posted at its end.
        assert_eq!(p.interest_cents, 0);
        let p = at(&[], d(2026, 2, 28));
        assert_eq!(p.interest_cents, 225);
        // February is over too: its $450.00 is arrears now.
        assert_eq!(p.current_due_cents, 0);
        assert_eq!(p.arrears_cents(), 90_000 + 225);
        // March: January's and February's $900.00 at 0.5%.
        let p = at(&[], d(2026, 3, 31));
        assert_eq!(p.interest_cents, 225 + 450);
        assert_eq!(p.interest_posted_cents, 675);
    }

    #[test]
    fn a_payment_goes_to_the_month_then_principal_oldest_first_then_interest() {
        let terms = order();
        let rule = InterestRule::named(WI);
        // January and February unpaid; $2.25 interest posted for February.
        let split = distribute(&terms, &rule, &[], pay(d(2026, 3, 10), 50_000, DIRECT)).unwrap();
        assert_eq!(
            split,
            Split {
                current_cents: 45_000,
                arrears_cents: 5_000,
                ..Split::default()
            }
        );
        // $1,500.00: March, January and February, the $2.25 of interest,
        // and $147.75 held as credit (recorded as current support).
        let split = distribute(&terms, &rule, &[], pay(d(2026, 3, 10), 150_000, DIRECT)).unwrap();
        assert_eq!(split.arrears_cents, 90_000);
        assert_eq!(split.interest_cents, 225);
        assert_eq!(split.current_cents, 45_000 + 14_775);
    }

    #[test]
    fn a_payment_before_the_due_date_in_the_month_pays_that_months_support() {
        let mut terms = order();
        terms.start = d(2026, 1, 15);
        let rule = InterestRule::named(WI);
        let posted = [];
        // 5 February: January's $450.00 is arrears; February's falls due on
        // the 15th, and the payment pays it first all the same.
        let split = distribute(&terms, &rule, &posted, pay(d(2026, 2, 5), 50_000, DIRECT)).unwrap();
        assert_eq!((split.current_cents, split.arrears_cents), (45_000, 5_000));
    }

    #[test]
    fn a_federal_tax_offset_pays_past_due_support_and_its_interest_only() {
        let terms = order();
        let rule = InterestRule::named(WI);
        let offset = |cents| pay(d(2026, 3, 11), cents, PaymentSource::FederalTaxOffset);
        // Past due on 11 March: $900.00 principal and $2.25 interest.
        let split = distribute(&terms, &rule, &[], offset(90_225)).unwrap();
        assert_eq!(
            split,
            Split {
                current_cents: 0,
                arrears_cents: 90_000,
                interest_cents: 225,
                refund_cents: 0,
            }
        );
        assert_eq!(
            distribute(&terms, &rule, &[], offset(90_226)),
            Err(DistributionError::OffsetExceedsArrears { owed_cents: 90_225 })
        );
    }

    #[test]
    fn credit_pays_later_support_and_the_interest_posted_at_a_months_end() {
        // February paid on 20 February with $1,000.00: January, February
        // and $100.00 of credit. March's $450.00 takes the credit first.
        let paid = [pay(d(2026, 2, 20), 100_000, DIRECT)];
        assert_eq!(at(&paid, d(2026, 2, 27)).credit_cents, 10_000);
        let p = at(&paid, d(2026, 2, 28));
        // January was unpaid at February's start: $2.25 posted at
        // February's end, paid from the credit.
        assert_eq!(p.interest_cents, 0);
        assert_eq!(p.interest_posted_cents, 225);
        assert_eq!(p.credit_cents, 10_000 - 225);
        let p = at(&paid, d(2026, 3, 2));
        assert_eq!(p.credit_cents, 0);
        assert_eq!(p.current_due_cents, 45_000 - 9_775);
        assert_eq!(p.owed_cents(), 45_000 - 9_775);
    }

    #[test]
    fn paying_more_than_is_owed_leaves_a_credit() {
        let paid = [pay(d(2026, 1, 15), 45_000, DIRECT)];
        let p = at(&paid, d(2026, 1, 20));
        assert_eq!(p.owed_cents(), 0);
        let split = distribute(
            &order(),
            &InterestRule::named(WI),
            &paid,
            pay(d(2026, 1, 20), 10_000, DIRECT),
        )
        .unwrap();
        assert_eq!(split.current_cents, 10_000);
        let after = [paid[0], pay(d(2026, 1, 20), 10_000, DIRECT)];
        assert_eq!(at(&after, d(2026, 1, 21)).arrears_cents(), -10_000);
    }

    #[test]
    fn texas_charges_only_on_arrears_above_one_months_support() {
        let terms = order();
        let tx = InterestRule::named("US-TX");
        // End of March: February's base ($450.00) is not above one month's
        // $450.00; March's ($900.00) is by $450.00: $2.25.
        let p = position(&terms, &tx, &[], d(2026, 3, 31), false);
        assert_eq!(p.interest_posted_cents, 225);
        // A weekly order's month is 52 / 12 of a week: $100.00 → $433.33.
        let weekly = Terms {
            amount_cents: 10_000,
            frequency: Frequency::Weekly,
            ..order()
        };
        assert_eq!(monthly_obligation(&weekly, d(2026, 2, 1)), 43_333);
        assert_eq!(monthly_obligation(&weekly, d(2025, 12, 1)), 0);
    }

    #[test]
    fn delaware_charges_none() {
        let p = position(
            &order(),
            &InterestRule::named("US-DE"),
            &[],
            d(2026, 12, 31),
            false,
        );
        assert_eq!(p.interest_posted_cents, 0);
        assert_eq!(p.owed_cents(), 12 * 45_000);
    }
}
