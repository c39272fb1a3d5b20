//! Documents, end to end through the backend's public API against a real
//! reference agency over HTTP on loopback: what is refused before anything
//! is sent, what is removed from a photo (checked on the bytes the agency
//! stored), pause, resume and cancel, and a chunk damaged on the way.

mod common;

use agency_api::{DocumentStatus, DocumentType};
use backend::{Backend, ErrorCode, MemorySecrets, OutboxKind, OutboxState};
use common::{
    AgencyProcess, Gate, Persistent, backend, big_pdf, delivered, fixture, next_progress, sign_in,
    start_agency, start_agency_with,
};
use sha2::{Digest, Sha256};
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

/// What the app must never send: the photo's location and camera.
const GPS_SECRET: &[u8] = b"HOME-AT-41.8781N-87.6298W";
const MAKE: &[u8] = b"PhoneCo";

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The bytes the agency stored whose SHA-256 is `sha256`.
fn stored(agency_dir: &Path, sha256: &str) -> Vec<u8> {
    std::fs::read_dir(agency_dir.join("uploads"))
        .unwrap()
        .map(|e| std::fs::read(e.unwrap().path()).unwrap())
        .find(|bytes| sha256_hex(bytes) == sha256)
        .unwrap_or_else(|| panic!("the agency holds no file with SHA-256 {sha256}"))
}

async fn signed_in(agency: &str, data: &Path) -> Backend {
    let backend = backend(agency, data, Arc::new(Persistent(MemorySecrets::new()))).await;
    sign_in(&backend, "P-1001").await;
    backend
}

#[tokio::test(flavor = "multi_thread")]
async fn a_photo_reaches_the_agency_without_its_location_and_a_pdf_as_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let agency = start_agency(dir.path()).await;
    let backend = signed_in(&agency, &dir.path().join("app")).await;

    let photo = fixture("photo-with-location.jpg");
    let original = std::fs::read(&photo).unwrap();
    assert!(contains(&original, GPS_SECRET) && contains(&original, MAKE));
    let item = backend
        .add_document("C-1001", &photo, DocumentType::Identification, None)
        .await
        .unwrap();
    assert_eq!(item.kind, OutboxKind::DocumentAttachment);
    let upload = item.upload.clone().unwrap();
    assert_eq!(upload.file_name, "photo-with-location.jpg");
    assert_eq!(upload.content_type, "image/jpeg");
    assert!(upload.removed.contains(&documents::Metadata::Gps));
    let pdf = backend
        .add_document(
            "C-1001",
            &fixture("pay-stub.pdf"),
            DocumentType::PayStub,
            None,
        )
        .await
        .unwrap();

    let photo_doc = delivered(&backend, &item.id).await;
    let pdf_doc = delivered(&backend, &pdf.id).await;
    backend.sync_now().await;
    let listed = backend.case_documents("C-1001").await.unwrap();
    assert!(listed.as_of.is_some());
    assert_eq!(
        listed.policy.as_ref().map(|p| p.content_types.len()),
        Some(3)
    );
    let find = |id: &str| {
        listed
            .documents
            .iter()
            .find(|d| d.id == id)
            .unwrap_or_else(|| panic!("{id} is listed: {listed:?}"))
            .clone()
    };
    let photo_doc = find(&photo_doc);
    assert_eq!(photo_doc.document_type, DocumentType::Identification);
    assert_eq!(photo_doc.status, DocumentStatus::Received);
    assert_eq!(photo_doc.file_name, "photo-with-location.jpg");
    assert_eq!(photo_doc.size, upload.size);

    // What the agency stored: no location, no camera, no EXIF at all.
    let kept = stored(dir.path(), &photo_doc.sha256);
    assert!(!contains(&kept, GPS_SECRET), "the location was sent");
    assert!(!contains(&kept, MAKE), "the camera was sent");
    assert!(!contains(&kept, b"Exif\0\0"));
    assert!(kept.starts_with(&[0xFF, 0xD8]) && kept.ends_with(&[0xFF, 0xD9]));
    // The PDF, byte for byte.
    let pdf_doc = find(&pdf_doc);
    assert_eq!(
        stored(dir.path(), &pdf_doc.sha256),
        std::fs::read(fixture("pay-stub.pdf")).unwrap()
    );
    // The app's copies are gone once delivered.
    let copies = std::fs::read_dir(dir.path().join("app/uploads"))
        .unwrap()
        .count();
    assert_eq!(copies, 0, "copies left behind");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_disguised_program_and_a_file_over_the_agencys_limit_are_refused_before_sending() {
    let dir = tempfile::tempdir().unwrap();
    // The photo (729 bytes) is over this agency's limit; the PDF is not.
    let agency = start_agency_with(dir.path(), 700).await;
    let backend = signed_in(&agency, &dir.path().join("app")).await;

    let program = dir.path().join("pay-stub.pdf");
    let mut elf = b"\x7fELF\x02\x01\x01\0".to_vec();
    elf.resize(300, 0);
    std::fs::write(&program, elf).unwrap();
    let err = backend
        .add_document("C-1001", &program, DocumentType::PayStub, None)
        .await
        .unwrap_err();
    assert_eq!(err.code, ErrorCode::InvalidInput);
    assert_eq!(err.field.as_deref(), Some("file"));
    assert_eq!(err.reason.as_deref(), Some("unsupported"));

    let err = backend
        .add_document(
            "C-1001",
            &fixture("photo-with-location.jpg"),
            DocumentType::Identification,
            None,
        )
        .await
        .unwrap_err();
    assert_eq!(err.reason.as_deref(), Some("too_large"), "{err:?}");
    assert!(err.message.contains("700"), "{}", err.message);

    let err = backend
        .add_document(
            "C-1001",
            &dir.path().join("gone.pdf"),
            DocumentType::PayStub,
            None,
        )
        .await
        .unwrap_err();
    assert_eq!(err.reason.as_deref(), Some("not_found"));

    assert!(backend.outbox().await.unwrap().is_empty(), "nothing queued");
    assert!(
        !dir.path().join("agency.db").exists()
            || std::fs::read_dir(dir.path().join("uploads"))
                .map(|d| d.count())
                .unwrap_or(0)
                == 0,
        "nothing reached the agency"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_paused_upload_stops_and_resumes_where_the_agency_has_it() {
    let dir = tempfile::tempdir().unwrap();
    let agency = start_agency_with(dir.path(), 64 * 1024 * 1024).await;
    let backend = signed_in(&agency, &dir.path().join("app")).await;
    let scan = dir.path().join("scan.pdf");
    big_pdf(&scan, 40 * 1024 * 1024);
    let mut events = backend.subscribe();

    let item = backend
        .add_document("C-1001", &scan, DocumentType::TaxReturn, None)
        .await
        .unwrap();
    // Under way: some bytes have gone.
    loop {
        if next_progress(&mut events, &item.id).await.sent > 0 {
            break;
        }
    }
    let paused = backend.pause_upload(&item.id).await.unwrap();
    assert_eq!(paused.state, OutboxState::Paused);
    // Let what was in flight settle, then nothing moves.
    tokio::time::sleep(Duration::from_millis(300)).await;
    let held = backend.outbox().await.unwrap();
    let held = held.iter().find(|i| i.id == item.id).unwrap();
    assert_eq!(held.state, OutboxState::Paused);
    let sent_before = held.upload.as_ref().unwrap().sent;
    assert!(sent_before < 40 * 1024 * 1024, "paused before the end");
    while let Ok(event) = events.try_recv() {
        drop(event);
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert!(
        !std::iter::from_fn(|| events.try_recv().ok())
            .any(|e| matches!(e, backend::BackendEvent::UploadProgress(_))),
        "nothing is sent while paused"
    );

    backend.resume_upload(&item.id).await.unwrap();
    let first = next_progress(&mut events, &item.id).await;
    let chunk = 4 * 1024 * 1024;
    assert!(
        first.sent + chunk >= sent_before && first.sent > 0,
        "resumed from the agency's offset ({}), not from the start; {sent_before} had been saved",
        first.sent
    );
    let document = delivered(&backend, &item.id).await;
    backend.sync_now().await;
    let listed = backend.case_documents("C-1001").await.unwrap();
    let stored_doc = listed.documents.iter().find(|d| d.id == document).unwrap();
    assert_eq!(
        stored_doc.sha256,
        sha256_hex(&std::fs::read(&scan).unwrap())
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_cancelled_upload_leaves_nothing_here_or_at_the_agency() {
    let dir = tempfile::tempdir().unwrap();
    let agency = start_agency_with(dir.path(), 64 * 1024 * 1024).await;
    let backend = signed_in(&agency, &dir.path().join("app")).await;
    let scan = dir.path().join("scan.pdf");
    big_pdf(&scan, 40 * 1024 * 1024);
    let mut events = backend.subscribe();

    let item = backend
        .add_document("C-1001", &scan, DocumentType::TaxReturn, None)
        .await
        .unwrap();
    loop {
        if next_progress(&mut events, &item.id).await.sent > 0 {
            break;
        }
    }
    backend.cancel_upload(&item.id).await.unwrap();
    assert!(
        !backend
            .outbox()
            .await
            .unwrap()
            .iter()
            .any(|i| i.id == item.id)
    );
    assert_eq!(
        std::fs::read_dir(dir.path().join("app/uploads"))
            .unwrap()
            .count(),
        0,
        "the app's copy is deleted"
    );
    // The agency is asked to forget it (in the background).
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while std::fs::read_dir(dir.path().join("uploads"))
        .unwrap()
        .count()
        > 0
    {
        assert!(
            std::time::Instant::now() < deadline,
            "the agency still has it"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    backend.sync_now().await;
    assert!(
        backend
            .case_documents("C-1001")
            .await
            .unwrap()
            .documents
            .is_empty()
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn an_upload_resumes_from_the_agencys_offset_after_the_agency_is_killed() {
    let dir = tempfile::tempdir().unwrap();
    let uploads = dir.path().join("uploads");
    let uploads = uploads.to_str().unwrap();
    let args = ["--uploads", uploads, "--max-upload-mb", "64"];
    let mut agency = AgencyProcess::start(dir.path(), 0, &args);
    let port = agency.port;
    let config = backend::BackendConfig {
        outbox_retry: Duration::from_millis(200),
        ..backend::BackendConfig::resolve(Some(&agency.url()), None, backend::AppMode::Home)
            .unwrap()
            .with_data_dir(dir.path().join("app"))
    };
    let backend = Backend::new(config, Arc::new(Persistent(MemorySecrets::new()))).unwrap();
    backend.start().await;
    sign_in(&backend, "P-1001").await;
    let scan = dir.path().join("scan.pdf");
    big_pdf(&scan, 48 * 1024 * 1024);
    let mut events = backend.subscribe();

    let item = backend
        .add_document("C-1001", &scan, DocumentType::TaxReturn, None)
        .await
        .unwrap();
    // Killed (SIGKILL) a third of the way, mid-chunk as likely as not.
    let mut before = 0;
    while before < 16 * 1024 * 1024 {
        before = before.max(next_progress(&mut events, &item.id).await.sent);
    }
    agency.kill();
    // What went on being told until the connection broke.
    tokio::time::sleep(Duration::from_millis(300)).await;
    while let Ok(event) = events.try_recv() {
        if let backend::BackendEvent::UploadProgress(p) = event {
            before = before.max(p.sent);
        }
    }
    let agency = AgencyProcess::start(dir.path(), port, &args);
    let resumed = next_progress(&mut events, &item.id).await;
    let chunk = 4 * 1024 * 1024;
    assert!(
        resumed.sent > 0 && resumed.sent + chunk >= before,
        "resumed at {} after {before} had gone: more than one chunk sent again",
        resumed.sent
    );
    let document = delivered(&backend, &item.id).await;
    backend.sync_now().await;
    let listed = backend.case_documents("C-1001").await.unwrap();
    let doc = listed.documents.iter().find(|d| d.id == document).unwrap();
    assert_eq!(doc.sha256, sha256_hex(&std::fs::read(&scan).unwrap()));
    assert_eq!(
        stored(dir.path(), &doc.sha256).len() as u64,
        std::fs::metadata(&scan).unwrap().len()
    );
    drop(agency);
}

/// A proxy to `upstream` that flips one bit of the first PATCH body that
/// goes through it, as a bad line would.
async fn corrupting_proxy(upstream: String) -> (String, Arc<std::sync::atomic::AtomicUsize>) {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let flipped = Arc::new(AtomicUsize::new(0));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let upstream = upstream
        .trim_start_matches("http://")
        .trim_end_matches('/')
        .to_owned();
    let counter = flipped.clone();
    tokio::spawn(async move {
        loop {
            let (client, _) = listener.accept().await.unwrap();
            let server = tokio::net::TcpStream::connect(&upstream).await.unwrap();
            let (mut client_read, mut client_write) = client.into_split();
            let (mut server_read, mut server_write) = server.into_split();
            tokio::spawn(async move {
                let _ = tokio::io::copy(&mut server_read, &mut client_write).await;
            });
            let counter = counter.clone();
            tokio::spawn(async move {
                let mut buffer = vec![0_u8; 64 * 1024];
                // In a PATCH whose headers ended: flip the next body byte.
                let mut armed = false;
                loop {
                    let n = match client_read.read(&mut buffer).await {
                        Ok(0) | Err(_) => break,
                        Ok(n) => n,
                    };
                    let bytes = &mut buffer[..n];
                    if counter.load(Ordering::SeqCst) == 0 {
                        if !armed
                            && let Some(at) = bytes.windows(6).position(|w| w == b"PATCH ")
                            && let Some(end) = bytes[at..].windows(4).position(|w| w == b"\r\n\r\n")
                        {
                            armed = true;
                            let body = at + end + 4;
                            if body < n {
                                bytes[body] ^= 0x01;
                                counter.fetch_add(1, Ordering::SeqCst);
                                armed = false;
                            }
                        } else if armed {
                            bytes[0] ^= 0x01;
                            counter.fetch_add(1, Ordering::SeqCst);
                            armed = false;
                        }
                    }
                    if server_write.write_all(bytes).await.is_err() {
                        break;
                    }
                }
            });
        }
    });
    (format!("http://{addr}/"), flipped)
}

#[tokio::test(flavor = "multi_thread")]
async fn a_chunk_damaged_on_the_way_is_refused_by_the_agency_and_sent_again() {
    let dir = tempfile::tempdir().unwrap();
    let agency = start_agency(dir.path()).await;
    let (proxy, flipped) = corrupting_proxy(agency).await;
    let backend = signed_in(&proxy, &dir.path().join("app")).await;

    let pdf = fixture("pay-stub.pdf");
    let item = backend
        .add_document("C-1001", &pdf, DocumentType::PayStub, None)
        .await
        .unwrap();
    let document = delivered(&backend, &item.id).await;
    assert_eq!(
        flipped.load(std::sync::atomic::Ordering::SeqCst),
        1,
        "one byte was damaged on the way"
    );
    backend.sync_now().await;
    let listed = backend.case_documents("C-1001").await.unwrap();
    let doc = listed.documents.iter().find(|d| d.id == document).unwrap();
    // The damaged chunk was not kept: what the agency holds is the file.
    assert_eq!(
        stored(dir.path(), &doc.sha256),
        std::fs::read(&pdf).unwrap()
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_copy_no_upload_wants_is_deleted_at_start() {
    let dir = tempfile::tempdir().unwrap();
    let agency = start_agency(dir.path()).await;
    let data = dir.path().join("app");
    let secrets = Arc::new(Persistent(MemorySecrets::new()));
    let first = backend(&agency, &data, secrets.clone()).await;
    sign_in(&first, "P-1001").await;
    first.sign_out().await.unwrap();
    // Left by a crash between the copy and the outbox.
    std::fs::create_dir_all(data.join("uploads")).unwrap();
    std::fs::write(data.join("uploads/0123.original"), b"%PDF-1.4 left behind").unwrap();
    first.close().await;

    let second = backend(&agency, &data, secrets).await;
    assert_eq!(
        std::fs::read_dir(data.join("uploads")).unwrap().count(),
        0,
        "the orphan copy is gone"
    );
    drop(second);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_modification_request_waits_for_its_document_and_is_sent_with_it() {
    let dir = tempfile::tempdir().unwrap();
    let gate = Gate::new(|method, _| method == "PATCH");
    let agency = common::start_agency_wrapped(dir.path(), |router| gate.wrap(router)).await;
    let backend = backend(
        &agency,
        &dir.path().join("app"),
        Arc::new(Persistent(MemorySecrets::new())),
    )
    .await;
    sign_in(&backend, "P-1002").await;
    gate.arm();
    let upload = backend
        .add_document(
            "C-1001",
            &fixture("pay-stub.pdf"),
            DocumentType::PayStub,
            None,
        )
        .await
        .unwrap();
    // Paused while its bytes are on the way, so that the request has to
    // wait for it.
    gate.held().await;
    backend.pause_upload(&upload.id).await.unwrap();
    let request = agency_api::NewModificationRequest {
        reason: agency_api::ModificationReason::JobLoss,
        details: "My job ended.".to_owned(),
        estimated_monthly: None,
        documents: Vec::new(),
    };
    let item = backend
        .submit_modification_request("C-1001", request.clone(), std::slice::from_ref(&upload.id))
        .await
        .unwrap();
    assert_eq!(item.attachments, std::slice::from_ref(&upload.id));
    tokio::time::sleep(Duration::from_millis(500)).await;
    let items = backend.outbox().await.unwrap();
    let waiting = items.iter().find(|i| i.id == item.id).unwrap();
    assert!(
        matches!(waiting.state, OutboxState::Queued { .. }),
        "it waits for its document: {waiting:?}"
    );
    // The answer to the stopped send comes too late to count.
    gate.release();
    backend.resume_upload(&upload.id).await.unwrap();
    let document = delivered(&backend, &upload.id).await;
    let receipt = delivered(&backend, &item.id).await;
    backend.sync_now().await;
    let submissions = backend.submissions().await.unwrap();
    let sent = submissions
        .modification_requests
        .iter()
        .find(|r| r.id == receipt)
        .unwrap();
    assert_eq!(sent.documents, [document]);

    // An attachment that is not an upload of this case is refused.
    let err = backend
        .submit_modification_request("C-1001", request, &["nope".to_owned()])
        .await
        .unwrap_err();
    assert_eq!(err.reason.as_deref(), Some("unknown_attachment"));
}
