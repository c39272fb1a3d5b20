//! The agency API contract.
//!
//! Everything that crosses the wire between the app and an agency is defined
//! here, once: the reference server serialises these types and the app's
//! backend deserialises them. The OpenAPI document (`openapi.json` beside this
//! crate's manifest) is generated from the reference server's code and checked
//! in; a test in `agency-server` fails when it is stale.
//!
//! Money is `rust_decimal::Decimal`, serialised as a string; dates are
//! calendar dates without a time zone.

mod agency;
mod applications;
mod cases;
mod documents;
mod health;
mod me;
mod modifications;
mod oauth;
mod payments;
mod problem;

pub use agency::{Agency, Office, OfficeList};
pub use applications::{
    Address, Applicant, Application, ApplicationChild, ApplicationList, ApplicationStatus,
    ExistingOrder, NewApplication, OtherParentInfo, Paternity, Safety, Service, Signature,
    StatusChange,
};
pub use cases::{
    Balances, CaseDetail, CaseList, CaseSummary, Child, Frequency, NextDue, Order, OtherParty, Role,
};
pub use documents::{
    Document, DocumentList, DocumentStatus, DocumentType, NewDocument, UploadPolicy, tus,
};
pub use health::{Health, HealthStatus};
pub use me::Me;
pub use modifications::{
    ModificationReason, ModificationRequest, ModificationRequestList, ModificationStatus,
    ModificationStatusChange, NewModificationRequest,
};
pub use oauth::{APP_CLIENT_ID, AuthorizationServerMetadata, OAuthError, TokenResponse};
pub use payments::{Distribution, Payment, PaymentPage, PaymentSource};
pub use problem::{PROBLEM_JSON, Problem, ProblemType};

/// The version of the contract this crate describes, as served in the
/// OpenAPI document's `info.version`.
pub const API_VERSION: &str = "1.0.0";

/// The request header that makes a POST safe to retry: a retry with the same
/// key and body gets the first answer and creates nothing new.
pub const IDEMPOTENCY_KEY: &str = "Idempotency-Key";

/// Paths of the contract, so that server and client cannot drift apart.
pub mod paths {
    pub const HEALTH: &str = "/health";
    pub const OPENAPI: &str = "/openapi.json";
    pub const AGENCY: &str = "/v1/agency";
    /// The agency's local offices (public).
    pub const OFFICES: &str = "/v1/offices";
    /// `/v1/offices/{id}`: one office (public).
    pub const OFFICE: &str = "/v1/offices/{id}";
    pub const OAUTH_METADATA: &str = "/.well-known/oauth-authorization-server";
    pub const OAUTH_AUTHORIZE: &str = "/oauth/authorize";
    pub const OAUTH_TOKEN: &str = "/oauth/token";
    pub const OAUTH_REVOKE: &str = "/oauth/revoke";
    pub const ME: &str = "/v1/me";
    pub const CASES: &str = "/v1/cases";
    pub const APPLICATIONS: &str = "/v1/applications";
    /// `/v1/applications/{id}`
    pub const APPLICATION: &str = "/v1/applications/{id}";
    /// `/v1/cases/{id}`
    pub const CASE: &str = "/v1/cases/{id}";
    /// `/v1/cases/{id}/payments`
    pub const CASE_PAYMENTS: &str = "/v1/cases/{id}/payments";
    /// `/v1/cases/{id}/modification-requests`
    pub const CASE_MODIFICATION_REQUESTS: &str = "/v1/cases/{id}/modification-requests";
    /// `/v1/cases/{id}/modification-requests/{request_id}`
    pub const CASE_MODIFICATION_REQUEST: &str = "/v1/cases/{id}/modification-requests/{request_id}";
    /// The tus 1.0 upload collection (OPTIONS, POST).
    pub const UPLOADS: &str = "/v1/uploads";
    /// `/v1/uploads/{id}`: one upload (HEAD, PATCH, DELETE).
    pub const UPLOAD: &str = "/v1/uploads/{id}";
    /// `/v1/cases/{id}/documents`
    pub const CASE_DOCUMENTS: &str = "/v1/cases/{id}/documents";
    /// `/v1/cases/{id}/documents/{document_id}`
    pub const CASE_DOCUMENT: &str = "/v1/cases/{id}/documents/{document_id}";

    /// The path of one office.
    pub fn office(id: &str) -> String {
        format!("/v1/offices/{id}")
    }

    /// The path of one case.
    pub fn case(id: &str) -> String {
        format!("/v1/cases/{id}")
    }

    /// The path of one application.
    pub fn application(id: &str) -> String {
        format!("/v1/applications/{id}")
    }

    /// The path of one case's payments.
    pub fn case_payments(id: &str) -> String {
        format!("/v1/cases/{id}/payments")
    }

    /// The path of one upload, as its `Location` gives it.
    pub fn upload(id: &str) -> String {
        format!("/v1/uploads/{id}")
    }

    /// The path of one case's documents.
    pub fn case_documents(id: &str) -> String {
        format!("/v1/cases/{id}/documents")
    }

    /// The path of one document of a case.
    pub fn case_document(case_id: &str, document_id: &str) -> String {
        format!("/v1/cases/{case_id}/documents/{document_id}")
    }

    /// The path of one case's modification requests.
    pub fn case_modification_requests(id: &str) -> String {
        format!("/v1/cases/{id}/modification-requests")
    }
}
