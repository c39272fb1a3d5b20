//! A structured stand-in for the fuzz target (`fuzz/`, which needs nightly and cargo-fuzz):
//! JSON cases with wild values in every field get an estimate or an error, never a panic.

use proptest::prelude::*;
use serde_json::{Value, json};

fn wild() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        (-1e6f64..1e12).prop_map(|f| json!(f)),
        (0u64..400).prop_map(Value::from),
        "-?[0-9]{0,16}(\\.[0-9]{0,12})?".prop_map(Value::from),
        "\\PC{0,12}".prop_map(Value::from),
        Just(json!([])),
        Just(json!({})),
    ]
}

fn state() -> impl Strategy<Value = Value> {
    prop_oneof![
        proptest::sample::select(vec![
            "US-TX", "US-WI", "US-NY", "US-CA", "US-GA", "US-DE", "US-MA", "us-wi", "XX"
        ])
        .prop_map(Value::from),
        wild(),
    ]
}

fn date() -> impl Strategy<Value = Value> {
    prop_oneof![
        (1990i32..2040, 1u32..13, 1u32..29)
            .prop_map(|(y, m, d)| json!(format!("{y:04}-{m:02}-{d:02}"))),
        wild(),
    ]
}

fn parent() -> impl Strategy<Value = Value> {
    proptest::collection::btree_map(
        proptest::sample::select(vec![
            "monthly_income",
            "annual_income",
            "overnights",
            "health_insurance",
            "child_care",
            "other_children",
            "other_support_paid",
            "maintenance_paid",
            "fica_paid",
            "local_tax_paid",
            "typo",
        ]),
        wild(),
        0..6,
    )
    .prop_map(|m| json!(m))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn wild_cases_never_panic(
        jurisdiction in state(), as_of in date(), children in wild(), custodial in wild(),
        a in parent(), b in parent(), split in proptest::option::of(wild()),
    ) {
        let mut case = json!({ "jurisdiction": jurisdiction, "as_of": as_of, "children": children,
                               "custodial": custodial, "parents": { "a": a, "b": b } });
        if let Some(split) = split {
            case["child_overnights"] = json!([{ "a": split.clone(), "b": 100 }, split]);
        }
        if let Ok(case) = guidelines::Case::from_value(&case)
            && let Ok(e) = guidelines::estimate(&case)
        {
            prop_assert!(!e.amount.is_sign_negative());
        }
    }

    #[test]
    fn big_valid_figures_never_overflow(
        state in proptest::sample::select(vec!["US-TX", "US-WI", "US-NY", "US-CA", "US-GA"]),
        a in 0u64..=1_000_000_000, b in 0u64..=1_000_000_000, children in 1u32..40,
        nights in (0u32..=366).prop_flat_map(|a| (Just(a), 0..=366 - a)),
        extra in 0u64..=1_000_000_000, others in 0u32..=30,
    ) {
        for annual in [false, true] {
            let key = if annual { "annual_income" } else { "monthly_income" };
            let case = json!({ "jurisdiction": state, "as_of": "2026-06-01", "children": children, "custodial": "a",
                "parents": {
                    "a": { key: a.to_string(), "overnights": nights.0, "child_care": extra.to_string(), "other_children": others },
                    "b": { key: b.to_string(), "overnights": nights.1, "health_insurance": extra.to_string(),
                           "fica_paid": extra.to_string(), "other_support_paid": extra.to_string() } } });
            let case = guidelines::Case::from_value(&case).unwrap();
            let _ = guidelines::estimate(&case);
        }
    }
}
