//! "If I pay $X a month, when am I done?"

mod common;

use common::*;
use ledger::{
    ArrearsOrder, Frequency, InterestRule, Jurisdiction, PayoffOutcome, project_payoff, statement,
};
use rust_decimal_macros::dec;

/// New York: a single $1,000 installment due 1 January 2024, never paid.
/// On 31 January $1,000 is owed and no interest yet.
fn one_thousand_owed() -> ledger::Order {
    let mut t = term(dec!(1000), Frequency::Monthly, d(2024, 1, 1));
    t.end = Some(d(2024, 1, 31));
    order(Jurisdiction::Ny, vec![t])
}

#[test]
fn paying_250_a_month_at_nine_percent() {
    // 0.75% a month on the principal owed at each month's start; each
    // payment goes to principal first, then interest.
    //   Feb: interest on 1,000 = 7.50; pay 250 → principal 750; interest 7.50
    //   Mar: interest on   750 = 5.625 → 5.63; principal 500; interest 13.13
    //   Apr: interest on   500 = 3.75; principal 250; interest 16.88
    //   May: interest on   250 = 1.875 → 1.88; principal 0; interest 18.76
    //   Jun: no principal, no interest; pay the 18.76 → done.
    let s = statement(&one_thousand_owed(), &[], d(2024, 1, 31)).unwrap();
    let p = project_payoff(&s, dec!(250));
    assert_eq!(p.principal, dec!(1000));
    assert_eq!(
        p.outcome,
        PayoffOutcome::PaidOff {
            month: d(2024, 6, 1),
            months: 5,
            interest: dec!(18.76),
            total_paid: dec!(1018.76),
        }
    );
    let interest: Vec<_> = p.months.iter().map(|m| m.interest_charged).collect();
    assert_eq!(
        interest,
        vec![dec!(7.50), dec!(5.63), dec!(3.75), dec!(1.88), dec!(0)]
    );
}

#[test]
fn nothing_owed_needs_no_plan() {
    let order = monthly_500(Jurisdiction::Ny);
    let s = statement(
        &order,
        &[wage("p", d(2024, 1, 2), dec!(500))],
        d(2024, 1, 31),
    )
    .unwrap();
    assert_eq!(
        project_payoff(&s, dec!(100)).outcome,
        PayoffOutcome::NothingOwed
    );
}

#[test]
fn a_payment_of_zero_never_pays_it_off() {
    let s = statement(&one_thousand_owed(), &[], d(2024, 1, 31)).unwrap();
    assert_eq!(
        project_payoff(&s, dec!(0)).outcome,
        PayoffOutcome::NeverPaysOff {
            monthly_interest: dec!(7.50)
        }
    );
}

#[test]
fn under_a_rule_that_takes_interest_first_a_payment_at_or_below_the_interest_never_ends() {
    // A court order taking interest before principal, at 9%: $1,000 bears
    // $7.50 a month, so $7.50 a month never touches the principal.
    let mut order = one_thousand_owed();
    let mut rule = InterestRule::for_jurisdiction(Jurisdiction::Ny);
    rule.order = ArrearsOrder::InterestThenPrincipal;
    order.interest_rule = Some(rule);
    let s = statement(&order, &[], d(2024, 1, 31)).unwrap();
    assert_eq!(
        project_payoff(&s, dec!(7.50)).outcome,
        PayoffOutcome::NeverPaysOff {
            monthly_interest: dec!(7.50)
        }
    );
    assert!(matches!(
        project_payoff(&s, dec!(100)).outcome,
        PayoffOutcome::PaidOff { .. }
    ));
}

#[test]
fn a_tiny_payment_is_reported_beyond_the_horizon() {
    let s = statement(&one_thousand_owed(), &[], d(2024, 1, 31)).unwrap();
    assert!(matches!(
        project_payoff(&s, dec!(0.50)).outcome,
        PayoffOutcome::BeyondHorizon { months: 1200, .. }
    ));
}
