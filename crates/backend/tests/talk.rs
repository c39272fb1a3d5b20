//! Talking to the agency (issue 11) through the backend's public API,
//! against a real reference agency over HTTP on loopback: how to pay.

mod common;

use backend::{Backend, BackendConfig, ErrorCode, KioskConfig, MemorySecrets, SyncPhase};
use common::{Persistent, backend, sign_in, start_agency};
use std::path::Path;
use std::sync::Arc;

#[tokio::test(flavor = "multi_thread")]
async fn how_to_pay_is_synced_and_kept_for_offline_use() {
    let dir = tempfile::tempdir().unwrap();
    let agency = start_agency(dir.path()).await;
    let backend = backend(
        &agency,
        &dir.path().join("app"),
        Arc::new(Persistent(MemorySecrets::new())),
    )
    .await;

    sign_in(&backend, "P-1001").await;
    let before = backend.how_to_pay("C-1001").await.unwrap();
    if before.how_to_pay.is_none() {
        assert_eq!(before.as_of, None, "never fetched");
    }
    assert_eq!(backend.sync_now().await.phase, SyncPhase::Idle);

    let held = backend.how_to_pay("C-1001").await.unwrap();
    let answer = held.how_to_pay.expect("synced");
    assert!(held.as_of.is_some());
    assert_eq!(answer.case_number, "C-1001");
    let options = &answer.options;
    assert!(options.mail.is_some(), "the demo agency takes mail");
    assert!(!options.cash.is_empty(), "and cash");
    let site = backend.payment_site("C-1001").await.unwrap();
    assert_eq!(site.scheme(), "https");
    assert_eq!(
        site.as_str(),
        options.online.as_ref().expect("and payments online").url
    );

    // A case that is not the parent's has nothing to open.
    let err = backend.payment_site("C-9999").await.unwrap_err();
    assert_eq!(err.code, ErrorCode::InvalidInput);

    // Signing out forgets the agency's data, how to pay included.
    backend.sign_out().await.unwrap();
    assert!(
        backend
            .how_to_pay("C-1001")
            .await
            .unwrap()
            .how_to_pay
            .is_none()
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_kiosk_opens_no_payment_site() {
    let dir = tempfile::tempdir().unwrap();
    let agency = start_agency(dir.path()).await;
    let folder = dir.path().join("scans");
    std::fs::create_dir_all(&folder).unwrap();
    let config = KioskConfig::parse(
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
            folder.display()
        ),
        Path::new("kiosk.toml"),
    )
    .unwrap();
    let backend =
        Backend::new(BackendConfig::kiosk(config), Arc::new(MemorySecrets::new())).unwrap();
    backend.start().await;
    sign_in(&backend, "P-1001").await;
    backend.sync_now().await;
    // The options are there to read, as instructions…
    let held = backend.how_to_pay("C-1001").await.unwrap();
    assert!(held.how_to_pay.is_some());
    // …but nothing is opened.
    let err = backend.payment_site("C-1001").await.unwrap_err();
    assert_eq!(err.code, ErrorCode::InvalidInput);
    assert_eq!(err.reason.as_deref(), Some("kiosk"));
}
