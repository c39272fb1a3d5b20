//! Modification requests, and `Idempotency-Key` on POSTs: a retry gets the
//! first answer and creates nothing new, even when retries race.

mod common;

use agency_api::{ModificationRequest, ModificationRequestList, ModificationStatus, Problem};
use common::*;

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
