//! A case's payments as the parent sees them: the agency's history, the
//! app's own working of the account (crates/ledger), the audit of the
//! agency's arrears figure, and the payoff planner.

use crate::{Backend, ErrorCode, IpcError, SyncStatus};
use agency_api::{CaseDetail, Payment, PaymentSource};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;
use ts_rs::TS;

/// Everything the Payments screen shows for one case.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct PaymentsView {
    pub case: CaseDetail,
    /// The agency's payments with its distribution, newest first.
    pub payments: Vec<Payment>,
    /// The app's own month-by-month working of the order and the payments,
    /// through today; `null` when it cannot be worked (`ledger_error` says
    /// why) or the case has no order.
    pub statement: Option<ledger::Statement>,
    /// The app's balance against the agency's arrears figure.
    pub audit: Option<ledger::AuditResult>,
    pub ledger_error: Option<IpcError>,
    pub sync: SyncStatus,
}

impl Backend {
    /// One case's payments from the app's copy, worked through today.
    pub async fn payments_view(&self, case_id: &str) -> Result<PaymentsView, IpcError> {
        let overview = self.case_overview().await?;
        let case = overview
            .cases
            .into_iter()
            .find(|c| c.id == case_id)
            .ok_or_else(|| {
                IpcError::new(
                    ErrorCode::InvalidInput,
                    format!("Case {case_id} is not one of yours, or has not been downloaded yet."),
                )
            })?;
        // In the order the agency posted them, which is the order it
        // applies payments received on the same day in; the ledger sorts by
        // date and keeps that order within a day. (A tax offset and another
        // payment on one day split differently taken the other way round.)
        let mut payments = self.cached_payments(case_id).await?;
        let today = chrono::Local::now().date_naive();
        let worked = work(&case, &payments, today);
        // The parent sees the newest first, the last posted first within a
        // day (the sort is stable).
        payments.reverse();
        payments.sort_by_key(|p| std::cmp::Reverse(p.received_on));
        let (statement, audit, ledger_error) = match worked {
            Ok(Some(statement)) => {
                // The ledger's balance is everything owed: this month's
                // support still due as well as the arrears.
                let owed = case.balances.current_support_due + case.balances.arrears;
                let audit = ledger::audit(&statement, owed, case.balances.as_of.min(today));
                (Some(statement), Some(audit), None)
            }
            Ok(None) => (None, None, None),
            Err(e) => (None, None, Some(e)),
        };
        Ok(PaymentsView {
            case,
            payments,
            statement,
            audit,
            ledger_error,
            sync: overview.sync,
        })
    }

    /// When the arrears would be paid off at `monthly_payment` a month, and
    /// how much interest would accrue until then.
    pub async fn payoff(
        &self,
        case_id: &str,
        monthly_payment: &str,
    ) -> Result<ledger::Projection, IpcError> {
        let amount: Decimal = monthly_payment
            .trim()
            .parse()
            .map_err(|_| invalid_amount())?;
        if amount <= Decimal::ZERO || amount.scale() > 2 {
            return Err(invalid_amount());
        }
        let view = self.payments_view(case_id).await?;
        let statement = match (view.statement, view.ledger_error) {
            (Some(s), _) => s,
            (None, Some(e)) => return Err(e),
            (None, None) => {
                return Err(IpcError::new(
                    ErrorCode::InvalidInput,
                    "This case has no support order to plan against.",
                ));
            }
        };
        Ok(ledger::project_payoff(&statement, amount))
    }
}

fn invalid_amount() -> IpcError {
    IpcError {
        field: Some("monthly_payment".to_owned()),
        reason: Some("invalid_amount".to_owned()),
        ..IpcError::new(
            ErrorCode::InvalidInput,
            "Enter a monthly amount in dollars and cents, more than zero.",
        )
    }
}

/// The ledger's statement for a case, through `today`.
fn work(
    case: &CaseDetail,
    payments: &[Payment],
    today: NaiveDate,
) -> Result<Option<ledger::Statement>, IpcError> {
    let Some(order) = &case.order else {
        return Ok(None);
    };
    let jurisdiction: ledger::Jurisdiction =
        serde_json::from_value(serde_json::Value::String(order.interest_rule.clone()))
            .or_else(|_| {
                serde_json::from_value(serde_json::Value::String(case.jurisdiction.clone()))
            })
            .map_err(|_| {
                IpcError::new(
                    ErrorCode::Internal,
                    format!(
                        "The app does not know the rules of {} yet.",
                        case.jurisdiction
                    ),
                )
            })?;
    let ledger_order = ledger::Order {
        jurisdiction,
        terms: vec![ledger_term(order)],
        interest_rule: None,
    };
    let ledger_payments: Vec<ledger::Payment> = payments
        .iter()
        .filter(|p| p.received_on <= today)
        .map(|p| ledger::Payment {
            id: p.id.clone(),
            received: p.received_on,
            amount: p.amount,
            source: match p.source {
                PaymentSource::WageWithholding => ledger::PaymentSource::WageWithholding,
                PaymentSource::FederalTaxOffset => ledger::PaymentSource::TaxOffset,
                PaymentSource::StateTaxOffset => ledger::PaymentSource::StateTaxOffset,
                PaymentSource::Unemployment => ledger::PaymentSource::Unemployment,
                PaymentSource::Direct => ledger::PaymentSource::Direct,
            },
        })
        .collect();
    ledger::statement(&ledger_order, &ledger_payments, today)
        .map(Some)
        .map_err(|e| IpcError {
            reason: Some(e.code().to_owned()),
            ..IpcError::new(
                ErrorCode::AgencyError,
                format!("The app could not work out this order's account: {e}"),
            )
        })
}

/// The agency's order as the ledger's term.
pub(crate) fn ledger_term(order: &agency_api::Order) -> ledger::Term {
    let frequency = match order.frequency {
        agency_api::Frequency::Weekly => ledger::Frequency::Weekly,
        agency_api::Frequency::Biweekly => ledger::Frequency::Biweekly,
        agency_api::Frequency::Semimonthly => ledger::Frequency::Semimonthly,
        agency_api::Frequency::Monthly => ledger::Frequency::Monthly,
    };
    ledger::Term {
        amount: order.amount,
        frequency,
        start: order.start_date,
        end: order.end_date,
        arrears_payment: (order.arrears_payment > Decimal::ZERO).then_some(order.arrears_payment),
    }
}
