//! California: the statewide uniform guideline, CS = K[HN - (H%)(TN)] (Cal. Fam. Code 4055).

use std::sync::LazyLock;

use rust_decimal::Decimal;
use serde::Deserialize;

use crate::case::{Case, ParentId, Period};
use crate::error::CaseError;
use crate::money::{cents, percent, show};
use crate::rules::{self, Embedded, RuleFile, embed};
use crate::validate::unused_note;
use crate::worksheet::{Estimate, Note, Per, Worksheet, payer_of};

const STATE: &str = "US-CA";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Params {
    bands: Vec<Band>,
    multipliers: Vec<Decimal>,
}

/// One income band of 4055(b)(3): fraction = base + TN / per_tn + over_tn / TN.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Band {
    up_to: Option<Decimal>,
    base: Decimal,
    per_tn: Option<Decimal>,
    over_tn: Option<Decimal>,
}

const FILES: &[Embedded] = &[
    embed!("us-ca/2023-01-01.toml"),
    embed!("us-ca/2024-09-01.toml"),
];

static BOOK: LazyLock<Result<Vec<RuleFile<Params>>, String>> =
    LazyLock::new(|| rules::load(STATE, FILES));

impl Params {
    /// The 4055(b)(3) fraction for total net disposable income `tn`.
    fn fraction(&self, tn: Decimal) -> Decimal {
        let band = self
            .bands
            .iter()
            .find(|b| b.up_to.is_none_or(|top| tn <= top))
            .or(self.bands.last());
        let Some(band) = band else {
            return Decimal::ZERO;
        };
        let mut f = band.base;
        if let Some(per) = band.per_tn.filter(|d| !d.is_zero()) {
            f += tn / per;
        }
        if let Some(over) = band.over_tn
            && !tn.is_zero()
        {
            f += over / tn;
        }
        f
    }
}

pub(crate) fn estimate(case: &Case) -> Result<Estimate, CaseError> {
    let (rules, mut notes) = rules::select(&BOOK, STATE, case.as_of)?;
    let p = &rules.params;
    let mut sheet = Worksheet::default();
    let (net_a, net_b) = (
        case.parents.a.income(Period::Month),
        case.parents.b.income(Period::Month),
    );
    sheet.both(
        Note::new(
            "ca-monthly-net-disposable-income",
            "Monthly net disposable income",
        ),
        show(net_a),
        show(net_b),
        "Fam. Code 4059",
    );

    // 4055(b)(1): HN is the higher earner's income; H% that parent's share of time.
    let high = if net_b > net_a {
        ParentId::B
    } else {
        ParentId::A
    };
    let (hn, tn) = (case.parent(high).income(Period::Month), net_a + net_b);
    let h = high_earner_time(case, high)?;
    sheet.value(
        Note::new("ca-higher-earner", "Higher earner").arg("parent", high.label()),
        format!("parent {}", high.label()),
        "Fam. Code 4055(b)(1)(A)",
    );
    sheet.value(
        Note::new("ca-total-net-income", "Total net disposable income (TN)"),
        show(tn),
        "Fam. Code 4055(b)(1)(E)",
    );
    sheet.one(
        Note::new(
            "ca-higher-earner-time",
            "Higher earner's time with the children (H%)",
        ),
        high,
        percent(h),
        "Fam. Code 4055(b)(1)(D)",
    );

    // 4055(b)(3): K = (1 + H%) up to 50% time, else (2 - H%), times the fraction.
    let fraction = p.fraction(tn);
    let time_factor = if h <= Decimal::new(5, 1) {
        Decimal::ONE + h
    } else {
        Decimal::TWO - h
    };
    let k = time_factor * fraction;
    sheet.value(
        Note::new("ca-fraction", "Fraction for TN"),
        fraction.round_dp(6).normalize().to_string(),
        "Fam. Code 4055(b)(3)",
    );
    sheet.value(
        Note::new("ca-k", "K"),
        k.round_dp(6).normalize().to_string(),
        "Fam. Code 4055(b)(3)",
    );

    // 4055(b)(4): the multiplier for the number of children.
    let multiplier = p
        .multipliers
        .get(case.children.saturating_sub(1) as usize)
        .copied()
        .ok_or_else(|| CaseError::RulesIncomplete {
            jurisdiction: STATE.to_owned(),
            field: Some("children".to_owned()),
            message: format!(
                "Fam. Code 4055(b)(4) gives multipliers for up to {} children; {} is beyond them.",
                p.multipliers.len(),
                case.children
            ),
        })?;
    let one_child = k * (hn - h * tn);
    let cs = one_child * multiplier;
    sheet.value(
        Note::new("ca-one-child", "CS for one child = K x (HN - H% x TN)"),
        show(one_child),
        "Fam. Code 4055(a)",
    );
    sheet.value(
        Note::new(
            "ca-multiplier",
            format!("Multiplier for {} children", case.children),
        )
        .arg("children", case.children),
        multiplier.normalize().to_string(),
        "Fam. Code 4055(b)(4)",
    );

    // 4055(b)(6): positive, the higher earner pays; negative, the lower earner pays.
    let (payer, amount) = payer_of(cents(cs), high);
    sheet.value(
        Note::new("common-monthly-child-support", "Monthly child support"),
        show(amount),
        "Fam. Code 4055(b)(6)",
    );
    notes.push(Note::new(
        "ca-low-income-not-applied",
        "California's low-income adjustment (Fam. Code 4055(b)(7)) is not applied here: its \
         current terms are not known to this calculator. A payer with a low income may owe less.",
    ));
    let add_ons = [
        case.parents.a.child_care,
        case.parents.b.child_care,
        case.parents.a.health_insurance,
        case.parents.b.health_insurance,
    ];
    if add_ons.iter().any(Option::is_some) {
        notes.push(Note::new(
            "ca-add-ons-not-included",
            "Child care and health insurance are added on top of guideline support and shared \
             between the parents (Fam. Code 4061-4062); they are not in this amount.",
        ));
    }
    notes.extend(unused_note(
        case,
        &["child_care", "health_insurance"],
        "ca-unused-fields",
        "California",
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

/// H%: the higher earner's overnights over both parents' overnights; without overnights,
/// all the time with the custodial parent.
fn high_earner_time(case: &Case, high: ParentId) -> Result<Decimal, CaseError> {
    let (a, b) = (case.parents.a.overnights, case.parents.b.overnights);
    if let (Some(a), Some(b)) = (a, b)
        && a + b > 0
    {
        let mine = if high == ParentId::A { a } else { b };
        return Ok(Decimal::from(mine) / Decimal::from(a + b));
    }
    let custodial = case.require_custodial(STATE)?;
    Ok(if custodial == high {
        Decimal::ONE
    } else {
        Decimal::ZERO
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    fn params(i: usize) -> &'static Params {
        &BOOK.as_ref().unwrap()[i].params
    }

    #[test]
    fn the_statutes_own_k_example() {
        // 4055(b)(3) example: H% 20%, TN 1,000: K = 1.2 x (0.165 + 1,000/82,857) = 0.21.
        let k = dec!(1.2) * params(1).fraction(dec!(1000));
        assert_eq!(k.round_dp(2), dec!(0.21));
        assert_eq!(k.round_dp(7), dec!(0.2124828));
        // The earlier statute's example: the same inputs give 1.2 x 0.25 = 0.30.
        assert_eq!(dec!(1.2) * params(0).fraction(dec!(1000)), dec!(0.300));
    }

    #[test]
    fn bands_switch_at_their_whole_dollar_bounds() {
        assert_eq!(params(1).fraction(dec!(10000)), dec!(0.250));
        assert_eq!(
            params(1).fraction(dec!(15000)),
            dec!(0.10) + dec!(1499) / dec!(15000)
        );
        assert_eq!(
            params(1).fraction(dec!(20000)),
            dec!(0.12) + dec!(1200) / dec!(20000)
        );
    }
}
