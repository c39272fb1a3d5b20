//! Small builders so the tests read like the statements they check.
#![allow(dead_code)]

use chrono::NaiveDate;
use ledger::{Frequency, Jurisdiction, Order, Payment, PaymentSource, Term};
use rust_decimal::Decimal;

pub fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

pub fn term(amount: Decimal, frequency: Frequency, start: NaiveDate) -> Term {
    Term {
        amount,
        frequency,
        start,
        end: None,
        arrears_payment: None,
    }
}

pub fn order(jurisdiction: Jurisdiction, terms: Vec<Term>) -> Order {
    Order {
        jurisdiction,
        terms,
        interest_rule: None,
    }
}

/// $500 a month due on the 1st from 1 January 2024.
pub fn monthly_500(jurisdiction: Jurisdiction) -> Order {
    order(
        jurisdiction,
        vec![term(Decimal::from(500), Frequency::Monthly, d(2024, 1, 1))],
    )
}

pub fn paid(id: &str, received: NaiveDate, amount: Decimal, source: PaymentSource) -> Payment {
    Payment {
        id: id.to_owned(),
        received,
        amount,
        source,
    }
}

pub fn wage(id: &str, received: NaiveDate, amount: Decimal) -> Payment {
    paid(id, received, amount, PaymentSource::WageWithholding)
}
