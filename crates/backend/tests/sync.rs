//! Sync, the outbox and a damaged store, through the backend's public API,
//! against a real reference agency over HTTP on loopback.

mod common;

use agency_api::{ModificationReason, NewModificationRequest};
use backend::{ErrorCode, MemorySecrets, OutboxState, SecretStore, SessionState, SyncPhase};
use common::{Gate, Persistent, agency_db, backend, sign_in, start_agency};
use rust_decimal::Decimal;
use std::sync::Arc;
use std::time::Duration;

#[tokio::test(flavor = "multi_thread")]
async fn a_sync_caches_the_case_and_its_payments_and_a_second_one_adds_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let agency = start_agency(dir.path()).await;
    let backend = backend(
        &agency,
        &dir.path().join("app"),
        Arc::new(Persistent(MemorySecrets::new())),
    )
    .await;

    let before = backend.case_overview().await.unwrap();
    assert!(before.cases.is_empty());
    assert_eq!(before.sync.as_of, None, "never synced");

    sign_in(&backend, "P-1001").await;
    let status = backend.sync_now().await;
    assert_eq!(status.phase, SyncPhase::Idle, "{status:?}");
    assert!(status.as_of.is_some());

    let overview = backend.case_overview().await.unwrap();
    let ids: Vec<_> = overview.cases.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["C-1001"]);
    let payments = backend.cached_payments("C-1001").await.unwrap();
    assert!(!payments.is_empty(), "the demo case has payments");

    backend.sync_now().await;
    assert_eq!(
        backend.cached_payments("C-1001").await.unwrap().len(),
        payments.len(),
        "nothing new, nothing doubled"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_submission_is_delivered_once_and_a_refused_one_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let agency = start_agency(dir.path()).await;
    let backend = backend(
        &agency,
        &dir.path().join("app"),
        Arc::new(Persistent(MemorySecrets::new())),
    )
    .await;

    let request = NewModificationRequest {
        reason: ModificationReason::JobLoss,
        details: "  I lost my job in October.  ".to_owned(),
        estimated_monthly: Some("412.50".parse().unwrap()),
        documents: Vec::new(),
    };
    let err = backend
        .submit_modification_request("C-1001", request.clone(), &[])
        .await
        .unwrap_err();
    assert_eq!(err.code, ErrorCode::NotSignedIn);

    sign_in(&backend, "P-1001").await;
    let empty = NewModificationRequest {
        details: "   ".to_owned(),
        ..request.clone()
    };
    let err = backend
        .submit_modification_request("C-1001", empty, &[])
        .await
        .unwrap_err();
    assert_eq!(
        (err.code, err.field.as_deref()),
        (ErrorCode::InvalidInput, Some("details"))
    );

    let mut events = backend.subscribe();
    let saved = backend
        .submit_modification_request("C-1001", request.clone(), &[])
        .await
        .unwrap();
    // A case that is not the parent's: the agency refuses it for good.
    let refused = backend
        .submit_modification_request("C-1002", request, &[])
        .await
        .unwrap();

    let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
    loop {
        let items = backend.outbox().await.unwrap();
        let state = |id: &str| items.iter().find(|i| i.id == id).unwrap().state.clone();
        if matches!(state(&saved.id), OutboxState::Delivered { .. })
            && matches!(state(&refused.id), OutboxState::Failed { .. })
        {
            let OutboxState::Delivered { receipt, .. } = state(&saved.id) else {
                unreachable!()
            };
            assert!(receipt.starts_with("MR-"), "{receipt}");
            break;
        }
        assert!(tokio::time::Instant::now() < deadline, "{items:?}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    // The UI heard about it.
    let mut heard_delivery = false;
    while let Ok(event) = events.try_recv() {
        if let backend::BackendEvent::Outbox(items) = event {
            heard_delivery |= items
                .iter()
                .any(|i| matches!(i.state, OutboxState::Delivered { .. }));
        }
    }
    assert!(heard_delivery);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_damaged_store_is_reported_and_starting_fresh_recovers() {
    let dir = tempfile::tempdir().unwrap();
    let agency = start_agency(dir.path()).await;
    let data = dir.path().join("app");
    let secrets: Arc<dyn SecretStore> = Arc::new(Persistent(MemorySecrets::new()));

    let first = backend(&agency, &data, secrets.clone()).await;
    sign_in(&first, "P-1001").await;
    first.sync_now().await;
    first.close().await;

    // Scribble over the store file, as a failing disk might.
    let file = std::fs::read_dir(&data)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|e| e == "db"))
        .expect("the store file");
    std::fs::write(&file, b"this is not a database, not any more").unwrap();

    let second = backend(&agency, &data, secrets).await;
    let err = second.case_overview().await.unwrap_err();
    assert_eq!(err.code, ErrorCode::StoreDamaged, "{err:?}");
    // The session is in the keyring, not the store: still signed in after
    // the store is replaced.
    second.reset_store().await.unwrap();
    assert!(matches!(second.session(), SessionState::SignedIn { .. }));
    let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
    while second.case_overview().await.unwrap().cases.is_empty() {
        assert!(
            tokio::time::Instant::now() < deadline,
            "the fresh store syncs"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let set_aside = std::fs::read_dir(&data)
        .unwrap()
        .flatten()
        .any(|e| e.file_name().to_string_lossy().contains(".damaged-"));
    assert!(set_aside, "the damaged file is kept aside, not deleted");
}

#[tokio::test(flavor = "multi_thread")]
async fn the_payments_view_works_the_account_and_audits_the_agencys_figure() {
    let dir = tempfile::tempdir().unwrap();
    let agency = start_agency(dir.path()).await;
    let backend = backend(
        &agency,
        &dir.path().join("app"),
        Arc::new(Persistent(MemorySecrets::new())),
    )
    .await;
    sign_in(&backend, "P-1001").await;
    backend.sync_now().await;

    let view = backend.payments_view("C-1001").await.unwrap();
    assert!(view.ledger_error.is_none(), "{:?}", view.ledger_error);
    let statement = view.statement.expect("the order is worked");
    assert_eq!(statement.payments.len(), view.payments.len());
    assert!(
        view.payments
            .windows(2)
            .all(|w| w[0].received_on >= w[1].received_on),
        "newest first"
    );
    let audit = view.audit.expect("the agency's figure is audited");
    let owed = view.case.balances.current_support_due + view.case.balances.arrears;
    assert_eq!(audit.rows.len(), 1, "{audit:?}");
    assert_eq!(
        audit.rows[0].agency, owed,
        "everything the agency says is owed"
    );
    // The agency posts Wisconsin's interest on the 2024 gap itself, so the
    // app's own working agrees with it to the cent, interest and all.
    assert_eq!(
        audit.verdict,
        backend::ledger::Verdict::Matches,
        "{audit:?}"
    );
    assert_eq!(audit.rows[0].ours, owed);
    assert!(statement.balance.interest > Decimal::ZERO);
    assert_eq!(statement.balance.interest, view.case.balances.interest);

    let err = backend.payoff("C-1001", "-5").await.unwrap_err();
    assert_eq!(err.field.as_deref(), Some("monthly_payment"));
    assert!(backend.payoff("C-1001", "100.00").await.is_ok());
    let err = backend.payments_view("C-1002").await.unwrap_err();
    assert_eq!(err.code, ErrorCode::InvalidInput);
}

#[tokio::test(flavor = "multi_thread")]
async fn payments_received_the_same_day_are_worked_in_the_order_the_agency_posted_them() {
    use agency_api::PaymentSource::{Direct, FederalTaxOffset};
    let dir = tempfile::tempdir().unwrap();
    let agency = start_agency(dir.path()).await;
    let backend = backend(
        &agency,
        &dir.path().join("app"),
        Arc::new(Persistent(MemorySecrets::new())),
    )
    .await;
    sign_in(&backend, "P-1001").await;
    backend.sync_now().await;
    let balances = backend.payments_view("C-1001").await.unwrap().case.balances;
    let offset = Decimal::new(40_00, 2);
    assert!(balances.arrears >= offset, "{balances:?}");

    // The same day, a tax refund intercepted for part of the arrears, then
    // everything that was owed, paid directly: the offset pays $40 of the
    // arrears, so the direct payment leaves $40 of credit. Taken the other
    // way round, the direct payment would pay everything and the offset
    // would be given back.
    let db = agency_db(dir.path()).await;
    let intercepted = post_today_from(&db, &offset.to_string(), FederalTaxOffset).await;
    let owed = balances.current_support_due + balances.arrears;
    let direct = post_today_from(&db, &owed.to_string(), Direct).await;
    backend.sync_now().await;

    let view = backend.payments_view("C-1001").await.unwrap();
    let audit = view.audit.expect("audited");
    assert_eq!(
        audit.verdict,
        backend::ledger::Verdict::Matches,
        "{audit:?}"
    );
    let statement = view.statement.expect("worked");
    let split = |id: &str| {
        let d = statement
            .payments
            .iter()
            .find(|d| d.payment_id == id)
            .expect("distributed");
        (d.refunded, d.to_credit)
    };
    assert_eq!(split(&intercepted), (Decimal::ZERO, Decimal::ZERO));
    assert_eq!(split(&direct), (Decimal::ZERO, offset));
    // The parent sees the newest first: the one posted last on top.
    let ids: Vec<&str> = view
        .payments
        .iter()
        .take(2)
        .map(|p| p.id.as_str())
        .collect();
    assert_eq!(ids, [direct.as_str(), intercepted.as_str()]);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_payment_posted_after_the_first_sync_is_news_and_notifies_only_when_asked() {
    use backend::{BackendEvent, PaymentsPosted};
    let dir = tempfile::tempdir().unwrap();
    let agency = start_agency(dir.path()).await;
    let backend = backend(
        &agency,
        &dir.path().join("data"),
        Arc::new(Persistent(MemorySecrets::new())),
    )
    .await;
    sign_in(&backend, "P-1001").await;
    let mut events = backend.subscribe();
    backend.sync_now().await;
    let posted = |events: &mut tokio::sync::broadcast::Receiver<BackendEvent>| {
        let mut all = Vec::new();
        while let Ok(event) = events.try_recv() {
            if let BackendEvent::PaymentsPosted(p) = event {
                all.push(p);
            }
        }
        all
    };
    assert_eq!(
        posted(&mut events),
        [],
        "the history a first sync brings is not news"
    );

    let db = agency_db(dir.path()).await;
    for amount in ["120.00", "80.00"] {
        post_today(&db, amount).await;
    }
    backend.sync_now().await;
    let news = posted(&mut events);
    let expected = PaymentsPosted {
        case_id: "C-1001".into(),
        count: 2,
    };
    assert_eq!(news, std::slice::from_ref(&expected));
    backend.sync_now().await;
    assert_eq!(posted(&mut events), [], "nothing new the second time");

    assert_eq!(
        backend.payment_notification(&expected),
        None,
        "off by default"
    );
    backend.set_payment_notifications(true).unwrap();
    let shown = backend.payment_notification(&expected).unwrap();
    assert_eq!(shown.title, "New payments");
    assert!(shown.body.contains("C-1001") && !shown.body.contains("120"));
    backend.set_language(backend::Language::Es).unwrap();
    assert_eq!(
        backend.payment_notification(&expected).unwrap().title,
        "Nuevos pagos"
    );
    backend.close().await;
}

/// Posts a payment of `amount` received today on C-1001, as the agency's
/// disbursement unit does.
async fn post_today(db: &agency_server::db::Db, amount: &str) {
    post_today_from(db, amount, agency_api::PaymentSource::Direct).await;
}

async fn post_today_from(
    db: &agency_server::db::Db,
    amount: &str,
    source: agency_api::PaymentSource,
) -> String {
    agency_server::operator::post_payment(
        db,
        agency_server::operator::NewPayment {
            case_id: "C-1001".into(),
            amount: amount.parse().unwrap(),
            source,
            received_on: chrono::Local::now().date_naive(),
        },
    )
    .await
    .unwrap()
    .id
}

/// Runs `sql` on the agency's database in `dir`, answering the first column
/// of the first row as a number (0 for a statement).
async fn agency_sql(dir: &std::path::Path, sql: &str) -> i64 {
    use sqlx::Row;
    let db = agency_db(dir).await;
    let row = sqlx::query(sql).fetch_optional(db.pool()).await.unwrap();
    row.map(|r| r.get::<i64, _>(0)).unwrap_or(0)
}

#[tokio::test(flavor = "multi_thread")]
async fn an_access_token_the_agency_refuses_is_refreshed_once_however_many_calls_met_it() {
    let dir = tempfile::tempdir().unwrap();
    let agency = start_agency(dir.path()).await;
    let backend = backend(
        &agency,
        &dir.path().join("app"),
        Arc::new(Persistent(MemorySecrets::new())),
    )
    .await;
    sign_in(&backend, "P-1001").await;
    assert_eq!(backend.sync_now().await.phase, SyncPhase::Idle);
    let refresh_tokens = "SELECT COUNT(*) FROM oauth_tokens WHERE kind = 'refresh'";
    let before = agency_sql(dir.path(), refresh_tokens).await;

    // The agency stops taking the access token the app holds (as after a
    // restart of the agency, or a clock that ran ahead): every part of the
    // sync, fetched together, is refused at first.
    agency_sql(
        dir.path(),
        "UPDATE oauth_tokens SET expires_at = 0 WHERE kind = 'access'",
    )
    .await;
    let status = backend.sync_now().await;
    assert_eq!(status.phase, SyncPhase::Idle, "{status:?}");
    assert!(matches!(backend.session(), SessionState::SignedIn { .. }));
    assert_eq!(
        agency_sql(dir.path(), refresh_tokens).await,
        before + 1,
        "one refresh for the whole sync"
    );

    // Again, with calls that are all in flight with the refused token at
    // once: the first one back renews it, the others use the new one.
    agency_sql(
        dir.path(),
        "UPDATE oauth_tokens SET expires_at = 0 WHERE kind = 'access'",
    )
    .await;
    let (a, b, c, d) = tokio::join!(
        backend.appointment_slots("C-1001"),
        backend.appointment_slots("C-1001"),
        backend.appointment_slots("C-1001"),
        backend.appointment_slots("C-1001"),
    );
    for answer in [a, b, c, d] {
        answer.unwrap();
    }
    assert_eq!(
        agency_sql(dir.path(), refresh_tokens).await,
        before + 2,
        "one refresh for calls refused together"
    );
    assert_eq!(
        agency_sql(
            dir.path(),
            "SELECT COUNT(*) FROM token_families WHERE revoked <> 0"
        )
        .await,
        0,
        "no refresh token was used twice"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_sync_asked_for_while_one_runs_brings_what_happened_after_that_one_began() {
    let dir = tempfile::tempdir().unwrap();
    let gate = Gate::new(|method, path| method == "GET" && path == "/v1/me/changes");
    let agency = common::start_agency_wrapped(dir.path(), |router| gate.wrap(router)).await;
    let backend = backend(
        &agency,
        &dir.path().join("app"),
        Arc::new(Persistent(MemorySecrets::new())),
    )
    .await;
    sign_in(&backend, "P-1001").await;
    backend.sync_now().await;
    let before = backend.cached_payments("C-1001").await.unwrap().len();

    // A sync (as after a delivery) has asked what changed when a payment
    // posts.
    gate.arm();
    let running = tokio::spawn({
        let backend = backend.clone();
        async move { backend.sync_now().await }
    });
    gate.held().await;
    post_today(&agency_db(dir.path()).await, "95.00").await;

    // The parent asks for a sync now, while that one is still under way
    // (`join!` polls the ask first, so it is made before the release).
    let (asked, ()) = tokio::join!(backend.sync_now(), async {
        tokio::time::sleep(Duration::from_millis(50)).await;
        gate.release();
    });
    assert_eq!(asked.phase, SyncPhase::Idle, "{asked:?}");
    assert_eq!(running.await.unwrap().phase, SyncPhase::Idle);
    assert_eq!(
        backend.cached_payments("C-1001").await.unwrap().len(),
        before + 1,
        "the payment posted before the ask is there when the ask returns"
    );
}

/// Every request the agency is asked, as `METHOD /path`, in order.
#[derive(Clone, Default)]
struct Asked(Arc<std::sync::Mutex<Vec<String>>>);

impl Asked {
    fn wrap(&self, router: axum::Router) -> axum::Router {
        let asked = self.clone();
        router.layer(axum::middleware::from_fn(
            move |request: axum::extract::Request, next: axum::middleware::Next| {
                let asked = asked.clone();
                async move {
                    let line = format!("{} {}", request.method(), request.uri().path());
                    asked.0.lock().unwrap().push(line);
                    next.run(request).await
                }
            },
        ))
    }

    /// What was asked since the last call, sorted.
    fn take(&self) -> Vec<String> {
        let mut asked = std::mem::take(&mut *self.0.lock().unwrap());
        asked.sort();
        asked
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_sync_asks_what_changed_and_fetches_only_that() {
    let dir = tempfile::tempdir().unwrap();
    let asked = Asked::default();
    let agency = common::start_agency_wrapped(dir.path(), |r| asked.wrap(r)).await;
    let backend = backend(
        &agency,
        &dir.path().join("data"),
        Arc::new(Persistent(MemorySecrets::new())),
    )
    .await;
    sign_in(&backend, "P-1001").await;
    // The sign-in's own sync, then one more: all is held.
    backend.sync_now().await;
    backend.sync_now().await;
    asked.take();

    // Nothing happened: one question, nothing fetched.
    let status = backend.sync_now().await;
    assert_eq!(status.phase, SyncPhase::Idle, "{status:?}");
    assert_eq!(asked.take(), ["GET /v1/me/changes"]);

    // A payment: the case (its balances), its new payments, how to pay.
    let before = backend.case_overview().await.unwrap().cases[0]
        .balances
        .clone();
    let held = backend.cached_payments("C-1001").await.unwrap().len();
    let db = agency_db(dir.path()).await;
    post_today(&db, "75.00").await;
    backend.sync_now().await;
    assert_eq!(
        asked.take(),
        [
            "GET /v1/cases/C-1001",
            "GET /v1/cases/C-1001/how-to-pay",
            "GET /v1/cases/C-1001/payments",
            "GET /v1/me/changes",
        ]
    );
    assert_eq!(
        backend.cached_payments("C-1001").await.unwrap().len(),
        held + 1
    );
    let after = backend.case_overview().await.unwrap().cases[0]
        .balances
        .clone();
    assert_ne!(after, before, "the balances the agency worked again");

    // The agency replies in a thread: the threads, and that thread.
    let thread = agency_server::operator::latest_thread(&db, "C-1001", "P-1001")
        .await
        .unwrap();
    agency_server::operator::reply_message(&db, &thread, "We have your letter.")
        .await
        .unwrap();
    backend.sync_now().await;
    assert_eq!(
        asked.take(),
        [
            "GET /v1/cases/C-1001/threads",
            &format!("GET /v1/cases/C-1001/threads/{thread}"),
            "GET /v1/me/changes",
        ]
    );
    backend.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_parent_without_a_case_is_asked_only_what_changed_once_synced() {
    let dir = tempfile::tempdir().unwrap();
    let asked = Asked::default();
    let agency = common::start_agency_wrapped(dir.path(), |r| asked.wrap(r)).await;
    let backend = backend(
        &agency,
        &dir.path().join("data"),
        Arc::new(Persistent(MemorySecrets::new())),
    )
    .await;
    // P-1005 has applied for nothing yet: no case.
    sign_in(&backend, "P-1005").await;
    backend.sync_now().await;
    let overview = backend.case_overview().await.unwrap();
    assert!(overview.cases.is_empty());
    assert!(
        overview.sync.as_of.is_some(),
        "the empty list is held: {overview:?}"
    );
    asked.take();

    let status = backend.sync_now().await;
    assert_eq!(status.phase, SyncPhase::Idle, "{status:?}");
    assert_eq!(asked.take(), ["GET /v1/me/changes"]);
    backend.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn an_agency_whose_database_was_made_anew_is_synced_whole_again() {
    let dir = tempfile::tempdir().unwrap();
    let agency = start_agency(dir.path()).await;
    let backend = backend(
        &agency,
        &dir.path().join("data"),
        Arc::new(Persistent(MemorySecrets::new())),
    )
    .await;
    sign_in(&backend, "P-1001").await;
    backend.sync_now().await;
    backend.sync_now().await;
    let held = backend.cached_payments("C-1001").await.unwrap().len();

    // The feed's mark changes, as on a database made anew: the cursor held
    // is refused. A payment posted meanwhile is still found, with the rest.
    agency_sql(dir.path(), "UPDATE change_feed SET epoch = 'another'").await;
    let db = agency_db(dir.path()).await;
    post_today(&db, "30.00").await;
    let status = backend.sync_now().await;
    assert_eq!(status.phase, SyncPhase::Idle, "{status:?}");
    assert_eq!(
        backend.cached_payments("C-1001").await.unwrap().len(),
        held + 1
    );
    backend.close().await;
}
