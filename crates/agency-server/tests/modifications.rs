//! Modification requests, and `Idempotency-Key` on POSTs: a retry gets the
//! first answer and creates nothing new, even when retries race. The
//! documents sent with a request: only the caller's own on the case.

mod common;

use agency_api::{
    Document, ModificationReason, ModificationRequest, ModificationRequestList, ModificationStatus,
    Problem,
};
use agency_server::operator::{self, OperatorError};
use common::*;
use rust_decimal::Decimal;
use serde_json::json;

const PATH: &str = "/v1/cases/C-1001/modification-requests";
const BODY: &str = r#"{"reason": "job_loss", "details": "I was laid off on 3 November."}"#;

fn post(
    server: &Server,
    token: &str,
    key: Option<&str>,
    body: &str,
) -> reqwest::blocking::Response {
    let mut request = client()
        .post(server.url(PATH))
        .bearer_auth(token)
        .header("content-type", "application/json")
        .body(body.to_owned());
    if let Some(key) = key {
        request = request.header("idempotency-key", key);
    }
    request.send().unwrap()
}

fn count(server: &Server, token: &str) -> usize {
    let list: ModificationRequestList = server.get(PATH, token).json().unwrap();
    list.requests.len()
}

#[test]
fn a_parent_asks_for_a_review_and_follows_its_status() {
    let server = Server::demo();
    let token = server.sign_in("P-1002").access_token;
    let response = post(&server, &token, Some("k-1"), BODY);
    assert_eq!(response.status(), 201);
    let location = location(&response);
    let created: ModificationRequest = response.json().unwrap();
    assert_eq!(location, format!("{PATH}/{}", created.id));
    assert_eq!(created.status, ModificationStatus::Received);
    assert_eq!(created.case_id, "C-1001");
    let fetched: ModificationRequest = server.get(&location, &token).json().unwrap();
    assert_eq!(fetched, created);
    let list: ModificationRequestList = server.get(PATH, &token).json().unwrap();
    assert_eq!(list.requests, [created]);

    // What one parent files, the other parent on the case does not see.
    let other = server.sign_in("P-1001").access_token;
    assert_eq!(count(&server, &other), 0);
    assert_eq!(server.get(&location, &other).status(), 404);
    // Nor does another family, who gets 404 for the case itself.
    let stranger = server.sign_in("P-1003").access_token;
    assert_eq!(server.get(PATH, &stranger).status(), 404);
    assert_eq!(post(&server, &stranger, Some("k-1"), BODY).status(), 404);
    assert_eq!(count(&server, &token), 1);
}

#[test]
fn a_retry_with_the_same_key_gets_the_first_answer_and_creates_nothing() {
    let server = Server::demo();
    let token = server.sign_in("P-1002").access_token;
    let first = post(&server, &token, Some("retry-me"), BODY);
    assert_eq!(first.status(), 201);
    assert!(first.headers().get("idempotency-replayed").is_none());
    let first_location = location(&first);
    let first_body = first.text().unwrap();

    // The same request, spaced differently: the same request all the same.
    let spaced = r#"{ "details": "I was laid off on 3 November.",  "reason": "job_loss" }"#;
    let again = post(&server, &token, Some("retry-me"), spaced);
    assert_eq!(again.status(), 201);
    assert_eq!(again.headers()["idempotency-replayed"], "true");
    assert_eq!(location(&again), first_location);
    assert_eq!(again.text().unwrap(), first_body);
    assert_eq!(count(&server, &token), 1);

    // The same key for something else is refused, and creates nothing.
    let other = r#"{"reason": "income_change", "details": "A new job."}"#;
    let refused = post(&server, &token, Some("retry-me"), other);
    assert_eq!(refused.status(), 422);
    assert_eq!(
        refused.headers()["content-type"],
        "application/problem+json"
    );
    let problem: Problem = refused.json().unwrap();
    assert_eq!(problem.kind, "/problems/idempotency-key-reused");
    assert_eq!(count(&server, &token), 1);

    // Keys are the participant's own: another parent's same key is new.
    let maria = server.sign_in("P-1001").access_token;
    assert_eq!(post(&server, &maria, Some("retry-me"), other).status(), 201);

    // Without a key, each POST is a new request.
    assert_eq!(post(&server, &token, None, other).status(), 201);
    assert_eq!(post(&server, &token, None, other).status(), 201);
    assert_eq!(count(&server, &token), 3);
}

#[test]
fn concurrent_retries_create_one_request() {
    let server = Server::demo();
    let token = server.sign_in("P-1001").access_token;
    let answers: Vec<(u16, String)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..8)
            .map(|_| {
                scope.spawn(|| {
                    let r = post(&server, &token, Some("racing"), BODY);
                    (r.status().as_u16(), r.text().unwrap())
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    for (status, body) in &answers {
        assert_eq!(*status, 201, "{body}");
        assert_eq!(body, &answers[0].1);
    }
    assert_eq!(count(&server, &token), 1);
}

/// Moves a key's first use `secs` seconds into the past, as if it had been
/// used that long ago.
fn age_key(server: &Server, key: &str, secs: i64) {
    let key = key.to_owned();
    server.with_db(async |db| {
        sqlx::query(
            "UPDATE idempotency_keys SET created_at = created_at - $1 WHERE idempotency_key = $2",
        )
        .bind(secs)
        .bind(key)
        .execute(db.pool())
        .await
        .unwrap();
    });
}

fn replayed(response: &reqwest::blocking::Response) -> bool {
    response.headers().get("idempotency-replayed").is_some()
}

const DAY: i64 = 24 * 60 * 60;

#[test]
fn a_key_past_its_lifetime_is_a_new_key_even_before_it_is_swept() {
    assert_eq!(
        agency_server::idempotency::KEY_LIFETIME.as_secs(),
        DAY as u64,
        "the OpenAPI description and README say 24 hours"
    );
    let server = Server::demo();
    let token = server.sign_in("P-1002").access_token;
    let first = post(&server, &token, Some("old"), BODY);
    assert_eq!(first.status(), 201);
    let first_location = location(&first);
    assert_eq!(post(&server, &token, Some("recent"), BODY).status(), 201);
    assert_eq!(count(&server, &token), 2);

    // Almost a day old: still remembered.
    age_key(&server, "recent", DAY - 60);
    let again = post(&server, &token, Some("recent"), BODY);
    assert_eq!(again.status(), 201);
    assert!(replayed(&again));
    assert_eq!(count(&server, &token), 2);

    // More than a day old, not swept yet: a new request, a new resource.
    age_key(&server, "old", DAY + 60);
    let renewed = post(&server, &token, Some("old"), BODY);
    assert_eq!(renewed.status(), 201);
    assert!(!replayed(&renewed));
    let renewed_location = location(&renewed);
    assert_ne!(renewed_location, first_location);
    assert_eq!(count(&server, &token), 3);
    // And the key now stands for that new answer.
    let retry = post(&server, &token, Some("old"), BODY);
    assert!(replayed(&retry));
    assert_eq!(location(&retry), renewed_location);
    assert_eq!(count(&server, &token), 3);
    // An expired key may even come with another request.
    age_key(&server, "old", DAY + 60);
    let other = r#"{"reason": "income_change", "details": "A new job."}"#;
    let reused = post(&server, &token, Some("old"), other);
    assert_eq!(reused.status(), 201);
    assert!(!replayed(&reused));
    assert_eq!(count(&server, &token), 4);
}

#[test]
fn concurrent_retries_with_an_expired_key_create_one_new_request() {
    let server = Server::demo();
    let token = server.sign_in("P-1001").access_token;
    assert_eq!(post(&server, &token, Some("racing"), BODY).status(), 201);
    age_key(&server, "racing", DAY + 60);
    let answers: Vec<(u16, bool, String)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..8)
            .map(|_| {
                scope.spawn(|| {
                    let r = post(&server, &token, Some("racing"), BODY);
                    (r.status().as_u16(), replayed(&r), location(&r))
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    assert!(answers.iter().all(|(status, _, _)| *status == 201));
    assert_eq!(
        answers.iter().filter(|(_, replayed, _)| !replayed).count(),
        1
    );
    assert!(answers.iter().all(|(_, _, l)| l == &answers[0].2));
    assert_eq!(count(&server, &token), 2);
}

#[test]
fn expired_keys_are_swept_and_fresh_ones_kept() {
    let server = Server::demo();
    assert!(
        server.logs().contains("expired idempotency keys removed"),
        "the server sweeps at start"
    );
    let token = server.sign_in("P-1001").access_token;
    for key in ["expired-1", "expired-2", "fresh"] {
        assert_eq!(post(&server, &token, Some(key), BODY).status(), 201);
    }
    let fresh_location = location(&post(&server, &token, Some("fresh"), BODY));
    age_key(&server, "expired-1", DAY + 1);
    age_key(&server, "expired-2", 30 * DAY);
    age_key(&server, "fresh", DAY - 60);
    let swept = server.with_db(async |db| {
        agency_server::idempotency::remove_expired(db, chrono::Utc::now())
            .await
            .unwrap()
    });
    assert_eq!(swept, 2);
    assert_eq!(server.count("idempotency_keys"), 1);

    // A swept key is a new key; the fresh one still replays.
    let after = post(&server, &token, Some("expired-1"), BODY);
    assert_eq!(after.status(), 201);
    assert!(!replayed(&after));
    assert_eq!(count(&server, &token), 4);
    let fresh = post(&server, &token, Some("fresh"), BODY);
    assert!(replayed(&fresh));
    assert_eq!(location(&fresh), fresh_location);
    assert_eq!(count(&server, &token), 4);
}

#[test]
fn malformed_bodies_and_keys_get_a_problem_and_change_nothing() {
    let server = Server::demo();
    let token = server.sign_in("P-1001").access_token;
    for (body, key) in [
        (r#"{"reason": "job_loss", "details": "cut off"#, "a"),
        (r#"{"reason": "bored", "details": "x"}"#, "b"),
        (r#"{"reason": "job_loss", "details": "   "}"#, "c"),
        (r#"{"reason": "job_loss"}"#, "d"),
        (r#"{"reason": "job_loss", "details": "x", "ssn": "1"}"#, "e"),
        (BODY, &*"k".repeat(256)),
        (BODY, "with space"),
    ] {
        let response = post(&server, &token, Some(key), body);
        assert_eq!(response.status(), 400, "{body} {key}");
        assert_eq!(
            response.headers()["content-type"],
            "application/problem+json"
        );
        let problem: Problem = response.json().unwrap();
        assert_eq!(problem.title, "The request is not valid");
        assert!(problem.detail.is_some_and(|d| !d.is_empty()));
    }
    let no_type = client()
        .post(server.url(PATH))
        .bearer_auth(&token)
        .body(BODY)
        .send()
        .unwrap();
    assert_eq!(no_type.status(), 400);
    assert_eq!(count(&server, &token), 0);
    // A refused request did not use up its key.
    assert_eq!(post(&server, &token, Some("a"), BODY).status(), 201);
}

fn set_status(
    server: &Server,
    id: &str,
    status: ModificationStatus,
    note: Option<&str>,
) -> Result<ModificationStatus, OperatorError> {
    let note = note.map(str::to_owned);
    server.with_db(async |db| operator::set_modification_request_status(db, id, status, note).await)
}

#[test]
fn the_parents_estimate_and_the_timeline_round_trip() {
    let server = Server::demo();
    let token = server.sign_in("P-1002").access_token;
    let body = r#"{"reason": "child_needs", "details": "Sofia needs braces.", "estimated_monthly": "412.5"}"#;
    let response = post(&server, &token, Some("estimate"), body);
    assert_eq!(response.status(), 201);
    let location = location(&response);
    let json: serde_json::Value = response.json().unwrap();
    assert_eq!(
        json["estimated_monthly"], "412.50",
        "a decimal string, in cents"
    );
    let created: ModificationRequest = serde_json::from_value(json).unwrap();
    assert_eq!(created.reason, ModificationReason::ChildNeeds);
    assert_eq!(
        created.estimated_monthly,
        Some("412.50".parse::<Decimal>().unwrap())
    );
    assert_eq!(created.timeline.len(), 1);
    assert_eq!(created.timeline[0].status, ModificationStatus::Received);
    assert_eq!(created.timeline[0].note, None);

    // Without an estimate: null.
    let plain = post(&server, &token, None, BODY);
    let json: serde_json::Value = plain.json().unwrap();
    assert!(json["estimated_monthly"].is_null());

    set_status(&server, &created.id, ModificationStatus::UnderReview, None).unwrap();
    let out = server.operator(&[
        "set-status",
        "modification-request",
        &created.id,
        "granted",
        "--note",
        "A hearing is set for 4 March.",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8(out.stdout).unwrap().trim(), "granted");

    // A final status is final.
    let err = set_status(&server, &created.id, ModificationStatus::Withdrawn, None).unwrap_err();
    assert!(matches!(err, OperatorError::FinalStatus { .. }), "{err}");
    let out = server.operator(&["set-status", "modification-request", &created.id, "denied"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("final status"));
    let out = server.operator(&[
        "set-status",
        "modification-request",
        &created.id,
        "accepted",
    ]);
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("one of received, under_review, granted, denied, withdrawn")
    );
    let err = set_status(&server, "MR-000000000000", ModificationStatus::Denied, None).unwrap_err();
    assert!(
        matches!(err, OperatorError::NoSuchModificationRequest(_)),
        "{err}"
    );

    let fetched: ModificationRequest = server.get(&location, &token).json().unwrap();
    assert_eq!(fetched.status, ModificationStatus::Granted);
    assert_eq!(fetched.estimated_monthly, created.estimated_monthly);
    let steps: Vec<_> = fetched
        .timeline
        .iter()
        .map(|s| (s.status, s.note.as_deref()))
        .collect();
    assert_eq!(
        steps,
        [
            (ModificationStatus::Received, None),
            (ModificationStatus::UnderReview, None),
            (
                ModificationStatus::Granted,
                Some("A hearing is set for 4 March.")
            ),
        ]
    );
    assert_eq!(fetched.timeline[0], created.timeline[0]);
    assert!(fetched.timeline.windows(2).all(|w| w[0].at <= w[1].at));
    let list: ModificationRequestList = server.get(PATH, &token).json().unwrap();
    assert_eq!(list.requests[0], fetched);
    assert_eq!(list.requests[1].timeline.len(), 1);
}

#[test]
fn an_estimate_below_zero_or_finer_than_cents_is_refused_by_name() {
    let server = Server::demo();
    let token = server.sign_in("P-1001").access_token;
    for (i, estimate) in [r#""-1.00""#, r#""412.005""#, r#""-0.01""#]
        .into_iter()
        .enumerate()
    {
        let body = format!(
            r#"{{"reason": "income_change", "details": "A new job.", "estimated_monthly": {estimate}}}"#
        );
        let response = post(&server, &token, Some(&format!("e{i}")), &body);
        assert_eq!(response.status(), 422, "{estimate}");
        let problem: Problem = response.json().unwrap();
        assert_eq!(problem.kind, "/problems/bad-request");
        assert!(
            problem
                .detail
                .is_some_and(|d| d.starts_with("`estimated_monthly` ")),
            "{estimate}"
        );
    }
    assert_eq!(count(&server, &token), 0);
    assert_eq!(server.count("modification_request_status_changes"), 0);
    assert_eq!(server.count("idempotency_keys"), 0);
    let zero = r#"{"reason": "job_loss", "details": "Laid off.", "estimated_monthly": "0"}"#;
    let response = post(&server, &token, Some("e0"), zero);
    assert_eq!(response.status(), 201);
    let created: ModificationRequest = response.json().unwrap();
    assert_eq!(created.estimated_monthly, Some(Decimal::ZERO));
}

/// A document `token`'s parent sends on `case`: a small PDF, uploaded and
/// attached. Returns its ID.
fn document(server: &Server, token: &str, case: &str, seed: u64) -> String {
    let upload = server.upload(token, "stub.pdf", "application/pdf", &pdf(2_000, seed));
    let response = server.attach(
        token,
        case,
        &json!({"upload_id": upload, "document_type": "pay_stub"}),
        None,
    );
    assert_eq!(response.status(), 201);
    response.json::<Document>().unwrap().id
}

fn refused(response: reqwest::blocking::Response) -> String {
    assert_eq!(response.status(), 422);
    assert_eq!(
        response.headers()["content-type"],
        "application/problem+json"
    );
    let problem: Problem = response.json().unwrap();
    assert_eq!(problem.kind, "/problems/bad-request");
    problem.detail.unwrap()
}

#[test]
fn documents_sent_with_a_request_read_back_in_the_order_given() {
    let server = Server::demo();
    let token = server.sign_in("P-1001").access_token;
    let stub = document(&server, &token, "C-1001", 1);
    let letter = document(&server, &token, "C-1001", 2);
    let body = json!({
        "reason": "job_loss",
        "details": "I was laid off on 3 November.",
        "documents": [letter, stub],
    })
    .to_string();
    let response = post(&server, &token, Some("with-documents"), &body);
    assert_eq!(response.status(), 201);
    let at = location(&response);
    let first_body = response.text().unwrap();
    let created: ModificationRequest = serde_json::from_str(&first_body).unwrap();
    assert_eq!(created.documents, [letter.clone(), stub.clone()]);

    let fetched: ModificationRequest = server.get(&at, &token).json().unwrap();
    assert_eq!(fetched, created);
    // Without documents: an empty list, beside the one with them.
    let plain = post(&server, &token, None, BODY);
    let json: serde_json::Value = plain.json().unwrap();
    assert_eq!(json["documents"], json!([]));
    let list: ModificationRequestList = server.get(PATH, &token).json().unwrap();
    assert_eq!(list.requests.len(), 2);
    assert_eq!(list.requests[0], created);
    assert!(list.requests[1].documents.is_empty());

    // A retry is the first answer, documents and all, and nothing new.
    let again = post(&server, &token, Some("with-documents"), &body);
    assert_eq!(again.status(), 201);
    assert_eq!(again.headers()["idempotency-replayed"], "true");
    assert_eq!(location(&again), at);
    assert_eq!(again.text().unwrap(), first_body);
    // The documents are part of the request: other documents, or the same
    // in another order, under the same key are another request.
    for documents in [json!([stub, letter]), json!([stub]), json!([])] {
        let other = json!({
            "reason": "job_loss",
            "details": "I was laid off on 3 November.",
            "documents": documents,
        })
        .to_string();
        let response = post(&server, &token, Some("with-documents"), &other);
        assert_eq!(response.status(), 422, "{documents}");
        let problem: Problem = response.json().unwrap();
        assert_eq!(problem.kind, "/problems/idempotency-key-reused");
    }
    assert_eq!(count(&server, &token), 2);
    assert_eq!(server.count("modification_request_documents"), 2);

    // A status change keeps them; the other parent sees neither.
    set_status(&server, &created.id, ModificationStatus::UnderReview, None).unwrap();
    let fetched: ModificationRequest = server.get(&at, &token).json().unwrap();
    assert_eq!(fetched.status, ModificationStatus::UnderReview);
    assert_eq!(fetched.documents, created.documents);
    let other = server.sign_in("P-1002").access_token;
    assert_eq!(count(&server, &other), 0);

    // A document may support a later request too.
    let later = json!({"reason": "income_change", "details": "A new job.", "documents": [stub]});
    let response = post(&server, &token, None, &later.to_string());
    assert_eq!(response.status(), 201);
    let later: ModificationRequest = response.json().unwrap();
    assert_eq!(later.documents, [stub]);
}

#[test]
fn documents_not_the_callers_on_the_case_are_refused_by_name() {
    let server = Server::demo();
    let token = server.sign_in("P-1001").access_token;
    let own = document(&server, &token, "C-1001", 1);
    // The other parent's document on the same case.
    let other = server.sign_in("P-1002").access_token;
    let theirs = document(&server, &other, "C-1001", 2);
    // The caller's own document, but on another case of theirs.
    server.with_db(async |db| {
        sqlx::query(
            "INSERT INTO case_participants (case_id, participant_id, role) \
             VALUES ('C-1002', 'P-1001', 'noncustodial')",
        )
        .execute(db.pool())
        .await
        .unwrap();
    });
    let elsewhere = document(&server, &token, "C-1002", 3);

    let with = |documents: serde_json::Value| {
        json!({"reason": "job_loss", "details": "Laid off.", "documents": documents}).to_string()
    };
    let unknown = refused(post(
        &server,
        &token,
        Some("k"),
        &with(json!([own, "DOC-999999"])),
    ));
    assert_eq!(
        unknown,
        "`documents[1]` names no document of yours on this case"
    );
    // Another parent's and another case's read like an unknown one: the
    // answer does not tell that they exist.
    for documents in [json!([own, theirs]), json!([own, elsewhere])] {
        let detail = refused(post(&server, &token, Some("k"), &with(documents)));
        assert_eq!(detail, unknown);
    }
    let detail = refused(post(
        &server,
        &token,
        Some("k"),
        &with(json!([theirs, own])),
    ));
    assert!(detail.starts_with("`documents[0]` "), "{detail}");
    // Each once, and at most ten.
    let detail = refused(post(&server, &token, Some("k"), &with(json!([own, own]))));
    assert_eq!(
        detail,
        "`documents[1]` repeats `documents[0]`: list each document once"
    );
    let eleven: Vec<String> = (1..=11).map(|n| format!("DOC-{n:06}")).collect();
    let detail = refused(post(&server, &token, Some("k"), &with(json!(eleven))));
    assert_eq!(detail, "`documents` must list at most 10 documents");

    // Nothing was created, and the key was not used up.
    assert_eq!(server.count("modification_requests"), 0);
    assert_eq!(server.count("modification_request_documents"), 0);
    assert_eq!(server.count("idempotency_keys"), 0);
    let response = post(&server, &token, Some("k"), &with(json!([own])));
    assert_eq!(response.status(), 201);
    assert_eq!(
        response.json::<ModificationRequest>().unwrap().documents,
        [own]
    );
    // On its own case, the other document is the caller's to send.
    let response = client()
        .post(server.url("/v1/cases/C-1002/modification-requests"))
        .bearer_auth(&token)
        .json(&json!({"reason": "other", "details": "x", "documents": [elsewhere]}))
        .send()
        .unwrap();
    assert_eq!(response.status(), 201);
    assert_eq!(
        response.json::<ModificationRequest>().unwrap().documents,
        [elsewhere]
    );
}

/// A database made by an older build (migrations 0001 to 0003) with a
/// modification request in it: after the upgrade, the request has a
/// timeline, `received` when it was filed.
#[tokio::test]
async fn requests_filed_before_timelines_existed_get_one() {
    use sqlx::migrate::Migrator;
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("migrations");
    std::fs::create_dir(&old).unwrap();
    let all = concat!(env!("CARGO_MANIFEST_DIR"), "/migrations");
    for entry in std::fs::read_dir(all).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_str().unwrap().to_owned();
        if name.as_str() < "0004" {
            std::fs::copy(&path, old.join(name)).unwrap();
        }
    }
    let url = format!(
        "sqlite://{}?mode=rwc",
        dir.path().join("agency.db").display()
    );
    sqlx::any::install_default_drivers();
    let pool = sqlx::AnyPool::connect(&url).await.unwrap();
    Migrator::new(old.as_path())
        .await
        .unwrap()
        .run(&pool)
        .await
        .unwrap();
    for statement in [
        "INSERT INTO participants (id, email, given_name, family_name, created_at) \
         VALUES ('P-1', 'a@example.org', 'A', 'B', '2026-01-01T00:00:00Z')",
        "INSERT INTO cases (id, jurisdiction, opened_on) VALUES ('C-1', 'US-WI', '2025-01-01')",
        "INSERT INTO modification_requests VALUES ('MR-old', 'C-1', 'P-1', 'job_loss', 'Laid off.', \
         'received', '2026-02-01', '2026-02-01T10:00:00.5Z')",
        "INSERT INTO modification_requests VALUES ('MR-older', 'C-1', 'P-1', 'other', 'x', \
         'under_review', '2026-01-15', '2026-01-15T08:00:00Z')",
    ] {
        sqlx::query(statement).execute(&pool).await.unwrap();
    }
    pool.close().await;

    let db = agency_server::db::Db::open(&url).await.unwrap();
    let rows: Vec<(String, i64, String, String)> = sqlx::query_as(
        "SELECT request_id, seq, status, at FROM modification_request_status_changes \
         ORDER BY request_id, seq",
    )
    .fetch_all(db.pool())
    .await
    .unwrap();
    let rows: Vec<_> = rows
        .iter()
        .map(|(id, seq, status, at)| (id.as_str(), *seq, status.as_str(), at.as_str()))
        .collect();
    assert_eq!(
        rows,
        [
            ("MR-old", 1, "received", "2026-02-01T10:00:00.5Z"),
            ("MR-older", 1, "received", "2026-01-15T08:00:00Z"),
            ("MR-older", 2, "under_review", "2026-01-15T08:00:00Z"),
        ]
    );
}
