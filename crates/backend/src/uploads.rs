//! Documents: the file a parent chose, checked and cleaned here, then sent
//! to the agency with tus 1.0 through the outbox, and the list of what the
//! agency has received.
//!
//! - **Before anything is sent** ([`Backend::add_document`]): the file is
//!   copied into the app's own uploads folder, so that moving or editing the
//!   original cannot change what is sent, and `documents::prepare` checks
//!   its type by content and its size against the agency's limit, and
//!   removes location and other metadata from photos. The copy and what it
//!   needs to be sent are then one outbox item.
//! - **Sending** (the outbox worker, [`Backend::deliver_upload`]): the
//!   upload is created once (its key is the item's idempotency key), its
//!   address saved in the item, then sent chunk by chunk from the offset the
//!   agency gives (HEAD), each chunk with its SHA-256. After a cut, a
//!   restart or a pause, it resumes from that offset: at most one chunk is
//!   sent again. The complete upload is then attached to the case, with the
//!   same idempotency key.
//! - Only one chunk is ever in memory: memory stays flat whatever the
//!   file's size.

use crate::agency_client::UploadFile;
use crate::outbox::{Failure, Receipt};
use crate::session::AgencyErrorOr;
use crate::store::store_error;
use crate::{
    AgencyError, Backend, BackendEvent, CaseDocuments, ErrorCode, IpcError, OutboxItem, OutboxKind,
    UploadProgress,
};
use agency_api::{Agency, DocumentList, DocumentType, NewDocument, UploadPolicy, tus};
use bytes::Bytes;
use chrono::{SecondsFormat, Utc};
use local_store::{OutboxRecord, RecordState};
use reqwest::StatusCode;
use serde::{Deserialize, Serialize};
use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncSeekExt};
use tokio::sync::Notify;

/// The cache entry of what the agency says about itself (its upload policy).
const AGENCY: &str = "agency";
/// The largest file taken while the agency's own limit is not known yet; the
/// agency checks again when the upload is created.
const FALLBACK_MAX_BYTES: u64 = 25 * 1024 * 1024;
const FALLBACK_CHUNK_BYTES: u64 = 4 * 1024 * 1024;
/// How often progress is told while bytes flow.
const PROGRESS_EVERY: Duration = Duration::from_millis(200);
/// The window speed is measured over.
const SPEED_WINDOW: Duration = Duration::from_secs(5);
/// Chunks that arrive damaged (`460`) are sent again this many times.
const MISMATCH_RETRIES: u32 = 3;

pub(crate) fn documents_key(case_id: &str) -> String {
    format!("documents/{case_id}")
}

/// What an upload's outbox item carries.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct UploadJob {
    /// The cleaned copy in the app's uploads folder.
    pub(crate) file: PathBuf,
    pub(crate) file_name: String,
    pub(crate) content_type: String,
    pub(crate) size: u64,
    pub(crate) sha256: String,
    pub(crate) document_type: DocumentType,
    pub(crate) replaces: Option<String>,
    pub(crate) removed: Vec<documents::Metadata>,
    /// The upload at the agency, once created.
    #[serde(default)]
    pub(crate) location: Option<String>,
    /// How many times the upload was created again because the agency had
    /// dropped the last one: part of the next creation's key.
    #[serde(default)]
    pub(crate) generation: u32,
    /// The bytes the agency had at the last chunk.
    #[serde(default)]
    pub(crate) sent: u64,
}

impl UploadJob {
    pub(crate) fn summary(&self) -> crate::UploadSummary {
        crate::UploadSummary {
            file_name: self.file_name.clone(),
            content_type: self.content_type.clone(),
            size: self.size,
            document_type: self.document_type,
            replaces: self.replaces.clone(),
            sent: self.sent,
            removed: self.removed.clone(),
        }
    }
}

/// The upload being sent, so that a pause or cancel can stop it.
#[derive(Default)]
pub(crate) struct Uploads {
    active: Mutex<Option<(String, Arc<Notify>)>>,
}

impl Uploads {
    fn begin(&self, item: &str) -> Arc<Notify> {
        let stop = Arc::new(Notify::new());
        if let Ok(mut active) = self.active.lock() {
            *active = Some((item.to_owned(), stop.clone()));
        }
        stop
    }

    fn end(&self, item: &str) {
        if let Ok(mut active) = self.active.lock()
            && active.as_ref().is_some_and(|(id, _)| id == item)
        {
            *active = None;
        }
    }

    /// Stops the upload of `item` at once if it is being sent.
    fn stop(&self, item: &str) {
        if let Ok(active) = self.active.lock()
            && let Some((id, stop)) = active.as_ref()
            && id == item
        {
            // A permit: taken at once if the sender is not waiting yet.
            stop.notify_one();
        }
    }
}

impl Backend {
    /// Checks the file at `path`, removes what is private from it, and saves
    /// it to the outbox to be sent to case `case_id`. The answer means it is
    /// on disk: closing the app does not lose it.
    pub async fn add_document(
        &self,
        case_id: &str,
        path: &Path,
        document_type: DocumentType,
        replaces: Option<String>,
    ) -> Result<OutboxItem, IpcError> {
        // Signed in first: nothing is copied for no one.
        self.participant_id()?;
        self.check_kiosk_folder(path)?;
        let policy = self.upload_policy().await;
        let max = policy.as_ref().map_or(FALLBACK_MAX_BYTES, |p| p.max_bytes);
        let dir = self.upload_dir()?;
        let src = path.to_path_buf();
        let prepared = tokio::task::spawn_blocking(move || prepare_copy(&src, &dir, max))
            .await
            .map_err(|e| IpcError::new(ErrorCode::Internal, e.to_string()))??;
        let content_type = prepared.kind.content_type();
        if let Some(policy) = &policy
            && !policy.content_types.iter().any(|t| t == content_type)
        {
            remove_file(&prepared.path).await;
            return Err(file_error(&documents::PrepareError::Unsupported));
        }
        let job = UploadJob {
            file: prepared.path.clone(),
            file_name: prepared.file_name,
            content_type: content_type.to_owned(),
            size: prepared.size,
            sha256: prepared.sha256,
            document_type,
            replaces: replaces.filter(|r| !r.is_empty()),
            removed: prepared.removed,
            location: None,
            generation: 0,
            sent: 0,
        };
        let item = self
            .enqueue(OutboxKind::DocumentAttachment, Some(case_id), &job, None)
            .await;
        if item.is_err() {
            remove_file(&prepared.path).await;
        }
        item
    }

    /// On a kiosk, the one folder files may come from, if the office named
    /// one; `None` at home.
    pub fn kiosk_upload_folder(&self) -> Option<PathBuf> {
        self.inner.config.kiosk.as_ref()?.upload_folder.clone()
    }

    /// On a kiosk, files come only from the folder the office named (its
    /// scanner's output), never from anywhere else on the computer.
    fn check_kiosk_folder(&self, path: &Path) -> Result<(), IpcError> {
        let Some(kiosk) = &self.inner.config.kiosk else {
            return Ok(());
        };
        let inside = kiosk.upload_folder.as_ref().is_some_and(|folder| {
            match (folder.canonicalize(), path.canonicalize()) {
                (Ok(folder), Ok(path)) => path.starts_with(folder),
                _ => false,
            }
        });
        if inside {
            Ok(())
        } else {
            Err(IpcError {
                field: Some("file".to_owned()),
                reason: Some("outside_upload_folder".to_owned()),
                ..IpcError::new(
                    ErrorCode::InvalidInput,
                    "On this computer, documents can only be sent from the scanner's folder.",
                )
            })
        }
    }

    /// A case's documents as held here (synced with the cases), and what
    /// the agency takes.
    pub async fn case_documents(&self, case_id: &str) -> Result<CaseDocuments, IpcError> {
        let store = self.inner.local.get().await?;
        let cached = store
            .cached(&documents_key(case_id))
            .await
            .map_err(store_error)?;
        let (documents, as_of) = match cached {
            Some(c) => (
                serde_json::from_value::<DocumentList>(c.value)
                    .map(|l| l.documents)
                    .unwrap_or_default(),
                Some(c.fetched_at.to_rfc3339_opts(SecondsFormat::Secs, true)),
            ),
            None => (Vec::new(), None),
        };
        Ok(CaseDocuments {
            documents,
            policy: self.upload_policy().await,
            as_of,
        })
    }

    /// Pauses an upload: it stops at once, and nothing more is sent until
    /// [`Backend::resume_upload`].
    pub async fn pause_upload(&self, id: &str) -> Result<OutboxItem, IpcError> {
        let store = self.inner.local.get().await?;
        let record = store.pause(id).await.map_err(store_error)?;
        self.inner.uploads.stop(id);
        self.emit_outbox().await;
        Ok(crate::outbox::view(&record))
    }

    /// Resumes a paused upload from where the agency has it.
    pub async fn resume_upload(&self, id: &str) -> Result<OutboxItem, IpcError> {
        let store = self.inner.local.get().await?;
        let record = store.resume(id).await.map_err(store_error)?;
        self.inner.outbox_wake.notify_one();
        self.emit_outbox().await;
        Ok(crate::outbox::view(&record))
    }

    /// Cancels an upload not yet delivered: it stops at once, the app's
    /// copy is deleted, and the agency is asked to forget what it has.
    pub async fn cancel_upload(&self, id: &str) -> Result<(), IpcError> {
        let store = self.inner.local.get().await?;
        let record = store.remove(id).await.map_err(store_error)?;
        self.inner.uploads.stop(id);
        self.emit_outbox().await;
        if let Some(job) = crate::outbox::body::<UploadJob>(&record) {
            remove_file(&job.file).await;
            if let Some(location) = job.location {
                // Best effort: the agency removes abandoned uploads anyway.
                let backend = self.clone();
                tokio::spawn(async move {
                    let client = &backend.inner.client;
                    let location = location.as_str();
                    let done = backend
                        .inner
                        .session
                        .with_token(|t| async move { client.terminate_upload(&t, location).await })
                        .await;
                    if let Err(e) = done {
                        tracing::info!(error = %e, "a cancelled upload could not be removed at the agency");
                    }
                });
            }
        }
        tracing::info!(item = %id, "upload cancelled");
        Ok(())
    }

    /// Deletes the copies in the uploads folder that no outbox item sends:
    /// left by a crash between the copy and the outbox, or by a store that
    /// was reset. Run at start-up, before the worker.
    pub(crate) async fn remove_orphan_copies(&self) {
        let Ok(dir) = self.upload_dir() else {
            return;
        };
        let Ok(store) = self.inner.local.get().await else {
            return;
        };
        let Ok(items) = store.outbox().await else {
            // Unreadable: keep everything rather than lose a parent's file.
            return;
        };
        let wanted: std::collections::HashSet<PathBuf> = items
            .iter()
            .filter(|r| r.state != RecordState::Delivered)
            .filter_map(crate::outbox::body::<UploadJob>)
            .map(|job| job.file)
            .collect();
        let Ok(entries) = std::fs::read_dir(&dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_file() && !wanted.contains(&path) {
                remove_file(&path).await;
                tracing::info!("an upload's copy no longer wanted was deleted");
            }
        }
    }

    /// What the agency takes: fetched at most once per sync, else the last
    /// one known.
    async fn upload_policy(&self) -> Option<UploadPolicy> {
        let store = self.inner.local.get().await.ok()?;
        if let Ok(Some(cached)) = store.cached(AGENCY).await
            && let Ok(agency) = serde_json::from_value::<Agency>(cached.value)
        {
            return Some(agency.uploads);
        }
        self.refresh_agency(&store).await.map(|a| a.uploads)
    }

    /// Fetches what the agency says about itself into the cache.
    pub(crate) async fn refresh_agency(&self, store: &local_store::Store) -> Option<Agency> {
        let agency = self.inner.client.agency().await.ok()?;
        if let Ok(value) = serde_json::to_value(&agency) {
            let _ = store.put_cached(AGENCY, &value, None, Utc::now()).await;
        }
        Some(agency)
    }

    /// Where this backend keeps the copies of chosen files, for tests that
    /// check that a kiosk visit leaves none behind.
    #[doc(hidden)]
    pub fn upload_folder(&self) -> &Path {
        self.inner.upload_dir.path()
    }

    /// Where the cleaned copies wait to be sent, made if need be.
    fn upload_dir(&self) -> Result<PathBuf, IpcError> {
        self.inner.upload_dir.create().map_err(|e| {
            IpcError::new(
                ErrorCode::Storage,
                format!("The app could not make room for the file: {e}"),
            )
        })?;
        Ok(self.inner.upload_dir.path().to_path_buf())
    }

    /// Sends an upload from where the agency has it, then attaches it to
    /// the case. Called by the outbox worker.
    pub(crate) async fn deliver_upload(
        &self,
        record: &OutboxRecord,
        participant: String,
        mut job: UploadJob,
    ) -> Result<Receipt, Failure> {
        let stop = self.inner.uploads.begin(&record.id);
        let outcome = tokio::select! {
            outcome = self.send_upload(record, &participant, &mut job) => outcome,
            () = stop.notified() => Err(Failure::Stopped),
        };
        self.inner.uploads.end(&record.id);
        Ok(Receipt { id: outcome? })
    }

    /// Deletes the copy of a delivered upload. Called once the delivery is
    /// recorded, never before: until then the copy may be needed again.
    pub(crate) async fn forget_delivered_copy(&self, record: &OutboxRecord) {
        if let Some(job) = crate::outbox::body::<UploadJob>(record) {
            remove_file(&job.file).await;
        }
    }

    async fn send_upload(
        &self,
        record: &OutboxRecord,
        participant: &str,
        job: &mut UploadJob,
    ) -> Result<String, Failure> {
        let session = &self.inner.session;
        let client = &self.inner.client;
        let store = self.inner.local.get().await.map_err(Failure::Retry)?;
        let save = |job: &UploadJob| {
            let payload = crate::outbox::envelope_value(participant, job);
            let store = store.clone();
            let id = record.id.clone();
            async move {
                if let Err(e) = store.update_payload(&id, &payload).await {
                    tracing::warn!(error = %e, "an upload's progress could not be saved");
                }
            }
        };
        // Missing is fatal only if the agency does not already have it all
        // (a crash between the last chunk and the record of delivery).
        let mut file = tokio::fs::File::open(&job.file).await.ok();
        let gone = || {
            Failure::Refused(IpcError::new(
                ErrorCode::Storage,
                "The app's copy of this file is gone. Cancel it and choose the file again.",
            ))
        };
        if file.is_none() && job.location.is_none() {
            return Err(gone());
        }
        let chunk_bytes = self
            .upload_policy()
            .await
            .map_or(FALLBACK_CHUNK_BYTES, |p| p.chunk_bytes)
            .clamp(64 * 1024, 64 * 1024 * 1024);

        // The upload at the agency, and where to resume it.
        let (location, mut offset) = loop {
            let location = match &job.location {
                Some(location) => location.clone(),
                None => {
                    let key = creation_key(&record.idempotency_key, job.generation);
                    let file = UploadFile {
                        file_name: &job.file_name,
                        content_type: &job.content_type,
                        sha256: &job.sha256,
                        size: job.size,
                    };
                    let key = key.as_str();
                    let location = session
                        .with_token(|t| async move { client.create_upload(&t, &file, key).await })
                        .await?;
                    job.location = Some(location.clone());
                    save(job).await;
                    location
                }
            };
            let at = location.as_str();
            match session
                .with_token(|t| async move { client.upload_offset(&t, at).await })
                .await
            {
                Ok(offset) => break (location, offset),
                Err(AgencyErrorOr::Agency(e)) if is_gone(&e) && job.generation < 3 => {
                    // The agency dropped it (abandoned too long): start again.
                    tracing::info!(item = %record.id, "the agency no longer has the upload; creating it again");
                    job.location = None;
                    job.generation += 1;
                    job.sent = 0;
                    save(job).await;
                }
                Err(e) => return Err(e.into()),
            }
        };
        tracing::info!(item = %record.id, offset, size = job.size, "sending an upload");

        let meter = Arc::new(Meter::new(self.clone(), &record.id, job.size, offset));
        meter.tell(offset, true);
        let mut mismatches = 0;
        let mut buffer = Vec::new();
        while offset < job.size {
            let length = (job.size - offset).min(chunk_bytes);
            buffer.resize(usize::try_from(length).unwrap_or(usize::MAX), 0);
            let Some(file) = file.as_mut() else {
                return Err(gone());
            };
            let read = async {
                file.seek(std::io::SeekFrom::Start(offset)).await?;
                file.read_exact(&mut buffer).await
            };
            if read.await.is_err() {
                return Err(Failure::Refused(IpcError::new(
                    ErrorCode::Storage,
                    "The app's copy of this file could not be read. Cancel it and choose the file again.",
                )));
            }
            let chunk = Bytes::from(std::mem::take(&mut buffer));
            let (at, start) = (location.as_str(), offset);
            let answer = session
                .with_token(|t| {
                    let (chunk, meter) = (chunk.clone(), meter.clone());
                    async move {
                        client
                            .upload_chunk(&t, at, start, chunk, move |n| {
                                meter.tell(start + n, false)
                            })
                            .await
                    }
                })
                .await;
            // The buffer back, for the next chunk (no new allocation).
            buffer = Vec::from(chunk);
            match answer {
                Ok(new) => {
                    offset = new;
                    mismatches = 0;
                    job.sent = offset;
                    save(job).await;
                    meter.tell(offset, true);
                }
                Err(AgencyErrorOr::Agency(e))
                    if is_checksum_mismatch(&e) && mismatches < MISMATCH_RETRIES =>
                {
                    mismatches += 1;
                    tracing::info!(item = %record.id, offset, "a chunk arrived damaged; sending it again");
                }
                Err(AgencyErrorOr::Agency(e)) if e.is_transient() || is_busy(&e) => {
                    // Resumes from HEAD's offset on the next attempt.
                    return Err(Failure::Retry(IpcError::from(e)));
                }
                Err(e) => return Err(e.into()),
            }
        }

        // The complete upload, attached to the case.
        let upload_id = location.rsplit('/').next().unwrap_or_default().to_owned();
        let document = NewDocument {
            upload_id,
            document_type: job.document_type,
            replaces: job.replaces.clone(),
        };
        let case_id = record.case_id.as_deref().unwrap_or_default();
        let (document, key) = (&document, record.idempotency_key.as_str());
        let created = session
            .with_token(|t| async move { client.create_document(&t, case_id, document, key).await })
            .await?;
        tracing::info!(item = %record.id, document = %created.id, "document attached to the case");
        Ok(created.id)
    }
}

/// The key of an upload's creation: the item's, marked as the creation's
/// (the item's own key attaches the document), and a generation when the
/// agency dropped the first one (so that it is not answered with the old).
fn creation_key(item_key: &str, generation: u32) -> String {
    format!("{item_key}-upload-{generation}")
}

fn is_gone(e: &AgencyError) -> bool {
    matches!(e, AgencyError::Problem { status, .. } | AgencyError::Status { status }
        if *status == StatusCode::NOT_FOUND || *status == StatusCode::GONE)
}

fn is_checksum_mismatch(e: &AgencyError) -> bool {
    matches!(e, AgencyError::Problem { status, .. } | AgencyError::Status { status }
        if status.as_u16() == tus::CHECKSUM_MISMATCH_STATUS)
}

/// Another request on the upload still runs (`409`), or the offset moved
/// (also `409`): HEAD will say where to resume.
fn is_busy(e: &AgencyError) -> bool {
    matches!(e, AgencyError::Problem { status, .. } | AgencyError::Status { status }
        if *status == StatusCode::CONFLICT)
}

/// Tells the UI how an upload is going, a few times a second, with its
/// speed over the last few seconds.
struct Meter {
    backend: Backend,
    item: String,
    total: u64,
    state: Mutex<MeterState>,
}

struct MeterState {
    samples: VecDeque<(Instant, u64)>,
    told: Option<Instant>,
}

impl Meter {
    fn new(backend: Backend, item: &str, total: u64, start: u64) -> Self {
        Self {
            backend,
            item: item.to_owned(),
            total,
            state: Mutex::new(MeterState {
                samples: VecDeque::from([(Instant::now(), start)]),
                told: None,
            }),
        }
    }

    fn tell(&self, sent: u64, always: bool) {
        let now = Instant::now();
        let Ok(mut state) = self.state.lock() else {
            return;
        };
        if !always && state.told.is_some_and(|t| now - t < PROGRESS_EVERY) {
            return;
        }
        state.told = Some(now);
        state.samples.push_back((now, sent));
        while state.samples.len() > 2
            && state
                .samples
                .front()
                .is_some_and(|(t, _)| now - *t > SPEED_WINDOW)
        {
            state.samples.pop_front();
        }
        let (since, from) = state.samples.front().copied().unwrap_or((now, sent));
        let elapsed = (now - since).as_secs_f64();
        let bytes_per_second = if elapsed >= 0.5 && sent > from {
            ((sent - from) as f64 / elapsed) as u64
        } else {
            0
        };
        let seconds_left = (bytes_per_second > 0).then(|| {
            u32::try_from(self.total.saturating_sub(sent).div_ceil(bytes_per_second))
                .unwrap_or(u32::MAX)
        });
        drop(state);
        self.backend
            .emit(BackendEvent::UploadProgress(UploadProgress {
                item_id: self.item.clone(),
                sent,
                total: self.total,
                bytes_per_second,
                seconds_left,
            }));
    }
}

/// Copies the file into `dir` (so that what is sent cannot change under
/// it), then checks and cleans the copy.
fn prepare_copy(src: &Path, dir: &Path, max: u64) -> Result<documents::Prepared, IpcError> {
    use documents::PrepareError;
    let metadata = std::fs::metadata(src).map_err(|e| {
        file_error(&if e.kind() == std::io::ErrorKind::NotFound {
            PrepareError::NotFound
        } else {
            PrepareError::Io(e.to_string())
        })
    })?;
    if !metadata.is_file() {
        return Err(file_error(&PrepareError::NotAFile));
    }
    // Refused before a copy is made of a file that is far too big.
    if metadata.len() > max {
        return Err(file_error(&PrepareError::TooLarge {
            size: metadata.len(),
            max,
        }));
    }
    let file_name = src
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let copy = dir.join(format!("{}.original", random_name()));
    std::fs::copy(src, &copy).map_err(|e| file_error(&PrepareError::Io(e.to_string())))?;
    let prepared = documents::prepare(&copy, dir, max);
    if prepared.as_ref().map_or(true, |p| p.path != copy) {
        let _ = std::fs::remove_file(&copy);
    }
    let prepared = prepared.map_err(|e| file_error(&e))?;
    // On disk before the outbox item that needs it is: a power cut must not
    // leave an item whose file is empty.
    let synced = std::fs::File::open(&prepared.path)
        .and_then(|f| f.sync_all())
        .and_then(|()| sync_dir(dir));
    if let Err(e) = synced {
        let _ = std::fs::remove_file(&prepared.path);
        return Err(file_error(&PrepareError::Io(e.to_string())));
    }
    Ok(documents::Prepared {
        file_name,
        ..prepared
    })
}

fn file_error(e: &documents::PrepareError) -> IpcError {
    if let documents::PrepareError::Io(detail) = e {
        tracing::warn!(error = %detail, "a chosen file could not be read or copied");
    }
    IpcError {
        field: Some("file".to_owned()),
        reason: Some(e.code().to_owned()),
        ..IpcError::new(ErrorCode::InvalidInput, e.to_string())
    }
}

pub(crate) fn random_name() -> String {
    let mut bytes = [0_u8; 16];
    let _ = getrandom::fill(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Makes the names in `dir` durable (a no-op where directories cannot be
/// opened, as on Windows, whose file system journals them).
fn sync_dir(dir: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    std::fs::File::open(dir)?.sync_all()?;
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

async fn remove_file(path: &Path) {
    if let Err(e) = tokio::fs::remove_file(path).await
        && e.kind() != std::io::ErrorKind::NotFound
    {
        tracing::warn!(error = %e, "an upload's copy could not be deleted");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_generation_gets_a_new_key() {
        assert_eq!(creation_key("abc", 0), "abc-upload-0");
        assert_eq!(creation_key("abc", 2), "abc-upload-2");
    }
}
