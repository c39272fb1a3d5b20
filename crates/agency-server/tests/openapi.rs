//! The committed OpenAPI document is the one the code generates.
//! Regenerate with: `cargo run -p agency-server -- openapi > crates/agency-api/openapi.json`

#[test]
fn the_committed_openapi_document_is_current() {
    let committed_path = concat!(env!("CARGO_MANIFEST_DIR"), "/../agency-api/openapi.json");
    let committed =
        std::fs::read_to_string(committed_path).expect("crates/agency-api/openapi.json exists");
    let generated = agency_server::openapi::document();
    assert!(
        committed == generated,
        "crates/agency-api/openapi.json is stale; regenerate it with \
         `cargo run -p agency-server -- openapi > crates/agency-api/openapi.json`"
    );
}

#[test]
fn the_document_is_openapi_3_1_and_lists_the_agency_endpoints() {
    let doc: serde_json::Value = serde_json::from_str(&agency_server::openapi::document()).unwrap();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3.1"));
    for path in [
        "/health",
        "/v1/agency",
        "/v1/offices",
        "/v1/offices/{id}",
        "/.well-known/oauth-authorization-server",
        "/oauth/authorize",
        "/v1/me",
        "/v1/cases",
        "/v1/cases/{id}",
        "/v1/cases/{id}/payments",
        "/v1/applications",
        "/v1/applications/{id}",
        "/v1/cases/{id}/documents",
        "/v1/cases/{id}/documents/{document_id}",
        "/v1/cases/{id}/threads",
        "/v1/cases/{id}/threads/{thread_id}",
        "/v1/cases/{id}/appointments",
        "/v1/cases/{id}/appointments/{appointment_id}",
        "/v1/cases/{id}/appointment-slots",
        "/v1/cases/{id}/how-to-pay",
        "/v1/payment-options",
        "/v1/me/contact-updates",
        "/v1/me/contact-updates/{id}",
    ] {
        assert!(
            doc["paths"][path]["get"].is_object(),
            "{path} is documented"
        );
    }
    for path in [
        "/oauth/authorize",
        "/oauth/token",
        "/oauth/revoke",
        "/v1/applications",
        "/v1/cases/{id}/modification-requests",
        "/v1/cases/{id}/documents",
        "/v1/uploads",
        "/v1/cases/{id}/threads",
        "/v1/cases/{id}/threads/{thread_id}/messages",
        "/v1/cases/{id}/threads/{thread_id}/read",
        "/v1/cases/{id}/appointments",
        "/v1/cases/{id}/appointments/{appointment_id}/cancel",
        "/v1/me/contact-updates",
    ] {
        assert!(
            doc["paths"][path]["post"].is_object(),
            "POST {path} is documented"
        );
    }
    for method in ["head", "patch", "delete"] {
        let op = &doc["paths"]["/v1/uploads/{id}"][method];
        assert!(op.is_object(), "{method} /v1/uploads/{{id}} is documented");
        let headers: Vec<_> = op["parameters"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|p| p["in"] == "header")
            .map(|p| p["name"].as_str().unwrap())
            .collect();
        assert!(headers.contains(&"Tus-Resumable"), "{method}: {headers:?}");
    }
    assert!(doc["paths"]["/v1/uploads"]["options"].is_object());
    assert!(doc["paths"]["/v1/uploads/{id}"]["patch"]["responses"]["460"].is_object());
}

#[test]
fn every_v1_endpoint_but_the_agency_its_offices_and_payment_options_needs_the_bearer_scheme() {
    let doc: serde_json::Value = serde_json::from_str(&agency_server::openapi::document()).unwrap();
    assert_eq!(
        doc["components"]["securitySchemes"]["bearer"]["scheme"],
        "bearer"
    );
    for (path, item) in doc["paths"].as_object().unwrap() {
        if !path.starts_with("/v1/") {
            continue;
        }
        for (method, op) in item.as_object().unwrap() {
            let secured = op["security"].as_array().is_some_and(|s| !s.is_empty());
            // Public: who the agency is, its offices, how to pay it, and
            // what its tus server supports.
            let public = matches!(
                (path.as_str(), method.as_str()),
                (
                    "/v1/agency" | "/v1/offices" | "/v1/offices/{id}" | "/v1/payment-options",
                    "get"
                ) | ("/v1/uploads", "options")
            );
            assert_eq!(secured, !public, "{method} {path}");
            if secured {
                assert!(
                    op["responses"]["401"].is_object(),
                    "{method} {path} documents its 401"
                );
            }
        }
    }
}

/// A malformed `Idempotency-Key` is a `400` wherever the header is taken
/// (schemathesis found one POST that did not document it).
#[test]
fn every_operation_taking_an_idempotency_key_documents_its_400() {
    let doc: serde_json::Value = serde_json::from_str(&agency_server::openapi::document()).unwrap();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            let keyed = op["parameters"]
                .as_array()
                .is_some_and(|ps| ps.iter().any(|p| p["name"] == "Idempotency-Key"));
            if keyed {
                assert!(
                    op["responses"]["400"]["content"]["application/problem+json"].is_object(),
                    "{method} {path} documents its 400"
                );
            }
        }
    }
}

/// A tus PATCH carries raw bytes: the document says so (it said "an array
/// of integers", which no client sends and schemathesis could not either).
#[test]
fn the_tus_patch_body_is_documented_as_raw_bytes() {
    let doc: serde_json::Value = serde_json::from_str(&agency_server::openapi::document()).unwrap();
    let schema = &doc["paths"]["/v1/uploads/{id}"]["patch"]["requestBody"]["content"]["application/offset+octet-stream"]
        ["schema"];
    assert_eq!(schema["type"], "string", "{schema}");
    assert_eq!(schema["format"], "binary", "{schema}");
}
