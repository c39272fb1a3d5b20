use agency_api::{PROBLEM_JSON, Problem, ProblemType};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

/// An error a handler returns; it answers as `application/problem+json`.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// Also what a participant gets for a case that is not theirs: existence
    /// must not leak (see `privacy`).
    #[error("not found")]
    NotFound,
    /// No access token, or one that is unknown, expired or revoked.
    #[error("unauthorized")]
    Unauthorized { token_given: bool },
    /// The request is malformed; the detail says how, in plain words.
    #[error("bad request: {0}")]
    BadRequest(String),
    /// The body is well-formed but a field's value is not acceptable:
    /// `422`, of the `bad-request` type, the detail naming the field by its
    /// JSON path (`children[0].date_of_birth`) first, in backticks.
    #[error("invalid `{field}`: {message}")]
    Invalid { field: String, message: String },
    /// The `Idempotency-Key` came before with a different request.
    #[error("idempotency key reused")]
    IdempotencyKeyReused,
    /// The request conflicts with the resource's state (`409`).
    #[error("conflict: {0}")]
    Conflict(String),
    /// Something the parent may not cancel, such as a court hearing
    /// (`409`, `/problems/not-cancellable`); the detail says what to do.
    #[error("not cancellable: {0}")]
    NotCancellable(String),
    /// Too large: an upload over the agency's limit, a PATCH over its own.
    #[error("too large: {0}")]
    TooLarge(String),
    /// A media type the agency does not take.
    #[error("unsupported media type: {0}")]
    UnsupportedMediaType(String),
    /// A tus PATCH whose body does not match its `Upload-Checksum` (`460`).
    #[error("checksum mismatch")]
    ChecksumMismatch,
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    /// Reading or writing an upload's file failed.
    #[error("storage error: {0}")]
    Storage(#[from] std::io::Error),
}

impl ApiError {
    fn problem(&self) -> Problem {
        match self {
            Self::NotFound => Problem::new(ProblemType::NotFound, None),
            Self::Unauthorized { token_given } => Problem::new(
                ProblemType::Unauthorized,
                Some(if *token_given {
                    "The access token is not valid or has expired. Refresh it or sign in again."
                        .to_owned()
                } else {
                    "Send an access token in the Authorization header (Bearer).".to_owned()
                }),
            ),
            Self::IdempotencyKeyReused => Problem::new(
                ProblemType::IdempotencyKeyReused,
                Some("Send a new Idempotency-Key for a new request; a retry must repeat the first request exactly.".to_owned()),
            ),
            Self::BadRequest(detail) => Problem::new(ProblemType::BadRequest, Some(detail.clone())),
            Self::Invalid { field, message } => Problem {
                status: StatusCode::UNPROCESSABLE_ENTITY.as_u16(),
                ..Problem::new(
                    ProblemType::BadRequest,
                    Some(format!("`{field}` {message}")),
                )
            },
            Self::Conflict(detail) => Problem::new(ProblemType::Conflict, Some(detail.clone())),
            Self::NotCancellable(detail) => {
                Problem::new(ProblemType::NotCancellable, Some(detail.clone()))
            }
            Self::TooLarge(detail) => Problem::new(ProblemType::TooLarge, Some(detail.clone())),
            Self::UnsupportedMediaType(detail) => {
                Problem::new(ProblemType::UnsupportedMediaType, Some(detail.clone()))
            }
            Self::ChecksumMismatch => Problem::new(
                ProblemType::ChecksumMismatch,
                Some("The body does not match its Upload-Checksum; nothing of it was kept. Send it again from the same Upload-Offset.".to_owned()),
            ),
            Self::Storage(_) => Problem::new(
                ProblemType::Internal,
                Some("The agency could not store the file. Please try again later.".to_owned()),
            ),
            // The cause goes to the server's log, never to the client.
            Self::Database(_) => Problem::new(
                ProblemType::Unavailable,
                Some("Please try again in a few minutes.".to_owned()),
            ),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        if let Self::Database(e) = &self {
            tracing::error!(error = %e, "database error");
        }
        if let Self::Storage(e) = &self {
            tracing::error!(error = %e, "storage error");
        }
        let mut response = problem_response(self.problem());
        if let Self::Unauthorized { token_given } = self {
            // RFC 6750 §3: the challenge; `invalid_token` only when one was sent.
            let challenge = if token_given {
                "Bearer realm=\"agency\", error=\"invalid_token\""
            } else {
                "Bearer realm=\"agency\""
            };
            response.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                HeaderValue::from_static(challenge),
            );
        }
        response
    }
}

pub(crate) fn problem_response(problem: Problem) -> Response {
    let status = StatusCode::from_u16(problem.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let mut response = (status, axum::Json(problem)).into_response();
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(PROBLEM_JSON));
    response
}
