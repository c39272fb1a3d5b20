use crate::auth::Caller;
use crate::idempotency::{self, Begun, Created, IdempotencyKey};
use crate::{ApiError, AppState, case_store, privacy};
use agency_api::{
    ModificationReason, ModificationRequest, ModificationRequestList, ModificationStatus,
    NewModificationRequest, paths,
};
use axum::Json;
use axum::extract::rejection::JsonRejection;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use sqlx::Row;
use sqlx::any::AnyRow;

/// Longest `details` accepted, in characters.
pub(crate) const MAX_DETAILS_CHARS: usize = 2000;

/// Asks the agency to review the order on one of the caller's cases.
#[utoipa::path(
    post,
    path = "/v1/cases/{id}/modification-requests",
    tag = "cases",
    security(("bearer" = [])),
    params(
        ("id" = String, Path, description = "The case ID, e.g. C-1001"),
        ("Idempotency-Key" = Option<String>, Header, description = "Makes the POST safe to retry: the same key and body get the first answer and create nothing new"),
    ),
    request_body = NewModificationRequest,
    responses(
        (status = 201, description = "Received", body = ModificationRequest,
         headers(("Location" = String, description = "The new request"))),
        (status = 400, description = "A malformed body", body = agency_api::Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid access token", body = agency_api::Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such case among the caller's", body = agency_api::Problem, content_type = "application/problem+json"),
        (status = 422, description = "The Idempotency-Key came with a different request", body = agency_api::Problem, content_type = "application/problem+json"),
    )
)]
pub(crate) async fn create_modification_request(
    State(state): State<AppState>,
    caller: Caller,
    key: IdempotencyKey,
    Path(id): Path<String>,
    body: Result<Json<NewModificationRequest>, JsonRejection>,
) -> Result<Response, ApiError> {
    let access = privacy::case_for(&state.db, &caller, &id).await?;
    let Json(new) = body.map_err(|e| ApiError::BadRequest(e.body_text()))?;
    let details = new.details.trim();
    if details.is_empty() || details.chars().count() > MAX_DETAILS_CHARS {
        return Err(ApiError::BadRequest(format!(
            "`details` must say what changed, in 1 to {MAX_DETAILS_CHARS} characters."
        )));
    }
    let collection = paths::case_modification_requests(&access.case_id);
    // The typed body re-serialised: the same request whatever its spacing.
    let request = format!(
        "POST {collection}\n{}",
        serde_json::to_string(&new).unwrap_or_default()
    );
    let mut run = match idempotency::begin(&state.db, &caller, &key, &request).await? {
        Begun::Replay(response) => return Ok(response),
        Begun::Run(run) => run,
    };

    let mut bytes = [0_u8; 6];
    getrandom::fill(&mut bytes).expect("the operating system provides random bytes");
    let request_id = format!(
        "MR-{}",
        bytes.iter().map(|b| format!("{b:02x}")).collect::<String>()
    );
    let created = ModificationRequest {
        id: request_id.clone(),
        case_id: access.case_id.clone(),
        reason: new.reason,
        details: details.to_owned(),
        status: ModificationStatus::Received,
        submitted_on: chrono::Utc::now().date_naive(),
    };
    sqlx::query(
        "INSERT INTO modification_requests (id, case_id, participant_id, reason, details, status, submitted_on, created_at) \
         VALUES ($1, $2, $3, $4, $5, 'received', $6, $7)",
    )
    .bind(&created.id)
    .bind(&created.case_id)
    .bind(access.filer())
    .bind(reason_name(created.reason))
    .bind(&created.details)
    .bind(created.submitted_on.to_string())
    .bind(chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Nanos, true))
    .execute(&mut *run.tx)
    .await?;
    tracing::info!(request = %request_id, case = %created.case_id, "modification request received");
    let body = serde_json::to_string(&created).unwrap_or_default();
    run.finish(Created {
        status: StatusCode::CREATED,
        location: Some(format!("{collection}/{request_id}")),
        body,
    })
    .await
}

/// The caller's own modification requests on one of their cases.
#[utoipa::path(
    get,
    path = "/v1/cases/{id}/modification-requests",
    tag = "cases",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The case ID, e.g. C-1001")),
    responses(
        (status = 200, description = "The caller's requests, oldest first", body = ModificationRequestList),
        (status = 401, description = "No valid access token", body = agency_api::Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such case among the caller's", body = agency_api::Problem, content_type = "application/problem+json"),
    )
)]
pub(crate) async fn list_modification_requests(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> Result<Json<ModificationRequestList>, ApiError> {
    let access = privacy::case_for(&state.db, &caller, &id).await?;
    let rows = sqlx::query(
        "SELECT id, case_id, reason, details, status, submitted_on FROM modification_requests \
         WHERE case_id = $1 AND participant_id = $2 ORDER BY created_at, id",
    )
    .bind(&access.case_id)
    .bind(access.filer())
    .fetch_all(state.db.pool())
    .await?;
    let requests = rows.iter().map(of_row).collect::<Result<_, _>>()?;
    Ok(Json(ModificationRequestList { requests }))
}

/// One of the caller's modification requests, with its status.
#[utoipa::path(
    get,
    path = "/v1/cases/{id}/modification-requests/{request_id}",
    tag = "cases",
    security(("bearer" = [])),
    params(
        ("id" = String, Path, description = "The case ID, e.g. C-1001"),
        ("request_id" = String, Path, description = "The request ID, e.g. MR-3f9a2c7b1e04"),
    ),
    responses(
        (status = 200, description = "The request", body = ModificationRequest),
        (status = 401, description = "No valid access token", body = agency_api::Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such request among the caller's", body = agency_api::Problem, content_type = "application/problem+json"),
    )
)]
pub(crate) async fn get_modification_request(
    State(state): State<AppState>,
    caller: Caller,
    Path((id, request_id)): Path<(String, String)>,
) -> Result<Json<ModificationRequest>, ApiError> {
    let access = privacy::case_for(&state.db, &caller, &id).await?;
    let row = sqlx::query(
        "SELECT id, case_id, reason, details, status, submitted_on FROM modification_requests \
         WHERE id = $1 AND case_id = $2 AND participant_id = $3",
    )
    .bind(&request_id)
    .bind(&access.case_id)
    .bind(access.filer())
    .fetch_optional(state.db.pool())
    .await?
    .ok_or(ApiError::NotFound)?;
    Ok(Json(of_row(&row)?))
}

fn of_row(r: &AnyRow) -> Result<ModificationRequest, sqlx::Error> {
    let reason: String = r.get("reason");
    let status: String = r.get("status");
    Ok(ModificationRequest {
        id: r.get("id"),
        case_id: r.get("case_id"),
        reason: serde_json::from_value(serde_json::Value::String(reason))
            .unwrap_or(ModificationReason::Other),
        details: r.get("details"),
        status: serde_json::from_value(serde_json::Value::String(status))
            .unwrap_or(ModificationStatus::Received),
        submitted_on: case_store::date(&r.get::<String, _>("submitted_on"))?,
    })
}

fn reason_name(reason: ModificationReason) -> String {
    serde_json::to_value(reason)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_else(|| "other".to_owned())
}
