//! Georgia: income shares on adjusted gross income (O.C.G.A. 19-6-15), with the parenting
//! time adjustment, additional expenses, and the low-income table.

mod tables;

use std::sync::LazyLock;

use rust_decimal::Decimal;
use serde::Deserialize;

use crate::case::{Case, Parent, ParentId, Period};
use crate::error::CaseError;
use crate::money::{cents, percent, pow_2_5, show};
use crate::rules::{self, Embedded, RuleFile, embed};
use crate::validate::unused_note;
use crate::worksheet::{Estimate, Note, Per, Worksheet, payer_of};
use tables::{TABLES, bcso, low_income};

const STATE: &str = "US-GA";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Params {
    bcso_table: String,
    low_income_table: String,
    low_income_flat_up_to: Decimal,
    low_income_rates: Vec<Decimal>,
    theoretical_order_share: Decimal,
    high_income_above: Decimal,
}

const FILES: &[Embedded] = &[embed!("us-ga/2026-01-01.toml")];

static BOOK: LazyLock<Result<Vec<RuleFile<Params>>, String>> =
    LazyLock::new(|| rules::load(STATE, FILES));

pub(crate) fn estimate(case: &Case) -> Result<Estimate, CaseError> {
    let (rules, mut notes) = rules::select(&BOOK, STATE, case.as_of)?;
    let p = &rules.params;
    let tables = TABLES
        .as_ref()
        .map_err(|m| CaseError::RulesData { message: m.clone() })?;
    let table = tables.for_rules(p)?;
    let n = case.children;
    if n > 6 {
        return Err(CaseError::RulesIncomplete {
            jurisdiction: STATE.to_owned(),
            field: Some("children".to_owned()),
            message: "the Georgia table of 19-6-15(o) covers up to six children.".to_owned(),
        });
    }
    let mut sheet = Worksheet::default();
    let (a, b) = (&case.parents.a, &case.parents.b);
    sheet.both(
        Note::new("ga-monthly-gross-income", "Monthly gross income"),
        show(a.income(Period::Month)),
        show(b.income(Period::Month)),
        "O.C.G.A. 19-6-15(f)",
    );

    // 19-6-15(f)(5): preexisting orders and theoretical orders for other qualified children.
    let adjust = |id: ParentId, parent: &Parent, notes: &mut Vec<Note>| -> Result<_, CaseError> {
        let gross = parent.income(Period::Month);
        let preexisting = parent.money(|x| x.other_support_paid, Period::Month);
        let others = parent.other_children.unwrap_or(0);
        let theoretical = if others == 0 {
            Decimal::ZERO
        } else {
            let row =
                bcso(&table.bcso, gross, others).ok_or_else(|| CaseError::RulesIncomplete {
                    jurisdiction: STATE.to_owned(),
                    field: Some(format!("parents.{}.other_children", id.label())),
                    message: "the Georgia table covers up to six other qualified children."
                        .to_owned(),
                })?;
            notes.push(
                Note::new(
                    "ga-theoretical-order",
                    format!(
                        "A theoretical order for parent {}'s other children is deducted; the \
                         court allows this at its discretion (O.C.G.A. 19-6-15(f)(5)(C)).",
                        id.label()
                    ),
                )
                .arg("parent", id.label()),
            );
            cents(row * p.theoretical_order_share)
        };
        Ok((
            preexisting,
            theoretical,
            (gross - preexisting - theoretical).max(Decimal::ZERO),
        ))
    };
    let (pre_a, theo_a, adj_a) = adjust(ParentId::A, a, &mut notes)?;
    let (pre_b, theo_b, adj_b) = adjust(ParentId::B, b, &mut notes)?;
    if !(pre_a.is_zero() && pre_b.is_zero()) {
        sheet.both(
            Note::new("ga-preexisting-orders", "Preexisting orders"),
            show(pre_a),
            show(pre_b),
            "O.C.G.A. 19-6-15(f)(5)(B)",
        );
    }
    if !(theo_a.is_zero() && theo_b.is_zero()) {
        sheet.both(
            Note::new(
                "ga-theoretical-order-line",
                "Theoretical order for other qualified children",
            ),
            show(theo_a),
            show(theo_b),
            "O.C.G.A. 19-6-15(f)(5)(C)",
        );
    }
    sheet.both(
        Note::new("ga-adjusted-gross-income", "Adjusted gross income"),
        show(adj_a),
        show(adj_b),
        "O.C.G.A. 19-6-15(b)(2)",
    );
    let combined = adj_a + adj_b;
    sheet.value(
        Note::new("ga-combined-adjusted-income", "Combined adjusted income"),
        show(combined),
        "O.C.G.A. 19-6-15(b)(3)",
    );

    let ncp = case.require_custodial(STATE)?.other();
    if combined.is_zero() {
        notes.push(Note::new(
            "ga-no-income",
            "Neither parent has adjusted income, so there is no obligation to share.",
        ));
        return Ok(finish(rules, sheet, notes, Decimal::ZERO, ncp, case));
    }

    // 19-6-15(b)(4)-(5): the table amount nearest combined income, shared pro rata.
    let basic = bcso(&table.bcso, combined, n).unwrap_or_default();
    sheet.value(
        Note::new(
            "ga-basic-obligation",
            format!("Basic child support obligation ({n} children)"),
        )
        .arg("children", n),
        show(basic),
        "O.C.G.A. 19-6-15(b)(4), (o)",
    );
    if combined > p.high_income_above {
        notes.push(
            Note::new(
                "ga-high-income",
                format!(
                    "Combined income is above {} a month: the table's highest amount is used, \
                     and the court may deviate upward (O.C.G.A. 19-6-15(i)(2)(A)).",
                    show(p.high_income_above)
                ),
            )
            .arg("limit", show(p.high_income_above)),
        );
    }
    let (share_a, share_b) = (adj_a / combined, adj_b / combined);
    let (basic_a, basic_b) = (cents(basic * share_a), cents(basic * share_b));
    sheet.both(
        Note::new("ga-pro-rata-share", "Pro rata share"),
        percent(share_a),
        percent(share_b),
        "O.C.G.A. 19-6-15(b)(5)",
    );
    sheet.both(
        Note::new("ga-share-of-basic", "Share of the basic obligation"),
        show(basic_a),
        show(basic_b),
        "O.C.G.A. 19-6-15(b)(5)",
    );
    let (ncp_basic, cp_basic, ncp_share) = if ncp == ParentId::A {
        (basic_a, basic_b, share_a)
    } else {
        (basic_b, basic_a, share_b)
    };
    sheet.value(
        Note::new("ga-noncustodial-parent", "Noncustodial parent").arg("parent", ncp.label()),
        format!("parent {}", ncp.label()),
        "O.C.G.A. 19-6-15(a)(16)",
    );

    // 19-6-15(g)(2)(B): the parenting time adjustment, with days raised to the power 2.5.
    let mut obligation = ncp_basic;
    let days = (
        case.parent(ncp).overnights,
        case.parent(ncp.other()).overnights,
    );
    if let (Some(ncp_days), Some(cp_days)) = days
        && ncp_days + cp_days > 0
    {
        let (x, y) = (
            pow_2_5(Decimal::from(ncp_days)),
            pow_2_5(Decimal::from(cp_days)),
        );
        let (Some(x), Some(y)) = (x, y) else {
            return Err(CaseError::RulesData {
                message: "parenting time power overflowed".to_owned(),
            });
        };
        obligation = cents((y * ncp_basic - x * cp_basic) / (x + y));
        sheet.one(
            Note::new("ga-parenting-time-adjustment", "Parenting time adjustment"),
            ncp,
            show(ncp_basic - obligation),
            "O.C.G.A. 19-6-15(g)(2)(B)",
        );
        sheet.one(
            Note::new(
                "ga-after-parenting-time",
                "Basic obligation after parenting time",
            ),
            ncp,
            show(obligation),
            "O.C.G.A. 19-6-15(g)(2)(B)",
        );
    } else if days.0.is_some() || days.1.is_some() {
        notes.push(Note::new(
            "ga-parenting-time-not-applied",
            "The parenting time adjustment needs both parents' overnights; it was not applied.",
        ));
    }

    // 19-6-15(h): health insurance premiums and work-related child care, pro rata; the
    // noncustodial parent is credited with what he or she pays.
    let extra = |pr: &Parent| {
        pr.money(|x| x.health_insurance, Period::Month) + pr.money(|x| x.child_care, Period::Month)
    };
    let total_extra = extra(a) + extra(b);
    if !total_extra.is_zero() {
        let ncp_part = cents(total_extra * ncp_share);
        let ncp_paid = extra(case.parent(ncp));
        sheet.both(
            Note::new("ga-add-ons-paid", "Health insurance and child care paid"),
            show(extra(a)),
            show(extra(b)),
            "O.C.G.A. 19-6-15(h)",
        );
        sheet.one(
            Note::new(
                "ga-add-ons-share",
                "Noncustodial parent's pro rata share of them",
            ),
            ncp,
            show(ncp_part),
            "O.C.G.A. 19-6-15(h)",
        );
        sheet.one(
            Note::new(
                "ga-add-ons-paid-by-ncp",
                "Less what the noncustodial parent pays",
            ),
            ncp,
            show(ncp_paid),
            "O.C.G.A. 19-6-15(h)",
        );
        obligation = obligation + ncp_part - ncp_paid;
    }
    sheet.one(
        Note::new(
            "ga-presumptive-amount",
            "Presumptive amount of child support",
        ),
        ncp,
        show(obligation),
        "O.C.G.A. 19-6-15(b)(6)",
    );

    // 19-6-15(i.1): the low-income table, for the parent who pays.
    let payer = if obligation.is_sign_negative() {
        ncp.other()
    } else {
        ncp
    };
    let payer_income = if payer == ParentId::A { adj_a } else { adj_b };
    if let Some(limit) = low_income(&table.low, p, payer_income, n)
        && limit < obligation.abs()
    {
        obligation = if payer == ncp { limit } else { -limit };
        sheet.one(
            Note::new(
                "ga-low-income-line",
                "Low-income adjustment: the table amount",
            ),
            payer,
            show(limit),
            "O.C.G.A. 19-6-15(i.1), (p)",
        );
        notes.push(
            Note::new(
                "ga-low-income",
                format!(
                    "Parent {}'s income is under the low-income table's top for {n} children, \
                     so the lesser table amount applies (O.C.G.A. 19-6-15(i.1)).",
                    payer.label()
                ),
            )
            .arg("parent", payer.label())
            .arg("children", n),
        );
    }
    Ok(finish(rules, sheet, notes, obligation, ncp, case))
}

fn finish(
    rules: &RuleFile<Params>,
    mut sheet: Worksheet,
    mut notes: Vec<Note>,
    obligation: Decimal,
    ncp: ParentId,
    case: &Case,
) -> Estimate {
    // 19-6-15(b)(9): a negative amount means the custodial parent pays.
    let (payer, amount) = payer_of(obligation, ncp);
    sheet.value(
        Note::new("common-monthly-child-support", "Monthly child support"),
        show(amount),
        "O.C.G.A. 19-6-15(b)(9)",
    );
    notes.extend(unused_note(
        case,
        &[
            "other_support_paid",
            "other_children",
            "health_insurance",
            "child_care",
        ],
        "ga-unused-fields",
        "Georgia",
    ));
    Estimate {
        payer,
        amount,
        per: Per::Month,
        rules: rules.used(),
        worksheet: sheet.into_lines(),
        notes,
    }
}
