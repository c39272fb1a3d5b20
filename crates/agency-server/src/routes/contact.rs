//! Contact and employer updates a parent reports. An update is its
//! parent's alone (404 for anyone else's), and every answer says who can
//! see the parent's details on each of their cases (`visibility`). What an
//! update says is never logged.

use crate::auth::Caller;
use crate::changes::{self, Scope};
use crate::idempotency::{self, Begun, Created, IdempotencyKey};
use crate::{ApiError, AppState, contact, counters, privacy, timeline};
use agency_api::{
    ChangeArea as Area, ContactUpdate, ContactUpdateList, ContactUpdateStatus, ContactVisibility,
    NewContactUpdate, paths,
};
use axum::Json;
use axum::extract::rejection::JsonRejection;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use sqlx::Row;
use sqlx::any::AnyRow;

/// Reports a change of address, phone, email or employer.
#[utoipa::path(
    post,
    path = "/v1/me/contact-updates",
    tag = "participant",
    security(("bearer" = [])),
    params(
        ("Idempotency-Key" = Option<String>, Header, description = "Makes the POST safe to retry: the same key and body get the first answer and create nothing new. A key is remembered for 24 hours after its first use, then it is a new key"),
    ),
    request_body = NewContactUpdate,
    responses(
        (status = 201, description = "Received, with who can see the caller's details on each case", body = ContactUpdate,
         headers(("Location" = String, description = "The new update"))),
        (status = 400, description = "A malformed body; the detail never repeats a value", body = agency_api::Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid access token", body = agency_api::Problem, content_type = "application/problem+json"),
        (status = 422, description = "Of type `/problems/bad-request`, the detail naming the field by its JSON path first: nothing to change (`address`), an address incomplete or with an unknown state or ZIP (`address.zip`, `employer.address.state`…), a phone that is not ten digits (`phone`, `employer.phone`), an email that is not one (`email`), a blank employer name, an employer start date before 1950 or more than 90 days ahead. Or the Idempotency-Key came with a different request (`/problems/idempotency-key-reused`)", body = agency_api::Problem, content_type = "application/problem+json"),
    )
)]
pub(crate) async fn create_contact_update(
    State(state): State<AppState>,
    caller: Caller,
    key: IdempotencyKey,
    body: Result<Json<NewContactUpdate>, JsonRejection>,
) -> Result<Response, ApiError> {
    // The rejection's words may quote the body: never send them back.
    let Json(new) = body.map_err(|_| {
        ApiError::BadRequest(
            "The body must be a JSON object with `address`, `phone`, `email` or `employer`, \
             each of the documented shape."
                .to_owned(),
        )
    })?;
    let now = chrono::Utc::now();
    let update = contact::check(&new, now.date_naive()).map_err(ApiError::from)?;
    let body = serde_json::to_string(&update).unwrap_or_default();
    let request = format!("POST {}\n{body}", paths::CONTACT_UPDATES);
    let visibility = privacy::contact_visibility(&state.db, &caller).await?;
    let mut run = match idempotency::begin(&state.db, &caller, &key, &request).await? {
        Begun::Replay(response) => return Ok(response),
        Begun::Run(run) => run,
    };
    let seq = counters::next(&mut run.tx, "contact_updates").await?;
    let id = format!("CU-{seq:06}");
    sqlx::query(
        "INSERT INTO contact_updates (id, seq, participant_id, body, status, submitted_at, \
         decided_at, note) VALUES ($1, $2, $3, $4, 'received', $5, NULL, NULL)",
    )
    .bind(&id)
    .bind(seq)
    .bind(&caller.participant_id)
    .bind(&body)
    .bind(timeline::timestamp(now))
    .execute(&mut *run.tx)
    .await?;
    let created = ContactUpdate {
        id: id.clone(),
        submitted_at: now,
        address: update.address,
        phone: update.phone,
        email: update.email,
        employer: update.employer,
        status: ContactUpdateStatus::Received,
        decided_at: None,
        note: None,
        visibility,
    };
    tracing::info!(update = %id, participant = %caller.participant_id, "contact update received");
    changes::stamp(
        &mut run.tx,
        Scope::Participant(&caller.participant_id),
        &[Area::Contact],
    )
    .await?;
    run.finish(Created {
        status: StatusCode::CREATED,
        location: Some(paths::contact_update(&id)),
        body: serde_json::to_string(&created).unwrap_or_default(),
    })
    .await
}

/// The caller's contact and employer updates, and who can see their
/// details on each of their cases.
#[utoipa::path(
    get,
    path = "/v1/me/contact-updates",
    tag = "participant",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The caller's updates, oldest first, and who can see their address, phone and employer on each case", body = ContactUpdateList),
        (status = 401, description = "No valid access token", body = agency_api::Problem, content_type = "application/problem+json"),
    )
)]
pub(crate) async fn list_contact_updates(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<Json<ContactUpdateList>, ApiError> {
    let visibility = privacy::contact_visibility(&state.db, &caller).await?;
    let rows = sqlx::query(&format!(
        "{SELECT_UPDATE} WHERE participant_id = $1 ORDER BY seq"
    ))
    .bind(&caller.participant_id)
    .fetch_all(state.db.pool())
    .await?;
    let updates = rows
        .iter()
        .map(|r| of_row(r, &visibility))
        .collect::<Result<_, _>>()?;
    Ok(Json(ContactUpdateList {
        updates,
        visibility,
    }))
}

/// One of the caller's contact and employer updates.
#[utoipa::path(
    get,
    path = "/v1/me/contact-updates/{id}",
    tag = "participant",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The update ID, e.g. CU-000001")),
    responses(
        (status = 200, description = "The update and its status", body = ContactUpdate),
        (status = 401, description = "No valid access token", body = agency_api::Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such update among the caller's", body = agency_api::Problem, content_type = "application/problem+json"),
    )
)]
pub(crate) async fn get_contact_update(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> Result<Json<ContactUpdate>, ApiError> {
    let row = sqlx::query(&format!(
        "{SELECT_UPDATE} WHERE id = $1 AND participant_id = $2"
    ))
    .bind(&id)
    .bind(&caller.participant_id)
    .fetch_optional(state.db.pool())
    .await?;
    let Some(row) = row else {
        return Err(ApiError::NotFound);
    };
    let visibility = privacy::contact_visibility(&state.db, &caller).await?;
    Ok(Json(of_row(&row, &visibility)?))
}

const SELECT_UPDATE: &str =
    "SELECT id, body, status, submitted_at, decided_at, note FROM contact_updates";

fn of_row(r: &AnyRow, visibility: &[ContactVisibility]) -> Result<ContactUpdate, sqlx::Error> {
    let body: NewContactUpdate = serde_json::from_str(&r.get::<String, _>("body"))
        .map_err(|e| sqlx::Error::Decode(Box::new(e)))?;
    Ok(ContactUpdate {
        id: r.get("id"),
        submitted_at: timeline::parse_timestamp(&r.get::<String, _>("submitted_at"))?,
        address: body.address,
        phone: body.phone,
        email: body.email,
        employer: body.employer,
        status: timeline::from_wire(&r.get::<String, _>("status"))?,
        decided_at: r
            .get::<Option<String>, _>("decided_at")
            .as_deref()
            .map(timeline::parse_timestamp)
            .transpose()?,
        note: r.get("note"),
        visibility: visibility.to_vec(),
    })
}
