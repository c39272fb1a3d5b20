//! The privacy rules over real HTTP: as each demo parent, every case-scoped
//! endpoint probed with every other case's ID answers 404 and leaks nothing,
//! and so does every other parent's application, upload and document; a
//! family-violence case
//! never shows either parent where the other lives or works, nor where the
//! children live.

mod common;

use agency_api::{Application, ApplicationList, CaseDetail, CaseList};
use common::*;
use std::collections::HashMap;

#[test]
fn no_parent_reaches_another_familys_case_and_the_answer_leaks_nothing() {
    let server = Server::demo();
    let mine: HashMap<&str, &str> = HashMap::from([
        ("P-1001", "C-1001"),
        ("P-1002", "C-1001"),
        ("P-1003", "C-1002"),
        ("P-1004", "C-1002"),
    ]);
    let paths = |case: &str| {
        vec![
            format!("/v1/cases/{case}"),
            format!("/v1/cases/{case}/payments"),
            format!("/v1/cases/{case}/payments?since=p1&limit=5"),
            format!("/v1/cases/{case}/modification-requests"),
            format!("/v1/cases/{case}/documents"),
            format!("/v1/cases/{case}/modification-requests/MR-000000000000"),
            format!("/v1/cases/{case}/documents/DOC-000001"),
        ]
    };
    for who in DEMO_PARTICIPANTS {
        let token = server.sign_in(who).access_token;
        // What a case that does not exist looks like.
        let absent = server.get("/v1/cases/C-9999", &token);
        assert_eq!(absent.status(), 404);
        let absent_body = absent.text().unwrap();
        for case in ["C-1001", "C-1002"].into_iter().filter(|c| *c != mine[who]) {
            for path in paths(case) {
                let response = server.get(&path, &token);
                assert_eq!(response.status(), 404, "{who} {path}");
                assert!(response.headers().get("etag").is_none());
                assert_eq!(
                    response.headers()["content-type"],
                    "application/problem+json"
                );
                let body = response.text().unwrap();
                assert_eq!(
                    body, absent_body,
                    "{who} {path}: like a case that does not exist"
                );
                assert!(!body.contains(case));
            }
            // Attaching to it too, even the caller's own complete upload.
            let upload = server.upload(&token, "a.pdf", "application/pdf", &pdf(1_000, 1));
            let response = server.attach(
                &token,
                case,
                &serde_json::json!({"upload_id": upload, "document_type": "other"}),
                None,
            );
            assert_eq!(response.status(), 404, "{who} attaches to {case}");
            assert_eq!(response.text().unwrap(), absent_body);
        }
        for path in paths(mine[who]).iter().take(5) {
            assert_eq!(server.get(path, &token).status(), 200, "{who} {path}");
        }
        let list: CaseList = server.get("/v1/cases", &token).json().unwrap();
        assert!(list.cases.iter().all(|c| c.id == mine[who]));
    }
}

#[test]
fn no_parent_reaches_another_parents_application_and_the_answer_leaks_nothing() {
    let server = Server::demo();
    let everyone: Vec<&str> = DEMO_PARTICIPANTS.into_iter().chain(["P-1005"]).collect();
    let body = serde_json::json!({
        "applicant": {
            "given_name": "A", "family_name": "B", "date_of_birth": "1990-01-01",
            "ssn": "111-22-3333", "phone": null, "email": null,
            "address": {"line1": "1 Elm St", "line2": null, "city": "Lakeview", "state": "WI", "zip": "53701"},
            "receives_tanf": false, "receives_medicaid": false
        },
        "other_parent": {"aliases": []},
        "children": [{"given_name": "C", "family_name": "B", "date_of_birth": "2020-01-01", "paternity": "established"}],
        "existing_orders": [],
        "services": ["enforce_order"],
        "safety": {"fears_harm": false, "request_family_violence_flag": false, "address_confidentiality": false},
        "signature": {"typed_name": "A B", "consent": true}
    });
    let tokens: Vec<String> = everyone
        .iter()
        .map(|who| server.sign_in(who).access_token)
        .collect();
    let ids: Vec<String> = tokens
        .iter()
        .map(|token| {
            let response = client()
                .post(server.url("/v1/applications"))
                .bearer_auth(token)
                .json(&body)
                .send()
                .unwrap();
            assert_eq!(response.status(), 201);
            response.json::<Application>().unwrap().id
        })
        .collect();
    for (who, token) in everyone.iter().zip(&tokens) {
        let absent_body = server.get("/v1/cases/C-9999", token).text().unwrap();
        for (owner, id) in everyone.iter().zip(&ids) {
            let path = format!("/v1/applications/{id}");
            let response = server.get(&path, token);
            if owner == who {
                assert_eq!(response.status(), 200, "{who} {path}");
                continue;
            }
            assert_eq!(response.status(), 404, "{who} {path}");
            assert_eq!(
                response.headers()["content-type"],
                "application/problem+json"
            );
            let text = response.text().unwrap();
            assert_eq!(
                text, absent_body,
                "{who} {path}: like a case that does not exist"
            );
            assert!(!text.contains(id.as_str()));
        }
        let list: ApplicationList = server.get("/v1/applications", token).json().unwrap();
        let mine: Vec<_> = list.applications.iter().map(|a| a.id.as_str()).collect();
        let own = everyone.iter().position(|p| p == who).unwrap();
        assert_eq!(mine, [ids[own].as_str()], "{who}");
    }
}

#[test]
fn no_parent_reaches_another_parents_upload_or_document_and_the_answer_leaks_nothing() {
    let server = Server::demo();
    let everyone = DEMO_PARTICIPANTS;
    let case_of = |who: &str| if who < "P-1003" { "C-1001" } else { "C-1002" };
    let tokens: Vec<String> = everyone
        .iter()
        .map(|who| server.sign_in(who).access_token)
        .collect();
    // Each parent uploads a file and makes it a document of their case.
    let mut uploads = Vec::new();
    let mut documents = Vec::new();
    for (i, (who, token)) in everyone.iter().zip(&tokens).enumerate() {
        let upload = server.upload(token, "stub.pdf", "application/pdf", &pdf(2_000, i as u64));
        let response = server.attach(
            token,
            case_of(who),
            &serde_json::json!({"upload_id": upload, "document_type": "pay_stub"}),
            None,
        );
        assert_eq!(response.status(), 201);
        let document: agency_api::Document = response.json().unwrap();
        documents.push(format!(
            "/v1/cases/{}/documents/{}",
            case_of(who),
            document.id
        ));
        uploads.push(format!("/v1/uploads/{upload}"));
    }
    for (i, (who, token)) in everyone.iter().zip(&tokens).enumerate() {
        let absent_body = server.get("/v1/cases/C-9999", token).text().unwrap();
        for j in (0..everyone.len()).filter(|j| *j != i) {
            let response = server.get(&documents[j], token);
            assert_eq!(response.status(), 404, "{who} {}", documents[j]);
            assert_eq!(response.text().unwrap(), absent_body);
            let head = server
                .tus(reqwest::Method::HEAD, &uploads[j], token)
                .send()
                .unwrap();
            assert_eq!(head.status(), 404, "{who} HEAD {}", uploads[j]);
            let delete = server
                .tus(reqwest::Method::DELETE, &uploads[j], token)
                .send()
                .unwrap();
            assert_eq!(delete.status(), 404, "{who} DELETE {}", uploads[j]);
            assert_eq!(delete.text().unwrap(), absent_body);
        }
        let list: agency_api::DocumentList = server
            .get(&format!("/v1/cases/{}/documents", case_of(who)), token)
            .json()
            .unwrap();
        let mine: Vec<_> = list
            .documents
            .iter()
            .map(|d| format!("/v1/cases/{}/documents/{}", d.case_id, d.id))
            .collect();
        assert_eq!(mine, [documents[i].clone()], "{who} sees their own only");
    }
}

#[test]
fn on_a_family_violence_case_no_response_says_where_the_other_parent_lives_or_works() {
    let server = Server::demo();
    // What each must never see of the other, and the child's address.
    let secrets = [
        (
            "P-1003",
            [
                "5 Quarry Street",
                "Stoneford",
                "Stoneford Gravel",
                "608-555-0143",
            ],
        ),
        (
            "P-1004",
            ["PO Box 77", "53702", "Harbor Medical", "608-555-0132"],
        ),
    ];
    for (who, never) in secrets {
        let token = server.sign_in(who).access_token;
        let case: CaseDetail = server.get("/v1/cases/C-1002", &token).json().unwrap();
        let other = &case.other_parties[0];
        assert!(
            !other.given_name.is_empty(),
            "the name stays: it is on the order"
        );
        assert_eq!(other.address, None);
        assert_eq!(other.employer, None);
        assert_eq!(other.phone, None);
        assert_eq!(case.children.len(), 1);
        assert_eq!(case.children[0].address, None);
        for path in [
            "/v1/me",
            "/v1/cases",
            "/v1/cases/C-1002",
            "/v1/cases/C-1002/payments?limit=1000",
            "/v1/cases/C-1002/documents",
            "/v1/cases/C-1002/threads",
            "/v1/cases/C-1002/appointments",
            "/v1/cases/C-1002/appointment-slots",
            "/v1/cases/C-1002/how-to-pay",
            "/v1/me/contact-updates",
        ] {
            let body = server.get(path, &token).text().unwrap();
            for secret in never {
                assert!(!body.contains(secret), "{who} {path} shows {secret}");
            }
        }
    }
    // The custodial parent's own address is the children's: P-1004 must not
    // get it through the children either (checked above by "PO Box 77").
}
