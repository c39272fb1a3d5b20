//! Georgia's two tables: the basic child support obligation (19-6-15(o)) and the
//! low-income adjustment (19-6-15(p)), embedded as CSV and read the statute's way.

use std::sync::LazyLock;

use rust_decimal::Decimal;

use super::{Params, STATE};
use crate::error::CaseError;
use crate::money::cents;
use crate::rules::{self, Embedded, Table, embed};

const BCSO: Embedded = embed!("us-ga/bcso-2026-01-01.csv");
const LOW_INCOME: Embedded = embed!("us-ga/low-income-2026-01-01.csv");

pub(super) struct Tables {
    pub bcso: Table,
    pub low: Table,
}

pub(super) static TABLES: LazyLock<Result<Tables, String>> = LazyLock::new(|| {
    Ok(Tables {
        bcso: rules::parse_table(BCSO.path, BCSO.text)?,
        low: rules::parse_table(LOW_INCOME.path, LOW_INCOME.text)?,
    })
});

impl Tables {
    /// The tables a rule file names (there is one set today; a new year adds another).
    pub(super) fn for_rules(&self, p: &Params) -> Result<&Self, CaseError> {
        let named = |path: &str, name: &str| path.ends_with(name);
        if named(BCSO.path, &p.bcso_table) && named(LOW_INCOME.path, &p.low_income_table) {
            Ok(self)
        } else {
            Err(CaseError::RulesData {
                message: format!(
                    "{STATE}: unknown tables {} / {}",
                    p.bcso_table, p.low_income_table
                ),
            })
        }
    }
}

/// The figure in `column` (0-based) of the row "most closely matched" to `income`
/// (19-6-15(b)(4)); exactly between two rows, the higher. Rows without a figure in that
/// column are passed over.
fn nearest(table: &Table, income: Decimal, column: usize) -> Option<Decimal> {
    let figure = |row: &(Decimal, Vec<Option<Decimal>>)| Some((row.0, (*row.1.get(column)?)?));
    let i = table.partition_point(|(key, _)| *key < income);
    let above = table.get(i..).and_then(|rows| rows.iter().find_map(figure));
    let below = table
        .get(..i)
        .and_then(|rows| rows.iter().rev().find_map(figure));
    match (below, above) {
        (Some(lo), Some(hi)) => Some(if hi.0 - income <= income - lo.0 {
            hi.1
        } else {
            lo.1
        }),
        (Some(only), None) | (None, Some(only)) => Some(only.1),
        (None, None) => None,
    }
}

/// The basic child support obligation for `children` (1 to 6) at combined `income`;
/// above the table's top the top row applies (19-6-15(i)(2)(A)).
pub(super) fn bcso(table: &Table, income: Decimal, children: u32) -> Option<Decimal> {
    if !(1..=6).contains(&children) {
        return None;
    }
    nearest(table, income, children as usize - 1)
}

/// The low-income table amount for a parent with adjusted `income`, if the table applies:
/// below its highest income for that number of children (19-6-15(i.1)). At or below
/// $1,500 it is a percentage of income (19-6-15(p)).
pub(super) fn low_income(
    table: &Table,
    p: &Params,
    income: Decimal,
    children: u32,
) -> Option<Decimal> {
    let column = (children as usize).checked_sub(1)?;
    let top = table
        .iter()
        .rev()
        .find(|(_, cells)| cells.get(column).copied().flatten().is_some())?
        .0;
    if income >= top {
        return None;
    }
    if income <= p.low_income_flat_up_to {
        return Some(cents(income * *p.low_income_rates.get(column)?));
    }
    nearest(table, income, column)
}

#[cfg(test)]
mod tests {
    use rust_decimal_macros::dec;

    use super::*;

    fn tables() -> &'static Tables {
        TABLES.as_ref().unwrap()
    }

    #[test]
    fn spot_values_match_the_statute() {
        // shared/guidelines/sources/ga/ga_rules.md spot values.
        let t = &tables().bcso;
        assert_eq!(t.len(), 785);
        assert_eq!(bcso(t, dec!(800), 1), Some(dec!(170.00)));
        assert_eq!(bcso(t, dec!(3000), 6), Some(dec!(1381.00)));
        assert_eq!(bcso(t, dec!(11000), 2), Some(dec!(2052.00)));
        assert_eq!(bcso(t, dec!(16000), 2), Some(dec!(2532.00)));
        assert_eq!(bcso(t, dec!(40000), 6), Some(dec!(7375.00)));
    }

    #[test]
    fn income_between_rows_takes_the_closest_and_halves_go_up() {
        let t = &tables().bcso;
        assert_eq!(bcso(t, dec!(15724.99), 2), bcso(t, dec!(15700), 2));
        assert_eq!(bcso(t, dec!(15725), 2), bcso(t, dec!(15750), 2));
        assert_eq!(bcso(t, dec!(100), 1), Some(dec!(170.00)));
        assert_eq!(bcso(t, dec!(90000), 6), Some(dec!(7375.00)));
    }
}
