//! `guidelines estimate CASE.json`: print the estimate for a case as JSON.
//!
//! The file may hold a case, or a golden-case wrapper `{ "case": {...}, "expected": ... }`.

use std::process::ExitCode;

use serde_json::Value;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [command, path] = args.as_slice() else {
        return fail("usage: guidelines estimate CASE.json");
    };
    if command != "estimate" {
        return fail(&format!(
            "unknown command {command:?}; usage: guidelines estimate CASE.json"
        ));
    }
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) => return fail(&format!("cannot read {path}: {e}")),
    };
    match run(&text) {
        Ok(json) => {
            #[allow(clippy::print_stdout)]
            {
                println!("{json}");
            }
            ExitCode::SUCCESS
        }
        Err(e) => fail(&format!(
            "{path}: {e} [{}{}]",
            e.code(),
            e.field().map(|f| format!(" at {f}")).unwrap_or_default()
        )),
    }
}

fn run(text: &str) -> Result<String, guidelines::CaseError> {
    let value: Value = serde_json::from_str(text).map_err(|e| guidelines::CaseError::Json {
        message: e.to_string(),
    })?;
    let case_value = match value.get("case") {
        Some(inner) if value.get("jurisdiction").is_none() => inner,
        _ => &value,
    };
    let case = guidelines::Case::from_value(case_value)?;
    let estimate = guidelines::estimate(&case)?;
    serde_json::to_string_pretty(&estimate).map_err(|e| guidelines::CaseError::Json {
        message: e.to_string(),
    })
}

fn fail(message: &str) -> ExitCode {
    eprintln!("error: {message}");
    ExitCode::FAILURE
}
