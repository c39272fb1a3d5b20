use crate::applications::money_cents;
use crate::auth::Caller;
use crate::case_store::cents;
use crate::changes::{self, Scope};
use crate::idempotency::{self, Begun, Created, IdempotencyKey};
use crate::timeline::{self, Subject};
use crate::{ApiError, AppState, case_store, privacy};
use agency_api::{
    ChangeArea as Area, ModificationRequest, ModificationRequestList, ModificationStatus,
    ModificationStatusChange, NewModificationRequest, paths,
};
use axum::Json;
use axum::extract::rejection::JsonRejection;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};
use std::collections::HashMap;

/// Longest `details` accepted, in characters.
pub(crate) const MAX_DETAILS_CHARS: usize = 2000;
/// Most documents one request may list.
pub(crate) const MAX_DOCUMENTS: usize = 10;

/// Asks the agency to review the order on one of the caller's cases.
///
/// `documents` may list up to 10 of the caller's own documents on the same
/// case (sent first with `POST /v1/cases/{id}/documents`), each once; the
/// request lists them in the order given, whatever their review status.
#[utoipa::path(
    post,
    path = "/v1/cases/{id}/modification-requests",
    tag = "cases",
    security(("bearer" = [])),
    params(
        ("id" = String, Path, description = "The case ID, e.g. C-1001"),
        ("Idempotency-Key" = Option<String>, Header, description = "Makes the POST safe to retry: the same key and body get the first answer and create nothing new. A key is remembered for 24 hours after its first use, then it is a new key"),
    ),
    request_body = NewModificationRequest,
    responses(
        (status = 201, description = "Received", body = ModificationRequest,
         headers(("Location" = String, description = "The new request"))),
        (status = 400, description = "A malformed body", body = agency_api::Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid access token", body = agency_api::Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such case among the caller's", body = agency_api::Problem, content_type = "application/problem+json"),
        (status = 422, description = "Of type `/problems/bad-request`, the detail naming the field first: `estimated_monthly` is negative or has more than two decimal places; `documents` lists more than 10; `documents[i]` repeats an earlier one, or names no document the caller sent on this case (another case's, the other parent's and an unknown ID alike). Or the Idempotency-Key came with a different request (`/problems/idempotency-key-reused`)", body = agency_api::Problem, content_type = "application/problem+json"),
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
    let estimated_cents = new
        .estimated_monthly
        .map(|amount| {
            money_cents(amount).ok_or_else(|| ApiError::Invalid {
                field: "estimated_monthly".to_owned(),
                message: "must be zero or more, in dollars and cents (at most two decimal places)"
                    .to_owned(),
            })
        })
        .transpose()?;
    check_document_list(&new.documents)?;
    let collection = paths::case_modification_requests(&access.case_id);
    // The typed body re-serialised: the same request whatever its spacing
    // (`documents` included, in order; left out when empty, as before).
    let request = format!(
        "POST {collection}\n{}",
        serde_json::to_string(&new).unwrap_or_default()
    );
    let mut run = match idempotency::begin(&state.db, &caller, &key, &request).await? {
        Begun::Replay(response) => return Ok(response),
        Begun::Run(run) => run,
    };
    check_documents_owned(&mut run.tx, &access, &new.documents).await?;

    let mut bytes = [0_u8; 6];
    getrandom::fill(&mut bytes).expect("the operating system provides random bytes");
    let request_id = format!(
        "MR-{}",
        bytes.iter().map(|b| format!("{b:02x}")).collect::<String>()
    );
    let now = chrono::Utc::now();
    let created = ModificationRequest {
        id: request_id.clone(),
        case_id: access.case_id.clone(),
        reason: new.reason,
        details: details.to_owned(),
        status: ModificationStatus::Received,
        submitted_on: now.date_naive(),
        estimated_monthly: estimated_cents.map(cents),
        documents: new.documents.clone(),
        timeline: vec![ModificationStatusChange {
            status: ModificationStatus::Received,
            at: now,
            note: None,
        }],
    };
    sqlx::query(
        "INSERT INTO modification_requests (id, case_id, participant_id, reason, details, status, \
         submitted_on, created_at, estimated_monthly_cents) \
         VALUES ($1, $2, $3, $4, $5, 'received', $6, $7, $8)",
    )
    .bind(&created.id)
    .bind(&created.case_id)
    .bind(access.filer())
    .bind(timeline::wire_name(created.reason))
    .bind(&created.details)
    .bind(created.submitted_on.to_string())
    .bind(timeline::timestamp(now))
    .bind(estimated_cents)
    .execute(&mut *run.tx)
    .await?;
    for (position, document_id) in created.documents.iter().enumerate() {
        sqlx::query(
            "INSERT INTO modification_request_documents (request_id, position, document_id) \
             VALUES ($1, $2, $3)",
        )
        .bind(&created.id)
        .bind(i64::try_from(position).map_err(|e| sqlx::Error::Encode(Box::new(e)))?)
        .bind(document_id)
        .execute(&mut *run.tx)
        .await?;
    }
    timeline::append(
        &mut run.tx,
        Subject::ModificationRequest,
        &created.id,
        "received",
        now,
        None,
    )
    .await?;
    tracing::info!(
        request = %request_id,
        case = %created.case_id,
        documents = created.documents.len(),
        "modification request received"
    );
    let body = serde_json::to_string(&created).unwrap_or_default();
    changes::stamp(
        &mut run.tx,
        Scope::Participant(access.filer()),
        &[Area::Submissions],
    )
    .await?;
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
    // One statement, so one snapshot: each timeline matches its row.
    let rows = sqlx::query(&format!(
        "{SELECT_WITH_TIMELINE} WHERE m.case_id = $1 AND m.participant_id = $2 \
         ORDER BY m.created_at, m.id, s.seq"
    ))
    .bind(&access.case_id)
    .bind(access.filer())
    .fetch_all(state.db.pool())
    .await?;
    let mut requests = of_rows(&rows)?;
    let documents = sqlx::query(&format!(
        "{SELECT_DOCUMENTS} WHERE m.case_id = $1 AND m.participant_id = $2 \
         ORDER BY d.request_id, d.position"
    ))
    .bind(&access.case_id)
    .bind(access.filer())
    .fetch_all(state.db.pool())
    .await?;
    with_documents(&mut requests, &documents);
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
    let rows = sqlx::query(&format!(
        "{SELECT_WITH_TIMELINE} WHERE m.id = $1 AND m.case_id = $2 AND m.participant_id = $3 \
         ORDER BY s.seq"
    ))
    .bind(&request_id)
    .bind(&access.case_id)
    .bind(access.filer())
    .fetch_all(state.db.pool())
    .await?;
    let mut requests = of_rows(&rows)?;
    if requests.is_empty() {
        return Err(ApiError::NotFound);
    }
    let documents = sqlx::query(&format!(
        "{SELECT_DOCUMENTS} WHERE m.id = $1 AND m.case_id = $2 AND m.participant_id = $3 \
         ORDER BY d.position"
    ))
    .bind(&request_id)
    .bind(&access.case_id)
    .bind(access.filer())
    .fetch_all(state.db.pool())
    .await?;
    with_documents(&mut requests, &documents);
    requests.pop().map(Json).ok_or(ApiError::NotFound)
}

/// The shape of `documents`: at most [`MAX_DOCUMENTS`], none twice. Checked
/// before the Idempotency-Key is, like the other fields.
pub(crate) fn check_document_list(documents: &[String]) -> Result<(), ApiError> {
    if documents.len() > MAX_DOCUMENTS {
        return Err(ApiError::Invalid {
            field: "documents".to_owned(),
            message: format!("must list at most {MAX_DOCUMENTS} documents"),
        });
    }
    for (i, id) in documents.iter().enumerate() {
        if let Some(first) = documents[..i].iter().position(|earlier| earlier == id) {
            return Err(ApiError::Invalid {
                field: format!("documents[{i}]"),
                message: format!("repeats `documents[{first}]`: list each document once"),
            });
        }
    }
    Ok(())
}

/// Each of `documents` must be one the caller sent on this case (privacy
/// rule 3: the other parent's are not theirs to cite, nor to learn of). The
/// first that is not is named; an unknown ID, another case's document and
/// the other parent's get the same words, so none tells that a document
/// exists. Read in the request's transaction.
pub(crate) async fn check_documents_owned(
    conn: &mut AnyConnection,
    access: &privacy::CaseAccess,
    documents: &[String],
) -> Result<(), ApiError> {
    if documents.is_empty() {
        return Ok(());
    }
    let placeholders = (3..documents.len() + 3)
        .map(|n| format!("${n}"))
        .collect::<Vec<_>>()
        .join(", ");
    let sql = format!(
        "SELECT id FROM documents WHERE case_id = $1 AND participant_id = $2 \
         AND id IN ({placeholders})"
    );
    let mut query = sqlx::query_as::<_, (String,)>(&sql)
        .bind(&access.case_id)
        .bind(access.filer());
    for id in documents {
        query = query.bind(id);
    }
    let found = query.fetch_all(&mut *conn).await?;
    match documents
        .iter()
        .position(|id| !found.iter().any(|(f,)| f == id))
    {
        None => Ok(()),
        Some(i) => Err(ApiError::Invalid {
            field: format!("documents[{i}]"),
            message: "names no document of yours on this case".to_owned(),
        }),
    }
}

/// Each request's documents, by request, then in the order given. A
/// request's documents are written with it and never change, so they may
/// be read in a statement of their own.
const SELECT_DOCUMENTS: &str = "SELECT d.request_id, d.document_id \
     FROM modification_request_documents d \
     JOIN modification_requests m ON m.id = d.request_id";

/// Puts the rows of [`SELECT_DOCUMENTS`] on their requests, in order. A row
/// of a request not among `requests` (filed between the two reads) is left
/// out.
fn with_documents(requests: &mut [ModificationRequest], rows: &[AnyRow]) {
    let by_id: HashMap<String, usize> = requests
        .iter()
        .enumerate()
        .map(|(i, request)| (request.id.clone(), i))
        .collect();
    for r in rows {
        let request_id: String = r.get("request_id");
        if let Some(&i) = by_id.get(&request_id) {
            requests[i].documents.push(r.get("document_id"));
        }
    }
}

/// A request's row with each of its timeline entries.
const SELECT_WITH_TIMELINE: &str = "SELECT m.id, m.case_id, m.reason, m.details, \
     m.submitted_on, m.created_at, m.estimated_monthly_cents, s.status, s.at, s.note \
     FROM modification_requests m \
     LEFT JOIN modification_request_status_changes s ON s.request_id = m.id";

/// Rows of [`SELECT_WITH_TIMELINE`], ordered by request, then timeline.
fn of_rows(rows: &[AnyRow]) -> Result<Vec<ModificationRequest>, sqlx::Error> {
    let mut out: Vec<ModificationRequest> = Vec::new();
    for r in rows {
        let id: String = r.get("id");
        if out.last().is_none_or(|m| m.id != id) {
            out.push(ModificationRequest {
                id,
                case_id: r.get("case_id"),
                reason: timeline::from_wire(&r.get::<String, _>("reason"))?,
                details: r.get("details"),
                status: ModificationStatus::Received,
                submitted_on: case_store::date(&r.get::<String, _>("submitted_on"))?,
                estimated_monthly: r
                    .get::<Option<i64>, _>("estimated_monthly_cents")
                    .map(cents),
                documents: Vec::new(),
                timeline: Vec::new(),
            });
        }
        let Some(request) = out.last_mut() else {
            continue;
        };
        let status: Option<String> = r.get("status");
        let change = match status {
            Some(status) => ModificationStatusChange {
                status: timeline::from_wire(&status)?,
                at: timeline::parse_timestamp(&r.get::<String, _>("at"))?,
                note: r.get("note"),
            },
            // No history (migration 0004 wrote one for every older
            // request): received when created.
            None => ModificationStatusChange {
                status: ModificationStatus::Received,
                at: timeline::parse_timestamp(&r.get::<String, _>("created_at"))?,
                note: None,
            },
        };
        request.status = change.status;
        request.timeline.push(change);
    }
    Ok(out)
}
