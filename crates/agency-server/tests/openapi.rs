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
    for path in ["/health", "/v1/agency"] {
        assert!(
            doc["paths"][path]["get"].is_object(),
            "{path} is documented"
        );
    }
}
