//! The reference agency server.
//!
//! It implements the agency API (`agency-api`) on a real database so that the
//! app can be run, demonstrated and tested end to end. `main.rs` is the
//! command line; everything else is a library so that tests can start the
//! router in-process or the binary over real HTTP alike.

mod applications;
pub mod auth;
mod case_store;
mod changes;
mod contact;
mod counters;
pub mod db;
pub mod demo;
mod distribution;
pub mod idempotency;
mod interest;
pub mod openapi;
pub mod operator;
mod payment_cache;
mod privacy;
mod problem;
mod received_cache;
pub(crate) mod routes;
mod schedule;
mod timeline;
pub mod uploads;

use axum::Router;
use db::Db;
use std::sync::Arc;

pub use changes::server_started;
pub use problem::ApiError;

/// Shared state of every request handler.
#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    /// Failed sign-ins, in memory (see `auth::rate_limit`).
    pub(crate) sign_ins: Arc<auth::rate_limit::SignInLimiter>,
    /// Where uploads live, their limit, and their locks.
    pub(crate) uploads: Arc<uploads::Uploads>,
    /// Rendered pages of payments (see `payment_cache`).
    pub(crate) payment_pages: Arc<payment_cache::PaymentCache>,
    /// Each case's received payments, for its balances (see `received_cache`).
    pub(crate) received: Arc<received_cache::ReceivedCache>,
}

impl AppState {
    /// The state with the default uploads: beside a SQLite file, or
    /// `./agency-uploads`, at most 25 MiB each.
    pub fn new(db: Db) -> Self {
        let config = uploads::UploadConfig::default_for(&db);
        Self::with_uploads(db, config)
    }

    pub fn with_uploads(db: Db, uploads: uploads::UploadConfig) -> Self {
        Self {
            db,
            sign_ins: Arc::default(),
            uploads: Arc::new(uploads::Uploads::new(uploads)),
            payment_pages: Arc::default(),
            received: Arc::default(),
        }
    }
}

/// The whole HTTP surface of the agency. Serve it with
/// `into_make_service_with_connect_info::<SocketAddr>()` so that sign-in
/// limits count failures per client address (without it, all clients share
/// one count).
pub fn router(state: AppState) -> Router {
    routes::router()
        .merge(auth::router())
        .with_state(state)
        .layer(tower_http::trace::TraceLayer::new_for_http())
}
