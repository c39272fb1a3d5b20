//! Every worksheet line and note carries a key from `MESSAGE_KEYS`, always with the same
//! argument names, across the golden cases and a spread of our own (above the cap, low
//! income, other children, split and shared placement, New York's poverty rule and
//! self-support reserve, Texas multi-family, Georgia add-ons and low income, values past
//! their due date), and across the reasons of modification checks in every state and
//! branch. The app translates each key as `ws-<key>`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use guidelines::{
    Case, Estimate, MESSAGE_KEYS, ModificationCheck, estimate, modification_eligibility,
};
use rust_decimal::Decimal;
use serde_json::{Value, json};

/// Keys no estimate can carry today: Delaware always refuses (`rules_incomplete`), so its
/// value-due note is never shown, but the key is kept for when it can be.
const UNREACHABLE: &[&str] = &["de-pending-allowance"];

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn golden_cases() -> Vec<(String, Value)> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir().join("tests/cases"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|f| {
            let v: Value = serde_json::from_str(&std::fs::read_to_string(&f).unwrap()).unwrap();
            (
                f.file_name().unwrap().to_string_lossy().into_owned(),
                v["case"].clone(),
            )
        })
        .collect()
}

fn case(jurisdiction: &str, as_of: &str, children: u32, a: Value, b: Value) -> Value {
    json!({ "jurisdiction": jurisdiction, "as_of": as_of, "children": children,
            "parents": { "a": a, "b": b } })
}

fn with(mut case: Value, key: &str, value: Value) -> Value {
    case[key] = value;
    case
}

fn m(income: &str) -> Value {
    json!({ "monthly_income": income })
}

fn y(income: &str) -> Value {
    json!({ "annual_income": income, "fica_paid": "0.00" })
}

fn own_cases() -> Vec<(String, Value)> {
    let tx = |a: Value, b: Value, n: u32| {
        with(
            case("US-TX", "2026-06-01", n, a, b),
            "custodial",
            json!("a"),
        )
    };
    let wi = |a: Value, b: Value, n: u32| case("US-WI", "2026-06-01", n, a, b);
    let ny = |a: Value, b: Value, n: u32| {
        with(
            case("US-NY", "2025-06-01", n, a, b),
            "custodial",
            json!("a"),
        )
    };
    let ca = |a: Value, b: Value, n: u32| case("US-CA", "2026-06-01", n, a, b);
    let ga = |a: Value, b: Value, n: u32| {
        with(
            case("US-GA", "2026-06-01", n, a, b),
            "custodial",
            json!("a"),
        )
    };
    let split = |n: u32, b: &str, nights: Value| {
        with(wi(m("2000.00"), m(b), n), "child_overnights", nights)
    };
    let both =
        |x: u32| json!([{ "a": 365, "b": 0 }, { "a": 0, "b": 365 }, { "a": x, "b": 365 - x }]);
    let cases = vec![
        ("tx standard", tx(m("3000.00"), m("5000.00"), 2)),
        ("tx above cap", tx(m("3000.00"), m("20000.00"), 2)),
        ("tx low income", tx(m("3000.00"), m("900.00"), 1)),
        ("tx six children", tx(m("3000.00"), m("5000.00"), 6)),
        (
            "tx unused field",
            tx(
                m("3000.00"),
                json!({ "monthly_income": "5000.00", "child_care": "100.00" }),
                2,
            ),
        ),
        (
            "tx multi-family table",
            tx(
                m("3000.00"),
                json!({ "monthly_income": "5000.00", "other_children": 1 }),
                2,
            ),
        ),
        (
            "tx multi-family 154.128",
            tx(
                m("3000.00"),
                json!({ "monthly_income": "5000.00", "other_children": 1 }),
                8,
            ),
        ),
        (
            "tx multi-family low income",
            tx(
                m("3000.00"),
                json!({ "monthly_income": "900.00", "other_children": 2 }),
                2,
            ),
        ),
        (
            "tx cap past due",
            with(
                tx(m("3000.00"), m("5000.00"), 2),
                "as_of",
                json!("2031-10-01"),
            ),
        ),
        (
            "wi standard",
            with(wi(m("2000.00"), m("3000.00"), 2), "custodial", json!("a")),
        ),
        (
            "wi high income",
            with(wi(m("2000.00"), m("15000.00"), 2), "custodial", json!("a")),
        ),
        (
            "wi low income",
            with(wi(m("2000.00"), m("1200.00"), 1), "custodial", json!("a")),
        ),
        (
            "wi unused field",
            with(
                wi(
                    m("2000.00"),
                    json!({ "monthly_income": "3000.00", "other_children": 1 }),
                    2,
                ),
                "custodial",
                json!("a"),
            ),
        ),
        (
            "wi shared",
            wi(
                json!({ "monthly_income": "2000.00", "overnights": 219 }),
                json!({ "monthly_income": "3000.00", "overnights": 146 }),
                2,
            ),
        ),
        (
            "wi shared capped",
            wi(
                json!({ "monthly_income": "100.00", "overnights": 273 }),
                json!({ "monthly_income": "4000.00", "overnights": 92 }),
                2,
            ),
        ),
        (
            "wi shared high income",
            wi(
                json!({ "monthly_income": "9000.00", "overnights": 219 }),
                json!({ "monthly_income": "15000.00", "overnights": 146 }),
                2,
            ),
        ),
        (
            "wi split",
            split(
                2,
                "3000.00",
                json!([{ "a": 365, "b": 0 }, { "a": 0, "b": 365 }]),
            ),
        ),
        ("wi split shared", split(3, "3000.00", both(110))),
        ("wi split high income", split(3, "20000.00", both(0))),
        (
            "wi split six children",
            split(
                6,
                "3000.00",
                json!([{ "a": 365, "b": 0 }, { "a": 365, "b": 0 }, { "a": 365, "b": 0 }, { "a": 0, "b": 365 }, { "a": 0, "b": 365 }, { "a": 0, "b": 365 }]),
            ),
        ),
        ("ny standard", ny(y("40000.00"), y("80000.00"), 2)),
        (
            "ny no fica",
            ny(
                json!({ "annual_income": "40000.00" }),
                json!({ "annual_income": "80000.00" }),
                2,
            ),
        ),
        (
            "ny deductions",
            ny(
                y("40000.00"),
                json!({ "annual_income": "80000.00", "fica_paid": "6120.00", "local_tax_paid": "2000.00", "maintenance_paid": "3000.00", "other_support_paid": "4000.00" }),
                2,
            ),
        ),
        ("ny above cap", ny(y("100000.00"), y("300000.00"), 2)),
        ("ny five children", ny(y("40000.00"), y("80000.00"), 5)),
        ("ny poverty", ny(y("0.00"), y("16000.00"), 1)),
        ("ny self-support reserve", ny(y("0.00"), y("25000.00"), 2)),
        (
            "ny add-ons",
            ny(
                json!({ "annual_income": "40000.00", "fica_paid": "0.00", "child_care": "3000.00" }),
                json!({ "annual_income": "80000.00", "fica_paid": "0.00", "health_insurance": "1200.00" }),
                2,
            ),
        ),
        ("ny no income", ny(y("0.00"), y("0.00"), 1)),
        (
            "ny unused field",
            ny(
                y("40000.00"),
                json!({ "annual_income": "80000.00", "fica_paid": "0.00", "other_children": 1 }),
                2,
            ),
        ),
        (
            "ny equal time",
            case(
                "US-NY",
                "2025-06-01",
                1,
                json!({ "annual_income": "40000.00", "fica_paid": "0.00", "overnights": 182 }),
                json!({ "annual_income": "80000.00", "fica_paid": "0.00", "overnights": 182 }),
            ),
        ),
        (
            "ny values past due",
            with(
                ny(y("40000.00"), y("80000.00"), 2),
                "as_of",
                json!("2026-06-01"),
            ),
        ),
        (
            "ca standard",
            ca(
                json!({ "monthly_income": "3000.00", "overnights": 73 }),
                json!({ "monthly_income": "6000.00", "overnights": 292 }),
                2,
            ),
        ),
        (
            "ca custodial",
            with(ca(m("3000.00"), m("6000.00"), 1), "custodial", json!("a")),
        ),
        (
            "ca add-ons",
            with(
                ca(
                    json!({ "monthly_income": "3000.00", "child_care": "200.00" }),
                    m("6000.00"),
                    1,
                ),
                "custodial",
                json!("a"),
            ),
        ),
        (
            "ca unused field",
            with(
                ca(
                    m("3000.00"),
                    json!({ "monthly_income": "6000.00", "other_children": 1 }),
                    1,
                ),
                "custodial",
                json!("a"),
            ),
        ),
        (
            "ca old formula",
            with(
                with(ca(m("3000.00"), m("6000.00"), 3), "custodial", json!("a")),
                "as_of",
                json!("2024-01-01"),
            ),
        ),
        ("ga standard", ga(m("3000.00"), m("5000.00"), 2)),
        (
            "ga parenting time",
            ga(
                json!({ "monthly_income": "3000.00", "overnights": 265 }),
                json!({ "monthly_income": "5000.00", "overnights": 100 }),
                2,
            ),
        ),
        (
            "ga one side's overnights",
            ga(
                m("3000.00"),
                json!({ "monthly_income": "5000.00", "overnights": 100 }),
                2,
            ),
        ),
        (
            "ga add-ons",
            ga(
                json!({ "monthly_income": "3000.00", "child_care": "300.00" }),
                json!({ "monthly_income": "5000.00", "health_insurance": "150.00" }),
                2,
            ),
        ),
        (
            "ga other children",
            ga(
                m("3000.00"),
                json!({ "monthly_income": "5000.00", "other_children": 1, "other_support_paid": "300.00" }),
                2,
            ),
        ),
        ("ga high income", ga(m("30000.00"), m("40000.00"), 2)),
        ("ga low income", ga(m("3000.00"), m("1500.00"), 2)),
        ("ga no income", ga(m("0.00"), m("0.00"), 1)),
        (
            "ga unused field",
            ga(
                m("3000.00"),
                json!({ "monthly_income": "5000.00", "maintenance_paid": "100.00" }),
                2,
            ),
        ),
    ];
    cases.into_iter().map(|(n, c)| (n.to_owned(), c)).collect()
}

/// Modification checks reaching every branch of every state's rule.
fn modification_checks() -> Vec<(String, ModificationCheck)> {
    let check = |state: &str, order: &str, current: i64, estimated: i64| ModificationCheck {
        jurisdiction: state.to_owned(),
        order_date: order.parse().unwrap(),
        as_of: "2026-06-01".parse().unwrap(),
        current_monthly: Decimal::new(current, 2),
        estimated_monthly: Decimal::new(estimated, 2),
        income_before: None,
        income_after: None,
    };
    let incomes = |mut c: ModificationCheck, before: i64, after: i64| {
        c.income_before = Some(Decimal::new(before, 2));
        c.income_after = Some(Decimal::new(after, 2));
        c
    };
    let (old, recent) = ("2020-01-15", "2025-12-15");
    let checks = vec![
        ("tx meets", check("US-TX", old, 50000, 70000)),
        ("tx below threshold", check("US-TX", old, 50000, 51000)),
        ("tx recent", check("US-TX", recent, 50000, 70000)),
        ("ny three years", check("US-NY", old, 50000, 51000)),
        (
            "ny income up",
            incomes(check("US-NY", recent, 50000, 51000), 200000, 300000),
        ),
        (
            "ny income from none",
            incomes(check("US-NY", recent, 50000, 51000), 0, 300000),
        ),
        (
            "ny income down",
            incomes(check("US-NY", recent, 50000, 51000), 300000, 200000),
        ),
        (
            "ny income small change",
            incomes(check("US-NY", recent, 50000, 51000), 300000, 310000),
        ),
        ("wi 33 months", check("US-WI", old, 50000, 51000)),
        ("wi threshold", check("US-WI", recent, 50000, 60000)),
        ("wi below threshold", check("US-WI", recent, 50000, 51000)),
        ("de after 30 months", check("US-DE", old, 50000, 51000)),
        ("de more than 10%", check("US-DE", recent, 50000, 60000)),
        ("de 10% or less", check("US-DE", recent, 50000, 51000)),
        ("ca meets", check("US-CA", recent, 50000, 60000)),
        ("ca below threshold", check("US-CA", recent, 50000, 51000)),
        ("ga", check("US-GA", recent, 50000, 51000)),
        (
            "ga phase in, one year",
            check("US-GA", "2005-01-01", 50000, 60000),
        ),
        (
            "ga phase in, two years",
            check("US-GA", "2005-01-01", 50000, 90000),
        ),
    ];
    checks.into_iter().map(|(n, c)| (n.to_owned(), c)).collect()
}

/// Every (key, argument names) pair in an estimate.
fn messages(estimate: &Estimate) -> Vec<(String, Vec<String>, String)> {
    let lines = estimate.worksheet.iter().map(|l| {
        (
            l.key.clone(),
            l.args.keys().cloned().collect(),
            l.line.clone(),
        )
    });
    let notes = estimate.notes.iter().map(|n| {
        (
            n.key.clone(),
            n.args.keys().cloned().collect(),
            n.text.clone(),
        )
    });
    lines.chain(notes).collect()
}

#[test]
fn every_key_is_listed_with_the_same_arguments_and_every_listed_key_is_used() {
    let listed: BTreeMap<&str, Vec<String>> = MESSAGE_KEYS
        .iter()
        .map(|m| (m.key, m.args.iter().map(|a| (*a).to_owned()).collect()))
        .collect();
    let mut seen = BTreeSet::new();
    let mut problems = Vec::new();
    let mut estimates = 0;
    for (name, value) in golden_cases().into_iter().chain(own_cases()) {
        let case = Case::from_value(&value).unwrap_or_else(|e| panic!("{name}: {e}"));
        let Ok(estimate) = estimate(&case) else {
            continue;
        };
        estimates += 1;
        for (key, args, text) in messages(&estimate) {
            match listed.get(key.as_str()) {
                None => problems.push(format!("{name}: {key} is not in MESSAGE_KEYS ({text})")),
                Some(want) if *want != args => problems.push(format!(
                    "{name}: {key} has arguments {args:?}, MESSAGE_KEYS says {want:?}"
                )),
                Some(_) => {}
            }
            seen.insert(key);
        }
    }
    let mut checks = 0;
    for (name, check) in modification_checks() {
        let result = modification_eligibility(&check).unwrap_or_else(|e| panic!("{name}: {e}"));
        checks += 1;
        for note in result.reasons {
            let args: Vec<String> = note.args.keys().cloned().collect();
            match listed.get(note.key.as_str()) {
                None => problems.push(format!(
                    "{name}: {} is not in MESSAGE_KEYS ({})",
                    note.key, note.text
                )),
                Some(want) if *want != args => problems.push(format!(
                    "{name}: {} has arguments {args:?}, MESSAGE_KEYS says {want:?}",
                    note.key
                )),
                Some(_) => {}
            }
            seen.insert(note.key);
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    let unused: Vec<&str> = listed
        .keys()
        .copied()
        .filter(|k| !seen.contains(*k) && !UNREACHABLE.contains(k))
        .collect();
    assert!(
        unused.is_empty(),
        "listed keys no case produced: {unused:?}"
    );
    assert!(estimates > 60, "only {estimates} estimates");
    assert!(checks > 15, "only {checks} modification checks");
}

/// The own cases above are what their names say (a few spot checks).
#[test]
fn the_spread_reaches_what_it_says() {
    let find = |name: &str| {
        let (_, value) = own_cases().into_iter().find(|(n, _)| n == name).unwrap();
        estimate(&Case::from_value(&value).unwrap()).unwrap()
    };
    let has = |e: &Estimate, key: &str| {
        e.worksheet.iter().any(|l| l.key == key) || e.notes.iter().any(|n| n.key == key)
    };
    assert!(has(&find("tx above cap"), "tx-above-cap"));
    assert!(has(&find("ny poverty"), "ny-below-poverty"));
    assert!(has(&find("ny self-support reserve"), "ny-below-reserve"));
    assert!(has(&find("wi shared capped"), "wi-capped"));
    assert!(has(&find("ga low income"), "ga-low-income"));
    assert!(has(
        &find("tx multi-family low income"),
        "tx-low-income-multi-family"
    ));
}

/// A `[[pending]]` entry's key becomes a note's key: each must be listed.
#[test]
fn every_pending_key_in_the_rule_files_is_listed() {
    fn walk(dir: &Path, keys: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, keys);
            } else if path.extension().is_some_and(|e| e == "toml") {
                let text = std::fs::read_to_string(&path).unwrap();
                let value: toml::Value = toml::from_str(&text).unwrap();
                for p in value
                    .get("pending")
                    .and_then(|p| p.as_array())
                    .into_iter()
                    .flatten()
                {
                    keys.push(p["key"].as_str().unwrap().to_owned());
                }
            }
        }
    }
    let mut keys = Vec::new();
    walk(&dir().join("rules"), &mut keys);
    assert!(keys.len() >= 4, "{keys:?}");
    for key in keys {
        assert!(MESSAGE_KEYS.iter().any(|m| m.key == key), "{key}");
    }
}

/// `text` and `line` stay the English sentences.
#[test]
fn the_english_text_is_kept() {
    let (_, value) = own_cases()
        .into_iter()
        .find(|(n, _)| n == "tx multi-family table")
        .unwrap();
    let e = estimate(&Case::from_value(&value).unwrap()).unwrap();
    let line = e
        .worksheet
        .iter()
        .find(|l| l.key == "tx-multi-family-percentage")
        .unwrap();
    assert_eq!(
        line.line,
        "Multi-family percentage (2 before the court, 1 other)"
    );
    assert_eq!(line.args["children"], "2");
    assert_eq!(line.args["others"], "1");
}
