//! Wisconsin split placement (DCF 150.04(3)) and its combination with shared placement
//! (DCF 150.04(6)): each parent owes a per-child share of the percentage for the children
//! placed with the other parent, and the two amounts are offset.

use std::collections::BTreeMap;

use rust_decimal::{Decimal, RoundingStrategy};

use super::{Params, placement_shares, rate};
use crate::case::{Case, ChildOvernights, ParentId, Period};
use crate::error::CaseError;
use crate::money::{cents, percent, show};
use crate::worksheet::{Note, Worksheet};

/// Where one child lives, for grouping children who are computed alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Placement {
    /// Mainly with parent a: parent b owes the plain per-child percentage.
    WithA,
    /// Mainly with parent b: parent a owes it.
    WithB,
    /// Shared (each parent 25% or 92 overnights), with parent a's whole-percent share.
    Shared(Decimal),
}

/// The per-child percentage for `children` (DCF 150.04(3) Note: 12.5%, 9.67%, 7.75%, 6.8%).
/// Past five children the rule's 34% is divided the same way, to a hundredth of a percent.
fn per_child(p: &Params, children: u32, notes: &mut Vec<Note>) -> Decimal {
    match p.split_per_child.get(children.saturating_sub(1) as usize) {
        Some(rate) => *rate,
        None => {
            notes.push(
                Note::new(
                    "wi-split-more-than-five-children",
                    format!(
                        "DCF 150.04(3) lists per-child percentages up to five children; for \
                         {children} the 34% is divided by {children} and rounded to a \
                         hundredth of a percent."
                    ),
                )
                .arg("children", children),
            );
            (rate(&p.rates, children) / Decimal::from(children))
                .round_dp_with_strategy(4, RoundingStrategy::MidpointAwayFromZero)
        }
    }
}

/// The split-placement offset: positive means parent a pays (the `ParentId` says whom the
/// sign refers to).
pub(super) fn obligation(
    p: &Params,
    case: &Case,
    children: &[ChildOvernights],
    sheet: &mut Worksheet,
    notes: &mut Vec<Note>,
) -> Result<(Decimal, ParentId), CaseError> {
    let mut groups: BTreeMap<Placement, u32> = BTreeMap::new();
    for child in children {
        let total = Decimal::from(child.a) + Decimal::from(child.b);
        let shares = |n: u32| p.shares_placement(n, Decimal::from(n) / total);
        let placement = if shares(child.a) && shares(child.b) {
            Placement::Shared(placement_shares(child.a, child.b).0)
        } else if child.a > child.b {
            Placement::WithA
        } else {
            Placement::WithB
        };
        *groups.entry(placement).or_default() += 1;
    }
    let count = |placement: Placement| groups.get(&placement).copied().unwrap_or(0);
    let each = per_child(p, case.children, notes);
    let income_a = case.parents.a.income(Period::Month);
    let income_b = case.parents.b.income(Period::Month);

    sheet.value(
        Note::new("wi-split-per-child-percentage", "Per-child percentage"),
        percent(each),
        "DCF 150.04(3)",
    );
    sheet.both(
        Note::new(
            "wi-split-children-placed",
            "Children placed mainly with this parent",
        ),
        count(Placement::WithA).to_string(),
        count(Placement::WithB).to_string(),
        "DCF 150.04(3)",
    );
    // DCF 150.04(3): each parent owes the per-child percentage times the number of children
    // placed with the other parent, on that parent's own income.
    let plain = |income: Decimal, n: u32| cents(income * each * Decimal::from(n));
    let plain_a = plain(income_a, count(Placement::WithB));
    let plain_b = plain(income_b, count(Placement::WithA));
    sheet.both(
        Note::new(
            "wi-split-owed",
            "Owed for children placed with the other parent",
        ),
        show(plain_a),
        show(plain_b),
        "DCF 150.04(3)",
    );

    let (mut owed_a, mut owed_b) = (plain_a, plain_b);
    for (placement, n) in &groups {
        let Placement::Shared(share_a) = *placement else {
            continue;
        };
        let share_b = Decimal::ONE - share_a;
        // DCF 150.04(6): for children in shared placement, the shared-placement steps of
        // DCF 150.035(1)(b) on the per-child percentage for those children.
        let step = |income: Decimal, other_share: Decimal| {
            let base = plain(income, *n);
            let up = cents(base * p.shared_multiplier);
            (base, up, cents(up * other_share))
        };
        let (base_a, up_a, shared_a) = step(income_a, share_b);
        let (base_b, up_b, shared_b) = step(income_b, share_a);
        let label = format!("{n} shared-placement children");
        sheet.both(
            Note::new(
                "wi-split-shared-placement-share",
                format!("{label}: placement share"),
            )
            .arg("children", n),
            percent(share_a),
            percent(share_b),
            "DCF 150.035(1)(b)1",
        );
        sheet.both(
            Note::new(
                "wi-split-shared-per-child-amount",
                format!("{label}: per-child percentage amount"),
            )
            .arg("children", n),
            show(base_a),
            show(base_b),
            "DCF 150.04(6)",
        );
        sheet.both(
            Note::new("wi-split-shared-times-150", format!("{label}: times 150%"))
                .arg("children", n),
            show(up_a),
            show(up_b),
            "DCF 150.035(1)(b)2",
        );
        sheet.both(
            Note::new(
                "wi-split-shared-times-other-share",
                format!("{label}: times the other parent's share"),
            )
            .arg("children", n),
            show(shared_a),
            show(shared_b),
            "DCF 150.035(1)(b)3",
        );
        owed_a += shared_a;
        owed_b += shared_b;
    }
    sheet.both(
        Note::new("wi-split-total-owed", "Total each parent owes"),
        show(owed_a),
        show(owed_b),
        "DCF 150.04(3)",
    );
    let payer_income = if owed_a >= owed_b { income_a } else { income_b };
    if payer_income > p.high_income.first_band_top {
        notes.push(Note::new(
            "wi-split-high-income",
            "The high-income percentages of DCF 150.04(5) are not applied in split placement \
             here; the court may apply them.",
        ));
    }
    Ok((owed_a - owed_b, ParentId::A))
}
