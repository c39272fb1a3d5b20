//! What the UI sees of the session, sync and the outbox: the types that cross
//! IPC, and the events that tell the UI they changed.

use crate::IpcError;
use agency_api::{CaseDetail, Document, DocumentType, Me, UploadPolicy};
use serde::Serialize;
use ts_rs::TS;

/// Who is signed in, if anyone.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(tag = "state", rename_all = "snake_case")]
#[ts(export)]
pub enum SessionState {
    SignedOut,
    /// The agency's sign-in page is open (in the browser or a window of the
    /// app); the app waits for the parent to finish there.
    SigningIn,
    SignedIn {
        participant: Me,
        /// Whether the parent stays signed in after the app closes: false
        /// on a kiosk, or when the OS keyring cannot be used.
        remembered: bool,
    },
}

/// Where the app's copy of the agency's data stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum SyncPhase {
    /// Not syncing; what is shown is as of `as_of`.
    Idle,
    /// Fetching what is new; `done` of `total` steps finished.
    Syncing,
    /// The agency could not be reached; what is shown may be out of date.
    Offline,
    /// The agency answered with an error; what is shown may be out of date.
    Failed,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct SyncStatus {
    pub phase: SyncPhase,
    /// When the data shown was last fetched from the agency (RFC 3339), or
    /// null if it never was.
    pub as_of: Option<String>,
    pub done: u32,
    pub total: u32,
    /// For `offline` and `failed`: what went wrong.
    pub error: Option<IpcError>,
}

/// The parent's cases as the app holds them, and how fresh they are.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct CaseOverview {
    pub cases: Vec<CaseDetail>,
    pub sync: SyncStatus,
}

/// What an outbox item carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum OutboxKind {
    ModificationRequest,
    Application,
    DocumentAttachment,
    /// A change of address, phone, email or employer (not tied to a case).
    ContactUpdate,
    /// A new message thread with the agency on a case.
    MessageThread,
    /// A reply in one of the parent's message threads.
    MessageReply,
}

/// Where one submission stands. It is on disk from `queued` on: closing the
/// app, a crash or a lost connection does not lose it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(tag = "state", rename_all = "snake_case")]
#[ts(export)]
pub enum OutboxState {
    /// Saved; waiting to be sent. `retry_at` (RFC 3339) when a send failed
    /// and the app will try again by itself; `error` says why it failed.
    Queued {
        retry_at: Option<String>,
        error: Option<IpcError>,
    },
    Sending,
    /// The parent paused it (an upload): nothing is sent until they resume.
    Paused,
    /// The agency confirmed receipt: `receipt` is its reference.
    Delivered {
        receipt: String,
        at: String,
    },
    /// The agency refused it; the parent must act (`error` says why).
    Failed {
        error: IpcError,
    },
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct OutboxItem {
    pub id: String,
    pub kind: OutboxKind,
    pub case_id: Option<String>,
    /// When the parent submitted it (RFC 3339).
    pub created_at: String,
    pub attempts: u32,
    pub state: OutboxState,
    /// For a document: what is being sent.
    pub upload: Option<UploadSummary>,
    /// For a modification request: the uploads (outbox items) it waits for
    /// and is sent with.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[ts(type = "Array<string>", optional = nullable)]
    pub attachments: Vec<String>,
}

/// A document on its way to the agency, as the parent chose it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct UploadSummary {
    /// The file's name on the parent's computer.
    pub file_name: String,
    pub content_type: String,
    /// In bytes, after anything private was removed.
    #[ts(type = "number")]
    pub size: u64,
    pub document_type: DocumentType,
    /// The rejected document this one replaces.
    pub replaces: Option<String>,
    /// The bytes the agency has, at the last step saved.
    #[ts(type = "number")]
    pub sent: u64,
    /// What was removed from the file before sending, each kind once.
    #[ts(
        type = "Array<\"exif\" | \"gps\" | \"xmp\" | \"iptc\" | \"comment\" | \"other\" | \"trailing_data\">"
    )]
    pub removed: Vec<documents::Metadata>,
}

/// How an upload is going, pushed several times a second while it runs.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct UploadProgress {
    /// The outbox item.
    pub item_id: String,
    /// The bytes sent so far, of `total`.
    #[ts(type = "number")]
    pub sent: u64,
    #[ts(type = "number")]
    pub total: u64,
    /// Over the last few seconds; 0 until measured.
    #[ts(type = "number")]
    pub bytes_per_second: u64,
    /// At that speed; `None` until measured.
    pub seconds_left: Option<u32>,
}

/// A case's documents as the app holds them, and what the agency takes.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct CaseDocuments {
    /// The documents the parent sent on this case, oldest first.
    pub documents: Vec<Document>,
    /// What the agency takes as uploads, when known.
    pub policy: Option<UploadPolicy>,
    /// When the list was fetched from the agency (RFC 3339), if ever.
    pub as_of: Option<String>,
}

/// A change the UI should show, pushed as it happens.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
#[ts(export)]
pub enum BackendEvent {
    Session(SessionState),
    Sync(SyncStatus),
    Outbox(Vec<OutboxItem>),
    /// A sync found payments on a case that were not there before.
    PaymentsPosted(PaymentsPosted),
    /// A sync brought messages from the agency that were not there before.
    MessagesArrived(MessagesArrived),
    /// An upload moved on. The shell sends these over the channel the UI
    /// opened with `watch_uploads`, not as events.
    UploadProgress(UploadProgress),
}

/// New payments a sync found on one case (never the history a first sync
/// brings).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct PaymentsPosted {
    pub case_id: String,
    pub count: u32,
}

/// New messages from the agency a sync found (never those a first sync
/// brings). No subject, no text: only how many.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct MessagesArrived {
    pub count: u32,
}
