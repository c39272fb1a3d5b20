//! Where uploads live: the uploads directory, one file per upload named by
//! its random ID (never by the parent's file name), created `0600` on Unix;
//! the per-upload lock that keeps two PATCHes of one upload from
//! interleaving; `Upload-Metadata`; the checks of a file's bytes; and the
//! removal of abandoned uploads.
//!
//! The HTTP side (tus 1.0) is `routes/uploads.rs`.

use crate::ApiError;
use crate::db::Db;
use agency_api::{UploadPolicy, tus};
use base64::Engine;
use base64::alphabet::STANDARD;
use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};
use sqlx::Row;
use sqlx::any::AnyRow;
use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError, Weak};
use std::time::Duration;
use tokio::sync::OwnedMutexGuard;

/// The size of PATCH the agency suggests (`UploadPolicy::chunk_bytes`); a
/// PATCH may carry at most twice as much.
pub const CHUNK_BYTES: u64 = 4 * 1024 * 1024;

/// The largest upload by default, in MiB (`--max-upload-mb`).
pub const DEFAULT_MAX_UPLOAD_MB: u64 = 25;

/// The media types the agency takes, each recognised by its first bytes.
pub const CONTENT_TYPES: [&str; 3] = ["application/pdf", "image/jpeg", "image/png"];

/// An upload not complete whose last PATCH is older than this is abandoned:
/// [`remove_abandoned`] removes it with its file.
pub const ABANDONED_AFTER: Duration = Duration::from_secs(24 * 60 * 60);

/// How long a request waits for another PATCH (or DELETE) of the same
/// upload to finish before it is answered `409`.
pub(crate) const LOCK_WAIT: Duration = Duration::from_secs(10);

/// How long a PATCH waits for the next bytes of its body before it keeps
/// what came and ends, so that a dead connection does not hold the upload.
pub(crate) const BODY_IDLE: Duration = Duration::from_secs(60);

/// Where uploads are stored and how large they may be.
#[derive(Debug, Clone)]
pub struct UploadConfig {
    pub dir: PathBuf,
    /// The largest upload accepted, in bytes.
    pub max_bytes: u64,
}

impl UploadConfig {
    /// The default for a database: `uploads` beside a SQLite file,
    /// `./agency-uploads` for PostgreSQL (or SQLite in memory); the default
    /// size limit.
    pub fn default_for(db: &Db) -> Self {
        Self {
            dir: default_dir(db),
            max_bytes: DEFAULT_MAX_UPLOAD_MB * 1024 * 1024,
        }
    }
}

/// `uploads` beside a SQLite database file, else `./agency-uploads`.
pub fn default_dir(db: &Db) -> PathBuf {
    match db.sqlite_file() {
        Some(file) => match file.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => parent.join("uploads"),
            _ => PathBuf::from("uploads"),
        },
        None => PathBuf::from("agency-uploads"),
    }
}

/// Creates the uploads directory if it is missing (`0700` on Unix).
pub fn create_dir(dir: &Path) -> std::io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)
}

/// The uploads of a running server.
pub(crate) struct Uploads {
    pub(crate) config: UploadConfig,
    locks: Mutex<HashMap<String, Weak<tokio::sync::Mutex<()>>>>,
}

impl Uploads {
    pub(crate) fn new(config: UploadConfig) -> Self {
        Self {
            config,
            locks: Mutex::default(),
        }
    }

    pub(crate) fn policy(&self) -> UploadPolicy {
        UploadPolicy {
            max_bytes: self.config.max_bytes,
            chunk_bytes: CHUNK_BYTES,
            content_types: CONTENT_TYPES.iter().map(|&t| t.to_owned()).collect(),
        }
    }

    /// The file of an upload. `id` is one of ours (checked by [`is_id`]).
    pub(crate) fn path(&self, id: &str) -> PathBuf {
        debug_assert!(is_id(id));
        self.config.dir.join(id)
    }

    /// Takes the upload's lock, waiting at most [`LOCK_WAIT`]; `None` when
    /// another request held it all that time. The lock is this process's:
    /// one server serves an uploads directory.
    pub(crate) async fn lock(&self, id: &str) -> Option<OwnedMutexGuard<()>> {
        let mutex = {
            let mut locks = self.locks.lock().unwrap_or_else(PoisonError::into_inner);
            locks.retain(|_, lock| lock.strong_count() > 0);
            match locks.get(id).and_then(Weak::upgrade) {
                Some(mutex) => mutex,
                None => {
                    let mutex = Arc::new(tokio::sync::Mutex::new(()));
                    locks.insert(id.to_owned(), Arc::downgrade(&mutex));
                    mutex
                }
            }
        };
        tokio::time::timeout(LOCK_WAIT, mutex.lock_owned())
            .await
            .ok()
    }
}

/// A new upload ID: 128 random bits, 32 lowercase hex characters.
pub(crate) fn new_id() -> String {
    let mut bytes = [0_u8; 16];
    getrandom::fill(&mut bytes).expect("the operating system provides random bytes");
    hex(&bytes)
}

/// Whether `id` is shaped like one of ours: it names a file, so nothing
/// else may reach the file system.
pub(crate) fn is_id(id: &str) -> bool {
    id.len() == 32 && id.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Base64 as tus writes it (RFC 4648 §4), padded or not.
const BASE64: GeneralPurpose = GeneralPurpose::new(
    &STANDARD,
    GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent),
);

/// What `Upload-Metadata` must say of an upload.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Metadata {
    pub(crate) file_name: String,
    pub(crate) content_type: String,
    /// Lowercase hex.
    pub(crate) sha256: String,
}

/// The longest file name kept, in characters.
const MAX_FILE_NAME_CHARS: usize = 255;

impl Metadata {
    /// Reads `Upload-Metadata`: comma-separated `key base64(value)` pairs
    /// (tus creation extension). Unknown keys are ignored.
    pub(crate) fn parse(header: &str) -> Result<Self, ApiError> {
        let bad = |message: &str| ApiError::BadRequest(format!("Upload-Metadata: {message}"));
        let mut pairs: HashMap<&str, String> = HashMap::new();
        for pair in header.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let (key, value) = pair.split_once(' ').unwrap_or((pair, ""));
            let value = BASE64
                .decode(value.trim())
                .ok()
                .and_then(|v| String::from_utf8(v).ok())
                .ok_or_else(|| {
                    bad(&format!(
                        "the value of `{key}` must be UTF-8 text, base64-encoded"
                    ))
                })?;
            if pairs.insert(key, value).is_some() {
                return Err(bad(&format!("`{key}` is given twice")));
            }
        }
        let file_name = pairs
            .remove(tus::META_FILENAME)
            .map(|n| n.trim().to_owned())
            .filter(|n| !n.is_empty())
            .ok_or_else(|| bad("`filename` is required"))?;
        if file_name.chars().count() > MAX_FILE_NAME_CHARS
            || file_name.chars().any(char::is_control)
        {
            return Err(bad(&format!(
                "`filename` must be at most {MAX_FILE_NAME_CHARS} characters, none of them control characters"
            )));
        }
        // `filetype` is what tus clients call it by default.
        let content_type = pairs
            .remove(tus::META_CONTENT_TYPE)
            .or_else(|| pairs.remove("filetype"))
            .ok_or_else(|| bad("`content_type` is required"))?;
        let content_type = content_type.trim().to_ascii_lowercase();
        if !CONTENT_TYPES.contains(&content_type.as_str()) {
            return Err(ApiError::UnsupportedMediaType(format!(
                "The agency takes {} files only.",
                CONTENT_TYPES.join(", ")
            )));
        }
        let sha256 = pairs
            .remove(tus::META_SHA256)
            .map(|s| s.trim().to_ascii_lowercase())
            .filter(|s| s.len() == 64 && s.bytes().all(|b| b.is_ascii_hexdigit()))
            .ok_or_else(|| {
                bad("`sha256` is required: the SHA-256 of the whole file, 64 hex digits")
            })?;
        Ok(Self {
            file_name,
            content_type,
            sha256,
        })
    }

    /// As `Upload-Metadata`, for HEAD.
    pub(crate) fn header(&self) -> String {
        format!(
            "{} {},{} {},{} {}",
            tus::META_FILENAME,
            BASE64.encode(&self.file_name),
            tus::META_CONTENT_TYPE,
            BASE64.encode(&self.content_type),
            tus::META_SHA256,
            BASE64.encode(&self.sha256),
        )
    }
}

/// `Upload-Checksum: sha256 <base64 digest>` (tus checksum extension):
/// the digest, if the header is there.
pub(crate) fn parse_checksum(header: Option<&str>) -> Result<Option<[u8; 32]>, ApiError> {
    let Some(header) = header else {
        return Ok(None);
    };
    let (algorithm, digest) = header.trim().split_once(' ').unwrap_or((header, ""));
    if !algorithm.eq_ignore_ascii_case(tus::CHECKSUM_ALGORITHM) {
        return Err(ApiError::BadRequest(format!(
            "Upload-Checksum: the only algorithm supported is {}.",
            tus::CHECKSUM_ALGORITHM
        )));
    }
    BASE64
        .decode(digest.trim())
        .ok()
        .and_then(|d| <[u8; 32]>::try_from(d).ok())
        .map(Some)
        .ok_or_else(|| {
            ApiError::BadRequest(
                "Upload-Checksum: the digest must be the 32 bytes of a SHA-256, base64-encoded."
                    .to_owned(),
            )
        })
}

/// Where an upload stands (`uploads.state`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum State {
    Uploading,
    Complete,
    Corrupt,
    Attached,
    Terminated,
}

impl State {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Self::Uploading => "uploading",
            Self::Complete => "complete",
            Self::Corrupt => "corrupt",
            Self::Attached => "attached",
            Self::Terminated => "terminated",
        }
    }

    fn parse(s: &str) -> Result<Self, sqlx::Error> {
        [
            Self::Uploading,
            Self::Complete,
            Self::Corrupt,
            Self::Attached,
            Self::Terminated,
        ]
        .into_iter()
        .find(|state| state.as_str() == s)
        .ok_or_else(|| sqlx::Error::Decode(format!("unknown upload state `{s}`").into()))
    }
}

/// An upload's row.
#[derive(Debug, Clone)]
pub(crate) struct Upload {
    pub(crate) id: String,
    pub(crate) length: u64,
    pub(crate) received: u64,
    pub(crate) metadata: Metadata,
    pub(crate) state: State,
}

pub(crate) const SELECT_UPLOAD: &str = "SELECT id, length, received, file_name, content_type, \
     sha256, state FROM uploads";

impl Upload {
    pub(crate) fn of_row(r: &AnyRow) -> Result<Self, sqlx::Error> {
        let size = |column: &str| {
            u64::try_from(r.get::<i64, _>(column)).map_err(|e| sqlx::Error::Decode(Box::new(e)))
        };
        Ok(Self {
            id: r.get("id"),
            length: size("length")?,
            received: size("received")?,
            metadata: Metadata {
                file_name: r.get("file_name"),
                content_type: r.get("content_type"),
                sha256: r.get("sha256"),
            },
            state: State::parse(&r.get::<String, _>("state"))?,
        })
    }
}

/// The caller's upload `id`, unless it is terminated (or not theirs, or
/// not one): `None` for all of those alike.
pub(crate) async fn find(
    db: &Db,
    participant_id: &str,
    id: &str,
) -> Result<Option<Upload>, sqlx::Error> {
    if !is_id(id) {
        return Ok(None);
    }
    let row = sqlx::query(&format!(
        "{SELECT_UPLOAD} WHERE id = $1 AND participant_id = $2 AND state <> 'terminated'"
    ))
    .bind(id)
    .bind(participant_id)
    .fetch_optional(db.pool())
    .await?;
    row.as_ref().map(Upload::of_row).transpose()
}

/// Creates an upload's empty file, readable and writable by the server's
/// user only.
pub(crate) async fn create_file(path: &Path) -> std::io::Result<()> {
    let mut options = tokio::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    options.mode(0o600);
    let file = options.open(path).await?;
    file.sync_all().await
}

/// The SHA-256 of a whole file, lowercase hex, read in pieces of 1 MiB.
pub(crate) async fn sha256_of_file(path: PathBuf) -> std::io::Result<String> {
    tokio::task::spawn_blocking(move || {
        let mut file = std::fs::File::open(path)?;
        let mut hasher = Sha256::new();
        let mut buffer = vec![0_u8; 1024 * 1024];
        loop {
            let n = file.read(&mut buffer)?;
            if n == 0 {
                break;
            }
            hasher.update(&buffer[..n]);
        }
        Ok(hex(&hasher.finalize()))
    })
    .await
    .map_err(std::io::Error::other)?
}

/// The first bytes of a file, at most 8.
pub(crate) async fn first_bytes(path: &Path) -> std::io::Result<Vec<u8>> {
    use tokio::io::AsyncReadExt;
    let file = tokio::fs::File::open(path).await?;
    let mut first = Vec::with_capacity(8);
    file.take(8).read_to_end(&mut first).await?;
    Ok(first)
}

/// Whether a file's first bytes are those of its declared media type:
/// `%PDF-` for PDF, `FF D8 FF` for JPEG, the eight-byte signature for PNG.
pub(crate) fn looks_like(content_type: &str, first: &[u8]) -> bool {
    match content_type {
        "application/pdf" => first.starts_with(b"%PDF-"),
        "image/jpeg" => first.starts_with(&[0xFF, 0xD8, 0xFF]),
        "image/png" => first.starts_with(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A]),
        _ => false,
    }
}

/// Removes abandoned uploads: every one not complete (uploading, corrupt or
/// terminated) whose last change is older than [`ABANDONED_AFTER`] at
/// `now`, with its file, and every file in `dir` named like an upload that
/// no upload row knows and that is as old (left by a crash between the
/// file's creation and its row's). Complete uploads, attached or not, stay.
/// The server runs it at start. Returns how many uploads and files it
/// removed.
pub async fn remove_abandoned(
    db: &Db,
    dir: &Path,
    now: DateTime<Utc>,
) -> Result<usize, sqlx::Error> {
    let horizon = i64::try_from(ABANDONED_AFTER.as_secs()).unwrap_or(i64::MAX);
    let cutoff = now.timestamp().saturating_sub(horizon);
    const ABANDONED: &str = "state IN ('uploading', 'corrupt', 'terminated')";
    let ids: Vec<(String,)> = sqlx::query_as(&format!(
        "SELECT id FROM uploads WHERE {ABANDONED} AND updated_at < $1"
    ))
    .bind(cutoff)
    .fetch_all(db.pool())
    .await?;
    let mut removed = 0;
    for (id,) in ids {
        // The file first: a row without its file is removed next time.
        if is_id(&id) && !remove_file(&dir.join(&id)) {
            continue;
        }
        let deleted = sqlx::query(&format!(
            "DELETE FROM uploads WHERE id = $1 AND {ABANDONED} AND updated_at < $2"
        ))
        .bind(&id)
        .bind(cutoff)
        .execute(db.pool())
        .await?;
        if deleted.rows_affected() > 0 {
            tracing::info!(upload = %id, "abandoned upload removed");
            removed += 1;
        }
    }
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Ok(removed);
    };
    let cutoff_time =
        std::time::SystemTime::UNIX_EPOCH + Duration::from_secs(u64::try_from(cutoff).unwrap_or(0));
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(id) = name.to_str().filter(|n| is_id(n)) else {
            continue;
        };
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .is_ok_and(|modified| modified < cutoff_time);
        if !old {
            continue;
        }
        let known: Option<(String,)> = sqlx::query_as("SELECT id FROM uploads WHERE id = $1")
            .bind(id)
            .fetch_optional(db.pool())
            .await?;
        if known.is_none() && remove_file(&entry.path()) {
            tracing::info!(upload = %id, "file of no upload removed");
            removed += 1;
        }
    }
    Ok(removed)
}

/// Removes a file; a missing one counts as removed.
fn remove_file(path: &Path) -> bool {
    match std::fs::remove_file(path) {
        Ok(()) => true,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => true,
        Err(e) => {
            tracing::warn!(error = %e, "cannot remove an upload's file");
            false
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b64(s: &str) -> String {
        BASE64.encode(s)
    }

    #[test]
    fn metadata_is_read_as_tus_writes_it() {
        let header = format!(
            "filename {},content_type {}, sha256 {},is_confidential",
            b64("stub.pdf"),
            b64("application/pdf"),
            b64(&"AB".repeat(32)),
        );
        let metadata = Metadata::parse(&header).unwrap();
        assert_eq!(metadata.file_name, "stub.pdf");
        assert_eq!(metadata.content_type, "application/pdf");
        assert_eq!(metadata.sha256, "ab".repeat(32));
        assert_eq!(Metadata::parse(&metadata.header()).unwrap(), metadata);
        // Unpadded base64 too.
        let unpadded = header.replace('=', "");
        assert_eq!(Metadata::parse(&unpadded).unwrap(), metadata);
    }

    #[test]
    fn metadata_without_a_required_key_or_of_another_type_is_refused() {
        let sha = b64(&"0".repeat(64));
        assert!(matches!(
            Metadata::parse(&format!("content_type {},sha256 {sha}", b64("image/png"))),
            Err(ApiError::BadRequest(_))
        ));
        assert!(matches!(
            Metadata::parse(&format!(
                "filename {},content_type {},sha256 {sha}",
                b64("a.exe"),
                b64("application/x-msdownload")
            )),
            Err(ApiError::UnsupportedMediaType(_))
        ));
        assert!(matches!(
            Metadata::parse(&format!(
                "filename {},content_type {},sha256 {}",
                b64("a.png"),
                b64("image/png"),
                b64("abc")
            )),
            Err(ApiError::BadRequest(_))
        ));
    }

    #[test]
    fn checksums_are_sha256_in_base64() {
        let digest = Sha256::digest(b"hello");
        let header = format!("sha256 {}", BASE64.encode(digest));
        assert_eq!(
            parse_checksum(Some(&header)).unwrap().unwrap(),
            <[u8; 32]>::from(digest)
        );
        assert!(parse_checksum(None).unwrap().is_none());
        assert!(parse_checksum(Some("md5 XUFAKrxLKna5cZ2REBfFkg==")).is_err());
        assert!(parse_checksum(Some("sha256 !!")).is_err());
    }

    #[test]
    fn ids_are_32_hex_characters_and_nothing_else_names_a_file() {
        let id = new_id();
        assert!(is_id(&id));
        assert_ne!(id, new_id());
        assert!(!is_id("../../etc/passwd"));
        assert!(!is_id(&id.to_uppercase()));
        assert!(!is_id(&id[1..]));
    }

    #[test]
    fn content_is_recognised_by_its_first_bytes() {
        assert!(looks_like("application/pdf", b"%PDF-1.7\n"));
        assert!(!looks_like("application/pdf", b"\x7fELF\x02\x01"));
        assert!(looks_like("image/jpeg", &[0xFF, 0xD8, 0xFF, 0xE0]));
        assert!(looks_like("image/png", b"\x89PNG\r\n\x1a\n"));
        assert!(!looks_like("image/png", b"\x89PNG"));
    }
}
