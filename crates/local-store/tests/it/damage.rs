use chrono::Utc;
use local_store::{Location, OpenError, Store, StoreError, StoreKey};
use serde_json::json;
use sqlx::Connection as _;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::{modification, open_file, raw, temp_store};

fn sidecar(path: &Path, side: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(side);
    PathBuf::from(name)
}

fn random_bytes(n: usize) -> Vec<u8> {
    let mut bytes = vec![0u8; n];
    getrandom::fill(&mut bytes).unwrap();
    bytes
}

fn is_damaged(e: &StoreError) -> bool {
    matches!(e, StoreError::Damaged { .. })
}

#[tokio::test]
async fn a_wrong_key_is_wrong_key() {
    let (_dir, path) = temp_store();
    let store = open_file(&path, &StoreKey::generate()).await;
    store.put_draft("d", &json!(1)).await.unwrap();
    store.close().await;
    let result = Store::open(&Location::File(path), &StoreKey::generate()).await;
    assert!(matches!(result, Err(OpenError::WrongKey)), "{result:?}");
}

#[tokio::test]
async fn random_bytes_are_damaged_and_can_be_set_aside() {
    let (_dir, path) = temp_store();
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    let garbage = random_bytes(8192);
    std::fs::write(&path, &garbage).unwrap();
    let key = StoreKey::generate();

    let result = Store::open(&Location::File(path.clone()), &key).await;
    assert!(
        matches!(result, Err(OpenError::Damaged { .. })),
        "{result:?}"
    );
    // Opening did not change the file.
    assert_eq!(std::fs::read(&path).unwrap(), garbage);

    // Companions left over from a crash go along with it. (Not written
    // before the open: SQLite removes a -wal it cannot use when it closes.)
    std::fs::write(sidecar(&path, "-wal"), b"wal").unwrap();
    std::fs::write(sidecar(&path, "-shm"), b"shm").unwrap();

    let aside = Store::set_aside(&path).await.unwrap();
    let name = aside.file_name().unwrap().to_str().unwrap().to_owned();
    let stamp = name.strip_prefix("store.db.damaged-").unwrap();
    // yyyymmddThhmmss
    assert_eq!(stamp.len(), 15, "{name}");
    assert_eq!(&stamp[8..9], "T");
    assert!(
        stamp
            .chars()
            .filter(|c| *c != 'T')
            .all(|c| c.is_ascii_digit())
    );
    assert_eq!(aside.parent(), path.parent());
    // Moved, not deleted: the main file and its companions.
    assert_eq!(std::fs::read(&aside).unwrap(), garbage);
    assert_eq!(std::fs::read(sidecar(&aside, "-wal")).unwrap(), b"wal");
    assert_eq!(std::fs::read(sidecar(&aside, "-shm")).unwrap(), b"shm");
    for side in ["", "-wal", "-shm"] {
        assert!(!sidecar(&path, side).exists(), "{side} left behind");
    }

    // The next open starts empty.
    let store = open_file(&path, &key).await;
    assert!(store.outbox().await.unwrap().is_empty());
    store.close().await;
}

#[tokio::test]
async fn set_aside_keeps_a_readable_copy_and_the_next_open_is_empty() {
    let (_dir, path) = temp_store();
    let key = StoreKey::generate();
    let store = open_file(&path, &key).await;
    let item = store.enqueue(modification(1)).await.unwrap();
    store.close().await;

    let first = Store::set_aside(&path).await.unwrap();
    assert!(!path.exists());
    // A new store, which a new key may open.
    let store = open_file(&path, &StoreKey::generate()).await;
    assert!(store.outbox().await.unwrap().is_empty());
    store.close().await;
    // Set aside again, in the same second or not: another name.
    let second = Store::set_aside(&path).await.unwrap();
    assert_ne!(first, second);
    assert!(first.exists() && second.exists());

    // The set-aside file is still a store its key opens.
    let old = open_file(&first, &key).await;
    assert_eq!(old.outbox_item(&item.id).await.unwrap(), Some(item));
    old.close().await;

    // Nothing to set aside.
    let missing = Store::set_aside(&path).await.unwrap_err();
    assert_eq!(missing.kind(), std::io::ErrorKind::NotFound);
}

#[tokio::test]
async fn an_unusable_directory_is_io() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("not-a-dir");
    std::fs::write(&file, b"x").unwrap();
    let result = Store::open(
        &Location::File(file.join("store.db")),
        &StoreKey::generate(),
    )
    .await;
    assert!(matches!(result, Err(OpenError::Io(_))), "{result:?}");
}

#[tokio::test]
async fn a_blob_moved_to_another_row_is_damaged() {
    let (_dir, path) = temp_store();
    let key = StoreKey::generate();
    let store = open_file(&path, &key).await;
    let a = store.enqueue(modification(1)).await.unwrap();
    let b = store.enqueue(modification(2)).await.unwrap();
    let c = store.enqueue(modification(3)).await.unwrap();
    let now = Utc::now();
    store
        .put_cached("payments/C-1", &json!(1), None, now)
        .await
        .unwrap();
    store
        .put_cached("payments/C-2", &json!(2), None, now)
        .await
        .unwrap();
    store.put_draft("one", &json!(1)).await.unwrap();
    store.put_draft("two", &json!(2)).await.unwrap();
    store.close().await;

    let mut conn = raw(&path).await;
    for (sql, from, to) in [
        // b's payload into a's row.
        (
            "UPDATE outbox SET payload = (SELECT payload FROM outbox WHERE id = ?) WHERE id = ?",
            b.id.as_str(),
            a.id.as_str(),
        ),
        // c's own case_id into its payload column.
        (
            "UPDATE outbox SET payload = (SELECT case_id FROM outbox WHERE id = ?) WHERE id = ?",
            c.id.as_str(),
            c.id.as_str(),
        ),
        (
            "UPDATE cache SET value = (SELECT value FROM cache WHERE key = ?) WHERE key = ?",
            "payments/C-2",
            "payments/C-1",
        ),
        (
            "UPDATE drafts SET value = (SELECT value FROM drafts WHERE name = ?) WHERE name = ?",
            "two",
            "one",
        ),
    ] {
        let done = sqlx::query(sql)
            .bind(from)
            .bind(to)
            .execute(&mut conn)
            .await
            .unwrap();
        assert_eq!(done.rows_affected(), 1);
    }
    conn.close().await.unwrap();

    let store = open_file(&path, &key).await;
    for id in [&a.id, &c.id] {
        let e = store.outbox_item(id).await.unwrap_err();
        assert!(is_damaged(&e), "{e:?}");
        let e = store.mark_sending(id).await.unwrap_err();
        assert!(is_damaged(&e), "{e:?}");
    }
    assert!(is_damaged(&store.outbox().await.unwrap_err()));
    assert!(is_damaged(&store.cached("payments/C-1").await.unwrap_err()));
    assert!(is_damaged(&store.draft("one").await.unwrap_err()));
    // The rows the blobs came from are fine.
    assert_eq!(store.outbox_item(&b.id).await.unwrap(), Some(b));
    assert_eq!(
        store.cached("payments/C-2").await.unwrap().unwrap().value,
        json!(2)
    );
    assert_eq!(store.draft("two").await.unwrap(), Some(json!(2)));
    // The message names the place, not the data.
    let message = store.outbox_item(&a.id).await.unwrap_err().to_string();
    assert!(
        message.contains(&a.id) && message.contains("payload"),
        "{message}"
    );
    store.close().await;
}

/// What a (possibly damaged) store holds, checked against what was written.
/// Every read must be the original value, absent, or `Damaged`; returns
/// whether any read was `Damaged`.
async fn read_all(
    store: &Store,
    payloads: &HashMap<String, serde_json::Value>,
    cache: &HashMap<String, serde_json::Value>,
) -> bool {
    let mut damaged = false;
    let mut check = |result: Result<(), StoreError>| match result {
        Ok(()) => {}
        Err(e) if is_damaged(&e) => damaged = true,
        Err(e) => panic!("a damaged file gave {e:?}"),
    };
    check(store.outbox().await.map(|records| {
        for r in records {
            // Encrypted fields are authentic or not returned at all.
            assert_eq!(payloads.get(&r.id), Some(&r.payload));
        }
    }));
    for (id, payload) in payloads {
        check(store.outbox_item(id).await.map(|r| {
            if let Some(r) = r {
                assert_eq!(&r.payload, payload);
            }
        }));
    }
    for (key, value) in cache {
        check(store.cached(key).await.map(|c| {
            if let Some(c) = c {
                assert_eq!(&c.value, value);
            }
        }));
    }
    damaged
}

#[tokio::test]
async fn flipped_bytes_are_detected_never_a_panic() {
    let (dir, path) = temp_store();
    let key = StoreKey::generate();
    let store = open_file(&path, &key).await;
    let mut payloads = HashMap::new();
    let mut cache = HashMap::new();
    for n in 0..40 {
        let r = store.enqueue(modification(n)).await.unwrap();
        payloads.insert(r.id, r.payload);
        let value = json!({ "n": n, "filler": "x".repeat(200) });
        store
            .put_cached(&format!("payments/C-{n}"), &value, Some("e"), Utc::now())
            .await
            .unwrap();
        cache.insert(format!("payments/C-{n}"), value);
    }
    store.close().await;
    let wal = std::fs::metadata(sidecar(&path, "-wal")).map_or(0, |m| m.len());
    assert_eq!(wal, 0, "close checkpoints the WAL");
    let original = std::fs::read(&path).unwrap();
    let len = original.len();
    assert!(len >= 8 * 4096, "{len}");

    // Inside pages, and at the start of pages (b-tree page headers).
    let mut offsets: Vec<usize> = (3..=7).map(|tenth| len * tenth / 10).collect();
    offsets.extend((2..len / 4096 - 1).step_by(2).map(|page| page * 4096));
    let (mut at_open, mut on_read, mut unnoticed) = (0, 0, 0);
    for (i, &offset) in offsets.iter().enumerate() {
        let mut bytes = original.clone();
        for b in &mut bytes[offset..offset + 16] {
            *b ^= 0x5a;
        }
        let copy = dir.path().join(format!("flipped-{i}.db"));
        std::fs::write(&copy, &bytes).unwrap();
        match Store::open(&Location::File(copy.clone()), &key).await {
            Err(OpenError::Damaged { .. }) => at_open += 1,
            Err(e) => panic!("offset {offset}: {e:?}"),
            Ok(store) => {
                if read_all(&store, &payloads, &cache).await {
                    on_read += 1;
                } else {
                    unnoticed += 1;
                }
                store.close().await;
            }
        }
    }
    eprintln!(
        "{} flips: {at_open} damaged at open, {on_read} on read, {unnoticed} unnoticed",
        offsets.len()
    );
    assert!(at_open + on_read > 0);
    // Flips in clear columns or free space may go unnoticed, but most land
    // in ciphertext or structure.
    assert!(unnoticed * 2 <= offsets.len(), "{unnoticed} unnoticed");
}

#[tokio::test]
async fn a_store_from_a_newer_version_is_damaged() {
    let (_dir, path) = temp_store();
    let key = StoreKey::generate();
    open_file(&path, &key).await.close().await;
    let mut conn = raw(&path).await;
    sqlx::query(
        "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) \
         VALUES (9999, 'from the future', 1, x'00', 0)",
    )
    .execute(&mut conn)
    .await
    .unwrap();
    conn.close().await.unwrap();
    let result = Store::open(&Location::File(path), &key).await;
    assert!(
        matches!(result, Err(OpenError::Damaged { .. })),
        "{result:?}"
    );
}
