//! Documents over real HTTP: a complete upload attached to a case, listed
//! and read back (never its bytes), `Idempotency-Key`, what the agency
//! refuses to attach (another parent's upload, one not complete, one whose
//! bytes are not its declared SHA-256 or media type), who sees a document,
//! and replacing one a caseworker rejected.

mod common;

use agency_api::{Document, DocumentList, DocumentStatus, DocumentType, Problem};
use common::*;
use reqwest::Method;
use serde_json::json;

fn problem(response: reqwest::blocking::Response, status: u16) -> Problem {
    assert_eq!(response.status(), status);
    assert_eq!(
        header(&response, "content-type").unwrap(),
        "application/problem+json"
    );
    response.json().unwrap()
}

fn set_status(
    server: &Server,
    id: &str,
    status: &str,
    note: Option<&str>,
) -> Result<String, String> {
    let mut args = vec!["set-status", "document", id, status];
    if let Some(note) = note {
        args.extend(["--note", note]);
    }
    let out = server.operator(&args);
    if out.status.success() {
        Ok(String::from_utf8(out.stdout).unwrap().trim().to_owned())
    } else {
        Err(String::from_utf8(out.stderr).unwrap())
    }
}

#[test]
fn a_complete_upload_becomes_a_document_once_and_its_sender_alone_sees_it() {
    let server = Server::demo();
    let token = server.sign_in("P-1001").access_token;
    let bytes = pdf(300_000, 1);
    let upload = server.upload(&token, "march-stub.pdf", "application/pdf", &bytes);
    let body = json!({"upload_id": upload, "document_type": "pay_stub"});

    let created = server.attach(&token, "C-1001", &body, Some("doc-1"));
    assert_eq!(created.status(), 201);
    let location = location(&created);
    let document: Document = created.json().unwrap();
    assert_eq!(document.id, "DOC-000001");
    assert_eq!(location, "/v1/cases/C-1001/documents/DOC-000001");
    assert_eq!(document.case_id, "C-1001");
    assert_eq!(document.document_type, DocumentType::PayStub);
    assert_eq!(document.file_name, "march-stub.pdf");
    assert_eq!(document.content_type, "application/pdf");
    assert_eq!(document.size, 300_000);
    assert_eq!(document.sha256, sha256_hex(&bytes));
    assert_eq!(document.status, DocumentStatus::Received);
    assert_eq!(document.reason, None);
    assert_eq!(document.replaces, None);
    assert!((chrono::Utc::now() - document.uploaded_at).num_seconds() < 60);

    // A retry with the same key is the same answer, and nothing new.
    let again = server.attach(&token, "C-1001", &body, Some("doc-1"));
    assert_eq!(again.status(), 201);
    assert_eq!(header(&again, "idempotency-replayed").unwrap(), "true");
    assert_eq!(again.json::<Document>().unwrap(), document);
    // Another key: the upload is a document already.
    let twice = server.attach(&token, "C-1001", &body, Some("doc-2"));
    let p = problem(twice, 409);
    assert_eq!(p.kind, "/problems/conflict");
    assert!(p.detail.unwrap().contains("DOC-000001"));
    assert_eq!(server.count("documents"), 1);

    let list: DocumentList = server
        .get("/v1/cases/C-1001/documents", &token)
        .json()
        .unwrap();
    assert_eq!(list.documents, std::slice::from_ref(&document));
    let one: Document = server.get(&location, &token).json().unwrap();
    assert_eq!(one, document);
    // The other parent of the case sees none of it.
    let other = server.sign_in("P-1002").access_token;
    let theirs: DocumentList = server
        .get("/v1/cases/C-1001/documents", &other)
        .json()
        .unwrap();
    assert!(theirs.documents.is_empty());
    assert_eq!(server.get(&location, &other).status(), 404);
    // A parent of another case gets 404 for the case, to read or to attach.
    let stranger = server.sign_in("P-1003").access_token;
    assert_eq!(
        server.get("/v1/cases/C-1001/documents", &stranger).status(),
        404
    );
    let stranger_upload = server.upload(&stranger, "x.pdf", "application/pdf", &pdf(1_000, 2));
    let attach = server.attach(
        &stranger,
        "C-1001",
        &json!({"upload_id": stranger_upload, "document_type": "other"}),
        None,
    );
    assert_eq!(attach.status(), 404);

    // The upload is the agency's now: it cannot be removed or changed.
    let path = format!("/v1/uploads/{upload}");
    assert_eq!(
        server
            .tus(Method::DELETE, &path, &token)
            .send()
            .unwrap()
            .status(),
        409
    );
    assert!(server.uploads.join(&upload).exists());
    assert_eq!(server.upload_offset(&token, &upload), 300_000);
    // No route serves the bytes back.
    assert_eq!(
        server.get(&format!("{location}/content"), &token).status(),
        404
    );
    let get = server.tus(Method::GET, &path, &token).send().unwrap();
    assert_eq!(get.status(), 405);
}

#[test]
fn only_the_callers_complete_upload_of_the_declared_kind_is_attached() {
    let server = Server::demo();
    let token = server.sign_in("P-1001").access_token;
    let attach = |upload: &str| {
        server.attach(
            &token,
            "C-1001",
            &json!({"upload_id": upload, "document_type": "tax_return"}),
            Some(upload),
        )
    };
    let absent = problem(attach("0123456789abcdef0123456789abcdef"), 422);
    assert_eq!(absent.kind, "/problems/bad-request");
    assert!(absent.detail.as_ref().unwrap().starts_with("`upload_id`"));
    assert_eq!(problem(attach("not-an-id"), 422).detail, absent.detail);

    // Another parent's upload is like one that does not exist.
    let other = server.sign_in("P-1002").access_token;
    let theirs = server.upload(&other, "a.pdf", "application/pdf", &pdf(2_000, 3));
    assert_eq!(problem(attach(&theirs), 422).detail, absent.detail);

    // Not complete.
    let bytes = pdf(10_000, 4);
    let partial = server.new_upload(&token, "a.pdf", "application/pdf", &bytes);
    assert_eq!(
        server
            .patch_upload(&token, &partial, 0, &bytes[..5_000], true)
            .status(),
        204
    );
    let p = problem(attach(&partial), 422);
    assert!(p.detail.unwrap().starts_with("`upload_id` is not complete"));

    // Every byte came, but they are not the file declared: corrupt.
    let corrupt = upload_id(&server.create_upload(
        &token,
        10_000,
        &metadata("a.pdf", "application/pdf", &sha256_hex(&pdf(10_000, 5))),
    ));
    assert_eq!(
        server
            .patch_upload(&token, &corrupt, 0, &bytes, true)
            .status(),
        204
    );
    let p = problem(attach(&corrupt), 422);
    assert!(p.detail.unwrap().contains("SHA-256"));

    // Declared a PDF, but an executable.
    let mut elf = b"\x7fELF\x02\x01\x01\x00".to_vec();
    elf.extend_from_slice(&pdf(4_000, 6));
    let exe = server.upload(&token, "stub.pdf", "application/pdf", &elf);
    let p = problem(attach(&exe), 422);
    assert!(p.detail.unwrap().starts_with("`upload_id`"));
    // Declared a PNG, but a JPEG: refused too; a real JPEG is taken.
    let mut jpeg = vec![0xFF, 0xD8, 0xFF, 0xE0];
    jpeg.extend_from_slice(&pdf(4_000, 7));
    let mislabelled = server.upload(&token, "photo.png", "image/png", &jpeg);
    assert_eq!(attach(&mislabelled).status(), 422);
    let photo = server.upload(&token, "photo.jpg", "image/jpeg", &jpeg);
    assert_eq!(attach(&photo).status(), 201);
    // A refused upload stays the parent's to remove.
    let path = format!("/v1/uploads/{exe}");
    assert_eq!(
        server
            .tus(Method::DELETE, &path, &token)
            .send()
            .unwrap()
            .status(),
        204
    );
    assert!(!server.uploads.join(&exe).exists());
    assert_eq!(server.count("documents"), 1);

    // A body of the wrong shape.
    let bad = server.attach(
        &token,
        "C-1001",
        &json!({"upload_id": photo, "document_type": "selfie"}),
        None,
    );
    assert_eq!(bad.status(), 400);
    let extra = server.attach(
        &token,
        "C-1001",
        &json!({"upload_id": photo, "document_type": "other", "note": "x"}),
        None,
    );
    assert_eq!(extra.status(), 400);
}

#[test]
fn a_rejected_document_is_replaced_by_a_new_one_and_decisions_are_final() {
    let server = Server::demo();
    let token = server.sign_in("P-1001").access_token;
    let attach = |bytes: &[u8], replaces: Option<&str>| {
        let upload = server.upload(&token, "id.png", "image/png", bytes);
        server.attach(
            &token,
            "C-1001",
            &json!({"upload_id": upload, "document_type": "identification", "replaces": replaces}),
            None,
        )
    };
    let png = |seed| {
        let mut bytes = b"\x89PNG\r\n\x1a\n".to_vec();
        bytes.extend_from_slice(&pdf(3_000, seed));
        bytes
    };
    let first: Document = attach(&png(1), None).json().unwrap();
    // Only a rejected document can be replaced.
    let p = problem(attach(&png(2), Some(&first.id)), 422);
    assert!(p.detail.unwrap().starts_with("`replaces` is received"));
    assert_eq!(
        set_status(&server, &first.id, "rejected", Some("The photo is blurry.")).unwrap(),
        "rejected"
    );
    let rejected: Document = server
        .get(&format!("/v1/cases/C-1001/documents/{}", first.id), &token)
        .json()
        .unwrap();
    assert_eq!(rejected.status, DocumentStatus::Rejected);
    assert_eq!(rejected.reason.as_deref(), Some("The photo is blurry."));
    // Final.
    let err = set_status(&server, &first.id, "accepted", None).unwrap_err();
    assert!(err.contains("final"), "{err}");
    assert!(set_status(&server, &first.id, "received", None).is_err());
    assert!(
        set_status(&server, "DOC-999999", "accepted", None)
            .unwrap_err()
            .contains("no document")
    );

    let created = attach(&png(3), Some(&first.id));
    assert_eq!(created.status(), 201);
    let second: Document = created.json().unwrap();
    assert_eq!(second.replaces.as_deref(), Some(first.id.as_str()));
    assert_eq!(second.status, DocumentStatus::Received);
    // Once.
    let p = problem(attach(&png(4), Some(&first.id)), 422);
    assert!(p.detail.unwrap().contains(&second.id));
    // Another case's document, or none, cannot be replaced.
    assert_eq!(attach(&png(5), Some("DOC-999999")).status(), 422);

    assert_eq!(
        set_status(&server, &second.id, "accepted", Some("Thank you.")).unwrap(),
        "accepted"
    );
    let list: DocumentList = server
        .get("/v1/cases/C-1001/documents", &token)
        .json()
        .unwrap();
    let ids: Vec<_> = list.documents.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, [first.id.as_str(), second.id.as_str()], "oldest first");
    assert_eq!(list.documents[1].status, DocumentStatus::Accepted);
    assert_eq!(
        list.documents[1].reason, None,
        "a reason is for a rejection"
    );
    // Each status joined the history.
    let history = server.count("document_status_changes");
    assert_eq!(history, 4);
    // The reason is the parent's; it is not logged.
    assert!(!server.logs().contains("blurry"));
}
