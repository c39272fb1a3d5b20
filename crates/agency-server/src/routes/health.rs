use crate::AppState;
use agency_api::{Health, HealthStatus};
use axum::Json;
use axum::extract::State;

/// Whether the server and its database answer.
#[utoipa::path(
    get,
    path = "/health",
    tag = "service",
    responses((status = 200, description = "The server answers", body = Health))
)]
pub(crate) async fn get_health(State(state): State<AppState>) -> Json<Health> {
    let status = if state.db.ping().await.is_ok() {
        HealthStatus::Ok
    } else {
        HealthStatus::Degraded
    };
    Json(Health {
        status,
        version: env!("CARGO_PKG_VERSION").to_owned(),
    })
}
