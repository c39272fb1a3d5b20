//! Talking to the agency, over real HTTP: secure messages (threads,
//! replies, attachments, unread counts, the operator's reply),
//! appointments and court dates (open slots, booking once, cancelling,
//! hearings the parent cannot cancel), contact and employer updates (field
//! errors, who can see the new address), and how to pay. Each POST honours
//! `Idempotency-Key`; each thing is its parent's alone.

mod common;

use agency_api::{
    Appointment, AppointmentKind, AppointmentList, AppointmentStatus, CaseDetail, ContactUpdate,
    ContactUpdateList, ContactUpdateStatus, HowToPay, Message, MessageSender, PaymentOptions,
    PlaceKind, Problem, SlotList, Thread, ThreadDetail, ThreadList,
};
use common::*;
use serde_json::{Value, json};

fn post(
    server: &Server,
    token: &str,
    path: &str,
    body: Option<&Value>,
    key: Option<&str>,
) -> reqwest::blocking::Response {
    let mut request = client().post(server.url(path)).bearer_auth(token);
    if let Some(body) = body {
        request = request.json(body);
    }
    if let Some(key) = key {
        request = request.header("idempotency-key", key);
    }
    request.send().unwrap()
}

fn problem(response: reqwest::blocking::Response, status: u16) -> Problem {
    assert_eq!(response.status(), status);
    assert_eq!(
        header(&response, "content-type").unwrap(),
        "application/problem+json"
    );
    response.json().unwrap()
}

/// The field a `422` names first in its detail.
fn field(response: reqwest::blocking::Response) -> String {
    let p = problem(response, 422);
    assert_eq!(p.kind, "/problems/bad-request");
    let detail = p.detail.unwrap();
    detail
        .strip_prefix('`')
        .and_then(|d| d.split_once('`'))
        .map(|(f, _)| f.to_owned())
        .unwrap_or_else(|| panic!("no field first in {detail:?}"))
}

fn operator(server: &Server, args: &[&str]) -> Result<String, String> {
    let out = server.operator(args);
    if out.status.success() {
        Ok(String::from_utf8(out.stdout).unwrap().trim().to_owned())
    } else {
        Err(String::from_utf8(out.stderr).unwrap())
    }
}

fn threads(server: &Server, token: &str) -> ThreadList {
    let response = server.get("/v1/cases/C-1001/threads", token);
    assert_eq!(response.status(), 200);
    response.json().unwrap()
}

/// A document of `who`'s on C-1001.
fn document(server: &Server, token: &str, seed: u64) -> String {
    let upload = server.upload(token, "stub.pdf", "application/pdf", &pdf(2000, seed));
    let response = server.attach(
        token,
        "C-1001",
        &json!({"upload_id": upload, "document_type": "pay_stub"}),
        None,
    );
    assert_eq!(response.status(), 201);
    response.json::<agency_api::Document>().unwrap().id
}

// --- Secure messages -------------------------------------------------------

#[test]
fn a_parent_writes_with_an_attachment_the_operator_replies_and_the_unread_count_clears() {
    let server = Server::demo();
    let maria = server.sign_in("P-1001").access_token;

    // The demo's message from the agency waits, unread.
    let before = threads(&server, &maria);
    assert_eq!(before.threads.len(), 1);
    assert_eq!(before.unread, 1);
    let seeded = &before.threads[0];
    assert_eq!(seeded.unread, 1);
    let seeded_detail: ThreadDetail = server
        .get(&format!("/v1/cases/C-1001/threads/{}", seeded.id), &maria)
        .json()
        .unwrap();
    assert_eq!(seeded_detail.messages[0].from, MessageSender::Agency);
    assert_eq!(
        seeded_detail.messages[0].agency_role.as_deref(),
        Some("Caseworker")
    );
    assert_eq!(seeded_detail.messages[0].read_at, None);

    let doc = document(&server, &maria, 1);
    let body = json!({
        "subject": "Pay stub for the review",
        "body": "Here is my latest pay stub.",
        "documents": [doc],
    });
    let created = post(
        &server,
        &maria,
        "/v1/cases/C-1001/threads",
        Some(&body),
        Some("t-1"),
    );
    assert_eq!(created.status(), 201);
    let location = location(&created);
    let text = created.text().unwrap();
    let detail: ThreadDetail = serde_json::from_str(&text).unwrap();
    let thread_id = detail.thread.id.clone();
    assert_eq!(location, format!("/v1/cases/C-1001/threads/{thread_id}"));
    assert_eq!(detail.thread.subject, "Pay stub for the review");
    assert_eq!(detail.thread.unread, 0);
    assert_eq!(detail.thread.message_count, 1);
    let first = &detail.messages[0];
    assert_eq!(first.from, MessageSender::Parent);
    assert_eq!(first.agency_role, None);
    assert_eq!(first.documents, std::slice::from_ref(&doc));
    assert_eq!(
        first.read_at,
        Some(first.sent_at),
        "one's own message is read"
    );

    // A retry is the first answer, and one thread.
    let again = post(
        &server,
        &maria,
        "/v1/cases/C-1001/threads",
        Some(&body),
        Some("t-1"),
    );
    assert_eq!(again.status(), 201);
    assert_eq!(header(&again, "idempotency-replayed").unwrap(), "true");
    assert_eq!(again.text().unwrap(), text);
    assert_eq!(server.count("message_threads"), 2);
    assert_eq!(server.count("messages"), 2);
    let other = json!({"subject": "Another", "body": "Something else"});
    let reused = post(
        &server,
        &maria,
        "/v1/cases/C-1001/threads",
        Some(&other),
        Some("t-1"),
    );
    assert_eq!(
        problem(reused, 422).kind,
        "/problems/idempotency-key-reused"
    );

    // The operator replies: one unread message in the thread, at the top.
    let reply = operator(
        &server,
        &[
            "reply-message",
            "--thread",
            &thread_id,
            "--body",
            "Thank you, we have it.",
        ],
    )
    .unwrap();
    assert!(reply.starts_with("MSG-"), "{reply}");
    let list = threads(&server, &maria);
    assert_eq!(list.threads[0].id, thread_id, "the latest activity first");
    assert_eq!(list.threads[0].unread, 1);
    assert_eq!(list.threads[0].last_message_id, reply);
    assert_eq!(list.unread, 2);
    let detail: ThreadDetail = server.get(&location, &maria).json().unwrap();
    assert_eq!(detail.messages.len(), 2);
    let answer = &detail.messages[1];
    assert_eq!(answer.id, reply);
    assert_eq!(answer.from, MessageSender::Agency);
    assert_eq!(answer.agency_role.as_deref(), Some("Caseworker"));
    assert_eq!(answer.body, "Thank you, we have it.");
    assert_eq!(answer.read_at, None);
    // Reading does not mark read.
    assert_eq!(threads(&server, &maria).unread, 2);

    // The parent replies, then marks the thread read up to the reply seen.
    let mine = post(
        &server,
        &maria,
        &format!("{location}/messages"),
        Some(&json!({"body": "Great, thanks."})),
        Some("m-1"),
    );
    assert_eq!(mine.status(), 201);
    let mine: Message = mine.json().unwrap();
    assert_eq!(mine.thread_id, thread_id);
    assert_eq!(mine.from, MessageSender::Parent);
    let read = post(
        &server,
        &maria,
        &format!("{location}/read"),
        Some(&json!({"up_to": reply})),
        Some("r-1"),
    );
    assert_eq!(read.status(), 200);
    let read: Thread = read.json().unwrap();
    assert_eq!(read.unread, 0);
    assert_eq!(read.message_count, 3);
    let list = threads(&server, &maria);
    assert_eq!(list.unread, 1, "the demo thread is still unread");
    // Without a body: everything in the thread.
    let all = post(
        &server,
        &maria,
        &format!("/v1/cases/C-1001/threads/{}/read", seeded.id),
        None,
        None,
    );
    assert_eq!(all.status(), 200);
    assert_eq!(threads(&server, &maria).unread, 0);
    let detail: ThreadDetail = server.get(&location, &maria).json().unwrap();
    assert!(detail.messages.iter().all(|m| m.read_at.is_some()));

    // A message newer than `up_to` stays unread.
    let later = operator(
        &server,
        &[
            "reply-message",
            "--thread",
            &thread_id,
            "--body",
            "One more thing.",
        ],
    )
    .unwrap();
    let read: Thread = post(
        &server,
        &maria,
        &format!("{location}/read"),
        Some(&json!({"up_to": reply})),
        None,
    )
    .json()
    .unwrap();
    assert_eq!(read.unread, 1);
    assert_eq!(read.last_message_id, later);

    // Nothing of a message is logged.
    let logs = server.logs();
    for secret in ["Pay stub for the review", "Here is my latest", "we have it"] {
        assert!(!logs.contains(secret), "the log shows {secret:?}");
    }
}

#[test]
fn a_thread_is_its_parents_alone() {
    let server = Server::demo();
    let maria = server.sign_in("P-1001").access_token;
    let james = server.sign_in("P-1002").access_token;
    let aisha = server.sign_in("P-1003").access_token;
    let thread = threads(&server, &maria).threads[0].id.clone();
    let path = format!("/v1/cases/C-1001/threads/{thread}");

    // The other parent on the case sees none of it.
    assert!(threads(&server, &james).threads.is_empty());
    assert_eq!(
        problem(server.get(&path, &james), 404).kind,
        "/problems/not-found"
    );
    let reply = json!({"body": "Let me in"});
    assert_eq!(
        post(
            &server,
            &james,
            &format!("{path}/messages"),
            Some(&reply),
            None
        )
        .status(),
        404
    );
    assert_eq!(
        post(&server, &james, &format!("{path}/read"), None, None).status(),
        404
    );
    // Another family does not reach the case at all.
    assert_eq!(server.get("/v1/cases/C-1001/threads", &aisha).status(), 404);
    let new = json!({"subject": "Hi", "body": "Hello"});
    assert_eq!(
        post(
            &server,
            &aisha,
            "/v1/cases/C-1001/threads",
            Some(&new),
            None
        )
        .status(),
        404
    );
    // Another case's path does not reach it either.
    assert_eq!(
        server
            .get(&format!("/v1/cases/C-1002/threads/{thread}"), &aisha)
            .status(),
        404
    );
    assert_eq!(threads(&server, &maria).threads[0].message_count, 1);
    // Without a token: 401.
    assert_eq!(
        client()
            .get(server.url("/v1/cases/C-1001/threads"))
            .send()
            .unwrap()
            .status(),
        401
    );
}

#[test]
fn a_message_names_the_field_it_breaks() {
    let server = Server::demo();
    let maria = server.sign_in("P-1001").access_token;
    let james = server.sign_in("P-1002").access_token;
    let his = document(&server, &james, 7);
    let new = |v: Value| {
        post(
            &server,
            &maria,
            "/v1/cases/C-1001/threads",
            Some(&v),
            Some("same-key"),
        )
    };
    assert_eq!(field(new(json!({"subject": " ", "body": "x"}))), "subject");
    assert_eq!(
        field(new(json!({"subject": "x".repeat(201), "body": "x"}))),
        "subject"
    );
    assert_eq!(field(new(json!({"subject": "s", "body": ""}))), "body");
    assert_eq!(
        field(new(json!({"subject": "s", "body": "x".repeat(5001)}))),
        "body"
    );
    assert_eq!(
        field(new(
            json!({"subject": "s", "body": "b", "documents": ["DOC-999999"]})
        )),
        "documents[0]"
    );
    // The other parent's document is not hers to send.
    assert_eq!(
        field(new(
            json!({"subject": "s", "body": "b", "documents": [his]})
        )),
        "documents[0]"
    );
    let mine = document(&server, &maria, 8);
    assert_eq!(
        field(new(
            json!({"subject": "s", "body": "b", "documents": [mine, mine]})
        )),
        "documents[1]"
    );
    let eleven: Vec<String> = (0..11).map(|i| format!("DOC-{i:06}")).collect();
    assert_eq!(
        field(new(
            json!({"subject": "s", "body": "b", "documents": eleven})
        )),
        "documents"
    );
    assert_eq!(new(json!({"subject": "s"})).status(), 400);
    // Nothing was stored, and the key was not used up.
    assert_eq!(server.count("message_threads"), 1);
    assert_eq!(new(json!({"subject": "s", "body": "b"})).status(), 201);

    let thread = threads(&server, &maria).threads[1].id.clone();
    let read = post(
        &server,
        &maria,
        &format!("/v1/cases/C-1001/threads/{thread}/read"),
        Some(&json!({"up_to": "MSG-999999"})),
        None,
    );
    assert_eq!(field(read), "up_to");
    let garbled = client()
        .post(server.url(&format!("/v1/cases/C-1001/threads/{thread}/read")))
        .bearer_auth(&maria)
        .body("{not json")
        .send()
        .unwrap();
    assert_eq!(problem(garbled, 400).kind, "/problems/bad-request");
}

// --- Appointments and court dates -----------------------------------------

fn appointments(server: &Server, token: &str) -> Vec<Appointment> {
    let response = server.get("/v1/cases/C-1001/appointments", token);
    assert_eq!(response.status(), 200);
    response.json::<AppointmentList>().unwrap().appointments
}

fn slots(server: &Server, token: &str) -> SlotList {
    let response = server.get("/v1/cases/C-1001/appointment-slots", token);
    assert_eq!(response.status(), 200);
    response.json().unwrap()
}

#[test]
fn a_parent_books_a_slot_once_cancels_it_and_cannot_cancel_a_hearing() {
    let server = Server::demo();
    let maria = server.sign_in("P-1001").access_token;
    let james = server.sign_in("P-1002").access_token;

    let upcoming = appointments(&server, &maria);
    assert_eq!(upcoming.len(), 1);
    let hearing = &upcoming[0];
    assert_eq!(hearing.kind, AppointmentKind::Hearing);
    assert_eq!(hearing.status, AppointmentStatus::Booked);
    assert!(!hearing.cancellable);
    assert_eq!(hearing.place.kind, PlaceKind::Court);
    assert_eq!(hearing.place.room.as_deref(), Some("Courtroom 2B"));
    assert!(!hearing.what_to_bring.is_empty());
    assert!(hearing.starts_at > chrono::Utc::now());

    let open = slots(&server, &maria).slots;
    assert_eq!(open.len(), 6);
    assert!(open.windows(2).all(|w| w[0].starts_at <= w[1].starts_at));
    assert!(open.iter().any(|s| s.place.kind == PlaceKind::Phone));
    assert!(open.iter().any(|s| s.kind == AppointmentKind::GeneticTest));
    let slot = open
        .iter()
        .find(|s| s.place.kind == PlaceKind::Office)
        .unwrap();
    assert_eq!(slot.place.office_id.as_deref(), Some("OFF-01"));
    assert_eq!(
        slot.place.name.as_deref(),
        Some("Demo County Courthouse Office")
    );

    let body = json!({"slot_id": slot.id});
    let booked = post(
        &server,
        &maria,
        "/v1/cases/C-1001/appointments",
        Some(&body),
        Some("b-1"),
    );
    assert_eq!(booked.status(), 201);
    let location = location(&booked);
    let text = booked.text().unwrap();
    let appointment: Appointment = serde_json::from_str(&text).unwrap();
    assert_eq!(
        location,
        format!("/v1/cases/C-1001/appointments/{}", appointment.id)
    );
    assert_eq!(appointment.kind, AppointmentKind::Appointment);
    assert_eq!(appointment.status, AppointmentStatus::Booked);
    assert!(appointment.cancellable);
    assert_eq!(appointment.starts_at, slot.starts_at);
    assert_eq!(appointment.ends_at, slot.ends_at);
    assert_eq!(appointment.place, slot.place);
    assert_eq!(appointment.what_to_bring, slot.what_to_bring);
    assert_eq!(appointment.slot_id.as_deref(), Some(slot.id.as_str()));
    let fetched: Appointment = server.get(&location, &maria).json().unwrap();
    assert_eq!(fetched, appointment);

    // A retry is the first answer; one appointment.
    let again = post(
        &server,
        &maria,
        "/v1/cases/C-1001/appointments",
        Some(&body),
        Some("b-1"),
    );
    assert_eq!(again.status(), 201);
    assert_eq!(header(&again, "idempotency-replayed").unwrap(), "true");
    assert_eq!(again.text().unwrap(), text);
    assert_eq!(
        server.count("appointments"),
        3,
        "two hearings and one booking"
    );
    // The slot is taken: gone from the list, and refused to anyone else
    // (and to Maria with another key).
    assert!(slots(&server, &james).slots.iter().all(|s| s.id != slot.id));
    let taken = post(
        &server,
        &james,
        "/v1/cases/C-1001/appointments",
        Some(&body),
        Some("b-1"),
    );
    assert_eq!(problem(taken, 409).kind, "/problems/conflict");
    let twice = post(
        &server,
        &maria,
        "/v1/cases/C-1001/appointments",
        Some(&body),
        Some("b-2"),
    );
    assert_eq!(problem(twice, 409).kind, "/problems/conflict");
    assert_eq!(server.count("appointments"), 3);
    let unknown = json!({"slot_id": "SL-999999"});
    assert_eq!(
        field(post(
            &server,
            &maria,
            "/v1/cases/C-1001/appointments",
            Some(&unknown),
            None
        )),
        "slot_id"
    );

    // Appointments are their parent's: James sees his hearing only.
    let his = appointments(&server, &james);
    assert_eq!(his.len(), 1);
    assert_eq!(his[0].kind, AppointmentKind::Hearing);
    assert_ne!(his[0].id, hearing.id);
    assert_eq!(server.get(&location, &james).status(), 404);
    assert_eq!(
        post(&server, &james, &format!("{location}/cancel"), None, None).status(),
        404
    );
    let aisha = server.sign_in("P-1003").access_token;
    assert_eq!(
        server.get("/v1/cases/C-1001/appointments", &aisha).status(),
        404
    );
    assert_eq!(
        server
            .get("/v1/cases/C-1001/appointment-slots", &aisha)
            .status(),
        404
    );

    // The hearing is the court's.
    let refused = post(
        &server,
        &maria,
        &format!("/v1/cases/C-1001/appointments/{}/cancel", hearing.id),
        None,
        Some("c-hearing"),
    );
    let p = problem(refused, 409);
    assert_eq!(p.kind, "/problems/not-cancellable");
    assert!(p.detail.unwrap().contains("court"));
    assert_eq!(
        appointments(&server, &maria)[0].status,
        AppointmentStatus::Booked
    );

    // Cancelling: once, twice (the same answer), and the slot is open again.
    let cancelled = post(
        &server,
        &maria,
        &format!("{location}/cancel"),
        None,
        Some("c-1"),
    );
    assert_eq!(cancelled.status(), 200);
    let cancelled: Appointment = cancelled.json().unwrap();
    assert_eq!(cancelled.status, AppointmentStatus::Cancelled);
    assert!(!cancelled.cancellable);
    let replay = post(
        &server,
        &maria,
        &format!("{location}/cancel"),
        None,
        Some("c-1"),
    );
    assert_eq!(header(&replay, "idempotency-replayed").unwrap(), "true");
    let again: Appointment = post(&server, &maria, &format!("{location}/cancel"), None, None)
        .json()
        .unwrap();
    assert_eq!(again.status, AppointmentStatus::Cancelled);
    // Still listed, as cancelled.
    let listed = appointments(&server, &maria);
    assert!(
        listed
            .iter()
            .any(|a| a.id == appointment.id && a.status == AppointmentStatus::Cancelled)
    );
    assert!(slots(&server, &james).slots.iter().any(|s| s.id == slot.id));
    let his = post(
        &server,
        &james,
        "/v1/cases/C-1001/appointments",
        Some(&body),
        Some("b-1"),
    );
    assert_eq!(his.status(), 201);
    assert_eq!(server.count("appointments"), 4);
}

/// Found by schemathesis (tests/schemathesis/run): cancelling with a
/// malformed `Idempotency-Key` answered a `400` the document did not list.
#[test]
fn cancelling_with_a_malformed_idempotency_key_is_a_documented_400() {
    let server = Server::demo();
    let maria = server.sign_in("P-1001").access_token;
    let hearing = appointments(&server, &maria).remove(0);
    let path = format!("/v1/cases/C-1001/appointments/{}/cancel", hearing.id);
    let too_long = "k".repeat(256);
    let p = problem(post(&server, &maria, &path, None, Some(&too_long)), 400);
    assert_eq!(p.kind, "/problems/bad-request");
    assert!(!p.detail.unwrap().contains(&too_long));
    assert_eq!(
        appointments(&server, &maria)[0].status,
        AppointmentStatus::Booked
    );

    let doc: Value = client()
        .get(server.url("/openapi.json"))
        .send()
        .unwrap()
        .json()
        .unwrap();
    let documented =
        &doc["paths"]["/v1/cases/{id}/appointments/{appointment_id}/cancel"]["post"]["responses"];
    assert!(
        documented["400"]["content"]["application/problem+json"].is_object(),
        "400 is documented: {documented}"
    );
}

#[test]
fn concurrent_bookings_of_one_slot_book_it_once() {
    let server = Server::demo();
    let maria = server.sign_in("P-1001").access_token;
    let james = server.sign_in("P-1002").access_token;
    let slot = slots(&server, &maria).slots[0].id.clone();
    let body = json!({"slot_id": slot});
    let statuses: Vec<u16> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..8)
            .map(|i| {
                let token = if i % 2 == 0 { &maria } else { &james };
                let body = &body;
                let server = &server;
                scope.spawn(move || {
                    post(
                        server,
                        token,
                        "/v1/cases/C-1001/appointments",
                        Some(body),
                        Some(&format!("race-{i}")),
                    )
                    .status()
                    .as_u16()
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    assert_eq!(
        statuses.iter().filter(|s| **s == 201).count(),
        1,
        "{statuses:?}"
    );
    assert!(
        statuses.iter().all(|s| *s == 201 || *s == 409),
        "{statuses:?}"
    );
    assert_eq!(server.count("appointments"), 3);
}

#[test]
fn the_operator_adds_slots() {
    let server = Server::demo();
    let maria = server.sign_in("P-1001").access_token;
    let starts = (chrono::Utc::now() + chrono::Duration::days(30))
        .with_timezone(&chrono::FixedOffset::west_opt(6 * 3600).unwrap());
    let starts_at = starts.format("%Y-%m-%dT10:00:00%:z").to_string();
    let id = operator(
        &server,
        &[
            "add-slot",
            "--office",
            "OFF-01",
            "--starts-at",
            &starts_at,
            "--minutes",
            "45",
            "--kind",
            "genetic-test",
            "--bring",
            "The child's birth certificate",
        ],
    )
    .unwrap();
    assert!(id.starts_with("SL-"), "{id}");
    let phone = operator(
        &server,
        &[
            "add-slot",
            "--by-phone",
            "--starts-at",
            &starts_at,
            "--minutes",
            "20",
        ],
    )
    .unwrap();
    let open = slots(&server, &maria).slots;
    let slot = open.iter().find(|s| s.id == id).unwrap();
    assert_eq!(slot.kind, AppointmentKind::GeneticTest);
    assert_eq!(
        slot.starts_at,
        chrono::DateTime::parse_from_rfc3339(&starts_at).unwrap()
    );
    assert_eq!((slot.ends_at - slot.starts_at).num_minutes(), 45);
    assert_eq!(slot.what_to_bring, ["The child's birth certificate"]);
    let by_phone = open.iter().find(|s| s.id == phone).unwrap();
    assert_eq!(by_phone.place.kind, PlaceKind::Phone);
    assert_eq!(by_phone.kind, AppointmentKind::Appointment);
    assert!(!by_phone.what_to_bring.is_empty(), "the usual things");

    for (args, message) in [
        (
            vec![
                "--office",
                "OFF-99",
                "--starts-at",
                starts_at.as_str(),
                "--minutes",
                "30",
            ],
            "no office OFF-99",
        ),
        (
            vec![
                "--office",
                "OFF-01",
                "--starts-at",
                "2020-01-01T10:00:00Z",
                "--minutes",
                "30",
            ],
            "future",
        ),
        (
            vec![
                "--office",
                "OFF-01",
                "--starts-at",
                starts_at.as_str(),
                "--minutes",
                "0",
            ],
            "5 to 480",
        ),
        (
            vec![
                "--office",
                "OFF-01",
                "--starts-at",
                starts_at.as_str(),
                "--minutes",
                "30",
                "--kind",
                "hearing",
            ],
            "genetic-test",
        ),
        (
            vec![
                "--office",
                "OFF-01",
                "--starts-at",
                "tomorrow",
                "--minutes",
                "30",
            ],
            "RFC 3339",
        ),
    ] {
        let mut all = vec!["add-slot"];
        all.extend(args.iter().copied());
        let err = operator(&server, &all).unwrap_err();
        assert!(err.contains(message), "{args:?}: {err}");
    }
    // A caseworker may answer a parent's latest thread on a case.
    let maria_thread = threads(&server, &maria).threads[0].id.clone();
    let answer = operator(
        &server,
        &[
            "reply-message",
            "--case",
            "C-1001",
            "--participant",
            "P-1001",
            "--body",
            "Hello again.",
        ],
    )
    .unwrap();
    let detail: ThreadDetail = server
        .get(&format!("/v1/cases/C-1001/threads/{maria_thread}"), &maria)
        .json()
        .unwrap();
    assert_eq!(detail.messages.last().unwrap().id, answer);
    assert!(
        operator(
            &server,
            &[
                "reply-message",
                "--case",
                "C-1001",
                "--participant",
                "P-1002",
                "--body",
                "Hi"
            ]
        )
        .unwrap_err()
        .contains("P-1002 has no message thread on C-1001")
    );
    assert!(operator(&server, &["reply-message", "--body", "Hi"]).is_err());
    assert!(
        operator(
            &server,
            &["reply-message", "--thread", "TH-999999", "--body", "Hi"]
        )
        .unwrap_err()
        .contains("no message thread TH-999999")
    );
    assert!(
        operator(
            &server,
            &["reply-message", "--thread", "TH-000001", "--body", "  "]
        )
        .unwrap_err()
        .contains("1 to 5000 characters")
    );
}

// --- Contact and employer updates -----------------------------------------

const UPDATES: &str = "/v1/me/contact-updates";

fn home() -> Value {
    json!({"line1": "22 Elm Street", "line2": null, "city": "Lakeview", "state": "WI", "zip": "53701"})
}

#[test]
fn a_parent_reports_a_new_address_once_and_the_agency_confirms_it() {
    let server = Server::demo();
    let maria = server.sign_in("P-1001").access_token;
    let body = json!({"address": home(), "phone": "(608) 555-0188"});
    let created = post(&server, &maria, UPDATES, Some(&body), Some("cu-1"));
    assert_eq!(created.status(), 201);
    let location = location(&created);
    let text = created.text().unwrap();
    let update: ContactUpdate = serde_json::from_str(&text).unwrap();
    assert_eq!(location, format!("{UPDATES}/{}", update.id));
    assert_eq!(update.status, ContactUpdateStatus::Received);
    assert_eq!(update.address.as_ref().unwrap().line1, "22 Elm Street");
    assert_eq!(update.phone.as_deref(), Some("608-555-0188"));
    assert_eq!(update.email, None);
    assert_eq!(update.visibility.len(), 1);
    assert_eq!(update.visibility[0].case_id, "C-1001");
    assert!(!update.visibility[0].family_violence);
    assert!(update.visibility[0].other_parent_can_see);

    let again = post(&server, &maria, UPDATES, Some(&body), Some("cu-1"));
    assert_eq!(again.status(), 201);
    assert_eq!(header(&again, "idempotency-replayed").unwrap(), "true");
    assert_eq!(again.text().unwrap(), text);
    assert_eq!(server.count("contact_updates"), 1, "exactly one update");
    let list: ContactUpdateList = server.get(UPDATES, &maria).json().unwrap();
    assert_eq!(list.updates, std::slice::from_ref(&update));
    assert_eq!(list.visibility, update.visibility);

    // Another parent does not see it.
    let james = server.sign_in("P-1002").access_token;
    assert_eq!(server.get(&location, &james).status(), 404);
    let theirs: ContactUpdateList = server.get(UPDATES, &james).json().unwrap();
    assert!(theirs.updates.is_empty());

    // The caseworker confirms it: the agency's records now say it, and on
    // this case (no family-violence indicator) the other parent sees it.
    assert_eq!(
        operator(
            &server,
            &["set-status", "contact-update", &update.id, "confirmed"]
        )
        .unwrap(),
        "confirmed"
    );
    let confirmed: ContactUpdate = server.get(&location, &maria).json().unwrap();
    assert_eq!(confirmed.status, ContactUpdateStatus::Confirmed);
    assert!(confirmed.decided_at.is_some());
    let case: CaseDetail = server.get("/v1/cases/C-1001", &james).json().unwrap();
    assert_eq!(
        case.other_parties[0].address.as_deref().unwrap(),
        ["22 Elm Street", "Lakeview, WI 53701"]
    );
    assert_eq!(case.other_parties[0].phone.as_deref(), Some("608-555-0188"));
    let err = operator(
        &server,
        &["set-status", "contact-update", &update.id, "rejected"],
    )
    .unwrap_err();
    assert!(err.contains("final"), "{err}");
    assert!(
        operator(
            &server,
            &["set-status", "contact-update", &update.id, "received"]
        )
        .unwrap_err()
        .contains("confirmed, rejected")
    );

    // A rejection carries its note.
    let second = post(
        &server,
        &maria,
        UPDATES,
        Some(&json!({"email": "maria@example.net"})),
        None,
    );
    let second: ContactUpdate = second.json().unwrap();
    operator(
        &server,
        &[
            "set-status",
            "contact-update",
            &second.id,
            "rejected",
            "--note",
            "Call us to change your email.",
        ],
    )
    .unwrap();
    let rejected: ContactUpdate = server
        .get(&format!("{UPDATES}/{}", second.id), &maria)
        .json()
        .unwrap();
    assert_eq!(rejected.status, ContactUpdateStatus::Rejected);
    assert_eq!(
        rejected.note.as_deref(),
        Some("Call us to change your email.")
    );

    // No address in the log.
    let logs = server.logs();
    assert!(!logs.contains("Elm Street") && !logs.contains("555-0188"));
}

#[test]
fn on_a_family_violence_case_the_new_address_is_never_the_other_parents_to_see() {
    let server = Server::demo();
    let aisha = server.sign_in("P-1003").access_token;
    // The form can say it before anything is sent.
    let list: ContactUpdateList = server.get(UPDATES, &aisha).json().unwrap();
    assert!(list.updates.is_empty());
    assert_eq!(list.visibility.len(), 1);
    assert_eq!(list.visibility[0].case_id, "C-1002");
    assert!(list.visibility[0].family_violence);
    assert!(!list.visibility[0].other_parent_can_see);

    let body = json!({
        "address": {"line1": "9 Hidden Way", "city": "Lakeview", "state": "WI", "zip": "53703"},
        "employer": {
            "name": "Lakeview Hardware",
            "address": {"line1": "400 Quarry Road", "city": "Lakeview", "state": "WI", "zip": "53703"},
            "phone": "608-555-0199",
            "start_date": "2026-11-02"
        },
    });
    let created = post(&server, &aisha, UPDATES, Some(&body), Some("cu-fv"));
    assert_eq!(created.status(), 201);
    let update: ContactUpdate = created.json().unwrap();
    assert!(!update.visibility[0].other_parent_can_see);
    operator(
        &server,
        &["set-status", "contact-update", &update.id, "confirmed"],
    )
    .unwrap();

    let robert = server.sign_in("P-1004").access_token;
    let case: CaseDetail = server.get("/v1/cases/C-1002", &robert).json().unwrap();
    assert_eq!(case.other_parties[0].address, None);
    assert_eq!(case.other_parties[0].employer, None);
    for path in [
        "/v1/cases/C-1002",
        UPDATES,
        "/v1/cases/C-1002/threads",
        "/v1/cases/C-1002/appointments",
    ] {
        let text = server.get(path, &robert).text().unwrap();
        assert!(
            !text.contains("Hidden Way")
                && !text.contains("Lakeview Hardware")
                && !text.contains("Quarry Road"),
            "{path}"
        );
    }

    // The agency holds the employer's address, for a withholding order.
    let employer_of = |id: &'static str| {
        server.with_db(async |db| {
            let row: (Option<String>, Option<String>) =
                sqlx::query_as("SELECT employer, employer_address FROM participants WHERE id = $1")
                    .bind(id)
                    .fetch_one(db.pool())
                    .await
                    .unwrap();
            row
        })
    };
    assert_eq!(
        employer_of("P-1003"),
        (
            Some("Lakeview Hardware".to_owned()),
            Some("400 Quarry Road\nLakeview, WI 53703".to_owned())
        )
    );
    // A later employer whose address the parent doesn't know takes the old
    // one's address with it.
    let next = post(
        &server,
        &aisha,
        UPDATES,
        Some(&json!({"employer": {"name": "Harbor Foods", "start_date": "2026-11-16"}})),
        None,
    );
    let next: ContactUpdate = next.json().unwrap();
    operator(
        &server,
        &["set-status", "contact-update", &next.id, "confirmed"],
    )
    .unwrap();
    assert_eq!(
        employer_of("P-1003"),
        (Some("Harbor Foods".to_owned()), None)
    );
    // And an update of the phone alone leaves the employer as it is.
    let phone = post(
        &server,
        &aisha,
        UPDATES,
        Some(&json!({"phone": "608-555-0142"})),
        None,
    );
    let phone: ContactUpdate = phone.json().unwrap();
    operator(
        &server,
        &["set-status", "contact-update", &phone.id, "confirmed"],
    )
    .unwrap();
    assert_eq!(
        employer_of("P-1003"),
        (Some("Harbor Foods".to_owned()), None)
    );
    assert!(!server.logs().contains("Quarry Road"), "never logged");
}

#[test]
fn a_contact_update_names_the_field_it_breaks_and_never_repeats_a_value() {
    let server = Server::demo();
    let maria = server.sign_in("P-1001").access_token;
    let send = |v: Value| post(&server, &maria, UPDATES, Some(&v), Some("same-key"));
    assert_eq!(field(send(json!({}))), "address");
    let mut bad_zip = home();
    bad_zip["zip"] = json!("5370");
    assert_eq!(field(send(json!({"address": bad_zip}))), "address.zip");
    let mut no_city = home();
    no_city["city"] = json!(" ");
    assert_eq!(field(send(json!({"address": no_city}))), "address.city");
    assert_eq!(field(send(json!({"phone": "555-0188"}))), "phone");
    assert_eq!(field(send(json!({"email": "maria"}))), "email");
    assert_eq!(
        field(send(
            json!({"employer": {"name": " ", "start_date": "2026-11-02"}})
        )),
        "employer.name"
    );
    assert_eq!(
        field(send(
            json!({"employer": {"name": "Acme", "address": bad_zip, "start_date": "2026-11-02"}})
        )),
        "employer.address.zip"
    );
    assert_eq!(
        field(send(
            json!({"employer": {"name": "Acme", "start_date": "2099-01-01"}})
        )),
        "employer.start_date"
    );
    let garbled = send(json!({"address": "123 Secret Lane"}));
    let p = problem(garbled, 400);
    assert!(
        !p.detail.unwrap().contains("Secret"),
        "the value is not repeated"
    );
    let unknown = send(json!({"ssn": "123-45-6789"}));
    assert!(!problem(unknown, 400).detail.unwrap().contains("6789"));
    assert_eq!(server.count("contact_updates"), 0);
    // The key was not used up.
    assert_eq!(send(json!({"phone": "608-555-0188"})).status(), 201);
    // Without a token: 401.
    assert_eq!(
        client().get(server.url(UPDATES)).send().unwrap().status(),
        401
    );
}

// --- How to pay -----------------------------------------------------------

#[test]
fn the_payment_options_are_public_and_a_case_says_what_to_quote() {
    let server = Server::demo();
    let public = client()
        .get(server.url("/v1/payment-options"))
        .send()
        .unwrap();
    assert_eq!(public.status(), 200);
    let options: PaymentOptions = public.json().unwrap();
    let mail = options.mail.as_ref().unwrap();
    assert!(!mail.payable_to.is_empty() && mail.address.len() >= 2);
    assert!(options.online.as_ref().unwrap().url.starts_with("https://"));
    assert!(!options.text.as_ref().unwrap().number.is_empty());
    assert_eq!(options.cash.len(), 2);
    assert_eq!(options.cash[0].fee, Some("1.99".parse().unwrap()));
    assert_eq!(options.cash[1].fee, None);

    let james = server.sign_in("P-1002").access_token;
    let case: CaseDetail = server.get("/v1/cases/C-1001", &james).json().unwrap();
    let how: HowToPay = server
        .get("/v1/cases/C-1001/how-to-pay", &james)
        .json()
        .unwrap();
    assert_eq!(how.case_number, "C-1001");
    assert!(how.caller_pays);
    assert_eq!(how.next_due, case.next_due);
    assert!(how.next_due.is_some());
    assert_eq!(how.arrears, case.balances.arrears);
    assert_eq!(how.options, options);
    let maria = server.sign_in("P-1001").access_token;
    let hers: HowToPay = server
        .get("/v1/cases/C-1001/how-to-pay", &maria)
        .json()
        .unwrap();
    assert!(!hers.caller_pays, "the custodial parent receives");
    let aisha = server.sign_in("P-1003").access_token;
    assert_eq!(
        server.get("/v1/cases/C-1001/how-to-pay", &aisha).status(),
        404
    );
    assert_eq!(
        client()
            .get(server.url("/v1/cases/C-1001/how-to-pay"))
            .send()
            .unwrap()
            .status(),
        401
    );

    // The operator changes them (in the database): the next request says so.
    let printed = operator(
        &server,
        &[
            "set-payment-options",
            "--text-number",
            "",
            "--online-url",
            "https://pay.example.org/new",
        ],
    )
    .unwrap();
    let printed: PaymentOptions = serde_json::from_str(&printed).unwrap();
    for id in ["CASH-01", "CASH-02"] {
        operator(&server, &["remove-cash-location", id]).unwrap();
    }
    let options: PaymentOptions = client()
        .get(server.url("/v1/payment-options"))
        .send()
        .unwrap()
        .json()
        .unwrap();
    assert_eq!(options.text, None, "a blank way is not offered");
    assert!(options.cash.is_empty());
    assert_eq!(
        options.online.as_ref().unwrap().url,
        "https://pay.example.org/new"
    );
    assert_eq!(printed.online, options.online);
    assert_eq!(printed.mail, options.mail);
}

#[test]
fn a_fresh_agency_offers_no_way_to_pay_until_the_operator_configures_one() {
    let server = Server::start(false);
    let options: PaymentOptions = client()
        .get(server.url("/v1/payment-options"))
        .send()
        .unwrap()
        .json()
        .unwrap();
    assert_eq!(
        options,
        PaymentOptions {
            mail: None,
            online: None,
            text: None,
            cash: vec![]
        }
    );

    let set = |args: &[&str]| {
        let mut all = vec!["set-payment-options"];
        all.extend_from_slice(args);
        operator(&server, &all)
    };
    for (args, message) in [
        (
            vec![
                "--online-name",
                "ePay",
                "--online-url",
                "http://pay.example.org",
            ],
            "https URL",
        ),
        (
            vec!["--online-url", "https://pay.example.org"],
            "--online-name",
        ),
        (vec!["--mail-payable-to", "SDU"], "--mail-address"),
        (vec!["--text-number", "55501"], "--text-instructions"),
    ] {
        let err = set(&args).unwrap_err();
        assert!(err.contains(message), "{args:?}: {err}");
    }
    set(&[
        "--mail-payable-to",
        "State Disbursement Unit",
        "--mail-address",
        "PO Box 1",
        "--mail-address",
        "Lakeview, WI 53707",
        "--online-name",
        "ePay",
        "--online-url",
        "https://pay.example.org",
    ])
    .unwrap();
    let add = |args: &[&str]| {
        let mut all = vec!["add-cash-location"];
        all.extend_from_slice(args);
        operator(&server, &all)
    };
    let first = add(&[
        "--name",
        "Corner Store",
        "--address",
        "1 Main St",
        "--address",
        "Lakeview, WI 53700",
        "--hours",
        "Daily 8-8",
        "--fee",
        "2.50",
    ])
    .unwrap();
    let second = add(&[
        "--name",
        "Pharmacy",
        "--address",
        "2 Main St",
        "--hours",
        "Daily 9-5",
    ])
    .unwrap();
    assert_eq!((first.as_str(), second.as_str()), ("CASH-01", "CASH-02"));
    assert!(
        add(&[
            "--name",
            "X",
            "--address",
            "3 Main St",
            "--hours",
            "H",
            "--fee",
            "1.005"
        ])
        .unwrap_err()
        .contains("two decimal places")
    );
    assert!(
        operator(&server, &["remove-cash-location", "CASH-09"])
            .unwrap_err()
            .contains("no cash location CASH-09")
    );
    let options: PaymentOptions = client()
        .get(server.url("/v1/payment-options"))
        .send()
        .unwrap()
        .json()
        .unwrap();
    let mail = options.mail.unwrap();
    assert_eq!(mail.address, ["PO Box 1", "Lakeview, WI 53707"]);
    assert_eq!(options.online.unwrap().name, "ePay");
    assert_eq!(options.text, None);
    let names: Vec<_> = options.cash.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["Corner Store", "Pharmacy"]);
    assert_eq!(options.cash[0].fee, Some("2.50".parse().unwrap()));
}
