//! The OpenAPI document, generated from the handlers' annotations.

use axum::http::header;
use axum::response::IntoResponse;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Child Support Agency API",
        version = "1.0.0",
        description = "The API a child support (IV-D) agency offers to the Child Support Self-Service app. \
                       Errors are application/problem+json (RFC 9457), except the OAuth endpoints, which answer in OAuth's own error format (RFC 6749 §5.2). \
                       Money is a decimal string; dates are calendar dates. \
                       Sign-in is OAuth 2.0 for native apps (RFC 8252): authorization code with PKCE S256, loopback redirect; \
                       every /v1 endpoint but /v1/agency, /v1/offices, /v1/offices/{id}, /v1/payment-options and OPTIONS /v1/uploads needs a bearer access token. \
                       The POSTs under /v1 honour an Idempotency-Key header: a retry with the same key and request gets the first answer and creates nothing new. \
                       Keys are per participant and expire 24 hours after their first use; an expired key is a new key.",
        license(name = "Apache-2.0", identifier = "Apache-2.0"),
    ),
    paths(
        crate::routes::get_health,
        crate::routes::get_agency,
        crate::routes::list_offices,
        crate::routes::get_office,
        crate::auth::get_metadata,
        crate::auth::get_authorize,
        crate::auth::post_authorize,
        crate::auth::post_token,
        crate::auth::post_revoke,
        crate::routes::get_me,
        crate::routes::get_changes,
        crate::routes::list_applications,
        crate::routes::create_application,
        crate::routes::get_application,
        crate::routes::list_cases,
        crate::routes::get_case,
        crate::routes::list_payments,
        crate::routes::list_modification_requests,
        crate::routes::create_modification_request,
        crate::routes::get_modification_request,
        crate::routes::options_uploads,
        crate::routes::create_upload,
        crate::routes::head_upload,
        crate::routes::patch_upload,
        crate::routes::delete_upload,
        crate::routes::list_documents,
        crate::routes::create_document,
        crate::routes::get_document,
        crate::routes::list_threads,
        crate::routes::create_thread,
        crate::routes::get_thread,
        crate::routes::create_message,
        crate::routes::mark_read,
        crate::routes::list_appointments,
        crate::routes::book_appointment,
        crate::routes::get_appointment,
        crate::routes::cancel_appointment,
        crate::routes::list_slots,
        crate::routes::list_contact_updates,
        crate::routes::create_contact_update,
        crate::routes::get_contact_update,
        crate::routes::get_payment_options,
        crate::routes::get_how_to_pay,
    ),
    components(schemas(agency_api::Problem)),
    modifiers(&BearerScheme),
    tags(
        (name = "service", description = "Service health"),
        (name = "agency", description = "Who the agency is, its local offices and how to pay it"),
        (name = "auth", description = "Signing in (OAuth 2.0 with PKCE)"),
        (name = "participant", description = "The signed-in parent, the changes of contact details and employer they report, and what changed for them since they last asked"),
        (name = "applications", description = "Applications for child support services, and their status"),
        (name = "cases", description = "The parent's cases, orders and payments"),
        (name = "messages", description = "Secure messages between a parent and the agency about a case: threads, replies, unread counts"),
        (name = "appointments", description = "Appointments and court dates on a case: the caller's own, the open slots, booking and cancelling"),
        (name = "documents", description = "Documents for a case, uploaded with tus 1.0 (core, creation, termination, checksum) under /v1/uploads and then attached to the case"),
    )
)]
pub struct ApiDoc;

/// The `bearer` security scheme the `/v1` endpoints name (RFC 6750).
struct BearerScheme;

impl Modify for BearerScheme {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some(
                        "An opaque access token from /oauth/token, valid ten minutes",
                    ))
                    .build(),
            ),
        );
    }
}

/// The document as committed in `crates/agency-api/openapi.json`.
pub fn document() -> String {
    let mut doc = ApiDoc::openapi();
    doc.info.version = agency_api::API_VERSION.to_owned();
    let mut json = doc
        .to_pretty_json()
        .expect("the OpenAPI document serialises");
    json.push('\n');
    json
}

pub(crate) async fn serve() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "application/json")], document())
}
