//! The calculator's input: a case as the parent describes it (DESIGN.md, "The calculator's contract").

use chrono::NaiveDate;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use serde::{Deserialize, Serialize};

use crate::error::CaseError;

/// One of the two parents. `a` and `b` are only labels: neither is presumed to pay.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum ParentId {
    A,
    B,
}

impl ParentId {
    pub fn other(self) -> Self {
        match self {
            Self::A => Self::B,
            Self::B => Self::A,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::A => "a",
            Self::B => "b",
        }
    }
}

/// A case to estimate.
///
/// JSON in, with field-specific errors: [`Case::from_json_str`] or [`Case::from_value`]
/// (its `Deserialize` goes through the same checks). Built in Rust, it is checked again by
/// [`crate::estimate`], so no input can make the calculator panic.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Case {
    /// `US-TX`, `US-WI`, `US-NY`, `US-CA`, `US-GA` or `US-DE`.
    pub jurisdiction: String,
    /// The date the estimate is for: the rules in force on it are used.
    pub as_of: NaiveDate,
    /// Children this support is for (at least 1).
    pub children: u32,
    /// The parent the children live with most; else the one with more overnights.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub custodial: Option<ParentId>,
    pub parents: Parents,
    /// Wisconsin split placement (DCF 150.04(3), (6)): each child's overnights with each
    /// parent, one entry per child. When given, it replaces the parents' own `overnights`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub child_overnights: Option<Vec<ChildOvernights>>,
}

/// Both parents.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Parents {
    pub a: Parent,
    pub b: Parent,
}

/// One child's overnights a year with each parent (Wisconsin split placement).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct ChildOvernights {
    pub a: u32,
    pub b: u32,
}

/// What one parent earns and pays. Money is in the same period as the income given
/// (`monthly_income` or `annual_income`: exactly one of the two).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Parent {
    /// The income the state's guideline starts from (gross for WI, GA, NY; net resources
    /// for TX; net disposable income for CA), by the month.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(type = "string", optional))]
    pub monthly_income: Option<Decimal>,
    /// The same, by the year.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(type = "string", optional))]
    pub annual_income: Option<Decimal>,
    /// Overnights a year with the children.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub overnights: Option<u32>,
    /// Health insurance premiums paid for these children.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(type = "string", optional))]
    pub health_insurance: Option<Decimal>,
    /// Work-related child care paid for these children.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(type = "string", optional))]
    pub child_care: Option<Decimal>,
    /// Other children this parent supports (not part of this case).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub other_children: Option<u32>,
    /// Child support paid under other orders.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(type = "string", optional))]
    pub other_support_paid: Option<Decimal>,
    /// Maintenance (alimony) paid.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(type = "string", optional))]
    pub maintenance_paid: Option<Decimal>,
    /// Social Security and Medicare (FICA) taxes paid.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(type = "string", optional))]
    pub fica_paid: Option<Decimal>,
    /// City income taxes paid (New York City, Yonkers).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(type = "string", optional))]
    pub local_tax_paid: Option<Decimal>,
}

/// The period a figure is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Period {
    Month,
    Year,
}

/// The largest money figure accepted in any field (per month or per year).
pub(crate) const MAX_MONEY: Decimal = dec!(1_000_000_000);
pub(crate) const MAX_MONEY_TEXT: &str = "1,000,000,000";

impl Parent {
    /// A parent with a monthly income and nothing else.
    pub fn monthly(income: Decimal) -> Self {
        Self {
            monthly_income: Some(income),
            ..Self::default()
        }
    }

    /// A parent with an annual income and nothing else.
    pub fn annual(income: Decimal) -> Self {
        Self {
            annual_income: Some(income),
            ..Self::default()
        }
    }

    /// The same parent with overnights set.
    pub fn with_overnights(mut self, overnights: u32) -> Self {
        self.overnights = Some(overnights);
        self
    }

    /// The period this parent's figures are in. Validated cases have exactly one income.
    fn period(&self) -> Period {
        if self.annual_income.is_some() {
            Period::Year
        } else {
            Period::Month
        }
    }

    /// A figure of this parent's converted to `to` (a year is twelve months, exactly).
    fn convert(&self, value: Decimal, to: Period) -> Decimal {
        match (self.period(), to) {
            (Period::Month, Period::Year) => value * dec!(12),
            (Period::Year, Period::Month) => value / dec!(12),
            _ => value,
        }
    }

    /// The income in the period `to`.
    pub(crate) fn income(&self, to: Period) -> Decimal {
        let income = self
            .monthly_income
            .or(self.annual_income)
            .unwrap_or_default();
        self.convert(income, to)
    }

    /// An optional money figure in the period `to` (zero if absent).
    pub(crate) fn money(&self, pick: fn(&Parent) -> Option<Decimal>, to: Period) -> Decimal {
        pick(self).map_or(Decimal::ZERO, |v| self.convert(v, to))
    }
}

impl Case {
    pub fn parent(&self, id: ParentId) -> &Parent {
        match id {
            ParentId::A => &self.parents.a,
            ParentId::B => &self.parents.b,
        }
    }

    /// The custodial parent: as given, else the one with more overnights.
    pub(crate) fn custodial_parent(&self) -> Option<ParentId> {
        if self.custodial.is_some() {
            return self.custodial;
        }
        match (self.parents.a.overnights, self.parents.b.overnights) {
            (Some(a), Some(b)) if a > b => Some(ParentId::A),
            (Some(a), Some(b)) if b > a => Some(ParentId::B),
            (Some(a), None) if a > 183 => Some(ParentId::A),
            (None, Some(b)) if b > 183 => Some(ParentId::B),
            _ => None,
        }
    }

    /// The custodial parent, or the error the state's rule gives when none can be told.
    pub(crate) fn require_custodial(&self, jurisdiction: &str) -> Result<ParentId, CaseError> {
        self.custodial_parent()
            .ok_or_else(|| CaseError::CustodialNeeded {
                jurisdiction: jurisdiction.to_owned(),
            })
    }

    /// The same case with the parents' labels swapped (used by tests and by callers who
    /// want to show the other side).
    pub fn swapped(&self) -> Self {
        let mut case = self.clone();
        std::mem::swap(&mut case.parents.a, &mut case.parents.b);
        case.custodial = case.custodial.map(ParentId::other);
        if let Some(children) = &mut case.child_overnights {
            for child in children {
                std::mem::swap(&mut child.a, &mut child.b);
            }
        }
        case
    }
}
