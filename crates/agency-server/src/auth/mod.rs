//! Signing in: OAuth 2.0 for native apps (RFC 8252) with the authorization
//! code grant and PKCE (RFC 7636), refresh token rotation, revocation
//! (RFC 7009) and bearer tokens on the API (RFC 6750).

mod authorize;
mod bearer;
mod clients;
mod codes;
mod metadata;
pub mod passwords;
pub mod pkce;
pub(crate) mod rate_limit;
pub(crate) mod secrets;
mod sign_in_page;
mod token_endpoint;
mod tokens;

use crate::AppState;
use agency_api::paths;
use axum::Router;
use axum::routing::{get, post};

pub(crate) use authorize::{__path_get_authorize, __path_post_authorize};
pub(crate) use bearer::Caller;
pub(crate) use metadata::__path_get_metadata;
pub(crate) use token_endpoint::{__path_post_revoke, __path_post_token};

pub(crate) fn router() -> Router<AppState> {
    Router::new()
        .route(paths::OAUTH_METADATA, get(metadata::get_metadata))
        .route(
            paths::OAUTH_AUTHORIZE,
            get(authorize::get_authorize).post(authorize::post_authorize),
        )
        .route(paths::OAUTH_TOKEN, post(token_endpoint::post_token))
        .route(paths::OAUTH_REVOKE, post(token_endpoint::post_revoke))
}
