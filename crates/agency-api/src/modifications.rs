use chrono::{DateTime, NaiveDate, Utc};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// Why a parent asks to change the order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, export_to = "agency/"))]
#[serde(rename_all = "snake_case")]
pub enum ModificationReason {
    IncomeChange,
    JobLoss,
    /// Parenting time (custody or overnights) changed.
    CustodyChange,
    Incarceration,
    Disability,
    /// A child's needs changed (health, child care, school).
    ChildNeeds,
    Other,
}

/// `POST /v1/cases/{id}/modification-requests`: a request to review the order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, export_to = "agency/"))]
#[serde(deny_unknown_fields)]
pub struct NewModificationRequest {
    pub reason: ModificationReason,
    /// What changed, in the parent's words (at most 2,000 characters).
    pub details: String,
    /// The parent's own estimate of the new amount under the state's
    /// guideline, per month, when they made one with the app's calculator.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<String>, example = "412.50")]
    #[cfg_attr(feature = "ts", ts(type = "string | null", optional))]
    pub estimated_monthly: Option<Decimal>,
    /// Documents that support the request (pay stubs, a termination
    /// letter…): IDs of the caller's documents on the same case, sent first
    /// with `POST /v1/cases/{id}/documents`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schema(example = json!(["DOC-000001"]))]
    #[cfg_attr(feature = "ts", ts(type = "Array<string>", optional = nullable))]
    pub documents: Vec<String>,
}

/// Where a modification request stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, export_to = "agency/"))]
#[serde(rename_all = "snake_case")]
pub enum ModificationStatus {
    Received,
    UnderReview,
    Granted,
    Denied,
    Withdrawn,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, export_to = "agency/"))]
pub struct ModificationRequest {
    #[schema(example = "MR-000001")]
    pub id: String,
    pub case_id: String,
    pub reason: ModificationReason,
    pub details: String,
    pub status: ModificationStatus,
    pub submitted_on: NaiveDate,
    /// The parent's estimate sent with the request, per month.
    #[schema(value_type = Option<String>, example = "412.50")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub estimated_monthly: Option<Decimal>,
    /// The documents sent with the request.
    #[serde(default)]
    pub documents: Vec<String>,
    /// Oldest first; the last entry is the current status.
    pub timeline: Vec<ModificationStatusChange>,
}

/// One step in the life of a modification request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, export_to = "agency/"))]
pub struct ModificationStatusChange {
    pub status: ModificationStatus,
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub at: DateTime<Utc>,
    /// What the agency says about it, in words for the parent.
    pub note: Option<String>,
}

/// `GET /v1/cases/{id}/modification-requests`: the caller's own requests on
/// the case, oldest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ModificationRequestList {
    pub requests: Vec<ModificationRequest>,
}
