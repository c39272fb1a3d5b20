//! Properties that hold for any order and any payments: money is conserved,
//! balances never go negative, and the 45 CFR 302.51 order holds.

mod common;

use chrono::{Days, NaiveDate};
use common::d;
use ledger::{
    Frequency, Jurisdiction, Order, PartKind, Payment, PaymentSource, Statement, Term, statement,
};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn money(max_cents: i64) -> impl Strategy<Value = Decimal> {
    (1..=max_cents).prop_map(|c| Decimal::new(c, 2))
}

fn jurisdiction() -> impl Strategy<Value = Jurisdiction> {
    prop_oneof![
        Just(Jurisdiction::Tx),
        Just(Jurisdiction::Ny),
        Just(Jurisdiction::Ca),
        Just(Jurisdiction::Ga),
        Just(Jurisdiction::Wi),
        Just(Jurisdiction::De),
    ]
}

fn frequency() -> impl Strategy<Value = Frequency> {
    prop_oneof![
        Just(Frequency::Weekly),
        Just(Frequency::Biweekly),
        Just(Frequency::Semimonthly),
        Just(Frequency::Monthly),
    ]
}

fn source() -> impl Strategy<Value = PaymentSource> {
    prop_oneof![
        4 => Just(PaymentSource::WageWithholding),
        1 => Just(PaymentSource::TaxOffset),
        1 => Just(PaymentSource::StateTaxOffset),
        1 => Just(PaymentSource::Unemployment),
        2 => Just(PaymentSource::Direct),
        1 => Just(PaymentSource::Other),
    ]
}

const START: NaiveDate = NaiveDate::from_ymd_opt(2020, 1, 1).unwrap();
const THROUGH: NaiveDate = NaiveDate::from_ymd_opt(2023, 6, 17).unwrap();

/// One to three terms, each starting some days after the last; a term may
/// end early, leaving a gap, and the last may end before the statement.
fn order() -> impl Strategy<Value = Order> {
    let term = (
        money(150_000),
        frequency(),
        1u64..400,
        prop::option::of(0u64..300),
    );
    (jurisdiction(), prop::collection::vec(term, 1..=3)).prop_map(|(j, raw)| {
        let mut start = START;
        let mut terms: Vec<Term> = Vec::new();
        for (amount, frequency, gap, early_end) in raw {
            if let Some(prev) = terms.last_mut() {
                start = start + Days::new(gap);
                prev.end = prev.end.map(|e| e.min(start.pred_opt().unwrap()));
            }
            terms.push(Term {
                amount,
                frequency,
                start,
                end: early_end.map(|n| start + Days::new(n)),
                arrears_payment: None,
            });
        }
        Order {
            jurisdiction: j,
            terms,
            interest_rule: None,
        }
    })
}

fn payments() -> impl Strategy<Value = Vec<Payment>> {
    let span = (THROUGH - d(2019, 12, 1)).num_days() as u64;
    prop::collection::vec((0..=span, money(300_000), source()), 0..80).prop_map(|raw| {
        raw.into_iter()
            .enumerate()
            .map(|(i, (day, amount, source))| Payment {
                id: format!("p{i}"),
                received: d(2019, 12, 1) + Days::new(day),
                amount,
                source,
            })
            .collect()
    })
}

fn statement_of(o: &Order, p: &[Payment]) -> Statement {
    statement(o, p, THROUGH).expect("generated input is valid")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn every_payments_parts_sum_to_the_payment(o in order(), p in payments()) {
        let s = statement_of(&o, &p);
        prop_assert_eq!(s.payments.len(), p.len());
        for d in &s.payments {
            let sum: Decimal = d.parts.iter().map(|part| part.amount).sum();
            prop_assert_eq!(sum, d.amount, "payment {}", d.payment_id);
            prop_assert!(d.parts.iter().all(|part| part.amount > Decimal::ZERO));
            prop_assert_eq!(
                d.to_current + d.to_arrears + d.to_interest + d.to_credit + d.refunded,
                d.amount
            );
        }
    }

    #[test]
    fn money_is_conserved_overall_and_month_by_month(o in order(), p in payments()) {
        let s = statement_of(&o, &p);
        let t = &s.totals;
        let b = &s.balance;
        let received: Decimal = p.iter().map(|p| p.amount).sum();
        prop_assert_eq!(t.received, received);
        prop_assert_eq!(
            t.received,
            t.to_current + t.to_arrears + t.to_interest + t.to_credit + t.refunded
        );
        // Everything that fell due (support and interest) was paid, from a
        // payment or from credit, or is still owed.
        prop_assert_eq!(
            t.accrued + t.interest_charged,
            t.to_current + t.to_arrears + t.to_interest + t.credit_applied + b.total
        );
        prop_assert_eq!(t.to_credit - t.credit_applied, b.credit);

        let mut before = ledger::Balances::default();
        for m in &s.months {
            let e = &m.end;
            prop_assert_eq!(e.total, e.current_unpaid + e.arrears + e.interest);
            prop_assert_eq!(
                e.total,
                before.total + m.accrued + m.interest_charged
                    - m.to_current - m.to_arrears - m.to_interest - m.credit_applied,
                "month {}", m.month
            );
            prop_assert_eq!(e.credit, before.credit + m.to_credit - m.credit_applied);
            before = *e;
        }
    }

    #[test]
    fn balances_are_never_negative_and_never_owed_beside_credit(o in order(), p in payments()) {
        let s = statement_of(&o, &p);
        for m in &s.months {
            let e = &m.end;
            for v in [e.current_unpaid, e.arrears, e.interest, e.total, e.credit, m.interest_charged] {
                prop_assert!(v >= Decimal::ZERO, "month {}: {:?}", m.month, e);
            }
            prop_assert!(e.credit.is_zero() || e.total.is_zero(), "month {}: {:?}", m.month, e);
        }
    }

    #[test]
    fn the_distribution_order_holds(o in order(), p in payments()) {
        let s = statement_of(&o, &p);
        let rank = |k: PartKind| match k {
            PartKind::CurrentSupport => 0,
            PartKind::Arrears => 1,
            PartKind::Interest => 2,
            PartKind::Credit | PartKind::Refund => 3,
        };
        let mut last_arrears_month = NaiveDate::MIN;
        for m in &s.months {
            // Current support paid so far this month, credit included.
            let mut current_paid = m.credit_to_current;
            for d in s.payments_in(m) {
                // Within a payment: current, then arrears, then interest
                // (every built-in rule), then any excess.
                let ranks: Vec<_> = d.parts.iter().map(|x| rank(x.kind)).collect();
                prop_assert!(ranks.windows(2).all(|w| w[0] <= w[1]), "{:?}", d.parts);

                if d.source.arrears_only() {
                    // Tax offsets never pay current support.
                    prop_assert_eq!(d.to_current, Decimal::ZERO);
                    prop_assert_eq!(d.to_credit, Decimal::ZERO);
                } else {
                    current_paid += d.to_current;
                    prop_assert_eq!(d.refunded, Decimal::ZERO);
                    // No arrears, interest or credit while this month's
                    // support is unpaid.
                    if d.to_arrears + d.to_interest + d.to_credit > Decimal::ZERO {
                        prop_assert_eq!(current_paid, m.accrued, "payment {}", d.payment_id);
                    }
                }
                // Oldest arrears first: across all payments, the month of
                // arrears paid never goes back.
                for part in d.parts.iter().filter(|x| x.kind == PartKind::Arrears) {
                    let month = part.month.expect("arrears name their month");
                    prop_assert!(month >= last_arrears_month);
                    prop_assert!(month < m.month, "arrears are from earlier months");
                    last_arrears_month = month;
                }
            }
        }
    }
}
