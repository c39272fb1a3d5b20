use crate::auth::Caller;
use crate::{ApiError, AppState};
use agency_api::Me;
use axum::Json;
use axum::extract::State;

/// The signed-in participant.
#[utoipa::path(
    get,
    path = "/v1/me",
    tag = "participant",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The participant", body = Me),
        (status = 401, description = "No valid access token", body = agency_api::Problem, content_type = "application/problem+json"),
    )
)]
pub(crate) async fn get_me(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<Json<Me>, ApiError> {
    let row: Option<(String, String, String, String)> =
        sqlx::query_as("SELECT id, given_name, family_name, email FROM participants WHERE id = $1")
            .bind(&caller.participant_id)
            .fetch_optional(state.db.pool())
            .await?;
    let (id, given_name, family_name, email) = row.ok_or(ApiError::NotFound)?;
    Ok(Json(Me {
        id,
        given_name,
        family_name,
        email,
    }))
}
