//! The token endpoint (RFC 6749 §3.2) and revocation (RFC 7009).

use super::clients;
use super::codes::{self, Exchange};
use super::tokens::{self, ACCESS_TTL_SECS, GrantError, Issued};
use crate::AppState;
use agency_api::{OAuthError, TokenResponse};
use axum::extract::State;
use axum::extract::rejection::FormRejection;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::{Form, Json};
use serde::Deserialize;

/// The token request (RFC 6749 §4.1.3, §6; RFC 7636 §4.5), a form. Every
/// field is optional to the parser, so that each missing one gets OAuth's
/// own answer; the document says which each grant needs.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub(crate) struct TokenForm {
    /// `authorization_code` or `refresh_token`.
    #[schema(value_type = String, required = true, example = "authorization_code")]
    grant_type: Option<String>,
    /// The code from the redirect (`authorization_code`).
    #[schema(value_type = String, required = false)]
    code: Option<String>,
    /// The redirect URI of the authorization request (`authorization_code`).
    #[schema(value_type = String, required = false, example = "http://127.0.0.1:49152/callback")]
    redirect_uri: Option<String>,
    #[schema(value_type = String, required = true, example = "child-support-self-service")]
    client_id: Option<String>,
    /// The PKCE verifier (`authorization_code`).
    #[schema(value_type = String, required = false)]
    code_verifier: Option<String>,
    /// The refresh token to rotate (`refresh_token`).
    #[schema(value_type = String, required = false)]
    refresh_token: Option<String>,
}

/// Exchanges an authorization code, or rotates a refresh token.
#[utoipa::path(
    post,
    path = "/oauth/token",
    tag = "auth",
    request_body(content_type = "application/x-www-form-urlencoded", description = "`grant_type=authorization_code` with `code`, `redirect_uri`, `client_id`, `code_verifier`; or `grant_type=refresh_token` with `refresh_token`, `client_id`", content = TokenForm),
    responses(
        (status = 200, description = "New tokens (RFC 6749 §5.1)", body = TokenResponse),
        (status = 400, description = "Refused (RFC 6749 §5.2)", body = OAuthError),
        (status = 401, description = "Unknown client", body = OAuthError),
    )
)]
pub(crate) async fn post_token(
    State(state): State<AppState>,
    form: Result<Form<TokenForm>, FormRejection>,
) -> Response {
    let (form, client) = match form_and_client(form, |f| f.client_id.as_deref()) {
        Ok(found) => found,
        Err(refused) => return *refused,
    };
    let result = match form.grant_type.as_deref() {
        Some("authorization_code") => {
            let (Some(code), Some(redirect_uri), Some(verifier)) = (
                form.code.as_deref(),
                form.redirect_uri.as_deref(),
                form.code_verifier.as_deref(),
            ) else {
                return oauth_error(
                    StatusCode::BAD_REQUEST,
                    "invalid_request",
                    "code, redirect_uri and code_verifier are required",
                );
            };
            codes::exchange(
                &state.db,
                Exchange {
                    code,
                    client_id: client.id,
                    redirect_uri,
                    code_verifier: verifier,
                },
            )
            .await
        }
        Some("refresh_token") => {
            let Some(refresh_token) = form.refresh_token.as_deref() else {
                return oauth_error(
                    StatusCode::BAD_REQUEST,
                    "invalid_request",
                    "refresh_token is required",
                );
            };
            tokens::refresh(&state.db, refresh_token, client.id).await
        }
        _ => {
            return oauth_error(
                StatusCode::BAD_REQUEST,
                "unsupported_grant_type",
                "grant_type must be authorization_code or refresh_token",
            );
        }
    };
    match result {
        Ok(issued) => token_response(issued),
        Err(GrantError::Invalid(reason)) => {
            oauth_error(StatusCode::BAD_REQUEST, "invalid_grant", reason)
        }
        Err(GrantError::Database(e)) => crate::ApiError::Database(e).into_response(),
    }
}

/// The revocation request (RFC 7009 §2.1), a form.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub(crate) struct RevokeForm {
    /// The refresh or access token to revoke.
    #[schema(value_type = String, required = true)]
    token: Option<String>,
    /// `refresh_token` or `access_token`. Optional; the agency finds the
    /// token either way (RFC 7009 §2.1 lets it ignore the hint).
    #[schema(value_type = String, required = false, example = "refresh_token")]
    #[allow(dead_code)]
    token_type_hint: Option<String>,
    #[schema(value_type = String, required = true, example = "child-support-self-service")]
    client_id: Option<String>,
}

/// Revokes a token (RFC 7009). A refresh token takes its access tokens with it.
#[utoipa::path(
    post,
    path = "/oauth/revoke",
    tag = "auth",
    request_body(content_type = "application/x-www-form-urlencoded", description = "`token`, optional `token_type_hint`, `client_id`", content = RevokeForm),
    responses(
        (status = 200, description = "Revoked, or unknown: the answer is the same (RFC 7009 §2.2)"),
        (status = 400, description = "No token given", body = OAuthError),
        (status = 401, description = "Unknown client", body = OAuthError),
    )
)]
pub(crate) async fn post_revoke(
    State(state): State<AppState>,
    form: Result<Form<RevokeForm>, FormRejection>,
) -> Response {
    let (form, client) = match form_and_client(form, |f| f.client_id.as_deref()) {
        Ok(found) => found,
        Err(refused) => return *refused,
    };
    let Some(token) = form.token.as_deref() else {
        return oauth_error(
            StatusCode::BAD_REQUEST,
            "invalid_request",
            "token is required",
        );
    };
    match tokens::revoke(&state.db, token, client.id).await {
        Ok(()) => no_store(StatusCode::OK.into_response()),
        Err(e) => crate::ApiError::Database(e).into_response(),
    }
}

fn token_response(issued: Issued) -> Response {
    no_store(
        Json(TokenResponse {
            access_token: issued.access_token,
            token_type: "Bearer".to_owned(),
            expires_in: ACCESS_TTL_SECS.unsigned_abs(),
            refresh_token: issued.refresh_token,
        })
        .into_response(),
    )
}

fn oauth_error(status: StatusCode, error: &str, description: &str) -> Response {
    no_store(
        (
            status,
            Json(OAuthError {
                error: error.to_owned(),
                error_description: Some(description.to_owned()),
            }),
        )
            .into_response(),
    )
}

/// RFC 6749 §5.1: responses carrying tokens must not be cached.
fn no_store(mut response: Response) -> Response {
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// What both endpoints check first: a form body, and a known public client,
/// which identifies itself by `client_id` (RFC 6749 §3.2.1).
fn form_and_client<T>(
    form: Result<Form<T>, FormRejection>,
    client_id: impl Fn(&T) -> Option<&str>,
) -> Result<(T, &'static clients::Client), Box<Response>> {
    let Ok(Form(form)) = form else {
        return Err(Box::new(oauth_error(
            StatusCode::BAD_REQUEST,
            "invalid_request",
            "the body must be application/x-www-form-urlencoded",
        )));
    };
    let Some(client) = client_id(&form).and_then(clients::find) else {
        return Err(Box::new(oauth_error(
            StatusCode::UNAUTHORIZED,
            "invalid_client",
            "unknown client_id",
        )));
    };
    Ok((form, client))
}
