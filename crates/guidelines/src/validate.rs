//! The checks every case passes before any rule sees it, whether it came from JSON or Rust.

use crate::case::{Case, Parent, ParentId};
use crate::case_json::check_money;
use crate::error::CaseError;
use crate::worksheet::Note;

/// The states this calculator knows by name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Jurisdiction {
    Texas,
    Wisconsin,
    NewYork,
    California,
    Georgia,
    Delaware,
    /// Known by name, but its official table is not in our sources.
    Massachusetts,
}

impl Jurisdiction {
    pub(crate) fn parse(value: &str) -> Option<Self> {
        Some(match value.trim().to_ascii_uppercase().as_str() {
            "US-TX" => Self::Texas,
            "US-WI" => Self::Wisconsin,
            "US-NY" => Self::NewYork,
            "US-CA" => Self::California,
            "US-GA" => Self::Georgia,
            "US-DE" => Self::Delaware,
            "US-MA" => Self::Massachusetts,
            _ => return None,
        })
    }

    pub(crate) fn code(self) -> &'static str {
        match self {
            Self::Texas => "US-TX",
            Self::Wisconsin => "US-WI",
            Self::NewYork => "US-NY",
            Self::California => "US-CA",
            Self::Georgia => "US-GA",
            Self::Delaware => "US-DE",
            Self::Massachusetts => "US-MA",
        }
    }
}

/// Check a case and name the state it is for.
pub(crate) fn validate(case: &Case) -> Result<Jurisdiction, CaseError> {
    let jurisdiction =
        Jurisdiction::parse(&case.jurisdiction).ok_or_else(|| CaseError::UnknownJurisdiction {
            value: case.jurisdiction.clone(),
        })?;
    if case.children == 0 {
        return Err(CaseError::NoChildren);
    }
    for id in [ParentId::A, ParentId::B] {
        parent(case.parent(id), &format!("parents.{}", id.label()))?;
    }
    let total = u64::from(case.parents.a.overnights.unwrap_or(0))
        + u64::from(case.parents.b.overnights.unwrap_or(0));
    if total > 366 {
        return Err(CaseError::OvernightsOver366 {
            field: "parents".to_owned(),
            total,
        });
    }
    if let Some(children) = &case.child_overnights {
        if children.len() != case.children as usize {
            return Err(CaseError::InvalidPlacement {
                field: "child_overnights".to_owned(),
                reason: format!(
                    "give one entry per child: {} entries for {} children",
                    children.len(),
                    case.children
                ),
            });
        }
        for (i, child) in children.iter().enumerate() {
            let total = u64::from(child.a) + u64::from(child.b);
            if total > 366 {
                return Err(CaseError::OvernightsOver366 {
                    field: format!("child_overnights[{i}]"),
                    total,
                });
            }
            if total == 0 {
                return Err(CaseError::InvalidPlacement {
                    field: format!("child_overnights[{i}]"),
                    reason: "each child must spend some overnights with a parent".to_owned(),
                });
            }
        }
    }
    Ok(jurisdiction)
}

fn parent(parent: &Parent, path: &str) -> Result<(), CaseError> {
    match (parent.monthly_income, parent.annual_income) {
        (Some(_), Some(_)) => {
            return Err(CaseError::IncomeBoth {
                field: path.to_owned(),
            });
        }
        (None, None) => {
            return Err(CaseError::IncomeMissing {
                field: path.to_owned(),
            });
        }
        _ => {}
    }
    let money = [
        ("monthly_income", parent.monthly_income),
        ("annual_income", parent.annual_income),
        ("health_insurance", parent.health_insurance),
        ("child_care", parent.child_care),
        ("other_support_paid", parent.other_support_paid),
        ("maintenance_paid", parent.maintenance_paid),
        ("fica_paid", parent.fica_paid),
        ("local_tax_paid", parent.local_tax_paid),
    ];
    for (name, value) in money {
        if let Some(value) = value {
            check_money(value, &format!("{path}.{name}"))?;
        }
    }
    if let Some(overnights) = parent.overnights
        && overnights > 366
    {
        return Err(CaseError::OvernightsOutOfRange {
            field: format!("{path}.overnights"),
            value: u64::from(overnights),
        });
    }
    if let Some(others) = parent.other_children
        && others > 30
    {
        return Err(CaseError::WrongType {
            field: format!("{path}.other_children"),
            expected: "a count of children of 30 or fewer",
        });
    }
    Ok(())
}

/// Optional fields a state's guideline does not use, for a note saying they were ignored.
pub(crate) fn unused_fields(case: &Case, used: &[&str]) -> Vec<String> {
    let mut unused = Vec::new();
    for id in [ParentId::A, ParentId::B] {
        let p = case.parent(id);
        let present = [
            ("health_insurance", p.health_insurance.is_some()),
            ("child_care", p.child_care.is_some()),
            ("other_children", p.other_children.is_some()),
            ("other_support_paid", p.other_support_paid.is_some()),
            ("maintenance_paid", p.maintenance_paid.is_some()),
            ("fica_paid", p.fica_paid.is_some()),
            ("local_tax_paid", p.local_tax_paid.is_some()),
        ];
        for (name, is_present) in present {
            if is_present && !used.contains(&name) {
                unused.push(format!("parents.{}.{name}", id.label()));
            }
        }
    }
    if case.child_overnights.is_some() && !used.contains(&"child_overnights") {
        unused.push("child_overnights".to_owned());
    }
    unused
}

/// The note for [`unused_fields`], if any were given.
pub(crate) fn unused_note(
    case: &Case,
    used: &[&str],
    key: &'static str,
    state: &str,
) -> Option<Note> {
    let unused = unused_fields(case, used);
    (!unused.is_empty()).then(|| {
        let fields = unused.join(", ");
        Note::new(
            key,
            format!(
                "{state}'s guideline does not use {fields}, so it was left out of this estimate."
            ),
        )
        .arg("fields", fields)
    })
}
