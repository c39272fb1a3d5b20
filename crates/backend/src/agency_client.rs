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
    Agency, Application, ApplicationList, Appointment, AppointmentList, CaseDetail, CaseList,
    ContactUpdate, ContactUpdateList, Document, DocumentList, HowToPay, IDEMPOTENCY_KEY, MarkRead,
    Me, Message, ModificationRequest, ModificationRequestList, NewApplication, NewAppointment,
    NewContactUpdate, NewDocument, NewMessage, NewModificationRequest, NewThread, OAuthError,
    PROBLEM_JSON, PaymentPage, Problem, ProblemType, SlotList, Thread, ThreadDetail, ThreadList,
    TokenResponse, paths, tus,
};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use bytes::Bytes;
use reqwest::{Method, RequestBuilder, Response, StatusCode, header};
use serde::de::DeserializeOwned;
use sha2::{Digest, Sha256};
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
    /// An upload's `Location` pointed away from the agency: the token is
    /// not sent there.
    #[error("the agency gave an upload address elsewhere")]
    ForeignLocation,
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

    /// The HTTP status the agency answered with, if it answered.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Self::Problem { status, .. } | Self::Status { status } | Self::OAuth { status, .. } => {
                Some(*status)
            }
            _ => None,
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
            AgencyError::ForeignLocation => IpcError::new(
                ErrorCode::AgencyError,
                "The agency's system gave an answer the app did not understand. Please try again later.",
            ),
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

    /// `GET /v1/me/changes`: what changed for the caller since `since` (the
    /// cursor of an earlier answer); every area without one.
    pub async fn changes(
        &self,
        token: &str,
        since: Option<&str>,
    ) -> Result<agency_api::Changes, AgencyError> {
        let mut url = self.url(paths::CHANGES);
        if let Some(since) = since {
            url.query_pairs_mut().append_pair("since", since);
        }
        self.json((Method::GET, url, Some(token.to_owned()))).await
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
        // The most the API gives in a page: a long history in ten round
        // trips, not a hundred.
        url.query_pairs_mut()
            .append_pair("limit", &PAYMENTS_PER_PAGE.to_string());
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

    /// `POST /v1/uploads` (tus creation) with an idempotency key: a retry
    /// gets the same upload. Answers the upload's address, as the agency
    /// gave it in `Location`.
    pub async fn create_upload(
        &self,
        token: &str,
        file: &UploadFile<'_>,
        idempotency_key: &str,
    ) -> Result<String, AgencyError> {
        let url = self.url(paths::UPLOADS);
        let metadata = [
            (tus::META_FILENAME, file.file_name),
            (tus::META_CONTENT_TYPE, file.content_type),
            (tus::META_SHA256, file.sha256),
        ]
        .iter()
        .map(|(key, value)| format!("{key} {}", BASE64.encode(value)))
        .collect::<Vec<_>>()
        .join(",");
        let build = || {
            self.http
                .post(url.clone())
                .bearer_auth(token)
                .header(tus::TUS_RESUMABLE, tus::VERSION)
                .header(IDEMPOTENCY_KEY, idempotency_key)
                .header(tus::UPLOAD_LENGTH, file.size)
                .header(tus::UPLOAD_METADATA, &metadata)
        };
        let response = self.send(build).await?;
        let location = response
            .headers()
            .get(header::LOCATION)
            .and_then(|v| v.to_str().ok())
            .ok_or_else(|| AgencyError::Decode("no Location for the new upload".to_owned()))?;
        // Checked now, so that a bad address is refused before it is saved.
        self.upload_url(location)?;
        Ok(location.to_owned())
    }

    /// `HEAD` of an upload (tus core): how many bytes the agency has.
    pub async fn upload_offset(&self, token: &str, location: &str) -> Result<u64, AgencyError> {
        let url = self.upload_url(location)?;
        let build = || {
            self.http
                .head(url.clone())
                .bearer_auth(token)
                .header(tus::TUS_RESUMABLE, tus::VERSION)
        };
        offset_of(&self.send(build).await?)
    }

    /// `PATCH` of one chunk at `offset`, with its SHA-256 in
    /// `Upload-Checksum` (tus checksum): the agency keeps all of it or, if
    /// it arrived damaged, none (`460`). `sent` is told how many bytes of
    /// the chunk have gone, as they go. Answers the new offset. Never
    /// retried here: the caller asks HEAD where to resume.
    pub async fn upload_chunk(
        &self,
        token: &str,
        location: &str,
        offset: u64,
        chunk: Bytes,
        sent: impl Fn(u64) + Send + Sync + 'static,
    ) -> Result<u64, AgencyError> {
        let url = self.upload_url(location)?;
        let checksum = format!(
            "{} {}",
            tus::CHECKSUM_ALGORITHM,
            BASE64.encode(Sha256::digest(&chunk))
        );
        let length = chunk.len();
        // Long enough for a slow line (16 KiB/s), never for a dead one.
        let timeout = REQUEST_TIMEOUT
            + Duration::from_secs(u64::try_from(length / (16 * 1024)).unwrap_or(u64::MAX));
        let pieces = (0..length).step_by(PIECE).map(move |start| {
            let piece = chunk.slice(start..(start + PIECE).min(length));
            sent((start + piece.len()) as u64);
            Ok::<_, std::io::Error>(piece)
        });
        let body = reqwest::Body::wrap_stream(futures_util::stream::iter(pieces));
        let response = self
            .http
            .patch(url)
            .bearer_auth(token)
            .timeout(timeout)
            .header(tus::TUS_RESUMABLE, tus::VERSION)
            .header(tus::UPLOAD_OFFSET, offset)
            .header(tus::UPLOAD_CHECKSUM, checksum)
            .header(header::CONTENT_TYPE, tus::OFFSET_OCTET_STREAM)
            .header(header::CONTENT_LENGTH, length)
            .body(body)
            .send()
            .await
            .map_err(AgencyError::Unreachable)?;
        offset_of(&check(response).await?)
    }

    /// `DELETE` of an upload (tus termination): the agency forgets it.
    pub async fn terminate_upload(&self, token: &str, location: &str) -> Result<(), AgencyError> {
        let url = self.upload_url(location)?;
        let build = || {
            self.http
                .delete(url.clone())
                .bearer_auth(token)
                .header(tus::TUS_RESUMABLE, tus::VERSION)
        };
        self.send(build).await.map(drop)
    }

    /// `POST /v1/cases/{id}/documents` with an idempotency key: attaches a
    /// complete upload to the case.
    pub async fn create_document(
        &self,
        token: &str,
        case_id: &str,
        document: &NewDocument,
        idempotency_key: &str,
    ) -> Result<Document, AgencyError> {
        let url = self.url(&paths::case_documents(case_id));
        let build = || {
            self.http
                .post(url.clone())
                .bearer_auth(token)
                .header(IDEMPOTENCY_KEY, idempotency_key)
                .json(document)
        };
        read_json(self.send(build).await?).await
    }

    /// `GET /v1/cases/{id}/documents`: the caller's documents on the case.
    pub async fn documents(&self, token: &str, case_id: &str) -> Result<DocumentList, AgencyError> {
        self.json(self.get(&paths::case_documents(case_id), Some(token)))
            .await
    }

    /// `GET /v1/cases/{id}/how-to-pay`: the agency's payment options with
    /// what to quote on the case.
    pub async fn how_to_pay(&self, token: &str, case_id: &str) -> Result<HowToPay, AgencyError> {
        self.json(self.get(&paths::case_how_to_pay(case_id), Some(token)))
            .await
    }

    /// `POST /v1/me/contact-updates` with the outbox item's idempotency
    /// key: a retry gets the first answer and records nothing new.
    pub async fn create_contact_update(
        &self,
        token: &str,
        update: &NewContactUpdate,
        idempotency_key: &str,
    ) -> Result<ContactUpdate, AgencyError> {
        let url = self.url(paths::CONTACT_UPDATES);
        let build = || {
            self.http
                .post(url.clone())
                .bearer_auth(token)
                .header(IDEMPOTENCY_KEY, idempotency_key)
                .json(update)
        };
        read_json(self.send(build).await?).await
    }

    /// `GET /v1/me/contact-updates`: the caller's updates and who can see
    /// their details on each case.
    pub async fn contact_updates(&self, token: &str) -> Result<ContactUpdateList, AgencyError> {
        self.json(self.get(paths::CONTACT_UPDATES, Some(token)))
            .await
    }

    /// `GET /v1/cases/{id}/threads`: the caller's message threads on the
    /// case with their unread counts (no messages).
    pub async fn threads(&self, token: &str, case_id: &str) -> Result<ThreadList, AgencyError> {
        self.json(self.get(&paths::case_threads(case_id), Some(token)))
            .await
    }

    /// `GET /v1/cases/{id}/threads/{thread_id}`: one thread with all its
    /// messages, oldest first.
    pub async fn thread(
        &self,
        token: &str,
        case_id: &str,
        thread_id: &str,
    ) -> Result<ThreadDetail, AgencyError> {
        self.json(self.get(&paths::case_thread(case_id, thread_id), Some(token)))
            .await
    }

    /// `POST /v1/cases/{id}/threads` with the outbox item's idempotency
    /// key: a new thread with its first message, created once.
    pub async fn create_thread(
        &self,
        token: &str,
        case_id: &str,
        thread: &NewThread,
        idempotency_key: &str,
    ) -> Result<ThreadDetail, AgencyError> {
        let url = self.url(&paths::case_threads(case_id));
        let build = || {
            self.http
                .post(url.clone())
                .bearer_auth(token)
                .header(IDEMPOTENCY_KEY, idempotency_key)
                .json(thread)
        };
        read_json(self.send(build).await?).await
    }

    /// `POST /v1/cases/{id}/threads/{thread_id}/messages` with the outbox
    /// item's idempotency key: a reply, recorded once.
    pub async fn create_message(
        &self,
        token: &str,
        case_id: &str,
        thread_id: &str,
        message: &NewMessage,
        idempotency_key: &str,
    ) -> Result<Message, AgencyError> {
        let url = self.url(&paths::case_thread_messages(case_id, thread_id));
        let build = || {
            self.http
                .post(url.clone())
                .bearer_auth(token)
                .header(IDEMPOTENCY_KEY, idempotency_key)
                .json(message)
        };
        read_json(self.send(build).await?).await
    }

    /// `POST /v1/cases/{id}/threads/{thread_id}/read`: marks the agency's
    /// messages read up to `up_to` (safe to repeat: marking read twice
    /// changes nothing).
    pub async fn mark_read(
        &self,
        token: &str,
        case_id: &str,
        thread_id: &str,
        mark: &MarkRead,
    ) -> Result<Thread, AgencyError> {
        let url = self.url(&paths::case_thread_read(case_id, thread_id));
        let build = || self.http.post(url.clone()).bearer_auth(token).json(mark);
        read_json(self.send(build).await?).await
    }

    /// `GET /v1/cases/{id}/appointments`: the caller's appointments and
    /// court dates on the case that have not ended, soonest first.
    pub async fn appointments(
        &self,
        token: &str,
        case_id: &str,
    ) -> Result<AppointmentList, AgencyError> {
        self.json(self.get(&paths::case_appointments(case_id), Some(token)))
            .await
    }

    /// `GET /v1/cases/{id}/appointment-slots`: the open slots, soonest first.
    pub async fn appointment_slots(
        &self,
        token: &str,
        case_id: &str,
    ) -> Result<SlotList, AgencyError> {
        self.json(self.get(&paths::case_appointment_slots(case_id), Some(token)))
            .await
    }

    /// `POST /v1/cases/{id}/appointments` with an idempotency key: a retry
    /// after a lost answer gets the first booking, never a second one.
    pub async fn book_appointment(
        &self,
        token: &str,
        case_id: &str,
        slot_id: &str,
        idempotency_key: &str,
    ) -> Result<Appointment, AgencyError> {
        let url = self.url(&paths::case_appointments(case_id));
        let body = NewAppointment {
            slot_id: slot_id.to_owned(),
        };
        let build = || {
            self.http
                .post(url.clone())
                .bearer_auth(token)
                .header(IDEMPOTENCY_KEY, idempotency_key)
                .json(&body)
        };
        read_json(self.send(build).await?).await
    }

    /// `POST /v1/cases/{id}/appointments/{appointment_id}/cancel` with an
    /// idempotency key (cancelling twice is harmless too).
    pub async fn cancel_appointment(
        &self,
        token: &str,
        case_id: &str,
        appointment_id: &str,
        idempotency_key: &str,
    ) -> Result<Appointment, AgencyError> {
        let url = self.url(&paths::case_appointment_cancel(case_id, appointment_id));
        let build = || {
            self.http
                .post(url.clone())
                .bearer_auth(token)
                .header(IDEMPOTENCY_KEY, idempotency_key)
        };
        read_json(self.send(build).await?).await
    }

    /// An upload's address, resolved against the agency's: only ever the
    /// agency's own origin, so that the token goes nowhere else.
    fn upload_url(&self, location: &str) -> Result<Url, AgencyError> {
        let url = self
            .base
            .join(location)
            .map_err(|_| AgencyError::ForeignLocation)?;
        if url.origin() != self.base.origin() {
            return Err(AgencyError::ForeignLocation);
        }
        Ok(url)
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

/// Payments asked for per page: the API's most (`limit`, 1 to 1000).
pub const PAYMENTS_PER_PAGE: u32 = 1000;

/// The size of the pieces a chunk is handed to the network in: progress is
/// told per piece.
const PIECE: usize = 64 * 1024;

/// A file to upload, as the agency's creation needs it.
#[derive(Debug, Clone, Copy)]
pub struct UploadFile<'a> {
    pub file_name: &'a str,
    pub content_type: &'a str,
    pub sha256: &'a str,
    pub size: u64,
}

fn offset_of(response: &Response) -> Result<u64, AgencyError> {
    response
        .headers()
        .get(tus::UPLOAD_OFFSET)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse().ok())
        .ok_or_else(|| AgencyError::Decode(format!("no {} in the answer", tus::UPLOAD_OFFSET)))
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
    fn an_upload_address_is_only_ever_the_agencys() {
        let client = AgencyClient::new("http://127.0.0.1:8080/".parse().unwrap()).unwrap();
        assert_eq!(
            client.upload_url("/v1/uploads/ab").unwrap().as_str(),
            "http://127.0.0.1:8080/v1/uploads/ab"
        );
        assert_eq!(
            client
                .upload_url("http://127.0.0.1:8080/v1/uploads/ab")
                .unwrap()
                .as_str(),
            "http://127.0.0.1:8080/v1/uploads/ab"
        );
        for elsewhere in [
            "http://evil.example/v1/uploads/ab",
            "//evil.example/x",
            "http://127.0.0.1:9999/v1/uploads/ab",
            "https://127.0.0.1:8080/v1/uploads/ab",
        ] {
            assert!(
                matches!(
                    client.upload_url(elsewhere),
                    Err(AgencyError::ForeignLocation)
                ),
                "{elsewhere}"
            );
        }
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
