//! A kiosk visit against a real reference agency over HTTP: files only from
//! the office's upload folder, and at the end of the visit what was
//! submitted is delivered first, then nothing of the visitor is left.

mod common;

use agency_api::DocumentType;
use backend::{
    ApplicationDraft, Backend, BackendConfig, ErrorCode, KioskConfig, Language, MemorySecrets,
    OutboxState, SecretStore, SessionState,
};
use common::{agency_db, fixture, sign_in, start_agency};
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

const MARKER: &str = "VISITOR-A-MARKER-7731";

fn kiosk_config(agency: &str, upload_folder: &Path) -> KioskConfig {
    KioskConfig::parse(
        &format!(
            r#"
office_name = "Demo County: Main Street office"
office_id = "DC-01"
agency_url = "{agency}"
idle_timeout_seconds = 120
warning_seconds = 30
languages = ["en", "es"]
printing = false
upload_folder = "{}"
"#,
            upload_folder.display()
        ),
        Path::new("kiosk.toml"),
    )
    .unwrap()
}

async fn kiosk(agency: &str, folder: &Path, secrets: Arc<MemorySecrets>) -> Backend {
    let backend =
        Backend::new(BackendConfig::kiosk(kiosk_config(agency, folder)), secrets).unwrap();
    backend.start().await;
    backend
}

#[tokio::test(flavor = "multi_thread")]
async fn a_visit_ends_with_its_submissions_delivered_and_nothing_of_it_left() {
    let dir = tempfile::tempdir().unwrap();
    let agency = start_agency(dir.path()).await;
    let scans = dir.path().join("scans");
    std::fs::create_dir_all(&scans).unwrap();
    std::fs::copy(fixture("pay-stub.pdf"), scans.join(format!("{MARKER}.pdf"))).unwrap();
    let secrets = Arc::new(MemorySecrets::new());
    let backend = kiosk(&agency, &scans, secrets.clone()).await;

    sign_in(&backend, "P-1001").await;
    backend.sync_now().await;
    assert!(!backend.cached_payments("C-1001").await.unwrap().is_empty());
    backend.set_language(Language::Es).unwrap();
    let mut draft = ApplicationDraft::default();
    draft.form.applicant.given_name = MARKER.to_owned();
    backend.save_application_draft(draft).await.unwrap();

    // Only from the scanner's folder.
    let err = backend
        .add_document(
            "C-1001",
            &fixture("pay-stub.pdf"),
            DocumentType::PayStub,
            None,
        )
        .await
        .unwrap_err();
    assert_eq!(err.reason.as_deref(), Some("outside_upload_folder"));
    let item = backend
        .add_document(
            "C-1001",
            &scans.join(format!("{MARKER}.pdf")),
            DocumentType::PayStub,
            None,
        )
        .await
        .unwrap();
    assert!(
        backend.upload_folder().exists(),
        "the copy waits to be sent"
    );

    let ended = backend.end_visit(Duration::from_secs(30)).await.unwrap();
    assert_eq!(ended.unsent, 0, "what was submitted went first");
    let at_agency = agency_documents(dir.path(), &format!("{MARKER}.pdf")).await;
    assert_eq!(
        at_agency, 1,
        "delivered once before the reset ({})",
        item.id
    );

    // Nothing of visitor A: no session, no token, no draft, no outbox, no
    // copies, no language.
    assert_eq!(backend.session(), SessionState::SignedOut);
    assert_eq!(backend.settings().language, None);
    assert!(backend.outbox().await.unwrap().is_empty());
    let token = secrets
        .get(&format!(
            "refresh-token@{}",
            url::Url::parse(&agency)
                .unwrap()
                .origin()
                .ascii_serialization()
        ))
        .unwrap();
    assert_eq!(token, None, "no token kept");
    assert!(
        !backend.upload_folder().exists(),
        "the visit's copies are gone"
    );

    // Nothing cached of A's case either.
    assert!(backend.case_overview().await.unwrap().cases.is_empty());
    assert!(backend.cached_payments("C-1001").await.unwrap().is_empty());

    // Visitor B finds nothing of A.
    sign_in(&backend, "P-1005").await;
    assert_eq!(backend.application_draft().await.unwrap(), None);
    assert!(backend.outbox().await.unwrap().is_empty());
    backend.end_visit(Duration::from_secs(5)).await.unwrap();
}

/// A kiosk against a demo agency in `dir`, signed in as P-1001, with a pay
/// stub from the scanner's folder on its way to C-1001.
async fn kiosk_sending_a_scan(dir: &Path) -> (Backend, backend::OutboxItem) {
    let agency = start_agency(dir).await;
    let scans = dir.join("scans");
    std::fs::create_dir_all(&scans).unwrap();
    std::fs::copy(fixture("pay-stub.pdf"), scans.join("stub.pdf")).unwrap();
    let backend = kiosk(&agency, &scans, Arc::new(MemorySecrets::new())).await;
    sign_in(&backend, "P-1001").await;
    let item = backend
        .add_document(
            "C-1001",
            &scans.join("stub.pdf"),
            DocumentType::PayStub,
            None,
        )
        .await
        .unwrap();
    (backend, item)
}

#[tokio::test(flavor = "multi_thread")]
async fn a_submission_that_cannot_be_sent_in_time_is_counted_and_not_kept() {
    let dir = tempfile::tempdir().unwrap();
    let (backend, item) = kiosk_sending_a_scan(dir.path()).await;
    // The visitor paused it: it is not sent, and the visit does not wait.
    let paused = backend.pause_upload(&item.id).await;
    if paused.is_ok_and(|p| p.state == OutboxState::Paused) {
        let ended = backend.end_visit(Duration::from_secs(2)).await.unwrap();
        assert_eq!(ended.unsent, 1);
        assert!(backend.outbox().await.unwrap().is_empty(), "not kept");
    }
}

/// The kiosk the test below crashes, in a process of its own: it makes its
/// uploads folder, puts a visitor's copy in it, writes down where, and
/// aborts.
#[tokio::test(flavor = "multi_thread")]
#[ignore = "run by a_crashed_kiosk_leaves_no_copies_after_its_next_start"]
async fn crashing_kiosk() {
    let Some(scans) = std::env::var_os(CRASHING_KIOSK) else {
        return; // not run by that test
    };
    let backend = kiosk(
        "http://127.0.0.1:9/",
        Path::new(&scans),
        Arc::new(MemorySecrets::new()),
    )
    .await;
    let folder = backend.upload_folder();
    std::fs::write(folder.join("copy.pdf"), MARKER).unwrap();
    std::fs::write(
        Path::new(&scans).join(WHERE),
        folder.as_os_str().as_encoded_bytes(),
    )
    .unwrap();
    std::process::abort();
}

const CRASHING_KIOSK: &str = "CSSS_TEST_CRASHING_KIOSK";
const WHERE: &str = "crashed-uploads-folder";

#[tokio::test(flavor = "multi_thread")]
async fn a_crashed_kiosk_leaves_no_copies_after_its_next_start() {
    let dir = tempfile::tempdir().unwrap();
    let crashed = std::process::Command::new(std::env::current_exe().unwrap())
        .args(["crashing_kiosk", "--exact", "--ignored", "--nocapture"])
        .env(CRASHING_KIOSK, dir.path())
        .output()
        .unwrap();
    assert!(!crashed.status.success(), "the kiosk crashed");
    let folder = std::path::PathBuf::from(
        std::fs::read_to_string(dir.path().join(WHERE)).expect("the crashed kiosk said where"),
    );
    assert!(folder.join("copy.pdf").exists(), "the crash left the copy");

    let _next = kiosk(
        "http://127.0.0.1:9/",
        dir.path(),
        Arc::new(MemorySecrets::new()),
    )
    .await;
    assert!(
        !folder.exists(),
        "the next start deleted the last visitor's copy"
    );
    assert!(
        !Path::new(&format!("{}.lock", folder.display())).exists(),
        "and the folder's claim"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_kiosk_leaves_no_copies_after_it_exits() {
    let dir = tempfile::tempdir().unwrap();
    let (backend, _item) = kiosk_sending_a_scan(dir.path()).await;
    assert!(backend.upload_folder().exists());
    backend.close().await;
    assert!(
        !backend.upload_folder().exists(),
        "nothing of the visit is left after the app exits"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn only_a_kiosk_ends_visits() {
    let backend = Backend::new(
        BackendConfig::resolve(Some("http://127.0.0.1:9/"), None, backend::AppMode::Home).unwrap(),
        Arc::new(MemorySecrets::new()),
    )
    .unwrap();
    let err = backend.end_visit(Duration::ZERO).await.unwrap_err();
    assert_eq!(err.code, ErrorCode::InvalidInput);
}

async fn agency_documents(agency_dir: &Path, file_name: &str) -> i64 {
    let db = agency_db(agency_dir).await;
    sqlx::query_scalar("SELECT COUNT(*) FROM documents WHERE file_name = $1")
        .bind(file_name)
        .fetch_one(db.pool())
        .await
        .unwrap()
}
