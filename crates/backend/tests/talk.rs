//! Talking to the agency (issue 11) through the backend's public API,
//! against a real reference agency over HTTP on loopback: how to pay.

mod common;

use agency_api::ContactUpdateStatus;
use backend::{
    AddressForm, Backend, BackendConfig, ContactForm, ErrorCode, KioskConfig, MemorySecrets,
    OutboxKind, SyncPhase,
};
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

#[tokio::test(flavor = "multi_thread")]
async fn a_contact_update_goes_through_the_outbox_once_and_its_status_follows() {
    let dir = tempfile::tempdir().unwrap();
    let agency = start_agency(dir.path()).await;
    let backend = backend(
        &agency,
        &dir.path().join("app"),
        Arc::new(Persistent(MemorySecrets::new())),
    )
    .await;
    sign_in(&backend, "P-1003").await;
    backend.sync_now().await;
    // C-1002 carries the family-violence indicator: said before anything is sent.
    let before = backend.contact_updates().await.unwrap();
    let c1002 = before
        .visibility
        .iter()
        .find(|v| v.case_id == "C-1002")
        .expect("the parent's case");
    assert!(c1002.family_violence);
    assert!(!c1002.other_parent_can_see);

    // Bad input names its field, and nothing is queued.
    let bad = ContactForm {
        phone: "555-01".into(),
        ..ContactForm::default()
    };
    let issues = backend.check_contact_update(&bad);
    assert_eq!(issues.len(), 1);
    assert_eq!(issues[0].field, "phone");
    let err = backend.submit_contact_update(&bad).await.unwrap_err();
    assert_eq!(err.field.as_deref(), Some("phone"));
    assert_eq!(err.reason.as_deref(), Some("invalid_phone"));
    assert!(backend.outbox().await.unwrap().is_empty());

    let form = ContactForm {
        address: AddressForm {
            line1: "77 Birch Road".into(),
            line2: String::new(),
            city: "Lakeview".into(),
            state: "wi".into(),
            zip: "53700".into(),
        },
        ..ContactForm::default()
    };
    let item = backend.submit_contact_update(&form).await.unwrap();
    assert_eq!(item.kind, OutboxKind::ContactUpdate);
    let receipt = common::delivered(&backend, &item.id).await;
    assert!(receipt.starts_with("CU-"), "{receipt}");
    backend.sync_now().await;
    let after = backend.contact_updates().await.unwrap();
    assert_eq!(after.updates.len(), 1, "exactly one update at the agency");
    let update = &after.updates[0];
    assert_eq!(update.id, receipt);
    assert_eq!(update.status, ContactUpdateStatus::Received);
    assert_eq!(update.address.as_ref().unwrap().state, "WI");
    assert!(after.as_of.is_some());
}
