use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// The one client the reference agency registers: the desktop app, a public
/// client (RFC 8252 §8.4: a native app holds no secret).
pub const APP_CLIENT_ID: &str = "child-support-self-service";

/// `GET /.well-known/oauth-authorization-server` (RFC 8414 §2).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct AuthorizationServerMetadata {
    pub issuer: String,
    pub authorization_endpoint: String,
    pub token_endpoint: String,
    pub revocation_endpoint: String,
    pub response_types_supported: Vec<String>,
    pub grant_types_supported: Vec<String>,
    pub code_challenge_methods_supported: Vec<String>,
    pub token_endpoint_auth_methods_supported: Vec<String>,
    pub revocation_endpoint_auth_methods_supported: Vec<String>,
    pub ui_locales_supported: Vec<String>,
}

/// A successful token response (RFC 6749 §5.1).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct TokenResponse {
    pub access_token: String,
    /// Always `Bearer` (RFC 6750).
    #[schema(example = "Bearer")]
    pub token_type: String,
    /// Lifetime of the access token in seconds.
    #[schema(example = 600)]
    pub expires_in: u64,
    /// A new refresh token; the one just used stops working (rotation).
    pub refresh_token: String,
}

/// An error from the token endpoint (RFC 6749 §5.2). The OAuth endpoints
/// answer in OAuth's own error format, which every OAuth client library
/// understands, rather than problem+json.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct OAuthError {
    /// `invalid_request`, `invalid_client`, `invalid_grant`,
    /// `unsupported_grant_type` or `unsupported_token_type`.
    #[schema(example = "invalid_grant")]
    pub error: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_description: Option<String>,
}
