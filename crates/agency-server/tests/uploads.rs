//! Resumable uploads (tus 1.0: core, creation, termination, checksum) over
//! real HTTP: what the server announces, the protocol version, creation and
//! its limits, PATCH in chunks with checksums, a wrong checksum or offset,
//! a connection cut mid-PATCH, the whole file's SHA-256, termination, the
//! per-upload lock, and the removal of abandoned uploads.

mod common;

use common::*;
use reqwest::Method;

const MIB: usize = 1024 * 1024;

fn count_state(server: &Server, id: &str) -> String {
    server.with_db(async |db| {
        let (state,): (String,) = sqlx::query_as("SELECT state FROM uploads WHERE id = $1")
            .bind(id)
            .fetch_one(db.pool())
            .await
            .unwrap();
        state
    })
}

#[test]
fn options_says_what_the_server_supports_without_a_token() {
    let server = Server::start(false);
    let response = client()
        .request(Method::OPTIONS, server.url("/v1/uploads"))
        .send()
        .unwrap();
    assert_eq!(response.status(), 204);
    assert_eq!(header(&response, "tus-resumable").unwrap(), "1.0.0");
    assert_eq!(header(&response, "tus-version").unwrap(), "1.0.0");
    assert_eq!(
        header(&response, "tus-extension").unwrap(),
        "creation,termination,checksum"
    );
    assert_eq!(
        header(&response, "tus-max-size").unwrap(),
        (25 * MIB).to_string()
    );
    assert_eq!(
        header(&response, "tus-checksum-algorithm").unwrap(),
        "sha256"
    );
}

#[test]
fn the_upload_policy_follows_the_servers_limit() {
    let server = Server::start_with(false, &["--max-upload-mb", "250"]);
    let agency: agency_api::Agency = client()
        .get(server.url("/v1/agency"))
        .send()
        .unwrap()
        .json()
        .unwrap();
    assert_eq!(agency.uploads.max_bytes, 250 * MIB as u64);
    assert_eq!(agency.uploads.chunk_bytes, 4 * MIB as u64);
    assert_eq!(
        agency.uploads.content_types,
        ["application/pdf", "image/jpeg", "image/png"]
    );
    let options = client()
        .request(Method::OPTIONS, server.url("/v1/uploads"))
        .send()
        .unwrap();
    assert_eq!(
        header(&options, "tus-max-size").unwrap(),
        (250 * MIB).to_string()
    );
}

#[test]
fn every_request_but_options_must_say_tus_resumable_1_0_0() {
    let server = Server::demo();
    let token = server.sign_in("P-1001").access_token;
    let bytes = pdf(1000, 1);
    let id = server.new_upload(&token, "a.pdf", "application/pdf", &bytes);
    let path = format!("/v1/uploads/{id}");
    for (method, path) in [
        (Method::POST, "/v1/uploads"),
        (Method::HEAD, path.as_str()),
        (Method::PATCH, path.as_str()),
        (Method::DELETE, path.as_str()),
    ] {
        for version in [None, Some("0.2.2")] {
            let mut request = client()
                .request(method.clone(), server.url(path))
                .bearer_auth(&token)
                .header("upload-length", "1000")
                .header("upload-offset", "0")
                .header("content-type", "application/offset+octet-stream");
            if let Some(version) = version {
                request = request.header("tus-resumable", version);
            }
            let response = request.send().unwrap();
            assert_eq!(response.status(), 412, "{method} {path} {version:?}");
            assert_eq!(header(&response, "tus-version").unwrap(), "1.0.0");
            assert_eq!(header(&response, "tus-resumable").unwrap(), "1.0.0");
        }
    }
    // Nothing happened to the upload.
    assert_eq!(server.upload_offset(&token, &id), 0);
    // And a token is needed, with the right version.
    let response = client()
        .head(server.url(&path))
        .header("tus-resumable", TUS)
        .send()
        .unwrap();
    assert_eq!(response.status(), 401);
    assert_eq!(header(&response, "tus-resumable").unwrap(), "1.0.0");
}

#[test]
fn a_file_sent_in_three_chunks_with_checksums_is_complete_and_stored_exactly() {
    let server = Server::demo();
    let token = server.sign_in("P-1001").access_token;
    let bytes = pdf(2 * MIB + 12_345, 2);
    let sha = sha256_hex(&bytes);
    let created = server.create_upload(
        &token,
        bytes.len() as u64,
        &metadata("Pay stub — March.pdf", "application/pdf", &sha),
    );
    assert_eq!(created.status(), 201);
    assert_eq!(header(&created, "tus-resumable").unwrap(), "1.0.0");
    let id = upload_id(&created);
    assert_eq!(id.len(), 32);
    assert!(id.bytes().all(|b| b.is_ascii_hexdigit()));
    assert!(created.text().unwrap().is_empty());

    let head = server.head_upload(&token, &id);
    assert_eq!(head.status(), 200);
    assert_eq!(header(&head, "upload-offset").unwrap(), "0");
    assert_eq!(
        header(&head, "upload-length").unwrap(),
        bytes.len().to_string()
    );
    assert_eq!(header(&head, "cache-control").unwrap(), "no-store");
    assert_eq!(header(&head, "tus-resumable").unwrap(), "1.0.0");
    assert!(
        header(&head, "upload-metadata")
            .unwrap()
            .contains(&b64("application/pdf"))
    );

    // On disk under its ID, never the parent's file name; 0600.
    let file = server.uploads.join(&id);
    assert_eq!(std::fs::metadata(&file).unwrap().len(), 0);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&file).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let names: Vec<_> = std::fs::read_dir(&server.uploads)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert_eq!(names, std::slice::from_ref(&id));

    let third = bytes.len() / 3;
    let mut offset = 0;
    for (i, piece) in [
        &bytes[..third],
        &bytes[third..2 * third],
        &bytes[2 * third..],
    ]
    .into_iter()
    .enumerate()
    {
        let response = server.patch_upload(&token, &id, offset as u64, piece, true);
        assert_eq!(response.status(), 204, "chunk {i}");
        offset += piece.len();
        assert_eq!(
            header(&response, "upload-offset").unwrap(),
            offset.to_string()
        );
        assert_eq!(header(&response, "tus-resumable").unwrap(), "1.0.0");
        assert_eq!(server.upload_offset(&token, &id), offset as u64);
        let state = count_state(&server, &id);
        let expected = if i == 2 { "complete" } else { "uploading" };
        assert_eq!(state, expected);
    }
    let stored = std::fs::read(&file).unwrap();
    assert!(stored == bytes, "the bytes on disk are the file's");
    assert_eq!(sha256_hex(&stored), sha);

    // A complete upload takes no more bytes: its offset is the length.
    let more = server.patch_upload(&token, &id, offset as u64, b"x", false);
    assert_eq!(more.status(), 409);
    let again = server.patch_upload(&token, &id, 0, b"%PDF-", false);
    assert_eq!(again.status(), 409);
    assert!(std::fs::read(&file).unwrap() == bytes);
    // The file name is never logged.
    assert!(!server.logs().contains("Pay stub"));
}

#[test]
fn a_wrong_checksum_is_460_and_nothing_of_the_chunk_is_kept() {
    let server = Server::demo();
    let token = server.sign_in("P-1002").access_token;
    let bytes = pdf(300_000, 3);
    let id = server.new_upload(&token, "stub.pdf", "application/pdf", &bytes);
    assert_eq!(
        server
            .patch_upload(&token, &id, 0, &bytes[..100_000], true)
            .status(),
        204
    );
    let response = server
        .tus(Method::PATCH, &format!("/v1/uploads/{id}"), &token)
        .header("content-type", "application/offset+octet-stream")
        .header("upload-offset", "100000")
        .header("upload-checksum", checksum(&bytes[..100_001]))
        .body(bytes[100_000..200_000].to_vec())
        .send()
        .unwrap();
    assert_eq!(response.status(), 460);
    assert_eq!(header(&response, "tus-resumable").unwrap(), "1.0.0");
    let problem: agency_api::Problem = response.json().unwrap();
    assert_eq!(problem.kind, "/problems/checksum-mismatch");
    assert_eq!(server.upload_offset(&token, &id), 100_000);
    assert_eq!(
        std::fs::metadata(server.uploads.join(&id)).unwrap().len(),
        100_000
    );
    // An algorithm other than sha256 is refused before anything is read.
    let md5 = server
        .tus(Method::PATCH, &format!("/v1/uploads/{id}"), &token)
        .header("content-type", "application/offset+octet-stream")
        .header("upload-offset", "100000")
        .header("upload-checksum", "md5 XUFAKrxLKna5cZ2REBfFkg==")
        .body(bytes[100_000..].to_vec())
        .send()
        .unwrap();
    assert_eq!(md5.status(), 400);
    // The same chunk, sent right, goes on from there.
    assert_eq!(
        server
            .patch_upload(&token, &id, 100_000, &bytes[100_000..], true)
            .status(),
        204
    );
    assert!(std::fs::read(server.uploads.join(&id)).unwrap() == bytes);
}

#[test]
fn a_patch_at_another_offset_is_409_and_one_not_octet_stream_is_415() {
    let server = Server::demo();
    let token = server.sign_in("P-1001").access_token;
    let bytes = pdf(10_000, 4);
    let id = server.new_upload(&token, "a.pdf", "application/pdf", &bytes);
    assert_eq!(
        server
            .patch_upload(&token, &id, 0, &bytes[..4_000], false)
            .status(),
        204
    );
    for wrong in [0, 3_999, 4_001] {
        let response = server.patch_upload(&token, &id, wrong, &bytes[4_000..], false);
        assert_eq!(response.status(), 409, "at {wrong}");
    }
    let json = server
        .tus(Method::PATCH, &format!("/v1/uploads/{id}"), &token)
        .header("content-type", "application/json")
        .header("upload-offset", "4000")
        .body(bytes[4_000..].to_vec())
        .send()
        .unwrap();
    assert_eq!(json.status(), 415);
    let no_offset = server
        .tus(Method::PATCH, &format!("/v1/uploads/{id}"), &token)
        .header("content-type", "application/offset+octet-stream")
        .body(bytes[4_000..].to_vec())
        .send()
        .unwrap();
    assert_eq!(no_offset.status(), 400);
    // More than remains is refused whole.
    let too_much = server.patch_upload(&token, &id, 4_000, &pdf(6_001, 9), false);
    assert_eq!(too_much.status(), 413);
    // Also when the body has no length and runs over as it comes.
    let mut chunked = Vec::new();
    for piece in pdf(7_000, 10).chunks(1_000) {
        chunked.extend_from_slice(format!("{:x}\r\n", piece.len()).as_bytes());
        chunked.extend_from_slice(piece);
        chunked.extend_from_slice(b"\r\n");
    }
    chunked.extend_from_slice(b"0\r\n\r\n");
    let status = server
        .raw(
            &format!(
                "PATCH /v1/uploads/{id} HTTP/1.1\r\nAuthorization: Bearer {token}\r\n\
                 Tus-Resumable: 1.0.0\r\nContent-Type: application/offset+octet-stream\r\n\
                 Upload-Offset: 4000\r\nTransfer-Encoding: chunked"
            ),
            &chunked,
            false,
        )
        .unwrap();
    assert!(status.starts_with("HTTP/1.1 413"), "{status}");
    assert_eq!(server.upload_offset(&token, &id), 4_000);
    assert_eq!(
        std::fs::metadata(server.uploads.join(&id)).unwrap().len(),
        4_000
    );
}

#[test]
fn creation_refuses_too_large_a_file_an_unsupported_type_and_bad_metadata() {
    let server = Server::demo();
    let token = server.sign_in("P-1001").access_token;
    let sha = sha256_hex(b"x");
    let too_large = server.create_upload(
        &token,
        25 * MIB as u64 + 1,
        &metadata("big.pdf", "application/pdf", &sha),
    );
    assert_eq!(too_large.status(), 413);
    assert_eq!(header(&too_large, "tus-resumable").unwrap(), "1.0.0");
    let exe = server.create_upload(
        &token,
        100,
        &metadata("setup.exe", "application/x-msdownload", &sha),
    );
    assert_eq!(exe.status(), 415);
    let problem: agency_api::Problem = exe.json().unwrap();
    assert_eq!(problem.kind, "/problems/unsupported-media-type");
    for bad in [
        // No sha256.
        format!(
            "filename {},content_type {}",
            b64("a.pdf"),
            b64("application/pdf")
        ),
        // Not base64.
        format!(
            "filename ***,content_type {},sha256 {}",
            b64("application/pdf"),
            b64(&sha)
        ),
        // sha256 not 64 hex digits.
        metadata("a.pdf", "application/pdf", "abc"),
    ] {
        assert_eq!(
            server.create_upload(&token, 100, &bad).status(),
            400,
            "{bad}"
        );
    }
    let empty = server.create_upload(&token, 0, &metadata("a.pdf", "application/pdf", &sha));
    assert_eq!(empty.status(), 400);
    let no_length = server
        .tus(Method::POST, "/v1/uploads", &token)
        .header(
            "upload-metadata",
            metadata("a.pdf", "application/pdf", &sha),
        )
        .send()
        .unwrap();
    assert_eq!(no_length.status(), 400);
    assert_eq!(server.count("uploads"), 0);
}

#[test]
fn a_creation_retried_with_its_idempotency_key_is_the_same_upload() {
    let server = Server::demo();
    let token = server.sign_in("P-1001").access_token;
    let bytes = pdf(5_000, 5);
    let meta = metadata("a.pdf", "application/pdf", &sha256_hex(&bytes));
    let create = |meta: &str| {
        server
            .tus(Method::POST, "/v1/uploads", &token)
            .header("upload-length", "5000")
            .header("upload-metadata", meta)
            .header("idempotency-key", "upload-1")
            .send()
            .unwrap()
    };
    let first = create(&meta);
    assert_eq!(first.status(), 201);
    let second = create(&meta);
    assert_eq!(second.status(), 201);
    assert_eq!(header(&second, "idempotency-replayed").unwrap(), "true");
    assert_eq!(header(&second, "tus-resumable").unwrap(), "1.0.0");
    assert_eq!(location(&first), location(&second));
    assert_eq!(server.count("uploads"), 1);
    let other = create(&metadata("b.pdf", "application/pdf", &sha256_hex(&bytes)));
    assert_eq!(other.status(), 422);
}

#[test]
fn a_body_cut_mid_patch_keeps_what_arrived_and_the_client_resumes_from_there() {
    let server = Server::demo();
    let token = server.sign_in("P-1001").access_token;
    let bytes = pdf(200_000, 6);
    let id = server.new_upload(&token, "a.pdf", "application/pdf", &bytes);
    let head = |checksum: Option<String>| {
        let mut head = format!(
            "PATCH /v1/uploads/{id} HTTP/1.1\r\nAuthorization: Bearer {token}\r\n\
             Tus-Resumable: 1.0.0\r\nContent-Type: application/offset+octet-stream\r\n\
             Upload-Offset: 0\r\nContent-Length: 150000"
        );
        if let Some(checksum) = checksum {
            head.push_str(&format!("\r\nUpload-Checksum: {checksum}"));
        }
        head
    };
    // With a checksum, a cut chunk cannot be checked: none of it is kept.
    server.raw(
        &head(Some(checksum(&bytes[..150_000]))),
        &bytes[..60_000],
        true,
    );
    wait_for_log(&server, "PATCH discarded");
    assert_eq!(server.upload_offset(&token, &id), 0);
    assert_eq!(
        std::fs::metadata(server.uploads.join(&id)).unwrap().len(),
        0
    );

    // Without one, what arrived is kept.
    server.raw(&head(None), &bytes[..60_000], true);
    let offset = wait_for_offset(&server, &token, &id, 60_000);
    assert_eq!(offset, 60_000, "HEAD says what arrived");
    assert!(std::fs::read(server.uploads.join(&id)).unwrap() == bytes[..60_000]);
    // The client resumes from there.
    let rest = server.patch_upload(&token, &id, 60_000, &bytes[60_000..], true);
    assert_eq!(rest.status(), 204);
    assert_eq!(count_state(&server, &id), "complete");
    assert!(std::fs::read(server.uploads.join(&id)).unwrap() == bytes);
}

/// HEAD's offset once it is `expected`, or after 10 s, whatever it is.
fn wait_for_offset(server: &Server, token: &str, id: &str, expected: u64) -> u64 {
    for _ in 0..100 {
        let offset = server.upload_offset(token, id);
        if offset == expected {
            return offset;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    server.upload_offset(token, id)
}

/// Waits (at most 10 s) until the server's log says `what`.
fn wait_for_log(server: &Server, what: &str) {
    for _ in 0..100 {
        if server.logs().contains(what) {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    panic!("the server never logged {what:?}");
}

#[test]
fn a_patch_over_twice_the_chunk_size_is_413_before_its_body_is_read() {
    let server = Server::start_with(true, &["--max-upload-mb", "20"]);
    let token = server.sign_in("P-1001").access_token;
    let size = 9 * MIB;
    let sha = sha256_hex(b"whatever");
    let id = upload_id(&server.create_upload(
        &token,
        size as u64,
        &metadata("a.pdf", "application/pdf", &sha),
    ));
    let status = server
        .raw(
            &format!(
                "PATCH /v1/uploads/{id} HTTP/1.1\r\nAuthorization: Bearer {token}\r\n\
                 Tus-Resumable: 1.0.0\r\nContent-Type: application/offset+octet-stream\r\n\
                 Upload-Offset: 0\r\nContent-Length: {}",
                8 * MIB + 1
            ),
            b"",
            false,
        )
        .unwrap();
    assert!(status.starts_with("HTTP/1.1 413"), "{status}");
    assert_eq!(server.upload_offset(&token, &id), 0);
}

#[test]
fn a_whole_file_that_is_not_its_declared_sha256_is_corrupt() {
    let server = Server::demo();
    let token = server.sign_in("P-1001").access_token;
    let bytes = pdf(50_000, 7);
    let declared = sha256_hex(&pdf(50_000, 8));
    let id = upload_id(&server.create_upload(
        &token,
        50_000,
        &metadata("a.pdf", "application/pdf", &declared),
    ));
    let response = server.patch_upload(&token, &id, 0, &bytes, true);
    assert_eq!(response.status(), 204, "every chunk was what it said");
    assert_eq!(server.upload_offset(&token, &id), 50_000);
    assert_eq!(count_state(&server, &id), "corrupt");
}

#[test]
fn another_parents_upload_is_404_to_every_method_and_untouched() {
    let server = Server::demo();
    let owner = server.sign_in("P-1001").access_token;
    let other = server.sign_in("P-1002").access_token;
    let bytes = pdf(10_000, 9);
    let id = server.new_upload(&owner, "a.pdf", "application/pdf", &bytes);
    let path = format!("/v1/uploads/{id}");
    let absent = server.get("/v1/cases/C-9999", &other).text().unwrap();
    assert_eq!(server.head_upload(&other, &id).status(), 404);
    assert_eq!(
        server
            .head_upload(&other, "0123456789abcdef0123456789abcdef")
            .status(),
        404
    );
    let patch = server.patch_upload(&other, &id, 0, &bytes, false);
    assert_eq!(patch.status(), 404);
    assert_eq!(
        patch.text().unwrap(),
        absent,
        "like one that does not exist"
    );
    let delete = server.tus(Method::DELETE, &path, &other).send().unwrap();
    assert_eq!(delete.status(), 404);
    assert_eq!(delete.text().unwrap(), absent);
    for nonsense in ["../../agency.db", "ABC", "0123456789ABCDEF0123456789ABCDEF"] {
        let response = server
            .tus(Method::HEAD, &format!("/v1/uploads/{nonsense}"), &owner)
            .send()
            .unwrap();
        assert_eq!(response.status(), 404, "{nonsense}");
    }
    // Still the owner's, still empty.
    assert_eq!(server.upload_offset(&owner, &id), 0);
    assert_eq!(
        std::fs::metadata(server.uploads.join(&id)).unwrap().len(),
        0
    );
}

#[test]
fn a_terminated_upload_is_gone() {
    let server = Server::demo();
    let token = server.sign_in("P-1001").access_token;
    let bytes = pdf(10_000, 10);
    let id = server.new_upload(&token, "a.pdf", "application/pdf", &bytes);
    assert_eq!(
        server
            .patch_upload(&token, &id, 0, &bytes[..5_000], true)
            .status(),
        204
    );
    let path = format!("/v1/uploads/{id}");
    let delete = server.tus(Method::DELETE, &path, &token).send().unwrap();
    assert_eq!(delete.status(), 204);
    assert_eq!(header(&delete, "tus-resumable").unwrap(), "1.0.0");
    assert!(!server.uploads.join(&id).exists());
    assert_eq!(server.head_upload(&token, &id).status(), 404);
    assert_eq!(
        server
            .patch_upload(&token, &id, 5_000, &bytes[5_000..], true)
            .status(),
        404
    );
    assert_eq!(
        server
            .tus(Method::DELETE, &path, &token)
            .send()
            .unwrap()
            .status(),
        404
    );
}

#[test]
fn concurrent_patches_of_one_upload_do_not_interleave() {
    let server = Server::demo();
    let token = server.sign_in("P-1001").access_token;
    let bytes = pdf(6 * MIB, 11);
    let id = server.new_upload(&token, "a.pdf", "application/pdf", &bytes);
    let statuses: Vec<u16> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..3)
            .map(|_| {
                s.spawn(|| {
                    server
                        .patch_upload(&token, &id, 0, &bytes, true)
                        .status()
                        .as_u16()
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let mut sorted = statuses.clone();
    sorted.sort_unstable();
    assert_eq!(sorted, [204, 409, 409], "{statuses:?}");
    assert_eq!(count_state(&server, &id), "complete");
    assert!(std::fs::read(server.uploads.join(&id)).unwrap() == bytes);
}

#[test]
fn uploads_left_unfinished_for_a_day_are_removed_with_their_files() {
    let server = Server::demo();
    let token = server.sign_in("P-1001").access_token;
    let bytes = pdf(10_000, 12);
    let unfinished = server.new_upload(&token, "a.pdf", "application/pdf", &bytes);
    assert_eq!(
        server
            .patch_upload(&token, &unfinished, 0, &bytes[..1_000], true)
            .status(),
        204
    );
    let complete = server.upload(&token, "b.pdf", "application/pdf", &bytes);
    let uploads = server.uploads.clone();
    let remove = |hours: i64| {
        let now = chrono::Utc::now() + chrono::Duration::hours(hours);
        server.with_db(async |db| {
            agency_server::uploads::remove_abandoned(db, &uploads, now)
                .await
                .unwrap()
        })
    };
    assert_eq!(remove(0), 0, "nothing is a day old");
    assert_eq!(remove(25), 1);
    assert!(!server.uploads.join(&unfinished).exists());
    assert_eq!(server.head_upload(&token, &unfinished).status(), 404);
    assert!(server.uploads.join(&complete).exists());
    assert_eq!(server.upload_offset(&token, &complete), 10_000);
    assert_eq!(server.count("uploads"), 1);
}
