//! How to pay: the payment options the operator configured (public, like
//! `/v1/agency`), and for a case what to quote with a payment.

use super::cases::what_is_owed;
use crate::auth::Caller;
use crate::case_store::cents;
use crate::{ApiError, AppState, privacy};
use agency_api::{CashLocation, HowToPay, PayByMail, PayByText, PayOnline, PaymentOptions, Role};
use axum::Json;
use axum::extract::{Path, State};
use sqlx::{AnyPool, Row};

/// The ways the agency takes payments. Public.
#[utoipa::path(
    get,
    path = "/v1/payment-options",
    tag = "agency",
    responses(
        (status = 200, description = "The payment options; a way the agency does not offer is null (cash: an empty list)", body = PaymentOptions),
        (status = 503, description = "The database is not available", body = agency_api::Problem, content_type = "application/problem+json"),
    )
)]
pub(crate) async fn get_payment_options(
    State(state): State<AppState>,
) -> Result<Json<PaymentOptions>, ApiError> {
    Ok(Json(options(state.db.pool()).await?))
}

/// How to pay on one of the caller's cases: the options, the case number to
/// quote, and what is due next.
#[utoipa::path(
    get,
    path = "/v1/cases/{id}/how-to-pay",
    tag = "cases",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The case ID, e.g. C-1001")),
    responses(
        (status = 200, description = "How to pay, and what to quote", body = HowToPay),
        (status = 401, description = "No valid access token", body = agency_api::Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such case among the caller's", body = agency_api::Problem, content_type = "application/problem+json"),
    )
)]
pub(crate) async fn get_how_to_pay(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> Result<Json<HowToPay>, ApiError> {
    let access = privacy::case_for(&state.db, &caller, &id).await?;
    let pool = state.db.pool();
    let (_, balances, next_due) = what_is_owed(&state, &access.case_id).await?;
    Ok(Json(HowToPay {
        case_number: access.case_id.clone(),
        caller_pays: access.role == Role::Noncustodial,
        next_due,
        arrears: balances.arrears,
        options: options(pool).await?,
    }))
}

/// The configured options. A blank value is a way not offered.
pub(crate) async fn options(pool: &AnyPool) -> Result<PaymentOptions, sqlx::Error> {
    let row = sqlx::query(
        "SELECT mail_payable_to, mail_address, online_name, online_url, text_number, \
         text_instructions FROM payment_options WHERE id = 1",
    )
    .fetch_optional(pool)
    .await?;
    let text = |name: &str| -> String {
        row.as_ref()
            .map(|r| r.get::<String, _>(name).trim().to_owned())
            .unwrap_or_default()
    };
    let (payable_to, mail_address) = (text("mail_payable_to"), lines(&text("mail_address")));
    let (online_name, online_url) = (text("online_name"), text("online_url"));
    let (text_number, text_instructions) = (text("text_number"), text("text_instructions"));
    let cash = sqlx::query(
        "SELECT name, address, hours, fee_cents FROM cash_locations ORDER BY position, id",
    )
    .fetch_all(pool)
    .await?
    .iter()
    .map(|r| CashLocation {
        name: r.get("name"),
        address: lines(&r.get::<String, _>("address")),
        hours: r.get("hours"),
        fee: r.get::<Option<i64>, _>("fee_cents").map(cents),
    })
    .collect();
    Ok(PaymentOptions {
        mail: (!payable_to.is_empty() && !mail_address.is_empty()).then_some(PayByMail {
            payable_to,
            address: mail_address,
        }),
        online: (!online_url.is_empty()).then_some(PayOnline {
            name: online_name,
            url: online_url,
        }),
        text: (!text_number.is_empty()).then_some(PayByText {
            number: text_number,
            instructions: text_instructions,
        }),
        cash,
    })
}

fn lines(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}
