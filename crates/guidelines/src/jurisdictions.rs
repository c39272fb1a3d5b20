//! What the app needs to know about each jurisdiction to ask the right
//! questions: the income its guideline starts from, its period, and which
//! optional facts it uses. Kept beside the models so the form cannot drift
//! from what the calculator reads (a test checks every listed field is used).

use crate::Per;
use serde::Serialize;

/// The income a state's guideline starts from, which the form names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum IncomeBasis {
    /// Gross income before taxes (WI, GA, NY, DE).
    Gross,
    /// Net resources: income less taxes, union dues and health insurance (Tex. Fam. Code 154.062).
    NetResources,
    /// Net disposable income (Cal. Fam. Code 4059).
    NetDisposable,
}

/// An optional fact about a parent that a state's guideline uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum ParentField {
    Overnights,
    HealthInsurance,
    ChildCare,
    OtherChildren,
    OtherSupportPaid,
    MaintenancePaid,
    FicaPaid,
    LocalTaxPaid,
}

/// One jurisdiction as the estimate form presents it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct JurisdictionInfo {
    /// ISO 3166-2 code, as `Case::jurisdiction` takes it.
    pub code: String,
    /// The state's name in English (the UI translates by `code`).
    pub name: String,
    pub income_basis: IncomeBasis,
    /// The period the state computes support for.
    pub per: Per,
    /// The optional facts about each parent this state's guideline uses.
    pub fields: Vec<ParentField>,
    /// `false` where the rules known here are not enough for any estimate:
    /// the calculator then says so plainly instead of guessing.
    pub complete: bool,
}

/// Every jurisdiction the calculator knows, in alphabetical order of code.
pub fn jurisdictions() -> Vec<JurisdictionInfo> {
    use IncomeBasis::*;
    use ParentField::*;
    let info = |code: &str, name: &str, income_basis, per, fields: &[ParentField], complete| {
        JurisdictionInfo {
            code: code.to_owned(),
            name: name.to_owned(),
            income_basis,
            per,
            fields: fields.to_vec(),
            complete,
        }
    };
    vec![
        info(
            "US-CA",
            "California",
            NetDisposable,
            Per::Month,
            &[Overnights, HealthInsurance, ChildCare],
            true,
        ),
        info("US-DE", "Delaware", Gross, Per::Month, &[], false),
        info(
            "US-GA",
            "Georgia",
            Gross,
            Per::Month,
            &[
                Overnights,
                HealthInsurance,
                ChildCare,
                OtherChildren,
                OtherSupportPaid,
            ],
            true,
        ),
        info(
            "US-NY",
            "New York",
            Gross,
            Per::Year,
            &[
                Overnights,
                HealthInsurance,
                ChildCare,
                OtherSupportPaid,
                MaintenancePaid,
                FicaPaid,
                LocalTaxPaid,
            ],
            true,
        ),
        info(
            "US-TX",
            "Texas",
            NetResources,
            Per::Month,
            &[OtherChildren],
            true,
        ),
        info("US-WI", "Wisconsin", Gross, Per::Month, &[Overnights], true),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Case, JURISDICTIONS, estimate};
    use serde_json::json;

    #[test]
    fn every_jurisdiction_the_calculator_knows_is_described_once() {
        let codes: Vec<String> = jurisdictions().into_iter().map(|j| j.code).collect();
        assert_eq!(codes, JURISDICTIONS);
    }

    /// Each state's form asks only what its guideline reads: filling every
    /// listed field never earns a "does not use" note.
    #[test]
    fn every_field_a_form_asks_for_is_used_by_that_states_guideline() {
        for j in jurisdictions().into_iter().filter(|j| j.complete) {
            let mut parent = json!({ "monthly_income": "4000.00" });
            for field in &j.fields {
                let value = match field {
                    ParentField::Overnights => json!(100),
                    ParentField::OtherChildren => json!(1),
                    _ => json!("50.00"),
                };
                parent[serde_json::to_value(field).unwrap().as_str().unwrap()] = value;
            }
            let mut other = parent.clone();
            other["monthly_income"] = json!("2500.00");
            if j.fields.contains(&ParentField::Overnights) {
                other["overnights"] = json!(265);
            }
            let case = Case::from_value(&json!({
                "jurisdiction": j.code, "as_of": "2026-06-01", "children": 2, "custodial": "b",
                "parents": { "a": parent, "b": other }
            }))
            .unwrap();
            let result = estimate(&case).unwrap_or_else(|e| panic!("{}: {e}", j.code));
            assert!(
                !result.notes.iter().any(|n| n.text.contains("does not use")),
                "{}: {:?}",
                j.code,
                result.notes
            );
            assert_eq!(result.per, j.per, "{}", j.code);
        }
    }
}
