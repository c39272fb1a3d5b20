//! Exact money arithmetic: rounding to the cent, display, and the few powers the rules use.

use rust_decimal::{Decimal, RoundingStrategy};
use rust_decimal_macros::dec;

/// Round to the cent, halves away from zero (the default unless a state says otherwise),
/// and always show two places: `375` becomes `375.00`.
pub(crate) fn cents(value: Decimal) -> Decimal {
    let mut rounded = value.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
    rounded.rescale(2);
    rounded
}

/// Round to a multiple of `step` (e.g. Delaware's nearest $10), halves up.
pub(crate) fn round_to(value: Decimal, step: Decimal) -> Decimal {
    if step.is_zero() {
        return value;
    }
    (value / step).round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero) * step
}

/// A money figure as the worksheet shows it: `1582.50`.
pub(crate) fn show(value: Decimal) -> String {
    cents(value).to_string()
}

/// A fraction as a percentage for people: `0.0967` becomes `9.67%`, `0.6` becomes `60%`.
pub(crate) fn percent(fraction: Decimal) -> String {
    let p = (fraction * dec!(100))
        .round_dp_with_strategy(4, RoundingStrategy::MidpointAwayFromZero)
        .normalize();
    format!("{p}%")
}

/// The square root by Newton's method, to Decimal's precision. `None` for negatives.
pub(crate) fn sqrt(value: Decimal) -> Option<Decimal> {
    if value.is_sign_negative() && !value.is_zero() {
        return None;
    }
    if value.is_zero() {
        return Some(Decimal::ZERO);
    }
    // Seed Newton with the integer square root, so it converges in a few steps.
    let seed = value
        .trunc()
        .to_string()
        .parse::<u64>()
        .ok()
        .filter(|n| *n > 0);
    let mut x = match seed {
        Some(n) => Decimal::from(n.isqrt()),
        None if value > Decimal::ONE => value / dec!(2),
        None => Decimal::ONE,
    };
    for _ in 0..100 {
        let next = (x + value / x) / dec!(2);
        if next == x {
            break;
        }
        x = next;
    }
    Some(x)
}

/// `value` raised to the power 2.5, as Georgia's parenting time adjustment asks
/// (O.C.G.A. 19-6-15(g)(2)(B)(i)-(ii)): value squared times its square root.
pub(crate) fn pow_2_5(value: Decimal) -> Option<Decimal> {
    value.checked_mul(value)?.checked_mul(sqrt(value)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn halves_round_away_from_zero() {
        assert_eq!(cents(dec!(130.545)).to_string(), "130.55");
        assert_eq!(cents(dec!(130.544)).to_string(), "130.54");
        assert_eq!(cents(dec!(375)).to_string(), "375.00");
    }

    #[test]
    fn rounds_to_tens_like_delaware() {
        assert_eq!(round_to(dec!(367.5), dec!(10)), dec!(370));
        assert_eq!(round_to(dec!(412.5), dec!(10)), dec!(410));
        assert_eq!(round_to(dec!(415), dec!(10)), dec!(420));
    }

    #[test]
    fn percentages_read_naturally() {
        assert_eq!(percent(dec!(0.0967)), "9.67%");
        assert_eq!(percent(dec!(0.6)), "60%");
    }

    #[test]
    fn power_two_and_a_half_matches_georgia_worked_figures() {
        // 148^2.5 = 266,473.66 and 217^2.5 = 693,664.29 (sources/ga/ga_rules.md, G2).
        assert_eq!(cents(pow_2_5(dec!(148)).unwrap()).to_string(), "266473.66");
        assert_eq!(cents(pow_2_5(dec!(217)).unwrap()).to_string(), "693664.29");
        assert_eq!(sqrt(dec!(144)), Some(dec!(12)));
    }
}
