mod agency;
mod health;

use crate::{AppState, openapi};
use agency_api::{Problem, ProblemType, paths};
use axum::Router;
use axum::routing::get;

pub(crate) use agency::__path_get_agency;
pub(crate) use health::__path_get_health;

pub(crate) fn router() -> Router<AppState> {
    Router::new()
        .route(paths::HEALTH, get(health::get_health))
        .route(paths::OPENAPI, get(openapi::serve))
        .route(paths::AGENCY, get(agency::get_agency))
        .fallback(|| async {
            crate::problem::problem_response(Problem::new(ProblemType::NotFound, None))
        })
}
