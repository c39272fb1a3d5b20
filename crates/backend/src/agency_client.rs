//! The HTTP client of the agency API. It knows HTTP, not windows.

use crate::{ErrorCode, IpcError};
use agency_api::{Agency, PROBLEM_JSON, Problem, ProblemType, paths};
use reqwest::StatusCode;
use serde::de::DeserializeOwned;
use std::time::Duration;
use url::Url;

/// How long one request may take in all before the parent is told the agency
/// is not answering.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(15);
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

#[derive(Debug, thiserror::Error)]
pub enum AgencyError {
    #[error("the agency could not be reached: {0}")]
    Unreachable(#[source] reqwest::Error),
    #[error("the agency answered {status}: {}", problem.title)]
    Problem {
        status: StatusCode,
        problem: Problem,
    },
    #[error("the agency answered {status} without an error description")]
    Status { status: StatusCode },
    #[error("the agency's answer could not be read: {0}")]
    Decode(String),
    #[error("cannot set up the HTTP client: {0}")]
    Client(#[source] reqwest::Error),
}

impl From<AgencyError> for IpcError {
    fn from(e: AgencyError) -> Self {
        match &e {
            AgencyError::Unreachable(_) => IpcError::new(
                ErrorCode::AgencyUnreachable,
                "The agency can't be reached right now. Check your internet connection and try again.",
            ),
            AgencyError::Problem { problem, .. }
                if problem.known_type() == Some(ProblemType::Unavailable) =>
            {
                IpcError::new(
                    ErrorCode::AgencyUnreachable,
                    "The agency's system is not available right now. Please try again later.",
                )
            }
            AgencyError::Problem { problem, .. } => IpcError::new(
                ErrorCode::AgencyError,
                problem
                    .detail
                    .clone()
                    .unwrap_or_else(|| problem.title.clone()),
            ),
            AgencyError::Status { .. } | AgencyError::Decode(_) => IpcError::new(
                ErrorCode::AgencyError,
                "The agency's system gave an answer the app did not understand. Please try again later.",
            ),
            AgencyError::Client(_) => IpcError::new(ErrorCode::Internal, e.to_string()),
        }
    }
}

#[derive(Clone)]
pub struct AgencyClient {
    base: Url,
    http: reqwest::Client,
}

impl AgencyClient {
    pub fn new(base: Url) -> Result<Self, AgencyError> {
        let http = reqwest::Client::builder()
            .timeout(REQUEST_TIMEOUT)
            .connect_timeout(CONNECT_TIMEOUT)
            .user_agent(concat!(
                "child-support-self-service/",
                env!("CARGO_PKG_VERSION")
            ))
            .https_only(base.scheme() == "https")
            .build()
            .map_err(AgencyError::Client)?;
        Ok(Self { base, http })
    }

    pub fn base_url(&self) -> &Url {
        &self.base
    }

    /// `GET /v1/agency`: who the agency is.
    pub async fn agency(&self) -> Result<Agency, AgencyError> {
        self.get_json(paths::AGENCY).await
    }

    async fn get_json<T: DeserializeOwned>(&self, path: &str) -> Result<T, AgencyError> {
        let url = self
            .base
            .join(path.trim_start_matches('/'))
            .map_err(|e| AgencyError::Decode(e.to_string()))?;
        let response = self
            .http
            .get(url)
            .send()
            .await
            .map_err(AgencyError::Unreachable)?;
        let status = response.status();
        if status.is_success() {
            return response
                .json()
                .await
                .map_err(|e| AgencyError::Decode(e.to_string()));
        }
        let is_problem = response
            .headers()
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with(PROBLEM_JSON));
        if is_problem && let Ok(problem) = response.json::<Problem>().await {
            return Err(AgencyError::Problem { status, problem });
        }
        Err(AgencyError::Status { status })
    }
}
