//! Appointments and court dates: the caller's own on a case, the open
//! slots the agency offers, booking and cancelling.
//!
//! An appointment is seen only by its parent: where and when a parent will
//! be is theirs alone (on a family-violence case it would say where to find
//! them). A slot is booked once: booking sets its appointment only where
//! none is set, in the booking's transaction. A hearing is the court's:
//! the parent cannot cancel it.

use crate::auth::Caller;
use crate::changes::{self, Scope};
use crate::idempotency::{self, Begun, Created, IdempotencyKey};
use crate::{ApiError, AppState, counters, privacy, timeline};
use agency_api::{
    Appointment, AppointmentKind, AppointmentList, AppointmentStatus, ChangeArea as Area,
    NewAppointment, Place, PlaceKind, Slot, SlotList, paths,
};
use axum::Json;
use axum::extract::rejection::JsonRejection;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use chrono::{DateTime, Utc};
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

/// The caller's appointments and court dates on one of their cases.
#[utoipa::path(
    get,
    path = "/v1/cases/{id}/appointments",
    tag = "appointments",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The case ID, e.g. C-1001")),
    responses(
        (status = 200, description = "The caller's appointments and hearings on the case that have not ended, booked or cancelled, soonest first", body = AppointmentList),
        (status = 401, description = "No valid access token", body = agency_api::Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such case among the caller's", body = agency_api::Problem, content_type = "application/problem+json"),
    )
)]
pub(crate) async fn list_appointments(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> Result<Json<AppointmentList>, ApiError> {
    let access = privacy::case_for(&state.db, &caller, &id).await?;
    let now = Utc::now();
    let rows = sqlx::query(&format!(
        "{SELECT_APPOINTMENT} WHERE a.case_id = $1 AND a.participant_id = $2 AND a.ends_at > $3 \
         ORDER BY a.starts_at, a.seq"
    ))
    .bind(&access.case_id)
    .bind(access.filer())
    .bind(now.timestamp())
    .fetch_all(state.db.pool())
    .await?;
    let appointments = rows
        .iter()
        .map(|r| appointment_of_row(r, now))
        .collect::<Result<_, _>>()?;
    Ok(Json(AppointmentList { appointments }))
}

/// One of the caller's appointments on one of their cases, past ones too.
#[utoipa::path(
    get,
    path = "/v1/cases/{id}/appointments/{appointment_id}",
    tag = "appointments",
    security(("bearer" = [])),
    params(
        ("id" = String, Path, description = "The case ID, e.g. C-1001"),
        ("appointment_id" = String, Path, description = "The appointment ID, e.g. APT-000001"),
    ),
    responses(
        (status = 200, description = "The appointment", body = Appointment),
        (status = 401, description = "No valid access token", body = agency_api::Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such appointment among the caller's on the case", body = agency_api::Problem, content_type = "application/problem+json"),
    )
)]
pub(crate) async fn get_appointment(
    State(state): State<AppState>,
    caller: Caller,
    Path((id, appointment_id)): Path<(String, String)>,
) -> Result<Json<Appointment>, ApiError> {
    let access = privacy::case_for(&state.db, &caller, &id).await?;
    let mut conn = state.db.pool().acquire().await?;
    one(&mut conn, &access, &appointment_id)
        .await?
        .map(Json)
        .ok_or(ApiError::NotFound)
}

/// The slots the agency offers that are open and have not started.
#[utoipa::path(
    get,
    path = "/v1/cases/{id}/appointment-slots",
    tag = "appointments",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The case ID, e.g. C-1001")),
    responses(
        (status = 200, description = "Open slots, soonest first", body = SlotList),
        (status = 401, description = "No valid access token", body = agency_api::Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such case among the caller's", body = agency_api::Problem, content_type = "application/problem+json"),
    )
)]
pub(crate) async fn list_slots(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> Result<Json<SlotList>, ApiError> {
    privacy::case_for(&state.db, &caller, &id).await?;
    let rows = sqlx::query(&format!(
        "{SELECT_SLOT} WHERE s.appointment_id IS NULL AND s.starts_at > $1 \
         ORDER BY s.starts_at, s.seq"
    ))
    .bind(Utc::now().timestamp())
    .fetch_all(state.db.pool())
    .await?;
    let slots = rows.iter().map(slot_of_row).collect::<Result<_, _>>()?;
    Ok(Json(SlotList { slots }))
}

/// Books an open slot for one of the caller's cases.
#[utoipa::path(
    post,
    path = "/v1/cases/{id}/appointments",
    tag = "appointments",
    security(("bearer" = [])),
    params(
        ("id" = String, Path, description = "The case ID, e.g. C-1001"),
        ("Idempotency-Key" = Option<String>, Header, description = "Makes the POST safe to retry: the same key and body get the first answer and create nothing new. A key is remembered for 24 hours after its first use, then it is a new key"),
    ),
    request_body = NewAppointment,
    responses(
        (status = 201, description = "Booked", body = Appointment,
         headers(("Location" = String, description = "The new appointment"))),
        (status = 400, description = "A malformed body", body = agency_api::Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid access token", body = agency_api::Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such case among the caller's", body = agency_api::Problem, content_type = "application/problem+json"),
        (status = 409, description = "The slot is booked already (by anyone, with another Idempotency-Key): choose another", body = agency_api::Problem, content_type = "application/problem+json"),
        (status = 422, description = "Of type `/problems/bad-request`: `slot_id` names no slot the agency offers, or one that has started. Or the Idempotency-Key came with a different request (`/problems/idempotency-key-reused`)", body = agency_api::Problem, content_type = "application/problem+json"),
    )
)]
pub(crate) async fn book_appointment(
    State(state): State<AppState>,
    caller: Caller,
    key: IdempotencyKey,
    Path(id): Path<String>,
    body: Result<Json<NewAppointment>, JsonRejection>,
) -> Result<Response, ApiError> {
    let access = privacy::case_for(&state.db, &caller, &id).await?;
    let Json(new) = body.map_err(|e| ApiError::BadRequest(e.body_text()))?;
    let collection = paths::case_appointments(&access.case_id);
    let request = format!(
        "POST {collection}\n{}",
        serde_json::to_string(&new).unwrap_or_default()
    );
    let mut run = match idempotency::begin(&state.db, &caller, &key, &request).await? {
        Begun::Replay(response) => return Ok(response),
        Begun::Run(run) => run,
    };
    let now = Utc::now();
    // Writing first: concurrent bookings queue here.
    let seq = counters::next(&mut run.tx, "appointments").await?;
    let appointment_id = format!("APT-{seq:06}");
    let claimed = sqlx::query(
        "UPDATE appointment_slots SET appointment_id = $1 \
         WHERE id = $2 AND appointment_id IS NULL AND starts_at > $3",
    )
    .bind(&appointment_id)
    .bind(&new.slot_id)
    .bind(now.timestamp())
    .execute(&mut *run.tx)
    .await?
    .rows_affected();
    let slot = sqlx::query(&format!("{SELECT_SLOT} WHERE s.id = $1"))
        .bind(&new.slot_id)
        .fetch_optional(&mut *run.tx)
        .await?;
    let invalid = |message: &str| ApiError::Invalid {
        field: "slot_id".to_owned(),
        message: message.to_owned(),
    };
    let Some(slot) = slot else {
        return Err(invalid("names no slot the agency offers"));
    };
    let starts_at: i64 = slot.get("starts_at");
    if claimed == 0 {
        return Err(if starts_at <= now.timestamp() {
            invalid("names a slot that has started: choose one still to come")
        } else {
            ApiError::Conflict(
                "The slot was booked already. Choose another from the open slots.".to_owned(),
            )
        });
    }
    let kind: String = slot.get("kind");
    let office_id: Option<String> = slot.get("office_id");
    sqlx::query(
        "INSERT INTO appointments (id, seq, case_id, participant_id, kind, starts_at, ends_at, \
         place_kind, office_id, place_name, place_address, place_room, what_to_bring, status, \
         slot_id, created_at, cancelled_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, NULL, NULL, NULL, $10, 'booked', $11, $12, NULL)",
    )
    .bind(&appointment_id)
    .bind(seq)
    .bind(&access.case_id)
    .bind(access.filer())
    .bind(&kind)
    .bind(starts_at)
    .bind(slot.get::<i64, _>("ends_at"))
    .bind(if office_id.is_some() { "office" } else { "phone" })
    .bind(&office_id)
    .bind(slot.get::<String, _>("what_to_bring"))
    .bind(&new.slot_id)
    .bind(timeline::timestamp(now))
    .execute(&mut *run.tx)
    .await?;
    let created = one(&mut run.tx, &access, &appointment_id)
        .await?
        .ok_or(ApiError::NotFound)?;
    tracing::info!(appointment = %appointment_id, slot = %new.slot_id, case = %access.case_id, "appointment booked");
    changes::stamp(
        &mut run.tx,
        Scope::CaseOf(&access.case_id, access.filer()),
        &[Area::Appointments],
    )
    .await?;
    run.finish(Created {
        status: StatusCode::CREATED,
        location: Some(paths::case_appointment(&access.case_id, &appointment_id)),
        body: serde_json::to_string(&created).unwrap_or_default(),
    })
    .await
}

/// Cancels one of the caller's booked appointments; its slot opens again.
#[utoipa::path(
    post,
    path = "/v1/cases/{id}/appointments/{appointment_id}/cancel",
    tag = "appointments",
    security(("bearer" = [])),
    params(
        ("id" = String, Path, description = "The case ID, e.g. C-1001"),
        ("appointment_id" = String, Path, description = "The appointment ID, e.g. APT-000001"),
        ("Idempotency-Key" = Option<String>, Header, description = "Makes the POST safe to retry: the same key gets the first answer. A key is remembered for 24 hours after its first use, then it is a new key"),
    ),
    responses(
        (status = 200, description = "Cancelled (also when it was cancelled already)", body = Appointment),
        (status = 400, description = "A malformed `Idempotency-Key`", body = agency_api::Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid access token", body = agency_api::Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such appointment among the caller's on the case", body = agency_api::Problem, content_type = "application/problem+json"),
        (status = 409, description = "Of type `/problems/not-cancellable`: a court hearing (only the court can change it; the detail says to call the agency), or an appointment that has started", body = agency_api::Problem, content_type = "application/problem+json"),
        (status = 422, description = "The Idempotency-Key came with a different request (`/problems/idempotency-key-reused`)", body = agency_api::Problem, content_type = "application/problem+json"),
    )
)]
pub(crate) async fn cancel_appointment(
    State(state): State<AppState>,
    caller: Caller,
    key: IdempotencyKey,
    Path((id, appointment_id)): Path<(String, String)>,
) -> Result<Response, ApiError> {
    let access = privacy::case_for(&state.db, &caller, &id).await?;
    let request = format!(
        "POST {}\n",
        paths::case_appointment_cancel(&access.case_id, &appointment_id)
    );
    let mut run = match idempotency::begin(&state.db, &caller, &key, &request).await? {
        Begun::Replay(response) => return Ok(response),
        Begun::Run(run) => run,
    };
    let now = Utc::now();
    // Writing first takes the lock, so that a cancellation and a booking
    // of the same slot queue up.
    let touched = sqlx::query(
        "UPDATE appointments SET status = status \
         WHERE id = $1 AND case_id = $2 AND participant_id = $3",
    )
    .bind(&appointment_id)
    .bind(&access.case_id)
    .bind(access.filer())
    .execute(&mut *run.tx)
    .await?
    .rows_affected();
    if touched == 0 {
        return Err(ApiError::NotFound);
    }
    let current = one(&mut run.tx, &access, &appointment_id)
        .await?
        .ok_or(ApiError::NotFound)?;
    if current.status == AppointmentStatus::Booked {
        if current.kind == AppointmentKind::Hearing {
            return Err(ApiError::NotCancellable(
                "A court hearing can only be moved by the court. Call the agency if you cannot \
                 attend."
                    .to_owned(),
            ));
        }
        if current.starts_at <= now {
            return Err(ApiError::NotCancellable(
                "The appointment has started or is over.".to_owned(),
            ));
        }
        sqlx::query(
            "UPDATE appointments SET status = 'cancelled', cancelled_at = $1 WHERE id = $2",
        )
        .bind(timeline::timestamp(now))
        .bind(&appointment_id)
        .execute(&mut *run.tx)
        .await?;
        sqlx::query("UPDATE appointment_slots SET appointment_id = NULL WHERE appointment_id = $1")
            .bind(&appointment_id)
            .execute(&mut *run.tx)
            .await?;
        tracing::info!(appointment = %appointment_id, "appointment cancelled");
    }
    let cancelled = one(&mut run.tx, &access, &appointment_id)
        .await?
        .ok_or(ApiError::NotFound)?;
    changes::stamp(
        &mut run.tx,
        Scope::CaseOf(&access.case_id, access.filer()),
        &[Area::Appointments],
    )
    .await?;
    run.finish(Created {
        status: StatusCode::OK,
        location: None,
        body: serde_json::to_string(&cancelled).unwrap_or_default(),
    })
    .await
}

/// One of the caller's appointments on the case.
async fn one(
    conn: &mut AnyConnection,
    access: &privacy::CaseAccess,
    appointment_id: &str,
) -> Result<Option<Appointment>, sqlx::Error> {
    let row = sqlx::query(&format!(
        "{SELECT_APPOINTMENT} WHERE a.id = $1 AND a.case_id = $2 AND a.participant_id = $3"
    ))
    .bind(appointment_id)
    .bind(&access.case_id)
    .bind(access.filer())
    .fetch_optional(&mut *conn)
    .await?;
    row.as_ref()
        .map(|r| appointment_of_row(r, Utc::now()))
        .transpose()
}

const SELECT_APPOINTMENT: &str = "SELECT a.id, a.case_id, a.kind, a.starts_at, a.ends_at, \
     a.place_kind, a.office_id, a.place_name, a.place_address, a.place_room, a.what_to_bring, \
     a.status, a.slot_id, o.name AS office_name, o.address AS office_address \
     FROM appointments a LEFT JOIN offices o ON o.id = a.office_id";

const SELECT_SLOT: &str = "SELECT s.id, s.kind, s.starts_at, s.ends_at, s.office_id, \
     s.what_to_bring, o.name AS office_name, o.address AS office_address \
     FROM appointment_slots s LEFT JOIN offices o ON o.id = s.office_id";

fn appointment_of_row(r: &AnyRow, now: DateTime<Utc>) -> Result<Appointment, sqlx::Error> {
    let kind: AppointmentKind = timeline::from_wire(&r.get::<String, _>("kind"))?;
    let status: AppointmentStatus = timeline::from_wire(&r.get::<String, _>("status"))?;
    let starts_at = time(r.get("starts_at"))?;
    let place_kind: PlaceKind = timeline::from_wire(&r.get::<String, _>("place_kind"))?;
    let place = match place_kind {
        PlaceKind::Office => office_place(r),
        PlaceKind::Court => Place {
            kind: PlaceKind::Court,
            office_id: None,
            name: r.get("place_name"),
            address: lines(r.get::<Option<String>, _>("place_address").as_deref()),
            room: r.get("place_room"),
        },
        PlaceKind::Phone => phone_place(),
    };
    Ok(Appointment {
        id: r.get("id"),
        case_id: r.get("case_id"),
        kind,
        starts_at,
        ends_at: time(r.get("ends_at"))?,
        place: Place {
            room: place.room.or_else(|| r.get("place_room")),
            ..place
        },
        what_to_bring: lines(Some(&r.get::<String, _>("what_to_bring"))),
        status,
        cancellable: status == AppointmentStatus::Booked
            && kind != AppointmentKind::Hearing
            && starts_at > now,
        slot_id: r.get("slot_id"),
    })
}

fn slot_of_row(r: &AnyRow) -> Result<Slot, sqlx::Error> {
    let office_id: Option<String> = r.get("office_id");
    Ok(Slot {
        id: r.get("id"),
        kind: timeline::from_wire(&r.get::<String, _>("kind"))?,
        starts_at: time(r.get("starts_at"))?,
        ends_at: time(r.get("ends_at"))?,
        place: if office_id.is_some() {
            office_place(r)
        } else {
            phone_place()
        },
        what_to_bring: lines(Some(&r.get::<String, _>("what_to_bring"))),
    })
}

/// The office of a row (joined as `office_name`, `office_address`).
fn office_place(r: &AnyRow) -> Place {
    Place {
        kind: PlaceKind::Office,
        office_id: r.get("office_id"),
        name: r.get("office_name"),
        address: lines(r.get::<Option<String>, _>("office_address").as_deref()),
        room: None,
    }
}

fn phone_place() -> Place {
    Place {
        kind: PlaceKind::Phone,
        office_id: None,
        name: None,
        address: Vec::new(),
        room: None,
    }
}

fn lines(text: Option<&str>) -> Vec<String> {
    text.unwrap_or_default()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(str::to_owned)
        .collect()
}

/// Seconds since the epoch as stored.
fn time(seconds: i64) -> Result<DateTime<Utc>, sqlx::Error> {
    DateTime::from_timestamp(seconds, 0)
        .ok_or_else(|| sqlx::Error::Decode(format!("{seconds} is not a time").into()))
}
