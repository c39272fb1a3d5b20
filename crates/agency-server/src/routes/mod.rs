mod agency;
mod applications;
mod appointments;
mod cases;
mod changes;
mod contact;
mod documents;
mod health;
mod me;
pub(crate) mod messages;
mod modifications;
mod offices;
pub(crate) mod paying;
mod payments;
mod uploads;

use crate::{AppState, openapi};
use agency_api::{Problem, ProblemType, paths};
use axum::Router;
use axum::routing::{get, head, options, post};

pub(crate) use agency::__path_get_agency;
pub(crate) use applications::{
    __path_create_application, __path_get_application, __path_list_applications,
};
pub(crate) use appointments::{
    __path_book_appointment, __path_cancel_appointment, __path_get_appointment,
    __path_list_appointments, __path_list_slots,
};
pub(crate) use cases::{__path_get_case, __path_list_cases};
pub(crate) use changes::__path_get_changes;
pub(crate) use contact::{
    __path_create_contact_update, __path_get_contact_update, __path_list_contact_updates,
};
pub(crate) use documents::{__path_create_document, __path_get_document, __path_list_documents};
pub(crate) use health::__path_get_health;
pub(crate) use me::__path_get_me;
pub(crate) use messages::{
    __path_create_message, __path_create_thread, __path_get_thread, __path_list_threads,
    __path_mark_read,
};
pub(crate) use modifications::{
    __path_create_modification_request, __path_get_modification_request,
    __path_list_modification_requests,
};
pub(crate) use offices::{__path_get_office, __path_list_offices};
pub(crate) use paying::{__path_get_how_to_pay, __path_get_payment_options};
pub(crate) use payments::__path_list_payments;
pub(crate) use uploads::{
    __path_create_upload, __path_delete_upload, __path_head_upload, __path_options_uploads,
    __path_patch_upload,
};

pub(crate) fn router() -> Router<AppState> {
    // tus: the version check and `Tus-Resumable` on every answer.
    let uploads = Router::new()
        .route(
            paths::UPLOADS,
            options(uploads::options_uploads).post(uploads::create_upload),
        )
        .route(
            paths::UPLOAD,
            head(uploads::head_upload)
                .patch(uploads::patch_upload)
                .delete(uploads::delete_upload),
        )
        .route_layer(axum::middleware::from_fn(uploads::tus_protocol));
    Router::new()
        .merge(uploads)
        .route(paths::HEALTH, get(health::get_health))
        .route(paths::OPENAPI, get(openapi::serve))
        .route(paths::AGENCY, get(agency::get_agency))
        .route(paths::OFFICES, get(offices::list_offices))
        .route(paths::OFFICE, get(offices::get_office))
        .route(paths::ME, get(me::get_me))
        .route(paths::CHANGES, get(changes::get_changes))
        .route(
            paths::APPLICATIONS,
            get(applications::list_applications).post(applications::create_application),
        )
        .route(paths::APPLICATION, get(applications::get_application))
        .route(paths::CASES, get(cases::list_cases))
        .route(paths::CASE, get(cases::get_case))
        .route(paths::CASE_PAYMENTS, get(payments::list_payments))
        .route(
            paths::CASE_MODIFICATION_REQUESTS,
            get(modifications::list_modification_requests)
                .post(modifications::create_modification_request),
        )
        .route(
            paths::CASE_MODIFICATION_REQUEST,
            get(modifications::get_modification_request),
        )
        .route(
            paths::CASE_DOCUMENTS,
            get(documents::list_documents).post(documents::create_document),
        )
        .route(paths::CASE_DOCUMENT, get(documents::get_document))
        .route(
            paths::CASE_THREADS,
            get(messages::list_threads).post(messages::create_thread),
        )
        .route(paths::CASE_THREAD, get(messages::get_thread))
        .route(paths::CASE_THREAD_MESSAGES, post(messages::create_message))
        .route(paths::CASE_THREAD_READ, post(messages::mark_read))
        .route(
            paths::CASE_APPOINTMENTS,
            get(appointments::list_appointments).post(appointments::book_appointment),
        )
        .route(paths::CASE_APPOINTMENT, get(appointments::get_appointment))
        .route(
            paths::CASE_APPOINTMENT_CANCEL,
            post(appointments::cancel_appointment),
        )
        .route(paths::CASE_APPOINTMENT_SLOTS, get(appointments::list_slots))
        .route(paths::CASE_HOW_TO_PAY, get(paying::get_how_to_pay))
        .route(paths::PAYMENT_OPTIONS, get(paying::get_payment_options))
        .route(
            paths::CONTACT_UPDATES,
            get(contact::list_contact_updates).post(contact::create_contact_update),
        )
        .route(paths::CONTACT_UPDATE, get(contact::get_contact_update))
        .fallback(|| async {
            crate::problem::problem_response(Problem::new(ProblemType::NotFound, None))
        })
}
