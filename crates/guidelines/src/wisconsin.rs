//! Wisconsin: the percentage of income standard (Wis. Admin. Code ch. DCF 150), with shared
//! placement (150.035(1)), high-income rates (150.04(5)), and split placement in `split`.

mod split;

use std::sync::LazyLock;

use rust_decimal::{Decimal, RoundingStrategy};
use rust_decimal_macros::dec;
use serde::Deserialize;

use crate::case::{Case, ParentId, Period};
use crate::error::CaseError;
use crate::money::{cents, percent, show};
use crate::rules::{self, Embedded, RuleFile, embed};
use crate::validate::unused_note;
use crate::worksheet::{Estimate, Note, Per, Worksheet, payer_of};

const STATE: &str = "US-WI";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Params {
    rates: Vec<Decimal>,
    split_per_child: Vec<Decimal>,
    shared_min_share: Decimal,
    shared_min_overnights: u32,
    shared_multiplier: Decimal,
    high_income: HighIncome,
    low_income: LowIncome,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct HighIncome {
    first_band_top: Decimal,
    second_band_top: Decimal,
    second_rates: Vec<Decimal>,
    third_rates: Vec<Decimal>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct LowIncome {
    poverty_guideline_annual: Decimal,
    poverty_guideline_year: u32,
    ceiling_multiple: Decimal,
}

const FILES: &[Embedded] = &[embed!("us-wi/2024-11-25.toml")];

static BOOK: LazyLock<Result<Vec<RuleFile<Params>>, String>> =
    LazyLock::new(|| rules::load(STATE, FILES));

/// The rate for `children` from a 1-to-5 schedule; five or more share the last.
fn rate(schedule: &[Decimal], children: u32) -> Decimal {
    let i = (children.max(1) as usize).min(schedule.len()) - 1;
    schedule.get(i).copied().unwrap_or_default()
}

impl Params {
    /// The percentage standard obligation on `income` (DCF 150.035(2)), with the
    /// high-income rates of DCF 150.04(5) on income above the first band.
    fn standard(&self, income: Decimal, children: u32) -> Decimal {
        let h = &self.high_income;
        let full = rate(&self.rates, children);
        if income <= h.first_band_top {
            return cents(income * full);
        }
        let second = income.min(h.second_band_top) - h.first_band_top;
        let third = (income - h.second_band_top).max(Decimal::ZERO);
        cents(
            h.first_band_top * full
                + second * rate(&h.second_rates, children)
                + third * rate(&h.third_rates, children),
        )
    }

    /// Whether a parent's time counts toward shared placement (DCF 150.035(1)(a)).
    fn shares_placement(&self, overnights: u32, share: Decimal) -> bool {
        overnights >= self.shared_min_overnights || share >= self.shared_min_share
    }

    /// The monthly income under which the low-income amounts of DCF 150.04(4) may apply.
    fn low_income_ceiling(&self) -> Decimal {
        let l = &self.low_income;
        l.poverty_guideline_annual * l.ceiling_multiple / dec!(12)
    }
}

/// Each parent's placement share, to a whole percent (DCF 150.035 Note: 271/457 = 59%).
/// The larger share is rounded and the smaller is the rest, so the labels do not matter.
pub(crate) fn placement_shares(a: u32, b: u32) -> (Decimal, Decimal) {
    let total = Decimal::from(a) + Decimal::from(b);
    if total.is_zero() {
        return (Decimal::ZERO, Decimal::ZERO);
    }
    let whole = |n: u32| {
        (Decimal::from(n) / total).round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
    };
    if a >= b {
        let share_a = whole(a);
        (share_a, Decimal::ONE - share_a)
    } else {
        let share_b = whole(b);
        (Decimal::ONE - share_b, share_b)
    }
}

pub(crate) fn estimate(case: &Case) -> Result<Estimate, CaseError> {
    let (rules, mut notes) = rules::select(&BOOK, STATE, case.as_of)?;
    let p = &rules.params;
    let mut sheet = Worksheet::default();
    let income_a = case.parents.a.income(Period::Month);
    let income_b = case.parents.b.income(Period::Month);
    sheet.both(
        Note::new("wi-monthly-income", "Monthly income"),
        show(income_a),
        show(income_b),
        "DCF 150.02(13)",
    );

    let (signed, positive_payer) = if let Some(children) = &case.child_overnights {
        split::obligation(p, case, children, &mut sheet, &mut notes)?
    } else if let Some((a, b)) = shared_overnights(p, case) {
        shared(p, case, a, b, &mut sheet, &mut notes)
    } else {
        let payer = case.require_custodial(STATE)?.other();
        let income = case.parent(payer).income(Period::Month);
        let pct = rate(&p.rates, case.children);
        sheet.one(
            Note::new(
                "common-percentage-for-children",
                format!("Percentage for {} children", case.children),
            )
            .arg("children", case.children),
            payer,
            percent(pct),
            "DCF 150.035(2)",
        );
        let amount = p.standard(income, case.children);
        sheet.one(
            Note::new(
                "wi-percentage-standard-obligation",
                "Percentage standard obligation",
            ),
            payer,
            show(amount),
            "DCF 150.035(2)",
        );
        high_income_note(p, case, payer, &mut notes);
        (amount, payer)
    };

    let (payer, amount) = payer_of(signed, positive_payer);
    if let Some(payer) = payer {
        let income = case.parent(payer).income(Period::Month);
        if income < p.low_income_ceiling() {
            let year = p.low_income.poverty_guideline_year;
            let ceiling = show(p.low_income_ceiling());
            notes.push(
                Note::new(
                    "wi-low-income",
                    format!(
                        "The payer's income is under 150% of the {year} federal poverty \
                         guideline ({ceiling} a month), where the court may use the lower \
                         amounts of DCF 150 Appendix C. The current Appendix C is not known \
                         here, so this estimate uses the standard percentage and may be higher \
                         than the order (DCF 150.04(4))."
                    ),
                )
                .arg("year", year)
                .arg("limit", ceiling),
            );
        }
    }
    sheet.value(
        Note::new("common-monthly-child-support", "Monthly child support"),
        show(amount),
        "DCF 150.035",
    );
    notes.extend(unused_note(
        case,
        &["child_overnights"],
        "wi-unused-fields",
        "Wisconsin",
    ));
    Ok(Estimate {
        payer,
        amount,
        per: Per::Month,
        rules: rules.used(),
        worksheet: sheet.into_lines(),
        notes,
    })
}

/// Both parents' overnights when they make a shared placement, else `None`.
fn shared_overnights(p: &Params, case: &Case) -> Option<(u32, u32)> {
    let (a, b) = (case.parents.a.overnights?, case.parents.b.overnights?);
    let total = Decimal::from(a) + Decimal::from(b);
    if total.is_zero() {
        return None;
    }
    let share = |n: u32| Decimal::from(n) / total;
    (p.shares_placement(a, share(a)) && p.shares_placement(b, share(b))).then_some((a, b))
}

/// Shared placement, DCF 150.035(1)(b): each parent's standard amount, times 150%, times the
/// share of time the children spend with the other parent; the larger pays the difference,
/// but never more than the payer's standard amount. Positive means parent a pays.
fn shared(
    p: &Params,
    case: &Case,
    a: u32,
    b: u32,
    sheet: &mut Worksheet,
    notes: &mut Vec<Note>,
) -> (Decimal, ParentId) {
    let n = case.children;
    let (share_a, share_b) = placement_shares(a, b);
    let (income_a, income_b) = (
        case.parents.a.income(Period::Month),
        case.parents.b.income(Period::Month),
    );
    let (base_a, base_b) = (p.standard(income_a, n), p.standard(income_b, n));
    let (up_a, up_b) = (
        cents(base_a * p.shared_multiplier),
        cents(base_b * p.shared_multiplier),
    );
    let (owed_a, owed_b) = (cents(up_a * share_b), cents(up_b * share_a));
    let pct = percent(rate(&p.rates, n));
    sheet.both(
        Note::new("wi-overnights", "Overnights a year"),
        a.to_string(),
        b.to_string(),
        "DCF 150.035(1)(a)",
    );
    sheet.both(
        Note::new("wi-placement-share", "Placement share"),
        percent(share_a),
        percent(share_b),
        "DCF 150.035(1)(b)1",
    );
    sheet.both(
        Note::new(
            "common-percentage-for-children",
            format!("Percentage for {n} children"),
        )
        .arg("children", n),
        pct.clone(),
        pct,
        "DCF 150.035(2)",
    );
    sheet.both(
        Note::new(
            "wi-percentage-standard-amount",
            "Percentage standard amount",
        ),
        show(base_a),
        show(base_b),
        "DCF 150.035(1)(b)1",
    );
    sheet.both(
        Note::new("wi-times-150", "Times 150%"),
        show(up_a),
        show(up_b),
        "DCF 150.035(1)(b)2",
    );
    sheet.both(
        Note::new(
            "wi-times-other-share",
            "Times the other parent's placement share",
        ),
        show(owed_a),
        show(owed_b),
        "DCF 150.035(1)(b)3",
    );
    for id in [ParentId::A, ParentId::B] {
        high_income_note(p, case, id, notes);
    }
    let (payer, mut amount) = if owed_a >= owed_b {
        (ParentId::A, owed_a - owed_b)
    } else {
        (ParentId::B, owed_b - owed_a)
    };
    sheet.one(
        Note::new("wi-offset", "Offset: the larger less the smaller"),
        payer,
        show(amount),
        "DCF 150.035(1)(b)4",
    );
    let cap = if payer == ParentId::A { base_a } else { base_b };
    if amount > cap {
        amount = cap;
        sheet.one(
            Note::new("wi-capped", "Capped at the payer's standard amount"),
            payer,
            show(cap),
            "DCF 150.035(1)(b)",
        );
        notes.push(Note::new(
            "wi-shared-capped",
            "The shared-placement amount was higher than the payer's ordinary percentage \
             standard amount, so the ordinary amount is used.",
        ));
    }
    (
        if payer == ParentId::A {
            amount
        } else {
            -amount
        },
        ParentId::A,
    )
}

fn high_income_note(p: &Params, case: &Case, who: ParentId, notes: &mut Vec<Note>) {
    let income = case.parent(who).income(Period::Month);
    if income > p.high_income.first_band_top {
        let full = cents(income * rate(&p.rates, case.children));
        let (parent, limit, full) = (who.label(), show(p.high_income.first_band_top), show(full));
        notes.push(
            Note::new(
                "wi-high-income",
                format!(
                    "Parent {parent}'s income is above {limit} a month, so the lower \
                     high-income percentages of DCF 150.04(5) are applied to the income above \
                     it; the court may instead apply the full percentage ({full} a month for \
                     this parent before any shared-placement steps)."
                ),
            )
            .arg("parent", parent)
            .arg("limit", limit)
            .arg("full", full),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params() -> &'static Params {
        &BOOK.as_ref().unwrap()[0].params
    }

    #[test]
    fn placement_is_a_whole_percent_like_the_equivalent_care_note() {
        // DCF 150.035 Note: 271 and 186 of 457 are 59% and 41%.
        assert_eq!(placement_shares(271, 186), (dec!(0.59), dec!(0.41)));
        assert_eq!(placement_shares(186, 271), (dec!(0.41), dec!(0.59)));
    }

    #[test]
    fn high_income_bands_apply_above_7000() {
        // 1 child: 7,000 x 17% + 5,500 x 14% + 2,500 x 10% = 1,190 + 770 + 250.
        assert_eq!(params().standard(dec!(15000), 1), dec!(2210.00));
        assert_eq!(params().standard(dec!(7000), 1), dec!(1190.00));
    }
}
