//! The outbox: submissions written durably before they are sent, and their
//! delivery state.
//!
//! ```text
//! enqueue ─▶ Queued ──mark_sending──▶ Sending ──mark_delivered──▶ Delivered
//!              ▲  │                    │  │
//!              │  └──────mark_failed───┼──┴──mark_failed──▶ Failed
//!              ├──────mark_retry───────┘                       │
//!              ├──recover_interrupted (Sending, on start-up)   │
//!              ├──────────────────requeue──────────────────────┘
//!              │
//!              └──resume── Paused ◀──pause── Queued, Sending
//! ```
//!
//! Anything else is [`StoreError::InvalidTransition`], except
//! `mark_delivered` on a Delivered item, which changes nothing and succeeds.
//! `remove` deletes an item that is not Delivered; `update_payload` changes
//! what an item not yet Delivered carries (an upload's URL, once created).

use chrono::{DateTime, Utc};
use sqlx::Row as _;
use sqlx::sqlite::SqliteRow;

use crate::crypto::{OutboxColumn, Place};
use crate::time::{from_micros, stored, to_micros};
use crate::{Store, StoreError};

/// A submission to write to the outbox.
#[derive(Debug, Clone, PartialEq)]
pub struct NewOutboxItem {
    /// What it is, e.g. `"modification_request"` (stored in clear: nothing
    /// personal).
    pub kind: String,
    /// The case it concerns, if any (encrypted).
    pub case_id: Option<String>,
    /// The body to send (encrypted).
    pub payload: serde_json::Value,
}

/// Where an outbox item is in its delivery.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RecordState {
    /// Waiting to be sent, from `next_attempt_at`.
    Queued,
    /// Handed to the network; back to Queued if the app stopped meanwhile.
    Sending,
    /// The parent paused it (an upload); nothing is sent until `resume`.
    Paused,
    /// The agency accepted it; `receipt` says what it answered.
    Delivered,
    /// The agency refused it for good; the parent must act (`requeue`).
    Failed,
}

impl RecordState {
    fn as_str(self) -> &'static str {
        match self {
            RecordState::Queued => "queued",
            RecordState::Sending => "sending",
            RecordState::Paused => "paused",
            RecordState::Delivered => "delivered",
            RecordState::Failed => "failed",
        }
    }

    fn parse(s: &str) -> Option<RecordState> {
        Some(match s {
            "queued" => RecordState::Queued,
            "sending" => RecordState::Sending,
            "paused" => RecordState::Paused,
            "delivered" => RecordState::Delivered,
            "failed" => RecordState::Failed,
            _ => return None,
        })
    }
}

/// An outbox item as stored. Timestamps are to the microsecond.
#[derive(Debug, Clone, PartialEq)]
pub struct OutboxRecord {
    /// Random, 32 hex digits.
    pub id: String,
    pub kind: String,
    pub case_id: Option<String>,
    pub payload: serde_json::Value,
    /// Random, 128 bits as 32 hex digits; the same on every attempt, so the
    /// agency can recognise a repeat.
    pub idempotency_key: String,
    pub state: RecordState,
    /// How many times it was handed to the network (`mark_sending`).
    pub attempts: u32,
    /// The last error the caller recorded (`mark_retry`, `mark_failed`);
    /// cleared on delivery.
    pub last_error: Option<serde_json::Value>,
    /// When it is due, while Queued; `None` in every other state.
    pub next_attempt_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub delivered_at: Option<DateTime<Utc>>,
    pub receipt: Option<serde_json::Value>,
}

/// `SELECT` of every outbox column, in the order [`Store::decode`] reads.
macro_rules! select_outbox {
    ($rest:literal) => {
        concat!(
            "SELECT id, kind, case_id, payload, idempotency_key, state, attempts, last_error, \
             next_attempt_at, created_at, delivered_at, receipt FROM outbox ",
            $rest
        )
    };
}

impl Store {
    /// Writes a new Queued item, due now, with a fresh random id and
    /// idempotency key. When this returns the item is committed and on disk.
    pub async fn enqueue(&self, new: NewOutboxItem) -> Result<OutboxRecord, StoreError> {
        self.enqueue_replacing(new, None).await
    }

    /// Like [`Store::enqueue`], and deletes the draft called `draft` in the
    /// same transaction: after a crash there is either the draft or the
    /// submission, never both (which would invite a second submission) and
    /// never neither.
    pub async fn enqueue_from_draft(
        &self,
        new: NewOutboxItem,
        draft: &str,
    ) -> Result<OutboxRecord, StoreError> {
        self.enqueue_replacing(new, Some(draft)).await
    }

    async fn enqueue_replacing(
        &self,
        new: NewOutboxItem,
        draft: Option<&str>,
    ) -> Result<OutboxRecord, StoreError> {
        let id = random_hex()?;
        let idempotency_key = random_hex()?;
        let now = stored(Utc::now());
        let cipher = self.cipher();
        let payload = cipher.seal_json(Place::Outbox(OutboxColumn::Payload, &id), &new.payload)?;
        let case_id = new
            .case_id
            .as_deref()
            .map(|c| cipher.seal_str(Place::Outbox(OutboxColumn::CaseId, &id), c))
            .transpose()?;
        let mut tx = self.pool().begin_with("BEGIN IMMEDIATE").await?;
        sqlx::query(
            "INSERT INTO outbox (id, kind, case_id, payload, idempotency_key, state, attempts, \
             next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, 'queued', 0, ?, ?)",
        )
        .bind(&id)
        .bind(&new.kind)
        .bind(case_id)
        .bind(payload)
        .bind(&idempotency_key)
        .bind(to_micros(now))
        .bind(to_micros(now))
        .execute(&mut *tx)
        .await?;
        if let Some(draft) = draft {
            sqlx::query("DELETE FROM drafts WHERE name = ?")
                .bind(draft)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        tracing::debug!(%id, kind = %new.kind, "outbox: enqueued");
        Ok(OutboxRecord {
            id,
            kind: new.kind,
            case_id: new.case_id,
            payload: new.payload,
            idempotency_key,
            state: RecordState::Queued,
            attempts: 0,
            last_error: None,
            next_attempt_at: Some(now),
            created_at: now,
            delivered_at: None,
            receipt: None,
        })
    }

    /// Every item, oldest first. One damaged item makes the whole list
    /// [`StoreError::Damaged`].
    pub async fn outbox(&self) -> Result<Vec<OutboxRecord>, StoreError> {
        sqlx::query(select_outbox!("ORDER BY seq"))
            .fetch_all(self.pool())
            .await?
            .iter()
            .map(|row| self.decode(row))
            .collect()
    }

    /// The item with this id, if any.
    pub async fn outbox_item(&self, id: &str) -> Result<Option<OutboxRecord>, StoreError> {
        sqlx::query(select_outbox!("WHERE id = ?"))
            .bind(id)
            .fetch_optional(self.pool())
            .await?
            .map(|row| self.decode(&row))
            .transpose()
    }

    /// The oldest Queued item whose `next_attempt_at` is at or before `now`.
    pub async fn next_due(&self, now: DateTime<Utc>) -> Result<Option<OutboxRecord>, StoreError> {
        sqlx::query(select_outbox!(
            "WHERE state = 'queued' AND next_attempt_at <= ? ORDER BY seq LIMIT 1"
        ))
        .bind(to_micros(now))
        .fetch_optional(self.pool())
        .await?
        .map(|row| self.decode(&row))
        .transpose()
    }

    /// When the next Queued item becomes due (possibly already past), if
    /// any Queued item exists: the worker sleeps until then.
    pub async fn next_due_at(&self) -> Result<Option<DateTime<Utc>>, StoreError> {
        let micros: Option<i64> =
            sqlx::query_scalar("SELECT MIN(next_attempt_at) FROM outbox WHERE state = 'queued'")
                .fetch_one(self.pool())
                .await?;
        micros
            .map(|m| from_micros(m, "the outbox's next due time"))
            .transpose()
    }

    /// Queued → Sending, `attempts` + 1. Call just before sending.
    pub async fn mark_sending(&self, id: &str) -> Result<OutboxRecord, StoreError> {
        self.transition(id, |r| {
            require(r, &[RecordState::Queued])?;
            r.state = RecordState::Sending;
            r.attempts = r.attempts.saturating_add(1);
            r.next_attempt_at = None;
            Ok(true)
        })
        .await
    }

    /// Sending → Queued, due at `next_attempt_at`, with `error` recorded: a
    /// failure worth retrying (offline, a timeout, a 5xx).
    pub async fn mark_retry(
        &self,
        id: &str,
        error: &serde_json::Value,
        next_attempt_at: DateTime<Utc>,
    ) -> Result<OutboxRecord, StoreError> {
        self.transition(id, |r| {
            require(r, &[RecordState::Sending])?;
            r.state = RecordState::Queued;
            r.last_error = Some(error.clone());
            r.next_attempt_at = Some(stored(next_attempt_at));
            Ok(true)
        })
        .await
    }

    /// Sending (or Paused) → Delivered, with the agency's `receipt`; clears `last_error`.
    /// On an item already Delivered: changes nothing (the first receipt
    /// stays) and returns it.
    pub async fn mark_delivered(
        &self,
        id: &str,
        receipt: &serde_json::Value,
        at: DateTime<Utc>,
    ) -> Result<OutboxRecord, StoreError> {
        self.transition(id, |r| {
            if r.state == RecordState::Delivered {
                return Ok(false);
            }
            // Paused: the parent paused it just as the agency's receipt came.
            require(r, &[RecordState::Sending, RecordState::Paused])?;
            r.state = RecordState::Delivered;
            r.receipt = Some(receipt.clone());
            r.delivered_at = Some(stored(at));
            r.last_error = None;
            r.next_attempt_at = None;
            Ok(true)
        })
        .await
    }

    /// Queued or Sending → Failed, with `error` recorded: a permanent
    /// refusal the parent must act on.
    pub async fn mark_failed(
        &self,
        id: &str,
        error: &serde_json::Value,
    ) -> Result<OutboxRecord, StoreError> {
        self.transition(id, |r| {
            require(r, &[RecordState::Queued, RecordState::Sending])?;
            r.state = RecordState::Failed;
            r.last_error = Some(error.clone());
            r.next_attempt_at = None;
            Ok(true)
        })
        .await
    }

    /// Failed → Queued, due now (the parent pressed "Try again"). Keeps the
    /// idempotency key, the attempt count and the last error.
    pub async fn requeue(&self, id: &str) -> Result<OutboxRecord, StoreError> {
        let now = stored(Utc::now());
        self.transition(id, |r| {
            require(r, &[RecordState::Failed])?;
            r.state = RecordState::Queued;
            r.next_attempt_at = Some(now);
            Ok(true)
        })
        .await
    }

    /// Queued or Sending → Paused (the parent paused an upload). The worker
    /// sending it stops at its next step; a Paused item is never due.
    pub async fn pause(&self, id: &str) -> Result<OutboxRecord, StoreError> {
        self.transition(id, |r| {
            require(r, &[RecordState::Queued, RecordState::Sending])?;
            r.state = RecordState::Paused;
            r.next_attempt_at = None;
            Ok(true)
        })
        .await
    }

    /// Paused → Queued, due now. On an item already Queued or Sending:
    /// changes nothing and returns it.
    pub async fn resume(&self, id: &str) -> Result<OutboxRecord, StoreError> {
        let now = stored(Utc::now());
        self.transition(id, |r| {
            if matches!(r.state, RecordState::Queued | RecordState::Sending) {
                return Ok(false);
            }
            require(r, &[RecordState::Paused])?;
            r.state = RecordState::Queued;
            r.next_attempt_at = Some(now);
            Ok(true)
        })
        .await
    }

    /// Replaces what an item carries, in any state but Delivered (an
    /// upload remembers its URL once the agency created it).
    pub async fn update_payload(
        &self,
        id: &str,
        payload: &serde_json::Value,
    ) -> Result<OutboxRecord, StoreError> {
        let sealed = self
            .cipher()
            .seal_json(Place::Outbox(OutboxColumn::Payload, id), payload)?;
        let mut tx = self.pool().begin_with("BEGIN IMMEDIATE").await?;
        let row = sqlx::query(select_outbox!("WHERE id = ?"))
            .bind(id)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or_else(|| StoreError::NotFound { id: id.to_owned() })?;
        let mut record = self.decode(&row)?;
        if record.state == RecordState::Delivered {
            return Err(StoreError::InvalidTransition {
                id: id.to_owned(),
                from: record.state,
            });
        }
        sqlx::query("UPDATE outbox SET payload = ? WHERE id = ?")
            .bind(sealed)
            .bind(id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        record.payload = payload.clone();
        Ok(record)
    }

    /// Deletes an item that is not Delivered (the parent cancelled it), and
    /// returns what it was.
    pub async fn remove(&self, id: &str) -> Result<OutboxRecord, StoreError> {
        let mut tx = self.pool().begin_with("BEGIN IMMEDIATE").await?;
        let row = sqlx::query(select_outbox!("WHERE id = ?"))
            .bind(id)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or_else(|| StoreError::NotFound { id: id.to_owned() })?;
        let record = self.decode(&row)?;
        require(
            &record,
            &[
                RecordState::Queued,
                RecordState::Sending,
                RecordState::Paused,
                RecordState::Failed,
            ],
        )?;
        sqlx::query("DELETE FROM outbox WHERE id = ?")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        tracing::debug!(%id, "outbox: removed");
        Ok(record)
    }

    /// On start-up: items left Sending by a crash go back to Queued, due now.
    /// They keep their idempotency key, so re-sending them is safe. Returns
    /// how many. Call before the worker starts: an item being sent right now
    /// is Sending too.
    pub async fn recover_interrupted(&self) -> Result<u64, StoreError> {
        let done = sqlx::query(
            "UPDATE outbox SET state = 'queued', next_attempt_at = ? WHERE state = 'sending'",
        )
        .bind(to_micros(Utc::now()))
        .execute(self.pool())
        .await?;
        let n = done.rows_affected();
        if n > 0 {
            tracing::info!(n, "outbox: interrupted sends queued again");
        }
        Ok(n)
    }

    /// Reads item `id`, lets `change` edit it (returning whether it changed),
    /// and writes it back, all in one write transaction.
    async fn transition(
        &self,
        id: &str,
        change: impl FnOnce(&mut OutboxRecord) -> Result<bool, StoreError>,
    ) -> Result<OutboxRecord, StoreError> {
        let mut tx = self.pool().begin_with("BEGIN IMMEDIATE").await?;
        let row = sqlx::query(select_outbox!("WHERE id = ?"))
            .bind(id)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or_else(|| StoreError::NotFound { id: id.to_owned() })?;
        let mut record = self.decode(&row)?;
        if change(&mut record)? {
            let cipher = self.cipher();
            let last_error = record
                .last_error
                .as_ref()
                .map(|e| cipher.seal_json(Place::Outbox(OutboxColumn::LastError, id), e))
                .transpose()?;
            let receipt = record
                .receipt
                .as_ref()
                .map(|r| cipher.seal_json(Place::Outbox(OutboxColumn::Receipt, id), r))
                .transpose()?;
            sqlx::query(
                "UPDATE outbox SET state = ?, attempts = ?, last_error = ?, next_attempt_at = ?, \
                 delivered_at = ?, receipt = ? WHERE id = ?",
            )
            .bind(record.state.as_str())
            .bind(i64::from(record.attempts))
            .bind(last_error)
            .bind(record.next_attempt_at.map(to_micros))
            .bind(record.delivered_at.map(to_micros))
            .bind(receipt)
            .bind(id)
            .execute(&mut *tx)
            .await?;
            tracing::debug!(%id, state = record.state.as_str(), "outbox: state changed");
        }
        tx.commit().await?;
        Ok(record)
    }

    /// An outbox row back to a record, decrypting its personal fields.
    fn decode(&self, row: &SqliteRow) -> Result<OutboxRecord, StoreError> {
        let id: String = row.try_get("id")?;
        let what = format!("outbox item `{id}`");
        let damaged = |problem: &str| StoreError::Damaged {
            reason: format!("{what} {problem}"),
        };
        let cipher = self.cipher();
        let blob = |column: &str| row.try_get::<Option<Vec<u8>>, _>(column);

        let case_id = blob("case_id")?
            .map(|b| cipher.unseal_str(Place::Outbox(OutboxColumn::CaseId, &id), &b))
            .transpose()?;
        let payload = blob("payload")?.ok_or_else(|| damaged("has no payload"))?;
        let payload = cipher.unseal_json(Place::Outbox(OutboxColumn::Payload, &id), &payload)?;
        let last_error = blob("last_error")?
            .map(|b| cipher.unseal_json(Place::Outbox(OutboxColumn::LastError, &id), &b))
            .transpose()?;
        let receipt = blob("receipt")?
            .map(|b| cipher.unseal_json(Place::Outbox(OutboxColumn::Receipt, &id), &b))
            .transpose()?;
        let state: String = row.try_get("state")?;
        let state = RecordState::parse(&state).ok_or_else(|| damaged("has an unknown state"))?;
        let attempts = u32::try_from(row.try_get::<i64, _>("attempts")?)
            .map_err(|_| damaged("has an impossible attempt count"))?;
        let time = |column: &str| -> Result<Option<DateTime<Utc>>, StoreError> {
            row.try_get::<Option<i64>, _>(column)?
                .map(|m| from_micros(m, &what))
                .transpose()
        };

        Ok(OutboxRecord {
            kind: row.try_get("kind")?,
            case_id,
            payload,
            idempotency_key: row.try_get("idempotency_key")?,
            state,
            attempts,
            last_error,
            next_attempt_at: time("next_attempt_at")?,
            created_at: time("created_at")?.ok_or_else(|| damaged("has no creation time"))?,
            delivered_at: time("delivered_at")?,
            receipt,
            id,
        })
    }
}

/// [`StoreError::InvalidTransition`] unless the item is in one of `from`.
fn require(record: &OutboxRecord, from: &[RecordState]) -> Result<(), StoreError> {
    if from.contains(&record.state) {
        Ok(())
    } else {
        Err(StoreError::InvalidTransition {
            id: record.id.clone(),
            from: record.state,
        })
    }
}

/// 128 random bits as 32 lowercase hex digits.
fn random_hex() -> Result<String, StoreError> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes)
        .map_err(|e| StoreError::Io(std::io::Error::other(format!("no random source: {e}"))))?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}
