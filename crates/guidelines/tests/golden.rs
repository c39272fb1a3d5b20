//! Every worked case passes exactly, to the cent: the shared golden cases as they stand in
//! `shared/guidelines/cases`, and this crate's copy of them plus its own in `tests/cases`.

use std::path::{Path, PathBuf};

use guidelines::{Case, estimate};
use serde_json::Value;

/// Run every case file in `dir`; return how many ran.
fn run_dir(dir: &Path) -> usize {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    let failures: Vec<String> = files.iter().filter_map(|f| check(f).err()).collect();
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
    files.len()
}

fn check(file: &Path) -> Result<(), String> {
    let name = file.file_name().unwrap().to_string_lossy().into_owned();
    let text = std::fs::read_to_string(file).map_err(|e| format!("{name}: {e}"))?;
    let golden: Value = serde_json::from_str(&text).map_err(|e| format!("{name}: {e}"))?;
    let case = Case::from_value(&golden["case"]).map_err(|e| format!("{name}: {e}"))?;
    let result = estimate(&case);
    if let Some(expected) = golden.get("expected_error") {
        let err = result
            .err()
            .ok_or_else(|| format!("{name}: expected an error"))?;
        let field = expected["field"].as_str();
        return if err.code() == expected["code"] && err.field() == field {
            Ok(())
        } else {
            Err(format!(
                "{name}: got {} at {:?}: {err}",
                err.code(),
                err.field()
            ))
        };
    }
    let got = result.map_err(|e| format!("{name}: {e}"))?;
    let expected = &golden["expected"];
    let got_json = serde_json::to_value(&got).unwrap();
    for key in ["payer", "amount", "per"] {
        if got_json[key] != expected[key] {
            return Err(format!(
                "{name}: {key} is {} but should be {} ({})",
                got_json[key], expected[key], golden["source"]
            ));
        }
    }
    Ok(())
}

#[test]
fn shared_golden_cases_pass_exactly() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/guidelines/cases");
    assert!(run_dir(&dir) >= 10);
}

#[test]
fn this_crates_cases_pass_exactly() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    assert!(run_dir(&dir) >= 30);
}

#[test]
fn the_copies_match_the_shared_cases() {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/guidelines/cases");
    for entry in std::fs::read_dir(&shared).unwrap() {
        let path = entry.unwrap().path();
        let copy = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/cases")
            .join(path.file_name().unwrap());
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            std::fs::read_to_string(&copy).unwrap_or_default(),
            "{} differs from the shared case",
            copy.display()
        );
    }
}
