//! Documents on a case: a complete upload attached with what it is.
//!
//! A document is seen only by the parent who sent it (privacy rule 3: a
//! pay stub names an employer, a lease an address), never by the other
//! party of the case. The stored bytes are never served back.

use crate::auth::Caller;
use crate::changes::{self, Scope};
use crate::idempotency::{self, Begun, Created, IdempotencyKey};
use crate::timeline::{self, Subject};
use crate::uploads::{self, State as UploadState, Upload};
use crate::{ApiError, AppState, privacy};
use agency_api::{ChangeArea as Area, Document, DocumentList, DocumentStatus, NewDocument, paths};
use axum::Json;
use axum::extract::rejection::JsonRejection;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

/// Attaches one of the caller's complete uploads to one of their cases.
#[utoipa::path(
    post,
    path = "/v1/cases/{id}/documents",
    tag = "documents",
    security(("bearer" = [])),
    params(
        ("id" = String, Path, description = "The case ID, e.g. C-1001"),
        ("Idempotency-Key" = Option<String>, Header, description = "Makes the POST safe to retry: the same key and body get the first answer and create nothing new. A key is remembered for 24 hours after its first use, then it is a new key"),
    ),
    request_body = NewDocument,
    responses(
        (status = 201, description = "Received", body = Document,
         headers(("Location" = String, description = "The new document"))),
        (status = 400, description = "A malformed body", body = agency_api::Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid access token", body = agency_api::Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such case among the caller's", body = agency_api::Problem, content_type = "application/problem+json"),
        (status = 409, description = "The upload is a document already (attached with another Idempotency-Key)", body = agency_api::Problem, content_type = "application/problem+json"),
        (status = 422, description = "Of type `/problems/bad-request`, the detail naming the field first: `upload_id` names no upload of the caller's, one not complete, one whose bytes do not match its `sha256` (corrupt), or one whose first bytes are not of its content type; `replaces` names no rejected document of the caller's on this case, or one replaced already. Or the Idempotency-Key came with a different request (`/problems/idempotency-key-reused`)", body = agency_api::Problem, content_type = "application/problem+json"),
    )
)]
pub(crate) async fn create_document(
    State(state): State<AppState>,
    caller: Caller,
    key: IdempotencyKey,
    Path(id): Path<String>,
    body: Result<Json<NewDocument>, JsonRejection>,
) -> Result<Response, ApiError> {
    let access = privacy::case_for(&state.db, &caller, &id).await?;
    let Json(new) = body.map_err(|e| ApiError::BadRequest(e.body_text()))?;
    let collection = paths::case_documents(&access.case_id);
    // The typed body re-serialised: the same request whatever its spacing.
    let request = format!(
        "POST {collection}\n{}",
        serde_json::to_string(&new).unwrap_or_default()
    );
    let mut run = match idempotency::begin(&state.db, &caller, &key, &request).await? {
        Begun::Replay(response) => return Ok(response),
        Begun::Run(run) => run,
    };
    let now = chrono::Utc::now();

    // Claim the upload: complete -> attached, once. A DELETE of it and
    // another attach queue on the same row; only one of them wins.
    let upload = claim_upload(&mut run.tx, access.filer(), &new.upload_id, now).await?;
    let path = state.uploads.path(&upload.id);
    let first = uploads::first_bytes(&path).await?;
    if !uploads::looks_like(&upload.metadata.content_type, &first) {
        return Err(ApiError::Invalid {
            field: "upload_id".to_owned(),
            message: format!(
                "is not a file of the type it was declared ({}): its first bytes are not those of one",
                upload.metadata.content_type
            ),
        });
    }
    if let Some(replaced) = &new.replaces {
        check_replaceable(&mut run.tx, &access, replaced).await?;
    }

    let (seq,): (i64,) = sqlx::query_as(
        "UPDATE counters SET value = value + 1 WHERE name = 'documents' RETURNING value",
    )
    .fetch_one(&mut *run.tx)
    .await?;
    let created = Document {
        id: format!("DOC-{seq:06}"),
        case_id: access.case_id.clone(),
        document_type: new.document_type,
        file_name: upload.metadata.file_name.clone(),
        content_type: upload.metadata.content_type.clone(),
        size: upload.length,
        sha256: upload.metadata.sha256.clone(),
        uploaded_at: now,
        status: DocumentStatus::Received,
        reason: None,
        replaces: new.replaces.clone(),
    };
    let inserted = sqlx::query(
        "INSERT INTO documents (id, seq, case_id, participant_id, upload_id, document_type, \
         file_name, content_type, size, sha256, uploaded_at, status, reason, replaces) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'received', NULL, $12)",
    )
    .bind(&created.id)
    .bind(seq)
    .bind(&created.case_id)
    .bind(access.filer())
    .bind(&upload.id)
    .bind(timeline::wire_name(created.document_type))
    .bind(&created.file_name)
    .bind(&created.content_type)
    .bind(i64::try_from(created.size).map_err(|e| sqlx::Error::Encode(Box::new(e)))?)
    .bind(&created.sha256)
    .bind(timeline::timestamp(now))
    .bind(&created.replaces)
    .execute(&mut *run.tx)
    .await;
    match inserted {
        Ok(_) => {}
        // Another document replaced the same one meanwhile.
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
            return Err(replaced_already());
        }
        Err(e) => return Err(e.into()),
    }
    timeline::append(
        &mut run.tx,
        Subject::Document,
        &created.id,
        "received",
        now,
        None,
    )
    .await?;
    tracing::info!(document = %created.id, case = %created.case_id, upload = %upload.id, "document received");
    let body = serde_json::to_string(&created).unwrap_or_default();
    changes::stamp(
        &mut run.tx,
        Scope::CaseOf(&access.case_id, access.filer()),
        &[Area::Documents],
    )
    .await?;
    run.finish(Created {
        status: StatusCode::CREATED,
        location: Some(paths::case_document(&access.case_id, &created.id)),
        body,
    })
    .await
}

/// Marks the caller's complete upload attached and returns it; otherwise
/// says, naming `upload_id`, why it cannot be a document.
async fn claim_upload(
    conn: &mut AnyConnection,
    participant_id: &str,
    upload_id: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Upload, ApiError> {
    let invalid = |message: String| ApiError::Invalid {
        field: "upload_id".to_owned(),
        message,
    };
    if !uploads::is_id(upload_id) {
        return Err(invalid("names no upload of yours".to_owned()));
    }
    let claimed = sqlx::query(
        "UPDATE uploads SET state = 'attached', updated_at = $1 \
         WHERE id = $2 AND participant_id = $3 AND state = 'complete'",
    )
    .bind(now.timestamp())
    .bind(upload_id)
    .bind(participant_id)
    .execute(&mut *conn)
    .await?;
    let row = sqlx::query(&format!(
        "{} WHERE id = $1 AND participant_id = $2",
        uploads::SELECT_UPLOAD
    ))
    .bind(upload_id)
    .bind(participant_id)
    .fetch_optional(&mut *conn)
    .await?;
    let upload = row.as_ref().map(Upload::of_row).transpose()?;
    match upload {
        Some(upload) if claimed.rows_affected() == 1 => Ok(upload),
        None => Err(invalid("names no upload of yours".to_owned())),
        Some(upload) => match upload.state {
            UploadState::Terminated => Err(invalid("names no upload of yours".to_owned())),
            UploadState::Uploading => Err(invalid(format!(
                "is not complete: {} of its {} bytes were received",
                upload.received, upload.length
            ))),
            UploadState::Corrupt => Err(invalid(
                "is not the file it was declared: its SHA-256 is not the `sha256` given when it \
                 was created. Upload the file again."
                    .to_owned(),
            )),
            UploadState::Attached | UploadState::Complete => {
                let document: Option<(String,)> =
                    sqlx::query_as("SELECT id FROM documents WHERE upload_id = $1")
                        .bind(upload_id)
                        .fetch_optional(&mut *conn)
                        .await?;
                Err(ApiError::Conflict(match document {
                    Some((id,)) => format!("The upload is document {id} already."),
                    None => "The upload is a document already.".to_owned(),
                }))
            }
        },
    }
}

/// `replaces` must name a rejected document the caller sent on this case,
/// not replaced yet.
async fn check_replaceable(
    conn: &mut AnyConnection,
    access: &privacy::CaseAccess,
    replaced: &str,
) -> Result<(), ApiError> {
    let row: Option<(String, Option<String>)> = sqlx::query_as(
        "SELECT d.status, r.id FROM documents d LEFT JOIN documents r ON r.replaces = d.id \
         WHERE d.id = $1 AND d.case_id = $2 AND d.participant_id = $3",
    )
    .bind(replaced)
    .bind(&access.case_id)
    .bind(access.filer())
    .fetch_optional(&mut *conn)
    .await?;
    let invalid = |message: String| ApiError::Invalid {
        field: "replaces".to_owned(),
        message,
    };
    match row {
        None => Err(invalid(
            "names no document of yours on this case".to_owned(),
        )),
        Some((_, Some(by))) => Err(invalid(format!("was replaced already, by {by}"))),
        Some((status, None)) if status != "rejected" => Err(invalid(format!(
            "is {status}: only a rejected document can be replaced"
        ))),
        Some(_) => Ok(()),
    }
}

fn replaced_already() -> ApiError {
    ApiError::Invalid {
        field: "replaces".to_owned(),
        message: "was replaced already".to_owned(),
    }
}

/// The caller's documents on one of their cases, oldest first.
#[utoipa::path(
    get,
    path = "/v1/cases/{id}/documents",
    tag = "documents",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The case ID, e.g. C-1001")),
    responses(
        (status = 200, description = "The documents the caller sent on the case, oldest first", body = DocumentList),
        (status = 401, description = "No valid access token", body = agency_api::Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such case among the caller's", body = agency_api::Problem, content_type = "application/problem+json"),
    )
)]
pub(crate) async fn list_documents(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> Result<Json<DocumentList>, ApiError> {
    let access = privacy::case_for(&state.db, &caller, &id).await?;
    let rows = sqlx::query(&format!(
        "{SELECT_DOCUMENT} WHERE case_id = $1 AND participant_id = $2 ORDER BY seq"
    ))
    .bind(&access.case_id)
    .bind(access.filer())
    .fetch_all(state.db.pool())
    .await?;
    let documents = rows.iter().map(of_row).collect::<Result<_, _>>()?;
    Ok(Json(DocumentList { documents }))
}

/// One document the caller sent on one of their cases.
#[utoipa::path(
    get,
    path = "/v1/cases/{id}/documents/{document_id}",
    tag = "documents",
    security(("bearer" = [])),
    params(
        ("id" = String, Path, description = "The case ID, e.g. C-1001"),
        ("document_id" = String, Path, description = "The document ID, e.g. DOC-000001"),
    ),
    responses(
        (status = 200, description = "The document (its status and, if rejected, why); never its bytes", body = Document),
        (status = 401, description = "No valid access token", body = agency_api::Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such document among the caller's on the case", body = agency_api::Problem, content_type = "application/problem+json"),
    )
)]
pub(crate) async fn get_document(
    State(state): State<AppState>,
    caller: Caller,
    Path((id, document_id)): Path<(String, String)>,
) -> Result<Json<Document>, ApiError> {
    let access = privacy::case_for(&state.db, &caller, &id).await?;
    let row = sqlx::query(&format!(
        "{SELECT_DOCUMENT} WHERE id = $1 AND case_id = $2 AND participant_id = $3"
    ))
    .bind(&document_id)
    .bind(&access.case_id)
    .bind(access.filer())
    .fetch_optional(state.db.pool())
    .await?;
    row.as_ref()
        .map(of_row)
        .transpose()?
        .map(Json)
        .ok_or(ApiError::NotFound)
}

const SELECT_DOCUMENT: &str = "SELECT id, case_id, document_type, file_name, content_type, \
     size, sha256, uploaded_at, status, reason, replaces FROM documents";

fn of_row(r: &AnyRow) -> Result<Document, sqlx::Error> {
    Ok(Document {
        id: r.get("id"),
        case_id: r.get("case_id"),
        document_type: timeline::from_wire(&r.get::<String, _>("document_type"))?,
        file_name: r.get("file_name"),
        content_type: r.get("content_type"),
        size: u64::try_from(r.get::<i64, _>("size"))
            .map_err(|e| sqlx::Error::Decode(Box::new(e)))?,
        sha256: r.get("sha256"),
        uploaded_at: timeline::parse_timestamp(&r.get::<String, _>("uploaded_at"))?,
        status: timeline::from_wire(&r.get::<String, _>("status"))?,
        reason: r.get("reason"),
        replaces: r.get("replaces"),
    })
}
