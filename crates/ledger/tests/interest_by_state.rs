//! Interest on arrears, state by state, worked by hand.
//!
//! The same story in every state: $500 a month due on the 1st from
//! 1 January 2024, nothing paid, statement through 30 April 2024.
//! Arrears owed at the start of each month (support unpaid in earlier
//! months):
//!   February $500 (January's), March $1,000, April $1,500.
//! Interest is charged each month on that amount at the monthly rate.

mod common;

use common::*;
use ledger::{InterestRule, Jurisdiction, statement};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

fn interest_by_month(j: Jurisdiction) -> Vec<Decimal> {
    let s = statement(&monthly_500(j), &[], d(2024, 4, 30)).unwrap();
    s.months.iter().map(|m| m.interest_charged).collect()
}

#[test]
fn new_york_nine_percent_a_year() {
    // 9% ÷ 12 = 0.75% a month.
    // Feb: 500 × 0.0075 = 3.75; Mar: 1,000 × 0.0075 = 7.50;
    // Apr: 1,500 × 0.0075 = 11.25. Total 22.50.
    assert_eq!(
        interest_by_month(Jurisdiction::Ny),
        vec![dec!(0), dec!(3.75), dec!(7.50), dec!(11.25)]
    );
    let s = statement(&monthly_500(Jurisdiction::Ny), &[], d(2024, 4, 30)).unwrap();
    // $1,500 arrears + April's $500 + $22.50 interest.
    assert_eq!(s.balance.arrears, dec!(1500));
    assert_eq!(s.balance.current_unpaid, dec!(500));
    assert_eq!(s.balance.interest, dec!(22.50));
    assert_eq!(s.balance.total, dec!(2022.50));
    assert_eq!(s.interest_rule.citation, "N.Y. CPLR 5004");
}

#[test]
fn california_ten_percent_a_year() {
    // 10% ÷ 12 a month. Feb: 500 × 0.10 ÷ 12 = 4.1666… → 4.17;
    // Mar: 1,000 → 8.333… → 8.33; Apr: 1,500 → 12.50. Total 25.00.
    assert_eq!(
        interest_by_month(Jurisdiction::Ca),
        vec![dec!(0), dec!(4.17), dec!(8.33), dec!(12.50)]
    );
}

#[test]
fn wisconsin_half_a_percent_a_month() {
    // Feb: 500 × 0.005 = 2.50; Mar: 5.00; Apr: 7.50.
    assert_eq!(
        interest_by_month(Jurisdiction::Wi),
        vec![dec!(0), dec!(2.50), dec!(5.00), dec!(7.50)]
    );
}

#[test]
fn texas_six_percent_only_above_one_months_support() {
    // Only arrears above one month's obligation ($500) bear interest.
    // Feb: 500 − 500 = 0 → 0; Mar: 1,000 − 500 = 500 × 0.005 = 2.50;
    // Apr: 1,500 − 500 = 1,000 × 0.005 = 5.00.
    assert_eq!(
        interest_by_month(Jurisdiction::Tx),
        vec![dec!(0), dec!(0), dec!(2.50), dec!(5.00)]
    );
}

#[test]
fn georgia_seven_percent_from_thirty_days_after_due() {
    // 7% ÷ 12 a month, starting 30 days after each due date.
    // Feb: January's $500 was due 1 Jan; 30 days end 31 Jan, so it bears
    //      all of February: 500 × 0.07 ÷ 12 = 2.9166… → 2.92.
    // Mar: January's $500 all month; February's $500 (due 1 Feb) starts
    //      2 March, 30 of March's 31 days: 500 × 30 ÷ 31 = 483.870…
    //      (500 + 483.870…) × 0.07 ÷ 12 = 5.739… → 5.74.
    // Apr: March's $500 (due 1 Mar) starts 31 March, so by April all
    //      $1,500 bears interest: 1,500 × 0.07 ÷ 12 = 8.75.
    assert_eq!(
        interest_by_month(Jurisdiction::Ga),
        vec![dec!(0), dec!(2.92), dec!(5.74), dec!(8.75)]
    );
}

#[test]
fn delaware_charges_no_interest() {
    assert_eq!(interest_by_month(Jurisdiction::De), vec![dec!(0); 4]);
}

#[test]
fn paying_arrears_lowers_next_months_interest_and_principal_is_paid_before_interest() {
    // New York. By 1 March $1,000 is owed and $3.75 interest was charged
    // for February. On 15 March the payer sends $1,100:
    //   $500 March support, $500 January, $100 February.
    // The payment reaches principal before interest, so the $3.75 stays.
    // March's interest is on the $1,000 owed at its start: 7.50.
    // April's is on the $400 of February still owed: 400 × 0.0075 = 3.00.
    let order = monthly_500(Jurisdiction::Ny);
    let payments = [wage("p", d(2024, 3, 15), dec!(1100))];
    let s = statement(&order, &payments, d(2024, 4, 30)).unwrap();
    let interest: Vec<_> = s.months.iter().map(|m| m.interest_charged).collect();
    assert_eq!(interest, vec![dec!(0), dec!(3.75), dec!(7.50), dec!(3.00)]);
    assert_eq!(s.payments[0].to_interest, dec!(0));
    // Interest 3.75 + 7.50 + 3.00 = 14.25, none of it paid yet.
    assert_eq!(s.balance.interest, dec!(14.25));
}

#[test]
fn interest_is_paid_once_the_principal_is() {
    // New York again. 1 March: $1,000 principal, $3.75 interest.
    // 15 March: $1,510 = $500 March + $1,000 arrears + $3.75 interest,
    // and $6.25 more than is owed is held as credit.
    let order = monthly_500(Jurisdiction::Ny);
    let payments = [wage("p", d(2024, 3, 15), dec!(1510))];
    let s = statement(&order, &payments, d(2024, 3, 31)).unwrap();
    let p = &s.payments[0];
    assert_eq!(p.to_interest, dec!(3.75));
    assert_eq!(p.to_credit, dec!(6.25));
    // March's own interest (7.50, on the $1,000 owed at its start) is
    // charged at its end, after the payment; the $6.25 credit pays part of
    // it at once, leaving 7.50 − 6.25 = 1.25 owed and no credit.
    assert_eq!(s.months[2].credit_applied, dec!(6.25));
    assert_eq!(s.balance.interest, dec!(1.25));
    assert_eq!(s.balance.credit, dec!(0));
}

#[test]
fn every_rule_carries_its_citation() {
    for j in [
        Jurisdiction::Tx,
        Jurisdiction::Ny,
        Jurisdiction::Ca,
        Jurisdiction::Ga,
        Jurisdiction::Wi,
        Jurisdiction::De,
    ] {
        let rule = InterestRule::for_jurisdiction(j);
        assert!(!rule.citation.is_empty(), "{j:?}");
        assert!(rule.simple, "{j:?}");
    }
    assert_eq!(
        InterestRule::for_jurisdiction(Jurisdiction::Wi).annual_rate(),
        dec!(0.060)
    );
}
