//! `estimate` for each state (goal: under 10 µs a call).
//! Run: `CARGO_TARGET_DIR=/work/target-guidelines cargo bench -p guidelines --bench estimate`

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use guidelines::{Case, estimate};

const CASES: &[(&str, &str)] = &[
    (
        "US-TX",
        include_str!("../tests/cases/tx-t4-other-children.json"),
    ),
    (
        "US-WI",
        include_str!("../tests/cases/wi-e1-shared-placement.json"),
    ),
    (
        "US-WI split",
        include_str!("../tests/cases/own-wi-e3-split-shared.json"),
    ),
    (
        "US-NY",
        include_str!("../tests/cases/ny-n4-self-support-reserve.json"),
    ),
    ("US-CA", include_str!("../tests/cases/ca-derived-2ch.json")),
    ("US-GA", include_str!("../tests/cases/own-ga-add-ons.json")),
    (
        "US-DE (refused)",
        include_str!("../tests/cases/own-de-incomplete.json"),
    ),
];

fn case(text: &str) -> Case {
    let golden: serde_json::Value = serde_json::from_str(text).expect("case file");
    Case::from_value(&golden["case"]).expect("valid case")
}

fn bench(c: &mut Criterion) {
    for (name, text) in CASES {
        let case = case(text);
        let _ = estimate(&case); // load the embedded rules once, outside the timing
        c.bench_function(&format!("estimate {name}"), |b| {
            b.iter(|| estimate(black_box(&case)))
        });
    }
    let (_, text) = CASES[1];
    let json = serde_json::to_string(&case(text)).expect("json");
    c.bench_function("parse + estimate + serialise US-WI", |b| {
        b.iter(|| {
            let case = Case::from_json_str(black_box(&json)).expect("case");
            serde_json::to_string(&estimate(&case).expect("estimate")).expect("json")
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
