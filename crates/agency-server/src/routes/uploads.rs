//! Resumable uploads, tus 1.0 (<https://tus.io/protocols/resumable-upload>):
//! the core protocol and the creation, termination and checksum extensions.
//!
//! - Every request but OPTIONS carries `Tus-Resumable: 1.0.0` (else `412`
//!   with `Tus-Version`), and every answer carries it ([`tus_protocol`]).
//! - An upload is its creator's alone: anyone else gets `404` for it, like
//!   for one that does not exist (never `403`).
//! - A PATCH body is streamed to the file frame by frame, hashed on the way
//!   (for `Upload-Checksum`), never held whole in memory; the bytes are
//!   synced to disk before the offset moves in the database. A body cut
//!   short keeps what arrived (the client resumes from HEAD's offset),
//!   unless it carried a checksum, which cannot then be checked: then
//!   nothing of it is kept. PATCHes and DELETEs of one upload take its lock,
//!   so they never interleave.
//! - The PATCH that brings the offset to the length hashes the whole file:
//!   if it is not the metadata's `sha256`, the upload is `corrupt` and
//!   cannot become a document.

use crate::auth::Caller;
use crate::idempotency::{self, Begun, Created, IdempotencyKey};
use crate::uploads::{self, Metadata, State, Upload};
use crate::{ApiError, AppState};
use agency_api::{Problem, ProblemType, paths, tus};
use axum::body::{Body, HttpBody};
use axum::extract::{Path, Request, State as AppStateOf};
use axum::http::{HeaderMap, HeaderName, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};
use std::pin::Pin;
use tokio::io::{AsyncSeekExt, AsyncWriteExt};
use tokio::sync::OwnedMutexGuard;

/// The tus version check and the `Tus-Resumable` answer header, around
/// every upload route.
pub(crate) async fn tus_protocol(request: Request, next: Next) -> Response {
    let version = request
        .headers()
        .get(tus::TUS_RESUMABLE)
        .and_then(|v| v.to_str().ok());
    let mut response = if request.method() != Method::OPTIONS && version != Some(tus::VERSION) {
        let mut response = crate::problem::problem_response(Problem::new(
            ProblemType::TusVersion,
            Some(format!(
                "Send `{}: {}` with every upload request.",
                tus::TUS_RESUMABLE,
                tus::VERSION
            )),
        ));
        response.headers_mut().insert(
            HeaderName::from_static("tus-version"),
            HeaderValue::from_static(tus::VERSION),
        );
        response
    } else {
        next.run(request).await
    };
    response.headers_mut().insert(
        HeaderName::from_static("tus-resumable"),
        HeaderValue::from_static(tus::VERSION),
    );
    response
}

/// What the agency's tus server supports. Public.
#[utoipa::path(
    options,
    path = "/v1/uploads",
    tag = "documents",
    responses(
        (status = 204, description = "What this tus server supports",
         headers(
            ("Tus-Resumable" = String, description = "`1.0.0`"),
            ("Tus-Version" = String, description = "`1.0.0`: the only version supported"),
            ("Tus-Extension" = String, description = "`creation,termination,checksum`"),
            ("Tus-Max-Size" = u64, description = "The largest upload accepted, in bytes"),
            ("Tus-Checksum-Algorithm" = String, description = "`sha256`"),
         )),
    )
)]
pub(crate) async fn options_uploads(AppStateOf(state): AppStateOf<AppState>) -> Response {
    let max = state.uploads.config.max_bytes.to_string();
    let mut response = StatusCode::NO_CONTENT.into_response();
    let headers = response.headers_mut();
    headers.insert(
        HeaderName::from_static("tus-version"),
        HeaderValue::from_static(tus::VERSION),
    );
    headers.insert(
        HeaderName::from_static("tus-extension"),
        HeaderValue::from_static(tus::EXTENSIONS),
    );
    headers.insert(
        HeaderName::from_static("tus-checksum-algorithm"),
        HeaderValue::from_static(tus::CHECKSUM_ALGORITHM),
    );
    if let Ok(max) = HeaderValue::from_str(&max) {
        headers.insert(HeaderName::from_static("tus-max-size"), max);
    }
    response
}

/// Creates an upload (tus creation): an empty file of a declared length.
#[utoipa::path(
    post,
    path = "/v1/uploads",
    tag = "documents",
    security(("bearer" = [])),
    params(
        ("Tus-Resumable" = String, Header, description = "`1.0.0`"),
        ("Upload-Length" = u64, Header, description = "The file's size in bytes: more than 0, at most `Tus-Max-Size`"),
        ("Upload-Metadata" = String, Header, description = "tus metadata: comma-separated `key base64(value)` pairs. Required: `filename`, `content_type` (one of the upload policy's `content_types`), `sha256` (the SHA-256 of the whole file, hex)"),
        ("Idempotency-Key" = Option<String>, Header, description = "Makes the POST safe to retry: the same key and headers get the first answer (the same upload) and create nothing new. A key is remembered for 24 hours after its first use, then it is a new key"),
    ),
    responses(
        (status = 201, description = "Created; the body is empty",
         headers(
            ("Location" = String, description = "The upload: `/v1/uploads/{id}`, the ID 32 hex characters"),
            ("Tus-Resumable" = String, description = "`1.0.0`"),
         )),
        (status = 400, description = "`Upload-Length` or `Upload-Metadata` missing or malformed", body = agency_api::Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid access token", body = agency_api::Problem, content_type = "application/problem+json"),
        (status = 412, description = "`Tus-Resumable` missing or not `1.0.0`; `Tus-Version` says what is supported", body = agency_api::Problem, content_type = "application/problem+json"),
        (status = 413, description = "`Upload-Length` is more than `Tus-Max-Size`", body = agency_api::Problem, content_type = "application/problem+json"),
        (status = 415, description = "The metadata's `content_type` is not one the agency takes", body = agency_api::Problem, content_type = "application/problem+json"),
        (status = 422, description = "The Idempotency-Key came with a different request", body = agency_api::Problem, content_type = "application/problem+json"),
    )
)]
pub(crate) async fn create_upload(
    AppStateOf(state): AppStateOf<AppState>,
    caller: Caller,
    key: IdempotencyKey,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let length = header_u64(&headers, tus::UPLOAD_LENGTH)?.ok_or_else(|| {
        ApiError::BadRequest(format!(
            "Send the file's size in bytes as {}.",
            tus::UPLOAD_LENGTH
        ))
    })?;
    if length == 0 {
        return Err(ApiError::BadRequest(format!(
            "{} must be more than 0: an empty file is no document.",
            tus::UPLOAD_LENGTH
        )));
    }
    let max = state.uploads.config.max_bytes;
    if length > max {
        return Err(ApiError::TooLarge(format!(
            "The agency takes files of at most {max} bytes."
        )));
    }
    let metadata = headers
        .get(tus::UPLOAD_METADATA)
        .and_then(|v| v.to_str().ok())
        .ok_or_else(|| {
            ApiError::BadRequest(format!(
                "Send {} with the file's filename, content_type and sha256.",
                tus::UPLOAD_METADATA
            ))
        })
        .and_then(Metadata::parse)?;
    // The request is its headers: the body is empty.
    let request = format!(
        "POST {}\n{}",
        paths::UPLOADS,
        serde_json::json!({
            "length": length,
            "filename": metadata.file_name,
            "content_type": metadata.content_type,
            "sha256": metadata.sha256,
        })
    );
    let mut run = match idempotency::begin(&state.db, &caller, &key, &request).await? {
        Begun::Replay(response) => return Ok(response),
        Begun::Run(run) => run,
    };
    let id = uploads::new_id();
    let now = chrono::Utc::now().timestamp();
    sqlx::query(
        "INSERT INTO uploads (id, participant_id, length, received, file_name, content_type, \
         sha256, metadata, state, created_at, updated_at) \
         VALUES ($1, $2, $3, 0, $4, $5, $6, $7, 'uploading', $8, $8)",
    )
    .bind(&id)
    .bind(&caller.participant_id)
    .bind(to_i64(length)?)
    .bind(&metadata.file_name)
    .bind(&metadata.content_type)
    .bind(&metadata.sha256)
    .bind(metadata.header())
    .bind(now)
    .execute(&mut *run.tx)
    .await?;
    uploads::create_dir(&state.uploads.config.dir)?;
    let path = state.uploads.path(&id);
    uploads::create_file(&path).await?;
    let answer = run
        .finish(Created {
            status: StatusCode::CREATED,
            location: Some(paths::upload(&id)),
            body: String::new(),
        })
        .await;
    match answer {
        Ok(response) => {
            tracing::info!(upload = %id, participant = %caller.participant_id, length, "upload created");
            Ok(response)
        }
        Err(e) => {
            let _ = tokio::fs::remove_file(&path).await;
            Err(e)
        }
    }
}

/// Where an upload stands (tus core): how many bytes the agency has.
#[utoipa::path(
    head,
    path = "/v1/uploads/{id}",
    tag = "documents",
    security(("bearer" = [])),
    params(
        ("id" = String, Path, description = "The upload ID (32 hex characters)"),
        ("Tus-Resumable" = String, Header, description = "`1.0.0`"),
    ),
    responses(
        (status = 200, description = "The upload's offset; no body",
         headers(
            ("Upload-Offset" = u64, description = "How many bytes the agency has, synced to disk: resume from here"),
            ("Upload-Length" = u64, description = "The file's size"),
            ("Upload-Metadata" = String, description = "The metadata given at creation"),
            ("Cache-Control" = String, description = "`no-store`"),
            ("Tus-Resumable" = String, description = "`1.0.0`"),
         )),
        (status = 401, description = "No valid access token"),
        (status = 404, description = "No such upload among the caller's (or terminated)"),
        (status = 412, description = "`Tus-Resumable` missing or not `1.0.0`"),
    )
)]
pub(crate) async fn head_upload(
    AppStateOf(state): AppStateOf<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let upload = uploads::find(&state.db, &caller.participant_id, &id)
        .await?
        .ok_or(ApiError::NotFound)?;
    let mut response = StatusCode::OK.into_response();
    let headers = response.headers_mut();
    insert_number(headers, "upload-offset", upload.received);
    insert_number(headers, "upload-length", upload.length);
    if let Ok(metadata) = HeaderValue::from_str(&upload.metadata.header()) {
        headers.insert(HeaderName::from_static("upload-metadata"), metadata);
    }
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}

// A PATCH's body in the document: raw bytes (`type: string, format:
// binary`), not a JSON array of numbers.
#[derive(utoipa::ToSchema)]
#[schema(value_type = String, format = Binary)]
#[allow(dead_code)]
struct Chunk(Vec<u8>);

/// Appends bytes to an upload at its offset (tus core, checksum).
#[utoipa::path(
    patch,
    path = "/v1/uploads/{id}",
    tag = "documents",
    security(("bearer" = [])),
    params(
        ("id" = String, Path, description = "The upload ID (32 hex characters)"),
        ("Tus-Resumable" = String, Header, description = "`1.0.0`"),
        ("Upload-Offset" = u64, Header, description = "Where these bytes go: must be the upload's offset (HEAD)"),
        ("Upload-Checksum" = Option<String>, Header, description = "`sha256 <base64 of the SHA-256 of this body>`: checked before the offset moves"),
    ),
    request_body(content = inline(Chunk), content_type = "application/offset+octet-stream",
                 description = "The next bytes of the file: at most twice the policy's `chunk_bytes`, and no more than remain"),
    responses(
        (status = 204, description = "Stored and synced to disk",
         headers(
            ("Upload-Offset" = u64, description = "The new offset"),
            ("Tus-Resumable" = String, description = "`1.0.0`"),
         )),
        (status = 400, description = "A header missing or malformed, an unsupported checksum algorithm, or a body that ended early (then `Upload-Offset` says what was kept)", body = agency_api::Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid access token", body = agency_api::Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such upload among the caller's (or terminated)", body = agency_api::Problem, content_type = "application/problem+json"),
        (status = 409, description = "`Upload-Offset` is not the upload's offset (ask HEAD), the upload is complete already, or another PATCH of it is still running", body = agency_api::Problem, content_type = "application/problem+json"),
        (status = 412, description = "`Tus-Resumable` missing or not `1.0.0`", body = agency_api::Problem, content_type = "application/problem+json"),
        (status = 413, description = "More than twice `chunk_bytes`, or more than the upload has left; nothing kept", body = agency_api::Problem, content_type = "application/problem+json"),
        (status = 415, description = "`Content-Type` is not `application/offset+octet-stream`", body = agency_api::Problem, content_type = "application/problem+json"),
        (status = 460, description = "Checksum mismatch: the body is not what `Upload-Checksum` says; nothing kept, the offset did not move", body = agency_api::Problem, content_type = "application/problem+json"),
    )
)]
pub(crate) async fn patch_upload(
    AppStateOf(state): AppStateOf<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, ApiError> {
    let per_patch = uploads::CHUNK_BYTES * 2;
    let declared = header_u64(&headers, header::CONTENT_LENGTH.as_str())?;
    let (job, guard) = match prepare_patch(state, &caller, &id, &headers, declared).await {
        Ok(ready) => ready,
        Err(error) => {
            // Read the rest of a body of a sensible size before answering,
            // so that the client gets the answer rather than a reset
            // connection (a server that closes on unread bytes resets it).
            if declared.is_none_or(|d| d <= per_patch) {
                discard(body, per_patch).await;
            }
            return Err(error);
        }
    };
    // The rest runs to its end even if the client goes away meanwhile (the
    // server drops a request's handler when its connection closes): what
    // arrived is then kept, or discarded, as the protocol says.
    tokio::spawn(job.run(guard, body))
        .await
        .map_err(|e| ApiError::Storage(std::io::Error::other(e)))?
}

/// The checks of a PATCH before its body is read; the upload's lock.
async fn prepare_patch(
    state: AppState,
    caller: &Caller,
    id: &str,
    headers: &HeaderMap,
    declared: Option<u64>,
) -> Result<(Patch, OwnedMutexGuard<()>), ApiError> {
    if uploads::find(&state.db, &caller.participant_id, id)
        .await?
        .is_none()
    {
        return Err(ApiError::NotFound);
    }
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .map(str::trim);
    if !content_type.is_some_and(|t| t.eq_ignore_ascii_case(tus::OFFSET_OCTET_STREAM)) {
        return Err(ApiError::UnsupportedMediaType(format!(
            "A PATCH body is `{}`.",
            tus::OFFSET_OCTET_STREAM
        )));
    }
    let offset = header_u64(headers, tus::UPLOAD_OFFSET)?.ok_or_else(|| {
        ApiError::BadRequest(format!(
            "Send {} (where these bytes go).",
            tus::UPLOAD_OFFSET
        ))
    })?;
    let checksum = uploads::parse_checksum(
        headers
            .get(tus::UPLOAD_CHECKSUM)
            .map(|v| v.to_str().unwrap_or("")),
    )?;
    let per_patch = uploads::CHUNK_BYTES * 2;
    if declared.is_some_and(|d| d > per_patch) {
        return Err(ApiError::TooLarge(format!(
            "Send at most {per_patch} bytes per PATCH."
        )));
    }
    let guard = state.uploads.lock(id).await.ok_or_else(busy)?;
    // Read again under the lock: the PATCH before may have moved it.
    let upload = uploads::find(&state.db, &caller.participant_id, id)
        .await?
        .ok_or(ApiError::NotFound)?;
    if upload.state != State::Uploading {
        return Err(ApiError::Conflict(format!(
            "The upload is complete: all {} bytes were received.",
            upload.length
        )));
    }
    if offset != upload.received {
        return Err(ApiError::Conflict(format!(
            "The upload's offset is {}, not {offset}: ask HEAD and resume from there.",
            upload.received
        )));
    }
    let remaining = upload.length - upload.received;
    if let Some(declared) = declared {
        check_size(declared, remaining, per_patch)?;
    }
    let job = Patch {
        state,
        upload,
        checksum,
        declared,
        limit: remaining.min(per_patch),
        per_patch,
    };
    Ok((job, guard))
}

/// Reads and drops a body, at most `limit` bytes of it, frame by frame.
async fn discard(mut body: Body, limit: u64) {
    let mut read: u64 = 0;
    while read <= limit {
        let next = std::future::poll_fn(|cx| Pin::new(&mut body).poll_frame(cx));
        match tokio::time::timeout(DISCARD_IDLE, next).await {
            Ok(Some(Ok(frame))) => {
                read += frame.data_ref().map_or(0, |d| d.len() as u64);
            }
            _ => break,
        }
    }
}

/// How long [`discard`] waits for the next bytes.
const DISCARD_IDLE: std::time::Duration = std::time::Duration::from_secs(5);

fn busy() -> ApiError {
    ApiError::Conflict(
        "Another request on this upload is still running; ask HEAD in a moment and resume."
            .to_owned(),
    )
}

fn check_size(size: u64, remaining: u64, per_patch: u64) -> Result<(), ApiError> {
    if size > remaining {
        return Err(ApiError::TooLarge(format!(
            "Only {remaining} bytes of the upload remain."
        )));
    }
    if size > per_patch {
        return Err(ApiError::TooLarge(format!(
            "Send at most {per_patch} bytes per PATCH."
        )));
    }
    Ok(())
}

/// One PATCH, after its checks.
struct Patch {
    state: AppState,
    upload: Upload,
    checksum: Option<[u8; 32]>,
    /// `Content-Length`, if given.
    declared: Option<u64>,
    /// The most bytes this PATCH may carry.
    limit: u64,
    per_patch: u64,
}

/// How a PATCH body ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum End {
    /// All of it came.
    Whole,
    /// The connection failed, the body stopped short of its
    /// `Content-Length`, or nothing came for [`uploads::BODY_IDLE`].
    Cut,
    /// More than [`Patch::limit`].
    TooLarge,
}

impl Patch {
    async fn run(self, guard: OwnedMutexGuard<()>, mut body: Body) -> Result<Response, ApiError> {
        let start = self.upload.received;
        let path = self.state.uploads.path(&self.upload.id);
        let mut file = tokio::fs::OpenOptions::new()
            .write(true)
            .open(&path)
            .await?;
        // Bytes past the offset are from a PATCH that never finished
        // (the server stopped before the offset moved): not the upload's.
        let on_disk = file.metadata().await?.len();
        if on_disk < start {
            return Err(ApiError::Storage(std::io::Error::other(format!(
                "upload {} has {on_disk} bytes on disk, fewer than its offset {start}",
                self.upload.id
            ))));
        }
        if on_disk > start {
            file.set_len(start).await?;
        }
        file.seek(std::io::SeekFrom::Start(start)).await?;

        let mut hasher = self.checksum.map(|_| Sha256::new());
        let mut received: u64 = 0;
        let mut end = loop {
            let next = std::future::poll_fn(|cx| Pin::new(&mut body).poll_frame(cx));
            let frame = match tokio::time::timeout(uploads::BODY_IDLE, next).await {
                Ok(Some(Ok(frame))) => frame,
                Ok(None) => break End::Whole,
                Ok(Some(Err(_))) | Err(_) => break End::Cut,
            };
            let Ok(data) = frame.into_data() else {
                continue; // trailers
            };
            let len = data.len() as u64;
            if received + len > self.limit {
                break End::TooLarge;
            }
            if let Some(hasher) = &mut hasher {
                hasher.update(&data);
            }
            file.write_all(&data).await?;
            received += len;
        };
        if end == End::Whole && self.declared.is_some_and(|d| d != received) {
            end = End::Cut;
        }
        let matches = hasher.map(|h| <[u8; 32]>::from(h.finalize())) == self.checksum;
        let discard = match end {
            End::TooLarge => Some(ApiError::TooLarge(if self.limit < self.per_patch {
                format!("Only {} bytes of the upload remain.", self.limit)
            } else {
                format!("Send at most {} bytes per PATCH.", self.per_patch)
            })),
            End::Cut if self.checksum.is_some() => Some(ApiError::BadRequest(
                "The body ended before all of it came, so its Upload-Checksum could not be \
                 checked: nothing of it was kept. Send it again from the same Upload-Offset."
                    .to_owned(),
            )),
            End::Whole if !matches => Some(ApiError::ChecksumMismatch),
            End::Cut | End::Whole => None,
        };
        if let Some(error) = discard {
            file.set_len(start).await?;
            file.sync_data().await?;
            tracing::info!(upload = %self.upload.id, ?end, "PATCH discarded");
            return Err(error);
        }
        // On disk before the offset says so.
        file.flush().await?;
        file.sync_data().await?;
        drop(file);
        let offset = start + received;
        let state = if offset == self.upload.length {
            let sha256 = uploads::sha256_of_file(path).await?;
            if sha256 == self.upload.metadata.sha256 {
                State::Complete
            } else {
                State::Corrupt
            }
        } else {
            State::Uploading
        };
        let moved = sqlx::query(
            "UPDATE uploads SET received = $1, state = $2, updated_at = $3 \
             WHERE id = $4 AND received = $5 AND state = 'uploading'",
        )
        .bind(to_i64(offset)?)
        .bind(state.as_str())
        .bind(chrono::Utc::now().timestamp())
        .bind(&self.upload.id)
        .bind(to_i64(start)?)
        .execute(self.state.db.pool())
        .await?;
        drop(guard);
        if moved.rows_affected() == 0 {
            return Err(busy());
        }
        if state != State::Uploading {
            tracing::info!(upload = %self.upload.id, state = state.as_str(), "upload finished");
        }
        let mut response = if end == End::Cut {
            ApiError::BadRequest(format!(
                "The body ended early: {received} bytes of it were kept. \
                 Resume from Upload-Offset {offset}."
            ))
            .into_response()
        } else {
            StatusCode::NO_CONTENT.into_response()
        };
        insert_number(response.headers_mut(), "upload-offset", offset);
        Ok(response)
    }
}

/// Ends an upload (tus termination): its bytes are removed at once.
#[utoipa::path(
    delete,
    path = "/v1/uploads/{id}",
    tag = "documents",
    security(("bearer" = [])),
    params(
        ("id" = String, Path, description = "The upload ID (32 hex characters)"),
        ("Tus-Resumable" = String, Header, description = "`1.0.0`"),
    ),
    responses(
        (status = 204, description = "Terminated; it answers 404 from now on",
         headers(("Tus-Resumable" = String, description = "`1.0.0`"))),
        (status = 401, description = "No valid access token", body = agency_api::Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such upload among the caller's (or terminated)", body = agency_api::Problem, content_type = "application/problem+json"),
        (status = 409, description = "It is a document now (attached), or a PATCH of it is still running", body = agency_api::Problem, content_type = "application/problem+json"),
        (status = 412, description = "`Tus-Resumable` missing or not `1.0.0`", body = agency_api::Problem, content_type = "application/problem+json"),
    )
)]
pub(crate) async fn delete_upload(
    AppStateOf(state): AppStateOf<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    if uploads::find(&state.db, &caller.participant_id, &id)
        .await?
        .is_none()
    {
        return Err(ApiError::NotFound);
    }
    let guard = state.uploads.lock(&id).await.ok_or_else(busy)?;
    // Only one of DELETE and attaching wins: both change the state.
    let terminated = sqlx::query(
        "UPDATE uploads SET state = 'terminated', updated_at = $1 \
         WHERE id = $2 AND participant_id = $3 AND state IN ('uploading', 'complete', 'corrupt')",
    )
    .bind(chrono::Utc::now().timestamp())
    .bind(&id)
    .bind(&caller.participant_id)
    .execute(state.db.pool())
    .await?;
    if terminated.rows_affected() == 0 {
        return match uploads::find(&state.db, &caller.participant_id, &id).await? {
            Some(upload) if upload.state == State::Attached => Err(ApiError::Conflict(
                "The upload is a document now; it cannot be removed.".to_owned(),
            )),
            _ => Err(ApiError::NotFound),
        };
    }
    match tokio::fs::remove_file(state.uploads.path(&id)).await {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        // The row says terminated; the file goes with the abandoned ones.
        Err(e) => {
            tracing::warn!(upload = %id, error = %e, "cannot remove a terminated upload's file")
        }
    }
    drop(guard);
    tracing::info!(upload = %id, "upload terminated");
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// A header holding a non-negative integer, if present.
fn header_u64(headers: &HeaderMap, name: &str) -> Result<Option<u64>, ApiError> {
    headers
        .get(name)
        .map(|v| {
            v.to_str()
                .ok()
                .map(str::trim)
                .filter(|v| !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit()))
                .and_then(|v| v.parse().ok())
                .ok_or_else(|| {
                    ApiError::BadRequest(format!("{name} must be a whole number of bytes."))
                })
        })
        .transpose()
}

fn insert_number(headers: &mut HeaderMap, name: &'static str, value: u64) {
    headers.insert(HeaderName::from_static(name), HeaderValue::from(value));
}

fn to_i64(size: u64) -> Result<i64, ApiError> {
    i64::try_from(size).map_err(|_| ApiError::TooLarge("Too many bytes.".to_owned()))
}
