//! A statement for a case with 10,000 payments over about 20 years: the
//! issue's target is the first sync plus the statement under 200 ms and one
//! new payment under 30 ms, so the statement itself must be a few ms.

use chrono::{Days, NaiveDate};
use criterion::{Criterion, criterion_group, criterion_main};
use ledger::{Frequency, Jurisdiction, Order, Payment, PaymentSource, Term, statement};
use rust_decimal::Decimal;
use std::hint::black_box;

fn case() -> (Order, Vec<Payment>, NaiveDate) {
    let start = NaiveDate::from_ymd_opt(2006, 1, 6).unwrap();
    // Weekly $115.38, modified every five years, with an arrears payment.
    let terms = (0..4)
        .map(|i| Term {
            amount: Decimal::new(11_538 + i * 1_000, 2),
            frequency: if i % 2 == 0 {
                Frequency::Weekly
            } else {
                Frequency::Biweekly
            },
            start: start + Days::new(i as u64 * 1826),
            end: None,
            arrears_payment: Some(Decimal::new(5_000, 2)),
        })
        .collect();
    let order = Order {
        jurisdiction: Jurisdiction::Ca,
        terms,
        interest_rule: None,
    };
    // 10,000 payments over ~20 years: about one every 0.73 days, $4 to $20
    // each (about $500 a month, near the obligation), so arrears and
    // interest come and go; a federal tax offset every 500th payment.
    let payments = (0..10_000u64)
        .map(|i| Payment {
            id: format!("pay-{i}"),
            received: start + Days::new(i * 73 / 100),
            amount: Decimal::new(400 + ((i * 7_919) % 1_600) as i64, 2),
            source: if i % 500 == 499 {
                PaymentSource::TaxOffset
            } else {
                PaymentSource::WageWithholding
            },
        })
        .collect();
    let through = NaiveDate::from_ymd_opt(2026, 1, 31).unwrap();
    (order, payments, through)
}

fn bench(c: &mut Criterion) {
    let (order, payments, through) = case();
    c.bench_function("statement 10k payments 20 years", |b| {
        b.iter(|| statement(black_box(&order), black_box(&payments), through).unwrap())
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
