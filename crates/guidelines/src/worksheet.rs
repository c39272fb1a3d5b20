//! The calculator's answer: who pays, how much, under which rules, and the worksheet behind it.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::case::ParentId;
use crate::money::cents;

/// The estimate for a case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Estimate {
    /// The parent who pays; `null` when the guideline amount is zero.
    pub payer: Option<ParentId>,
    /// The amount per `per`, to the cent (serialised as a string: `"375.00"`).
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub amount: Decimal,
    /// The state's own period.
    pub per: Per,
    /// The rule set used.
    pub rules: RulesUsed,
    /// The computation, line by line.
    pub worksheet: Vec<WorksheetLine>,
    /// What a parent should know: above a cap, a low-income rule, a value that is the
    /// latest known, a piece of the rule a court may apply differently.
    pub notes: Vec<Note>,
}

/// A note for the parent: a stable message key with its arguments, for the app to
/// translate, and the English sentence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Note {
    /// The message key, one of [`crate::MESSAGE_KEYS`] (the app's message is `ws-<key>`).
    pub key: String,
    /// The variable parts of the message (figures as display strings).
    pub args: BTreeMap<String, String>,
    /// The note in English.
    pub text: String,
}

impl Note {
    /// A message with no arguments yet.
    pub(crate) fn new(key: &'static str, text: impl Into<String>) -> Self {
        Self {
            key: key.to_owned(),
            args: BTreeMap::new(),
            text: text.into(),
        }
    }

    /// The message with one more argument.
    pub(crate) fn arg(mut self, name: &'static str, value: impl ToString) -> Self {
        self.args.insert(name.to_owned(), value.to_string());
        self
    }
}

/// The period an amount is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum Per {
    Week,
    Month,
    Year,
}

/// Which rule set an estimate was computed under.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct RulesUsed {
    pub jurisdiction: String,
    /// The date this rule set is in force from (as far as our sources vouch for it).
    pub effective: NaiveDate,
    pub citation: String,
}

/// One line of the worksheet. Figures are display strings (money to the cent,
/// percentages with `%`, overnights as counts); a column is `null` where it does not apply.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct WorksheetLine {
    /// The message key for `line`, one of [`crate::MESSAGE_KEYS`] (the app's message is
    /// `ws-<key>`).
    pub key: String,
    /// The variable parts of `line` (counts and figures as display strings).
    pub args: BTreeMap<String, String>,
    /// What the line is, in plain words (English).
    pub line: String,
    /// Parent a's figure.
    pub a: Option<String>,
    /// Parent b's figure.
    pub b: Option<String>,
    /// A figure for both parents together, or a value of the rule (a cap, a table amount).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub value: Option<String>,
    /// The section of the rule this line applies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub citation: Option<String>,
}

/// Builds a worksheet as a state module walks its rule.
#[derive(Debug, Default)]
pub(crate) struct Worksheet {
    lines: Vec<WorksheetLine>,
}

impl Worksheet {
    /// A line with a figure for each parent.
    pub(crate) fn both(&mut self, line: Note, a: String, b: String, cite: &str) {
        self.push(line, Some(a), Some(b), None, cite);
    }

    /// A line with a figure for one parent only.
    pub(crate) fn one(&mut self, line: Note, who: ParentId, figure: String, cite: &str) {
        let (a, b) = match who {
            ParentId::A => (Some(figure), None),
            ParentId::B => (None, Some(figure)),
        };
        self.push(line, a, b, None, cite);
    }

    /// A line with one figure for the case (combined income, a table amount, a cap).
    pub(crate) fn value(&mut self, line: Note, figure: String, cite: &str) {
        self.push(line, None, None, Some(figure), cite);
    }

    fn push(
        &mut self,
        line: Note,
        a: Option<String>,
        b: Option<String>,
        value: Option<String>,
        cite: &str,
    ) {
        self.lines.push(WorksheetLine {
            key: line.key,
            args: line.args,
            line: line.text,
            a,
            b,
            value,
            citation: (!cite.is_empty()).then(|| cite.to_owned()),
        });
    }

    pub(crate) fn into_lines(self) -> Vec<WorksheetLine> {
        self.lines
    }
}

/// A signed result into payer and amount: positive means `positive_payer` pays.
pub(crate) fn payer_of(signed: Decimal, positive_payer: ParentId) -> (Option<ParentId>, Decimal) {
    let amount = cents(signed.abs());
    if amount.is_zero() {
        (None, amount)
    } else if signed.is_sign_positive() {
        (Some(positive_payer), amount)
    } else {
        (Some(positive_payer.other()), amount)
    }
}
