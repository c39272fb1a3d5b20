//! The backend against a real reference agency over HTTP on loopback.

mod common;

use backend::{
    AgencyConnection, AppMode, Backend, BackendConfig, ErrorCode, Language, MemorySecrets,
};
use common::start_agency;
use std::sync::Arc;

fn backend(agency_url: &str, config_dir: &std::path::Path) -> Backend {
    Backend::new(
        BackendConfig::resolve(Some(agency_url), Some(config_dir), AppMode::Home).unwrap(),
        Arc::new(MemorySecrets::new()),
    )
    .unwrap()
}

#[tokio::test]
async fn the_app_shows_which_agency_it_is_connected_to() {
    let dir = tempfile::tempdir().unwrap();
    let url = start_agency(dir.path()).await;
    let backend = backend(url.as_str(), dir.path());

    assert_eq!(
        backend.agency_status().await,
        AgencyConnection::Connected {
            agency_name: "Demo County Child Support Services".to_owned(),
            url: url.to_string(),
        }
    );
}

#[tokio::test]
async fn an_agency_that_does_not_answer_is_reported_not_thrown() {
    // Bind then drop a listener: nothing answers on that port any more.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let dir = tempfile::tempdir().unwrap();
    let backend = backend(&format!("http://127.0.0.1:{port}/"), dir.path());

    match backend.agency_status().await {
        AgencyConnection::Unreachable { error, .. } => {
            assert_eq!(error.code, ErrorCode::AgencyUnreachable)
        }
        other => panic!("expected unreachable, got {other:?}"),
    }
}

#[tokio::test]
async fn the_language_chosen_is_kept_across_restarts_at_home_but_not_on_a_kiosk() {
    let dir = tempfile::tempdir().unwrap();
    let url = "http://127.0.0.1:9/";
    backend(url, dir.path()).set_language(Language::Es).unwrap();
    assert_eq!(
        backend(url, dir.path()).settings().language,
        Some(Language::Es)
    );

    let kiosk_dir = tempfile::tempdir().unwrap();
    let kiosk = |dir: &std::path::Path| {
        Backend::new(
            BackendConfig::resolve(Some(url), Some(dir), AppMode::Kiosk).unwrap(),
            Arc::new(MemorySecrets::new()),
        )
        .unwrap()
    };
    kiosk(kiosk_dir.path()).set_language(Language::Es).unwrap();
    assert_eq!(kiosk(kiosk_dir.path()).settings().language, None);
    assert_eq!(
        std::fs::read_dir(kiosk_dir.path()).unwrap().count(),
        0,
        "a kiosk writes no file"
    );
}
