//! Asking for a review of the order: whether the state's rules for a review
//! are met, worked from the case's order and the parent's new estimate.

use crate::payments::ledger_term;
use crate::{Backend, ErrorCode, IpcError};
use guidelines::{Eligibility, ModificationCheck};
use rust_decimal::Decimal;
use serde::Deserialize;
use ts_rs::TS;

/// What the Modify screen asks about one of the parent's cases. Amounts are
/// decimal strings, per month, as typed.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[ts(export)]
pub struct ModificationQuestion {
    pub case_id: String,
    /// The guideline amount under the new circumstances.
    pub estimated_monthly: String,
    /// The asking parent's gross monthly income when the order was made,
    /// and now; both or neither.
    #[ts(optional)]
    pub income_before: Option<String>,
    #[ts(optional)]
    pub income_after: Option<String>,
}

/// What the screen shows beside the verdict: the order it was measured
/// against.
#[derive(Debug, Clone, PartialEq, serde::Serialize, TS)]
#[ts(export)]
pub struct ModificationAnswer {
    /// The order's amount per month (weekly × 52 / 12 and so on).
    #[ts(type = "string")]
    pub current_monthly: Decimal,
    #[ts(type = "string")]
    pub order_date: chrono::NaiveDate,
    pub eligibility: Eligibility,
}

impl Backend {
    /// Whether the state's rules for a review are met on one of the
    /// parent's cases (as synced), given the new estimate.
    pub async fn modification_check(
        &self,
        question: &ModificationQuestion,
    ) -> Result<ModificationAnswer, IpcError> {
        let overview = self.case_overview().await?;
        let case = overview
            .cases
            .iter()
            .find(|c| c.id == question.case_id)
            .ok_or_else(|| {
                invalid(
                    "case_id",
                    "unknown_case",
                    format!(
                        "Case {} is not one of yours, or has not been downloaded yet.",
                        question.case_id
                    ),
                )
            })?;
        let order = case.order.as_ref().ok_or_else(|| {
            invalid(
                "case_id",
                "no_order",
                "This case has no support order to change yet.",
            )
        })?;
        let current_monthly = ledger::schedule::monthly_equivalent(&ledger_term(order));
        let check = ModificationCheck {
            jurisdiction: case.jurisdiction.clone(),
            order_date: order.start_date,
            as_of: chrono::Local::now().date_naive(),
            current_monthly,
            estimated_monthly: amount("estimated_monthly", &question.estimated_monthly)?,
            income_before: optional_amount("income_before", question.income_before.as_deref())?,
            income_after: optional_amount("income_after", question.income_after.as_deref())?,
        };
        let eligibility = guidelines::modification_eligibility(&check)?;
        Ok(ModificationAnswer {
            current_monthly,
            order_date: order.start_date,
            eligibility,
        })
    }
}

fn invalid(field: &str, reason: &str, message: impl Into<String>) -> IpcError {
    IpcError {
        field: Some(field.to_owned()),
        reason: Some(reason.to_owned()),
        ..IpcError::new(ErrorCode::InvalidInput, message)
    }
}

fn amount(field: &str, typed: &str) -> Result<Decimal, IpcError> {
    typed
        .trim()
        .replace([',', '$'], "")
        .parse::<Decimal>()
        .ok()
        .filter(|a| *a >= Decimal::ZERO && a.scale() <= 2)
        .ok_or_else(|| {
            invalid(
                field,
                "invalid_amount",
                "Enter an amount in dollars and cents, zero or more.",
            )
        })
}

fn optional_amount(field: &str, typed: Option<&str>) -> Result<Option<Decimal>, IpcError> {
    match typed.map(str::trim) {
        None | Some("") => Ok(None),
        Some(typed) => amount(field, typed).map(Some),
    }
}
