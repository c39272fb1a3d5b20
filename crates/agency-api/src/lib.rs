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
mod appointments;
mod cases;
mod changes;
mod contact;
mod documents;
mod health;
mod me;
mod messages;
mod modifications;
mod oauth;
mod paying;
mod payments;
mod problem;

pub use agency::{Agency, Office, OfficeList};
pub use applications::{
    Address, Applicant, Application, ApplicationChild, ApplicationList, ApplicationStatus,
    ExistingOrder, NewApplication, OtherParentInfo, Paternity, Safety, Service, Signature,
    StatusChange,
};
pub use appointments::{
    Appointment, AppointmentKind, AppointmentList, AppointmentStatus, NewAppointment, Place,
    PlaceKind, Slot, SlotList,
};
pub use cases::{
    Balances, CaseDetail, CaseList, CaseSummary, Child, Frequency, NextDue, Order, OtherParty, Role,
};
pub use changes::{Change, ChangeArea, Changes};
pub use contact::{
    ContactUpdate, ContactUpdateList, ContactUpdateStatus, ContactVisibility, Employer,
    NewContactUpdate,
};
pub use documents::{
    Document, DocumentList, DocumentStatus, DocumentType, NewDocument, UploadPolicy, tus,
};
pub use health::{Health, HealthStatus};
pub use me::Me;
pub use messages::{
    MAX_MESSAGE_CHARS, MAX_MESSAGE_DOCUMENTS, MAX_SUBJECT_CHARS, MarkRead, Message, MessageSender,
    NewMessage, NewThread, Thread, ThreadDetail, ThreadList,
};
pub use modifications::{
    ModificationReason, ModificationRequest, ModificationRequestList, ModificationStatus,
    ModificationStatusChange, NewModificationRequest,
};
pub use oauth::{APP_CLIENT_ID, AuthorizationServerMetadata, OAuthError, TokenResponse};
pub use paying::{CashLocation, HowToPay, PayByMail, PayByText, PayOnline, PaymentOptions};
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
    /// What changed for the caller since a cursor.
    pub const CHANGES: &str = "/v1/me/changes";
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
    /// `/v1/cases/{id}/threads`: the caller's message threads on a case.
    pub const CASE_THREADS: &str = "/v1/cases/{id}/threads";
    /// `/v1/cases/{id}/threads/{thread_id}`
    pub const CASE_THREAD: &str = "/v1/cases/{id}/threads/{thread_id}";
    /// `/v1/cases/{id}/threads/{thread_id}/messages`: a reply (POST).
    pub const CASE_THREAD_MESSAGES: &str = "/v1/cases/{id}/threads/{thread_id}/messages";
    /// `/v1/cases/{id}/threads/{thread_id}/read`: mark read (POST).
    pub const CASE_THREAD_READ: &str = "/v1/cases/{id}/threads/{thread_id}/read";
    /// `/v1/cases/{id}/appointments`
    pub const CASE_APPOINTMENTS: &str = "/v1/cases/{id}/appointments";
    /// `/v1/cases/{id}/appointments/{appointment_id}`
    pub const CASE_APPOINTMENT: &str = "/v1/cases/{id}/appointments/{appointment_id}";
    /// `/v1/cases/{id}/appointments/{appointment_id}/cancel` (POST).
    pub const CASE_APPOINTMENT_CANCEL: &str = "/v1/cases/{id}/appointments/{appointment_id}/cancel";
    /// `/v1/cases/{id}/appointment-slots`: open slots to book.
    pub const CASE_APPOINTMENT_SLOTS: &str = "/v1/cases/{id}/appointment-slots";
    /// `/v1/cases/{id}/how-to-pay`
    pub const CASE_HOW_TO_PAY: &str = "/v1/cases/{id}/how-to-pay";
    /// The agency's payment options (public).
    pub const PAYMENT_OPTIONS: &str = "/v1/payment-options";
    /// The caller's contact and employer updates.
    pub const CONTACT_UPDATES: &str = "/v1/me/contact-updates";
    /// `/v1/me/contact-updates/{id}`
    pub const CONTACT_UPDATE: &str = "/v1/me/contact-updates/{id}";

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

    /// The path of one case's message threads.
    pub fn case_threads(id: &str) -> String {
        format!("/v1/cases/{id}/threads")
    }

    /// The path of one message thread.
    pub fn case_thread(case_id: &str, thread_id: &str) -> String {
        format!("/v1/cases/{case_id}/threads/{thread_id}")
    }

    /// The path of a reply to a thread.
    pub fn case_thread_messages(case_id: &str, thread_id: &str) -> String {
        format!("/v1/cases/{case_id}/threads/{thread_id}/messages")
    }

    /// The path that marks a thread read.
    pub fn case_thread_read(case_id: &str, thread_id: &str) -> String {
        format!("/v1/cases/{case_id}/threads/{thread_id}/read")
    }

    /// The path of one case's appointments.
    pub fn case_appointments(id: &str) -> String {
        format!("/v1/cases/{id}/appointments")
    }

    /// The path of one appointment.
    pub fn case_appointment(case_id: &str, appointment_id: &str) -> String {
        format!("/v1/cases/{case_id}/appointments/{appointment_id}")
    }

    /// The path that cancels an appointment.
    pub fn case_appointment_cancel(case_id: &str, appointment_id: &str) -> String {
        format!("/v1/cases/{case_id}/appointments/{appointment_id}/cancel")
    }

    /// The path of the open slots, for one case.
    pub fn case_appointment_slots(id: &str) -> String {
        format!("/v1/cases/{id}/appointment-slots")
    }

    /// The path of how to pay on one case.
    pub fn case_how_to_pay(id: &str) -> String {
        format!("/v1/cases/{id}/how-to-pay")
    }

    /// The path of one contact update.
    pub fn contact_update(id: &str) -> String {
        format!("/v1/me/contact-updates/{id}")
    }

    /// The path of one case's modification requests.
    pub fn case_modification_requests(id: &str) -> String {
        format!("/v1/cases/{id}/modification-requests")
    }
}
