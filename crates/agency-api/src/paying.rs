//! How to pay: the ways the agency takes payments, and what to quote.

use crate::NextDue;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// Paying by mail to the state disbursement unit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, export_to = "agency/"))]
pub struct PayByMail {
    /// Who a check or money order is made out to.
    #[schema(example = "Wisconsin SCTF")]
    pub payable_to: String,
    /// The mailing address, one line per element.
    pub address: Vec<String>,
}

/// Paying online, on the agency's payment site (opened in the system
/// browser, never inside the app).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, export_to = "agency/"))]
pub struct PayOnline {
    #[schema(example = "Demo County ePay")]
    pub name: String,
    /// An `https` URL.
    #[schema(example = "https://pay.example.org/child-support")]
    pub url: String,
}

/// Paying by text message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, export_to = "agency/"))]
pub struct PayByText {
    /// The number to text.
    #[schema(example = "55501")]
    pub number: String,
    /// How, in plain words.
    pub instructions: String,
}

/// A place that takes cash payments.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, export_to = "agency/"))]
pub struct CashLocation {
    pub name: String,
    /// Street address, one line per element.
    pub address: Vec<String>,
    /// Opening hours in plain words.
    pub hours: String,
    /// What the place charges per payment, if anything.
    #[schema(value_type = Option<String>, example = "1.99")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub fee: Option<Decimal>,
}

/// `GET /v1/payment-options`: the ways the agency takes payments, as its
/// operator configured them. Public, like `/v1/agency`. A way the agency
/// does not offer is null (or, for cash, an empty list).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, export_to = "agency/"))]
pub struct PaymentOptions {
    pub mail: Option<PayByMail>,
    pub online: Option<PayOnline>,
    pub text: Option<PayByText>,
    pub cash: Vec<CashLocation>,
}

/// `GET /v1/cases/{id}/how-to-pay`: the payment options with what to
/// quote for this case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, export_to = "agency/"))]
pub struct HowToPay {
    /// The number to write on a check or give with any payment.
    #[schema(example = "C-1001")]
    pub case_number: String,
    /// Whether the caller is the parent who pays on this case (the
    /// noncustodial parent); the other parent receives.
    pub caller_pays: bool,
    /// The next payment due under the order, as on `GET /v1/cases/{id}`.
    pub next_due: Option<NextDue>,
    /// Past-due support not yet paid, as on `GET /v1/cases/{id}`.
    #[schema(value_type = String, example = "537.00")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub arrears: Decimal,
    pub options: PaymentOptions,
}
