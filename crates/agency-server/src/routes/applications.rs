//! Applications for services (45 CFR 303.2). What a parent sends is kept
//! whole, SSNs included; what the agency answers about it never carries an
//! SSN or an address: only its status, services, child count and fee.
//!
//! An application is its applicant's alone: any other participant gets 404
//! for it, exactly like for one that does not exist.

use crate::applications::{self, Invalid};
use crate::auth::Caller;
use crate::case_store::cents;
use crate::changes::{self, Scope};
use crate::idempotency::{self, Begun, Created, IdempotencyKey};
use crate::timeline::{self, Subject};
use crate::{ApiError, AppState};
use agency_api::{
    Application, ApplicationList, ApplicationStatus, ChangeArea as Area, NewApplication, Service,
    StatusChange, paths,
};
use axum::Json;
use axum::extract::rejection::JsonRejection;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Serialize;
use sqlx::Row;
use sqlx::any::AnyRow;

/// Applies for child support services.
#[utoipa::path(
    post,
    path = "/v1/applications",
    tag = "applications",
    security(("bearer" = [])),
    params(
        ("Idempotency-Key" = Option<String>, Header, description = "Makes the POST safe to retry: the same key and body get the first answer and create nothing new. A key is remembered for 24 hours after its first use, then it is a new key"),
    ),
    request_body = NewApplication,
    responses(
        (status = 201, description = "Received. The answer carries no SSN.", body = Application,
         headers(("Location" = String, description = "The new application"))),
        (status = 400, description = "A malformed body", body = agency_api::Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid access token", body = agency_api::Problem, content_type = "application/problem+json"),
        (status = 422, description = "A field is not valid (type `/problems/bad-request`; the detail names the field by its JSON path first, e.g. `children[0].date_of_birth`), or the Idempotency-Key came with a different request (`/problems/idempotency-key-reused`)", body = agency_api::Problem, content_type = "application/problem+json"),
    )
)]
pub(crate) async fn create_application(
    State(state): State<AppState>,
    caller: Caller,
    key: IdempotencyKey,
    body: Result<Json<NewApplication>, JsonRejection>,
) -> Result<Response, ApiError> {
    let Json(new) = body.map_err(|e| ApiError::BadRequest(without_values(&e.body_text())))?;
    let now = chrono::Utc::now();
    // Every rule is checked before the database is touched.
    let services = applications::check(&new, now.date_naive()).map_err(ApiError::from)?;
    let children = u32::try_from(new.children.len()).map_err(|_| Invalid {
        field: "children".to_owned(),
        message: "lists too many children".to_owned(),
    })?;
    let fee_cents = applications::fee_cents(&new);
    let body = to_json(&new)?;
    // The typed body re-serialised: the same request whatever its spacing.
    let request = format!("POST {}\n{body}", paths::APPLICATIONS);
    let mut run = match idempotency::begin(&state.db, &caller, &key, &request).await? {
        Begun::Replay(response) => return Ok(response),
        Begun::Run(run) => run,
    };

    // Writing first: concurrent applications queue here for their numbers.
    let (seq,): (i64,) = sqlx::query_as(
        "UPDATE counters SET value = value + 1 WHERE name = 'applications' RETURNING value",
    )
    .fetch_one(&mut *run.tx)
    .await?;
    let created = Application {
        id: format!("AP-{seq:06}"),
        status: ApplicationStatus::Received,
        submitted_on: now.date_naive(),
        services,
        children,
        fee: cents(fee_cents),
        case_id: None,
        timeline: vec![StatusChange {
            status: ApplicationStatus::Received,
            at: now,
            note: None,
        }],
    };
    sqlx::query(
        "INSERT INTO applications (id, seq, participant_id, body, services, children, \
         family_violence_requested, status, fee_cents, case_id, submitted_on, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'received', $8, NULL, $9, $10)",
    )
    .bind(&created.id)
    .bind(seq)
    .bind(&caller.participant_id)
    .bind(&body)
    .bind(to_json(&created.services)?)
    .bind(i64::from(children))
    .bind(i64::from(new.safety.request_family_violence_flag))
    .bind(fee_cents)
    .bind(created.submitted_on.to_string())
    .bind(timeline::timestamp(now))
    .execute(&mut *run.tx)
    .await?;
    timeline::append(
        &mut run.tx,
        Subject::Application,
        &created.id,
        "received",
        now,
        None,
    )
    .await?;
    tracing::info!(application = %created.id, participant = %caller.participant_id, "application received");
    let location = paths::application(&created.id);
    changes::stamp(
        &mut run.tx,
        Scope::Participant(&caller.participant_id),
        &[Area::Submissions],
    )
    .await?;
    run.finish(Created {
        status: StatusCode::CREATED,
        location: Some(location),
        body: to_json(&created)?,
    })
    .await
}

/// The caller's own applications, oldest first.
#[utoipa::path(
    get,
    path = "/v1/applications",
    tag = "applications",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The caller's applications, oldest first", body = ApplicationList),
        (status = 401, description = "No valid access token", body = agency_api::Problem, content_type = "application/problem+json"),
    )
)]
pub(crate) async fn list_applications(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<Json<ApplicationList>, ApiError> {
    // One statement, so one snapshot: each timeline matches its row.
    let rows = sqlx::query(&format!(
        "{SELECT_WITH_TIMELINE} WHERE a.participant_id = $1 ORDER BY a.seq, s.seq"
    ))
    .bind(&caller.participant_id)
    .fetch_all(state.db.pool())
    .await?;
    Ok(Json(ApplicationList {
        applications: of_rows(&rows)?,
    }))
}

/// One of the caller's applications, with its timeline.
#[utoipa::path(
    get,
    path = "/v1/applications/{id}",
    tag = "applications",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The application ID, e.g. AP-000001")),
    responses(
        (status = 200, description = "The application", body = Application),
        (status = 401, description = "No valid access token", body = agency_api::Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such application among the caller's", body = agency_api::Problem, content_type = "application/problem+json"),
    )
)]
pub(crate) async fn get_application(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> Result<Json<Application>, ApiError> {
    let rows = sqlx::query(&format!(
        "{SELECT_WITH_TIMELINE} WHERE a.id = $1 AND a.participant_id = $2 ORDER BY s.seq"
    ))
    .bind(&id)
    .bind(&caller.participant_id)
    .fetch_all(state.db.pool())
    .await?;
    of_rows(&rows)?.pop().map(Json).ok_or(ApiError::NotFound)
}

/// An application's row with each of its timeline entries; never `body`.
const SELECT_WITH_TIMELINE: &str = "SELECT a.id, a.submitted_on, a.services, a.children, \
     a.fee_cents, a.case_id, a.created_at, s.status, s.at, s.note \
     FROM applications a LEFT JOIN application_status_changes s ON s.application_id = a.id";

/// Rows of [`SELECT_WITH_TIMELINE`], ordered by application, then timeline.
fn of_rows(rows: &[AnyRow]) -> Result<Vec<Application>, sqlx::Error> {
    let mut out: Vec<Application> = Vec::new();
    for r in rows {
        let id: String = r.get("id");
        if out.last().is_none_or(|a| a.id != id) {
            let services: String = r.get("services");
            let services: Vec<Service> =
                serde_json::from_str(&services).map_err(|e| sqlx::Error::Decode(Box::new(e)))?;
            out.push(Application {
                id,
                status: ApplicationStatus::Received,
                submitted_on: crate::case_store::date(&r.get::<String, _>("submitted_on"))?,
                services,
                children: u32::try_from(r.get::<i64, _>("children"))
                    .map_err(|e| sqlx::Error::Decode(Box::new(e)))?,
                fee: cents(r.get("fee_cents")),
                case_id: r.get("case_id"),
                timeline: Vec::new(),
            });
        }
        let Some(application) = out.last_mut() else {
            continue;
        };
        let status: Option<String> = r.get("status");
        let change = match status {
            Some(status) => StatusChange {
                status: timeline::from_wire(&status)?,
                at: timeline::parse_timestamp(&r.get::<String, _>("at"))?,
                note: r.get("note"),
            },
            // No history: received when created (not written by this
            // server, which writes the first entry with the row).
            None => StatusChange {
                status: ApplicationStatus::Received,
                at: timeline::parse_timestamp(&r.get::<String, _>("created_at"))?,
                note: None,
            },
        };
        application.status = change.status;
        application.timeline.push(change);
    }
    Ok(out)
}

fn to_json<T: Serialize + ?Sized>(value: &T) -> Result<String, ApiError> {
    serde_json::to_string(value).map_err(|e| ApiError::Database(sqlx::Error::Encode(Box::new(e))))
}

/// A JSON error message without the value it quotes: serde quotes a value
/// of the wrong type or an unknown variant, and in an application that
/// value may be an SSN. The path of the field, its expected type and the
/// kind of what came (`string`, `integer`) stay.
pub(crate) fn without_values(message: &str) -> String {
    const MARKERS: [&str; 3] = ["invalid type: ", "invalid value: ", "unknown variant "];
    let mut out = String::with_capacity(message.len());
    let mut rest = message;
    while let Some((at, marker)) = MARKERS
        .iter()
        .filter_map(|m| rest.find(m).map(|i| (i, *m)))
        .min()
    {
        let after = at + marker.len();
        out.push_str(&rest[..after]);
        rest = &rest[after..];
        // The value runs to serde's ", expected".
        let end = rest.find(", expected").unwrap_or(rest.len());
        let unexpected = &rest[..end];
        match unexpected.split_once(' ') {
            _ if marker == "unknown variant " => out.push_str("(value withheld)"),
            Some((kind, _)) => {
                out.push_str(kind);
                out.push_str(" (value withheld)");
            }
            None => out.push_str(unexpected),
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::without_values;

    #[test]
    fn quoted_values_are_withheld_and_field_names_kept() {
        assert_eq!(
            without_values(
                "applicant.ssn: invalid type: integer `123456789`, expected a string at line 1"
            ),
            "applicant.ssn: invalid type: integer (value withheld), expected a string at line 1"
        );
        assert_eq!(
            without_values(
                "applicant.receives_tanf: invalid type: string \"123-45-6789\", expected a boolean"
            ),
            "applicant.receives_tanf: invalid type: string (value withheld), expected a boolean"
        );
        assert_eq!(
            without_values("services[0]: unknown variant `123-45-6789`, expected one of `a`, `b`"),
            "services[0]: unknown variant (value withheld), expected one of `a`, `b`"
        );
        assert_eq!(
            without_values("x: invalid type: map, expected a string"),
            "x: invalid type: map, expected a string"
        );
        assert_eq!(
            without_values("missing field `signature` at line 1"),
            "missing field `signature` at line 1"
        );
    }
}
