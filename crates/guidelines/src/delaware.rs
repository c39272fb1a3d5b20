//! Delaware: the Melson formula (Del. Fam. Ct. Civ. R. 500-509), as far as its known
//! pieces go. The Standard of Living Adjustment percentages (Rule 504) are not known here,
//! so every case ends in [`CaseError::RulesIncomplete`], which shows the pieces that are.

use std::sync::LazyLock;

use rust_decimal::Decimal;
use serde::Deserialize;

use crate::case::{Case, Period};
use crate::error::CaseError;
use crate::money::{round_to, show};
use crate::rules::{self, Embedded, RuleFile, embed};
use crate::worksheet::Estimate;

const STATE: &str = "US-DE";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Params {
    self_support_allowance: Decimal,
    household_share: Decimal,
    household_less: Decimal,
    per_child_share: Decimal,
    per_child_plus: Decimal,
    round_to: Decimal,
}

const FILES: &[Embedded] = &[embed!("us-de/2025-02-01.toml")];

static BOOK: LazyLock<Result<Vec<RuleFile<Params>>, String>> =
    LazyLock::new(|| rules::load(STATE, FILES));

impl Params {
    /// Rule 503(b)(1): the primary support allowance for `children`.
    fn primary_allowance(&self, children: u32) -> Decimal {
        let ssa = self.self_support_allowance;
        let household = round_to(
            ssa * self.household_share - self.household_less,
            self.round_to,
        );
        let per_child = round_to(
            ssa * self.per_child_share + self.per_child_plus,
            self.round_to,
        );
        household + per_child * Decimal::from(children)
    }
}

pub(crate) fn estimate(case: &Case) -> Result<Estimate, CaseError> {
    let (rules, _notes) = rules::select(&BOOK, STATE, case.as_of)?;
    let p = &rules.params;
    // Rule 502: net available income is net income less the Self Support Allowance.
    let available = |income: Decimal| (income - p.self_support_allowance).max(Decimal::ZERO);
    let (a, b) = (
        available(case.parents.a.income(Period::Month)),
        available(case.parents.b.income(Period::Month)),
    );
    Err(CaseError::RulesIncomplete {
        jurisdiction: STATE.to_owned(),
        field: None,
        message: format!(
            "Delaware's Melson formula needs the Standard of Living Adjustment percentages of \
             Family Court Civil Rule 504, which this calculator does not have, so it gives no \
             estimate rather than a guess. Known so far (2025 values): net available income \
             after the {} Self Support Allowance is {} for parent a and {} for parent b, and \
             the primary support allowance for {} children is {} a month (Rule 503).",
            show(p.self_support_allowance),
            show(a),
            show(b),
            case.children,
            show(p.primary_allowance(case.children))
        ),
    })
}

#[cfg(test)]
mod tests {
    use rust_decimal_macros::dec;

    use super::*;

    #[test]
    fn primary_allowance_reproduces_the_2025_figures() {
        // Household round10(367.50) = 370; per child round10(412.50) = 410 (sources/de).
        let p = &BOOK.as_ref().unwrap()[0].params;
        assert_eq!(p.primary_allowance(1), dec!(780));
        assert_eq!(p.primary_allowance(2), dec!(1190));
        assert_eq!(p.primary_allowance(4), dec!(2010));
    }
}
