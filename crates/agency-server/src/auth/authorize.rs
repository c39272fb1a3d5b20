//! The authorization endpoint (RFC 6749 §3.1, §4.1.1): the sign-in page and
//! the form it posts.

use super::clients::{self, Client};
use super::codes::{self, NewCode};
use super::passwords;
use super::pkce;
use super::sign_in_page::{self, Carried, Lang, Notice};
use crate::AppState;
use axum::Form;
use axum::extract::rejection::FormRejection;
use axum::extract::{ConnectInfo, Query, State};
use axum::http::{Extensions, HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};

/// The parameters of an authorization request, in the query (GET) or the
/// form (POST). All optional to the parser: each missing one gets its own
/// answer; the document says which are needed.
#[derive(Debug, Default, Deserialize, utoipa::ToSchema)]
#[schema(as = SignInForm)]
pub(crate) struct AuthorizeParams {
    /// `code`.
    #[schema(value_type = String, required = true, example = "code")]
    response_type: Option<String>,
    #[schema(value_type = String, required = true, example = "child-support-self-service")]
    client_id: Option<String>,
    /// A loopback redirect registered for the client (RFC 8252 §7.3).
    #[schema(value_type = String, required = true, example = "http://127.0.0.1:49152/callback")]
    redirect_uri: Option<String>,
    /// Returned unchanged with the code.
    #[schema(value_type = String, required = false)]
    state: Option<String>,
    /// The PKCE S256 challenge (RFC 7636 §4.2).
    #[schema(value_type = String, required = true)]
    code_challenge: Option<String>,
    /// `S256`.
    #[schema(value_type = String, required = true, example = "S256")]
    code_challenge_method: Option<String>,
    /// The page's language: `en` or `es`.
    #[schema(value_type = String, required = false, example = "es")]
    lang: Option<String>,
    /// The form's own field: participant ID or email.
    #[schema(value_type = String, required = true, example = "P-1001")]
    username: Option<String>,
    /// The form's own field.
    #[schema(value_type = String, required = true, format = Password)]
    password: Option<String>,
}

/// A request that passed every check.
struct Valid<'a> {
    client: &'static Client,
    redirect_uri: &'a str,
    state: Option<&'a str>,
    code_challenge: &'a str,
}

impl Valid<'_> {
    fn carried(&self) -> Carried<'_> {
        Carried {
            client_id: self.client.id,
            redirect_uri: self.redirect_uri,
            state: self.state,
            code_challenge: self.code_challenge,
        }
    }
}

/// Why a request is refused. Until the client and redirect URI are known
/// good the answer is an error page; after, errors go back to the app by
/// redirect (RFC 6749 §4.1.2.1), with the `state` it sent.
enum Refusal<'a> {
    ErrorPage,
    Redirect {
        uri: &'a str,
        error: &'static str,
        description: &'static str,
        state: Option<&'a str>,
    },
}

impl Refusal<'_> {
    fn respond(self, lang: Lang) -> Response {
        match self {
            Self::ErrorPage => sign_in_page::render_error(lang),
            Self::Redirect {
                uri,
                error,
                description,
                state,
            } => redirect(
                uri,
                &[("error", error), ("error_description", description)],
                state,
            ),
        }
    }
}

fn validate(p: &AuthorizeParams) -> Result<Valid<'_>, Refusal<'_>> {
    let client = p.client_id.as_deref().and_then(clients::find);
    let redirect_uri = p.redirect_uri.as_deref();
    let (Some(client), Some(redirect_uri)) = (client, redirect_uri) else {
        return Err(Refusal::ErrorPage);
    };
    if !client.accepts_redirect(redirect_uri) {
        return Err(Refusal::ErrorPage);
    }
    let state = p.state.as_deref();
    if p.response_type.as_deref() != Some("code") {
        return Err(Refusal::Redirect {
            uri: redirect_uri,
            error: "unsupported_response_type",
            description: "response_type must be code",
            state,
        });
    }
    if let Err(e) = pkce::check_challenge(
        p.code_challenge.as_deref(),
        p.code_challenge_method.as_deref(),
    ) {
        // RFC 7636 §4.4.1: a missing or refused challenge is invalid_request.
        return Err(Refusal::Redirect {
            uri: redirect_uri,
            error: "invalid_request",
            description: e.description(),
            state,
        });
    }
    Ok(Valid {
        client,
        redirect_uri,
        state,
        code_challenge: p.code_challenge.as_deref().unwrap_or_default(),
    })
}

/// `GET /oauth/authorize`: the sign-in page.
#[utoipa::path(
    get,
    path = "/oauth/authorize",
    tag = "auth",
    params(
        ("response_type" = String, Query, description = "Must be `code`"),
        ("client_id" = String, Query, description = "`child-support-self-service`"),
        ("redirect_uri" = String, Query, description = "A registered loopback URI, any port (RFC 8252 §7.3)"),
        ("code_challenge" = String, Query, description = "BASE64URL(SHA256(code_verifier)) (RFC 7636)"),
        ("code_challenge_method" = String, Query, description = "Must be `S256`"),
        ("state" = Option<String>, Query, description = "Echoed back on the redirect"),
        ("lang" = Option<String>, Query, description = "`en` or `es`; else Accept-Language"),
    ),
    responses(
        (status = 200, description = "The sign-in page", content_type = "text/html", body = String),
        (status = 303, description = "Back to the app with `error` and `state` (RFC 6749 §4.1.2.1)"),
        (status = 400, description = "Unknown client or redirect URI: an error page, never a redirect", content_type = "text/html", body = String),
    )
)]
pub(crate) async fn get_authorize(
    headers: HeaderMap,
    Query(params): Query<AuthorizeParams>,
) -> Response {
    let lang = language(&params, &headers);
    match validate(&params) {
        Ok(valid) => sign_in_page::render(lang, &valid.carried(), Notice::None, "", StatusCode::OK),
        Err(refusal) => refusal.respond(lang),
    }
}

/// `POST /oauth/authorize`: the sign-in form.
#[utoipa::path(
    post,
    path = "/oauth/authorize",
    tag = "auth",
    request_body(content_type = "application/x-www-form-urlencoded", description = "The authorization request's parameters, plus `username` (participant ID or email) and `password`", content = AuthorizeParams),
    responses(
        (status = 303, description = "Signed in: back to the app with `code` and `state`"),
        (status = 401, description = "Wrong credentials: the page again, with the error announced", content_type = "text/html", body = String),
        (status = 429, description = "Too many failed sign-ins: the page with the lockout message", content_type = "text/html", body = String),
        (status = 400, description = "Unknown client or redirect URI", content_type = "text/html", body = String),
    )
)]
pub(crate) async fn post_authorize(
    State(state): State<AppState>,
    extensions: Extensions,
    headers: HeaderMap,
    form: Result<Form<AuthorizeParams>, FormRejection>,
) -> Response {
    let params = form.map(|Form(p)| p).unwrap_or_default();
    let lang = language(&params, &headers);
    let valid = match validate(&params) {
        Ok(valid) => valid,
        Err(refusal) => return refusal.respond(lang),
    };
    let username = params.username.as_deref().unwrap_or("").trim();
    let password = params.password.as_deref().unwrap_or("");
    let page =
        |notice, status| sign_in_page::render(lang, &valid.carried(), notice, username, status);

    // Served without connect info (in-process tests), every client counts as
    // one address.
    let ip = extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED), |c| c.0.ip());
    if state.sign_ins.check(username, ip).is_err() {
        return page(Notice::LockedOut, StatusCode::TOO_MANY_REQUESTS);
    }
    let participant = match check_credentials(&state, username, password).await {
        Ok(p) => p,
        Err(e) => return crate::ApiError::Database(e).into_response(),
    };
    let Some(participant_id) = participant else {
        // The identifier typed is not logged: it may be an email address.
        tracing::info!("sign-in refused");
        return match state.sign_ins.record_failure(username, ip) {
            Ok(()) => page(Notice::BadCredentials, StatusCode::UNAUTHORIZED),
            Err(_) => page(Notice::LockedOut, StatusCode::TOO_MANY_REQUESTS),
        };
    };
    state.sign_ins.record_success(username);
    let code = codes::create(
        &state.db,
        NewCode {
            client_id: valid.client.id,
            participant_id: &participant_id,
            redirect_uri: valid.redirect_uri,
            code_challenge: valid.code_challenge,
        },
    )
    .await;
    match code {
        Ok(code) => redirect(valid.redirect_uri, &[("code", &code)], valid.state),
        Err(e) => crate::ApiError::Database(e).into_response(),
    }
}

/// The participant these credentials sign in, if any. The argon2 check runs
/// off the async workers: it takes tens of milliseconds on purpose.
async fn check_credentials(
    state: &AppState,
    username: &str,
    password: &str,
) -> Result<Option<String>, sqlx::Error> {
    let row: Option<(String, Option<String>)> = if username.contains('@') {
        sqlx::query_as("SELECT id, password_hash FROM participants WHERE LOWER(email) = $1")
            .bind(username.to_lowercase())
            .fetch_optional(state.db.pool())
            .await?
    } else {
        sqlx::query_as("SELECT id, password_hash FROM participants WHERE id = $1")
            .bind(username.to_uppercase())
            .fetch_optional(state.db.pool())
            .await?
    };
    let (id, stored) = row.map_or((None, None), |(id, h)| (Some(id), h));
    let password = password.to_owned();
    let matches =
        tokio::task::spawn_blocking(move || passwords::verify(&password, stored.as_deref()))
            .await
            .unwrap_or(false);
    Ok(id.filter(|_| matches))
}

fn language(params: &AuthorizeParams, headers: &HeaderMap) -> Lang {
    Lang::negotiate(
        params.lang.as_deref(),
        headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok()),
    )
}

/// 303 See Other to the app's loopback URI, so the browser follows with GET.
fn redirect(uri: &str, pairs: &[(&str, &str)], state: Option<&str>) -> Response {
    let mut query = url::form_urlencoded::Serializer::new(String::new());
    for (k, v) in pairs {
        query.append_pair(k, v);
    }
    if let Some(state) = state {
        query.append_pair("state", state);
    }
    let location = format!("{uri}?{}", query.finish());
    let mut response = StatusCode::SEE_OTHER.into_response();
    if let Ok(value) = HeaderValue::from_str(&location) {
        response.headers_mut().insert(header::LOCATION, value);
    }
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}
