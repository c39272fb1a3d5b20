use crate::Office;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// The caller's part in a case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, export_to = "agency/"))]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// The parent the children live with; receives support.
    Custodial,
    /// The parent who pays support.
    Noncustodial,
}

/// `GET /v1/cases`: the caller's cases.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct CaseList {
    pub cases: Vec<CaseSummary>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct CaseSummary {
    #[schema(example = "C-1001")]
    pub id: String,
    pub role: Role,
    /// ISO 3166-2 code of the state whose rules apply to the case.
    #[schema(example = "US-WI")]
    pub jurisdiction: String,
    pub opened_on: NaiveDate,
}

/// `GET /v1/cases/{id}`: one of the caller's cases in full.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, export_to = "agency/"))]
pub struct CaseDetail {
    pub id: String,
    pub role: Role,
    pub jurisdiction: String,
    pub opened_on: NaiveDate,
    /// The support order in force, if the court has entered one.
    pub order: Option<Order>,
    pub balances: Balances,
    /// The next payment due under the order, if any.
    pub next_due: Option<NextDue>,
    /// The office that manages the case.
    pub office: Option<Office>,
    /// The other parent(s) on the case. Contact details are absent where the
    /// agency withholds them (for example for safety reasons).
    pub other_parties: Vec<OtherParty>,
    pub children: Vec<Child>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, export_to = "agency/"))]
#[serde(rename_all = "snake_case")]
pub enum Frequency {
    Weekly,
    Biweekly,
    Semimonthly,
    Monthly,
}

/// The terms of a support order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, export_to = "agency/"))]
pub struct Order {
    /// Current support due each period.
    #[schema(value_type = String, example = "450.00")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub amount: Decimal,
    pub frequency: Frequency,
    pub start_date: NaiveDate,
    pub end_date: Option<NaiveDate>,
    /// Ordered each period towards arrears, on top of current support.
    #[schema(value_type = String, example = "50.00")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub arrears_payment: Decimal,
    /// The state rule that sets interest on arrears, by jurisdiction code.
    #[schema(example = "US-WI")]
    pub interest_rule: String,
}

/// What is owed on the case, as the agency's records show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, export_to = "agency/"))]
pub struct Balances {
    /// The day these figures describe.
    pub as_of: NaiveDate,
    /// Current support due this month and not yet paid.
    #[schema(value_type = String, example = "0.00")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub current_support_due: Decimal,
    /// Past-due support not yet paid, with the interest posted on it and not
    /// yet paid. Negative when the payer is in credit.
    #[schema(value_type = String, example = "537.00")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub arrears: Decimal,
    /// Of `arrears`, the interest: posted at each month's end on the
    /// arrears owed at the month's start, by the order's `interest_rule`.
    /// (Absent from an agency that does not report it: read as zero.)
    #[serde(default)]
    #[schema(value_type = String, example = "12.50", required = true)]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub interest: Decimal,
    /// All support paid on the case so far.
    #[schema(value_type = String, example = "13450.00")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub total_paid: Decimal,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, export_to = "agency/"))]
pub struct NextDue {
    pub date: NaiveDate,
    /// Current support plus the ordered arrears payment, if arrears remain.
    #[schema(value_type = String, example = "500.00")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub amount: Decimal,
}

/// Another parent on the case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, export_to = "agency/"))]
pub struct OtherParty {
    pub role: Role,
    pub given_name: String,
    pub family_name: String,
    /// Street address, one line per element; absent when withheld.
    pub address: Option<Vec<String>>,
    pub employer: Option<String>,
    pub phone: Option<String>,
}

/// A child on the case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, export_to = "agency/"))]
pub struct Child {
    pub given_name: String,
    pub birth_date: NaiveDate,
    /// Where the child lives, one line per element; absent when withheld.
    pub address: Option<Vec<String>>,
}
