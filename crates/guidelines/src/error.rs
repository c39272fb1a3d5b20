//! Why a case cannot be estimated: each error names the field a parent can fix.

use serde::{Deserialize, Serialize};
use thiserror::Error;

/// Everything that can stop an estimate.
///
/// Each variant carries the field path it is about (`parents.a.monthly_income`), a stable
/// machine code ([`CaseError::code`]) for the app to translate, and an English message
/// (`Display`) a parent can act on.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum CaseError {
    /// The text is not JSON, or the top level is not an object.
    #[error("The case is not valid JSON: {message}")]
    Json { message: String },

    /// A field this calculator does not know (most often a typo).
    #[error("`{field}` is not a field this calculator knows; check its spelling")]
    UnknownField { field: String },

    /// A required field is absent.
    #[error("`{field}` is required")]
    MissingField { field: String },

    /// A field holds the wrong kind of value (text where a count belongs, ...).
    #[error("`{field}` must be {expected}")]
    WrongType {
        field: String,
        expected: &'static str,
    },

    /// A money field that is not a plain decimal number.
    #[error("`{field}` must be an amount of money such as \"2500.00\", not {value:?}")]
    NotANumber { field: String, value: String },

    /// A money field below zero.
    #[error("`{field}` cannot be negative")]
    Negative { field: String },

    /// A money field beyond any plausible figure (it would also risk overflow).
    #[error("`{field}` is larger than this calculator accepts ({max})")]
    TooLarge { field: String, max: &'static str },

    /// A parent gave both `monthly_income` and `annual_income`.
    #[error("`{field}` gives both a monthly and an annual income; give only one")]
    IncomeBoth { field: String },

    /// A parent gave neither `monthly_income` nor `annual_income`.
    #[error("`{field}` needs an income: give `monthly_income` or `annual_income`")]
    IncomeMissing { field: String },

    /// One parent's overnights are more than there are nights in a year.
    #[error("`{field}` is {value} overnights; a year has at most 366")]
    OvernightsOutOfRange { field: String, value: u64 },

    /// Both parents' overnights together exceed a year.
    #[error("the parents' overnights add up to {total}; together they can be at most 366")]
    OvernightsOver366 { field: String, total: u64 },

    /// `children` is zero.
    #[error("`children` must be at least 1")]
    NoChildren,

    /// `custodial` is neither `"a"` nor `"b"`.
    #[error("`custodial` must be \"a\" or \"b\", not {value:?}")]
    InvalidCustodial { value: String },

    /// The rule needs to know which parent the children live with most, and nothing says.
    #[error(
        "{jurisdiction}'s guideline needs to know which parent the children live with most: \
         set `custodial` to \"a\" or \"b\", or give each parent's overnights"
    )]
    CustodialNeeded { jurisdiction: String },

    /// `as_of` is not a calendar date `YYYY-MM-DD`.
    #[error("`as_of` must be a date like 2026-02-01, not {value:?}")]
    InvalidDate { value: String },

    /// The jurisdiction is not one this calculator knows.
    #[error(
        "{value:?} is not a state this calculator covers (US-CA, US-DE, US-GA, US-NY, US-TX, US-WI)"
    )]
    UnknownJurisdiction { value: String },

    /// The date is earlier than the first rules this calculator holds for the state.
    #[error(
        "{jurisdiction}: the earliest rules known here are in force from {first}; {as_of} is before that"
    )]
    DateBeforeRules {
        jurisdiction: String,
        as_of: String,
        first: String,
    },

    /// A modification check whose order is dated after the check itself
    /// ([`crate::ModificationCheck`]).
    #[error(
        "`order_date` is {order_date}, after `as_of` ({as_of}): give the date the order in force \
         was made or last changed, on or before {as_of}"
    )]
    OrderDateAfterAsOf { order_date: String, as_of: String },

    /// Per-child overnights for split placement do not fit the case.
    #[error("`{field}`: {reason}")]
    InvalidPlacement { field: String, reason: String },

    /// A piece of the state's rule that this case needs is not known; we do not guess it.
    #[error("{jurisdiction}: {message}")]
    RulesIncomplete {
        jurisdiction: String,
        field: Option<String>,
        message: String,
    },

    /// The embedded rule data failed to load (a build defect; tests guard against it).
    #[error("the embedded rules could not be read: {message}")]
    RulesData { message: String },
}

impl CaseError {
    /// A stable machine code for the app (translated there into the parent's language).
    pub fn code(&self) -> &'static str {
        match self {
            Self::Json { .. } => "invalid_json",
            Self::UnknownField { .. } => "unknown_field",
            Self::MissingField { .. } => "missing_field",
            Self::WrongType { .. } => "wrong_type",
            Self::NotANumber { .. } => "not_a_number",
            Self::Negative { .. } => "negative_amount",
            Self::TooLarge { .. } => "too_large",
            Self::IncomeBoth { .. } => "income_both",
            Self::IncomeMissing { .. } => "income_missing",
            Self::OvernightsOutOfRange { .. } => "invalid_overnights",
            Self::OvernightsOver366 { .. } => "overnights_over_366",
            Self::NoChildren => "no_children",
            Self::InvalidCustodial { .. } => "invalid_custodial",
            Self::CustodialNeeded { .. } => "custodial_needed",
            Self::InvalidDate { .. } => "invalid_date",
            Self::UnknownJurisdiction { .. } => "unknown_jurisdiction",
            Self::DateBeforeRules { .. } => "date_before_rules",
            Self::OrderDateAfterAsOf { .. } => "order_date_after_as_of",
            Self::InvalidPlacement { .. } => "invalid_placement",
            Self::RulesIncomplete { .. } => "rules_incomplete",
            Self::RulesData { .. } => "rules_data",
        }
    }

    /// The field path the error is about, e.g. `parents.a.monthly_income`, if any.
    pub fn field(&self) -> Option<&str> {
        match self {
            Self::UnknownField { field }
            | Self::MissingField { field }
            | Self::WrongType { field, .. }
            | Self::NotANumber { field, .. }
            | Self::Negative { field }
            | Self::TooLarge { field, .. }
            | Self::IncomeBoth { field }
            | Self::IncomeMissing { field }
            | Self::OvernightsOutOfRange { field, .. }
            | Self::OvernightsOver366 { field, .. }
            | Self::InvalidPlacement { field, .. } => Some(field),
            Self::NoChildren => Some("children"),
            Self::InvalidCustodial { .. } | Self::CustodialNeeded { .. } => Some("custodial"),
            Self::InvalidDate { .. } | Self::DateBeforeRules { .. } => Some("as_of"),
            Self::OrderDateAfterAsOf { .. } => Some("order_date"),
            Self::UnknownJurisdiction { .. } => Some("jurisdiction"),
            Self::RulesIncomplete { field, .. } => field.as_deref(),
            Self::Json { .. } | Self::RulesData { .. } => None,
        }
    }
}

/// A [`CaseError`] as the app shows it: `{ code, field, message }` (the message is English;
/// the app translates by `code`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct ErrorBody {
    pub code: String,
    pub field: Option<String>,
    pub message: String,
}

impl From<&CaseError> for ErrorBody {
    fn from(error: &CaseError) -> Self {
        Self {
            code: error.code().to_owned(),
            field: error.field().map(str::to_owned),
            message: error.to_string(),
        }
    }
}

impl Serialize for CaseError {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        ErrorBody::from(self).serialize(serializer)
    }
}
