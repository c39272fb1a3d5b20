use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// Why a parent asks to change the order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, export_to = "agency/"))]
#[serde(rename_all = "snake_case")]
pub enum ModificationReason {
    IncomeChange,
    JobLoss,
    CustodyChange,
    Incarceration,
    Disability,
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
}

/// `GET /v1/cases/{id}/modification-requests`: the caller's own requests on
/// the case, oldest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ModificationRequestList {
    pub requests: Vec<ModificationRequest>,
}
