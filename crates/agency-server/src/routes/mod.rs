mod agency;
mod applications;
mod cases;
mod health;
mod me;
mod modifications;
mod payments;

use crate::{AppState, openapi};
use agency_api::{Problem, ProblemType, paths};
use axum::Router;
use axum::routing::get;

pub(crate) use agency::__path_get_agency;
pub(crate) use applications::{
    __path_create_application, __path_get_application, __path_list_applications,
};
pub(crate) use cases::{__path_get_case, __path_list_cases};
pub(crate) use health::__path_get_health;
pub(crate) use me::__path_get_me;
pub(crate) use modifications::{
    __path_create_modification_request, __path_get_modification_request,
    __path_list_modification_requests,
};
pub(crate) use payments::__path_list_payments;

pub(crate) fn router() -> Router<AppState> {
    Router::new()
        .route(paths::HEALTH, get(health::get_health))
        .route(paths::OPENAPI, get(openapi::serve))
        .route(paths::AGENCY, get(agency::get_agency))
        .route(paths::ME, get(me::get_me))
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
        .fallback(|| async {
            crate::problem::problem_response(Problem::new(ProblemType::NotFound, None))
        })
}
