use crate::UploadPolicy;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// `GET /v1/agency`: who the agency is. Public: the app shows it before
/// anyone signs in ("Connected to ...").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Agency {
    /// The agency's name as parents know it.
    #[schema(example = "Demo County Child Support Services")]
    pub name: String,
    /// ISO 3166-2 code of the state whose guidelines and rules apply.
    #[schema(example = "US-WI")]
    pub jurisdiction: String,
    /// The customer service phone number, as printed.
    #[schema(example = "1-800-555-0142")]
    pub phone: String,
    /// Local offices where parents can go in person: the same list as
    /// `GET /v1/offices`, which is the offices' own resource. Kept here for
    /// clients written before it; new clients should read `/v1/offices`.
    pub offices: Vec<Office>,
    /// What the agency takes as document uploads.
    pub uploads: UploadPolicy,
}

/// `GET /v1/offices`: the agency's local offices. Public, like
/// `/v1/agency`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct OfficeList {
    /// Every office, by ID.
    pub offices: Vec<Office>,
}

/// A local child support office (`GET /v1/offices/{id}`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, export_to = "agency/"))]
pub struct Office {
    #[schema(example = "OFF-01")]
    pub id: String,
    pub name: String,
    /// Street address, one line per element.
    pub address: Vec<String>,
    pub phone: String,
    /// Opening hours in plain words.
    pub hours: String,
}
