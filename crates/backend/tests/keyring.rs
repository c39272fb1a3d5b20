//! The session against the real OS keyring (Secret Service on Linux) and a
//! real agency over HTTP. Ignored by default, because it needs an unlocked
//! Secret Service; scripts/test runs it inside a D-Bus session with
//! gnome-keyring:
//!
//! ```text
//! dbus-run-session -- bash -c 'echo pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null \
//!   && cargo test --workspace --test keyring -- --ignored'
//! ```

mod common;

use backend::{Backend, KeyringSecrets, SecretStore, SessionState, keyring_works};
use common::{sign_in, start_agency};
use std::sync::Arc;

/// One test at a time: one of them shows that a start writes nothing to the
/// keyring's file, which another test writing meanwhile would belie.
static ONE_AT_A_TIME: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// A service name of its own per test, so tests never see each other's
/// entries (or a developer's).
fn service(test: &str) -> String {
    format!(
        "org.childsupport.selfservice.test.{test}.{}",
        std::process::id()
    )
}

async fn backend(agency: &str, data: &std::path::Path, service: &str) -> Backend {
    common::backend(agency, data, Arc::new(KeyringSecrets::new(service))).await
}

#[test]
#[ignore = "needs an unlocked Secret Service (see the module's doc)"]
fn the_keyring_keeps_replaces_and_deletes_a_secret() {
    let _alone = ONE_AT_A_TIME.blocking_lock();
    let service = service("entries");
    keyring_works(&service, "store-key@x").expect("the Secret Service answers");
    let one = KeyringSecrets::new(&service);
    one.set("refresh-token@x", "first").unwrap();
    // Another handle (a restarted app) reads what the first one wrote.
    let other = KeyringSecrets::new(&service);
    assert_eq!(
        other.get("refresh-token@x").unwrap().as_deref(),
        Some("first")
    );
    other.set("refresh-token@x", "second").unwrap();
    assert_eq!(
        one.get("refresh-token@x").unwrap().as_deref(),
        Some("second")
    );
    one.delete("refresh-token@x").unwrap();
    assert_eq!(other.get("refresh-token@x").unwrap(), None);
}

/// The keyring daemon's files (gnome-keyring's, under the user's data
/// directory), each with when it was last written and what it holds.
fn keyring_files() -> Vec<(std::path::PathBuf, std::time::SystemTime, Vec<u8>)> {
    let data = std::env::var_os("XDG_DATA_HOME")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| {
            std::path::PathBuf::from(std::env::var_os("HOME").unwrap()).join(".local/share")
        });
    let mut files: Vec<_> = walk(&data.join("keyrings"))
        .into_iter()
        .map(|path| {
            let written = std::fs::metadata(&path).unwrap().modified().unwrap();
            let bytes = std::fs::read(&path).unwrap();
            (path, written, bytes)
        })
        .collect();
    files.sort();
    files
}

#[test]
#[ignore = "needs an unlocked Secret Service (see the module's doc)"]
fn the_start_reads_a_kept_secret_and_writes_nothing_to_see_whether_the_keyring_works() {
    let _alone = ONE_AT_A_TIME.blocking_lock();
    let service = service("probe");
    // A first start: nothing kept yet, so a probe is written, read back and
    // deleted, and the daemon rewrites its file (which shows this test
    // would see a write).
    let before = keyring_files();
    keyring_works(&service, "store-key@x").expect("the Secret Service answers");
    assert_ne!(
        keyring_files(),
        before,
        "the probe was written to the keyring's file"
    );
    let secrets = KeyringSecrets::new(&service);
    assert_eq!(secrets.get("probe").unwrap(), None, "the probe is gone");

    // Every later start: the store's key is there, and reading it is enough.
    secrets.set("store-key@x", "kept").unwrap();
    let before = keyring_files();
    keyring_works(&service, "store-key@x").expect("the Secret Service answers");
    assert_eq!(
        keyring_files(),
        before,
        "nothing was written to the keyring"
    );
    assert_eq!(secrets.get("store-key@x").unwrap().as_deref(), Some("kept"));
    secrets.delete("store-key@x").unwrap();
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs an unlocked Secret Service (see the module's doc)"]
async fn a_session_outlives_the_app_in_the_keyring_and_sign_out_ends_it() {
    let _alone = ONE_AT_A_TIME.lock().await;
    let dir = tempfile::tempdir().unwrap();
    let agency = start_agency(dir.path()).await;
    let service = service("session");
    let data = dir.path().join("app");

    let first = backend(&agency, &data, &service).await;
    sign_in(&first, "P-1001").await;
    let SessionState::SignedIn { remembered, .. } = first.session() else {
        panic!("signed in: {:?}", first.session());
    };
    assert!(remembered);
    let secrets = KeyringSecrets::new(&service);
    let name = format!("refresh-token@{}", agency.trim_end_matches('/'));
    let token = secrets
        .get(&name)
        .unwrap()
        .expect("the refresh token is in the keyring");

    // Nothing under the app's directory holds it.
    for entry in walk(&data) {
        let bytes = std::fs::read(&entry).unwrap();
        assert!(
            !bytes.windows(token.len()).any(|w| w == token.as_bytes()),
            "{} holds the refresh token",
            entry.display()
        );
    }

    // "Restarted": a new backend on the same directory and keyring.
    drop(first);
    let second = backend(&agency, &data, &service).await;
    assert!(matches!(
        second.session(),
        SessionState::SignedIn { participant, .. } if participant.id == "P-1001"
    ));
    assert!(
        second.sync_now().await.error.is_none(),
        "the restored session works"
    );

    second.sign_out().await.unwrap();
    assert_eq!(second.session(), SessionState::SignedOut);
    assert_eq!(
        secrets.get(&name).unwrap(),
        None,
        "the keyring entry is gone"
    );
    let refreshed = backend::AgencyClient::new(agency.parse().unwrap())
        .unwrap()
        .refresh(&token)
        .await;
    assert!(
        refreshed.is_err_and(|e| e.is_invalid_grant()),
        "the agency revoked the session"
    );
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            files.extend(walk(&path));
        } else {
            files.push(path);
        }
    }
    files
}
