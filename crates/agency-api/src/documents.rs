//! Documents a parent sends the agency (pay stubs, tax returns, orders…),
//! and the resumable uploads (tus 1.0) that carry their bytes.
//!
//! A file is first uploaded under `/v1/uploads` with the tus protocol
//! (<https://tus.io/protocols/resumable-upload>: core, creation,
//! termination, checksum), then attached to a case as a [`Document`] with
//! `POST /v1/cases/{id}/documents` ([`NewDocument`]). The agency never sends
//! the bytes back.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// What the agency takes as uploads, from `GET /v1/agency`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, export_to = "agency/"))]
pub struct UploadPolicy {
    /// The largest file accepted, in bytes (`Tus-Max-Size`).
    #[schema(example = 26_214_400)]
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub max_bytes: u64,
    /// The size of PATCH the agency suggests, in bytes. One PATCH may carry
    /// at most twice as much.
    #[schema(example = 4_194_304)]
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub chunk_bytes: u64,
    /// The media types accepted, checked against the file's first bytes.
    pub content_types: Vec<String>,
}

/// What a document is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, export_to = "agency/"))]
#[serde(rename_all = "snake_case")]
pub enum DocumentType {
    PayStub,
    TaxReturn,
    BirthCertificate,
    CourtOrder,
    Identification,
    /// Receipts for child care, health insurance, medical costs.
    ProofOfExpenses,
    Other,
}

/// Where the agency's review of a document stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, export_to = "agency/"))]
#[serde(rename_all = "snake_case")]
pub enum DocumentStatus {
    /// Received, not reviewed yet.
    Received,
    /// Final.
    Accepted,
    /// Final; `reason` says why. Send a new document that `replaces` it.
    Rejected,
}

/// `POST /v1/cases/{id}/documents`: attaches a complete upload to a case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, export_to = "agency/"))]
#[serde(deny_unknown_fields)]
pub struct NewDocument {
    /// The caller's complete upload: the last segment of its `Location`.
    #[schema(example = "3f9a2c7b1e04d5a6b7c8d9e0f1a2b3c4")]
    pub upload_id: String,
    pub document_type: DocumentType,
    /// A rejected document of the same case this one replaces.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(example = "DOC-000001")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub replaces: Option<String>,
}

/// A document on a case, as its sender sees it. Only the parent who sent a
/// document sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, export_to = "agency/"))]
pub struct Document {
    #[schema(example = "DOC-000001")]
    pub id: String,
    #[schema(example = "C-1001")]
    pub case_id: String,
    pub document_type: DocumentType,
    /// The file's name as the parent's computer called it.
    #[schema(example = "pay-stub-march.pdf")]
    pub file_name: String,
    #[schema(example = "application/pdf")]
    pub content_type: String,
    /// In bytes.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub size: u64,
    /// SHA-256 of the file, lowercase hex.
    pub sha256: String,
    /// When it was attached to the case.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub uploaded_at: DateTime<Utc>,
    pub status: DocumentStatus,
    /// Why it was rejected, in words for the parent.
    pub reason: Option<String>,
    /// The rejected document this one replaces.
    pub replaces: Option<String>,
}

/// `GET /v1/cases/{id}/documents`: the caller's documents on the case,
/// oldest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, export_to = "agency/"))]
pub struct DocumentList {
    pub documents: Vec<Document>,
}

/// The tus 1.0 protocol as this API speaks it: header names, values, and
/// the keys of `Upload-Metadata`.
pub mod tus {
    /// The protocol version, the value of `Tus-Resumable` on every request
    /// (but OPTIONS) and every response.
    pub const VERSION: &str = "1.0.0";
    /// The extensions the agency supports (`Tus-Extension`).
    pub const EXTENSIONS: &str = "creation,termination,checksum";
    /// The one checksum algorithm (`Tus-Checksum-Algorithm`).
    pub const CHECKSUM_ALGORITHM: &str = "sha256";
    /// The media type of a PATCH body.
    pub const OFFSET_OCTET_STREAM: &str = "application/offset+octet-stream";

    pub const TUS_RESUMABLE: &str = "Tus-Resumable";
    pub const TUS_VERSION: &str = "Tus-Version";
    pub const TUS_EXTENSION: &str = "Tus-Extension";
    pub const TUS_MAX_SIZE: &str = "Tus-Max-Size";
    pub const TUS_CHECKSUM_ALGORITHM: &str = "Tus-Checksum-Algorithm";
    pub const UPLOAD_LENGTH: &str = "Upload-Length";
    pub const UPLOAD_OFFSET: &str = "Upload-Offset";
    pub const UPLOAD_METADATA: &str = "Upload-Metadata";
    /// `sha256 <base64 of the SHA-256 digest of this PATCH's body>`.
    pub const UPLOAD_CHECKSUM: &str = "Upload-Checksum";

    /// `Upload-Metadata` key: the file's name (required).
    pub const META_FILENAME: &str = "filename";
    /// `Upload-Metadata` key: its media type, one of the policy's
    /// `content_types` (required).
    pub const META_CONTENT_TYPE: &str = "content_type";
    /// `Upload-Metadata` key: the SHA-256 of the whole file, hex (required).
    pub const META_SHA256: &str = "sha256";

    /// The status of a PATCH whose body does not match its
    /// `Upload-Checksum` (tus checksum extension): nothing was kept.
    pub const CHECKSUM_MISMATCH_STATUS: u16 = 460;
}
