//! `GET /v1/me/changes`, over real HTTP: what each parent is told changed,
//! after the operator's writes and the parents' own, and never what is
//! another parent's alone.

mod common;

use agency_api::{Change, Changes, Problem};
use common::*;
use serde_json::json;

fn changes(server: &Server, token: &str, since: Option<&str>) -> Changes {
    let path = match since {
        Some(c) => format!("/v1/me/changes?since={c}"),
        None => "/v1/me/changes".to_owned(),
    };
    let response = server.get(&path, token);
    assert_eq!(response.status(), 200);
    response.json().unwrap()
}

/// The changes named since `since`, as `area` or `area@case`, sorted; and
/// the next cursor.
fn named(server: &Server, token: &str, since: &str) -> (Vec<String>, String) {
    let answer = changes(server, token, Some(since));
    let mut names: Vec<String> = answer.changes.iter().map(name).collect();
    names.sort();
    (names, answer.cursor)
}

fn name(c: &Change) -> String {
    match &c.case_id {
        Some(case) => format!("{}@{case}", c.area),
        None => c.area.clone(),
    }
}

fn operator(server: &Server, args: &[&str]) -> String {
    let out = server.operator(args);
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap().trim().to_owned()
}

fn post(server: &Server, token: &str, path: &str, body: serde_json::Value) -> u16 {
    client()
        .post(server.url(path))
        .bearer_auth(token)
        .json(&body)
        .send()
        .unwrap()
        .status()
        .as_u16()
}

#[test]
fn without_a_cursor_every_area_of_every_case_is_named() {
    let server = Server::demo();
    let maria = server.sign_in("P-1001").access_token;
    let all = changes(&server, &maria, None);
    let mut names: Vec<String> = all.changes.iter().map(name).collect();
    names.sort();
    assert_eq!(
        names,
        [
            "agency",
            "appointments@C-1001",
            "case@C-1001",
            "cases",
            "contact",
            "documents@C-1001",
            "how_to_pay@C-1001",
            "messages@C-1001",
            "payments@C-1001",
            "submissions",
        ]
    );
    // Nothing happened since: nothing to fetch.
    let (names, _) = named(&server, &maria, &all.cursor);
    assert!(names.is_empty(), "{names:?}");
}

#[test]
fn each_parent_is_told_what_changed_for_them_and_nothing_of_anothers() {
    let server = Server::demo();
    let maria = server.sign_in("P-1001").access_token;
    let james = server.sign_in("P-1002").access_token;
    let aisha = server.sign_in("P-1003").access_token;
    let start = |t: &str| changes(&server, t, None).cursor;
    let (m0, j0, a0) = (start(&maria), start(&james), start(&aisha));

    // A payment on C-1001: both its parents, the history, balances and
    // what is due next; nothing for the other family.
    operator(
        &server,
        &["post-payment", "--case", "C-1001", "--amount", "100.00"],
    );
    let (m, m1) = named(&server, &maria, &m0);
    assert_eq!(m, ["case@C-1001", "how_to_pay@C-1001", "payments@C-1001"]);
    let (j, j1) = named(&server, &james, &j0);
    assert_eq!(j, m);
    let (a, a1) = named(&server, &aisha, &a0);
    assert!(a.is_empty(), "{a:?}");

    // Maria writes to the agency: her threads only.
    let thread = json!({"subject": "Address", "body": "I moved."});
    assert_eq!(
        post(&server, &maria, "/v1/cases/C-1001/threads", thread),
        201
    );
    let (m, m2) = named(&server, &maria, &m1);
    assert_eq!(m, ["messages@C-1001"]);
    let (j, j2) = named(&server, &james, &j1);
    assert!(j.is_empty(), "James is not told of Maria's messages: {j:?}");

    // The agency replies: her threads again.
    operator(
        &server,
        &[
            "reply-message",
            "--case",
            "C-1001",
            "--participant",
            "P-1001",
            "--body",
            "Thank you.",
        ],
    );
    let (m, m3) = named(&server, &maria, &m2);
    assert_eq!(m, ["messages@C-1001"]);

    // James reports a new address; confirmed, it changes what Maria sees
    // of him on their case.
    let address = json!({"address": {"line1": "9 Oak Road", "line2": null, "city": "Lakeview", "state": "WI", "zip": "53701"}});
    assert_eq!(
        post(&server, &james, "/v1/me/contact-updates", address),
        201
    );
    let (j, j3) = named(&server, &james, &j2);
    assert_eq!(j, ["contact"]);
    let (m, m4) = named(&server, &maria, &m3);
    assert!(m.is_empty(), "{m:?}");
    let list: agency_api::ContactUpdateList =
        server.get("/v1/me/contact-updates", &james).json().unwrap();
    let id = list.updates[0].id.clone();
    operator(&server, &["set-status", "contact-update", &id, "confirmed"]);
    let (j, _) = named(&server, &james, &j3);
    assert_eq!(j, ["case@C-1001", "contact"]);
    let (m, m5) = named(&server, &maria, &m4);
    assert_eq!(m, ["case@C-1001"]);

    // The agency's payment options: everyone's how to pay.
    operator(
        &server,
        &[
            "set-payment-options",
            "--online-url",
            "https://pay.example.org/new",
        ],
    );
    let (m, _) = named(&server, &maria, &m5);
    assert_eq!(m, ["how_to_pay@C-1001"]);
    let (a, _) = named(&server, &aisha, &a1);
    assert_eq!(a, ["how_to_pay@C-1002"]);
}

#[test]
fn applications_and_appointments_are_named_for_their_parent() {
    let server = Server::demo();
    let maria = server.sign_in("P-1001").access_token;
    let c0 = changes(&server, &maria, None).cursor;
    let list: agency_api::SlotList = server
        .get("/v1/cases/C-1001/appointment-slots", &maria)
        .json()
        .unwrap();
    let slot = &list.slots[0].id;
    assert_eq!(
        post(
            &server,
            &maria,
            "/v1/cases/C-1001/appointments",
            json!({"slot_id": slot})
        ),
        201
    );
    let (m, c1) = named(&server, &maria, &c0);
    assert_eq!(m, ["appointments@C-1001"]);

    // James asks for a review: his submissions, not Maria's; and again
    // when the agency moves it along.
    let james = server.sign_in("P-1002").access_token;
    let j0 = changes(&server, &james, None).cursor;
    let response = client()
        .post(server.url("/v1/cases/C-1001/modification-requests"))
        .bearer_auth(&james)
        .json(&json!({"reason": "job_loss", "details": "I was laid off.", "documents": []}))
        .send()
        .unwrap();
    assert_eq!(response.status(), 201);
    let request: agency_api::ModificationRequest = response.json().unwrap();
    let (j, j1) = named(&server, &james, &j0);
    assert_eq!(j, ["submissions"]);
    let (m, _) = named(&server, &maria, &c1);
    assert!(m.is_empty(), "{m:?}");
    operator(
        &server,
        &[
            "set-status",
            "modification-request",
            &request.id,
            "under_review",
        ],
    );
    let (j, _) = named(&server, &james, &j1);
    assert_eq!(j, ["submissions"]);
}

#[test]
fn a_cursor_the_server_did_not_give_out_is_refused_with_a_problem() {
    let server = Server::demo();
    let maria = server.sign_in("P-1001").access_token;
    let good = changes(&server, &maria, None).cursor;
    let (_, rest) = good.split_at(3);
    let (epoch, rest) = rest.split_once('.').unwrap();
    let seq: i64 = rest.split('.').next().unwrap().parse().unwrap();
    // A cursor of another database (made anew), or ahead of this one's
    // changes, would skip what happened here.
    let other = format!("v1.{epoch}x.{rest}");
    let ahead = format!("v1.{epoch}.{}.0", seq + 1);
    for bad in ["yesterday", "v1.1", "v1.x.1", "v9.1.1", &other, &ahead] {
        let response = server.get(&format!("/v1/me/changes?since={bad}"), &maria);
        assert_eq!(response.status(), 400, "{bad}");
        let problem: Problem = response.json().unwrap();
        assert!(problem.detail.unwrap().contains("ask without it"));
    }
    let response = client().get(server.url("/v1/me/changes")).send().unwrap();
    assert_eq!(response.status(), 401);
}
