use chrono::{Duration, SubsecRound, Utc};
use local_store::{Location, RecordState, Store, StoreError, StoreKey};
use serde_json::json;

use crate::{item, modification};

async fn memory() -> Store {
    Store::open(&Location::Memory, &StoreKey::generate())
        .await
        .unwrap()
}

#[tokio::test]
async fn enqueue_writes_a_queued_item_due_now() {
    let store = memory().await;
    let before = Utc::now().trunc_subsecs(6);
    let new = item(
        "payment_question",
        Some("C-1001"),
        json!({ "question": "where is my payment?" }),
    );
    let record = store.enqueue(new.clone()).await.unwrap();
    let after = Utc::now();
    assert_eq!(record.kind, new.kind);
    assert_eq!(record.case_id, new.case_id);
    assert_eq!(record.payload, new.payload);
    assert_eq!(record.state, RecordState::Queued);
    assert_eq!(record.attempts, 0);
    assert_eq!(record.last_error, None);
    assert_eq!(record.receipt, None);
    assert_eq!(record.delivered_at, None);
    assert!(before <= record.created_at && record.created_at <= after);
    assert_eq!(record.next_attempt_at, Some(record.created_at));
    // 128 bits.
    assert_eq!(record.idempotency_key.len(), 32);
    assert!(
        record
            .idempotency_key
            .chars()
            .all(|c| c.is_ascii_hexdigit())
    );
    // What was written is what reads back.
    assert_eq!(
        store.outbox_item(&record.id).await.unwrap(),
        Some(record.clone())
    );
    // No case is fine too.
    let none = store
        .enqueue(item("feedback", None, json!(null)))
        .await
        .unwrap();
    assert_eq!(
        store.outbox_item(&none.id).await.unwrap().unwrap().case_id,
        None
    );
    store.close().await;
}

#[tokio::test]
async fn enqueue_from_draft_replaces_the_draft_in_one_step() {
    let store = memory().await;
    let form = json!({ "applicant": { "given_name": "Grace" } });
    store.put_draft("application:P-1005", &form).await.unwrap();
    store.put_draft("other", &json!(1)).await.unwrap();
    let record = store
        .enqueue_from_draft(
            item("application", None, form.clone()),
            "application:P-1005",
        )
        .await
        .unwrap();
    assert_eq!(store.draft("application:P-1005").await.unwrap(), None);
    assert_eq!(store.draft("other").await.unwrap(), Some(json!(1)));
    assert_eq!(
        store
            .outbox_item(&record.id)
            .await
            .unwrap()
            .map(|r| r.payload),
        Some(form)
    );
    // No draft by that name: the submission is saved all the same.
    store
        .enqueue_from_draft(modification(1), "absent")
        .await
        .unwrap();
    assert_eq!(store.outbox().await.unwrap().len(), 2);
    store.close().await;
}

#[tokio::test]
async fn two_enqueues_get_different_ids_and_keys() {
    let store = memory().await;
    let a = store.enqueue(modification(1)).await.unwrap();
    let b = store.enqueue(modification(1)).await.unwrap();
    assert_ne!(a.id, b.id);
    assert_ne!(a.idempotency_key, b.idempotency_key);
    assert_ne!(a.id, a.idempotency_key);
    // Oldest first.
    let ids: Vec<_> = store
        .outbox()
        .await
        .unwrap()
        .into_iter()
        .map(|r| r.id)
        .collect();
    assert_eq!(ids, [a.id, b.id]);
    store.close().await;
}

#[tokio::test]
async fn a_full_lifecycle() {
    let store = memory().await;
    let item = store.enqueue(modification(1)).await.unwrap();

    // First attempt: offline, retry in a minute.
    let sending = store.mark_sending(&item.id).await.unwrap();
    assert_eq!(sending.state, RecordState::Sending);
    assert_eq!(sending.attempts, 1);
    assert_eq!(sending.next_attempt_at, None);
    let later = Utc::now() + Duration::minutes(1);
    let error = json!({ "kind": "offline" });
    let retry = store.mark_retry(&item.id, &error, later).await.unwrap();
    assert_eq!(retry.state, RecordState::Queued);
    assert_eq!(retry.last_error, Some(error));
    assert_eq!(retry.next_attempt_at, Some(later.trunc_subsecs(6)));
    assert_eq!(retry.attempts, 1);

    // Second attempt: refused for good.
    store.mark_sending(&item.id).await.unwrap();
    let refusal = json!({ "status": 422, "detail": "income must be positive" });
    let failed = store.mark_failed(&item.id, &refusal).await.unwrap();
    assert_eq!(failed.state, RecordState::Failed);
    assert_eq!(failed.attempts, 2);
    assert_eq!(failed.last_error, Some(refusal.clone()));
    assert_eq!(failed.next_attempt_at, None);

    // The parent presses "Try again".
    let requeued = store.requeue(&item.id).await.unwrap();
    assert_eq!(requeued.state, RecordState::Queued);
    assert!(requeued.next_attempt_at.unwrap() <= Utc::now());
    assert_eq!(requeued.last_error, Some(refusal));
    assert_eq!(
        store.next_due(Utc::now()).await.unwrap().map(|r| r.id),
        Some(item.id.clone())
    );

    // Third attempt: delivered.
    store.mark_sending(&item.id).await.unwrap();
    let receipt = json!({ "confirmation": "MR-2025-0001" });
    let at = Utc::now();
    let delivered = store.mark_delivered(&item.id, &receipt, at).await.unwrap();
    assert_eq!(delivered.state, RecordState::Delivered);
    assert_eq!(delivered.attempts, 3);
    assert_eq!(delivered.receipt, Some(receipt.clone()));
    assert_eq!(delivered.delivered_at, Some(at.trunc_subsecs(6)));
    assert_eq!(delivered.last_error, None);
    assert_eq!(delivered.next_attempt_at, None);

    // Everything else stayed put all along.
    assert_eq!(delivered.id, item.id);
    assert_eq!(delivered.idempotency_key, item.idempotency_key);
    assert_eq!(delivered.payload, item.payload);
    assert_eq!(delivered.case_id, item.case_id);
    assert_eq!(delivered.created_at, item.created_at);
    assert_eq!(
        store.outbox_item(&item.id).await.unwrap(),
        Some(delivered.clone())
    );

    // Delivered again (a duplicate answer): no change, the first receipt stays.
    let again = store
        .mark_delivered(&item.id, &json!({ "confirmation": "other" }), Utc::now())
        .await
        .unwrap();
    assert_eq!(again, delivered);
    assert_eq!(store.outbox_item(&item.id).await.unwrap(), Some(delivered));

    // Nothing is due or queued any more.
    assert_eq!(store.next_due(Utc::now()).await.unwrap(), None);
    assert_eq!(store.next_due_at().await.unwrap(), None);
    store.close().await;
}

fn assert_invalid(result: Result<local_store::OutboxRecord, StoreError>, from: RecordState) {
    match result {
        Err(StoreError::InvalidTransition { from: f, .. }) if f == from => {}
        other => panic!("expected an invalid transition from {from:?}, got {other:?}"),
    }
}

#[tokio::test]
async fn invalid_transitions_are_refused_and_change_nothing() {
    let store = memory().await;
    let err = json!("e");
    let now = Utc::now();

    // Queued
    let q = store.enqueue(modification(1)).await.unwrap();
    assert_invalid(
        store.mark_retry(&q.id, &err, now).await,
        RecordState::Queued,
    );
    assert_invalid(
        store.mark_delivered(&q.id, &err, now).await,
        RecordState::Queued,
    );
    assert_invalid(store.requeue(&q.id).await, RecordState::Queued);
    assert_eq!(store.outbox_item(&q.id).await.unwrap(), Some(q.clone()));

    // Sending
    let s = store.enqueue(modification(2)).await.unwrap();
    let s = store.mark_sending(&s.id).await.unwrap();
    assert_invalid(store.mark_sending(&s.id).await, RecordState::Sending);
    assert_invalid(store.requeue(&s.id).await, RecordState::Sending);
    assert_eq!(store.outbox_item(&s.id).await.unwrap(), Some(s.clone()));

    // Failed
    let f = store.enqueue(modification(3)).await.unwrap();
    let f = store.mark_failed(&f.id, &err).await.unwrap();
    assert_invalid(store.mark_sending(&f.id).await, RecordState::Failed);
    assert_invalid(
        store.mark_retry(&f.id, &err, now).await,
        RecordState::Failed,
    );
    assert_invalid(
        store.mark_delivered(&f.id, &err, now).await,
        RecordState::Failed,
    );
    assert_invalid(store.mark_failed(&f.id, &err).await, RecordState::Failed);
    assert_eq!(store.outbox_item(&f.id).await.unwrap(), Some(f.clone()));

    // Delivered
    let d = store.enqueue(modification(4)).await.unwrap();
    store.mark_sending(&d.id).await.unwrap();
    let d = store.mark_delivered(&d.id, &json!("r"), now).await.unwrap();
    assert_invalid(store.mark_sending(&d.id).await, RecordState::Delivered);
    assert_invalid(
        store.mark_retry(&d.id, &err, now).await,
        RecordState::Delivered,
    );
    assert_invalid(store.mark_failed(&d.id, &err).await, RecordState::Delivered);
    assert_invalid(store.requeue(&d.id).await, RecordState::Delivered);
    assert_eq!(store.outbox_item(&d.id).await.unwrap(), Some(d));
    store.close().await;
}

#[tokio::test]
async fn unknown_ids_are_not_found() {
    let store = memory().await;
    let now = Utc::now();
    let e = json!("e");
    assert_eq!(store.outbox_item("nope").await.unwrap(), None);
    let results = [
        store.mark_sending("nope").await,
        store.mark_retry("nope", &e, now).await,
        store.mark_delivered("nope", &e, now).await,
        store.mark_failed("nope", &e).await,
        store.requeue("nope").await,
    ];
    for result in results {
        match result {
            Err(StoreError::NotFound { id }) => assert_eq!(id, "nope"),
            other => panic!("expected NotFound, got {other:?}"),
        }
    }
    store.close().await;
}

#[tokio::test]
async fn recover_interrupted_requeues_sending_items_with_the_same_key() {
    let store = memory().await;
    let a = store.enqueue(modification(1)).await.unwrap();
    let b = store.enqueue(modification(2)).await.unwrap();
    let c = store.enqueue(modification(3)).await.unwrap();
    store.mark_sending(&a.id).await.unwrap();
    store.mark_sending(&b.id).await.unwrap();
    store
        .mark_delivered(&b.id, &json!("r"), Utc::now())
        .await
        .unwrap();
    store.mark_sending(&c.id).await.unwrap();

    assert_eq!(store.recover_interrupted().await.unwrap(), 2);
    for original in [&a, &c] {
        let r = store.outbox_item(&original.id).await.unwrap().unwrap();
        assert_eq!(r.state, RecordState::Queued);
        assert_eq!(r.idempotency_key, original.idempotency_key);
        assert_eq!(r.attempts, 1);
        assert!(r.next_attempt_at.unwrap() <= Utc::now());
    }
    assert_eq!(
        store.outbox_item(&b.id).await.unwrap().unwrap().state,
        RecordState::Delivered
    );
    // Nothing left to recover; the recovered items are due again, in order.
    assert_eq!(store.recover_interrupted().await.unwrap(), 0);
    assert_eq!(
        store.next_due(Utc::now()).await.unwrap().map(|r| r.id),
        Some(a.id)
    );
    store.close().await;
}

#[tokio::test]
async fn next_due_respects_next_attempt_at() {
    let store = memory().await;
    assert_eq!(store.next_due(Utc::now()).await.unwrap(), None);
    assert_eq!(store.next_due_at().await.unwrap(), None);

    let a = store.enqueue(modification(1)).await.unwrap();
    let b = store.enqueue(modification(2)).await.unwrap();
    // a is oldest and due.
    assert_eq!(
        store.next_due(Utc::now()).await.unwrap().map(|r| r.id),
        Some(a.id.clone())
    );
    // Not due before it was enqueued.
    assert_eq!(
        store
            .next_due(a.created_at - Duration::seconds(1))
            .await
            .unwrap(),
        None
    );

    // a backs off for an hour, b for two: nothing due now.
    let now = Utc::now();
    let in_1h = now + Duration::hours(1);
    let in_2h = now + Duration::hours(2);
    store.mark_sending(&a.id).await.unwrap();
    store
        .mark_retry(&a.id, &json!("timeout"), in_1h)
        .await
        .unwrap();
    store.mark_sending(&b.id).await.unwrap();
    store
        .mark_retry(&b.id, &json!("timeout"), in_2h)
        .await
        .unwrap();
    assert_eq!(store.next_due(now).await.unwrap(), None);
    assert_eq!(
        store.next_due_at().await.unwrap(),
        Some(in_1h.trunc_subsecs(6))
    );

    // Exactly at a's time, a is due; in between, only a.
    assert_eq!(
        store.next_due(in_1h).await.unwrap().map(|r| r.id),
        Some(a.id.clone())
    );
    assert_eq!(
        store
            .next_due(in_1h + Duration::minutes(30))
            .await
            .unwrap()
            .map(|r| r.id),
        Some(a.id.clone())
    );
    // When both are due, the oldest goes first.
    assert_eq!(
        store
            .next_due(in_2h + Duration::minutes(1))
            .await
            .unwrap()
            .map(|r| r.id),
        Some(a.id.clone())
    );
    // A newer item due now goes before older items backing off.
    let c = store.enqueue(modification(3)).await.unwrap();
    assert_eq!(
        store.next_due(Utc::now()).await.unwrap().map(|r| r.id),
        Some(c.id.clone())
    );
    assert_eq!(store.next_due_at().await.unwrap(), c.next_attempt_at);

    // Sending and failed items are never due.
    store.mark_sending(&c.id).await.unwrap();
    store.mark_failed(&a.id, &json!("gone")).await.unwrap();
    assert_eq!(
        store
            .next_due(in_2h + Duration::days(1))
            .await
            .unwrap()
            .map(|r| r.id),
        Some(b.id)
    );
    assert_eq!(
        store.next_due_at().await.unwrap(),
        Some(in_2h.trunc_subsecs(6))
    );
    store.close().await;
}

#[tokio::test]
async fn a_paused_item_is_never_due_until_resumed() {
    let store = memory().await;
    let queued = store
        .enqueue(item(
            "document_attachment",
            Some("C-1001"),
            json!({ "n": 1 }),
        ))
        .await
        .unwrap();
    let paused = store.pause(&queued.id).await.unwrap();
    assert_eq!(paused.state, RecordState::Paused);
    assert_eq!(paused.next_attempt_at, None);
    let later = Utc::now() + Duration::days(1);
    assert_eq!(store.next_due(later).await.unwrap(), None);
    assert_eq!(store.next_due_at().await.unwrap(), None);
    // Sending cannot start on it.
    assert!(matches!(
        store.mark_sending(&queued.id).await,
        Err(StoreError::InvalidTransition {
            from: RecordState::Paused,
            ..
        })
    ));
    let resumed = store.resume(&queued.id).await.unwrap();
    assert_eq!(resumed.state, RecordState::Queued);
    assert!(store.next_due(later).await.unwrap().is_some());
    // Resuming what is not paused changes nothing.
    assert_eq!(store.resume(&queued.id).await.unwrap(), resumed);
    // A send in progress can be paused, and its receipt still lands.
    store.mark_sending(&queued.id).await.unwrap();
    store.pause(&queued.id).await.unwrap();
    let delivered = store
        .mark_delivered(&queued.id, &json!({ "id": "DOC-1" }), Utc::now())
        .await
        .unwrap();
    assert_eq!(delivered.state, RecordState::Delivered);
    assert!(store.pause(&queued.id).await.is_err());
    store.close().await;
}

#[tokio::test]
async fn a_payload_changes_until_delivery_and_an_item_is_removed_until_then() {
    let store = memory().await;
    let record = store
        .enqueue(item(
            "document_attachment",
            Some("C-1001"),
            json!({ "url": null }),
        ))
        .await
        .unwrap();
    let updated = store
        .update_payload(&record.id, &json!({ "url": "/v1/uploads/abc" }))
        .await
        .unwrap();
    assert_eq!(updated.payload, json!({ "url": "/v1/uploads/abc" }));
    assert_eq!(
        store
            .outbox_item(&record.id)
            .await
            .unwrap()
            .unwrap()
            .payload,
        json!({ "url": "/v1/uploads/abc" })
    );
    let removed = store.remove(&record.id).await.unwrap();
    assert_eq!(removed.id, record.id);
    assert_eq!(store.outbox_item(&record.id).await.unwrap(), None);
    assert!(matches!(
        store.remove(&record.id).await,
        Err(StoreError::NotFound { .. })
    ));

    let delivered = store
        .enqueue(item("document_attachment", None, json!({})))
        .await
        .unwrap();
    store.mark_sending(&delivered.id).await.unwrap();
    store
        .mark_delivered(&delivered.id, &json!({ "id": "DOC-2" }), Utc::now())
        .await
        .unwrap();
    assert!(matches!(
        store.update_payload(&delivered.id, &json!({})).await,
        Err(StoreError::InvalidTransition { .. })
    ));
    assert!(matches!(
        store.remove(&delivered.id).await,
        Err(StoreError::InvalidTransition { .. })
    ));
    store.close().await;
}
