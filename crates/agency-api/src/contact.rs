//! Changes of address, phone, email and employer that a parent reports,
//! and what the agency did with them.
//!
//! A parent must report these changes. The agency confirms (or rejects)
//! each update; once confirmed it is what the agency holds. Who sees the
//! new details is said plainly in `visibility`: on a case with the
//! family-violence indicator the other parent never sees the caller's
//! address, phone or employer. The caller's email is never shown to the
//! other parent.

use crate::Address;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// A new employer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, export_to = "agency/"))]
#[serde(deny_unknown_fields)]
pub struct Employer {
    #[schema(example = "Lakeview Hardware")]
    pub name: String,
    /// Where to send an income withholding order, if known.
    #[serde(default)]
    pub address: Option<Address>,
    #[serde(default)]
    #[schema(example = "608-555-0199")]
    pub phone: Option<String>,
    /// The first day of work.
    pub start_date: NaiveDate,
}

/// `POST /v1/me/contact-updates`: what changed. At least one field.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, export_to = "agency/"))]
#[serde(deny_unknown_fields)]
pub struct NewContactUpdate {
    /// The new home or mailing address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub address: Option<Address>,
    /// Ten digits; spaces, dashes, dots, parentheses and a leading `+1`
    /// or `1` are allowed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(example = "608-555-0188")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(example = "maria.lopez@example.net")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub employer: Option<Employer>,
}

/// Where the agency's handling of an update stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, export_to = "agency/"))]
#[serde(rename_all = "snake_case")]
pub enum ContactUpdateStatus {
    /// Received, not checked yet.
    Received,
    /// Final: the agency's records now say this.
    Confirmed,
    /// Final; `note` says why.
    Rejected,
}

/// Who may see the caller's address, phone and employer on one of their
/// cases.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, export_to = "agency/"))]
pub struct ContactVisibility {
    #[schema(example = "C-1002")]
    pub case_id: String,
    /// The case carries the family-violence indicator.
    pub family_violence: bool,
    /// Whether the other parent on the case can see them: never on a
    /// family-violence case. The agency always can.
    pub other_parent_can_see: bool,
}

/// A reported change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, export_to = "agency/"))]
pub struct ContactUpdate {
    #[schema(example = "CU-000001")]
    pub id: String,
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub submitted_at: DateTime<Utc>,
    pub address: Option<Address>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub employer: Option<Employer>,
    pub status: ContactUpdateStatus,
    /// When it was confirmed or rejected.
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub decided_at: Option<DateTime<Utc>>,
    /// What the agency says about it, e.g. why it was rejected.
    pub note: Option<String>,
    /// Who can see the caller's address, phone and employer, case by case.
    pub visibility: Vec<ContactVisibility>,
}

/// `GET /v1/me/contact-updates`: the caller's updates, oldest first, and
/// who can see their details on each of their cases (for the form, before
/// anything is sent).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, export_to = "agency/"))]
pub struct ContactUpdateList {
    pub updates: Vec<ContactUpdate>,
    pub visibility: Vec<ContactVisibility>,
}
