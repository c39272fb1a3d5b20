//! The headless calculator: `guidelines estimate CASE.json`.

use std::path::Path;
use std::process::Command;

fn run(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_guidelines"))
        .args(args)
        .output()
        .unwrap()
}

fn case(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/cases")
        .join(name)
        .display()
        .to_string()
}

#[test]
fn prints_the_estimate_as_json() {
    let out = run(&["estimate", &case("wi-e1-shared-placement.json")]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let estimate: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(estimate["payer"], "b");
    assert_eq!(estimate["amount"], "375.00");
    assert_eq!(estimate["per"], "month");
    assert_eq!(estimate["rules"]["citation"], "Wis. Admin. Code DCF 150");
    // Each worksheet line and note has its message key and arguments beside the English.
    let first = &estimate["worksheet"][0];
    assert_eq!(first["key"], "wi-monthly-income");
    assert_eq!(first["line"], "Monthly income");
    assert!(first["args"].is_object());
    let percentage = estimate["worksheet"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["key"] == "common-percentage-for-children")
        .unwrap();
    assert_eq!(percentage["args"]["children"], "2");
    for note in estimate["notes"].as_array().unwrap() {
        assert!(
            note["key"].is_string() && note["text"].is_string(),
            "{note}"
        );
        assert!(note["args"].is_object(), "{note}");
    }
}

#[test]
fn bad_input_exits_non_zero_with_the_field() {
    let dir = std::env::temp_dir().join(format!("guidelines-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("bad.json");
    std::fs::write(
        &file,
        r#"{"jurisdiction":"US-WI","as_of":"2026-06-01","children":0,
            "parents":{"a":{"monthly_income":"1"},"b":{"monthly_income":"2"}}}"#,
    )
    .unwrap();
    let out = run(&["estimate", file.to_str().unwrap()]);
    std::fs::remove_dir_all(&dir).ok();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("no_children") && stderr.contains("children"),
        "{stderr}"
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn an_unreadable_file_or_bad_usage_exits_non_zero() {
    let out = run(&["estimate", "/nonexistent/case.json"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read"));
    assert!(!run(&[]).status.success());
    assert!(!run(&["guess", "x"]).status.success());
}
