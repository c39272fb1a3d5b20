//! Checking the agency's figure against ours.

mod common;

use common::*;
use ledger::{AgencyMonthEnd, Jurisdiction, LikelyCause, Verdict, audit, audit_series, statement};
use rust_decimal_macros::dec;

#[test]
fn the_agency_agrees_to_the_cent() {
    // New York, nothing paid January to April: we owe $2,022.50 on 30 April
    // (see interest_by_state.rs); so does the agency.
    let s = statement(&monthly_500(Jurisdiction::Ny), &[], d(2024, 4, 30)).unwrap();
    let r = audit(&s, dec!(2022.50), d(2024, 4, 30));
    assert_eq!(r.verdict, Verdict::Matches);
    assert_eq!(r.first_difference, None);
}

#[test]
fn a_payment_the_agency_never_credited_is_found_in_its_month() {
    // Delaware, $500 a month, paid in full on the 5th, January to May.
    // The agency's month-end balances show $500 owed from March on: it
    // never credited the 5 March payment.
    let order = monthly_500(Jurisdiction::De);
    let payments: Vec<_> = ["jan", "feb", "mar", "apr", "may"]
        .iter()
        .enumerate()
        .map(|(i, id)| wage(id, d(2024, i as u32 + 1, 5), dec!(500)))
        .collect();
    let s = statement(&order, &payments, d(2024, 5, 31)).unwrap();
    let agency: Vec<_> = [0, 0, 500, 500, 500]
        .iter()
        .enumerate()
        .map(|(i, b)| AgencyMonthEnd {
            month: d(2024, i as u32 + 1, 28),
            balance: (*b).into(),
        })
        .collect();
    let r = audit_series(&s, &agency);
    assert_eq!(r.verdict, Verdict::Differs);
    let first = r.first_difference.unwrap();
    assert_eq!(first.month, d(2024, 3, 1));
    assert_eq!(first.difference, dec!(500));
    assert!(
        first.confirmed_first,
        "February matched, so March is where they part"
    );
    assert!(r.likely_causes.contains(&LikelyCause::PaymentMissing {
        payment_id: "mar".into(),
        received: d(2024, 3, 5),
    }));
    assert_eq!(r.rows.len(), 5);
}

#[test]
fn an_agency_that_charges_no_interest_shows_less_by_exactly_our_interest() {
    // New York, nothing paid: we charge $22.50 interest by 30 April; the
    // agency shows the bare $2,000 of support.
    let s = statement(&monthly_500(Jurisdiction::Ny), &[], d(2024, 4, 30)).unwrap();
    let r = audit(&s, dec!(2000), d(2024, 4, 30));
    assert_eq!(r.verdict, Verdict::Differs);
    let first = r.first_difference.unwrap();
    assert_eq!(first.difference, dec!(-22.50));
    assert!(
        !first.confirmed_first,
        "one figure cannot say when they parted"
    );
    assert_eq!(r.likely_causes, vec![LikelyCause::Interest]);
}

#[test]
fn a_figure_outside_the_statement_is_not_compared() {
    let s = statement(&monthly_500(Jurisdiction::De), &[], d(2024, 4, 30)).unwrap();
    assert_eq!(
        audit(&s, dec!(1), d(2030, 1, 1)).verdict,
        Verdict::NotCovered
    );
}
