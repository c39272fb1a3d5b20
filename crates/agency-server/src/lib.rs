//! The reference agency server.
//!
//! It implements the agency API (`agency-api`) on a real database so that the
//! app can be run, demonstrated and tested end to end. `main.rs` is the
//! command line; everything else is a library so that tests can start the
//! router in-process or the binary over real HTTP alike.

pub mod db;
pub mod demo;
pub mod openapi;
mod problem;
mod routes;

use axum::Router;
use db::Db;

pub use problem::ApiError;

/// Shared state of every request handler.
#[derive(Clone)]
pub struct AppState {
    pub db: Db,
}

/// The whole HTTP surface of the agency.
pub fn router(state: AppState) -> Router {
    routes::router()
        .with_state(state)
        .layer(tower_http::trace::TraceLayer::new_for_http())
}
