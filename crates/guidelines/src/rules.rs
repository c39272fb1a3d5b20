//! Rule files: one per state and effective date, embedded at compile time, chosen by date.
//!
//! `rules/<jurisdiction>/<effective-date>.toml` holds a header (jurisdiction, effective
//! date, citation, sources, rounding) and a `[params]` table read by the state's module.
//! Tables too large for TOML sit beside it as CSV, copied from `shared/guidelines/sources`.

use std::str::FromStr;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Deserialize;
use serde::de::DeserializeOwned;

use crate::error::CaseError;
use crate::worksheet::{Note, RulesUsed};

/// A rule file's text, embedded with the path it came from.
pub(crate) struct Embedded {
    pub path: &'static str,
    pub text: &'static str,
}

/// Embed `rules/<path>` at compile time.
macro_rules! embed {
    ($path:literal) => {
        $crate::rules::Embedded {
            path: $path,
            text: include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/rules/", $path)),
        }
    };
}
pub(crate) use embed;

/// One rule file, parsed.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RuleFile<P> {
    pub jurisdiction: String,
    pub effective: NaiveDate,
    pub citation: String,
    /// Where each figure comes from (documentation; not used in computing).
    #[allow(dead_code)]
    pub sources: Vec<String>,
    /// How this state rounds, and the choices we made where it does not say.
    #[allow(dead_code)]
    pub rounding: String,
    /// Values due to be adjusted on a date for which the new figure is not known.
    #[serde(default)]
    pub pending: Vec<Pending>,
    pub params: P,
}

/// A yearly (or periodic) value whose next figure we do not have.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Pending {
    /// The note's message key (one of [`crate::MESSAGE_KEYS`]): it names the value.
    pub key: String,
    pub what: String,
    pub due: NaiveDate,
}

impl<P> RuleFile<P> {
    pub(crate) fn used(&self) -> RulesUsed {
        RulesUsed {
            jurisdiction: self.jurisdiction.clone(),
            effective: self.effective,
            citation: self.citation.clone(),
        }
    }
}

/// Parse a state's rule files, oldest first, checking each names the right state and
/// an effective date matching its file name.
pub(crate) fn load<P: DeserializeOwned>(
    jurisdiction: &str,
    files: &[Embedded],
) -> Result<Vec<RuleFile<P>>, String> {
    let mut book = Vec::with_capacity(files.len());
    for file in files {
        let rules: RuleFile<P> =
            toml::from_str(file.text).map_err(|e| format!("{}: {e}", file.path))?;
        if rules.jurisdiction != jurisdiction {
            return Err(format!("{}: names {}", file.path, rules.jurisdiction));
        }
        let stem = rules.effective.format("%Y-%m-%d.toml").to_string();
        if !file.path.ends_with(&stem) {
            return Err(format!(
                "{}: effective date {} differs",
                file.path, rules.effective
            ));
        }
        book.push(rules);
    }
    book.sort_by_key(|r| r.effective);
    Ok(book)
}

/// The rules in force on `as_of`, with a note for each value known to be due for an
/// adjustment we do not have (the latest known is used, never an invented one).
pub(crate) fn select<'a, P>(
    book: &'a Result<Vec<RuleFile<P>>, String>,
    jurisdiction: &str,
    as_of: NaiveDate,
) -> Result<(&'a RuleFile<P>, Vec<Note>), CaseError> {
    let book = book.as_ref().map_err(|message| CaseError::RulesData {
        message: message.clone(),
    })?;
    let rules = book
        .iter()
        .rev()
        .find(|r| r.effective <= as_of)
        .ok_or_else(|| CaseError::DateBeforeRules {
            jurisdiction: jurisdiction.to_owned(),
            as_of: as_of.to_string(),
            first: book
                .first()
                .map_or_else(String::new, |r| r.effective.to_string()),
        })?;
    let notes = rules
        .pending
        .iter()
        .filter(|p| p.due <= as_of)
        .map(|p| Note {
            key: p.key.clone(),
            args: [("due".to_owned(), p.due.to_string())].into(),
            text: format!(
                "{}: a new figure was due on {}, which this calculator does not have yet; \
                 the latest known figure is used.",
                p.what, p.due
            ),
        })
        .collect();
    Ok((rules, notes))
}

/// A numeric CSV table: the first column is the row key, the rest are figures, blank
/// where the table has none. Lines starting with `#` and the header line are skipped.
pub(crate) type Table = Vec<(Decimal, Vec<Option<Decimal>>)>;

pub(crate) fn parse_table(name: &str, text: &str) -> Result<Table, String> {
    let mut rows = Vec::new();
    let lines = text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty());
    for (i, line) in lines.enumerate().skip(1) {
        let mut cells = line.split(',').map(str::trim);
        let key = cells
            .next()
            .and_then(|c| Decimal::from_str(c).ok())
            .ok_or_else(|| format!("{name}: row {i} has no key"))?;
        let figures = cells
            .map(|c| {
                if c.is_empty() {
                    Ok(None)
                } else {
                    Decimal::from_str(c)
                        .map(Some)
                        .map_err(|e| format!("{name}: row {i}: {e}"))
                }
            })
            .collect::<Result<Vec<_>, _>>()?;
        rows.push((key, figures));
    }
    if rows.is_empty() {
        return Err(format!("{name}: empty table"));
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_skip_comments_and_header_and_keep_blanks() {
        let table = parse_table("t", "# note\nkey,one,two\n1.00,2.00,\n").unwrap();
        assert_eq!(table.len(), 1);
        assert_eq!(table[0].1, vec![Some(Decimal::TWO), None]);
    }
}
