//! The HTTP client of the agency API. It knows HTTP, not windows.
//!
//! Every call of the contract is a typed method. Calls that are safe to
//! repeat (GETs, revocation, and POSTs that carry an `Idempotency-Key`) are
//! retried with exponential backoff and full jitter when the agency cannot be
//! reached or says it is busy; nothing else is, so that a lost answer can
//! never make the agency act twice. The token endpoint in particular is
//! never retried: a refresh token rotates, and presenting the old one again
//! would end the session.

use crate::{ErrorCode, IpcError};
use agency_api::{
    Agency, Application, ApplicationList, CaseDetail, CaseList, IDEMPOTENCY_KEY, Me,
    ModificationRequest, ModificationRequestList, NewApplication, NewModificationRequest,
    OAuthError, PROBLEM_JSON, PaymentPage, Problem, ProblemType, TokenResponse, paths,
};
use reqwest::{Method, RequestBuilder, Response, StatusCode, header};
use serde::de::DeserializeOwned;
use std::time::Duration;
use url::Url;

/// How long one request may take in all before the parent is told the agency
/// is not answering.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(15);
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

/// Retries of a repeatable call, after the first attempt.
const RETRIES: u32 = 3;
/// The first backoff's ceiling; each retry doubles it, up to [`MAX_BACKOFF`].
const BASE_BACKOFF: Duration = Duration::from_millis(250);
const MAX_BACKOFF: Duration = Duration::from_secs(4);

#[derive(Debug, thiserror::Error)]
pub enum AgencyError {
    #[error("the agency could not be reached: {0}")]
    Unreachable(#[source] reqwest::Error),
    #[error("the agency answered {status}: {}", problem.title)]
    Problem {
        status: StatusCode,
        problem: Problem,
    },
    /// The OAuth endpoints answer in OAuth's format (RFC 6749 §5.2).
    #[error("the agency refused the sign-in ({status}): {}", error.error)]
    OAuth {
        status: StatusCode,
        error: OAuthError,
    },
    #[error("the agency answered {status} without an error description")]
    Status { status: StatusCode },
    #[error("the agency's answer could not be read: {0}")]
    Decode(String),
    #[error("cannot set up the HTTP client: {0}")]
    Client(#[source] reqwest::Error),
}

impl AgencyError {
    /// The access token was refused: refresh it, or sign in again.
    pub fn is_unauthorized(&self) -> bool {
        match self {
            Self::Problem { status, .. } | Self::Status { status } => {
                *status == StatusCode::UNAUTHORIZED
            }
            _ => false,
        }
    }

    /// The refresh token (or code) is no longer good: sign in again.
    pub fn is_invalid_grant(&self) -> bool {
        matches!(self, Self::OAuth { error, .. } if error.error == "invalid_grant")
    }

    /// Worth trying again later: the agency could not be reached, or said
    /// it is busy or down. Anything else will fail the same way again.
    pub fn is_transient(&self) -> bool {
        match self {
            Self::Unreachable(_) => true,
            Self::Problem { status, .. } | Self::Status { status } => transient_status(*status),
            _ => false,
        }
    }
}

fn transient_status(status: StatusCode) -> bool {
    matches!(
        status,
        StatusCode::TOO_MANY_REQUESTS
            | StatusCode::BAD_GATEWAY
            | StatusCode::SERVICE_UNAVAILABLE
            | StatusCode::GATEWAY_TIMEOUT
    )
}

impl From<AgencyError> for IpcError {
    fn from(e: AgencyError) -> Self {
        match &e {
            AgencyError::Unreachable(_) => IpcError::new(
                ErrorCode::AgencyUnreachable,
                "The agency can't be reached right now. Check your internet connection and try again.",
            ),
            AgencyError::Problem { status, .. } | AgencyError::Status { status }
                if transient_status(*status) =>
            {
                IpcError::new(
                    ErrorCode::AgencyUnreachable,
                    "The agency's system is not available right now. Please try again later.",
                )
            }
            _ if e.is_unauthorized() || e.is_invalid_grant() => IpcError::new(
                ErrorCode::NotSignedIn,
                "Your session with the agency has ended. Please sign in again.",
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
            AgencyError::OAuth { .. } | AgencyError::Status { .. } | AgencyError::Decode(_) => {
                IpcError::new(
                    ErrorCode::AgencyError,
                    "The agency's system gave an answer the app did not understand. Please try again later.",
                )
            }
            AgencyError::Client(_) => IpcError::new(ErrorCode::Internal, e.to_string()),
        }
    }
}

/// The answer to a conditional GET.
#[derive(Debug, Clone, PartialEq)]
pub enum Conditional<T> {
    /// What the app holds is still current (`304 Not Modified`).
    NotModified,
    Fresh {
        value: T,
        etag: Option<String>,
    },
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
            // The agency's answers are read where they are; a redirect would
            // carry the bearer token to wherever it pointed.
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(AgencyError::Client)?;
        Ok(Self { base, http })
    }

    pub fn base_url(&self) -> &Url {
        &self.base
    }

    fn url(&self, path: &str) -> Url {
        // Paths are the contract's constants and IDs the agency gave out;
        // joining them to a base that parsed cannot fail.
        let mut url = self.base.clone();
        url.set_path(&format!(
            "{}{}",
            self.base.path().trim_end_matches('/'),
            path
        ));
        url
    }

    /// `GET /v1/agency`: who the agency is.
    pub async fn agency(&self) -> Result<Agency, AgencyError> {
        self.json(self.get(paths::AGENCY, None)).await
    }

    /// The agency's sign-in page for one sign-in (RFC 6749 §4.1.1, RFC 7636
    /// §4.3), in the parent's language (`lang`, which the page also offers to switch).
    pub fn authorize_url(
        &self,
        redirect_uri: &str,
        code_challenge: &str,
        state: &str,
        ui_locale: &str,
    ) -> Url {
        let mut url = self.url(paths::OAUTH_AUTHORIZE);
        url.query_pairs_mut()
            .append_pair("response_type", "code")
            .append_pair("client_id", agency_api::APP_CLIENT_ID)
            .append_pair("redirect_uri", redirect_uri)
            .append_pair("code_challenge", code_challenge)
            .append_pair("code_challenge_method", "S256")
            .append_pair("state", state)
            .append_pair("lang", ui_locale);
        url
    }

    /// Trades the code from the redirect for tokens (RFC 6749 §4.1.3).
    pub async fn exchange_code(
        &self,
        code: &str,
        redirect_uri: &str,
        code_verifier: &str,
    ) -> Result<TokenResponse, AgencyError> {
        self.token(&[
            ("grant_type", "authorization_code"),
            ("code", code),
            ("redirect_uri", redirect_uri),
            ("client_id", agency_api::APP_CLIENT_ID),
            ("code_verifier", code_verifier),
        ])
        .await
    }

    /// A new access token, and a new refresh token in place of this one.
    pub async fn refresh(&self, refresh_token: &str) -> Result<TokenResponse, AgencyError> {
        self.token(&[
            ("grant_type", "refresh_token"),
            ("refresh_token", refresh_token),
            ("client_id", agency_api::APP_CLIENT_ID),
        ])
        .await
    }

    async fn token(&self, form: &[(&str, &str)]) -> Result<TokenResponse, AgencyError> {
        let request = self
            .http
            .post(self.url(paths::OAUTH_TOKEN))
            .header(header::CACHE_CONTROL, "no-store")
            .form(form);
        let response = request.send().await.map_err(AgencyError::Unreachable)?;
        let status = response.status();
        if status.is_success() {
            return response
                .json()
                .await
                .map_err(|e| AgencyError::Decode(e.to_string()));
        }
        match response.json::<OAuthError>().await {
            Ok(error) => Err(AgencyError::OAuth { status, error }),
            Err(_) => Err(AgencyError::Status { status }),
        }
    }

    /// Revokes a refresh token and its family (RFC 7009). Revoking twice is
    /// harmless, so this is retried.
    pub async fn revoke(&self, refresh_token: &str) -> Result<(), AgencyError> {
        let form = [
            ("token", refresh_token),
            ("token_type_hint", "refresh_token"),
            ("client_id", agency_api::APP_CLIENT_ID),
        ];
        let url = self.url(paths::OAUTH_REVOKE);
        let response = self
            .send(|| self.http.post(url.clone()).form(&form))
            .await?;
        if response.status().is_success() {
            return Ok(());
        }
        Err(AgencyError::Status {
            status: response.status(),
        })
    }

    /// `GET /v1/me`: who is signed in.
    pub async fn me(&self, token: &str) -> Result<Me, AgencyError> {
        self.json(self.get(paths::ME, Some(token))).await
    }

    /// `GET /v1/cases`: the caller's cases.
    pub async fn cases(&self, token: &str) -> Result<CaseList, AgencyError> {
        self.json(self.get(paths::CASES, Some(token))).await
    }

    /// `GET /v1/cases/{id}`: one case with its order, balances and office.
    pub async fn case(&self, token: &str, id: &str) -> Result<CaseDetail, AgencyError> {
        self.json(self.get(&paths::case(id), Some(token))).await
    }

    /// `GET /v1/cases/{id}/payments`: the payments after `since` (a page's
    /// `next` cursor), skipped with `304` when `etag` is still current.
    pub async fn payments(
        &self,
        token: &str,
        case_id: &str,
        since: Option<&str>,
        etag: Option<&str>,
    ) -> Result<Conditional<PaymentPage>, AgencyError> {
        let mut url = self.url(&paths::case_payments(case_id));
        if let Some(since) = since {
            url.query_pairs_mut().append_pair("since", since);
        }
        let build = || {
            let request = self.http.get(url.clone()).bearer_auth(token);
            match etag {
                Some(etag) => request.header(header::IF_NONE_MATCH, etag),
                None => request,
            }
        };
        let response = self.send(build).await?;
        if response.status() == StatusCode::NOT_MODIFIED {
            return Ok(Conditional::NotModified);
        }
        let etag = response
            .headers()
            .get(header::ETAG)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        let value = read_json(response).await?;
        Ok(Conditional::Fresh { value, etag })
    }

    /// `POST /v1/cases/{id}/modification-requests` with the outbox item's
    /// idempotency key: sent again after a lost answer, it creates nothing
    /// new and returns the first receipt.
    pub async fn create_modification_request(
        &self,
        token: &str,
        case_id: &str,
        request: &NewModificationRequest,
        idempotency_key: &str,
    ) -> Result<ModificationRequest, AgencyError> {
        let url = self.url(&paths::case_modification_requests(case_id));
        let build = || {
            self.http
                .post(url.clone())
                .bearer_auth(token)
                .header(IDEMPOTENCY_KEY, idempotency_key)
                .json(request)
        };
        read_json(self.send(build).await?).await
    }

    /// `POST /v1/applications` with an idempotency key: a retry gets the
    /// first answer and creates nothing new.
    pub async fn create_application(
        &self,
        token: &str,
        application: &NewApplication,
        idempotency_key: &str,
    ) -> Result<Application, AgencyError> {
        let url = self.url(paths::APPLICATIONS);
        let build = || {
            self.http
                .post(url.clone())
                .bearer_auth(token)
                .header(IDEMPOTENCY_KEY, idempotency_key)
                .json(application)
        };
        read_json(self.send(build).await?).await
    }

    /// `GET /v1/applications`: the caller's applications, oldest first.
    pub async fn applications(&self, token: &str) -> Result<ApplicationList, AgencyError> {
        self.json(self.get(paths::APPLICATIONS, Some(token))).await
    }

    /// `GET /v1/cases/{id}/modification-requests`: the caller's requests.
    pub async fn modification_requests(
        &self,
        token: &str,
        case_id: &str,
    ) -> Result<ModificationRequestList, AgencyError> {
        self.json(self.get(&paths::case_modification_requests(case_id), Some(token)))
            .await
    }

    fn get(&self, path: &str, token: Option<&str>) -> (Method, Url, Option<String>) {
        (Method::GET, self.url(path), token.map(str::to_owned))
    }

    async fn json<T: DeserializeOwned>(
        &self,
        (method, url, token): (Method, Url, Option<String>),
    ) -> Result<T, AgencyError> {
        let build = || {
            let request = self.http.request(method.clone(), url.clone());
            match &token {
                Some(token) => request.bearer_auth(token),
                None => request,
            }
        };
        read_json(self.send(build).await?).await
    }

    /// Sends a request that is safe to repeat, again after a backoff when
    /// the failure is transient. Answers other than 2xx and 304 become
    /// errors. (The token endpoint does not come through here.)
    async fn send(&self, build: impl Fn() -> RequestBuilder) -> Result<Response, AgencyError> {
        let mut attempt = 0;
        loop {
            let result = match build().send().await {
                Ok(response) => check(response).await,
                Err(e) => Err(AgencyError::Unreachable(e)),
            };
            match result {
                Err(e) if attempt < RETRIES && e.is_transient() => {
                    let wait = backoff(attempt);
                    tracing::debug!(attempt, ?wait, error = %e, "retrying an agency call");
                    tokio::time::sleep(wait).await;
                    attempt += 1;
                }
                other => return other,
            }
        }
    }
}

/// Full jitter (a random wait up to an exponentially growing ceiling), so
/// that many apps that lost the agency at once do not return at once.
fn backoff(attempt: u32) -> Duration {
    let ceiling = BASE_BACKOFF
        .saturating_mul(1 << attempt.min(16))
        .min(MAX_BACKOFF);
    jitter(ceiling)
}

/// A random duration from zero up to `ceiling`.
pub(crate) fn jitter(ceiling: Duration) -> Duration {
    let mut bytes = [0_u8; 8];
    // Without randomness the wait is the ceiling: still a backoff.
    if getrandom::fill(&mut bytes).is_err() {
        return ceiling;
    }
    let fraction = u64::from_le_bytes(bytes) as f64 / u64::MAX as f64;
    ceiling.mul_f64(fraction)
}

async fn check(response: Response) -> Result<Response, AgencyError> {
    let status = response.status();
    if status.is_success() || status == StatusCode::NOT_MODIFIED {
        return Ok(response);
    }
    let is_problem = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with(PROBLEM_JSON));
    if is_problem && let Ok(problem) = response.json::<Problem>().await {
        return Err(AgencyError::Problem { status, problem });
    }
    Err(AgencyError::Status { status })
}

async fn read_json<T: DeserializeOwned>(response: Response) -> Result<T, AgencyError> {
    response
        .json()
        .await
        .map_err(|e| AgencyError::Decode(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_stays_under_a_ceiling_that_doubles() {
        for attempt in 0..10 {
            let ceiling = (BASE_BACKOFF * 2_u32.pow(attempt)).min(MAX_BACKOFF);
            for _ in 0..50 {
                assert!(backoff(attempt) <= ceiling);
            }
        }
    }

    #[test]
    fn backoff_is_spread_out() {
        let waits: std::collections::HashSet<_> = (0..20).map(|_| backoff(3)).collect();
        assert!(waits.len() > 10, "jitter spreads the retries: {waits:?}");
    }

    #[test]
    fn paths_join_under_a_base_with_a_path() {
        let client = AgencyClient::new("https://agency.example/api/".parse().unwrap()).unwrap();
        assert_eq!(
            client.url(&paths::case("C-1")).as_str(),
            "https://agency.example/api/v1/cases/C-1"
        );
        let client = AgencyClient::new("http://127.0.0.1:8080/".parse().unwrap()).unwrap();
        assert_eq!(
            client.url(paths::ME).as_str(),
            "http://127.0.0.1:8080/v1/me"
        );
    }
}
