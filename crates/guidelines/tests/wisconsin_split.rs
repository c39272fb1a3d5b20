//! Wisconsin's split-placement examples (DCF 150.04(3) and (6) Notes), built in Rust.

use chrono::NaiveDate;
use guidelines::{Case, ChildOvernights, Parent, ParentId, Parents, estimate};
use rust_decimal_macros::dec;

fn three_children(placement: [(u32, u32); 3]) -> Case {
    Case {
        jurisdiction: "US-WI".into(),
        as_of: NaiveDate::from_ymd_opt(2026, 6, 1).unwrap(),
        children: 3,
        custodial: None,
        parents: Parents {
            a: Parent::monthly(dec!(2000.00)),
            b: Parent::monthly(dec!(3000.00)),
        },
        child_overnights: Some(
            placement
                .iter()
                .map(|&(a, b)| ChildOvernights { a, b })
                .collect(),
        ),
    }
}

fn line<'a>(estimate: &'a guidelines::Estimate, name: &str) -> (&'a str, &'a str) {
    let l = estimate
        .worksheet
        .iter()
        .find(|l| l.line == name)
        .unwrap_or_else(|| panic!("no line {name}"));
    (l.a.as_deref().unwrap_or(""), l.b.as_deref().unwrap_or(""))
}

#[test]
fn e2_split_placement() {
    // A has two children, B one; 9.67% a child.
    // A: 2,000 x 9.67% = 193.40. B: 3,000 x 19.34% = 580.20. B pays 386.80.
    let estimate = estimate(&three_children([(365, 0), (365, 0), (0, 365)])).unwrap();
    assert_eq!(
        line(&estimate, "Owed for children placed with the other parent"),
        ("193.40", "580.20")
    );
    assert_eq!(
        (estimate.payer, estimate.amount),
        (Some(ParentId::B), dec!(386.80))
    );
}

#[test]
fn e3_split_combined_with_shared_placement() {
    // A has two children full time and the third 30% of the time; B the third 70%.
    // A: 2,000 x 9.67% = 193.40 x 1.5 = 290.10 x 70% = 203.07.
    // B: 3,000 x 19.34% = 580.20; 3,000 x 9.67% = 290.10 x 1.5 = 435.15 x 30% = 130.55.
    // B owes 710.75 less 203.07: B pays 507.68.
    let estimate = estimate(&three_children([(365, 0), (365, 0), (110, 255)])).unwrap();
    assert_eq!(
        line(&estimate, "1 shared-placement children: times 150%"),
        ("290.10", "435.15")
    );
    assert_eq!(
        line(
            &estimate,
            "1 shared-placement children: times the other parent's share"
        ),
        ("203.07", "130.55")
    );
    assert_eq!(
        line(&estimate, "Total each parent owes"),
        ("203.07", "710.75")
    );
    assert_eq!(
        (estimate.payer, estimate.amount),
        (Some(ParentId::B), dec!(507.68))
    );
}

#[test]
fn split_placement_is_the_same_whichever_parent_is_called_a() {
    let case = three_children([(365, 0), (365, 0), (110, 255)]);
    let (one, other) = (estimate(&case).unwrap(), estimate(&case.swapped()).unwrap());
    assert_eq!(one.amount, other.amount);
    assert_eq!(one.payer.map(ParentId::other), other.payer);
}
