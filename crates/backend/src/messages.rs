//! Secure messages with the agency: each case's threads as synced (cached
//! encrypted, like every other piece of the agency's data), a new thread or
//! a reply checked by the agency's limits and sent through the outbox (its
//! own idempotency key, so it is recorded once), drafts per thread kept
//! encrypted until sent, and marking a thread read.
//!
//! Marking read: the app tells the agency when the parent opens a thread
//! with unread messages, up to the last message the parent saw. It is shown
//! read here at once; when the agency cannot be reached, the mark is kept
//! (in the encrypted cache) and sent again at the start of the next sync,
//! before the threads are fetched, so that the agency's older count does
//! not bring the unread mark back.
//!
//! Nothing of a message (subject, body) is ever logged: only IDs.

use crate::application_form::{FieldIssue, FieldProblem};
use crate::store::store_error;
use crate::{Backend, ErrorCode, IpcError, OutboxItem, OutboxKind, OutboxState};
use agency_api::{
    MAX_MESSAGE_CHARS, MAX_MESSAGE_DOCUMENTS, MAX_SUBJECT_CHARS, MarkRead, Message, MessageSender,
    NewMessage, NewThread, Thread, ThreadDetail,
};
use chrono::{SecondsFormat, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Marks the agency has not heard of yet (cache key).
const PENDING_READS: &str = "message-reads";

pub(crate) fn threads_key(case_id: &str) -> String {
    format!("threads/{case_id}")
}

pub(crate) fn thread_key(case_id: &str, thread_id: &str) -> String {
    format!("thread/{case_id}/{thread_id}")
}

fn draft_name(participant: &str, case_id: &str, thread_id: Option<&str>) -> String {
    format!(
        "message/{participant}/{case_id}/{}",
        thread_id.map_or("new", |t| t)
    )
}

/// A message as typed: a new thread (with `subject`) or a reply (without).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(export)]
pub struct MessageForm {
    /// The new thread's subject; ignored for a reply.
    #[ts(optional)]
    pub subject: Option<String>,
    pub body: String,
    /// Uploads (outbox items of `document_attachment` on the same case) to
    /// send with it: it goes once they are delivered.
    pub attachments: Vec<String>,
}

/// A message in progress, as saved.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct MessageDraft {
    pub form: MessageForm,
    /// When it was saved (RFC 3339); empty on the way in.
    #[serde(default)]
    pub saved_at: String,
}

/// One case's threads as of the last sync.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct CaseThreads {
    pub case_id: String,
    /// The latest activity first.
    pub threads: Vec<Thread>,
    /// Unread messages from the agency on the case.
    pub unread: u32,
}

/// A message the parent sent that the agency has not received yet.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct PendingMessage {
    /// The outbox item.
    pub id: String,
    pub case_id: String,
    /// The thread it replies to; null for a new thread.
    pub thread_id: Option<String>,
    /// A new thread's subject.
    pub subject: Option<String>,
    pub body: String,
    pub attachments: Vec<String>,
    pub created_at: String,
    pub state: OutboxState,
}

/// The parent's messages: each case's threads, the messages on their way,
/// and the unread count.
#[derive(Debug, Clone, Default, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct MessageInbox {
    pub cases: Vec<CaseThreads>,
    /// Oldest first.
    pub pending: Vec<PendingMessage>,
    /// Unread messages from the agency, on every case.
    pub unread: u32,
    /// When the threads were fetched (RFC 3339), or null if never.
    pub as_of: Option<String>,
}

/// One thread with its messages, and the replies on their way.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct ThreadView {
    pub thread: Thread,
    /// Oldest first.
    pub messages: Vec<Message>,
    /// Oldest first.
    pub pending: Vec<PendingMessage>,
}

/// What a reply's outbox item carries.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct Reply {
    pub(crate) thread_id: String,
    pub(crate) message: NewMessage,
}

/// A mark the agency has not acknowledged.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct PendingRead {
    case_id: String,
    thread_id: String,
    up_to: Option<String>,
}

/// Every field of a message at fault, by the agency's limits: `subject`
/// (new threads only) and `body` 1 to their most characters once trimmed,
/// at most ten attachments, each once.
pub fn check_message(form: &MessageForm, new_thread: bool) -> Vec<FieldIssue> {
    let mut issues = Vec::new();
    let mut text = |field: &str, value: &str, most: usize| {
        let value = value.trim();
        if value.is_empty() {
            issues.push(FieldIssue {
                field: field.to_owned(),
                problem: FieldProblem::Required,
            });
        } else if value.chars().count() > most {
            issues.push(FieldIssue {
                field: field.to_owned(),
                problem: FieldProblem::TooLong,
            });
        }
    };
    if new_thread {
        text(
            "subject",
            form.subject.as_deref().unwrap_or_default(),
            MAX_SUBJECT_CHARS,
        );
    }
    text("body", &form.body, MAX_MESSAGE_CHARS);
    let mut seen = std::collections::HashSet::new();
    if form.attachments.len() > MAX_MESSAGE_DOCUMENTS
        || !form.attachments.iter().all(|a| seen.insert(a))
    {
        issues.push(FieldIssue {
            field: "attachments".to_owned(),
            problem: FieldProblem::TooMany,
        });
    }
    issues
}

fn refused(issues: &[FieldIssue]) -> IpcError {
    let first = issues.first();
    IpcError {
        field: first.map(|i| i.field.clone()),
        reason: first.and_then(|i| {
            serde_json::to_value(i.problem)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
        }),
        ..IpcError::new(
            ErrorCode::InvalidInput,
            "Some answers need another look before the message can be sent.",
        )
    }
}

impl Backend {
    /// Every field of a message that needs another look (none: it can be
    /// sent). `thread_id` null: a new thread, whose subject is checked too.
    pub fn check_message(&self, form: &MessageForm, thread_id: Option<&str>) -> Vec<FieldIssue> {
        check_message(form, thread_id.is_none())
    }

    /// The parent's messages as of the last sync, with those on their way.
    pub async fn message_inbox(&self) -> Result<MessageInbox, IpcError> {
        let store = self.inner.local.get().await?;
        let overview = self.case_overview().await?;
        let mut inbox = MessageInbox::default();
        for case in &overview.cases {
            let Some(cached) = store
                .cached(&threads_key(&case.id))
                .await
                .map_err(store_error)?
            else {
                continue;
            };
            let Ok(held) = serde_json::from_value::<CaseThreads>(cached.value) else {
                continue;
            };
            let at = cached.fetched_at.to_rfc3339_opts(SecondsFormat::Secs, true);
            if inbox.as_of.as_ref().is_none_or(|a| *a > at) {
                inbox.as_of = Some(at);
            }
            inbox.unread += held.unread;
            inbox.cases.push(held);
        }
        inbox.pending = self.pending_messages(None).await?;
        Ok(inbox)
    }

    /// One thread as of the last sync, with the replies on their way; null
    /// when it has not been downloaded.
    pub async fn message_thread(
        &self,
        case_id: &str,
        thread_id: &str,
    ) -> Result<Option<ThreadView>, IpcError> {
        let store = self.inner.local.get().await?;
        let Some(detail) = cached_detail(&store, case_id, thread_id).await? else {
            return Ok(None);
        };
        Ok(Some(ThreadView {
            thread: detail.thread,
            messages: detail.messages,
            pending: self.pending_messages(Some(thread_id)).await?,
        }))
    }

    /// The messages of the signed-in parent still in the outbox (not yet
    /// delivered): all of them, or the replies to one thread.
    async fn pending_messages(
        &self,
        thread: Option<&str>,
    ) -> Result<Vec<PendingMessage>, IpcError> {
        let Ok(participant) = self.participant_id() else {
            return Ok(Vec::new());
        };
        let store = self.inner.local.get().await?;
        let records = store.outbox().await.map_err(store_error)?;
        let mut pending = Vec::new();
        for record in &records {
            let Some(participant_of) = crate::outbox::participant(record) else {
                continue;
            };
            if participant_of != participant {
                continue;
            }
            let item = crate::outbox::view(record);
            if matches!(item.state, OutboxState::Delivered { .. }) {
                continue;
            }
            let case_id = record.case_id.clone().unwrap_or_default();
            let message = match item.kind {
                OutboxKind::MessageThread => {
                    let Some(new) = crate::outbox::body::<NewThread>(record) else {
                        continue;
                    };
                    PendingMessage {
                        id: item.id,
                        case_id,
                        thread_id: None,
                        subject: Some(new.subject),
                        body: new.body,
                        attachments: item.attachments,
                        created_at: item.created_at,
                        state: item.state,
                    }
                }
                OutboxKind::MessageReply => {
                    let Some(reply) = crate::outbox::body::<Reply>(record) else {
                        continue;
                    };
                    PendingMessage {
                        id: item.id,
                        case_id,
                        thread_id: Some(reply.thread_id),
                        subject: None,
                        body: reply.message.body,
                        attachments: item.attachments,
                        created_at: item.created_at,
                        state: item.state,
                    }
                }
                _ => continue,
            };
            if thread.is_none_or(|t| message.thread_id.as_deref() == Some(t)) {
                pending.push(message);
            }
        }
        Ok(pending)
    }

    /// The message in progress on a case: a new thread (`thread_id` null)
    /// or a reply.
    pub async fn message_draft(
        &self,
        case_id: &str,
        thread_id: Option<&str>,
    ) -> Result<Option<MessageDraft>, IpcError> {
        let name = draft_name(&self.participant_id()?, case_id, thread_id);
        let store = self.inner.local.get().await?;
        Ok(store
            .draft(&name)
            .await
            .map_err(store_error)?
            .and_then(|value| serde_json::from_value(value).ok()))
    }

    /// Saves the message in progress (encrypted, on disk), replacing the
    /// last save. An empty message deletes the draft.
    pub async fn save_message_draft(
        &self,
        case_id: &str,
        thread_id: Option<&str>,
        form: MessageForm,
    ) -> Result<MessageDraft, IpcError> {
        let name = draft_name(&self.participant_id()?, case_id, thread_id);
        let store = self.inner.local.get().await?;
        let draft = MessageDraft {
            form,
            saved_at: Utc::now().to_rfc3339_opts(SecondsFormat::Secs, true),
        };
        let empty = draft.form.body.trim().is_empty()
            && draft
                .form
                .subject
                .as_deref()
                .is_none_or(|s| s.trim().is_empty())
            && draft.form.attachments.is_empty();
        if empty {
            store.delete_draft(&name).await.map_err(store_error)?;
        } else {
            let value = serde_json::to_value(&draft)
                .map_err(|e| IpcError::new(ErrorCode::Internal, e.to_string()))?;
            store.put_draft(&name, &value).await.map_err(store_error)?;
        }
        Ok(draft)
    }

    /// Throws a message in progress away.
    pub async fn discard_message_draft(
        &self,
        case_id: &str,
        thread_id: Option<&str>,
    ) -> Result<(), IpcError> {
        let name = draft_name(&self.participant_id()?, case_id, thread_id);
        let store = self.inner.local.get().await?;
        store.delete_draft(&name).await.map_err(store_error)
    }

    /// Checks a message and saves it to the outbox in place of its draft
    /// (one transaction); the worker sends it once its attachments are
    /// delivered. `thread_id` null starts a new thread on the case.
    pub async fn send_message(
        &self,
        case_id: &str,
        thread_id: Option<&str>,
        form: &MessageForm,
    ) -> Result<OutboxItem, IpcError> {
        let participant = self.participant_id()?;
        let issues = check_message(form, thread_id.is_none());
        if !issues.is_empty() {
            return Err(refused(&issues));
        }
        let overview = self.case_overview().await?;
        if !overview.cases.iter().any(|c| c.id == case_id) {
            return Err(IpcError {
                field: Some("case_id".to_owned()),
                reason: Some("unknown_case".to_owned()),
                ..IpcError::new(ErrorCode::InvalidInput, "This case is not one of yours.")
            });
        }
        self.check_attachments(case_id, &form.attachments).await?;
        let draft = draft_name(&participant, case_id, thread_id);
        let body = form.body.trim().to_owned();
        match thread_id {
            None => {
                let new = NewThread {
                    subject: form
                        .subject
                        .as_deref()
                        .unwrap_or_default()
                        .trim()
                        .to_owned(),
                    body,
                    // Filled in from the attachments' receipts when sent.
                    documents: Vec::new(),
                };
                self.enqueue_with(
                    OutboxKind::MessageThread,
                    Some(case_id),
                    &new,
                    Some(&draft),
                    form.attachments.clone(),
                )
                .await
            }
            Some(thread_id) => {
                let reply = Reply {
                    thread_id: thread_id.to_owned(),
                    message: NewMessage {
                        body,
                        documents: Vec::new(),
                    },
                };
                self.enqueue_with(
                    OutboxKind::MessageReply,
                    Some(case_id),
                    &reply,
                    Some(&draft),
                    form.attachments.clone(),
                )
                .await
            }
        }
    }

    /// Tells the agency the parent has read a thread, up to the latest
    /// message held here. Shown read here at once; kept and sent again by
    /// the next sync when the agency cannot be reached now.
    pub async fn mark_thread_read(
        &self,
        case_id: &str,
        thread_id: &str,
    ) -> Result<Option<ThreadView>, IpcError> {
        self.participant_id()?;
        let store = self.inner.local.get().await?;
        let Some(mut detail) = cached_detail(&store, case_id, thread_id).await? else {
            return Ok(None);
        };
        if detail.thread.unread > 0 {
            let up_to = detail.messages.last().map(|m| m.id.clone());
            let now = Utc::now();
            for m in &mut detail.messages {
                if m.read_at.is_none() {
                    m.read_at = Some(now);
                }
            }
            detail.thread.unread = 0;
            self.put_own(&store, &thread_key(case_id, thread_id), &detail)
                .await?;
            self.update_listed(&store, case_id, &detail.thread).await?;
            let mark = PendingRead {
                case_id: case_id.to_owned(),
                thread_id: thread_id.to_owned(),
                up_to,
            };
            if let Err(e) = self.send_read(&mark).await {
                tracing::info!(thread = %thread_id, error = %e.message, "a read mark will be sent with the next sync");
                let mut pending = pending_reads(&store).await?;
                pending.retain(|p| p.thread_id != mark.thread_id || p.case_id != mark.case_id);
                pending.push(mark);
                put(&store, PENDING_READS, &pending).await?;
            }
        }
        self.message_thread(case_id, thread_id).await
    }

    async fn send_read(&self, mark: &PendingRead) -> Result<Thread, IpcError> {
        let client = &self.inner.client;
        let body = MarkRead {
            up_to: mark.up_to.clone(),
        };
        let (case_id, thread_id, body) = (&mark.case_id, &mark.thread_id, &body);
        self.inner
            .session
            .with_token(|t| async move { client.mark_read(&t, case_id, thread_id, body).await })
            .await
            .map_err(IpcError::from)
    }

    /// Sends the read marks the agency has not acknowledged. Those it
    /// refuses (a thread gone) are dropped; the rest wait again.
    pub(crate) async fn flush_read_marks(
        &self,
        store: &local_store::Store,
    ) -> Result<(), IpcError> {
        let pending = pending_reads(store).await?;
        if pending.is_empty() {
            return Ok(());
        }
        let mut left = Vec::new();
        for mark in pending {
            match self.send_read(&mark).await {
                Ok(_) => {}
                Err(e)
                    if matches!(
                        e.code,
                        ErrorCode::AgencyUnreachable | ErrorCode::NotSignedIn
                    ) =>
                {
                    left.push(mark);
                }
                Err(e) => {
                    tracing::info!(thread = %mark.thread_id, error = %e.message, "a read mark was dropped");
                }
            }
        }
        put(store, PENDING_READS, &left).await
    }

    /// Brings one case's threads up to date: the list, then the messages of
    /// each thread whose latest message, count or unread count changed
    /// since the last sync (or never fetched). Returns how many messages
    /// from the agency are new since the last sync: none on the case's
    /// first.
    pub(crate) async fn sync_threads(
        &self,
        store: &local_store::Store,
        case_id: &str,
    ) -> Result<u32, crate::session::AgencyErrorOr> {
        let session = &self.inner.session;
        let client = &self.inner.client;
        let list = session
            .with_token(|t| async move { client.threads(&t, case_id).await })
            .await?;
        let held: Option<CaseThreads> = store
            .cached(&threads_key(case_id))
            .await
            .ok()
            .flatten()
            .and_then(|c| serde_json::from_value(c.value).ok());
        let first = held.is_none();
        let mut arrived = 0;
        for thread in &list.threads {
            let before = held
                .as_ref()
                .and_then(|h| h.threads.iter().find(|t| t.id == thread.id));
            let old = cached_detail(store, case_id, &thread.id)
                .await
                .ok()
                .flatten();
            let unchanged = before.is_some_and(|b| {
                b.last_message_id == thread.last_message_id
                    && b.message_count == thread.message_count
                    && b.unread == thread.unread
            });
            if unchanged && old.is_some() {
                continue;
            }
            let thread_id = thread.id.as_str();
            let detail = session
                .with_token(|t| async move { client.thread(&t, case_id, thread_id).await })
                .await?;
            if !first {
                let known = |id: &str| {
                    old.as_ref()
                        .is_some_and(|o| o.messages.iter().any(|m| m.id == id))
                };
                arrived += detail
                    .messages
                    .iter()
                    .filter(|m| {
                        m.from == MessageSender::Agency && m.read_at.is_none() && !known(&m.id)
                    })
                    .count();
            }
            if let Err(e) = self
                .put_synced(store, &thread_key(case_id, thread_id), &detail)
                .await
            {
                tracing::warn!(thread = %thread_id, error = %e.message, "a thread could not be cached");
            }
        }
        let held = CaseThreads {
            case_id: case_id.to_owned(),
            threads: list.threads,
            unread: list.unread,
        };
        if let Err(e) = self.put_synced(store, &threads_key(case_id), &held).await {
            tracing::warn!(case = %case_id, error = %e.message, "threads could not be cached");
        }
        Ok(u32::try_from(arrived).unwrap_or(u32::MAX))
    }

    /// Writes what the agency answered to a delivered message into the
    /// cache, so that it shows in its thread at once, not only after the
    /// next sync.
    pub(crate) async fn keep_sent_thread(&self, case_id: &str, detail: &ThreadDetail) {
        let Ok(store) = self.inner.local.get().await else {
            return;
        };
        let _ = self
            .put_own(&store, &thread_key(case_id, &detail.thread.id), detail)
            .await;
        let _ = self.update_listed(&store, case_id, &detail.thread).await;
    }

    /// As [`Backend::keep_sent_thread`], for a reply.
    pub(crate) async fn keep_sent_reply(&self, case_id: &str, message: &Message) {
        let Ok(store) = self.inner.local.get().await else {
            return;
        };
        let Ok(Some(mut detail)) = cached_detail(&store, case_id, &message.thread_id).await else {
            return;
        };
        if detail.messages.iter().any(|m| m.id == message.id) {
            return;
        }
        detail.messages.push(message.clone());
        detail.thread.last_message_id = message.id.clone();
        detail.thread.last_message_at = message.sent_at;
        detail.thread.message_count += 1;
        let _ = self
            .put_own(&store, &thread_key(case_id, &message.thread_id), &detail)
            .await;
        let _ = self.update_listed(&store, case_id, &detail.thread).await;
    }

    /// Checks that each attachment is an upload on this case still in the
    /// outbox.
    async fn check_attachments(
        &self,
        case_id: &str,
        attachments: &[String],
    ) -> Result<(), IpcError> {
        let store = self.inner.local.get().await?;
        for id in attachments {
            let upload = store.outbox_item(id).await.map_err(store_error)?;
            let ok = upload.is_some_and(|u| {
                u.kind == "document_attachment" && u.case_id.as_deref() == Some(case_id)
            });
            if !ok {
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
        Ok(())
    }
}

async fn cached_detail(
    store: &local_store::Store,
    case_id: &str,
    thread_id: &str,
) -> Result<Option<ThreadDetail>, IpcError> {
    Ok(store
        .cached(&thread_key(case_id, thread_id))
        .await
        .map_err(store_error)?
        .and_then(|c| serde_json::from_value(c.value).ok()))
}

async fn pending_reads(store: &local_store::Store) -> Result<Vec<PendingRead>, IpcError> {
    Ok(store
        .cached(PENDING_READS)
        .await
        .map_err(store_error)?
        .and_then(|c| serde_json::from_value(c.value).ok())
        .unwrap_or_default())
}

async fn put(
    store: &local_store::Store,
    key: &str,
    value: &impl Serialize,
) -> Result<(), IpcError> {
    let value = to_json(value)?;
    store
        .put_cached(key, &value, None, Utc::now())
        .await
        .map_err(store_error)
}

impl Backend {
    /// Caches what the parent's own action made of `key` (a thread read,
    /// a message sent): no sync that began before it puts back the old.
    async fn put_own(
        &self,
        store: &local_store::Store,
        key: &str,
        value: &impl Serialize,
    ) -> Result<(), IpcError> {
        let value = to_json(value)?;
        self.cache_own(store, key, &value)
            .await
            .map_err(store_error)
    }

    /// Caches what a sync fetched, unless the parent's own action wrote
    /// `key` since that sync began.
    async fn put_synced(
        &self,
        store: &local_store::Store,
        key: &str,
        value: &impl Serialize,
    ) -> Result<(), IpcError> {
        let value = to_json(value)?;
        self.cache_synced(store, key, &value)
            .await
            .map_err(store_error)
    }

    /// Puts `thread` in its case's list in place of its older self (or
    /// first, when new), with the case's unread count worked again.
    async fn update_listed(
        &self,
        store: &local_store::Store,
        case_id: &str,
        thread: &Thread,
    ) -> Result<(), IpcError> {
        let cached = store
            .cached(&threads_key(case_id))
            .await
            .map_err(store_error)?;
        let mut held = cached
            .and_then(|c| serde_json::from_value::<CaseThreads>(c.value).ok())
            .unwrap_or_else(|| CaseThreads {
                case_id: case_id.to_owned(),
                ..CaseThreads::default()
            });
        held.threads.retain(|t| t.id != thread.id);
        held.threads.insert(0, thread.clone());
        held.threads
            .sort_by_key(|t| std::cmp::Reverse(t.last_message_at));
        held.unread = held.threads.iter().map(|t| t.unread).sum();
        self.put_own(store, &threads_key(case_id), &held).await
    }
}

fn to_json(value: &impl Serialize) -> Result<serde_json::Value, IpcError> {
    serde_json::to_value(value).map_err(|e| IpcError::new(ErrorCode::Internal, e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(subject: Option<&str>, body: &str) -> MessageForm {
        MessageForm {
            subject: subject.map(str::to_owned),
            body: body.to_owned(),
            attachments: Vec::new(),
        }
    }

    fn issue(field: &str, problem: FieldProblem) -> FieldIssue {
        FieldIssue {
            field: field.to_owned(),
            problem,
        }
    }

    #[test]
    fn every_field_at_fault_is_named() {
        assert_eq!(
            check_message(&form(Some("  "), " "), true),
            vec![
                issue("subject", FieldProblem::Required),
                issue("body", FieldProblem::Required)
            ]
        );
        let long_subject = "s".repeat(MAX_SUBJECT_CHARS + 1);
        let long_body = "é".repeat(MAX_MESSAGE_CHARS + 1);
        assert_eq!(
            check_message(&form(Some(&long_subject), &long_body), true),
            vec![
                issue("subject", FieldProblem::TooLong),
                issue("body", FieldProblem::TooLong)
            ]
        );
        // At the limits, counted in characters, not bytes.
        let subject = "s".repeat(MAX_SUBJECT_CHARS);
        let body = "é".repeat(MAX_MESSAGE_CHARS);
        assert!(check_message(&form(Some(&subject), &body), true).is_empty());
        // A reply has no subject.
        assert!(check_message(&form(None, "Thanks"), false).is_empty());
        let mut many = form(None, "Thanks");
        many.attachments = (0..=MAX_MESSAGE_DOCUMENTS).map(|i| i.to_string()).collect();
        assert_eq!(
            check_message(&many, false),
            vec![issue("attachments", FieldProblem::TooMany)]
        );
    }
}
