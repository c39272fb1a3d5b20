use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// The media type of every error body (RFC 9457).
pub const PROBLEM_JSON: &str = "application/problem+json";

/// An error body as RFC 9457 defines it. `type` is stable per kind of error
/// and is what clients match on; `title` is a short English summary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Problem {
    /// A URI reference naming the kind of problem; see [`ProblemType`].
    #[serde(rename = "type")]
    pub kind: String,
    pub title: String,
    pub status: u16,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance: Option<String>,
}

/// The stable problem types of this API. Their URIs are relative references
/// under `/problems/`, so an implementer need not own a domain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProblemType {
    NotFound,
    BadRequest,
    /// No valid access token (RFC 6750 §3.1): sign in again.
    Unauthorized,
    /// An `Idempotency-Key` sent again with a different request.
    IdempotencyKeyReused,
    /// The request conflicts with what the resource is now: a tus PATCH at
    /// an offset other than the upload's, an upload attached already.
    Conflict,
    /// Something the parent may not cancel, such as a court hearing: only
    /// the court (or the agency) can change it (`409`).
    NotCancellable,
    /// `Tus-Resumable` missing or of another version (tus `412`).
    TusVersion,
    /// An upload larger than the agency takes, or a PATCH larger than it
    /// takes at once (`413`).
    TooLarge,
    /// A media type the agency does not take (`415`).
    UnsupportedMediaType,
    /// A PATCH body that does not match its `Upload-Checksum` (tus `460`):
    /// nothing of it was kept.
    ChecksumMismatch,
    Internal,
    Unavailable,
}

impl ProblemType {
    pub const fn uri(self) -> &'static str {
        match self {
            Self::NotFound => "/problems/not-found",
            Self::BadRequest => "/problems/bad-request",
            Self::Unauthorized => "/problems/unauthorized",
            Self::IdempotencyKeyReused => "/problems/idempotency-key-reused",
            Self::Conflict => "/problems/conflict",
            Self::NotCancellable => "/problems/not-cancellable",
            Self::TusVersion => "/problems/tus-version",
            Self::TooLarge => "/problems/too-large",
            Self::UnsupportedMediaType => "/problems/unsupported-media-type",
            Self::ChecksumMismatch => "/problems/checksum-mismatch",
            Self::Internal => "/problems/internal",
            Self::Unavailable => "/problems/unavailable",
        }
    }

    pub const fn status(self) -> u16 {
        match self {
            Self::NotFound => 404,
            Self::BadRequest => 400,
            Self::Unauthorized => 401,
            Self::IdempotencyKeyReused => 422,
            Self::Conflict => 409,
            Self::NotCancellable => 409,
            Self::TusVersion => 412,
            Self::TooLarge => 413,
            Self::UnsupportedMediaType => 415,
            Self::ChecksumMismatch => crate::tus::CHECKSUM_MISMATCH_STATUS,
            Self::Internal => 500,
            Self::Unavailable => 503,
        }
    }

    pub const fn title(self) -> &'static str {
        match self {
            Self::NotFound => "Not found",
            Self::BadRequest => "The request is not valid",
            Self::Unauthorized => "Sign-in required",
            Self::IdempotencyKeyReused => "This Idempotency-Key was used for a different request",
            Self::Conflict => "The request conflicts with the resource's current state",
            Self::NotCancellable => "This cannot be cancelled here",
            Self::TusVersion => "This tus protocol version is not supported",
            Self::TooLarge => "Too large",
            Self::UnsupportedMediaType => "This media type is not accepted",
            Self::ChecksumMismatch => "The checksum does not match the data",
            Self::Internal => "The agency's system had an error",
            Self::Unavailable => "The agency's system is not available",
        }
    }

    pub fn from_uri(uri: &str) -> Option<Self> {
        [
            Self::NotFound,
            Self::BadRequest,
            Self::Unauthorized,
            Self::IdempotencyKeyReused,
            Self::Conflict,
            Self::NotCancellable,
            Self::TusVersion,
            Self::TooLarge,
            Self::UnsupportedMediaType,
            Self::ChecksumMismatch,
            Self::Internal,
            Self::Unavailable,
        ]
        .into_iter()
        .find(|t| t.uri() == uri)
    }
}

impl Problem {
    pub fn new(kind: ProblemType, detail: impl Into<Option<String>>) -> Self {
        Self {
            kind: kind.uri().to_owned(),
            title: kind.title().to_owned(),
            status: kind.status(),
            detail: detail.into(),
            instance: None,
        }
    }

    /// The known type of this problem, if the server used one of ours.
    pub fn known_type(&self) -> Option<ProblemType> {
        ProblemType::from_uri(&self.kind)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problem_serialises_with_rfc_9457_member_names() {
        let p = Problem::new(ProblemType::NotFound, Some("No such case.".to_owned()));
        let json = serde_json::to_value(&p).unwrap();
        assert_eq!(json["type"], "/problems/not-found");
        assert_eq!(json["status"], 404);
        assert_eq!(json["detail"], "No such case.");
        assert!(json.get("instance").is_none());
    }

    #[test]
    fn every_problem_type_round_trips_through_its_uri() {
        for t in [
            ProblemType::NotFound,
            ProblemType::BadRequest,
            ProblemType::Unauthorized,
            ProblemType::IdempotencyKeyReused,
            ProblemType::Conflict,
            ProblemType::NotCancellable,
            ProblemType::TusVersion,
            ProblemType::TooLarge,
            ProblemType::UnsupportedMediaType,
            ProblemType::ChecksumMismatch,
            ProblemType::Internal,
            ProblemType::Unavailable,
        ] {
            assert_eq!(ProblemType::from_uri(t.uri()), Some(t));
        }
        assert_eq!(ProblemType::from_uri("/problems/unheard-of"), None);
    }
}
