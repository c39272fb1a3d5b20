//! Reading a case from JSON by hand, so that every mistake names its field.
//!
//! Money may be a string (`"2500.00"`, preferred) or a JSON number. A number is taken
//! exactly as written: serde_json keeps it as an `f64`, whose shortest decimal form is the
//! digits typed for any figure of up to 15 significant digits, and that form is parsed as
//! a decimal, never computed with as a float.

use std::str::FromStr;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Deserializer};
use serde_json::{Map, Value};

use crate::case::{Case, ChildOvernights, MAX_MONEY, MAX_MONEY_TEXT, Parent, ParentId, Parents};
use crate::error::CaseError;

const CASE_FIELDS: &[&str] = &[
    "jurisdiction",
    "as_of",
    "children",
    "custodial",
    "parents",
    "child_overnights",
];
const PARENT_FIELDS: &[&str] = &[
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
];

impl Case {
    /// Parse a case from JSON text, with a field-specific error for every mistake.
    pub fn from_json_str(text: &str) -> Result<Self, CaseError> {
        let value: Value = serde_json::from_str(text).map_err(|e| CaseError::Json {
            message: e.to_string(),
        })?;
        Self::from_value(&value)
    }

    /// Build a case from a JSON value, with a field-specific error for every mistake.
    pub fn from_value(value: &Value) -> Result<Self, CaseError> {
        let map = value.as_object().ok_or_else(|| CaseError::Json {
            message: "the case must be a JSON object".to_owned(),
        })?;
        only_known(map, CASE_FIELDS, "")?;
        let parents = object(required(map, "parents", "parents")?, "parents")?;
        only_known(parents, &["a", "b"], "parents.")?;
        let case = Case {
            jurisdiction: text(
                required(map, "jurisdiction", "jurisdiction")?,
                "jurisdiction",
            )?
            .to_owned(),
            as_of: date(required(map, "as_of", "as_of")?)?,
            children: count(required(map, "children", "children")?, "children")?,
            custodial: optional(map, "custodial").map(custodial).transpose()?,
            parents: Parents {
                a: parent(required(parents, "a", "parents.a")?, "parents.a")?,
                b: parent(required(parents, "b", "parents.b")?, "parents.b")?,
            },
            child_overnights: optional(map, "child_overnights")
                .map(child_overnights)
                .transpose()?,
        };
        Ok(case)
    }
}

impl<'de> Deserialize<'de> for Case {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = Value::deserialize(deserializer)?;
        Case::from_value(&value).map_err(serde::de::Error::custom)
    }
}

fn parent(value: &Value, path: &str) -> Result<Parent, CaseError> {
    let map = object(value, path)?;
    only_known(map, PARENT_FIELDS, &format!("{path}."))?;
    let money_at = |key: &str| {
        optional(map, key)
            .map(|v| money(v, &format!("{path}.{key}")))
            .transpose()
    };
    let count_at = |key: &str| {
        optional(map, key)
            .map(|v| count(v, &format!("{path}.{key}")))
            .transpose()
    };
    let parent = Parent {
        monthly_income: money_at("monthly_income")?,
        annual_income: money_at("annual_income")?,
        overnights: count_at("overnights")?,
        health_insurance: money_at("health_insurance")?,
        child_care: money_at("child_care")?,
        other_children: count_at("other_children")?,
        other_support_paid: money_at("other_support_paid")?,
        maintenance_paid: money_at("maintenance_paid")?,
        fica_paid: money_at("fica_paid")?,
        local_tax_paid: money_at("local_tax_paid")?,
    };
    // Said here as well as in validation, so a JSON user hears it with the right path.
    match (parent.monthly_income, parent.annual_income) {
        (Some(_), Some(_)) => Err(CaseError::IncomeBoth {
            field: path.to_owned(),
        }),
        (None, None) => Err(CaseError::IncomeMissing {
            field: path.to_owned(),
        }),
        _ => Ok(parent),
    }
}

fn child_overnights(value: &Value) -> Result<Vec<ChildOvernights>, CaseError> {
    let field = "child_overnights";
    let items = value.as_array().ok_or_else(|| CaseError::WrongType {
        field: field.to_owned(),
        expected: "a list with one {\"a\": overnights, \"b\": overnights} per child",
    })?;
    items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let path = format!("{field}[{i}]");
            let map = object(item, &path)?;
            only_known(map, &["a", "b"], &format!("{path}."))?;
            Ok(ChildOvernights {
                a: count(
                    required(map, "a", &format!("{path}.a"))?,
                    &format!("{path}.a"),
                )?,
                b: count(
                    required(map, "b", &format!("{path}.b"))?,
                    &format!("{path}.b"),
                )?,
            })
        })
        .collect()
}

/// A field's value, treating JSON `null` as absent.
fn optional<'a>(map: &'a Map<String, Value>, key: &str) -> Option<&'a Value> {
    map.get(key).filter(|v| !v.is_null())
}

fn required<'a>(
    map: &'a Map<String, Value>,
    key: &str,
    path: &str,
) -> Result<&'a Value, CaseError> {
    optional(map, key).ok_or_else(|| CaseError::MissingField {
        field: path.to_owned(),
    })
}

fn only_known(map: &Map<String, Value>, known: &[&str], prefix: &str) -> Result<(), CaseError> {
    match map.keys().find(|k| !known.contains(&k.as_str())) {
        Some(key) => Err(CaseError::UnknownField {
            field: format!("{prefix}{key}"),
        }),
        None => Ok(()),
    }
}

fn object<'a>(value: &'a Value, path: &str) -> Result<&'a Map<String, Value>, CaseError> {
    value.as_object().ok_or_else(|| CaseError::WrongType {
        field: path.to_owned(),
        expected: "an object",
    })
}

fn text<'a>(value: &'a Value, path: &str) -> Result<&'a str, CaseError> {
    value.as_str().ok_or_else(|| CaseError::WrongType {
        field: path.to_owned(),
        expected: "text",
    })
}

fn date(value: &Value) -> Result<NaiveDate, CaseError> {
    let raw = text(value, "as_of")?;
    NaiveDate::parse_from_str(raw, "%Y-%m-%d").map_err(|_| CaseError::InvalidDate {
        value: raw.to_owned(),
    })
}

fn custodial(value: &Value) -> Result<ParentId, CaseError> {
    match value.as_str() {
        Some("a") => Ok(ParentId::A),
        Some("b") => Ok(ParentId::B),
        _ => Err(CaseError::InvalidCustodial {
            value: value.to_string().trim_matches('"').to_owned(),
        }),
    }
}

/// A whole, non-negative count (children, overnights).
fn count(value: &Value, path: &str) -> Result<u32, CaseError> {
    let wrong = || CaseError::WrongType {
        field: path.to_owned(),
        expected: "a whole number of 0 or more",
    };
    match value {
        Value::Number(n) => n
            .as_u64()
            .and_then(|n| u32::try_from(n).ok())
            .ok_or_else(wrong),
        _ => Err(wrong()),
    }
}

/// A money figure: a decimal string or a JSON number, taken exactly.
pub(crate) fn money(value: &Value, path: &str) -> Result<Decimal, CaseError> {
    let raw = match value {
        Value::String(s) => s.trim().to_owned(),
        Value::Number(n) => n.to_string(),
        other => {
            return Err(CaseError::NotANumber {
                field: path.to_owned(),
                value: other.to_string(),
            });
        }
    };
    let amount = parse_decimal(&raw).ok_or_else(|| CaseError::NotANumber {
        field: path.to_owned(),
        value: raw.clone(),
    })?;
    check_money(amount, path)?;
    Ok(amount)
}

/// Plain decimal notation only: an optional minus, digits, an optional fraction.
fn parse_decimal(raw: &str) -> Option<Decimal> {
    let unsigned = raw.strip_prefix('-').unwrap_or(raw);
    let (whole, fraction) = unsigned.split_once('.').unwrap_or((unsigned, ""));
    let digits_ok = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || !digits_ok(whole) || !digits_ok(fraction) || whole.len() > 15 {
        return None;
    }
    if unsigned.contains('.') && fraction.is_empty() || fraction.len() > 10 {
        return None;
    }
    Decimal::from_str(raw).ok()
}

/// The range every money figure must be in, from JSON or from Rust.
pub(crate) fn check_money(amount: Decimal, path: &str) -> Result<(), CaseError> {
    if amount.is_sign_negative() && !amount.is_zero() {
        return Err(CaseError::Negative {
            field: path.to_owned(),
        });
    }
    if amount > MAX_MONEY {
        return Err(CaseError::TooLarge {
            field: path.to_owned(),
            max: MAX_MONEY_TEXT,
        });
    }
    Ok(())
}
