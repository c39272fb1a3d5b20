//! Secure messages: one parent's threads with the agency on one case.
//!
//! A thread is seen only by the parent whose it is (privacy rule 3: what a
//! parent writes may say anything about their life), never by the other
//! party. The agency's messages are written by an operator
//! (`agency-server reply-message`) and signed with a role, never a name.
//! Subjects and bodies are never logged.

use super::modifications::{check_document_list, check_documents_owned};
use crate::auth::Caller;
use crate::changes::{self, Scope};
use crate::idempotency::{self, Begun, Created, IdempotencyKey};
use crate::{ApiError, AppState, counters, privacy, timeline};
use agency_api::{
    ChangeArea as Area, MAX_MESSAGE_CHARS, MAX_SUBJECT_CHARS, MarkRead, Message, MessageSender,
    NewMessage, NewThread, Thread, ThreadDetail, ThreadList, paths,
};
use axum::Json;
use axum::body::Bytes;
use axum::extract::rejection::JsonRejection;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use chrono::{DateTime, Utc};
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

/// The caller's message threads on one of their cases.
#[utoipa::path(
    get,
    path = "/v1/cases/{id}/threads",
    tag = "messages",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The case ID, e.g. C-1001")),
    responses(
        (status = 200, description = "The caller's threads on the case, the latest activity first, with unread counts", body = ThreadList),
        (status = 401, description = "No valid access token", body = agency_api::Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such case among the caller's", body = agency_api::Problem, content_type = "application/problem+json"),
    )
)]
pub(crate) async fn list_threads(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> Result<Json<ThreadList>, ApiError> {
    let access = privacy::case_for(&state.db, &caller, &id).await?;
    let mut conn = state.db.pool().acquire().await?;
    let threads = threads(
        &mut conn,
        "t.case_id = $1 AND t.participant_id = $2",
        &[&access.case_id, access.filer()],
    )
    .await?;
    let unread = threads.iter().map(|t| t.unread).sum();
    Ok(Json(ThreadList { threads, unread }))
}

/// Starts a thread with the agency on one of the caller's cases.
#[utoipa::path(
    post,
    path = "/v1/cases/{id}/threads",
    tag = "messages",
    security(("bearer" = [])),
    params(
        ("id" = String, Path, description = "The case ID, e.g. C-1001"),
        ("Idempotency-Key" = Option<String>, Header, description = "Makes the POST safe to retry: the same key and body get the first answer and create nothing new. A key is remembered for 24 hours after its first use, then it is a new key"),
    ),
    request_body = NewThread,
    responses(
        (status = 201, description = "Sent: the thread with its first message", body = ThreadDetail,
         headers(("Location" = String, description = "The new thread"))),
        (status = 400, description = "A malformed body", body = agency_api::Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid access token", body = agency_api::Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such case among the caller's", body = agency_api::Problem, content_type = "application/problem+json"),
        (status = 422, description = "Of type `/problems/bad-request`, the detail naming the field first: `subject` blank or over 200 characters; `body` blank or over 5,000; `documents` lists more than 10; `documents[i]` repeats one or names no document the caller sent on this case. Or the Idempotency-Key came with a different request (`/problems/idempotency-key-reused`)", body = agency_api::Problem, content_type = "application/problem+json"),
    )
)]
pub(crate) async fn create_thread(
    State(state): State<AppState>,
    caller: Caller,
    key: IdempotencyKey,
    Path(id): Path<String>,
    body: Result<Json<NewThread>, JsonRejection>,
) -> Result<Response, ApiError> {
    let access = privacy::case_for(&state.db, &caller, &id).await?;
    let Json(new) = body.map_err(|e| ApiError::BadRequest(e.body_text()))?;
    let subject = text("subject", &new.subject, MAX_SUBJECT_CHARS)?;
    let text_body = text("body", &new.body, MAX_MESSAGE_CHARS)?;
    check_document_list(&new.documents)?;
    let collection = paths::case_threads(&access.case_id);
    let request = format!(
        "POST {collection}\n{}",
        serde_json::to_string(&new).unwrap_or_default()
    );
    let mut run = match idempotency::begin(&state.db, &caller, &key, &request).await? {
        Begun::Replay(response) => return Ok(response),
        Begun::Run(run) => run,
    };
    let seq = counters::next(&mut run.tx, "message_threads").await?;
    let thread_id = format!("TH-{seq:06}");
    check_documents_owned(&mut run.tx, &access, &new.documents).await?;
    let now = Utc::now();
    sqlx::query(
        "INSERT INTO message_threads (id, seq, case_id, participant_id, subject, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(&thread_id)
    .bind(seq)
    .bind(&access.case_id)
    .bind(access.filer())
    .bind(subject)
    .bind(timeline::timestamp(now))
    .execute(&mut *run.tx)
    .await?;
    let message_id = insert_message(
        &mut run.tx,
        &thread_id,
        Sender::Parent,
        text_body,
        &new.documents,
        now,
    )
    .await?;
    let detail = detail(&mut run.tx, &thread_id)
        .await?
        .ok_or(ApiError::NotFound)?;
    tracing::info!(thread = %thread_id, message = %message_id, case = %access.case_id, "message thread started");
    changes::stamp(
        &mut run.tx,
        Scope::CaseOf(&access.case_id, access.filer()),
        &[Area::Messages],
    )
    .await?;
    run.finish(Created {
        status: StatusCode::CREATED,
        location: Some(paths::case_thread(&access.case_id, &thread_id)),
        body: serde_json::to_string(&detail).unwrap_or_default(),
    })
    .await
}

/// One of the caller's threads with all its messages, oldest first.
#[utoipa::path(
    get,
    path = "/v1/cases/{id}/threads/{thread_id}",
    tag = "messages",
    security(("bearer" = [])),
    params(
        ("id" = String, Path, description = "The case ID, e.g. C-1001"),
        ("thread_id" = String, Path, description = "The thread ID, e.g. TH-000001"),
    ),
    responses(
        (status = 200, description = "The thread and its messages, oldest first. Reading does not mark them read: POST …/read does", body = ThreadDetail),
        (status = 401, description = "No valid access token", body = agency_api::Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such thread among the caller's on the case", body = agency_api::Problem, content_type = "application/problem+json"),
    )
)]
pub(crate) async fn get_thread(
    State(state): State<AppState>,
    caller: Caller,
    Path((id, thread_id)): Path<(String, String)>,
) -> Result<Json<ThreadDetail>, ApiError> {
    let access = privacy::case_for(&state.db, &caller, &id).await?;
    owned_thread(&state, &access, &thread_id).await?;
    let mut conn = state.db.pool().acquire().await?;
    detail(&mut conn, &thread_id)
        .await?
        .map(Json)
        .ok_or(ApiError::NotFound)
}

/// Replies in one of the caller's threads.
#[utoipa::path(
    post,
    path = "/v1/cases/{id}/threads/{thread_id}/messages",
    tag = "messages",
    security(("bearer" = [])),
    params(
        ("id" = String, Path, description = "The case ID, e.g. C-1001"),
        ("thread_id" = String, Path, description = "The thread ID, e.g. TH-000001"),
        ("Idempotency-Key" = Option<String>, Header, description = "Makes the POST safe to retry: the same key and body get the first answer and create nothing new. A key is remembered for 24 hours after its first use, then it is a new key"),
    ),
    request_body = NewMessage,
    responses(
        (status = 201, description = "Sent", body = Message,
         headers(("Location" = String, description = "The thread"))),
        (status = 400, description = "A malformed body", body = agency_api::Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid access token", body = agency_api::Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such thread among the caller's on the case", body = agency_api::Problem, content_type = "application/problem+json"),
        (status = 422, description = "Of type `/problems/bad-request`, the detail naming the field first: `body` blank or over 5,000 characters; `documents` lists more than 10; `documents[i]` repeats one or names no document the caller sent on this case. Or the Idempotency-Key came with a different request (`/problems/idempotency-key-reused`)", body = agency_api::Problem, content_type = "application/problem+json"),
    )
)]
pub(crate) async fn create_message(
    State(state): State<AppState>,
    caller: Caller,
    key: IdempotencyKey,
    Path((id, thread_id)): Path<(String, String)>,
    body: Result<Json<NewMessage>, JsonRejection>,
) -> Result<Response, ApiError> {
    let access = privacy::case_for(&state.db, &caller, &id).await?;
    owned_thread(&state, &access, &thread_id).await?;
    let Json(new) = body.map_err(|e| ApiError::BadRequest(e.body_text()))?;
    let text_body = text("body", &new.body, MAX_MESSAGE_CHARS)?;
    check_document_list(&new.documents)?;
    let request = format!(
        "POST {}\n{}",
        paths::case_thread_messages(&access.case_id, &thread_id),
        serde_json::to_string(&new).unwrap_or_default()
    );
    let mut run = match idempotency::begin(&state.db, &caller, &key, &request).await? {
        Begun::Replay(response) => return Ok(response),
        Begun::Run(run) => run,
    };
    check_documents_owned(&mut run.tx, &access, &new.documents).await?;
    let now = Utc::now();
    let message_id = insert_message(
        &mut run.tx,
        &thread_id,
        Sender::Parent,
        text_body,
        &new.documents,
        now,
    )
    .await?;
    let message = messages(&mut run.tx, &thread_id)
        .await?
        .into_iter()
        .find(|m| m.id == message_id)
        .ok_or(ApiError::NotFound)?;
    tracing::info!(thread = %thread_id, message = %message_id, "message sent");
    changes::stamp(
        &mut run.tx,
        Scope::CaseOf(&access.case_id, access.filer()),
        &[Area::Messages],
    )
    .await?;
    run.finish(Created {
        status: StatusCode::CREATED,
        location: Some(paths::case_thread(&access.case_id, &thread_id)),
        body: serde_json::to_string(&message).unwrap_or_default(),
    })
    .await
}

/// Marks the agency's messages in one of the caller's threads read.
#[utoipa::path(
    post,
    path = "/v1/cases/{id}/threads/{thread_id}/read",
    tag = "messages",
    security(("bearer" = [])),
    params(
        ("id" = String, Path, description = "The case ID, e.g. C-1001"),
        ("thread_id" = String, Path, description = "The thread ID, e.g. TH-000001"),
        ("Idempotency-Key" = Option<String>, Header, description = "Makes the POST safe to retry: the same key and body get the first answer and create nothing new. A key is remembered for 24 hours after its first use, then it is a new key"),
    ),
    request_body(content = Option<MarkRead>, description = "Optional: without a body (or without `up_to`), every message of the thread is marked read"),
    responses(
        (status = 200, description = "Marked: the thread with its unread count now", body = Thread),
        (status = 400, description = "A malformed body", body = agency_api::Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid access token", body = agency_api::Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such thread among the caller's on the case", body = agency_api::Problem, content_type = "application/problem+json"),
        (status = 422, description = "Of type `/problems/bad-request`: `up_to` names no message of this thread. Or the Idempotency-Key came with a different request (`/problems/idempotency-key-reused`)", body = agency_api::Problem, content_type = "application/problem+json"),
    )
)]
pub(crate) async fn mark_read(
    State(state): State<AppState>,
    caller: Caller,
    key: IdempotencyKey,
    Path((id, thread_id)): Path<(String, String)>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let access = privacy::case_for(&state.db, &caller, &id).await?;
    owned_thread(&state, &access, &thread_id).await?;
    let mark: MarkRead = if body.iter().all(u8::is_ascii_whitespace) {
        MarkRead::default()
    } else {
        serde_json::from_slice(&body).map_err(|e| {
            ApiError::BadRequest(format!(
                "The body must be a JSON object with an optional `up_to`: {}",
                e.classify_words()
            ))
        })?
    };
    let request = format!(
        "POST {}\n{}",
        paths::case_thread_read(&access.case_id, &thread_id),
        serde_json::to_string(&mark).unwrap_or_default()
    );
    let mut run = match idempotency::begin(&state.db, &caller, &key, &request).await? {
        Begun::Replay(response) => return Ok(response),
        Begun::Run(run) => run,
    };
    let up_to: i64 = match &mark.up_to {
        None => i64::MAX,
        Some(message_id) => {
            let row: Option<(i64,)> =
                sqlx::query_as("SELECT seq FROM messages WHERE id = $1 AND thread_id = $2")
                    .bind(message_id)
                    .bind(&thread_id)
                    .fetch_optional(&mut *run.tx)
                    .await?;
            row.ok_or_else(|| ApiError::Invalid {
                field: "up_to".to_owned(),
                message: "names no message of this thread".to_owned(),
            })?
            .0
        }
    };
    let marked = sqlx::query(
        "UPDATE messages SET read_at = $1 WHERE thread_id = $2 AND read_at IS NULL AND seq <= $3",
    )
    .bind(timeline::timestamp(Utc::now()))
    .bind(&thread_id)
    .bind(up_to)
    .execute(&mut *run.tx)
    .await?
    .rows_affected();
    let thread = threads(&mut run.tx, "t.id = $1", &[&thread_id])
        .await?
        .pop()
        .ok_or(ApiError::NotFound)?;
    tracing::debug!(thread = %thread_id, marked, "messages marked read");
    changes::stamp(
        &mut run.tx,
        Scope::CaseOf(&access.case_id, access.filer()),
        &[Area::Messages],
    )
    .await?;
    run.finish(Created {
        status: StatusCode::OK,
        location: None,
        body: serde_json::to_string(&thread).unwrap_or_default(),
    })
    .await
}

/// Words for a JSON error without the value that was sent.
trait ClassifyWords {
    fn classify_words(&self) -> &'static str;
}

impl ClassifyWords for serde_json::Error {
    fn classify_words(&self) -> &'static str {
        match self.classify() {
            serde_json::error::Category::Data => "a field has the wrong type or is unknown",
            _ => "it is not JSON",
        }
    }
}

/// 404 unless `thread_id` is one of the caller's threads on this case.
async fn owned_thread(
    state: &AppState,
    access: &privacy::CaseAccess,
    thread_id: &str,
) -> Result<(), ApiError> {
    let row: Option<(String,)> = sqlx::query_as(
        "SELECT id FROM message_threads WHERE id = $1 AND case_id = $2 AND participant_id = $3",
    )
    .bind(thread_id)
    .bind(&access.case_id)
    .bind(access.filer())
    .fetch_optional(state.db.pool())
    .await?;
    row.map(|_| ()).ok_or(ApiError::NotFound)
}

/// A required text: trimmed, 1 to `most` characters.
fn text<'a>(field: &str, value: &'a str, most: usize) -> Result<&'a str, ApiError> {
    let value = value.trim();
    if value.is_empty() {
        return Err(ApiError::Invalid {
            field: field.to_owned(),
            message: "is required".to_owned(),
        });
    }
    if value.chars().count() > most {
        return Err(ApiError::Invalid {
            field: field.to_owned(),
            message: format!("must be at most {most} characters"),
        });
    }
    Ok(value)
}

/// Who writes a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Sender<'a> {
    Parent,
    /// The agency, signing with this role.
    Agency(&'a str),
}

/// Adds a message to a thread, in the caller's transaction; returns its ID.
/// The parent's own messages are read when sent.
pub(crate) async fn insert_message(
    conn: &mut AnyConnection,
    thread_id: &str,
    sender: Sender<'_>,
    body: &str,
    documents: &[String],
    now: DateTime<Utc>,
) -> Result<String, sqlx::Error> {
    let seq = counters::next(conn, "messages").await?;
    let id = format!("MSG-{seq:06}");
    let sent_at = timeline::timestamp(now);
    let (sender_name, role, read_at) = match sender {
        Sender::Parent => ("parent", None, Some(sent_at.as_str())),
        Sender::Agency(role) => ("agency", Some(role), None),
    };
    sqlx::query(
        "INSERT INTO messages (id, seq, thread_id, sender, agency_role, body, sent_at, read_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(&id)
    .bind(seq)
    .bind(thread_id)
    .bind(sender_name)
    .bind(role)
    .bind(body)
    .bind(&sent_at)
    .bind(read_at)
    .execute(&mut *conn)
    .await?;
    for (position, document_id) in documents.iter().enumerate() {
        sqlx::query(
            "INSERT INTO message_documents (message_id, position, document_id) VALUES ($1, $2, $3)",
        )
        .bind(&id)
        .bind(i64::try_from(position).map_err(|e| sqlx::Error::Encode(Box::new(e)))?)
        .bind(document_id)
        .execute(&mut *conn)
        .await?;
    }
    Ok(id)
}

/// Threads matching `filter` (over `message_threads t`, with `binds`), the
/// latest activity first, each with its counts and latest message.
async fn threads(
    conn: &mut AnyConnection,
    filter: &str,
    binds: &[&str],
) -> Result<Vec<Thread>, sqlx::Error> {
    let sql = format!(
        "SELECT t.id, t.case_id, t.subject, t.created_at, l.id AS last_id, l.sent_at AS last_at, \
         (SELECT COUNT(*) FROM messages m WHERE m.thread_id = t.id) AS message_count, \
         (SELECT COUNT(*) FROM messages m WHERE m.thread_id = t.id AND m.read_at IS NULL) AS unread \
         FROM message_threads t \
         JOIN messages l ON l.thread_id = t.id \
         AND l.seq = (SELECT MAX(m.seq) FROM messages m WHERE m.thread_id = t.id) \
         WHERE {filter} ORDER BY l.seq DESC"
    );
    let mut query = sqlx::query(&sql);
    for bind in binds {
        query = query.bind(*bind);
    }
    query
        .fetch_all(&mut *conn)
        .await?
        .iter()
        .map(thread_of_row)
        .collect()
}

fn thread_of_row(r: &AnyRow) -> Result<Thread, sqlx::Error> {
    let count = |name: &str| {
        u32::try_from(r.get::<i64, _>(name)).map_err(|e| sqlx::Error::Decode(Box::new(e)))
    };
    Ok(Thread {
        id: r.get("id"),
        case_id: r.get("case_id"),
        subject: r.get("subject"),
        created_at: timeline::parse_timestamp(&r.get::<String, _>("created_at"))?,
        last_message_at: timeline::parse_timestamp(&r.get::<String, _>("last_at"))?,
        last_message_id: r.get("last_id"),
        message_count: count("message_count")?,
        unread: count("unread")?,
    })
}

/// A thread's messages, oldest first, with their documents.
async fn messages(conn: &mut AnyConnection, thread_id: &str) -> Result<Vec<Message>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT id, thread_id, sender, agency_role, body, sent_at, read_at FROM messages \
         WHERE thread_id = $1 ORDER BY seq",
    )
    .bind(thread_id)
    .fetch_all(&mut *conn)
    .await?;
    let mut out = rows
        .iter()
        .map(|r| {
            Ok(Message {
                id: r.get("id"),
                thread_id: r.get("thread_id"),
                from: if r.get::<String, _>("sender") == "agency" {
                    MessageSender::Agency
                } else {
                    MessageSender::Parent
                },
                agency_role: r.get("agency_role"),
                body: r.get("body"),
                sent_at: timeline::parse_timestamp(&r.get::<String, _>("sent_at"))?,
                read_at: r
                    .get::<Option<String>, _>("read_at")
                    .as_deref()
                    .map(timeline::parse_timestamp)
                    .transpose()?,
                documents: Vec::new(),
            })
        })
        .collect::<Result<Vec<_>, sqlx::Error>>()?;
    let documents: Vec<(String, String)> = sqlx::query_as(
        "SELECT d.message_id, d.document_id FROM message_documents d \
         JOIN messages m ON m.id = d.message_id WHERE m.thread_id = $1 \
         ORDER BY m.seq, d.position",
    )
    .bind(thread_id)
    .fetch_all(&mut *conn)
    .await?;
    for (message_id, document_id) in documents {
        if let Some(m) = out.iter_mut().find(|m| m.id == message_id) {
            m.documents.push(document_id);
        }
    }
    Ok(out)
}

/// A thread with its messages, if it exists.
async fn detail(
    conn: &mut AnyConnection,
    thread_id: &str,
) -> Result<Option<ThreadDetail>, sqlx::Error> {
    let Some(thread) = threads(conn, "t.id = $1", &[thread_id]).await?.pop() else {
        return Ok(None);
    };
    let messages = messages(conn, thread_id).await?;
    Ok(Some(ThreadDetail { thread, messages }))
}
