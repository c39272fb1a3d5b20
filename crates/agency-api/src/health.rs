use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// `GET /health`: whether the agency server can answer and reach its database.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Health {
    pub status: HealthStatus,
    /// The server's own version, for support staff.
    pub version: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum HealthStatus {
    /// The server answers and its database answers.
    Ok,
    /// The server answers but its database does not.
    Degraded,
}
