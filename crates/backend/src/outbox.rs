//! The outbox: what the parent submits is on disk, with its idempotency key,
//! before anything is sent; a worker sends it when the agency is reachable
//! and marks it delivered only on the agency's receipt.
//!
//! Exactly once, whatever happens:
//! - killed before the write commits: the parent never saw "saved", and
//!   nothing was sent;
//! - killed while sending: at start-up the item goes back to the queue and
//!   is sent again with the same key; the agency answers with the first
//!   receipt and creates nothing new;
//! - the network drops: the item waits, with a backoff that doubles up to
//!   five minutes, and is sent again with the same key.
//!
//! Each item belongs to the parent who submitted it and is sent only while
//! that parent is signed in.

use crate::agency_client::jitter;
use crate::messages::Reply;
use crate::session::AgencyErrorOr;
use crate::store::store_error;
use crate::uploads::UploadJob;
use crate::{
    Backend, BackendEvent, ErrorCode, IpcError, OutboxItem, OutboxKind, OutboxState, SessionState,
};
use agency_api::{NewApplication, NewContactUpdate, NewModificationRequest, NewThread};
use chrono::{SecondsFormat, Utc};
use local_store::{NewOutboxItem, OutboxRecord, RecordState};
use serde::{Deserialize, Serialize};
use std::time::Duration;

/// The longest wait between two attempts.
const MAX_RETRY: Duration = Duration::from_secs(5 * 60);
/// Longest `details` the agency accepts, in characters.
pub const MAX_DETAILS_CHARS: usize = 2000;

/// What the store holds for an item: who submitted it, and the request.
#[derive(Debug, Serialize, Deserialize)]
struct Envelope {
    participant: String,
    body: serde_json::Value,
    /// Uploads (outbox items) whose documents go with this request: it is
    /// sent once they are delivered, with their document IDs.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    attachments: Vec<String>,
}

/// What the store holds as an item's receipt.
#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct Receipt {
    pub(crate) id: String,
}

impl Backend {
    /// Saves a modification request to the outbox; the worker sends it once
    /// the uploads in `attachments` (outbox items of the same case, added
    /// with [`Backend::add_document`]) are delivered, with their documents.
    /// The answer means it is on disk: closing the app does not lose it.
    pub async fn submit_modification_request(
        &self,
        case_id: &str,
        request: NewModificationRequest,
        attachments: &[String],
    ) -> Result<OutboxItem, IpcError> {
        let details = request.details.trim();
        if details.is_empty() || details.chars().count() > MAX_DETAILS_CHARS {
            return Err(IpcError {
                field: Some("details".to_owned()),
                reason: Some(
                    if details.is_empty() {
                        "required"
                    } else {
                        "too_long"
                    }
                    .to_owned(),
                ),
                ..IpcError::new(
                    ErrorCode::InvalidInput,
                    format!("Say what changed, in 1 to {MAX_DETAILS_CHARS} characters."),
                )
            });
        }
        let request = NewModificationRequest {
            details: details.to_owned(),
            // Filled in from the attachments' receipts when it is sent.
            documents: Vec::new(),
            ..request
        };
        let store = self.inner.local.get().await?;
        for id in attachments {
            let upload = store.outbox_item(id).await.map_err(store_error)?;
            if !upload.is_some_and(|u| {
                kind_of(&u.kind) == Some(OutboxKind::DocumentAttachment)
                    && u.case_id.as_deref() == Some(case_id)
            }) {
                return Err(IpcError {
                    field: Some("attachments".to_owned()),
                    reason: Some("unknown_attachment".to_owned()),
                    ..IpcError::new(
                        ErrorCode::InvalidInput,
                        "One of the documents is no longer there. Add it again.",
                    )
                });
            }
        }
        self.enqueue_with(
            OutboxKind::ModificationRequest,
            Some(case_id),
            &request,
            None,
            attachments.to_vec(),
        )
        .await
    }

    /// Saves a submission to the outbox, in place of the draft it came from
    /// when there is one (in one transaction).
    pub(crate) async fn enqueue(
        &self,
        kind: OutboxKind,
        case_id: Option<&str>,
        body: &impl Serialize,
        replaces_draft: Option<&str>,
    ) -> Result<OutboxItem, IpcError> {
        self.enqueue_with(kind, case_id, body, replaces_draft, Vec::new())
            .await
    }

    pub(crate) async fn enqueue_with(
        &self,
        kind: OutboxKind,
        case_id: Option<&str>,
        body: &impl Serialize,
        replaces_draft: Option<&str>,
        attachments: Vec<String>,
    ) -> Result<OutboxItem, IpcError> {
        let SessionState::SignedIn { participant, .. } = self.session() else {
            return Err(IpcError::new(
                ErrorCode::NotSignedIn,
                "Please sign in to the agency first.",
            ));
        };
        let envelope = Envelope {
            participant: participant.id,
            body: serde_json::to_value(body)
                .map_err(|e| IpcError::new(ErrorCode::Internal, e.to_string()))?,
            attachments,
        };
        let store = self.inner.local.get().await?;
        let new = NewOutboxItem {
            kind: kind_name(kind).to_owned(),
            case_id: case_id.map(str::to_owned),
            payload: serde_json::to_value(&envelope)
                .map_err(|e| IpcError::new(ErrorCode::Internal, e.to_string()))?,
        };
        let record = match replaces_draft {
            Some(draft) => store.enqueue_from_draft(new, draft).await,
            None => store.enqueue(new).await,
        }
        .map_err(store_error)?;
        tracing::info!(item = %record.id, kind = kind_name(kind), "submission saved to the outbox");
        self.inner.outbox_wake.notify_one();
        self.emit_outbox().await;
        Ok(view(&record))
    }

    /// Every submission and where it stands, oldest first.
    pub async fn outbox(&self) -> Result<Vec<OutboxItem>, IpcError> {
        let store = self.inner.local.get().await?;
        Ok(store
            .outbox()
            .await
            .map_err(store_error)?
            .iter()
            .map(view)
            .collect())
    }

    /// Sends a refused submission again (the parent pressed "Try again").
    pub async fn retry_outbox_item(&self, id: &str) -> Result<OutboxItem, IpcError> {
        let store = self.inner.local.get().await?;
        let record = store.requeue(id).await.map_err(store_error)?;
        self.inner.outbox_wake.notify_one();
        self.emit_outbox().await;
        Ok(view(&record))
    }

    pub(crate) async fn emit_outbox(&self) {
        match self.outbox().await {
            Ok(items) => self.emit(BackendEvent::Outbox(items)),
            Err(e) => tracing::warn!(error = %e, "the outbox could not be read"),
        }
    }

    /// The worker: sends what is due, then sleeps until the next item is
    /// due, something is submitted, or the parent signs in.
    pub(crate) async fn run_outbox(&self) {
        loop {
            let wait = match self.send_next().await {
                Ok(Next::Sent) => continue,
                Ok(Next::Idle(wait)) => wait,
                Err(e) => {
                    tracing::warn!(error = %e, "the outbox worker could not read the store");
                    Duration::from_secs(30)
                }
            };
            tokio::select! {
                () = self.inner.outbox_wake.notified() => {}
                () = tokio::time::sleep(wait) => {}
            }
        }
    }

    /// Sends the oldest due item of the signed-in parent, or says how long
    /// to wait for the next one. An item with attachments waits until they
    /// are delivered (or cancelled, or refused).
    async fn send_next(&self) -> Result<Next, IpcError> {
        let SessionState::SignedIn { participant, .. } = self.session() else {
            // Nothing is sent while signed out; signing in wakes the worker.
            return Ok(Next::Idle(MAX_RETRY));
        };
        let store = self.inner.local.get().await?;
        let now = Utc::now();
        let all = store.outbox().await.map_err(store_error)?;
        let waiting = |r: &OutboxRecord| {
            envelope(r).is_some_and(|e| {
                e.attachments.iter().any(|a| {
                    all.iter().any(|u| {
                        &u.id == a
                            && matches!(
                                u.state,
                                RecordState::Queued | RecordState::Sending | RecordState::Paused
                            )
                    })
                })
            })
        };
        let ready: Vec<&OutboxRecord> = all
            .iter()
            .filter(|r| {
                r.state == RecordState::Queued
                    && envelope(r).is_some_and(|e| e.participant == participant.id)
                    && !waiting(r)
            })
            .collect();
        let due = ready
            .iter()
            .find(|r| r.next_attempt_at.is_none_or(|at| at <= now));
        let Some(record) = due.copied().cloned() else {
            let wait = ready
                .iter()
                .filter_map(|r| r.next_attempt_at)
                .min()
                .map_or(MAX_RETRY, |at| {
                    (at - now).to_std().unwrap_or(Duration::ZERO).min(MAX_RETRY)
                });
            return Ok(Next::Idle(wait));
        };
        let record = store.mark_sending(&record.id).await.map_err(store_error)?;
        self.emit_outbox().await;
        let outcome = self.deliver(&record).await;
        let updated = match outcome {
            Ok(receipt) => {
                tracing::info!(item = %record.id, receipt = %receipt.id, "submission delivered");
                let receipt = serde_json::to_value(&receipt).unwrap_or_default();
                let delivered = store.mark_delivered(&record.id, &receipt, Utc::now()).await;
                if delivered.is_ok() {
                    // Only now, with the delivery on disk: a crash before
                    // this leaves the copy for the next start to send from
                    // or to delete (`remove_orphan_copies`).
                    self.forget_delivered_copy(&record).await;
                }
                // The new submission, with its status, shows up at once.
                self.sync_soon();
                delivered
            }
            Err(Failure::Retry(error)) => {
                // Signed out while sending: no backoff. It goes as soon as
                // the parent signs in again (sign-in wakes the worker).
                let wait = if error.code == ErrorCode::NotSignedIn {
                    Duration::ZERO
                } else {
                    self.retry_wait(record.attempts)
                };
                tracing::info!(item = %record.id, ?wait, error = %error.message, "submission will be sent again");
                let at = Utc::now() + chrono::Duration::from_std(wait).unwrap_or_default();
                store.mark_retry(&record.id, &to_value(&error), at).await
            }
            Err(Failure::Refused(error)) => {
                tracing::warn!(item = %record.id, error = %error.message, "the agency refused a submission");
                store.mark_failed(&record.id, &to_value(&error)).await
            }
            Err(Failure::Stopped) => {
                // Paused or cancelled by the parent: already where it belongs.
                tracing::info!(item = %record.id, "upload stopped by the parent");
                Ok(record.clone())
            }
        };
        if let Err(e) = updated {
            // Paused or cancelled meanwhile: the parent's choice stands.
            tracing::info!(item = %record.id, error = %e, "the outcome of a send was not recorded");
        }
        self.emit_outbox().await;
        Ok(Next::Sent)
    }

    /// The documents of a request's attachments: those delivered. One the
    /// agency refused fails the request, so that the parent can act.
    async fn attached_documents(&self, attachments: &[String]) -> Result<Vec<String>, Failure> {
        let store = self.inner.local.get().await.map_err(Failure::Retry)?;
        let mut documents = Vec::new();
        for id in attachments {
            let upload = store
                .outbox_item(id)
                .await
                .map_err(|e| Failure::Retry(store_error(e)))?;
            match upload {
                Some(u) if u.state == RecordState::Delivered => {
                    if let Some(receipt) = u
                        .receipt
                        .and_then(|r| serde_json::from_value::<Receipt>(r).ok())
                    {
                        documents.push(receipt.id);
                    }
                }
                Some(u) if u.state == RecordState::Failed => {
                    return Err(Failure::Refused(IpcError::new(
                        ErrorCode::AgencyError,
                        "One of the documents for this request was not accepted. Remove it or send it again, then try again.",
                    )));
                }
                // Cancelled by the parent: the request goes without it.
                None => {}
                Some(_) => {
                    return Err(Failure::Retry(IpcError::new(
                        ErrorCode::AgencyUnreachable,
                        "Waiting for its documents to be sent.",
                    )));
                }
            }
        }
        Ok(documents)
    }

    fn retry_wait(&self, attempts: u32) -> Duration {
        let ceiling = self
            .inner
            .config
            .outbox_retry
            .saturating_mul(1 << attempts.saturating_sub(1).min(16))
            .min(MAX_RETRY);
        // Never all at once, never sooner than half the ceiling.
        ceiling / 2 + jitter(ceiling / 2)
    }

    async fn deliver(&self, record: &OutboxRecord) -> Result<Receipt, Failure> {
        let envelope = envelope(record).ok_or_else(|| {
            Failure::Refused(IpcError::new(
                ErrorCode::Internal,
                "The saved submission could not be read.",
            ))
        })?;
        let case_id = record.case_id.as_deref().unwrap_or_default();
        let client = &self.inner.client;
        let key = record.idempotency_key.as_str();
        match kind_of(&record.kind) {
            Some(OutboxKind::ModificationRequest) => {
                let mut body: NewModificationRequest = serde_json::from_value(envelope.body)
                    .map_err(|e| {
                        Failure::Refused(IpcError::new(ErrorCode::Internal, e.to_string()))
                    })?;
                body.documents = self.attached_documents(&envelope.attachments).await?;
                let body = &body;
                let receipt = self
                    .inner
                    .session
                    .with_token(|t| async move {
                        client
                            .create_modification_request(&t, case_id, body, key)
                            .await
                    })
                    .await
                    .map_err(Failure::from)?;
                Ok(Receipt { id: receipt.id })
            }
            Some(OutboxKind::Application) => {
                let body: NewApplication = serde_json::from_value(envelope.body).map_err(|e| {
                    Failure::Refused(IpcError::new(ErrorCode::Internal, e.to_string()))
                })?;
                let body = &body;
                let receipt = self
                    .inner
                    .session
                    .with_token(|t| async move { client.create_application(&t, body, key).await })
                    .await
                    .map_err(Failure::from)?;
                Ok(Receipt { id: receipt.id })
            }
            Some(OutboxKind::ContactUpdate) => {
                let body: NewContactUpdate =
                    serde_json::from_value(envelope.body).map_err(|e| {
                        Failure::Refused(IpcError::new(ErrorCode::Internal, e.to_string()))
                    })?;
                let body = &body;
                let receipt = self
                    .inner
                    .session
                    .with_token(
                        |t| async move { client.create_contact_update(&t, body, key).await },
                    )
                    .await
                    .map_err(Failure::from)?;
                Ok(Receipt { id: receipt.id })
            }
            Some(OutboxKind::MessageThread) => {
                let mut body: NewThread = serde_json::from_value(envelope.body).map_err(|e| {
                    Failure::Refused(IpcError::new(ErrorCode::Internal, e.to_string()))
                })?;
                body.documents = self.attached_documents(&envelope.attachments).await?;
                let body = &body;
                let detail = self
                    .inner
                    .session
                    .with_token(
                        |t| async move { client.create_thread(&t, case_id, body, key).await },
                    )
                    .await
                    .map_err(Failure::from)?;
                self.keep_sent_thread(case_id, &detail).await;
                Ok(Receipt {
                    id: detail.thread.id,
                })
            }
            Some(OutboxKind::MessageReply) => {
                let mut reply: Reply = serde_json::from_value(envelope.body).map_err(|e| {
                    Failure::Refused(IpcError::new(ErrorCode::Internal, e.to_string()))
                })?;
                reply.message.documents = self.attached_documents(&envelope.attachments).await?;
                let (thread_id, body) = (reply.thread_id.as_str(), &reply.message);
                let message = self
                    .inner
                    .session
                    .with_token(|t| async move {
                        client
                            .create_message(&t, case_id, thread_id, body, key)
                            .await
                    })
                    .await
                    .map_err(Failure::from)?;
                self.keep_sent_reply(case_id, &message).await;
                Ok(Receipt { id: message.id })
            }
            Some(OutboxKind::DocumentAttachment) => {
                let job = serde_json::from_value(envelope.body).map_err(|e| {
                    Failure::Refused(IpcError::new(ErrorCode::Internal, e.to_string()))
                })?;
                self.deliver_upload(record, envelope.participant, job).await
            }
            None => Err(Failure::Refused(IpcError::new(
                ErrorCode::Internal,
                "This kind of submission cannot be sent.",
            ))),
        }
    }
}

/// What the worker does next.
enum Next {
    /// It sent one: look for another at once.
    Sent,
    /// Nothing is due: wait this long (or until woken).
    Idle(Duration),
}

/// Why a send did not end in a receipt.
pub(crate) enum Failure {
    /// Try again later: the agency was unreachable or busy, or the parent
    /// is no longer signed in.
    Retry(IpcError),
    /// The agency refused it; sending it again would not help.
    Refused(IpcError),
    /// The parent paused or cancelled it (an upload) while it was sent.
    Stopped,
}

impl From<AgencyErrorOr> for Failure {
    fn from(e: AgencyErrorOr) -> Self {
        let retry = e.is_transient() || matches!(e, AgencyErrorOr::SignedOut);
        let error = IpcError::from(e);
        if retry {
            Self::Retry(error)
        } else {
            Self::Refused(error)
        }
    }
}

fn envelope(record: &OutboxRecord) -> Option<Envelope> {
    serde_json::from_value(record.payload.clone()).ok()
}

/// Who submitted an item.
pub(crate) fn participant(record: &OutboxRecord) -> Option<String> {
    envelope(record).map(|e| e.participant)
}

/// What an item carries, read as `T`.
pub(crate) fn body<T: serde::de::DeserializeOwned>(record: &OutboxRecord) -> Option<T> {
    serde_json::from_value(envelope(record)?.body).ok()
}

/// The payload of an item of `participant` that carries `body`.
pub(crate) fn envelope_value(participant: &str, body: &impl Serialize) -> serde_json::Value {
    serde_json::to_value(Envelope {
        participant: participant.to_owned(),
        body: serde_json::to_value(body).unwrap_or_default(),
        attachments: Vec::new(),
    })
    .unwrap_or_default()
}

fn to_value(error: &IpcError) -> serde_json::Value {
    serde_json::to_value(error).unwrap_or_default()
}

fn kind_name(kind: OutboxKind) -> &'static str {
    match kind {
        OutboxKind::ModificationRequest => "modification_request",
        OutboxKind::Application => "application",
        OutboxKind::DocumentAttachment => "document_attachment",
        OutboxKind::ContactUpdate => "contact_update",
        OutboxKind::MessageThread => "message_thread",
        OutboxKind::MessageReply => "message_reply",
    }
}

fn kind_of(name: &str) -> Option<OutboxKind> {
    [
        OutboxKind::ModificationRequest,
        OutboxKind::Application,
        OutboxKind::DocumentAttachment,
        OutboxKind::ContactUpdate,
        OutboxKind::MessageThread,
        OutboxKind::MessageReply,
    ]
    .into_iter()
    .find(|k| kind_name(*k) == name)
}

#[derive(Deserialize)]
struct StoredError {
    code: Option<ErrorCode>,
    message: Option<String>,
}

fn stored_error(value: Option<&serde_json::Value>) -> Option<IpcError> {
    let stored: StoredError = serde_json::from_value(value?.clone()).ok()?;
    Some(IpcError::new(
        stored.code.unwrap_or(ErrorCode::AgencyError),
        stored.message.unwrap_or_default(),
    ))
}

fn rfc3339(t: chrono::DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

pub(crate) fn view(record: &OutboxRecord) -> OutboxItem {
    let error = stored_error(record.last_error.as_ref());
    let state = match record.state {
        RecordState::Queued => OutboxState::Queued {
            retry_at: error.as_ref().and(record.next_attempt_at).map(rfc3339),
            error,
        },
        RecordState::Sending => OutboxState::Sending,
        RecordState::Paused => OutboxState::Paused,
        RecordState::Delivered => OutboxState::Delivered {
            receipt: record
                .receipt
                .as_ref()
                .and_then(|r| serde_json::from_value::<Receipt>(r.clone()).ok())
                .map(|r| r.id)
                .unwrap_or_default(),
            at: record.delivered_at.map(rfc3339).unwrap_or_default(),
        },
        RecordState::Failed => OutboxState::Failed {
            error: error.unwrap_or_else(|| {
                IpcError::new(ErrorCode::AgencyError, "The agency did not accept it.")
            }),
        },
    };
    let kind = kind_of(&record.kind).unwrap_or(OutboxKind::Application);
    let upload = (kind == OutboxKind::DocumentAttachment)
        .then(|| body::<UploadJob>(record))
        .flatten()
        .map(|job| job.summary());
    OutboxItem {
        id: record.id.clone(),
        kind,
        case_id: record.case_id.clone(),
        created_at: rfc3339(record.created_at),
        attempts: record.attempts,
        state,
        upload,
        attachments: envelope(record).map(|e| e.attachments).unwrap_or_default(),
    }
}
