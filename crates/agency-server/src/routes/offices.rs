//! The agency's local offices: public, like `/v1/agency`, which still
//! carries the same list for older clients.

use crate::{ApiError, AppState};
use agency_api::{Office, OfficeList};
use axum::Json;
use axum::extract::{Path, State};
use sqlx::any::AnyRow;
use sqlx::{AnyPool, Row};

/// The agency's local offices, by ID. Public.
#[utoipa::path(
    get,
    path = "/v1/offices",
    tag = "agency",
    responses(
        (status = 200, description = "Every office, by ID", body = OfficeList),
        (status = 503, description = "The database is not available", body = agency_api::Problem, content_type = "application/problem+json"),
    )
)]
pub(crate) async fn list_offices(
    State(state): State<AppState>,
) -> Result<Json<OfficeList>, ApiError> {
    Ok(Json(OfficeList {
        offices: all(state.db.pool()).await?,
    }))
}

/// One office: its address, phone and opening hours. Public.
#[utoipa::path(
    get,
    path = "/v1/offices/{id}",
    tag = "agency",
    params(("id" = String, Path, description = "The office ID, e.g. OFF-01")),
    responses(
        (status = 200, description = "The office", body = Office),
        (status = 404, description = "No such office", body = agency_api::Problem, content_type = "application/problem+json"),
        (status = 503, description = "The database is not available", body = agency_api::Problem, content_type = "application/problem+json"),
    )
)]
pub(crate) async fn get_office(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<Office>, ApiError> {
    office(state.db.pool(), &id)
        .await?
        .map(Json)
        .ok_or(ApiError::NotFound)
}

/// Every office, by ID.
pub(crate) async fn all(pool: &AnyPool) -> Result<Vec<Office>, sqlx::Error> {
    Ok(
        sqlx::query("SELECT id, name, address, phone, hours FROM offices ORDER BY id")
            .fetch_all(pool)
            .await?
            .iter()
            .map(office_of_row)
            .collect(),
    )
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
