use chrono::Utc;
use local_store::StoreKey;
use serde_json::json;
use std::path::Path;

use crate::{item, open_file, temp_store};

const SSN: &str = "123-45-6789";
const ADDRESS: &str = "742 Evergreen Terrace";
const CASE: &str = "C-SECRET-4242";
/// Written in clear on purpose (an outbox `kind`), to show the files read
/// are the ones written.
const CLEAR: &str = "kind-in-clear-0001";

/// The bytes of the store file and of its -wal and -shm, if present.
fn bytes_at_rest(path: &Path) -> Vec<u8> {
    let mut all = Vec::new();
    for side in ["", "-wal", "-shm"] {
        let mut name = path.as_os_str().to_owned();
        name.push(side);
        if let Ok(bytes) = std::fs::read(&name) {
            all.extend(bytes);
        }
    }
    all
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

fn assert_no_markers(bytes: &[u8], when: &str) {
    for marker in [SSN, ADDRESS, CASE, "Evergreen", "45-6789"] {
        assert!(!contains(bytes, marker), "`{marker}` found at rest {when}");
    }
}

#[tokio::test]
async fn personal_data_never_reaches_the_disk_in_clear() {
    let (_dir, path) = temp_store();
    let key = StoreKey::generate();
    let store = open_file(&path, &key).await;
    let personal = json!({ "ssn": SSN, "address": ADDRESS, "case": CASE });

    store
        .put_cached("cases", &personal, Some("etag"), Utc::now())
        .await
        .unwrap();
    store.put_draft("modification", &personal).await.unwrap();
    let mut ids = Vec::new();
    for n in 0..5 {
        let r = store
            .enqueue(item(CLEAR, Some(CASE), json!({ "n": n, "who": personal })))
            .await
            .unwrap();
        ids.push(r.id);
    }
    store.mark_sending(&ids[0]).await.unwrap();
    store
        .mark_retry(&ids[0], &json!({ "echo": personal }), Utc::now())
        .await
        .unwrap();
    store.mark_sending(&ids[1]).await.unwrap();
    store
        .mark_delivered(&ids[1], &json!({ "for": ADDRESS }), Utc::now())
        .await
        .unwrap();
    store
        .mark_failed(&ids[2], &json!({ "ssn": SSN }))
        .await
        .unwrap();

    // While open: the main file and the WAL.
    let open_bytes = bytes_at_rest(&path);
    assert!(
        contains(&open_bytes, CLEAR),
        "the test reads the wrong files"
    );
    assert_no_markers(&open_bytes, "while open");

    // Deleting a draft leaves nothing readable either.
    store.delete_draft("modification").await.unwrap();
    store.close().await;
    let closed_bytes = bytes_at_rest(&path);
    assert!(
        contains(&closed_bytes, CLEAR),
        "the test reads the wrong files"
    );
    assert_no_markers(&closed_bytes, "after close");

    // And yet it is all there for the key.
    let store = open_file(&path, &key).await;
    let cached = store.cached("cases").await.unwrap().unwrap();
    assert_eq!(cached.value, personal);
    let r = store.outbox_item(&ids[0]).await.unwrap().unwrap();
    assert_eq!(r.case_id.as_deref(), Some(CASE));
    assert_eq!(r.last_error, Some(json!({ "echo": personal })));
    store.close().await;
}

#[cfg(unix)]
#[tokio::test]
async fn the_file_is_readable_by_its_owner_only() {
    use std::os::unix::fs::PermissionsExt as _;
    let (_dir, path) = temp_store();
    let store = open_file(&path, &StoreKey::generate()).await;
    store.put_draft("d", &json!(1)).await.unwrap();
    for side in ["", "-wal"] {
        let mut name = path.as_os_str().to_owned();
        name.push(side);
        let mode = std::fs::metadata(&name).unwrap().permissions().mode();
        assert_eq!(mode & 0o077, 0, "{side}: {mode:o}");
    }
    store.close().await;
}
