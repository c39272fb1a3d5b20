//! Bearer tokens on the API (RFC 6750).

use super::tokens;
use crate::{ApiError, AppState};
use axum::extract::FromRequestParts;
use axum::http::header;
use axum::http::request::Parts;

/// The signed-in participant behind a request. Every `/v1` handler but the
/// public `/v1/agency` and `/v1/offices` takes one, so none can forget to check the token.
#[derive(Debug, Clone)]
pub(crate) struct Caller {
    pub(crate) participant_id: String,
}

impl FromRequestParts<AppState> for Caller {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let Some(value) = parts.headers.get(header::AUTHORIZATION) else {
            return Err(ApiError::Unauthorized { token_given: false });
        };
        // RFC 6750 §2.1; the scheme is case-insensitive (RFC 9110 §11.1).
        let token = value
            .to_str()
            .ok()
            .and_then(|v| v.split_once(' '))
            .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("bearer"))
            .map(|(_, token)| token.trim())
            .filter(|t| !t.is_empty());
        let Some(token) = token else {
            return Err(ApiError::Unauthorized { token_given: true });
        };
        match tokens::participant_for_access_token(&state.db, token).await? {
            Some(participant_id) => Ok(Self { participant_id }),
            None => Err(ApiError::Unauthorized { token_given: true }),
        }
    }
}
