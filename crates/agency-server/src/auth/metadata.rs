//! Authorization server metadata (RFC 8414).

use agency_api::{AuthorizationServerMetadata, paths};
use axum::Json;
use axum::http::{HeaderMap, header};

/// What the app needs to sign in, discovered rather than configured.
#[utoipa::path(
    get,
    path = "/.well-known/oauth-authorization-server",
    tag = "auth",
    responses((status = 200, description = "RFC 8414 metadata", body = AuthorizationServerMetadata))
)]
pub(crate) async fn get_metadata(headers: HeaderMap) -> Json<AuthorizationServerMetadata> {
    // The issuer is the address the client reached (RFC 8414 §2, §3.3: it
    // must match where the document was fetched from).
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("127.0.0.1");
    let issuer = format!("http://{host}");
    let strings = |v: &[&str]| v.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
    Json(AuthorizationServerMetadata {
        authorization_endpoint: format!("{issuer}{}", paths::OAUTH_AUTHORIZE),
        token_endpoint: format!("{issuer}{}", paths::OAUTH_TOKEN),
        revocation_endpoint: format!("{issuer}{}", paths::OAUTH_REVOKE),
        issuer,
        response_types_supported: strings(&["code"]),
        grant_types_supported: strings(&["authorization_code", "refresh_token"]),
        code_challenge_methods_supported: strings(&["S256"]),
        token_endpoint_auth_methods_supported: strings(&["none"]),
        revocation_endpoint_auth_methods_supported: strings(&["none"]),
        ui_locales_supported: strings(&["en", "es"]),
    })
}
