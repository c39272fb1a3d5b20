//! Applications for child support services (45 CFR 303.2) and the status
//! timeline every submission carries.
//!
//! What the applicant does not know is `None` (or an empty list): the program
//! takes an application with "I don't know" anywhere about the other parent.

use chrono::{DateTime, NaiveDate, Utc};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// A postal address in the United States.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, export_to = "agency/"))]
#[serde(deny_unknown_fields)]
pub struct Address {
    pub line1: String,
    pub line2: Option<String>,
    pub city: String,
    /// USPS two-letter code.
    #[schema(example = "WI")]
    pub state: String,
    /// Five digits, or ZIP+4 as `12345-6789`.
    #[schema(example = "53703")]
    pub zip: String,
}

/// The parent who applies: the signed-in participant.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, export_to = "agency/"))]
#[serde(deny_unknown_fields)]
pub struct Applicant {
    pub given_name: String,
    pub family_name: String,
    pub date_of_birth: NaiveDate,
    /// `123-45-6789`. Optional on the application; the agency asks later.
    pub ssn: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub address: Address,
    pub receives_tanf: bool,
    pub receives_medicaid: bool,
}

/// Everything the applicant knows that helps locate the other parent.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, export_to = "agency/"))]
#[serde(deny_unknown_fields)]
pub struct OtherParentInfo {
    pub given_name: Option<String>,
    pub family_name: Option<String>,
    /// Other names they are known by.
    pub aliases: Vec<String>,
    pub date_of_birth: Option<NaiveDate>,
    pub ssn: Option<String>,
    pub last_known_address: Option<Address>,
    pub phone: Option<String>,
    pub employer: Option<String>,
    /// Height, build, tattoos, the car they drive: anything that helps.
    pub description: Option<String>,
}

/// Whether the law already names the child's father.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, export_to = "agency/"))]
#[serde(rename_all = "snake_case")]
pub enum Paternity {
    /// Married parents, an acknowledgment, or a court order.
    Established,
    NotEstablished,
    Unknown,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, export_to = "agency/"))]
#[serde(deny_unknown_fields)]
pub struct ApplicationChild {
    pub given_name: String,
    pub family_name: String,
    pub date_of_birth: NaiveDate,
    pub paternity: Paternity,
}

/// A support order a court has already entered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, export_to = "agency/"))]
#[serde(deny_unknown_fields)]
pub struct ExistingOrder {
    /// USPS two-letter code of the state whose court entered it.
    pub state: String,
    pub court: String,
    pub case_number: String,
}

/// The services of the IV-D program.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, ToSchema,
)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, export_to = "agency/"))]
#[serde(rename_all = "snake_case")]
pub enum Service {
    LocateParent,
    /// Including genetic testing.
    EstablishPaternity,
    EstablishOrder,
    MedicalSupport,
    EnforceOrder,
    ReviewAndModify,
    CollectArrears,
    EmploymentReferral,
    /// Referral to parenting-time or mediation help.
    ParentingTimeReferral,
}

/// Safety: the program must be able to protect a parent who fears harm.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, export_to = "agency/"))]
#[serde(deny_unknown_fields)]
pub struct Safety {
    /// The applicant or the children have been harmed or threatened by the
    /// other parent, or fear they would be.
    pub fears_harm: bool,
    /// Asks the agency to set the family-violence indicator on the case, so
    /// that nothing about the applicant's whereabouts is ever released.
    pub request_family_violence_flag: bool,
    /// The applicant takes part in the state's address confidentiality
    /// program; the agency uses the substitute address only.
    pub address_confidentiality: bool,
}

/// The applicant's electronic signature, as 45 CFR 303.2(a)(3) allows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, export_to = "agency/"))]
#[serde(deny_unknown_fields)]
pub struct Signature {
    /// The applicant's full name, typed.
    pub typed_name: String,
    /// The applicant confirmed the statements are true and consents to the
    /// agency using them to provide services.
    pub consent: bool,
}

/// `POST /v1/applications`: an application for services.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, export_to = "agency/"))]
#[serde(deny_unknown_fields)]
pub struct NewApplication {
    pub applicant: Applicant,
    pub other_parent: OtherParentInfo,
    /// At least one child.
    pub children: Vec<ApplicationChild>,
    pub existing_orders: Vec<ExistingOrder>,
    /// At least one service.
    pub services: Vec<Service>,
    pub safety: Safety,
    pub signature: Signature,
}

/// Where an application, or a modification request, stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, export_to = "agency/"))]
#[serde(rename_all = "snake_case")]
pub enum ApplicationStatus {
    Received,
    UnderReview,
    /// The agency needs something from the applicant; see the note.
    NeedsInformation,
    Accepted,
    Denied,
    Withdrawn,
}

/// One step in the life of a submission.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, export_to = "agency/"))]
pub struct StatusChange {
    pub status: ApplicationStatus,
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub at: DateTime<Utc>,
    /// What the agency says about it, in words for the applicant.
    pub note: Option<String>,
}

/// An application as the agency holds it. Sensitive numbers (SSNs) are never
/// sent back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, export_to = "agency/"))]
pub struct Application {
    #[schema(example = "AP-000001")]
    pub id: String,
    pub status: ApplicationStatus,
    pub submitted_on: NaiveDate,
    pub services: Vec<Service>,
    /// How many children the application names.
    pub children: u32,
    /// The application fee: at most $25, and nothing for applicants who
    /// receive TANF or Medicaid (45 CFR 302.33(c)).
    #[schema(value_type = String, example = "25.00")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub fee: Decimal,
    /// The case the agency opened for it, once accepted.
    pub case_id: Option<String>,
    /// Oldest first; the last entry is the current status.
    pub timeline: Vec<StatusChange>,
}

/// `GET /v1/applications`: the caller's own applications, oldest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ApplicationList {
    pub applications: Vec<Application>,
}
