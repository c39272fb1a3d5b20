//! Statements a parent would get, worked by hand. Delaware charges no
//! interest, so these isolate accruals and distribution.

mod common;

use common::*;
use ledger::{Frequency, Jurisdiction, LedgerError, PartKind, PaymentSource, statement};
use rust_decimal_macros::dec;

#[test]
fn paid_in_full_every_month_owes_nothing() {
    let order = monthly_500(Jurisdiction::De);
    let payments = [
        wage("p1", d(2024, 1, 3), dec!(500)),
        wage("p2", d(2024, 2, 2), dec!(500)),
        wage("p3", d(2024, 3, 4), dec!(500)),
    ];
    let s = statement(&order, &payments, d(2024, 3, 31)).unwrap();
    assert_eq!(s.months.len(), 3);
    for m in &s.months {
        assert_eq!(m.accrued, dec!(500));
        assert_eq!(m.to_current, dec!(500));
        assert_eq!(m.end.total, dec!(0));
    }
    assert_eq!(s.totals.accrued, dec!(1500));
}

#[test]
fn a_missed_month_becomes_arrears_and_later_payments_pay_current_first() {
    let order = monthly_500(Jurisdiction::De);
    let payments = [
        wage("jan", d(2024, 1, 5), dec!(500)),
        // February: nothing paid. $500 becomes arrears on 29 Feb.
        wage("mar", d(2024, 3, 5), dec!(800)),
        wage("apr", d(2024, 4, 5), dec!(700)),
    ];
    let s = statement(&order, &payments, d(2024, 4, 30)).unwrap();

    let feb = &s.months[1];
    assert_eq!(feb.end.current_unpaid, dec!(500));
    assert_eq!(feb.end.total, dec!(500));

    // March: $800 = $500 March support + $300 toward February.
    let mar = &s.payments[1];
    assert_eq!(mar.to_current, dec!(500));
    assert_eq!(mar.to_arrears, dec!(300));
    assert_eq!(mar.parts[1].kind, PartKind::Arrears);
    assert_eq!(mar.parts[1].month, Some(d(2024, 2, 1)));
    assert_eq!(s.months[2].end.arrears, dec!(200));

    // April: $700 = $500 April + $200, the rest of February. All square.
    assert_eq!(s.payments[2].to_current, dec!(500));
    assert_eq!(s.payments[2].to_arrears, dec!(200));
    assert_eq!(s.balance.total, dec!(0));
}

#[test]
fn arrears_are_paid_oldest_month_first() {
    let order = monthly_500(Jurisdiction::De);
    // Nothing in January or February: $1,000 owed by March 1.
    // March 20: $1,200 = $500 March + $500 January + $200 February.
    let payments = [wage("p", d(2024, 3, 20), dec!(1200))];
    let s = statement(&order, &payments, d(2024, 3, 31)).unwrap();
    let parts: Vec<_> = s.payments[0]
        .parts
        .iter()
        .map(|p| (p.kind, p.month, p.amount))
        .collect();
    assert_eq!(
        parts,
        vec![
            (PartKind::CurrentSupport, Some(d(2024, 3, 1)), dec!(500)),
            (PartKind::Arrears, Some(d(2024, 1, 1)), dec!(500)),
            (PartKind::Arrears, Some(d(2024, 2, 1)), dec!(200)),
        ]
    );
    assert_eq!(s.balance.arrears, dec!(300));
}

#[test]
fn weekly_support_counts_the_due_dates_in_each_month() {
    // $100 a week from Friday 1 March 2024.
    // March Fridays 1, 8, 15, 22, 29: 5 × $100 = $500.
    // April Fridays 5, 12, 19, 26:    4 × $100 = $400.
    // May Fridays 3, 10, 17, 24, 31:  5 × $100 = $500.
    let order = order(
        Jurisdiction::De,
        vec![term(dec!(100), Frequency::Weekly, d(2024, 3, 1))],
    );
    let payments = [
        wage("mar", d(2024, 3, 28), dec!(500)),
        // The payer sends $450 in April: $400 April + $50 overpaid.
        wage("apr", d(2024, 4, 25), dec!(450)),
        // May: the $50 credit pays part of May first; $450 pays the rest.
        wage("may", d(2024, 5, 30), dec!(450)),
    ];
    let s = statement(&order, &payments, d(2024, 5, 31)).unwrap();
    let accrued: Vec<_> = s.months.iter().map(|m| m.accrued).collect();
    assert_eq!(accrued, vec![dec!(500), dec!(400), dec!(500)]);
    assert_eq!(s.months[0].due_dates.len(), 5);
    assert_eq!(s.payments[1].to_credit, dec!(50));
    assert_eq!(s.months[1].end.credit, dec!(50));
    assert_eq!(s.months[2].credit_applied, dec!(50));
    assert_eq!(s.payments[2].to_current, dec!(450));
    assert_eq!(s.balance.total, dec!(0));
    assert_eq!(s.balance.credit, dec!(0));
}

#[test]
fn biweekly_support_has_three_due_dates_in_some_months() {
    // $200 every other Friday from 5 January 2024:
    // Jan 5, 19; Feb 2, 16; Mar 1, 15, 29. March owes 3 × $200 = $600.
    // The payer sends $400 a month, so March leaves $200 unpaid.
    let order = order(
        Jurisdiction::De,
        vec![term(dec!(200), Frequency::Biweekly, d(2024, 1, 5))],
    );
    let payments = [
        wage("jan", d(2024, 1, 31), dec!(400)),
        wage("feb", d(2024, 2, 29), dec!(400)),
        wage("mar", d(2024, 3, 29), dec!(400)),
    ];
    let s = statement(&order, &payments, d(2024, 3, 31)).unwrap();
    assert_eq!(s.months[2].accrued, dec!(600));
    assert_eq!(s.balance.current_unpaid, dec!(200));
    assert_eq!(s.balance.total, dec!(200));
}

#[test]
fn semimonthly_support_falls_due_on_the_1st_and_15th() {
    // $250 twice a month from 10 January 2024: January owes only the 15th
    // ($250), February the 1st and 15th ($500).
    let order = order(
        Jurisdiction::De,
        vec![term(dec!(250), Frequency::Semimonthly, d(2024, 1, 10))],
    );
    let s = statement(&order, &[], d(2024, 2, 29)).unwrap();
    assert_eq!(s.months[0].accrued, dec!(250));
    assert_eq!(s.months[1].accrued, dec!(500));
    // January's $250 is arrears; February's $500 is this month's, unpaid.
    assert_eq!(s.balance.arrears, dec!(250));
    assert_eq!(s.balance.current_unpaid, dec!(500));
    assert_eq!(s.balance.total, dec!(750));
}

#[test]
fn a_federal_tax_offset_pays_arrears_only_never_this_months_support() {
    let order = monthly_500(Jurisdiction::De);
    // Nothing paid in January or February: $1,000 in arrears.
    // A $1,200 federal tax refund offset posts 10 March:
    //   $500 January arrears + $500 February arrears = $1,000,
    //   $200 left over is refunded to the payer,
    //   March's $500 stays unpaid: an offset never pays current support.
    let payments = [paid(
        "irs",
        d(2024, 3, 10),
        dec!(1200),
        PaymentSource::TaxOffset,
    )];
    let s = statement(&order, &payments, d(2024, 3, 31)).unwrap();
    let p = &s.payments[0];
    assert_eq!(p.to_current, dec!(0));
    assert_eq!(p.to_arrears, dec!(1000));
    assert_eq!(p.refunded, dec!(200));
    assert!(
        p.parts
            .iter()
            .all(|part| part.kind != PartKind::CurrentSupport)
    );
    assert_eq!(s.balance.current_unpaid, dec!(500));
    assert_eq!(s.balance.credit, dec!(0));

    // The same $1,200 paid directly would have paid March first.
    let direct = [wage("direct", d(2024, 3, 10), dec!(1200))];
    let s = statement(&order, &direct, d(2024, 3, 31)).unwrap();
    assert_eq!(s.payments[0].to_current, dec!(500));
    assert_eq!(s.payments[0].to_arrears, dec!(700));
    assert_eq!(s.balance.total, dec!(300));
}

#[test]
fn a_payment_before_the_order_starts_is_held_and_applied_when_support_falls_due() {
    let order = monthly_500(Jurisdiction::De);
    let payments = [wage("early", d(2023, 12, 20), dec!(300))];
    let s = statement(&order, &payments, d(2024, 1, 31)).unwrap();
    assert_eq!(s.months[0].month, d(2023, 12, 1));
    assert_eq!(s.months[0].end.credit, dec!(300));
    assert_eq!(s.months[1].credit_applied, dec!(300));
    assert_eq!(s.balance.current_unpaid, dec!(200));
}

#[test]
fn a_modification_changes_the_amount_from_its_start() {
    // $500 a month from January; modified to $650 from 1 April 2024.
    let mut order = monthly_500(Jurisdiction::De);
    order
        .terms
        .push(term(dec!(650), Frequency::Monthly, d(2024, 4, 1)));
    let s = statement(&order, &[], d(2024, 5, 31)).unwrap();
    let accrued: Vec<_> = s.months.iter().map(|m| m.accrued).collect();
    assert_eq!(
        accrued,
        vec![dec!(500), dec!(500), dec!(500), dec!(650), dec!(650)]
    );
    // 3 × $500 + 2 × $650 = $2,800 owed.
    assert_eq!(s.balance.total, dec!(2800));
}

#[test]
fn an_order_that_ends_stops_accruing_and_reports_the_monthly_arrears_payment() {
    let mut order = monthly_500(Jurisdiction::De);
    order.terms[0].end = Some(d(2024, 2, 29));
    order.terms[0].arrears_payment = Some(dec!(100));
    let s = statement(&order, &[], d(2024, 4, 30)).unwrap();
    let accrued: Vec<_> = s.months.iter().map(|m| m.accrued).collect();
    assert_eq!(accrued, vec![dec!(500), dec!(500), dec!(0), dec!(0)]);
    assert_eq!(s.balance.arrears, dec!(1000));
    // While the term ran, $100 a month was due toward arrears once owed.
    assert_eq!(s.months[0].arrears_payment_due, dec!(0));
    assert_eq!(s.months[1].arrears_payment_due, dec!(100));
    assert_eq!(s.months[2].arrears_payment_due, dec!(0));
}

#[test]
fn a_statement_ending_mid_month_counts_only_the_due_dates_so_far() {
    let order = order(
        Jurisdiction::De,
        vec![term(dec!(100), Frequency::Weekly, d(2024, 3, 1))],
    );
    // Through 10 March: due 1 and 8 March only.
    let s = statement(&order, &[], d(2024, 3, 10)).unwrap();
    assert_eq!(s.months[0].accrued, dec!(200));
    assert!(!s.months[0].complete);
}

#[test]
fn bad_input_is_refused_with_a_stable_code() {
    let order = monthly_500(Jurisdiction::De);
    let through = d(2024, 3, 31);

    let negative = [wage("x", d(2024, 1, 5), dec!(-5))];
    let err = statement(&order, &negative, through).unwrap_err();
    assert_eq!(err.code(), "payment_not_positive");

    let twice = [
        wage("x", d(2024, 1, 5), dec!(5)),
        wage("x", d(2024, 1, 6), dec!(5)),
    ];
    assert_eq!(
        statement(&order, &twice, through).unwrap_err(),
        LedgerError::DuplicatePayment { id: "x".into() }
    );

    let late = [wage("x", d(2024, 4, 1), dec!(5))];
    assert_eq!(
        statement(&order, &late, through).unwrap_err().code(),
        "payment_after_through"
    );

    let mut backwards = monthly_500(Jurisdiction::De);
    backwards.terms[0].end = Some(d(2023, 12, 31));
    let err = statement(&backwards, &[], through).unwrap_err();
    assert_eq!(err.code(), "end_before_start");
    assert!(err.to_string().contains("ends before it starts"));

    let mut negative_term = monthly_500(Jurisdiction::De);
    negative_term.terms[0].amount = dec!(-1);
    assert_eq!(
        statement(&negative_term, &[], through).unwrap_err().code(),
        "negative_amount"
    );

    let mut overlapping = monthly_500(Jurisdiction::De);
    overlapping.terms[0].end = Some(d(2024, 6, 30));
    overlapping
        .terms
        .push(term(dec!(600), Frequency::Monthly, d(2024, 3, 1)));
    assert_eq!(
        statement(&overlapping, &[], through).unwrap_err().code(),
        "overlapping_terms"
    );

    let empty = common::order(Jurisdiction::De, vec![]);
    assert_eq!(
        statement(&empty, &[], through).unwrap_err().code(),
        "no_terms"
    );

    assert_eq!(
        statement(&order, &[], d(2023, 1, 1)).unwrap_err().code(),
        "through_before_start"
    );
}

#[test]
fn the_statement_serialises_money_as_strings() {
    let order = monthly_500(Jurisdiction::Tx);
    let s = statement(
        &order,
        &[wage("p", d(2024, 1, 2), dec!(123.45))],
        d(2024, 1, 31),
    )
    .unwrap();
    let json = serde_json::to_value(&s).unwrap();
    assert_eq!(json["payments"][0]["amount"], "123.45");
    assert_eq!(json["jurisdiction"], "US-TX");
    assert_eq!(json["payments"][0]["source"], "wage_withholding");
    let back: ledger::Statement = serde_json::from_value(json).unwrap();
    assert_eq!(back, s);
}
