//! The local store's behaviour, from outside. One test binary, several modules.

mod at_rest;
mod damage;
mod outbox;
mod round_trip;

use local_store::{Location, NewOutboxItem, Store, StoreKey};
use serde_json::json;
use std::path::{Path, PathBuf};

/// A store file in a fresh temporary directory (kept alive by the guard).
pub fn temp_store() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("data").join("store.db");
    (dir, path)
}

pub async fn open_file(path: &Path, key: &StoreKey) -> Store {
    Store::open(&Location::File(path.to_owned()), key)
        .await
        .unwrap()
}

pub fn item(kind: &str, case_id: Option<&str>, payload: serde_json::Value) -> NewOutboxItem {
    NewOutboxItem {
        kind: kind.into(),
        case_id: case_id.map(Into::into),
        payload,
    }
}

pub fn modification(n: u32) -> NewOutboxItem {
    item(
        "modification_request",
        Some("C-1001"),
        json!({ "n": n, "reason": "job loss", "income": 1234.5 }),
    )
}

/// Opens a raw connection to a store file, bypassing the crate.
pub async fn raw(path: &Path) -> sqlx::SqliteConnection {
    use sqlx::ConnectOptions as _;
    sqlx::sqlite::SqliteConnectOptions::new()
        .filename(path)
        .connect()
        .await
        .unwrap()
}
