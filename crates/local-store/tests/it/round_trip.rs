use chrono::{SubsecRound, TimeZone, Utc};
use local_store::{Location, OpenError, RecordState, Store, StoreKey};
use serde_json::json;

use crate::{modification, open_file, temp_store};

#[tokio::test]
async fn cache_round_trip_and_replace() {
    let store = Store::open(&Location::Memory, &StoreKey::generate())
        .await
        .unwrap();
    assert_eq!(store.cached("cases").await.unwrap(), None);

    let at = Utc.with_ymd_and_hms(2025, 3, 1, 12, 0, 0).unwrap();
    let cases = json!([{ "id": "C-1001", "other_parent": "Jane Doe" }]);
    store
        .put_cached("cases", &cases, Some("\"v1\""), at)
        .await
        .unwrap();
    let got = store.cached("cases").await.unwrap().unwrap();
    assert_eq!(got.value, cases);
    assert_eq!(got.etag.as_deref(), Some("\"v1\""));
    assert_eq!(got.fetched_at, at);

    // Replacing keeps one entry, the newest; the etag may go away.
    let now = Utc::now();
    store
        .put_cached("cases", &json!([]), None, now)
        .await
        .unwrap();
    let got = store.cached("cases").await.unwrap().unwrap();
    assert_eq!(got.value, json!([]));
    assert_eq!(got.etag, None);
    // Stored to the microsecond.
    assert_eq!(got.fetched_at, now.trunc_subsecs(6));

    // Keys are independent.
    store
        .put_cached("payments/C-1001", &json!({ "total": 10 }), None, at)
        .await
        .unwrap();
    assert_eq!(
        store
            .cached("payments/C-1001")
            .await
            .unwrap()
            .unwrap()
            .value,
        json!({ "total": 10 })
    );
    assert_eq!(store.cached("payments/C-2").await.unwrap(), None);
    store.close().await;
}

#[tokio::test]
async fn draft_round_trip_replace_and_delete() {
    let store = Store::open(&Location::Memory, &StoreKey::generate())
        .await
        .unwrap();
    assert_eq!(store.draft("modification").await.unwrap(), None);
    store
        .put_draft("modification", &json!({ "step": 1 }))
        .await
        .unwrap();
    store
        .put_draft("modification", &json!({ "step": 2, "income": "4000" }))
        .await
        .unwrap();
    store.put_draft("address", &json!("x")).await.unwrap();
    assert_eq!(
        store.draft("modification").await.unwrap(),
        Some(json!({ "step": 2, "income": "4000" }))
    );
    store.delete_draft("modification").await.unwrap();
    assert_eq!(store.draft("modification").await.unwrap(), None);
    // Deleting again is fine; other drafts are untouched.
    store.delete_draft("modification").await.unwrap();
    assert_eq!(store.draft("address").await.unwrap(), Some(json!("x")));
    store.close().await;
}

#[tokio::test]
async fn a_file_store_keeps_everything_across_reopening() {
    let (_dir, path) = temp_store();
    let key = StoreKey::generate();
    let at = Utc.with_ymd_and_hms(2025, 1, 2, 3, 4, 5).unwrap();

    let store = open_file(&path, &key).await;
    store
        .put_cached("cases", &json!(["C-1001"]), Some("e1"), at)
        .await
        .unwrap();
    store
        .put_draft("modification", &json!({ "a": 1 }))
        .await
        .unwrap();
    let queued = store.enqueue(modification(1)).await.unwrap();
    let delivered = store.enqueue(modification(2)).await.unwrap();
    store.mark_sending(&delivered.id).await.unwrap();
    let delivered = store
        .mark_delivered(&delivered.id, &json!({ "confirmation": "R-77" }), at)
        .await
        .unwrap();
    let failed = store.enqueue(modification(3)).await.unwrap();
    let failed = store
        .mark_failed(&failed.id, &json!({ "status": 422 }))
        .await
        .unwrap();
    let before = store.outbox().await.unwrap();
    assert_eq!(before, vec![queued, delivered, failed]);
    store.close().await;

    // The key as the keyring would give it back.
    let key = StoreKey::decode(&key.encode()).unwrap();
    let store = open_file(&path, &key).await;
    let cached = store.cached("cases").await.unwrap().unwrap();
    assert_eq!(
        (cached.value, cached.etag.as_deref(), cached.fetched_at),
        (json!(["C-1001"]), Some("e1"), at)
    );
    assert_eq!(
        store.draft("modification").await.unwrap(),
        Some(json!({ "a": 1 }))
    );
    assert_eq!(store.outbox().await.unwrap(), before);
    store.close().await;
}

#[tokio::test]
async fn memory_stores_work_and_are_separate() {
    let key = StoreKey::generate();
    let a = Store::open(&Location::Memory, &key).await.unwrap();
    let b = Store::open(&Location::Memory, &key).await.unwrap();
    a.put_draft("d", &json!(1)).await.unwrap();
    let item = a.enqueue(modification(1)).await.unwrap();
    // A clone is the same store.
    let a2 = a.clone();
    assert_eq!(a2.draft("d").await.unwrap(), Some(json!(1)));
    assert_eq!(a2.outbox_item(&item.id).await.unwrap(), Some(item));
    // Another memory store is another store.
    assert_eq!(b.draft("d").await.unwrap(), None);
    assert!(b.outbox().await.unwrap().is_empty());
    // Many operations through the single connection, concurrently.
    let writes: Vec<_> = (0..20)
        .map(|n| {
            let a = a.clone();
            tokio::spawn(async move { a.enqueue(modification(n)).await })
        })
        .collect();
    for w in writes {
        w.await.unwrap().unwrap();
    }
    assert_eq!(a.outbox().await.unwrap().len(), 21);
    a.close().await;
    b.close().await;
    // Closed means closed.
    assert!(a2.draft("d").await.is_err());
    // And a new memory store starts empty.
    let c = Store::open(&Location::Memory, &key).await.unwrap();
    assert_eq!(c.draft("d").await.unwrap(), None);
    c.close().await;
}

#[tokio::test]
async fn wipe_empties_the_store_but_keeps_its_key() {
    let (_dir, path) = temp_store();
    let key = StoreKey::generate();
    let store = open_file(&path, &key).await;
    store
        .put_cached("cases", &json!(["C-1"]), None, Utc::now())
        .await
        .unwrap();
    store.put_draft("d", &json!(1)).await.unwrap();
    let item = store.enqueue(modification(1)).await.unwrap();
    store.wipe().await.unwrap();
    assert_eq!(store.cached("cases").await.unwrap(), None);
    assert_eq!(store.draft("d").await.unwrap(), None);
    assert!(store.outbox().await.unwrap().is_empty());
    assert_eq!(store.outbox_item(&item.id).await.unwrap(), None);
    // Still usable.
    store.put_draft("d", &json!(2)).await.unwrap();
    store.close().await;

    // Still this key's store, and still not another key's.
    assert!(matches!(
        Store::open(&Location::File(path.clone()), &StoreKey::generate()).await,
        Err(OpenError::WrongKey)
    ));
    let store = open_file(&path, &key).await;
    assert_eq!(store.draft("d").await.unwrap(), Some(json!(2)));
    store.close().await;

    // Wiping a memory store works too.
    let store = Store::open(&Location::Memory, &key).await.unwrap();
    store.enqueue(modification(1)).await.unwrap();
    store.wipe().await.unwrap();
    assert!(store.outbox().await.unwrap().is_empty());
    store.close().await;
}

#[tokio::test]
async fn the_outbox_survives_an_unclean_stop() {
    // Dropping every handle without `close` is what a crash leaves behind
    // (minus the process dying); the next open must see committed items.
    let (_dir, path) = temp_store();
    let key = StoreKey::generate();
    let store = open_file(&path, &key).await;
    let item = store.enqueue(modification(1)).await.unwrap();
    let sending = store.mark_sending(&item.id).await.unwrap();
    drop(store);

    let store = open_file(&path, &key).await;
    assert_eq!(
        store.outbox_item(&item.id).await.unwrap(),
        Some(sending.clone())
    );
    assert_eq!(store.recover_interrupted().await.unwrap(), 1);
    let recovered = store.outbox_item(&item.id).await.unwrap().unwrap();
    assert_eq!(recovered.state, RecordState::Queued);
    assert_eq!(recovered.idempotency_key, item.idempotency_key);
    assert_eq!(recovered.attempts, 1);
    store.close().await;
}

#[tokio::test]
async fn clear_cache_keeps_drafts_and_the_outbox() {
    let store = Store::open(&Location::Memory, &StoreKey::generate())
        .await
        .unwrap();
    let now = Utc::now();
    store
        .put_cached("cases", &json!([1]), None, now)
        .await
        .unwrap();
    store
        .put_cached("payments/C-1", &json!([2]), None, now)
        .await
        .unwrap();
    store.put_draft("d", &json!(1)).await.unwrap();
    let item = store.enqueue(modification(1)).await.unwrap();
    store.clear_cache().await.unwrap();
    assert_eq!(store.cached("cases").await.unwrap(), None);
    assert_eq!(store.cached("payments/C-1").await.unwrap(), None);
    assert_eq!(store.draft("d").await.unwrap(), Some(json!(1)));
    assert_eq!(store.outbox().await.unwrap(), vec![item]);
    store.close().await;
}
