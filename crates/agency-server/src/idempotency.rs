//! `Idempotency-Key` for POSTs (draft-ietf-httpapi-idempotency-key-header).
//!
//! The app's outbox retries a POST until it sees the agency's receipt, so a
//! request may arrive twice, or twice at once. With a key:
//! - the first request runs, and its answer is stored with the key in the
//!   same transaction as whatever it created;
//! - a retry with the same key and the same request gets that answer again
//!   (with `Idempotency-Replayed: true`) and creates nothing;
//! - the same key with a different request is `422` problem+json.
//!
//! Concurrent retries are serialised by the key's primary key: the second
//! insert waits for the first transaction and then finds the stored answer.
//! Keys are scoped to the participant.
//!
//! Keys expire [`KEY_LIFETIME`] (24 hours) after their first use: a key
//! older than that is a new key, whether or not [`remove_expired`] has
//! swept it yet. The server sweeps at start and then every
//! [`SWEEP_EVERY`].

use crate::ApiError;
use crate::auth::Caller;
use crate::auth::secrets::{digest, now};
use crate::db::Db;
use agency_api::IDEMPOTENCY_KEY;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use sqlx::{Any, Transaction};
use std::time::Duration;

/// How long a key is remembered after its first use. A client retrying
/// for longer than this (the app's outbox does not) would create the
/// resource again. Stated in the OpenAPI document's description.
pub const KEY_LIFETIME: Duration = Duration::from_secs(24 * 60 * 60);

/// How often the server sweeps expired keys after the sweep at start.
pub const SWEEP_EVERY: Duration = Duration::from_secs(60 * 60);

/// The `created_at` (seconds since the epoch) before which a key has
/// expired at `now`.
fn expiry_cutoff(now: i64) -> i64 {
    now.saturating_sub(i64::try_from(KEY_LIFETIME.as_secs()).unwrap_or(i64::MAX))
}

/// Deletes every key that expired at `now`; returns how many. The server
/// runs it at start and every [`SWEEP_EVERY`]; an expired key is treated as
/// new even before it is swept.
pub async fn remove_expired(db: &Db, now: DateTime<Utc>) -> Result<u64, sqlx::Error> {
    let removed = sqlx::query("DELETE FROM idempotency_keys WHERE created_at < $1")
        .bind(expiry_cutoff(now.timestamp()))
        .execute(db.pool())
        .await?
        .rows_affected();
    Ok(removed)
}

/// The key a request carries, if any: 1 to 255 visible ASCII characters.
#[derive(Debug, Clone)]
pub(crate) struct IdempotencyKey(Option<String>);

impl<S: Send + Sync> FromRequestParts<S> for IdempotencyKey {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, ApiError> {
        let Some(value) = parts.headers.get(IDEMPOTENCY_KEY) else {
            return Ok(Self(None));
        };
        let key = value
            .to_str()
            .ok()
            .map(|k| k.trim().trim_matches('"'))
            .filter(|k| (1..=255).contains(&k.len()) && k.bytes().all(|b| b.is_ascii_graphic()))
            .ok_or_else(|| {
                ApiError::BadRequest(
                    "The Idempotency-Key header must be 1 to 255 visible ASCII characters."
                        .to_owned(),
                )
            })?;
        Ok(Self(Some(key.to_owned())))
    }
}

/// An answer worth storing: what a POST created.
pub(crate) struct Created {
    pub(crate) status: StatusCode,
    pub(crate) location: Option<String>,
    pub(crate) body: String,
}

impl IntoResponse for Created {
    fn into_response(self) -> Response {
        // An empty answer (a tus upload's creation) has no media type.
        let mut response = if self.body.is_empty() {
            self.status.into_response()
        } else {
            (
                self.status,
                [(header::CONTENT_TYPE, "application/json")],
                self.body,
            )
                .into_response()
        };
        if let Some(location) = self.location.and_then(|l| HeaderValue::from_str(&l).ok()) {
            response.headers_mut().insert(header::LOCATION, location);
        }
        response
    }
}

/// Where a POST stands after its key is checked.
pub(crate) enum Begun {
    /// Run the request in `tx`, then [`Run::finish`] with what it created.
    Run(Run),
    /// Answered before: send this again.
    Replay(Response),
}

pub(crate) struct Run {
    pub(crate) tx: Transaction<'static, Any>,
    claim: Option<(String, String)>,
}

/// Checks the key of a request, before it runs. `request` identifies it:
/// method, path and body in a canonical form.
pub(crate) async fn begin(
    db: &Db,
    caller: &Caller,
    key: &IdempotencyKey,
    request: &str,
) -> Result<Begun, ApiError> {
    let mut tx = db.pool().begin().await?;
    let Some(key) = key.0.as_deref() else {
        return Ok(Begun::Run(Run { tx, claim: None }));
    };
    let hash = digest(request);
    let now = now();
    // Forget this key if it has expired, so that it is claimed afresh. This
    // also starts the transaction by writing, before any read: in SQLite's
    // WAL mode such a transaction waits for the lock instead of failing on
    // a stale snapshot. (A concurrent retry waits here for the row, then
    // conflicts on the claim below and replays.)
    sqlx::query(
        "DELETE FROM idempotency_keys \
         WHERE participant_id = $1 AND idempotency_key = $2 AND created_at < $3",
    )
    .bind(&caller.participant_id)
    .bind(key)
    .bind(expiry_cutoff(now))
    .execute(&mut *tx)
    .await?;
    let claimed = sqlx::query(
        "INSERT INTO idempotency_keys (participant_id, idempotency_key, request_hash, status, body, created_at) \
         VALUES ($1, $2, $3, 0, '', $4)",
    )
    .bind(&caller.participant_id)
    .bind(key)
    .bind(&hash)
    .bind(now)
    .execute(&mut *tx)
    .await;
    match claimed {
        Ok(_) => Ok(Begun::Run(Run {
            tx,
            claim: Some((caller.participant_id.clone(), key.to_owned())),
        })),
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
            drop(tx);
            replay(db, caller, key, &hash).await.map(Begun::Replay)
        }
        Err(e) => Err(e.into()),
    }
}

impl Run {
    /// Stores the answer with the key, commits both, and answers.
    pub(crate) async fn finish(mut self, created: Created) -> Result<Response, ApiError> {
        if let Some((participant, key)) = &self.claim {
            sqlx::query(
                "UPDATE idempotency_keys SET status = $1, body = $2, location = $3 \
                 WHERE participant_id = $4 AND idempotency_key = $5",
            )
            .bind(i64::from(created.status.as_u16()))
            .bind(&created.body)
            .bind(&created.location)
            .bind(participant)
            .bind(key)
            .execute(&mut *self.tx)
            .await?;
        }
        self.tx.commit().await?;
        Ok(created.into_response())
    }
}

async fn replay(db: &Db, caller: &Caller, key: &str, hash: &str) -> Result<Response, ApiError> {
    let (stored_hash, status, body, location): (String, i64, String, Option<String>) =
        sqlx::query_as(
            "SELECT request_hash, status, body, location FROM idempotency_keys \
             WHERE participant_id = $1 AND idempotency_key = $2",
        )
        .bind(&caller.participant_id)
        .bind(key)
        .fetch_one(db.pool())
        .await?;
    if stored_hash != hash {
        return Err(ApiError::IdempotencyKeyReused);
    }
    let mut response = Created {
        status: u16::try_from(status)
            .ok()
            .and_then(|s| StatusCode::from_u16(s).ok())
            .unwrap_or(StatusCode::OK),
        location,
        body,
    }
    .into_response();
    response
        .headers_mut()
        .insert("idempotency-replayed", HeaderValue::from_static("true"));
    Ok(response)
}
