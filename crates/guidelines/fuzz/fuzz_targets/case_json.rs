//! Any bytes as a case: parsing and estimating must return, never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(case) = guidelines::Case::from_json_str(text) {
            if let Ok(estimate) = guidelines::estimate(&case) {
                assert!(!estimate.amount.is_sign_negative());
                let _ = serde_json::to_string(&estimate);
            }
        }
    }
});
