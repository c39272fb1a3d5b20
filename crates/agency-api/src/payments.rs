use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// Where a payment came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, export_to = "agency/"))]
#[serde(rename_all = "snake_case")]
pub enum PaymentSource {
    WageWithholding,
    FederalTaxOffset,
    StateTaxOffset,
    Unemployment,
    Direct,
}

impl PaymentSource {
    pub const ALL: [Self; 5] = [
        Self::WageWithholding,
        Self::FederalTaxOffset,
        Self::StateTaxOffset,
        Self::Unemployment,
        Self::Direct,
    ];

    /// The wire name, as serde writes it.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::WageWithholding => "wage_withholding",
            Self::FederalTaxOffset => "federal_tax_offset",
            Self::StateTaxOffset => "state_tax_offset",
            Self::Unemployment => "unemployment",
            Self::Direct => "direct",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.as_str() == s)
    }
}

/// How a payment was applied (45 CFR 302.51).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, export_to = "agency/"))]
pub struct Distribution {
    #[schema(value_type = String, example = "450.00")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub current_support: Decimal,
    #[schema(value_type = String, example = "50.00")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub arrears: Decimal,
    #[schema(value_type = String, example = "0.00")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub interest: Decimal,
    #[schema(value_type = String, example = "0.00")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub fees: Decimal,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, export_to = "agency/"))]
pub struct Payment {
    #[schema(example = "PAY-000001")]
    pub id: String,
    pub received_on: NaiveDate,
    #[schema(value_type = String, example = "500.00")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub amount: Decimal,
    pub source: PaymentSource,
    pub distribution: Distribution,
    /// When the agency paid it out to the custodial parent, if it has.
    pub disbursed_on: Option<NaiveDate>,
}

/// `GET /v1/cases/{id}/payments`: one page, in the order posted (the order
/// payments received on the same day are applied in).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct PaymentPage {
    pub payments: Vec<Payment>,
    /// Pass as `since` to get what follows this page (or, later, what is
    /// new). Opaque. Absent only when the case has no payments at all.
    pub next: Option<String>,
    /// Whether more payments follow right now.
    pub more: bool,
}
