//! Secure messages between a parent and the agency about one of their
//! cases.
//!
//! A thread is one parent's conversation with the agency: only that parent
//! sees it, never the other party of the case. The agency signs its
//! messages with a role ("Caseworker"), never a staff member's name.
//! Attachments are the parent's documents on the same case, sent first
//! through `/v1/uploads` and `POST /v1/cases/{id}/documents`.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// Longest subject of a thread, in characters.
pub const MAX_SUBJECT_CHARS: usize = 200;
/// Longest message body, in characters.
pub const MAX_MESSAGE_CHARS: usize = 5000;
/// Most documents one message may carry.
pub const MAX_MESSAGE_DOCUMENTS: usize = 10;

/// Who wrote a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, export_to = "agency/"))]
#[serde(rename_all = "snake_case")]
pub enum MessageSender {
    /// The parent whose thread it is (the caller).
    Parent,
    /// The agency; `agency_role` says in what capacity.
    Agency,
}

/// `POST /v1/cases/{id}/threads`: a new thread with its first message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, export_to = "agency/"))]
#[serde(deny_unknown_fields)]
pub struct NewThread {
    /// 1 to 200 characters.
    #[schema(example = "Question about my last payment")]
    pub subject: String,
    /// The first message, 1 to 5,000 characters.
    pub body: String,
    /// The caller's documents on the same case to attach (at most 10, each
    /// once).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schema(example = json!(["DOC-000001"]))]
    #[cfg_attr(feature = "ts", ts(type = "Array<string>", optional = nullable))]
    pub documents: Vec<String>,
}

/// `POST /v1/cases/{id}/threads/{thread_id}/messages`: a reply.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, export_to = "agency/"))]
#[serde(deny_unknown_fields)]
pub struct NewMessage {
    /// 1 to 5,000 characters.
    pub body: String,
    /// As in [`NewThread`].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schema(example = json!(["DOC-000001"]))]
    #[cfg_attr(feature = "ts", ts(type = "Array<string>", optional = nullable))]
    pub documents: Vec<String>,
}

/// `POST /v1/cases/{id}/threads/{thread_id}/read`: marks the agency's
/// messages read, up to and including `up_to` (the last one the parent
/// saw), or all of them without it. A message that arrived after the one
/// named stays unread.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, export_to = "agency/"))]
#[serde(deny_unknown_fields)]
pub struct MarkRead {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(example = "MSG-000002")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub up_to: Option<String>,
}

/// One message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, export_to = "agency/"))]
pub struct Message {
    #[schema(example = "MSG-000001")]
    pub id: String,
    #[schema(example = "TH-000001")]
    pub thread_id: String,
    pub from: MessageSender,
    /// For the agency's messages, the role of who wrote it, e.g.
    /// "Caseworker"; never a person's name. Null for the parent's.
    #[schema(example = "Caseworker")]
    pub agency_role: Option<String>,
    pub body: String,
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub sent_at: DateTime<Utc>,
    /// When the caller read it; the caller's own messages are read when
    /// sent. Null: unread.
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub read_at: Option<DateTime<Utc>>,
    /// IDs of the caller's documents attached, in the order given.
    pub documents: Vec<String>,
}

/// A thread as listed: no messages, but how many the caller has not read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, export_to = "agency/"))]
pub struct Thread {
    #[schema(example = "TH-000001")]
    pub id: String,
    #[schema(example = "C-1001")]
    pub case_id: String,
    pub subject: String,
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub created_at: DateTime<Utc>,
    /// When its latest message was sent.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub last_message_at: DateTime<Utc>,
    /// The ID of its latest message: a thread whose `last_message_id`
    /// changed since the last sync has news.
    #[schema(example = "MSG-000003")]
    pub last_message_id: String,
    pub message_count: u32,
    /// The agency's messages in it the caller has not read.
    pub unread: u32,
}

/// `GET /v1/cases/{id}/threads`: the caller's threads on the case, the
/// latest activity first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, export_to = "agency/"))]
pub struct ThreadList {
    pub threads: Vec<Thread>,
    /// The sum of the threads' `unread`.
    pub unread: u32,
}

/// `GET /v1/cases/{id}/threads/{thread_id}`, and the answer to creating a
/// thread: the thread and all its messages, oldest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, export_to = "agency/"))]
pub struct ThreadDetail {
    pub thread: Thread,
    pub messages: Vec<Message>,
}
