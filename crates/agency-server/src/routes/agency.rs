use super::offices;
use crate::{ApiError, AppState};
use agency_api::Agency;
use axum::Json;
use axum::extract::State;
use sqlx::Row;

/// Who the agency is, and its local offices (also at `/v1/offices`, their
/// own resource). Public.
#[utoipa::path(
    get,
    path = "/v1/agency",
    tag = "agency",
    responses(
        (status = 200, description = "The agency", body = Agency),
        (status = 503, description = "The database is not available", body = agency_api::Problem, content_type = "application/problem+json"),
    )
)]
pub(crate) async fn get_agency(State(state): State<AppState>) -> Result<Json<Agency>, ApiError> {
    let pool = state.db.pool();
    let row = sqlx::query("SELECT name, jurisdiction, phone FROM agency WHERE id = 1")
        .fetch_one(pool)
        .await?;
    Ok(Json(Agency {
        name: row.get("name"),
        jurisdiction: row.get("jurisdiction"),
        phone: row.get("phone"),
        offices: offices::all(pool).await?,
        uploads: state.uploads.policy(),
    }))
}
