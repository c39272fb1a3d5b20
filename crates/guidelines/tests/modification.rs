//! Modification eligibility: each state's rule, each branch, each boundary on both sides,
//! the input errors, and properties over generated checks.

use chrono::{Months, NaiveDate};
use guidelines::{
    CaseError, Eligibility, JURISDICTIONS, ModificationCheck, Verdict, modification_eligibility,
};
use proptest::prelude::*;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use serde_json::json;

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

fn check(
    jurisdiction: &str,
    order_date: &str,
    as_of: &str,
    current: Decimal,
    estimated: Decimal,
) -> ModificationCheck {
    ModificationCheck {
        jurisdiction: jurisdiction.to_owned(),
        order_date: day(order_date),
        as_of: day(as_of),
        current_monthly: current,
        estimated_monthly: estimated,
        income_before: None,
        income_after: None,
    }
}

/// Three years to the day before 2026-03-15, and a day less.
const THREE_YEARS: (&str, &str) = ("2023-03-15", "2026-03-15");
const DAY_SHORT_OF_THREE: (&str, &str) = ("2023-03-15", "2026-03-14");
const TODAY: &str = "2026-03-15";

fn run(check: &ModificationCheck) -> Eligibility {
    modification_eligibility(check).unwrap_or_else(|e| panic!("{check:?}: {e}"))
}

fn keys(e: &Eligibility) -> Vec<&str> {
    e.reasons.iter().map(|n| n.key.as_str()).collect()
}

fn arg<'a>(e: &'a Eligibility, key: &str, name: &str) -> &'a str {
    let note = e
        .reasons
        .iter()
        .find(|n| n.key == key)
        .unwrap_or_else(|| panic!("no {key} in {:?}", keys(e)));
    &note.args[name]
}

fn verdict(
    jurisdiction: &str,
    (order, as_of): (&str, &str),
    current: Decimal,
    estimated: Decimal,
) -> Verdict {
    run(&check(jurisdiction, order, as_of, current, estimated)).verdict
}

// ---------------------------------------------------------------- Texas

#[test]
fn texas_three_years_and_100_dollars_meets() {
    let e = run(&check(
        "US-TX",
        THREE_YEARS.0,
        THREE_YEARS.1,
        dec!(1000),
        dec!(1100),
    ));
    assert_eq!(e.verdict, Verdict::Meets);
    assert_eq!(e.months_since_order, 36);
    assert_eq!(e.difference.to_string(), "100.00");
    assert_eq!(e.percent.unwrap().to_string(), "10.0");
    assert_eq!(
        keys(&e),
        [
            "tx-mod-three-years-and-threshold",
            "tx-mod-agreed-order",
            "common-mod-may-ask-anyway"
        ]
    );
    assert_eq!(arg(&e, "tx-mod-three-years-and-threshold", "months"), "36");
    assert_eq!(
        arg(&e, "tx-mod-three-years-and-threshold", "difference"),
        "100.00"
    );
    assert_eq!(
        arg(&e, "tx-mod-three-years-and-threshold", "threshold"),
        "100.00"
    );
    assert_eq!(e.citation, "Tex. Fam. Code § 156.401(a)");
}

#[test]
fn texas_100_dollar_boundary_both_sides_and_both_directions() {
    for (estimated, want) in [
        (dec!(1100), Verdict::Meets),
        (dec!(1099.99), Verdict::CourtDecides),
        (dec!(900), Verdict::Meets),
        (dec!(900.01), Verdict::CourtDecides),
    ] {
        assert_eq!(
            verdict("US-TX", THREE_YEARS, dec!(1000), estimated),
            want,
            "{estimated}"
        );
    }
}

#[test]
fn texas_20_percent_boundary_both_sides_and_both_directions() {
    // 20% of $400 is $80, less than $100, so $80 is enough.
    for (estimated, want) in [
        (dec!(480), Verdict::Meets),
        (dec!(479.99), Verdict::CourtDecides),
        (dec!(320), Verdict::Meets),
        (dec!(320.01), Verdict::CourtDecides),
    ] {
        assert_eq!(
            verdict("US-TX", THREE_YEARS, dec!(400), estimated),
            want,
            "{estimated}"
        );
    }
    let e = run(&check(
        "US-TX",
        THREE_YEARS.0,
        THREE_YEARS.1,
        dec!(400),
        dec!(480),
    ));
    assert_eq!(e.percent.unwrap().to_string(), "20.0");
    assert_eq!(
        arg(&e, "tx-mod-three-years-and-threshold", "threshold"),
        "80.00"
    );
}

#[test]
fn texas_three_years_but_small_change_is_for_the_court_and_says_both() {
    let e = run(&check(
        "US-TX",
        THREE_YEARS.0,
        THREE_YEARS.1,
        dec!(1000),
        dec!(1099.99),
    ));
    assert_eq!(e.verdict, Verdict::CourtDecides);
    assert_eq!(
        keys(&e),
        [
            "tx-mod-three-years-below-threshold",
            "tx-mod-material-change",
            "common-mod-may-ask-anyway"
        ]
    );
    assert_eq!(
        arg(&e, "tx-mod-three-years-below-threshold", "difference"),
        "99.99"
    );
    assert_eq!(
        arg(&e, "tx-mod-three-years-below-threshold", "threshold"),
        "100.00"
    );
}

#[test]
fn texas_a_day_short_of_three_years_is_under_three_years() {
    let e = run(&check(
        "US-TX",
        DAY_SHORT_OF_THREE.0,
        DAY_SHORT_OF_THREE.1,
        dec!(1000),
        dec!(2000),
    ));
    assert_eq!(e.verdict, Verdict::CourtDecides);
    assert_eq!(e.months_since_order, 35);
    assert_eq!(
        keys(&e),
        [
            "tx-mod-under-three-years",
            "tx-mod-material-change",
            "common-mod-may-ask-anyway"
        ]
    );
    assert_eq!(arg(&e, "tx-mod-under-three-years", "months"), "35");
}

#[test]
fn texas_leap_day_order_reaches_three_years_at_the_end_of_february() {
    let at = |as_of| verdict("US-TX", ("2024-02-29", as_of), dec!(500), dec!(700));
    assert_eq!(at("2027-02-28"), Verdict::Meets);
    assert_eq!(at("2027-02-27"), Verdict::CourtDecides);
}

#[test]
fn texas_zero_order_any_change_is_enough_and_no_change_is_not() {
    let e = run(&check(
        "US-TX",
        THREE_YEARS.0,
        THREE_YEARS.1,
        dec!(0),
        dec!(0.01),
    ));
    assert_eq!(e.verdict, Verdict::Meets);
    assert_eq!(e.percent, None);
    assert_eq!(
        arg(&e, "tx-mod-three-years-and-threshold", "threshold"),
        "0.01"
    );
    let e = run(&check(
        "US-TX",
        THREE_YEARS.0,
        THREE_YEARS.1,
        dec!(0),
        dec!(0),
    ));
    assert_eq!(e.verdict, Verdict::CourtDecides);
    assert_eq!(e.difference.to_string(), "0.00");
}

// ---------------------------------------------------------------- New York

fn ny(period: (&str, &str), incomes: Option<(Decimal, Decimal)>) -> Eligibility {
    let mut c = check("US-NY", period.0, period.1, dec!(500), dec!(510));
    if let Some((before, after)) = incomes {
        c.income_before = Some(before);
        c.income_after = Some(after);
    }
    run(&c)
}

#[test]
fn new_york_three_years_meets_and_a_day_short_is_for_the_court() {
    let e = ny(THREE_YEARS, None);
    assert_eq!(e.verdict, Verdict::Meets);
    assert_eq!(
        keys(&e),
        [
            "ny-mod-three-years",
            "ny-mod-income-not-given",
            "ny-mod-opt-out",
            "common-mod-may-ask-anyway"
        ]
    );
    assert!(e.citation.contains("451(3)"), "{}", e.citation);
    let e = ny(DAY_SHORT_OF_THREE, None);
    assert_eq!(e.verdict, Verdict::CourtDecides);
    assert_eq!(
        keys(&e),
        [
            "ny-mod-under-three-years",
            "ny-mod-income-not-given",
            "ny-mod-substantial-change",
            "common-mod-may-ask-anyway"
        ]
    );
}

#[test]
fn new_york_income_up_15_percent_boundary() {
    let e = ny(DAY_SHORT_OF_THREE, Some((dec!(2000), dec!(2300))));
    assert_eq!(e.verdict, Verdict::Meets);
    assert_eq!(arg(&e, "ny-mod-income-up", "percent"), "15.0");
    assert!(keys(&e).contains(&"ny-mod-opt-out"));
    let e = ny(DAY_SHORT_OF_THREE, Some((dec!(2000), dec!(2299.99))));
    assert_eq!(e.verdict, Verdict::CourtDecides);
    assert_eq!(arg(&e, "ny-mod-income-small-change", "percent"), "14.9");
}

#[test]
fn new_york_income_down_15_percent_is_for_the_court_since_it_must_be_involuntary() {
    let e = ny(DAY_SHORT_OF_THREE, Some((dec!(2000), dec!(1700))));
    assert_eq!(e.verdict, Verdict::CourtDecides);
    assert_eq!(
        keys(&e),
        [
            "ny-mod-under-three-years",
            "ny-mod-income-down",
            "ny-mod-substantial-change",
            "common-mod-may-ask-anyway"
        ]
    );
    assert_eq!(arg(&e, "ny-mod-income-down", "percent"), "15.0");
    let e = ny(DAY_SHORT_OF_THREE, Some((dec!(2000), dec!(1700.01))));
    assert_eq!(e.verdict, Verdict::CourtDecides);
    assert!(keys(&e).contains(&"ny-mod-income-small-change"));
    // After three years the time alone is enough, whatever the income did.
    assert_eq!(
        ny(THREE_YEARS, Some((dec!(2000), dec!(1000)))).verdict,
        Verdict::Meets
    );
}

#[test]
fn new_york_income_from_nothing_and_no_income_at_all() {
    let e = ny(DAY_SHORT_OF_THREE, Some((dec!(0), dec!(100))));
    assert_eq!(e.verdict, Verdict::Meets);
    assert!(keys(&e).contains(&"ny-mod-income-from-none"));
    let e = ny(DAY_SHORT_OF_THREE, Some((dec!(0), dec!(0))));
    assert_eq!(e.verdict, Verdict::CourtDecides);
    assert_eq!(arg(&e, "ny-mod-income-small-change", "percent"), "0.0");
}

// ---------------------------------------------------------------- Wisconsin

#[test]
fn wisconsin_33_months_boundary() {
    let small = dec!(510);
    let e = run(&check("US-WI", "2023-06-15", TODAY, dec!(500), small));
    assert_eq!(e.months_since_order, 33);
    assert_eq!(e.verdict, Verdict::Meets);
    assert_eq!(
        keys(&e),
        [
            "wi-mod-33-months",
            "wi-mod-below-threshold",
            "common-mod-may-ask-anyway"
        ]
    );
    let e = run(&check("US-WI", "2023-06-16", TODAY, dec!(500), small));
    assert_eq!(e.months_since_order, 32);
    assert_eq!(e.verdict, Verdict::CourtDecides);
    assert_eq!(
        keys(&e),
        [
            "wi-mod-under-33-months",
            "wi-mod-below-threshold",
            "wi-mod-substantial-change",
            "common-mod-may-ask-anyway"
        ]
    );
}

#[test]
fn wisconsin_15_percent_boundary_where_it_is_more_than_50_dollars() {
    // 15% of $500 is $75: both 15% and $50 are needed, so $75.
    let recent = ("2025-03-15", TODAY);
    for (estimated, want) in [
        (dec!(575), Verdict::Meets),
        (dec!(574.99), Verdict::CourtDecides),
        (dec!(425), Verdict::Meets),
        (dec!(425.01), Verdict::CourtDecides),
    ] {
        assert_eq!(
            verdict("US-WI", recent, dec!(500), estimated),
            want,
            "{estimated}"
        );
    }
    let e = run(&check("US-WI", recent.0, recent.1, dec!(500), dec!(575)));
    assert_eq!(
        keys(&e),
        [
            "wi-mod-under-33-months",
            "wi-mod-threshold",
            "common-mod-may-ask-anyway"
        ]
    );
    assert_eq!(arg(&e, "wi-mod-threshold", "threshold"), "75.00");
    assert_eq!(arg(&e, "wi-mod-threshold", "difference"), "75.00");
}

#[test]
fn wisconsin_50_dollar_boundary_where_it_is_more_than_15_percent() {
    // 15% of $200 is $30: $50 is needed too.
    let recent = ("2025-03-15", TODAY);
    for (estimated, want) in [
        (dec!(250), Verdict::Meets),
        (dec!(249.99), Verdict::CourtDecides),
        (dec!(230), Verdict::CourtDecides),
        (dec!(150), Verdict::Meets),
        (dec!(150.01), Verdict::CourtDecides),
    ] {
        assert_eq!(
            verdict("US-WI", recent, dec!(200), estimated),
            want,
            "{estimated}"
        );
    }
}

// ---------------------------------------------------------------- Delaware

#[test]
fn delaware_after_30_months_meets_with_no_threshold() {
    let e = run(&check("US-DE", "2023-09-15", TODAY, dec!(500), dec!(500)));
    assert_eq!(e.months_since_order, 30);
    assert_eq!(e.verdict, Verdict::Meets);
    assert_eq!(
        keys(&e),
        ["de-mod-after-30-months", "common-mod-may-ask-anyway"]
    );
    assert_eq!(e.citation, "Del. Fam. Ct. Civ. R. 508");
}

#[test]
fn delaware_within_30_months_10_percent_boundary() {
    let within = ("2023-09-16", TODAY);
    let e = run(&check("US-DE", within.0, within.1, dec!(500), dec!(550.01)));
    assert_eq!(e.months_since_order, 29);
    assert_eq!(e.verdict, Verdict::CourtDecides);
    assert_eq!(
        keys(&e),
        [
            "de-mod-within-30-months",
            "de-mod-more-than-ten-percent",
            "de-mod-substantial-change",
            "common-mod-may-ask-anyway"
        ]
    );
    assert_eq!(
        arg(&e, "de-mod-more-than-ten-percent", "threshold"),
        "50.00"
    );
    let e = run(&check("US-DE", within.0, within.1, dec!(500), dec!(550)));
    assert_eq!(e.verdict, Verdict::DoesNotMeet);
    assert_eq!(
        keys(&e),
        [
            "de-mod-within-30-months",
            "de-mod-ten-percent-or-less",
            "common-mod-may-ask-anyway"
        ]
    );
    assert_eq!(
        verdict("US-DE", within, dec!(500), dec!(449.99)),
        Verdict::CourtDecides
    );
    assert_eq!(
        verdict("US-DE", within, dec!(500), dec!(450)),
        Verdict::DoesNotMeet
    );
}

#[test]
fn delaware_zero_order() {
    let within = ("2026-01-15", TODAY);
    assert_eq!(
        verdict("US-DE", within, dec!(0), dec!(0)),
        Verdict::DoesNotMeet
    );
    assert_eq!(
        verdict("US-DE", within, dec!(0), dec!(0.01)),
        Verdict::CourtDecides
    );
}

// ---------------------------------------------------------------- California

#[test]
fn california_50_dollars_when_less_than_20_percent() {
    // 20% of $1,000 is $200: $50 is the lesser.
    let recent = ("2026-01-15", TODAY);
    for (estimated, want) in [
        (dec!(1050), Verdict::Meets),
        (dec!(1049.99), Verdict::CourtDecides),
        (dec!(950), Verdict::Meets),
        (dec!(950.01), Verdict::CourtDecides),
    ] {
        assert_eq!(
            verdict("US-CA", recent, dec!(1000), estimated),
            want,
            "{estimated}"
        );
    }
    let e = run(&check("US-CA", recent.0, recent.1, dec!(1000), dec!(1050)));
    assert_eq!(keys(&e), ["ca-mod-threshold", "common-mod-may-ask-anyway"]);
    assert_eq!(arg(&e, "ca-mod-threshold", "threshold"), "50.00");
    let e = run(&check(
        "US-CA",
        recent.0,
        recent.1,
        dec!(1000),
        dec!(1049.99),
    ));
    assert_eq!(
        keys(&e),
        [
            "ca-mod-below-threshold",
            "ca-mod-material-change",
            "common-mod-may-ask-anyway"
        ]
    );
}

#[test]
fn california_20_percent_when_less_than_50_dollars() {
    // 20% of $200 is $40, less than $50.
    let recent = ("2026-01-15", TODAY);
    for (estimated, want) in [
        (dec!(240), Verdict::Meets),
        (dec!(239.99), Verdict::CourtDecides),
        (dec!(160), Verdict::Meets),
        (dec!(160.01), Verdict::CourtDecides),
    ] {
        assert_eq!(
            verdict("US-CA", recent, dec!(200), estimated),
            want,
            "{estimated}"
        );
    }
}

// ---------------------------------------------------------------- Georgia

#[test]
fn georgia_always_leaves_it_to_the_court_with_the_two_year_bar() {
    for (order, estimated) in [("2016-01-01", dec!(2000)), ("2026-03-01", dec!(500))] {
        let e = run(&check("US-GA", order, TODAY, dec!(500), estimated));
        assert_eq!(e.verdict, Verdict::CourtDecides);
        assert_eq!(
            keys(&e),
            [
                "ga-mod-substantial-change",
                "ga-mod-two-year-bar",
                "common-mod-may-ask-anyway"
            ]
        );
        assert_eq!(e.citation, "O.C.G.A. § 19-6-15(k)");
    }
}

#[test]
fn georgia_phase_in_for_orders_before_2007() {
    let phase = |order: &str, estimated: Decimal| {
        let e = run(&check("US-GA", order, TODAY, dec!(1000), estimated));
        assert_eq!(e.verdict, Verdict::CourtDecides);
        e.reasons
            .iter()
            .find(|n| n.key.starts_with("ga-mod-phase-in"))
            .map(|n| n.key.clone())
    };
    let old = "2006-12-31";
    assert_eq!(phase(old, dec!(1149.99)), None);
    assert_eq!(
        phase(old, dec!(1150)).as_deref(),
        Some("ga-mod-phase-in-one-year")
    );
    assert_eq!(
        phase(old, dec!(850)).as_deref(),
        Some("ga-mod-phase-in-one-year")
    );
    assert_eq!(
        phase(old, dec!(1299.99)).as_deref(),
        Some("ga-mod-phase-in-one-year")
    );
    assert_eq!(
        phase(old, dec!(1300)).as_deref(),
        Some("ga-mod-phase-in-two-years")
    );
    assert_eq!(
        phase(old, dec!(700)).as_deref(),
        Some("ga-mod-phase-in-two-years")
    );
    assert_eq!(phase("2007-01-01", dec!(2000)), None);
}

// ---------------------------------------------------------------- Errors

fn error(change: impl FnOnce(&mut ModificationCheck)) -> CaseError {
    let mut c = check("US-TX", THREE_YEARS.0, THREE_YEARS.1, dec!(500), dec!(600));
    change(&mut c);
    modification_eligibility(&c).expect_err("should be refused")
}

fn assert_error(err: &CaseError, code: &str, field: &str) {
    assert_eq!((err.code(), err.field()), (code, Some(field)), "{err}");
    assert!(!err.to_string().is_empty());
}

#[test]
fn unknown_and_uncovered_jurisdictions() {
    let err = error(|c| c.jurisdiction = "US-ZZ".to_owned());
    assert_error(&err, "unknown_jurisdiction", "jurisdiction");
    let err = error(|c| c.jurisdiction = "US-MA".to_owned());
    assert_error(&err, "rules_incomplete", "jurisdiction");
    // Case and spaces do not matter, as for estimates.
    let mut c = check("  us-tx ", THREE_YEARS.0, THREE_YEARS.1, dec!(1), dec!(1));
    assert!(modification_eligibility(&c).is_ok());
    c.jurisdiction = "Texas".to_owned();
    assert!(modification_eligibility(&c).is_err());
}

#[test]
fn money_out_of_range() {
    assert_error(
        &error(|c| c.current_monthly = dec!(-0.01)),
        "negative_amount",
        "current_monthly",
    );
    assert_error(
        &error(|c| c.estimated_monthly = dec!(-5)),
        "negative_amount",
        "estimated_monthly",
    );
    assert_error(
        &error(|c| c.current_monthly = dec!(1_000_000_000.01)),
        "too_large",
        "current_monthly",
    );
    assert_error(
        &error(|c| c.estimated_monthly = Decimal::MAX),
        "too_large",
        "estimated_monthly",
    );
    // Zero is not negative, even written as -0.
    let mut c = check("US-TX", THREE_YEARS.0, THREE_YEARS.1, dec!(-0.00), dec!(0));
    assert!(modification_eligibility(&c).is_ok());
    c.current_monthly = dec!(1_000_000_000);
    assert!(modification_eligibility(&c).is_ok());
}

#[test]
fn the_order_cannot_be_dated_after_the_check() {
    let err = error(|c| c.order_date = day("2026-03-16"));
    assert_error(&err, "order_date_after_as_of", "order_date");
    assert!(err.to_string().contains("2026-03-16"), "{err}");
    // The same day is fine: no months have passed.
    let e = run(&check("US-TX", TODAY, TODAY, dec!(500), dec!(600)));
    assert_eq!(e.months_since_order, 0);
}

#[test]
fn incomes_come_in_pairs_and_are_not_negative() {
    assert_error(
        &error(|c| c.income_before = Some(dec!(1000))),
        "missing_field",
        "income_after",
    );
    assert_error(
        &error(|c| c.income_after = Some(dec!(1000))),
        "missing_field",
        "income_before",
    );
    let err = error(|c| {
        c.income_before = Some(dec!(-1));
        c.income_after = Some(dec!(1000));
    });
    assert_error(&err, "negative_amount", "income_before");
    let err = error(|c| {
        c.income_before = Some(dec!(1000));
        c.income_after = Some(dec!(-1));
    });
    assert_error(&err, "negative_amount", "income_after");
    let err = error(|c| {
        c.income_before = Some(dec!(1000));
        c.income_after = Some(dec!(2_000_000_000));
    });
    assert_error(&err, "too_large", "income_after");
}

// ---------------------------------------------------------------- JSON

#[test]
fn json_in_and_out() {
    let c: ModificationCheck = serde_json::from_value(json!({
        "jurisdiction": "US-TX", "order_date": "2023-03-15", "as_of": "2026-03-15",
        "current_monthly": "400.00", "estimated_monthly": "480.00"
    }))
    .unwrap();
    assert_eq!(c.income_before, None);
    let e = serde_json::to_value(run(&c)).unwrap();
    assert_eq!(e["verdict"], "meets");
    assert_eq!(e["difference"], "80.00");
    assert_eq!(e["percent"], "20.0");
    assert_eq!(e["months_since_order"], 36);
    assert_eq!(e["reasons"][0]["key"], "tx-mod-three-years-and-threshold");
    assert_eq!(e["reasons"][0]["args"]["threshold"], "80.00");
    assert!(
        e["reasons"][0]["text"]
            .as_str()
            .unwrap()
            .contains("80.00 or more")
    );
    assert_eq!(
        serde_json::to_value(Verdict::CourtDecides).unwrap(),
        "court_decides"
    );
    assert_eq!(
        serde_json::to_value(Verdict::DoesNotMeet).unwrap(),
        "does_not_meet"
    );
    let zero = check("US-CA", TODAY, TODAY, dec!(0), dec!(10));
    assert_eq!(
        serde_json::to_value(run(&zero)).unwrap()["percent"],
        json!(null)
    );
    // The input round-trips, and an unknown field is refused.
    let mut with_incomes = c.clone();
    with_incomes.income_before = Some(dec!(2000));
    with_incomes.income_after = Some(dec!(2300));
    let text = serde_json::to_string(&with_incomes).unwrap();
    assert_eq!(
        serde_json::from_str::<ModificationCheck>(&text).unwrap(),
        with_incomes
    );
    assert!(!serde_json::to_string(&c).unwrap().contains("income_before"));
    let unknown = serde_json::from_value::<ModificationCheck>(json!({
        "jurisdiction": "US-TX", "order_date": "2023-03-15", "as_of": "2026-03-15",
        "current_monthly": "400.00", "estimated_monthly": "480.00", "income": "1"
    }));
    assert!(unknown.unwrap_err().to_string().contains("income"));
}

// ---------------------------------------------------------------- Properties

fn cents_upto(max: i64) -> impl Strategy<Value = Decimal> {
    (0..=max).prop_map(|c| Decimal::new(c, 2))
}

prop_compose! {
    fn any_check()(
        state in proptest::sample::select(JURISDICTIONS),
        order_days in 0i64..20_000,
        elapsed in 0i64..3_000,
        current in cents_upto(1_000_000),
        estimated in cents_upto(1_000_000),
        incomes in proptest::option::of((cents_upto(2_000_000), cents_upto(2_000_000))),
    ) -> ModificationCheck {
        let order_date = day("1990-01-01") + chrono::Duration::days(order_days);
        ModificationCheck {
            jurisdiction: state.to_owned(),
            order_date,
            as_of: order_date + chrono::Duration::days(elapsed),
            current_monthly: current,
            estimated_monthly: estimated,
            income_before: incomes.map(|i| i.0),
            income_after: incomes.map(|i| i.1),
        }
    }
}

prop_compose! {
    /// A check whose change sits on or a cent beside one of the rules' figures (10%, 15%,
    /// 20%, 30% of the order; $50, $100), up or down, and whose date is on or a day beside
    /// 30, 33 or 36 months.
    fn boundary_check()(
        base in any_check(),
        pct in proptest::sample::select(vec![10i64, 15, 20, 30]),
        dollars in proptest::sample::select(vec![50i64, 100]),
        use_pct in any::<bool>(),
        nudge in -1i64..=1,
        down in any::<bool>(),
        months in proptest::sample::select(vec![30u32, 33, 36]),
        day_nudge in -1i64..=1,
    ) -> ModificationCheck {
        let current = base.current_monthly;
        let edge = if use_pct {
            (current * Decimal::from(pct) / dec!(100)).round_dp(2)
        } else {
            Decimal::from(dollars)
        };
        let size = (edge + Decimal::new(nudge, 2)).max(Decimal::ZERO);
        let estimated = if down { (current - size).max(Decimal::ZERO) } else { current + size };
        let as_of = base.order_date.checked_add_months(Months::new(months)).unwrap()
            + chrono::Duration::days(day_nudge);
        ModificationCheck { estimated_monthly: estimated, as_of, ..base }
    }
}

/// Each state's test, written again from the rule with exact comparisons (a second
/// opinion on the thresholds in cents).
fn oracle(c: &ModificationCheck, months: u32) -> Verdict {
    let size = (c.estimated_monthly - c.current_monthly).abs();
    let current = c.current_monthly;
    let changed = !size.is_zero();
    let pct = |p: Decimal| size * dec!(100) >= p * current && changed;
    match c.jurisdiction.as_str() {
        "US-TX" if months >= 36 && (pct(dec!(20)) || size >= dec!(100)) => Verdict::Meets,
        "US-TX" => Verdict::CourtDecides,
        "US-NY" => {
            let income_up = match (c.income_before, c.income_after) {
                (Some(b), Some(a)) => a > b && (a - b) * dec!(100) >= b * dec!(15),
                _ => false,
            };
            if months >= 36 || income_up {
                Verdict::Meets
            } else {
                Verdict::CourtDecides
            }
        }
        "US-WI" if months >= 33 || (pct(dec!(15)) && size >= dec!(50)) => Verdict::Meets,
        "US-WI" => Verdict::CourtDecides,
        "US-DE" if months >= 30 => Verdict::Meets,
        "US-DE" if size * dec!(100) > dec!(10) * current => Verdict::CourtDecides,
        "US-DE" => Verdict::DoesNotMeet,
        "US-CA" if pct(dec!(20)) || size >= dec!(50) => Verdict::Meets,
        "US-CA" => Verdict::CourtDecides,
        "US-GA" => Verdict::CourtDecides,
        other => panic!("{other}"),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// The verdict follows the rule exactly, and every answer ends with "you may ask anyway".
    #[test]
    fn verdicts_follow_the_rules(c in any_check()) {
        let e = modification_eligibility(&c).unwrap();
        prop_assert_eq!(e.verdict, oracle(&c, e.months_since_order));
        prop_assert_eq!(
            e.reasons.last().map(|n| n.key.as_str()),
            Some("common-mod-may-ask-anyway")
        );
        prop_assert!(e.reasons.iter().all(|n| !n.text.is_empty()));
        prop_assert!(!e.citation.is_empty());
    }

    /// The same, on and a cent or a day beside every figure of the rules.
    #[test]
    fn verdicts_follow_the_rules_at_the_boundaries(c in boundary_check()) {
        let e = modification_eligibility(&c).unwrap();
        prop_assert_eq!(e.verdict, oracle(&c, e.months_since_order));
    }

    /// A rise and a fall of the same size get the same verdict and the same reasons: the
    /// percentage and dollar tests measure the size of the change against the order. (The
    /// one place direction counts is New York's income test, below.)
    #[test]
    fn the_direction_of_the_change_does_not_matter(
        c in any_check(),
        down in any::<bool>(),
    ) {
        let current = c.current_monthly;
        let size = (c.estimated_monthly - current).abs().min(current);
        let up = ModificationCheck { estimated_monthly: current + size, ..c.clone() };
        let down_check = ModificationCheck { estimated_monthly: current - size, ..c };
        let (a, b) = if down { (down_check, up) } else { (up, down_check) };
        let (a, b) = (modification_eligibility(&a).unwrap(), modification_eligibility(&b).unwrap());
        prop_assert_eq!(a.verdict, b.verdict);
        prop_assert_eq!(a.percent, b.percent);
        prop_assert_eq!(a.difference, -b.difference);
        prop_assert_eq!(
            a.reasons.iter().map(|n| (&n.key, &n.args)).collect::<Vec<_>>(),
            b.reasons.iter().map(|n| (&n.key, &n.args)).collect::<Vec<_>>()
        );
    }

    /// `difference` is exactly estimated less current for amounts in cents, and the
    /// percentage is that difference over the order, cut to one place.
    #[test]
    fn difference_is_exact_to_the_cent(c in any_check()) {
        let e = modification_eligibility(&c).unwrap();
        prop_assert_eq!(e.difference, c.estimated_monthly - c.current_monthly);
        prop_assert_eq!(e.difference.scale(), 2);
        match e.percent {
            None => prop_assert!(c.current_monthly.is_zero()),
            Some(p) => {
                let exact = e.difference.abs() * dec!(100) / c.current_monthly;
                prop_assert!(p <= exact && exact < p + dec!(0.1), "{} {}", p, exact);
                prop_assert_eq!(p.scale(), 1);
            }
        }
    }

    /// Amounts with more places (a yearly estimate divided by 12) round to the cent, halves
    /// away from zero, before any test.
    #[test]
    fn finer_amounts_round_to_the_cent(
        current in 0i64..100_000_000_000,
        estimated in 0i64..100_000_000_000,
    ) {
        let c = check(
            "US-CA", TODAY, TODAY,
            Decimal::new(current, 6), Decimal::new(estimated, 6),
        );
        let e = modification_eligibility(&c).unwrap();
        let exact = c.estimated_monthly - c.current_monthly;
        prop_assert!((e.difference - exact).abs() <= dec!(0.005));
        prop_assert_eq!(e.difference.scale(), 2);
        prop_assert_eq!(
            e.difference,
            exact.round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
        );
    }

    /// New York's income test is the one where direction counts: a rise of 15% or more is
    /// enough, a fall of the same size is for the court (FCA 451(3)(b)(ii): only an
    /// involuntary reduction counts).
    #[test]
    fn new_york_income_direction_counts(before in 1i64..1_000_000, pct in 15i64..100) {
        let before = Decimal::new(before, 2);
        let change = before * Decimal::from(pct) / dec!(100);
        let recent = |after| {
            let mut c = check("US-NY", "2025-03-15", TODAY, dec!(500), dec!(500));
            c.income_before = Some(before);
            c.income_after = Some(after);
            modification_eligibility(&c).unwrap().verdict
        };
        prop_assert_eq!(recent(before + change), Verdict::Meets);
        prop_assert_eq!(recent(before - change), Verdict::CourtDecides);
    }

    /// Months count whole calendar months: the order date moved on by N months.
    #[test]
    fn months_are_calendar_months(c in any_check()) {
        let e = modification_eligibility(&c).unwrap();
        let m = e.months_since_order;
        prop_assert!(c.order_date.checked_add_months(Months::new(m)).unwrap() <= c.as_of);
        prop_assert!(c.order_date.checked_add_months(Months::new(m + 1)).unwrap() > c.as_of);
    }

    /// Any figures at all: an answer or an error, never a panic.
    #[test]
    fn never_panics(
        state in proptest::sample::select(vec!["US-TX", "US-NY", "US-WI", "US-DE", "US-CA", "US-GA", "US-MA", "xx"]),
        a in any::<i64>(), b in any::<i64>(), sa in 0u32..=28, sb in 0u32..=28,
        incomes in proptest::option::of((any::<i64>(), any::<i64>())),
        days in -1_000_000i64..1_000_000,
    ) {
        let order = day("2000-01-01");
        let c = ModificationCheck {
            jurisdiction: state.to_owned(),
            order_date: order,
            as_of: order + chrono::Duration::days(days),
            current_monthly: Decimal::new(a, sa),
            estimated_monthly: Decimal::new(b, sb),
            income_before: incomes.map(|i| Decimal::new(i.0, 2)),
            income_after: incomes.map(|i| Decimal::new(i.1, 2)),
        };
        let _ = modification_eligibility(&c);
    }
}
