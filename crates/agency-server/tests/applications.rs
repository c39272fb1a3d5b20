//! Applications for services over real HTTP: what a parent sends, what the
//! agency answers (never an SSN), `Idempotency-Key`, the rules each field
//! must meet, the fee, and the timeline an operator moves along.

mod common;

use agency_api::{
    Application, ApplicationList, ApplicationStatus, CaseDetail, Problem, Service, StatusChange,
};
use agency_server::operator::{self, ApplicationStatusUpdate, OperatorError};
use common::*;
use rust_decimal::Decimal;
use serde_json::{Value, json};

const PATH: &str = "/v1/applications";
const APPLICANT_SSN: &str = "123-45-6789";
const OTHER_SSN: &str = "987-65-4321";
const APPLICANT_STREET: &str = "77 Orchard Way";
const OTHER_STREET: &str = "12 Harbor Road";

/// A complete application, as the app would send it.
fn application() -> Value {
    json!({
        "applicant": {
            "given_name": "Grace",
            "family_name": "Kim",
            "date_of_birth": "1991-03-14",
            "ssn": APPLICANT_SSN,
            "phone": "608-555-0150",
            "email": "grace.kim@example.org",
            "address": {
                "line1": APPLICANT_STREET,
                "line2": null,
                "city": "Lakeview",
                "state": "WI",
                "zip": "53703"
            },
            "receives_tanf": false,
            "receives_medicaid": false
        },
        "other_parent": {
            "given_name": "Daniel",
            "family_name": "Reyes",
            "aliases": ["Danny"],
            "date_of_birth": null,
            "ssn": OTHER_SSN,
            "last_known_address": {
                "line1": OTHER_STREET,
                "line2": null,
                "city": "Riverton",
                "state": "WI",
                "zip": "53710-0042"
            },
            "phone": null,
            "employer": "Riverton Shipping",
            "description": "Tall, drives a blue pickup."
        },
        "children": [
            {"given_name": "Leo", "family_name": "Kim", "date_of_birth": "2019-07-02", "paternity": "not_established"},
            {"given_name": "Mina", "family_name": "Kim", "date_of_birth": "2021-11-20", "paternity": "unknown"}
        ],
        "existing_orders": [],
        "services": ["establish_paternity", "establish_order", "locate_parent", "establish_order"],
        "safety": {"fears_harm": false, "request_family_violence_flag": false, "address_confidentiality": false},
        "signature": {"typed_name": "Grace Kim", "consent": true}
    })
}

/// [`application`] with the value at each JSON pointer replaced.
fn application_with(changes: &[(&str, Value)]) -> Value {
    let mut body = application();
    for (pointer, value) in changes {
        *body
            .pointer_mut(pointer)
            .unwrap_or_else(|| panic!("{pointer} is in the application")) = value.clone();
    }
    body
}

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

fn apply(server: &Server, token: &str, body: &Value) -> Application {
    let response = post(server, token, None, &body.to_string());
    assert_eq!(response.status(), 201);
    response.json().unwrap()
}

fn set_status(
    server: &Server,
    id: &str,
    status: ApplicationStatus,
    note: Option<&str>,
    case_id: Option<&str>,
) -> Result<ApplicationStatus, OperatorError> {
    let update = ApplicationStatusUpdate {
        application_id: id.to_owned(),
        status,
        note: note.map(str::to_owned),
        case_id: case_id.map(str::to_owned),
    };
    server.with_db(async |db| operator::set_application_status(db, update).await)
}

fn dec(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn today() -> chrono::NaiveDate {
    chrono::Utc::now().date_naive()
}

#[test]
fn a_new_parent_applies_and_sees_the_application() {
    let server = Server::demo();
    let token = server.sign_in("grace.kim@example.org").access_token;
    let response = post(&server, &token, Some("first"), &application().to_string());
    assert_eq!(response.status(), 201);
    assert_eq!(location(&response), "/v1/applications/AP-000001");
    let body: Value = response.json().unwrap();
    assert_eq!(body["fee"], "25.00", "money is a decimal string");
    let created: Application = serde_json::from_value(body).unwrap();
    assert_eq!(created.id, "AP-000001");
    assert_eq!(created.status, ApplicationStatus::Received);
    assert_eq!(created.submitted_on, today());
    assert_eq!(
        created.services,
        [
            Service::EstablishPaternity,
            Service::EstablishOrder,
            Service::LocateParent
        ],
        "repeats dropped, order kept"
    );
    assert_eq!(created.children, 2);
    assert_eq!(created.fee, dec("25.00"));
    assert_eq!(created.case_id, None);
    assert_eq!(created.timeline.len(), 1);
    assert_eq!(created.timeline[0].status, ApplicationStatus::Received);
    assert_eq!(created.timeline[0].note, None);
    assert!((chrono::Utc::now() - created.timeline[0].at).num_minutes() < 5);

    let fetched: Application = server.get(&paths_of(&created), &token).json().unwrap();
    assert_eq!(fetched, created);
    let second = apply(&server, &token, &application());
    assert_eq!(second.id, "AP-000002");
    let list: ApplicationList = server.get(PATH, &token).json().unwrap();
    assert_eq!(list.applications, [created, second], "oldest first");

    // The agency keeps the application whole, SSNs included.
    let stored: String = server.with_db(async |db| {
        let (body,): (String,) =
            sqlx::query_as("SELECT body FROM applications WHERE id = 'AP-000001'")
                .fetch_one(db.pool())
                .await
                .unwrap();
        body
    });
    assert!(stored.contains(APPLICANT_SSN) && stored.contains(OTHER_SSN));
}

fn paths_of(a: &Application) -> String {
    agency_api::paths::application(&a.id)
}

#[test]
fn another_participants_application_is_not_found_like_one_that_does_not_exist() {
    let server = Server::demo();
    let grace = server.sign_in("P-1005").access_token;
    let created = apply(&server, &grace, &application());
    let maria = server.sign_in("P-1001").access_token;
    let absent_case = server.get("/v1/cases/C-9999", &maria).text().unwrap();
    for path in [paths_of(&created), "/v1/applications/AP-999999".to_owned()] {
        let response = server.get(&path, &maria);
        assert_eq!(response.status(), 404, "{path}");
        assert_eq!(
            response.headers()["content-type"],
            "application/problem+json"
        );
        assert_eq!(response.text().unwrap(), absent_case, "{path}");
    }
    let list: ApplicationList = server.get(PATH, &maria).json().unwrap();
    assert!(list.applications.is_empty());

    let anonymous = client().get(server.url(PATH)).send().unwrap();
    assert_eq!(anonymous.status(), 401);
    let anonymous = client()
        .post(server.url(PATH))
        .json(&application())
        .send()
        .unwrap();
    assert_eq!(anonymous.status(), 401);
    assert_eq!(server.count("applications"), 1);
}

#[test]
fn a_retry_with_the_same_key_gets_the_first_answer_and_creates_nothing() {
    let server = Server::demo();
    let token = server.sign_in("P-1005").access_token;
    let first = post(&server, &token, Some("retry"), &application().to_string());
    assert_eq!(first.status(), 201);
    let first_location = location(&first);
    let first_body = first.text().unwrap();

    // The same application, spaced differently.
    let pretty = serde_json::to_string_pretty(&application()).unwrap();
    let again = post(&server, &token, Some("retry"), &pretty);
    assert_eq!(again.status(), 201);
    assert_eq!(again.headers()["idempotency-replayed"], "true");
    assert_eq!(location(&again), first_location);
    assert_eq!(again.text().unwrap(), first_body);
    assert_eq!(server.count("applications"), 1);
    assert_eq!(server.count("application_status_changes"), 1);

    // The same key with another application is refused.
    let other = application_with(&[("/applicant/receives_tanf", json!(true))]);
    let refused = post(&server, &token, Some("retry"), &other.to_string());
    assert_eq!(refused.status(), 422);
    let problem: Problem = refused.json().unwrap();
    assert_eq!(problem.kind, "/problems/idempotency-key-reused");
    assert_eq!(server.count("applications"), 1);
}

#[test]
fn concurrent_retries_create_one_application() {
    let server = Server::demo();
    let token = server.sign_in("P-1005").access_token;
    let body = application().to_string();
    let answers: Vec<(u16, String)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..8)
            .map(|_| {
                scope.spawn(|| {
                    let r = post(&server, &token, Some("racing"), &body);
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
    assert_eq!(server.count("applications"), 1);
    assert_eq!(server.count("application_status_changes"), 1);
    let list: ApplicationList = server.get(PATH, &token).json().unwrap();
    assert_eq!(list.applications.len(), 1);
}

#[test]
fn concurrent_applications_get_consecutive_numbers() {
    let server = Server::demo();
    let token = server.sign_in("P-1005").access_token;
    let body = application().to_string();
    let statuses: Vec<u16> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..6)
            .map(|i| {
                let (server, token, body) = (&server, &token, &body);
                scope.spawn(move || {
                    post(server, token, Some(&format!("k{i}")), body)
                        .status()
                        .as_u16()
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    assert_eq!(statuses, [201; 6]);
    let list: ApplicationList = server.get(PATH, &token).json().unwrap();
    let ids: Vec<_> = list.applications.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "AP-000001",
            "AP-000002",
            "AP-000003",
            "AP-000004",
            "AP-000005",
            "AP-000006"
        ]
    );
}

#[test]
fn each_invalid_field_is_refused_by_name_and_nothing_is_written() {
    let server = Server::demo();
    let token = server.sign_in("P-1005").access_token;
    let future = (today() + chrono::Days::new(2)).to_string();
    let long = "x".repeat(201);
    let cases: Vec<(&str, Value, &str)> = vec![
        (
            "/applicant/given_name",
            json!("   "),
            "applicant.given_name",
        ),
        ("/applicant/family_name", json!(""), "applicant.family_name"),
        ("/applicant/given_name", json!(long), "applicant.given_name"),
        (
            "/applicant/date_of_birth",
            json!(future),
            "applicant.date_of_birth",
        ),
        (
            "/applicant/date_of_birth",
            json!("1899-12-31"),
            "applicant.date_of_birth",
        ),
        ("/applicant/ssn", json!("123456789"), "applicant.ssn"),
        ("/applicant/ssn", json!("123-45-678"), "applicant.ssn"),
        ("/applicant/email", json!(long), "applicant.email"),
        (
            "/applicant/address/line1",
            json!(" "),
            "applicant.address.line1",
        ),
        (
            "/applicant/address/state",
            json!("wi"),
            "applicant.address.state",
        ),
        (
            "/applicant/address/state",
            json!("ZZ"),
            "applicant.address.state",
        ),
        (
            "/applicant/address/zip",
            json!("5370"),
            "applicant.address.zip",
        ),
        (
            "/applicant/address/zip",
            json!("53703-12"),
            "applicant.address.zip",
        ),
        (
            "/other_parent/ssn",
            json!("98-765-4321"),
            "other_parent.ssn",
        ),
        (
            "/other_parent/aliases",
            json!(["Danny", ""]),
            "other_parent.aliases[1]",
        ),
        (
            "/other_parent/date_of_birth",
            json!(future),
            "other_parent.date_of_birth",
        ),
        (
            "/other_parent/description",
            json!("x".repeat(2001)),
            "other_parent.description",
        ),
        (
            "/other_parent/last_known_address/zip",
            json!("ABCDE"),
            "other_parent.last_known_address.zip",
        ),
        ("/children", json!([]), "children"),
        (
            "/children/0/given_name",
            json!(" "),
            "children[0].given_name",
        ),
        (
            "/children/1/date_of_birth",
            json!(future),
            "children[1].date_of_birth",
        ),
        (
            "/existing_orders",
            json!([{"state": "XX", "court": "Dane County Circuit Court", "case_number": "23FA1"}]),
            "existing_orders[0].state",
        ),
        (
            "/existing_orders",
            json!([{"state": "WI", "court": "", "case_number": "23FA1"}]),
            "existing_orders[0].court",
        ),
        ("/services", json!([]), "services"),
        ("/signature/consent", json!(false), "signature.consent"),
        ("/signature/typed_name", json!("  "), "signature.typed_name"),
    ];
    for (i, (pointer, value, field)) in cases.into_iter().enumerate() {
        let body = application_with(&[(pointer, value)]).to_string();
        let response = post(&server, &token, Some(&format!("bad-{i}")), &body);
        assert_eq!(response.status(), 422, "{pointer}");
        assert_eq!(
            response.headers()["content-type"],
            "application/problem+json"
        );
        let text = response.text().unwrap();
        assert!(
            !text.contains(APPLICANT_SSN) && !text.contains(OTHER_SSN),
            "{text}"
        );
        let problem: Problem = serde_json::from_str(&text).unwrap();
        assert_eq!(problem.kind, "/problems/bad-request");
        assert_eq!(problem.status, 422);
        let detail = problem.detail.unwrap();
        assert!(
            detail.starts_with(&format!("`{field}` ")),
            "{pointer}: {detail}"
        );
    }
    // Malformed: not JSON, a missing member, a value of the wrong type
    // (whose value the answer does not repeat), an unknown member.
    for (i, body) in [
        "{\"applicant\": ".to_owned(),
        {
            let mut b = application();
            b.as_object_mut().unwrap().remove("signature");
            b.to_string()
        },
        application_with(&[("/applicant/receives_tanf", json!(APPLICANT_SSN))]).to_string(),
        application_with(&[("/services/0", json!(OTHER_SSN))]).to_string(),
        {
            let mut b = application();
            b["safety"]["extra"] = json!(true);
            b.to_string()
        },
    ]
    .into_iter()
    .enumerate()
    {
        let response = post(&server, &token, Some(&format!("malformed-{i}")), &body);
        assert_eq!(response.status(), 400, "{body}");
        let text = response.text().unwrap();
        assert!(
            !text.contains(APPLICANT_SSN) && !text.contains(OTHER_SSN),
            "{text}"
        );
        let problem: Problem = serde_json::from_str(&text).unwrap();
        assert_eq!(problem.kind, "/problems/bad-request");
    }
    for table in [
        "applications",
        "application_status_changes",
        "idempotency_keys",
    ] {
        assert_eq!(server.count(table), 0, "{table}");
    }
    // A refused application did not use up its key.
    let retry = post(&server, &token, Some("bad-0"), &application().to_string());
    assert_eq!(retry.status(), 201);
}

#[test]
fn the_largest_values_allowed_are_accepted() {
    let server = Server::demo();
    let token = server.sign_in("P-1005").access_token;
    let body = application_with(&[
        ("/applicant/given_name", json!("x".repeat(200))),
        ("/applicant/ssn", Value::Null),
        ("/applicant/address/zip", json!("53703-1234")),
        ("/applicant/address/state", json!("PR")),
        ("/applicant/date_of_birth", json!("1900-01-01")),
        (
            "/other_parent",
            json!({"aliases": [], "description": "y".repeat(2000)}),
        ),
        ("/children/0/date_of_birth", json!(today().to_string())),
        (
            "/existing_orders",
            json!([{"state": "DC", "court": "Superior Court", "case_number": "2019 DRB 1"}]),
        ),
        ("/services", json!(["collect_arrears"])),
    ]);
    let created = apply(&server, &token, &body);
    assert_eq!(created.services, [Service::CollectArrears]);
}

#[test]
fn there_is_no_fee_for_an_applicant_on_tanf_or_medicaid() {
    let server = Server::demo();
    let token = server.sign_in("P-1005").access_token;
    for (tanf, medicaid, fee) in [
        (false, false, "25.00"),
        (true, false, "0.00"),
        (false, true, "0.00"),
        (true, true, "0.00"),
    ] {
        let body = application_with(&[
            ("/applicant/receives_tanf", json!(tanf)),
            ("/applicant/receives_medicaid", json!(medicaid)),
        ]);
        let response = post(&server, &token, None, &body.to_string());
        let json: Value = response.json().unwrap();
        assert_eq!(json["fee"], fee, "TANF {tanf}, Medicaid {medicaid}");
    }
    let (cents,): (i64,) = server.with_db(async |db| {
        sqlx::query_as("SELECT CAST(SUM(fee_cents) AS BIGINT) FROM applications")
            .fetch_one(db.pool())
            .await
            .unwrap()
    });
    assert_eq!(cents, 2500);
}

#[test]
fn no_answer_and_no_log_line_carries_an_ssn_or_an_address() {
    let server = Server::demo();
    let token = server.sign_in("P-1005").access_token;
    let body = application().to_string();
    let mut answers = Vec::new();
    for _ in 0..2 {
        let response = post(&server, &token, Some("once"), &body);
        assert_eq!(response.status(), 201);
        answers.push(response.text().unwrap());
    }
    let created: Application = serde_json::from_str(&answers[0]).unwrap();
    set_status(
        &server,
        &created.id,
        ApplicationStatus::NeedsInformation,
        Some("Please send the children's birth certificates."),
        None,
    )
    .unwrap();
    answers.push(server.get(PATH, &token).text().unwrap());
    answers.push(server.get(&paths_of(&created), &token).text().unwrap());
    let secrets = [APPLICANT_SSN, OTHER_SSN, APPLICANT_STREET, OTHER_STREET];
    for answer in &answers {
        for secret in secrets {
            assert!(!answer.contains(secret), "{secret} in {answer}");
        }
    }
    let logs = server.logs();
    assert!(logs.contains(&created.id), "the log names the application");
    for secret in secrets {
        assert!(!logs.contains(secret), "{secret} in the log");
    }
}

#[test]
fn an_operator_moves_the_application_along_its_timeline_until_a_final_status() {
    let server = Server::demo();
    let token = server.sign_in("P-1005").access_token;
    let created = apply(&server, &token, &application());
    let id = created.id.as_str();
    assert_eq!(
        set_status(&server, id, ApplicationStatus::UnderReview, None, None).unwrap(),
        ApplicationStatus::UnderReview
    );
    set_status(
        &server,
        id,
        ApplicationStatus::NeedsInformation,
        Some("  Please send Leo's birth certificate.  "),
        None,
    )
    .unwrap();
    // A case only with an acceptance, and only one that exists.
    let err = set_status(
        &server,
        id,
        ApplicationStatus::UnderReview,
        None,
        Some("C-1001"),
    )
    .unwrap_err();
    assert!(
        matches!(err, OperatorError::CaseOnlyWhenAccepted(_)),
        "{err}"
    );
    let err = set_status(
        &server,
        id,
        ApplicationStatus::Accepted,
        None,
        Some("C-4040"),
    )
    .unwrap_err();
    assert!(err.to_string().contains("no case C-4040"), "{err}");
    // Accepted with an existing case: the applicant asked for no
    // family-violence indicator, so the case stays as it was.
    set_status(
        &server,
        id,
        ApplicationStatus::Accepted,
        Some("Your case is C-1001."),
        Some("C-1001"),
    )
    .unwrap();

    let fetched: Application = server.get(&paths_of(&created), &token).json().unwrap();
    assert_eq!(fetched.status, ApplicationStatus::Accepted);
    assert_eq!(fetched.case_id.as_deref(), Some("C-1001"));
    let steps: Vec<(ApplicationStatus, Option<&str>)> = fetched
        .timeline
        .iter()
        .map(|s| (s.status, s.note.as_deref()))
        .collect();
    assert_eq!(
        steps,
        [
            (ApplicationStatus::Received, None),
            (ApplicationStatus::UnderReview, None),
            (
                ApplicationStatus::NeedsInformation,
                Some("Please send Leo's birth certificate.")
            ),
            (ApplicationStatus::Accepted, Some("Your case is C-1001.")),
        ]
    );
    assert_eq!(fetched.timeline[0], created.timeline[0]);
    assert!(fetched.timeline.windows(2).all(|w| w[0].at <= w[1].at));

    // Nothing moves an accepted application any more.
    for status in [ApplicationStatus::Denied, ApplicationStatus::UnderReview] {
        let err = set_status(&server, id, status, None, None).unwrap_err();
        assert!(matches!(err, OperatorError::FinalStatus { .. }), "{err}");
        assert!(err.to_string().contains("final"), "{err}");
    }
    let err = set_status(&server, "AP-404040", ApplicationStatus::Denied, None, None).unwrap_err();
    assert!(matches!(err, OperatorError::NoSuchApplication(_)), "{err}");
    let again: Application = server.get(&paths_of(&created), &token).json().unwrap();
    assert_eq!(again, fetched, "refused changes left no trace");

    let james = server.sign_in("P-1002").access_token;
    let case: CaseDetail = server.get("/v1/cases/C-1001", &james).json().unwrap();
    assert!(
        case.other_parties[0].address.is_some(),
        "C-1001 has no family-violence indicator"
    );
}

#[test]
fn the_operator_command_changes_the_status_and_refuses_what_it_cannot_do() {
    let server = Server::demo();
    let token = server.sign_in("P-1005").access_token;
    let created = apply(&server, &token, &application());
    let run = |args: &[&str]| {
        let mut all = vec!["set-status", "application"];
        all.extend_from_slice(args);
        let out = server.operator(&all);
        let stdout = String::from_utf8(out.stdout).unwrap();
        let stderr = String::from_utf8(out.stderr).unwrap();
        if out.status.success() {
            Ok(stdout.trim().to_owned())
        } else {
            Err(stderr)
        }
    };
    assert_eq!(
        run(&[&created.id, "under_review", "--note", "We are reading it."]).unwrap(),
        "under_review"
    );
    let err = run(&[&created.id, "approved"]).unwrap_err();
    assert!(
        err.contains(
            "one of received, under_review, needs_information, accepted, denied, withdrawn"
        ),
        "{err}"
    );
    let err = run(&["AP-999999", "denied"]).unwrap_err();
    assert!(err.contains("no application AP-999999"), "{err}");
    let err = run(&[&created.id, "denied", "--case", "C-1001"]).unwrap_err();
    assert!(err.contains("accepted"), "{err}");
    assert_eq!(run(&[&created.id, "withdrawn"]).unwrap(), "withdrawn");
    let err = run(&[&created.id, "under_review"]).unwrap_err();
    assert!(err.contains("withdrawn already, a final status"), "{err}");

    let fetched: Application = server.get(&paths_of(&created), &token).json().unwrap();
    let steps: Vec<_> = fetched.timeline.iter().map(|s| s.status).collect();
    assert_eq!(
        steps,
        [
            ApplicationStatus::Received,
            ApplicationStatus::UnderReview,
            ApplicationStatus::Withdrawn
        ]
    );
    assert_eq!(
        fetched.timeline[1],
        StatusChange {
            note: Some("We are reading it.".to_owned()),
            ..fetched.timeline[1].clone()
        }
    );
    assert_eq!(fetched.status, ApplicationStatus::Withdrawn);
}

#[test]
fn accepting_a_request_for_the_family_violence_indicator_protects_the_case() {
    let server = Server::demo();
    let maria = server.sign_in("P-1001").access_token;
    let james = server.sign_in("P-1002").access_token;
    // Maria's own address, which James sees on an ordinary case.
    let birch = "14 Birch Lane";
    assert!(
        server
            .get("/v1/cases/C-1001", &james)
            .text()
            .unwrap()
            .contains(birch)
    );

    let body = application_with(&[
        ("/applicant/given_name", json!("Maria")),
        ("/applicant/family_name", json!("Lopez")),
        ("/safety/fears_harm", json!(true)),
        ("/safety/request_family_violence_flag", json!(true)),
        ("/services", json!(["enforce_order"])),
    ]);
    let created = apply(&server, &maria, &body);
    // Not before the application is accepted with the case.
    set_status(
        &server,
        &created.id,
        ApplicationStatus::UnderReview,
        None,
        None,
    )
    .unwrap();
    assert!(
        server
            .get("/v1/cases/C-1001", &james)
            .text()
            .unwrap()
            .contains(birch)
    );
    let out = server.operator(&[
        "set-status",
        "application",
        &created.id,
        "accepted",
        "--case",
        "C-1001",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let accepted: Application = server.get(&paths_of(&created), &maria).json().unwrap();
    assert_eq!(accepted.case_id.as_deref(), Some("C-1001"));
    for token in [&james, &maria] {
        let text = server.get("/v1/cases/C-1001", token).text().unwrap();
        let case: CaseDetail = serde_json::from_str(&text).unwrap();
        let other = &case.other_parties[0];
        assert_eq!(
            (&other.address, &other.employer, &other.phone),
            (&None, &None, &None)
        );
        assert!(case.children.iter().all(|c| c.address.is_none()));
        for secret in [birch, "880 Mill Road", "Riverton Tool", "608-555-01"] {
            assert!(!text.contains(secret), "{secret}");
        }
    }
}
