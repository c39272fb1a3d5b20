use crate::{ApiError, AppState};
use agency_api::{Agency, Office};
use axum::Json;
use axum::extract::State;
use sqlx::any::AnyRow;
use sqlx::{AnyPool, Row};

/// Who the agency is, and its local offices. Public.
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
    let offices = sqlx::query("SELECT id, name, address, phone, hours FROM offices ORDER BY id")
        .fetch_all(pool)
        .await?
        .iter()
        .map(office_of_row)
        .collect();
    Ok(Json(Agency {
        name: row.get("name"),
        jurisdiction: row.get("jurisdiction"),
        phone: row.get("phone"),
        offices,
        uploads: state.uploads.policy(),
    }))
}

/// One office by ID.
pub(crate) async fn office(pool: &AnyPool, id: &str) -> Result<Option<Office>, sqlx::Error> {
    let row = sqlx::query("SELECT id, name, address, phone, hours FROM offices WHERE id = $1")
        .bind(id)
        .fetch_optional(pool)
        .await?;
    Ok(row.as_ref().map(office_of_row))
}

fn office_of_row(r: &AnyRow) -> Office {
    Office {
        id: r.get("id"),
        name: r.get("name"),
        address: r
            .get::<String, _>("address")
            .lines()
            .map(str::to_owned)
            .collect(),
        phone: r.get("phone"),
        hours: r.get("hours"),
    }
}
