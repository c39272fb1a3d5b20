//! Texas: a percentage of the obligor's monthly net resources (Tex. Fam. Code ch. 154, subch. C).

use std::sync::LazyLock;

use rust_decimal::Decimal;
use serde::Deserialize;

use crate::case::{Case, ParentId, Period};
use crate::error::CaseError;
use crate::money::{cents, percent, show};
use crate::rules::{self, Embedded, RuleFile, Table, embed};
use crate::validate::unused_note;
use crate::worksheet::{Estimate, Note, Per, Worksheet};

const STATE: &str = "US-TX";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Params {
    cap: Decimal,
    rates: Vec<Decimal>,
    low_income_below: Decimal,
    low_income_rates: Option<Vec<Decimal>>,
    multi_family_table: String,
}

const FILES: &[Embedded] = &[
    embed!("us-tx/2013-09-01.toml"),
    embed!("us-tx/2019-09-01.toml"),
    embed!("us-tx/2021-09-01.toml"),
    embed!("us-tx/2025-09-01.toml"),
];
const MULTI_FAMILY: Embedded = embed!("us-tx/multifamily-154-129.csv");

static BOOK: LazyLock<Result<Vec<RuleFile<Params>>, String>> =
    LazyLock::new(|| rules::load(STATE, FILES));
static MULTI_FAMILY_TABLE: LazyLock<Result<Table, String>> =
    LazyLock::new(|| rules::parse_table(MULTI_FAMILY.path, MULTI_FAMILY.text));

/// A schedule's rate for `children`: 6 or more take the 5-child rate, the "not less than"
/// floor of 154.125(b) and (c).
fn rate(schedule: &[Decimal], children: u32) -> Decimal {
    let i = (children.max(1) as usize).min(schedule.len()) - 1;
    schedule.get(i).copied().unwrap_or_default()
}

/// The 154.129(a) percentage, if the table covers these counts.
fn multi_family_rate(table: &Table, before_court: u32, others: u32) -> Option<Decimal> {
    let row = table
        .iter()
        .find(|(key, _)| *key == Decimal::from(others))?;
    row.1
        .get(before_court.checked_sub(1)? as usize)
        .copied()
        .flatten()
}

pub(crate) fn estimate(case: &Case) -> Result<Estimate, CaseError> {
    let (rules, mut notes) = rules::select(&BOOK, STATE, case.as_of)?;
    let p = &rules.params;
    let obligee = case.require_custodial(STATE)?;
    let obligor = obligee.other();
    let mut sheet = Worksheet::default();

    // 154.061-154.062: the input is already net resources.
    sheet.both(
        Note::new("tx-monthly-net-resources", "Monthly net resources"),
        show(case.parents.a.income(Period::Month)),
        show(case.parents.b.income(Period::Month)),
        "Tex. Fam. Code 154.061-154.062",
    );
    sheet.value(
        Note::new("tx-obligor", "Obligor (the parent who pays)").arg("parent", obligor.label()),
        format!("parent {}", obligor.label()),
        "Tex. Fam. Code 154.001",
    );
    let net = case.parent(obligor).income(Period::Month);

    // 154.125(a): the guideline applies to net resources up to the cap.
    let used = net.min(p.cap);
    sheet.value(
        Note::new("tx-net-resources-cap", "Net resources cap"),
        show(p.cap),
        "Tex. Fam. Code 154.125(a)",
    );
    sheet.one(
        Note::new(
            "tx-net-resources-used",
            "Net resources the percentage applies to",
        ),
        obligor,
        show(used),
        "Tex. Fam. Code 154.125(a)",
    );
    if net > p.cap {
        notes.push(
            Note::new(
                "tx-above-cap",
                format!(
                    "The obligor's net resources are above the Texas cap of {} a month; the \
                     guideline amount is on resources up to the cap, and the court may order \
                     more if the children's proven needs require it (Tex. Fam. Code 154.126).",
                    show(p.cap)
                ),
            )
            .arg("cap", show(p.cap)),
        );
    }

    // 154.125(c): the low-income schedule.
    let low_income = net < p.low_income_below;
    let schedule = if low_income {
        let rates = p
            .low_income_rates
            .as_deref()
            .ok_or_else(|| CaseError::RulesIncomplete {
                jurisdiction: STATE.to_owned(),
                field: Some(format!("parents.{}.monthly_income", obligor.label())),
                message: format!(
                    "net resources under {} a month fall under the low-income schedule of \
                 154.125(c), and the schedule in force on {} is not known here.",
                    show(p.low_income_below),
                    case.as_of
                ),
            })?;
        notes.push(
            Note::new(
                "tx-low-income",
                format!(
                    "The obligor's net resources are under {} a month, so the low-income \
                     percentages of Tex. Fam. Code 154.125(c) apply.",
                    show(p.low_income_below)
                ),
            )
            .arg("limit", show(p.low_income_below)),
        );
        rates
    } else {
        &p.rates
    };

    let children = case.children;
    let others = case.parent(obligor).other_children.unwrap_or(0);
    let amount = if others == 0 {
        let pct = rate(schedule, children);
        let cite = if low_income {
            "Tex. Fam. Code 154.125(c)"
        } else {
            "Tex. Fam. Code 154.125(b)"
        };
        sheet.one(
            Note::new(
                "tx-guideline-percentage",
                format!("Guideline percentage for {children} children"),
            )
            .arg("children", children),
            obligor,
            percent(pct),
            cite,
        );
        cents(used * pct)
    } else {
        multi_family(
            case, obligor, &mut sheet, &mut notes, p, schedule, used, low_income,
        )?
    };
    if children > 5 {
        notes.push(Note::new(
            "tx-more-than-five-children",
            "For more than five children the percentage is not less than the five-child \
             percentage (Tex. Fam. Code 154.125(b)); the floor is used here.",
        ));
    }
    sheet.one(
        Note::new("common-monthly-child-support", "Monthly child support"),
        obligor,
        show(amount),
        "Tex. Fam. Code 154.125",
    );
    notes.extend(unused_note(
        case,
        &["other_children"],
        "tx-unused-fields",
        "Texas",
    ));

    let (payer, amount) = crate::worksheet::payer_of(amount, obligor);
    Ok(Estimate {
        payer,
        amount,
        per: Per::Month,
        rules: rules.used(),
        worksheet: sheet.into_lines(),
        notes,
    })
}

/// The obligor supports other children: the 154.129(a) table where it applies, else the
/// 154.128 computation.
#[allow(clippy::too_many_arguments)]
fn multi_family(
    case: &Case,
    obligor: ParentId,
    sheet: &mut Worksheet,
    notes: &mut Vec<Note>,
    p: &Params,
    schedule: &[Decimal],
    used: Decimal,
    low_income: bool,
) -> Result<Decimal, CaseError> {
    let children = case.children;
    let others = case.parent(obligor).other_children.unwrap_or(0);
    sheet.one(
        Note::new("tx-other-children", "Other children the obligor supports"),
        obligor,
        others.to_string(),
        "Tex. Fam. Code 154.128",
    );
    let table = MULTI_FAMILY_TABLE
        .as_ref()
        .map_err(|m| CaseError::RulesData { message: m.clone() })?;
    if p.multi_family_table != "multifamily-154-129.csv" {
        return Err(CaseError::RulesData {
            message: format!("unknown table {}", p.multi_family_table),
        });
    }
    if !low_income && let Some(pct) = multi_family_rate(table, children, others) {
        sheet.one(
            Note::new(
                "tx-multi-family-percentage",
                format!("Multi-family percentage ({children} before the court, {others} other)"),
            )
            .arg("children", children)
            .arg("others", others),
            obligor,
            percent(pct),
            "Tex. Fam. Code 154.129(a)",
        );
        return Ok(cents(used * pct));
    }
    // 154.128(b): (1) the percentage for all the obligor's children, as if in one household;
    // (2) that amount divided by all the children, times the children not before the court,
    // is the credit; (3) the credit comes off net resources; (4) the one-household percentage
    // for the children before the court applies to the rest.
    let total = children.saturating_add(others);
    let all_pct = rate(schedule, total);
    let all_amount = cents(used * all_pct);
    let credit = cents(all_amount / Decimal::from(total) * Decimal::from(others));
    let adjusted = used - credit;
    let pct = rate(schedule, children);
    sheet.one(
        Note::new(
            "tx-percentage-all-children",
            format!("Percentage for all {total} children"),
        )
        .arg("children", total),
        obligor,
        percent(all_pct),
        "Tex. Fam. Code 154.128(b)(1)",
    );
    sheet.one(
        Note::new("tx-support-all-children", "Support for all the children"),
        obligor,
        show(all_amount),
        "Tex. Fam. Code 154.128(b)(1)",
    );
    sheet.one(
        Note::new("tx-credit-other-children", "Credit for the other children"),
        obligor,
        show(credit),
        "Tex. Fam. Code 154.128(b)(2)",
    );
    sheet.one(
        Note::new("tx-adjusted-net-resources", "Adjusted net resources"),
        obligor,
        show(adjusted),
        "Tex. Fam. Code 154.128(b)(3)",
    );
    sheet.one(
        Note::new(
            "common-percentage-for-children",
            format!("Percentage for {children} children"),
        )
        .arg("children", children),
        obligor,
        percent(pct),
        "Tex. Fam. Code 154.128(b)(4)",
    );
    if low_income {
        notes.push(Note::new(
            "tx-low-income-multi-family",
            "The low-income multi-family table of 154.129(b) is not known here, so the \
             computation of 154.128 is used with the low-income percentages.",
        ));
    }
    Ok(cents(adjusted * pct))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_file_loads() {
        let book = BOOK.as_ref().unwrap();
        assert_eq!(book.len(), FILES.len());
        assert!(MULTI_FAMILY_TABLE.is_ok());
    }

    #[test]
    fn multi_family_table_reads_like_the_statute() {
        let table = MULTI_FAMILY_TABLE.as_ref().unwrap();
        assert_eq!(
            multi_family_rate(table, 2, 1),
            Some(rust_decimal_macros::dec!(0.2250))
        );
        assert_eq!(
            multi_family_rate(table, 7, 7),
            Some(rust_decimal_macros::dec!(0.3200))
        );
        assert_eq!(multi_family_rate(table, 8, 1), None);
    }
}
