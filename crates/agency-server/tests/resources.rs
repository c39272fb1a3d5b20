//! Participants, cases and payments over real HTTP: roles, order terms and
//! balances, and payments paged with a cursor and an ETag.

mod common;

use agency_api::{CaseDetail, CaseList, Frequency, PaymentPage, Problem, Role};
use common::*;
use rust_decimal::Decimal;

fn dec(s: &str) -> Decimal {
    s.parse().unwrap()
}

#[test]
fn each_parent_sees_their_cases_with_their_role() {
    let server = Server::demo();
    for (who, case, role) in [
        ("P-1001", "C-1001", Role::Custodial),
        ("P-1002", "C-1001", Role::Noncustodial),
        ("P-1003", "C-1002", Role::Custodial),
        ("P-1004", "C-1002", Role::Noncustodial),
    ] {
        let token = server.sign_in(who).access_token;
        let list: CaseList = server.get("/v1/cases", &token).json().unwrap();
        assert_eq!(list.cases.len(), 1, "{who}");
        assert_eq!(list.cases[0].id, case);
        assert_eq!(list.cases[0].role, role);
    }
}

#[test]
fn a_case_shows_its_order_balances_next_due_date_and_office() {
    let server = Server::demo();
    let token = server.sign_in("P-1002").access_token;
    let case: CaseDetail = server.get("/v1/cases/C-1001", &token).json().unwrap();
    assert_eq!(case.role, Role::Noncustodial);
    let order = case.order.unwrap();
    assert_eq!(order.amount, dec("450.00"));
    assert_eq!(order.frequency, Frequency::Monthly);
    assert_eq!(order.start_date.to_string(), "2024-01-01");
    assert_eq!(order.arrears_payment, dec("50.00"));
    assert_eq!(order.interest_rule, "US-WI");
    assert_eq!(case.office.unwrap().id, "OFF-01");
    let next = case.next_due.unwrap();
    assert!(next.date > case.balances.as_of);
    assert_eq!(next.date.format("%d").to_string(), "01");

    // The balance is what the payments say: all paid equals their sum.
    let page: PaymentPage = server
        .get("/v1/cases/C-1001/payments?limit=1000", &token)
        .json()
        .unwrap();
    let sum: Decimal = page.payments.iter().map(|p| p.amount).sum();
    assert_eq!(case.balances.total_paid, sum);

    // Not a family-violence case: the other parent's contact details show.
    let other = &case.other_parties[0];
    assert_eq!(other.role, Role::Custodial);
    assert_eq!(other.given_name, "Maria");
    assert_eq!(other.phone.as_deref(), Some("608-555-0110"));
    assert_eq!(other.employer.as_deref(), Some("Lakeview Public Library"));
    assert_eq!(case.children.len(), 2);
    assert!(case.children.iter().all(|c| c.address.is_some()));
    // Money is a string on the wire.
    let raw: serde_json::Value = server.get("/v1/cases/C-1001", &token).json().unwrap();
    assert_eq!(raw["order"]["amount"], "450.00");
}

#[test]
fn payments_page_with_a_cursor_and_answer_304_when_unchanged() {
    let server = Server::demo();
    let token = server.sign_in("P-1003").access_token;
    let all: PaymentPage = server
        .get("/v1/cases/C-1002/payments?limit=1000", &token)
        .json()
        .unwrap();
    assert!(!all.more);
    assert!(all.payments.len() > 50);

    let mut seen = Vec::new();
    let mut since = String::new();
    loop {
        let page: PaymentPage = server
            .get(
                &format!("/v1/cases/C-1002/payments?limit=20&since={since}"),
                &token,
            )
            .json()
            .unwrap();
        assert!(page.payments.len() <= 20);
        seen.extend(page.payments.iter().map(|p| p.id.clone()));
        since = page.next.clone().unwrap();
        if !page.more {
            break;
        }
    }
    let ids: Vec<_> = all.payments.iter().map(|p| p.id.clone()).collect();
    assert_eq!(seen, ids, "pages join up in order, nothing twice");
    assert!(
        all.payments
            .windows(2)
            .all(|w| w[0].received_on <= w[1].received_on)
    );
    let first = &all.payments[0];
    assert_eq!(first.distribution.current_support, first.amount);
    assert!(first.disbursed_on.is_some());

    // Nothing new: an empty page that keeps the place, and then a 304.
    let url = format!("/v1/cases/C-1002/payments?since={since}");
    let response = server.get(&url, &token);
    let etag = response.headers()["etag"].to_str().unwrap().to_owned();
    assert!(
        etag.starts_with('"') && !etag.starts_with("W/"),
        "strong: {etag}"
    );
    let empty: PaymentPage = response.json().unwrap();
    assert!(empty.payments.is_empty());
    assert_eq!(empty.next.as_deref(), Some(since.as_str()));
    let not_modified = client()
        .get(server.url(&url))
        .bearer_auth(&token)
        .header("if-none-match", &etag)
        .send()
        .unwrap();
    assert_eq!(not_modified.status(), 304);
    assert_eq!(not_modified.headers()["etag"].to_str().unwrap(), etag);
    assert!(not_modified.text().unwrap().is_empty());

    // A payment arrives: the same question now has an answer.
    let out = server.operator(&[
        "post-payment",
        "--case",
        "C-1002",
        "--amount",
        "125.00",
        "--source",
        "direct",
        "--received",
        "2026-11-06",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let new_id = String::from_utf8(out.stdout).unwrap().trim().to_owned();
    let changed = client()
        .get(server.url(&url))
        .bearer_auth(&token)
        .header("if-none-match", &etag)
        .send()
        .unwrap();
    assert_eq!(changed.status(), 200);
    let page: PaymentPage = changed.json().unwrap();
    assert_eq!(page.payments.len(), 1);
    assert_eq!(page.payments[0].id, new_id);
    assert_eq!(page.payments[0].amount, dec("125.00"));
}

#[test]
fn a_page_read_again_is_current_and_still_only_for_the_parties() {
    // The server keeps rendered pages; none may outlive a new payment or
    // reach someone the privacy rules keep out.
    let server = Server::demo();
    let james = server.sign_in("P-1002").access_token;
    let maria = server.sign_in("P-1001").access_token;
    let path = "/v1/cases/C-1001/payments?limit=1000";
    let first = server.get(path, &james);
    let etag = first.headers()["etag"].to_str().unwrap().to_owned();
    let before: PaymentPage = first.json().unwrap();
    let again = server.get(path, &maria);
    assert_eq!(again.headers()["etag"].to_str().unwrap(), etag);
    assert_eq!(again.json::<PaymentPage>().unwrap(), before);
    for stranger in ["P-1003", "P-1004"] {
        let token = server.sign_in(stranger).access_token;
        assert_eq!(server.get(path, &token).status(), 404, "{stranger}");
    }

    // A payment to another case changes nothing here.
    let post = |case: &str| {
        let out = server.operator(&["post-payment", "--case", case, "--amount", "80.00"]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap().trim().to_owned()
    };
    post("C-1002");
    let unchanged = server.get(path, &james);
    assert_eq!(unchanged.headers()["etag"].to_str().unwrap(), etag);
    // One to this case is on the very next read, for either parent.
    let id = post("C-1001");
    let after = server.get(path, &maria);
    assert_ne!(after.headers()["etag"].to_str().unwrap(), etag);
    let after: PaymentPage = after.json().unwrap();
    assert_eq!(after.payments.len(), before.payments.len() + 1);
    assert_eq!(after.payments.last().unwrap().id, id);
    assert_eq!(after.payments[..before.payments.len()], before.payments[..]);
    let first_page: PaymentPage = server
        .get("/v1/cases/C-1001/payments?limit=1", &james)
        .json()
        .unwrap();
    assert!(first_page.more);
    assert_eq!(first_page.payments[0], before.payments[0]);
}

#[test]
fn bad_cursors_and_limits_get_a_problem_with_a_clear_title() {
    let server = Server::demo();
    let token = server.sign_in("P-1001").access_token;
    for (query, words) in [
        ("since=xyz", "since"),
        ("since=42", "since"),
        ("limit=0", "limit"),
        ("limit=1001", "limit"),
        ("limit=ten", "limit"),
    ] {
        let response = server.get(&format!("/v1/cases/C-1001/payments?{query}"), &token);
        assert_eq!(response.status(), 400, "{query}");
        assert_eq!(
            response.headers()["content-type"],
            "application/problem+json"
        );
        let problem: Problem = response.json().unwrap();
        assert_eq!(problem.kind, "/problems/bad-request");
        assert_eq!(problem.title, "The request is not valid");
        assert!(problem.detail.unwrap().contains(words), "{query}");
    }
    let page: PaymentPage = server
        .get("/v1/cases/C-1001/payments?limit=1000", &token)
        .json()
        .unwrap();
    assert!(page.payments.len() <= 1000);
}
