//! The embedded child support calculator: each state's guideline, exact to the cent.
//!
//! ```
//! let case = guidelines::Case::from_json_str(r#"{
//!     "jurisdiction": "US-WI", "as_of": "2026-06-01", "children": 2,
//!     "parents": { "a": { "monthly_income": "2000.00", "overnights": 219 },
//!                  "b": { "monthly_income": "3000.00", "overnights": 146 } } }"#).unwrap();
//! let estimate = guidelines::estimate(&case).unwrap();
//! assert_eq!(estimate.payer, Some(guidelines::ParentId::B));
//! assert_eq!(estimate.amount.to_string(), "375.00");
//! ```
//!
//! [`modification_eligibility`] says whether an order qualifies for a review under its
//! state's modification rule, given the order and the guideline amount today.
//!
//! Pure: no I/O at run time. Rule data (`rules/<jurisdiction>/<effective-date>.toml` and its
//! CSV tables) is embedded at compile time; a case is computed under the rules in force on
//! its `as_of` date.

mod california;
mod case;
mod case_json;
mod delaware;
mod error;
mod georgia;
mod jurisdictions;
mod messages;
mod modification;
mod money;
mod new_york;
mod rules;
mod texas;
mod validate;
mod wisconsin;
mod worksheet;

pub use case::{Case, ChildOvernights, Parent, ParentId, Parents};
pub use error::{CaseError, ErrorBody};
pub use jurisdictions::{IncomeBasis, JurisdictionInfo, ParentField, jurisdictions};
pub use messages::{MESSAGE_KEYS, MessageKey};
pub use modification::{Eligibility, ModificationCheck, Verdict, modification_eligibility};
pub use worksheet::{Estimate, Note, Per, RulesUsed, WorksheetLine};

use validate::Jurisdiction;

/// Estimate child support for a case under the guideline of its state on its date.
///
/// Never panics: every input is checked first and every problem is a [`CaseError`]
/// naming its field.
pub fn estimate(case: &Case) -> Result<Estimate, CaseError> {
    match validate::validate(case)? {
        Jurisdiction::Texas => texas::estimate(case),
        Jurisdiction::Wisconsin => wisconsin::estimate(case),
        Jurisdiction::NewYork => new_york::estimate(case),
        Jurisdiction::California => california::estimate(case),
        Jurisdiction::Georgia => georgia::estimate(case),
        Jurisdiction::Delaware => delaware::estimate(case),
        Jurisdiction::Massachusetts => Err(CaseError::RulesIncomplete {
            jurisdiction: Jurisdiction::Massachusetts.code().to_owned(),
            field: Some("jurisdiction".to_owned()),
            message: "the official 2025 Massachusetts guidelines table (Table A) is not known \
                      here, so no estimate is given rather than a guess."
                .to_owned(),
        }),
    }
}

/// The jurisdictions [`estimate`] computes, for the app's state picker.
pub const JURISDICTIONS: &[&str] = &["US-CA", "US-DE", "US-GA", "US-NY", "US-TX", "US-WI"];
