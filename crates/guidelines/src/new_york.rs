//! New York: the Child Support Standards Act, a percentage of combined parental income
//! shared pro rata (N.Y. Fam. Ct. Act 413(1); Dom. Rel. Law 240(1-b)). By the year.

use std::sync::LazyLock;

use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use serde::Deserialize;

use crate::case::{Case, Parent, ParentId, Period};
use crate::error::CaseError;
use crate::money::{cents, percent, show};
use crate::rules::{self, Embedded, RuleFile, embed};
use crate::validate::unused_note;
use crate::worksheet::{Estimate, Note, Per, Worksheet, payer_of};

const STATE: &str = "US-NY";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Params {
    cap: Decimal,
    rates: Vec<Decimal>,
    poverty_guideline: Decimal,
    self_support_reserve: Decimal,
    below_poverty_monthly: Decimal,
    below_reserve_minimum_monthly: Decimal,
}

const FILES: &[Embedded] = &[
    embed!("us-ny/2024-03-01.toml"),
    embed!("us-ny/2025-03-01.toml"),
];

static BOOK: LazyLock<Result<Vec<RuleFile<Params>>, String>> =
    LazyLock::new(|| rules::load(STATE, FILES));

fn rate(schedule: &[Decimal], children: u32) -> Decimal {
    let i = (children.max(1) as usize).min(schedule.len()) - 1;
    schedule.get(i).copied().unwrap_or_default()
}

/// FCA 413(1)(b)(5)(vii): the deductions from income this calculator takes, by the year.
fn deductions(parent: &Parent) -> [(Note, Decimal, &'static str); 4] {
    let year = |pick| parent.money(pick, Period::Year);
    [
        (
            Note::new("ny-fica-paid", "FICA taxes paid"),
            year(|p| p.fica_paid),
            "FCA 413(1)(b)(5)(vii)(H)",
        ),
        (
            Note::new(
                "ny-local-tax-paid",
                "New York City or Yonkers income tax paid",
            ),
            year(|p| p.local_tax_paid),
            "FCA 413(1)(b)(5)(vii)(G)",
        ),
        (
            Note::new("ny-maintenance-paid", "Maintenance paid"),
            year(|p| p.maintenance_paid),
            "FCA 413(1)(b)(5)(vii)(B)-(C)",
        ),
        (
            Note::new(
                "ny-other-support-paid",
                "Child support paid for other children",
            ),
            year(|p| p.other_support_paid),
            "FCA 413(1)(b)(5)(vii)(D)",
        ),
    ]
}

pub(crate) fn estimate(case: &Case) -> Result<Estimate, CaseError> {
    let (rules, mut notes) = rules::select(&BOOK, STATE, case.as_of)?;
    let p = &rules.params;
    let mut sheet = Worksheet::default();
    let (a, b) = (&case.parents.a, &case.parents.b);

    // FCA 413(1)(b)(5): income, less the listed deductions.
    sheet.both(
        Note::new("ny-gross-income", "Gross income (yearly)"),
        show(a.income(Period::Year)),
        show(b.income(Period::Year)),
        "FCA 413(1)(b)(5)(i)",
    );
    let (da, db) = (deductions(a), deductions(b));
    for (line_a, line_b) in da.iter().zip(db.iter()) {
        if !(line_a.1.is_zero() && line_b.1.is_zero()) {
            sheet.both(line_a.0.clone(), show(line_a.1), show(line_b.1), line_a.2);
        }
    }
    let net = |parent: &Parent, d: &[(Note, Decimal, &str); 4]| {
        let taken: Decimal = d.iter().map(|x| x.1).sum();
        (parent.income(Period::Year) - taken).max(Decimal::ZERO)
    };
    let (income_a, income_b) = (net(a, &da), net(b, &db));
    sheet.both(
        Note::new("ny-cssa-income", "CSSA income"),
        show(income_a),
        show(income_b),
        "FCA 413(1)(b)(5)",
    );
    for (id, parent) in [(ParentId::A, a), (ParentId::B, b)] {
        if parent.fica_paid.is_none() {
            notes.push(
                Note::new(
                    "ny-no-fica",
                    format!(
                        "No FICA taxes were given for parent {}, so none were deducted; FICA \
                         actually paid comes off income (FCA 413(1)(b)(5)(vii)(H)).",
                        id.label()
                    ),
                )
                .arg("parent", id.label()),
            );
        }
    }

    let ncp = non_custodial(case, income_a, income_b, &mut notes)?;
    let (ncp_income, combined) = (
        if ncp == ParentId::A {
            income_a
        } else {
            income_b
        },
        income_a + income_b,
    );
    sheet.value(
        Note::new("ny-combined-income", "Combined parental income"),
        show(combined),
        "FCA 413(1)(b)(4)",
    );
    sheet.value(
        Note::new("ny-non-custodial-parent", "Non-custodial parent").arg("parent", ncp.label()),
        format!("parent {}", ncp.label()),
        "FCA 413(1)(b)(2)",
    );
    if combined.is_zero() {
        notes.push(Note::new(
            "ny-no-income",
            "Neither parent has CSSA income, so the basic obligation is zero.",
        ));
        return Ok(finish(rules, sheet, notes, Decimal::ZERO, ncp, case));
    }

    // FCA 413(1)(c)(2)-(3): the percentage on combined income up to the cap, then the
    // non-custodial parent's pro rata share.
    let share = ncp_income / combined;
    let capped = combined.min(p.cap);
    let pct = rate(&p.rates, case.children);
    let combined_obligation = cents(capped * pct);
    let mut basic = cents(combined_obligation * share);
    sheet.value(
        Note::new("ny-combined-income-cap", "Combined income cap"),
        show(p.cap),
        "SSL 111-i(2)(b)",
    );
    sheet.value(
        Note::new(
            "common-percentage-for-children",
            format!("Percentage for {} children", case.children),
        )
        .arg("children", case.children),
        percent(pct),
        "FCA 413(1)(b)(3)",
    );
    sheet.value(
        Note::new(
            "ny-combined-obligation",
            "Combined obligation on income up to the cap",
        ),
        show(combined_obligation),
        "FCA 413(1)(c)(2)",
    );
    sheet.one(
        Note::new("ny-ncp-share", "Non-custodial parent's share of income"),
        ncp,
        percent(share),
        "FCA 413(1)(c)(2)",
    );
    sheet.one(
        Note::new("ny-basic-obligation", "Basic child support obligation"),
        ncp,
        show(basic),
        "FCA 413(1)(c)(2)",
    );
    if combined > p.cap {
        notes.push(
            Note::new(
                "ny-above-cap",
                format!(
                    "Combined income is above the cap of {}; this is the amount on income up to \
                     the cap, and the court may apply the percentage to income above it too \
                     (FCA 413(1)(c)(3)).",
                    show(p.cap)
                ),
            )
            .arg("cap", show(p.cap)),
        );
    }
    if case.children >= 5 {
        notes.push(Note::new(
            "ny-five-or-more-children",
            "For five or more children the percentage is \"no less than\" 35%; 35% is used.",
        ));
    }

    // FCA 413(1)(d): the poverty guideline and the self-support reserve.
    let left = ncp_income - basic;
    if left < p.poverty_guideline {
        basic = cents(p.below_poverty_monthly * dec!(12));
        sheet.one(
            Note::new(
                "ny-below-poverty-line",
                "Income left is below the poverty guideline: $25 a month",
            ),
            ncp,
            show(basic),
            "FCA 413(1)(d)",
        );
        notes.push(
            Note::new(
                "ny-below-poverty",
                format!(
                    "Paying the basic amount would leave the non-custodial parent below the \
                     poverty guideline ({}), so the obligation is $25 a month (FCA 413(1)(d)).",
                    show(p.poverty_guideline)
                ),
            )
            .arg("guideline", show(p.poverty_guideline)),
        );
    } else if left < p.self_support_reserve {
        let floor = p.below_reserve_minimum_monthly * dec!(12);
        basic = cents((ncp_income - p.self_support_reserve).max(floor));
        sheet.value(
            Note::new("ny-self-support-reserve", "Self-support reserve"),
            show(p.self_support_reserve),
            "FCA 413(1)(b)(6)",
        );
        sheet.one(
            Note::new(
                "ny-below-reserve-line",
                "Income left is below the self-support reserve: the greater of $50 a month or \
                 income less the reserve",
            ),
            ncp,
            show(basic),
            "FCA 413(1)(d)",
        );
        notes.push(
            Note::new(
                "ny-below-reserve",
                format!(
                    "Paying the basic amount would leave the non-custodial parent below the \
                     self-support reserve ({}), so the obligation is reduced (FCA 413(1)(d)).",
                    show(p.self_support_reserve)
                ),
            )
            .arg("reserve", show(p.self_support_reserve)),
        );
    }

    // FCA 413(1)(c)(4)-(5): child care and health insurance, pro rata; the non-custodial
    // parent is credited with what he or she pays directly.
    let add_ons = |pr: &Parent| {
        pr.money(|x| x.child_care, Period::Year) + pr.money(|x| x.health_insurance, Period::Year)
    };
    let total = add_ons(a) + add_ons(b);
    let mut amount = basic;
    if !total.is_zero() {
        let ncp_paid = add_ons(case.parent(ncp));
        let ncp_part = cents(total * share);
        sheet.both(
            Note::new(
                "ny-add-ons-paid",
                "Child care and health insurance paid (yearly)",
            ),
            show(add_ons(a)),
            show(add_ons(b)),
            "FCA 413(1)(c)(4)-(5)",
        );
        sheet.one(
            Note::new(
                "ny-add-ons-share",
                "Non-custodial parent's pro rata share of them",
            ),
            ncp,
            show(ncp_part),
            "FCA 413(1)(c)(4)-(5)",
        );
        amount = (basic + ncp_part - ncp_paid).max(Decimal::ZERO);
        sheet.one(
            Note::new(
                "ny-add-ons-paid-directly",
                "Less what the non-custodial parent pays directly",
            ),
            ncp,
            show(ncp_paid),
            "FCA 413(1)(c)(5)",
        );
    }
    Ok(finish(rules, sheet, notes, amount, ncp, case))
}

fn finish(
    rules: &RuleFile<Params>,
    mut sheet: Worksheet,
    mut notes: Vec<Note>,
    amount: Decimal,
    ncp: ParentId,
    case: &Case,
) -> Estimate {
    sheet.one(
        Note::new("ny-yearly-child-support", "Yearly child support"),
        ncp,
        show(amount),
        "FCA 413(1)",
    );
    notes.extend(unused_note(
        case,
        &[
            "fica_paid",
            "local_tax_paid",
            "maintenance_paid",
            "other_support_paid",
            "child_care",
            "health_insurance",
        ],
        "ny-unused-fields",
        "New York",
    ));
    let (payer, amount) = payer_of(amount, ncp);
    Estimate {
        payer,
        amount,
        per: Per::Year,
        rules: rules.used(),
        worksheet: sheet.into_lines(),
        notes,
    }
}

/// The non-custodial parent: as given or by overnights; with equal time, the parent with
/// the higher income is treated as non-custodial (Baraby v. Baraby, 250 A.D.2d 201 (1998)).
fn non_custodial(
    case: &Case,
    a: Decimal,
    b: Decimal,
    notes: &mut Vec<Note>,
) -> Result<ParentId, CaseError> {
    if let Some(custodial) = case.custodial_parent() {
        return Ok(custodial.other());
    }
    let equal_time = matches!((case.parents.a.overnights, case.parents.b.overnights), (Some(x), Some(y)) if x == y);
    if equal_time && a != b {
        notes.push(Note::new(
            "ny-equal-time",
            "The parents have equal time, so the parent with the higher income is treated as \
             the non-custodial parent (Baraby v. Baraby, 250 A.D.2d 201 (3d Dep't 1998)).",
        ));
        return Ok(if a > b { ParentId::A } else { ParentId::B });
    }
    Err(CaseError::CustodialNeeded {
        jurisdiction: STATE.to_owned(),
    })
}
