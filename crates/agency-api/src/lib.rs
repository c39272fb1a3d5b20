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
mod health;
mod problem;

pub use agency::{Agency, Office};
pub use health::{Health, HealthStatus};
pub use problem::{PROBLEM_JSON, Problem, ProblemType};

/// The version of the contract this crate describes, as served in the
/// OpenAPI document's `info.version`.
pub const API_VERSION: &str = "1.0.0";

/// Paths of the contract, so that server and client cannot drift apart.
pub mod paths {
    pub const HEALTH: &str = "/health";
    pub const OPENAPI: &str = "/openapi.json";
    pub const AGENCY: &str = "/v1/agency";
}
