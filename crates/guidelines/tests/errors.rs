//! Bad input gets a clear, field-specific error, never a panic.

use guidelines::{Case, CaseError, Parent, estimate};
use rust_decimal_macros::dec;
use serde_json::{Value, json};

fn wisconsin() -> Value {
    json!({ "jurisdiction": "US-WI", "as_of": "2026-06-01", "children": 2,
            "parents": { "a": { "monthly_income": "2000.00", "overnights": 219 },
                         "b": { "monthly_income": "3000.00", "overnights": 146 } } })
}

/// The error for the Wisconsin case after `change`, from JSON and then from the estimate.
fn error_after(change: impl FnOnce(&mut Value)) -> CaseError {
    let mut value = wisconsin();
    change(&mut value);
    match Case::from_value(&value) {
        Err(e) => e,
        Ok(case) => estimate(&case).expect_err("the case should be refused"),
    }
}

fn assert_error(err: &CaseError, code: &str, field: Option<&str>) {
    assert_eq!((err.code(), err.field()), (code, field), "{err}");
    assert!(!err.to_string().is_empty());
}

#[test]
fn the_unchanged_case_is_fine() {
    assert!(estimate(&Case::from_value(&wisconsin()).unwrap()).is_ok());
}

#[test]
fn negative_income() {
    let err = error_after(|v| v["parents"]["a"]["monthly_income"] = json!("-1.00"));
    assert_error(&err, "negative_amount", Some("parents.a.monthly_income"));
    let err = error_after(|v| v["parents"]["b"]["monthly_income"] = json!(-5));
    assert_error(&err, "negative_amount", Some("parents.b.monthly_income"));
}

#[test]
fn non_numeric_income() {
    for bad in [
        json!("lots"),
        json!("2,000"),
        json!("1e3"),
        json!(""),
        json!(true),
        json!([1]),
        json!("12."),
        json!("NaN"),
    ] {
        let err = error_after(|v| v["parents"]["a"]["monthly_income"] = bad.clone());
        assert_error(&err, "not_a_number", Some("parents.a.monthly_income"));
    }
}

#[test]
fn huge_income_is_refused_not_overflowed() {
    let err = error_after(|v| v["parents"]["a"]["monthly_income"] = json!("99999999999999"));
    assert_error(&err, "too_large", Some("parents.a.monthly_income"));
}

#[test]
fn json_numbers_are_taken_exactly() {
    let mut value = wisconsin();
    value["parents"]["a"]["monthly_income"] = json!(2000.1);
    value["parents"]["b"]["monthly_income"] = json!(3000);
    let case = Case::from_value(&value).unwrap();
    assert_eq!(case.parents.a.monthly_income, Some(dec!(2000.1)));
    assert_eq!(case.parents.b.monthly_income, Some(dec!(3000)));
    // 0.1 + 0.2 style figures stay exact: no float arithmetic ever happens.
    value["parents"]["a"]["monthly_income"] = json!(1234.56);
    let case = Case::from_value(&value).unwrap();
    assert_eq!(
        case.parents.a.monthly_income.unwrap().to_string(),
        "1234.56"
    );
}

#[test]
fn overnights_over_366() {
    let err = error_after(|v| v["parents"]["a"]["overnights"] = json!(250));
    assert_error(&err, "overnights_over_366", Some("parents"));
    let err = error_after(|v| v["parents"]["a"]["overnights"] = json!(400));
    assert_error(&err, "invalid_overnights", Some("parents.a.overnights"));
    let err = error_after(|v| v["parents"]["a"]["overnights"] = json!(-3));
    assert_error(&err, "wrong_type", Some("parents.a.overnights"));
    let err = error_after(|v| v["parents"]["a"]["overnights"] = json!(100.5));
    assert_error(&err, "wrong_type", Some("parents.a.overnights"));
}

#[test]
fn zero_children() {
    assert_error(
        &error_after(|v| v["children"] = json!(0)),
        "no_children",
        Some("children"),
    );
    assert_error(
        &error_after(|v| v["children"] = json!("two")),
        "wrong_type",
        Some("children"),
    );
}

#[test]
fn unknown_state() {
    let err = error_after(|v| v["jurisdiction"] = json!("US-ZZ"));
    assert_error(&err, "unknown_jurisdiction", Some("jurisdiction"));
    let err = error_after(|v| v["jurisdiction"] = json!("US-MA"));
    assert_error(&err, "rules_incomplete", Some("jurisdiction"));
}

#[test]
fn a_date_before_the_first_known_rules() {
    let err = error_after(|v| v["as_of"] = json!("1999-01-01"));
    assert_error(&err, "date_before_rules", Some("as_of"));
    assert!(err.to_string().contains("2024-11-25"), "{err}");
    let err = error_after(|v| v["as_of"] = json!("2026-13-01"));
    assert_error(&err, "invalid_date", Some("as_of"));
}

#[test]
fn both_or_neither_income() {
    let err = error_after(|v| v["parents"]["a"]["annual_income"] = json!("24000.00"));
    assert_error(&err, "income_both", Some("parents.a"));
    let err = error_after(|v| {
        v["parents"]["b"]
            .as_object_mut()
            .unwrap()
            .remove("monthly_income");
    });
    assert_error(&err, "income_missing", Some("parents.b"));
}

#[test]
fn unknown_and_missing_fields() {
    let err = error_after(|v| v["parents"]["a"]["monthly_incme"] = json!("1.00"));
    assert_error(&err, "unknown_field", Some("parents.a.monthly_incme"));
    let err = error_after(|v| v["state"] = json!("WI"));
    assert_error(&err, "unknown_field", Some("state"));
    let err = error_after(|v| {
        v.as_object_mut().unwrap().remove("as_of");
    });
    assert_error(&err, "missing_field", Some("as_of"));
    let err = error_after(|v| v["custodial"] = json!("c"));
    assert_error(&err, "invalid_custodial", Some("custodial"));
}

#[test]
fn a_custodial_parent_is_needed_where_the_rule_has_one() {
    let err = error_after(|v| {
        v["jurisdiction"] = json!("US-TX");
        v["parents"]["a"]
            .as_object_mut()
            .unwrap()
            .remove("overnights");
        v["parents"]["b"]
            .as_object_mut()
            .unwrap()
            .remove("overnights");
    });
    assert_error(&err, "custodial_needed", Some("custodial"));
}

#[test]
fn split_placement_needs_one_entry_per_child() {
    let err = error_after(|v| v["child_overnights"] = json!([{ "a": 365, "b": 0 }]));
    assert_error(&err, "invalid_placement", Some("child_overnights"));
    let err = error_after(|v| {
        v["child_overnights"] = json!([{ "a": 365, "b": 0 }, { "a": 300, "b": 100 }])
    });
    assert_error(&err, "overnights_over_366", Some("child_overnights[1]"));
}

#[test]
fn not_json_at_all() {
    assert_error(
        &Case::from_json_str("{ nope").unwrap_err(),
        "invalid_json",
        None,
    );
    assert_error(
        &Case::from_json_str("[1, 2]").unwrap_err(),
        "invalid_json",
        None,
    );
}

#[test]
fn cases_built_in_rust_are_checked_too() {
    let mut case = Case::from_value(&wisconsin()).unwrap();
    case.parents.a = Parent::monthly(dec!(-10));
    assert_error(
        &estimate(&case).unwrap_err(),
        "negative_amount",
        Some("parents.a.monthly_income"),
    );
    case.parents.a = Parent {
        monthly_income: Some(dec!(1)),
        annual_income: Some(dec!(12)),
        ..Parent::default()
    };
    assert_error(
        &estimate(&case).unwrap_err(),
        "income_both",
        Some("parents.a"),
    );
    case.parents.a = Parent::monthly(dec!(1)).with_overnights(u32::MAX);
    assert_error(
        &estimate(&case).unwrap_err(),
        "invalid_overnights",
        Some("parents.a.overnights"),
    );
}

#[test]
fn serde_deserialize_gives_the_same_field_errors() {
    let err = serde_json::from_str::<Case>(r#"{"jurisdiction":"US-WI"}"#).unwrap_err();
    assert!(err.to_string().contains("`parents` is required"), "{err}");
}
