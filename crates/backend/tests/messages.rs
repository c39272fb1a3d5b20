//! Secure messages (issue 11) through the backend's public API, against a
//! real reference agency over HTTP on loopback, its database checked
//! directly: a new thread delivered once, a reply from the agency's
//! operator arriving by sync with its unread count, marking read, drafts
//! that survive a restart.

mod common;

use agency_api::MessageSender;
use agency_server::db::Db;
use backend::{
    BackendEvent, ErrorCode, FieldProblem, MemorySecrets, MessageForm, OutboxKind, OutboxState,
    SecretStore, SyncPhase,
};
use common::{Gate, Persistent, agency_db, backend, sign_in, start_agency};
use std::path::Path;
use std::sync::Arc;

/// The agency's threads of `participant` with `subject`, and the bodies of
/// their messages.
async fn threads_at_agency(db: &Db, subject: &str) -> Vec<(String, Vec<String>)> {
    let ids: Vec<(String,)> =
        sqlx::query_as("SELECT id FROM message_threads WHERE subject = $1 ORDER BY seq")
            .bind(subject)
            .fetch_all(db.pool())
            .await
            .unwrap();
    let mut out = Vec::new();
    for (id,) in ids {
        let bodies: Vec<(String,)> =
            sqlx::query_as("SELECT body FROM messages WHERE thread_id = $1 ORDER BY seq")
                .bind(&id)
                .fetch_all(db.pool())
                .await
                .unwrap();
        out.push((id, bodies.into_iter().map(|(b,)| b).collect()));
    }
    out
}

async fn unread_at_agency(db: &Db, thread_id: &str) -> i64 {
    let (n,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM messages WHERE thread_id = $1 AND read_at IS NULL")
            .bind(thread_id)
            .fetch_one(db.pool())
            .await
            .unwrap();
    n
}

#[tokio::test(flavor = "multi_thread")]
async fn a_thread_is_sent_once_the_agencys_reply_arrives_by_sync_and_is_marked_read() {
    let dir = tempfile::tempdir().unwrap();
    let agency = start_agency(dir.path()).await;
    let db = agency_db(dir.path()).await;
    let secrets: Arc<dyn SecretStore> = Arc::new(Persistent(MemorySecrets::new()));
    let data = dir.path().join("app");

    let first = backend(&agency, &data, secrets.clone()).await;
    sign_in(&first, "P-1001").await;
    let mut events = first.subscribe();
    assert_eq!(first.sync_now().await.phase, SyncPhase::Idle);
    // The demo's message from the agency: unread, and no notification for
    // what a first sync brings.
    let inbox = first.message_inbox().await.unwrap();
    assert_eq!(inbox.unread, 1);
    let c1001 = inbox.cases.iter().find(|c| c.case_id == "C-1001").unwrap();
    assert_eq!(c1001.threads.len(), 1);
    assert!(inbox.as_of.is_some());
    while let Ok(event) = events.try_recv() {
        assert!(
            !matches!(event, BackendEvent::MessagesArrived(_)),
            "a first sync tells of nothing new"
        );
    }

    // Nothing sent with a field at fault, every one named.
    let blank = MessageForm {
        subject: Some("  ".into()),
        body: String::new(),
        attachments: Vec::new(),
    };
    let named: Vec<_> = first
        .check_message(&blank, None)
        .into_iter()
        .map(|i| (i.field, i.problem))
        .collect();
    assert_eq!(
        named,
        [
            ("subject".to_owned(), FieldProblem::Required),
            ("body".to_owned(), FieldProblem::Required)
        ]
    );
    let err = first
        .send_message("C-1001", None, &blank)
        .await
        .unwrap_err();
    assert_eq!(
        (err.code, err.field.as_deref()),
        (ErrorCode::InvalidInput, Some("subject"))
    );
    assert!(first.outbox().await.unwrap().is_empty());

    // A draft, kept encrypted on disk, is there after a restart.
    let subject = "Question about my March payment";
    let body = "I paid on March 3 but it is not listed yet. Can you check?";
    let form = MessageForm {
        subject: Some(subject.into()),
        body: body.into(),
        attachments: Vec::new(),
    };
    first
        .save_message_draft("C-1001", None, form.clone())
        .await
        .unwrap();
    first.close().await;
    let app = backend(&agency, &data, secrets).await;
    let draft = app
        .message_draft("C-1001", None)
        .await
        .unwrap()
        .expect("the draft survived");
    assert_eq!(draft.form, form);
    assert!(!draft.saved_at.is_empty());
    // Not in the store file in the clear.
    for file in walk(&data) {
        let raw = std::fs::read(&file).unwrap();
        assert!(
            !raw.windows(body.len()).any(|w| w == body.as_bytes()),
            "the draft's text is in the clear in {}",
            file.display()
        );
    }

    // Sent: the draft goes with the enqueue, the message shows as on its way.
    let item = app.send_message("C-1001", None, &draft.form).await.unwrap();
    assert_eq!(item.kind, OutboxKind::MessageThread);
    assert_eq!(app.message_draft("C-1001", None).await.unwrap(), None);
    let thread_id = common::delivered(&app, &item.id).await;
    assert!(thread_id.starts_with("TH-"), "{thread_id}");
    let at_agency = threads_at_agency(&db, subject).await;
    assert_eq!(at_agency, [(thread_id.clone(), vec![body.to_owned()])]);
    // Shown in its thread at once, with nothing left pending.
    let view = app
        .message_thread("C-1001", &thread_id)
        .await
        .unwrap()
        .expect("kept on delivery");
    assert_eq!(view.messages.len(), 1);
    assert_eq!(view.messages[0].body, body);
    assert!(view.pending.is_empty());
    assert!(app.message_inbox().await.unwrap().pending.is_empty());
    assert_eq!(app.sync_now().await.phase, SyncPhase::Idle);
    assert_eq!(threads_at_agency(&db, subject).await.len(), 1, "sent once");

    // The caseworker answers; the next sync brings it, unread, and says so.
    let mut events = app.subscribe();
    let reply = "We received it on March 4. It will show within two days.";
    agency_server::operator::reply_message(&db, &thread_id, reply)
        .await
        .unwrap();
    assert_eq!(app.sync_now().await.phase, SyncPhase::Idle);
    let mut arrived = None;
    while let Ok(event) = events.try_recv() {
        if let BackendEvent::MessagesArrived(a) = event {
            arrived = Some(a.count);
        }
    }
    assert_eq!(arrived, Some(1));
    let inbox = app.message_inbox().await.unwrap();
    assert_eq!(inbox.unread, 2, "the demo's message and the reply");
    let listed = inbox.cases[0]
        .threads
        .iter()
        .find(|t| t.id == thread_id)
        .unwrap();
    assert_eq!((listed.unread, listed.message_count), (1, 2));
    let view = app
        .message_thread("C-1001", &thread_id)
        .await
        .unwrap()
        .unwrap();
    let last = view.messages.last().unwrap();
    assert_eq!(
        (last.from, last.body.as_str(), last.read_at),
        (MessageSender::Agency, reply, None)
    );
    // Notifications: off until turned on; then only "a new message".
    assert_eq!(
        app.message_notification(&backend::MessagesArrived { count: 1 }),
        None
    );
    app.set_message_notifications(true).unwrap();
    let words = app
        .message_notification(&backend::MessagesArrived { count: 1 })
        .unwrap();
    assert_eq!(words.body, "You have a new message");
    assert!(!words.title.contains("Caseworker") && !words.body.contains("March"));

    // Opened: read here and at the agency.
    assert_eq!(unread_at_agency(&db, &thread_id).await, 1);
    let view = app
        .mark_thread_read("C-1001", &thread_id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(view.thread.unread, 0);
    assert!(view.messages.iter().all(|m| m.read_at.is_some()));
    assert_eq!(unread_at_agency(&db, &thread_id).await, 0);
    assert_eq!(app.message_inbox().await.unwrap().unread, 1);
    app.sync_now().await;
    assert_eq!(app.message_inbox().await.unwrap().unread, 1, "still read");

    // A reply goes the same way, once.
    let answer = MessageForm {
        subject: None,
        body: "Thank you.".into(),
        attachments: Vec::new(),
    };
    app.save_message_draft("C-1001", Some(&thread_id), answer.clone())
        .await
        .unwrap();
    let item = app
        .send_message("C-1001", Some(&thread_id), &answer)
        .await
        .unwrap();
    assert_eq!(item.kind, OutboxKind::MessageReply);
    assert!(
        app.message_draft("C-1001", Some(&thread_id))
            .await
            .unwrap()
            .is_none()
    );
    let message_id = common::delivered(&app, &item.id).await;
    assert!(message_id.starts_with("MSG-"), "{message_id}");
    app.sync_now().await;
    let at_agency = threads_at_agency(&db, subject).await;
    assert_eq!(
        at_agency[0].1,
        [body.to_owned(), reply.to_owned(), "Thank you.".to_owned()]
    );
    let view = app
        .message_thread("C-1001", &thread_id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(view.messages.len(), 3);
    assert_eq!(view.messages[2].id, message_id);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_thread_read_while_a_sync_runs_is_not_unread_again_after_it() {
    let dir = tempfile::tempdir().unwrap();
    let gate = Gate::new(|method, path| method == "GET" && path.ends_with("/threads"));
    let agency = common::start_agency_wrapped(dir.path(), |router| gate.wrap(router)).await;
    let app = backend(
        &agency,
        &dir.path().join("app"),
        Arc::new(Persistent(MemorySecrets::new())),
    )
    .await;
    sign_in(&app, "P-1001").await;
    // Twice: the sync the sign-in started may run after the first.
    app.sync_now().await;
    app.sync_now().await;
    let inbox = app.message_inbox().await.unwrap();
    assert_eq!(inbox.unread, 1, "the demo's message from the agency");
    let case = inbox.cases.iter().find(|c| c.case_id == "C-1001").unwrap();
    let thread_id = case.threads[0].id.clone();

    // A sync has the list from before the parent opened the thread.
    common::name_as_changed(dir.path(), "C-1001", "P-1001", "messages").await;
    gate.arm();
    let running = tokio::spawn({
        let app = app.clone();
        async move { app.sync_now().await }
    });
    gate.held().await;
    let view = app
        .mark_thread_read("C-1001", &thread_id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(view.thread.unread, 0);
    gate.release();
    assert_eq!(running.await.unwrap().phase, SyncPhase::Idle);

    assert_eq!(
        app.message_inbox().await.unwrap().unread,
        0,
        "the thread the parent read stays read"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_message_waits_in_the_outbox_while_the_agency_is_away() {
    let dir = tempfile::tempdir().unwrap();
    let agency = start_agency(dir.path()).await;
    let app = backend(
        &agency,
        &dir.path().join("app"),
        Arc::new(Persistent(MemorySecrets::new())),
    )
    .await;
    sign_in(&app, "P-1001").await;
    app.sync_now().await;
    // A reply to a thread that is not the parent's is refused by the
    // agency: it fails, it is not sent again and again.
    let item = app
        .send_message(
            "C-1001",
            Some("TH-999999"),
            &MessageForm {
                subject: None,
                body: "Hello".into(),
                attachments: Vec::new(),
            },
        )
        .await
        .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    loop {
        let items = app.outbox().await.unwrap();
        let state = &items.iter().find(|i| i.id == item.id).unwrap().state;
        if matches!(state, OutboxState::Failed { .. }) {
            break;
        }
        assert!(std::time::Instant::now() < deadline, "{state:?}");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    // Pending with its state, so the page can say it was not accepted.
    let pending = app.message_inbox().await.unwrap().pending;
    assert_eq!(pending.len(), 1);
    assert!(matches!(pending[0].state, OutboxState::Failed { .. }));
    // A case that is not the parent's is refused before anything is saved.
    let err = app
        .send_message(
            "C-9999",
            None,
            &MessageForm {
                subject: Some("Hi".into()),
                body: "Hello".into(),
                attachments: Vec::new(),
            },
        )
        .await
        .unwrap_err();
    assert_eq!(err.field.as_deref(), Some("case_id"));
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out
}

#[tokio::test(flavor = "multi_thread")]
async fn a_message_waits_for_its_document_and_goes_with_it() {
    let dir = tempfile::tempdir().unwrap();
    let agency = start_agency(dir.path()).await;
    let db = agency_db(dir.path()).await;
    let app = backend(
        &agency,
        &dir.path().join("app"),
        Arc::new(Persistent(MemorySecrets::new())),
    )
    .await;
    sign_in(&app, "P-1001").await;
    app.sync_now().await;
    let upload = app
        .add_document(
            "C-1001",
            &common::fixture("pay-stub.pdf"),
            agency_api::DocumentType::PayStub,
            None,
        )
        .await
        .unwrap();
    let subject = "My new pay stub";
    let item = app
        .send_message(
            "C-1001",
            None,
            &MessageForm {
                subject: Some(subject.into()),
                body: "Attached.".into(),
                attachments: vec![upload.id.clone()],
            },
        )
        .await
        .unwrap();
    assert_eq!(item.attachments, std::slice::from_ref(&upload.id));
    let document = common::delivered(&app, &upload.id).await;
    let thread = common::delivered(&app, &item.id).await;
    let attached: Vec<(String,)> = sqlx::query_as(
        "SELECT d.document_id FROM message_documents d JOIN messages m ON m.id = d.message_id \
         WHERE m.thread_id = $1",
    )
    .bind(&thread)
    .fetch_all(db.pool())
    .await
    .unwrap();
    assert_eq!(attached, [(document.clone(),)]);
    assert_eq!(threads_at_agency(&db, subject).await.len(), 1);
    let view = app
        .message_thread("C-1001", &thread)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(view.messages[0].documents, [document]);

    // An upload that is not on the case is refused before anything is saved.
    let err = app
        .send_message(
            "C-1001",
            None,
            &MessageForm {
                subject: Some("x".into()),
                body: "y".into(),
                attachments: vec!["OB-nope".into()],
            },
        )
        .await
        .unwrap_err();
    assert_eq!(
        (err.field.as_deref(), err.reason.as_deref()),
        (Some("attachments"), Some("unknown_attachment"))
    );
}
