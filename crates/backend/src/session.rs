//! The parent's session with the agency.
//!
//! The refresh token is kept in the [`SecretStore`] (the OS keyring at home)
//! and in memory; the access token only in memory. Refreshes are serialised:
//! a refresh token rotates, and two refreshes racing with the same one would
//! look like theft to the agency and end the session.

use crate::agency_client::{AgencyClient, AgencyError};
use crate::secrets::{self, SecretStore};
use crate::sign_in::{self, Loopback, Page, Redirect};
use crate::{ErrorCode, IpcError, SessionState};
use agency_api::{Me, TokenResponse};
use std::future::Future;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::sync::{Mutex, oneshot, watch};
use url::Url;

/// How long the app waits for the parent on the agency's sign-in page.
const SIGN_IN_TIMEOUT: Duration = Duration::from_secs(15 * 60);
/// An access token this close to expiry is refreshed before use.
const EXPIRY_MARGIN: Duration = Duration::from_secs(30);

#[derive(Default)]
struct Tokens {
    access: Option<(String, Instant)>,
    refresh: Option<String>,
}

pub(crate) struct Session {
    client: AgencyClient,
    secrets: Arc<dyn SecretStore>,
    /// The secret's name: one refresh token per agency.
    secret_name: String,
    tokens: Mutex<Tokens>,
    state: watch::Sender<SessionState>,
    /// Ends the sign-in under way, if any.
    cancel: std::sync::Mutex<Option<oneshot::Sender<()>>>,
}

impl Session {
    pub(crate) fn new(client: AgencyClient, secrets: Arc<dyn SecretStore>) -> Self {
        let secret_name = format!(
            "refresh-token@{}",
            client.base_url().origin().ascii_serialization()
        );
        Self {
            client,
            secrets,
            secret_name,
            tokens: Mutex::new(Tokens::default()),
            state: watch::Sender::new(SessionState::SignedOut),
            cancel: std::sync::Mutex::new(None),
        }
    }

    pub(crate) fn state(&self) -> SessionState {
        self.state.borrow().clone()
    }

    pub(crate) fn subscribe(&self) -> watch::Receiver<SessionState> {
        self.state.subscribe()
    }

    pub(crate) fn signed_in(&self) -> bool {
        matches!(*self.state.borrow(), SessionState::SignedIn { .. })
    }

    fn remembered(&self) -> bool {
        self.secrets.persistent()
    }

    /// At start-up: a refresh token in the keyring means the parent is still
    /// signed in. `cached_me` (from the local store) lets the app say who
    /// without the network; without it the agency is asked.
    pub(crate) async fn restore(&self, cached_me: Option<Me>) -> Result<(), IpcError> {
        let Some(refresh) = self.read_secret().await? else {
            return Ok(());
        };
        self.tokens.lock().await.refresh = Some(refresh);
        let participant = match cached_me {
            Some(me) => me,
            None => match self
                .with_token(|t| async move { self.client.me(&t).await })
                .await
            {
                Ok(me) => me,
                Err(e) => {
                    tracing::info!(error = %e, "a saved session could not be confirmed");
                    return Ok(());
                }
            },
        };
        self.state.send_replace(SessionState::SignedIn {
            participant,
            remembered: self.remembered(),
        });
        Ok(())
    }

    /// Signs in: `open` shows the agency's page (the system browser, or a
    /// window of the app); this waits for the redirect, then trades the code
    /// for tokens and asks who signed in.
    pub(crate) async fn sign_in(
        &self,
        language: Page,
        open: impl FnOnce(Url) -> Result<(), String>,
    ) -> Result<Me, IpcError> {
        let before = self.state();
        self.state.send_replace(SessionState::SigningIn);
        let result = self.run_sign_in(language, open).await;
        match &result {
            Ok(me) => {
                self.state.send_replace(SessionState::SignedIn {
                    participant: me.clone(),
                    remembered: self.remembered(),
                });
            }
            Err(_) => {
                self.state.send_replace(before);
            }
        }
        result
    }

    async fn run_sign_in(
        &self,
        language: Page,
        open: impl FnOnce(Url) -> Result<(), String>,
    ) -> Result<Me, IpcError> {
        let (cancel, cancelled_by_parent) = oneshot::channel();
        if let Ok(mut slot) = self.cancel.lock() {
            // A sign-in still waiting is replaced by this one.
            *slot = Some(cancel);
        }
        let verifier = sign_in::random_token();
        let state = sign_in::random_token();
        let loopback = Loopback::bind(state.clone()).await.map_err(|e| {
            IpcError::new(
                ErrorCode::Internal,
                format!("The app could not prepare the sign-in: {e}"),
            )
        })?;
        let redirect_uri = loopback.redirect_uri().to_owned();
        let lang = match language {
            Page::En => "en",
            Page::Es => "es",
        };
        let url = self.client.authorize_url(
            &redirect_uri,
            &sign_in::challenge_of(&verifier),
            &state,
            lang,
        );
        open(url).map_err(|e| {
            IpcError::new(
                ErrorCode::Internal,
                format!("The app could not open the agency's sign-in page: {e}"),
            )
        })?;
        let redirect = tokio::select! {
            r = loopback.accept(language) => r.map_err(|e| IpcError::new(ErrorCode::Internal, format!("The sign-in was interrupted: {e}")))?,
            _ = cancelled_by_parent => return Err(cancelled()),
            () = tokio::time::sleep(SIGN_IN_TIMEOUT) => return Err(cancelled()),
        };
        let code = match redirect {
            Redirect::Code(code) => code,
            Redirect::Error(error) => {
                tracing::info!(%error, "the agency ended the sign-in without a code");
                return Err(cancelled());
            }
        };
        let tokens = self
            .client
            .exchange_code(&code, &redirect_uri, &verifier)
            .await?;
        self.keep(tokens).await;
        self.with_token(|t| async move { self.client.me(&t).await })
            .await
            .map_err(IpcError::from)
    }

    /// Ends a sign-in that is waiting for the parent.
    pub(crate) fn cancel_sign_in(&self) {
        if let Some(cancel) = self.cancel.lock().ok().and_then(|mut slot| slot.take()) {
            let _ = cancel.send(());
        }
    }

    /// Revokes the refresh token at the agency and forgets it here. Offline,
    /// the token is still forgotten here; the agency lets it expire.
    pub(crate) async fn sign_out(&self) -> Result<(), IpcError> {
        let refresh = {
            let mut tokens = self.tokens.lock().await;
            tokens.access = None;
            tokens.refresh.take()
        };
        if let Some(refresh) = refresh
            && let Err(e) = self.client.revoke(&refresh).await
        {
            tracing::warn!(error = %e, "the agency did not confirm the sign-out; the token is forgotten here");
        }
        let deleted = self.delete_secret().await;
        self.state.send_replace(SessionState::SignedOut);
        deleted
    }

    /// Calls the agency with a valid access token, refreshing it first when
    /// it is about to expire, and once more if the agency refuses it.
    pub(crate) async fn with_token<T, F, Fut>(&self, call: F) -> Result<T, AgencyErrorOr>
    where
        F: Fn(String) -> Fut,
        Fut: Future<Output = Result<T, AgencyError>>,
    {
        let token = self.access_token(None).await?;
        match call(token.clone()).await {
            Err(e) if e.is_unauthorized() => {
                let token = self.access_token(Some(&token)).await?;
                let result = call(token).await;
                if let Err(e) = &result
                    && e.is_unauthorized()
                {
                    self.end().await;
                }
                Ok(result?)
            }
            other => Ok(other?),
        }
    }

    /// A current access token, refreshed if it is about to expire or is
    /// `refused`, the one the agency just answered 401 to. Calls made
    /// together that are all refused refresh once: the first one in renews
    /// the token, and the others, finding a different one, use it.
    async fn access_token(&self, refused: Option<&str>) -> Result<String, AgencyErrorOr> {
        let mut tokens = self.tokens.lock().await;
        if let Some((token, expires)) = &tokens.access
            && refused != Some(token.as_str())
            && Instant::now() + EXPIRY_MARGIN < *expires
        {
            return Ok(token.clone());
        }
        let Some(refresh) = tokens.refresh.clone() else {
            return Err(AgencyErrorOr::SignedOut);
        };
        match self.client.refresh(&refresh).await {
            Ok(response) => {
                let access = response.access_token.clone();
                self.store_tokens(&mut tokens, response).await;
                Ok(access)
            }
            Err(e) if e.is_invalid_grant() => {
                drop(tokens);
                self.end().await;
                Err(AgencyErrorOr::SignedOut)
            }
            Err(e) => Err(e.into()),
        }
    }

    async fn keep(&self, response: TokenResponse) {
        let mut tokens = self.tokens.lock().await;
        self.store_tokens(&mut tokens, response).await;
    }

    /// The new refresh token goes to the keyring before anything else
    /// happens: the old one no longer works.
    async fn store_tokens(&self, tokens: &mut Tokens, response: TokenResponse) {
        if let Err(e) = self.write_secret(&response.refresh_token).await {
            tracing::warn!(error = %e, "the keyring did not take the new refresh token; the session lasts while the app runs");
        }
        tokens.refresh = Some(response.refresh_token);
        tokens.access = Some((
            response.access_token,
            Instant::now() + Duration::from_secs(response.expires_in),
        ));
    }

    /// The agency ended the session: forget it and say so.
    async fn end(&self) {
        {
            let mut tokens = self.tokens.lock().await;
            *tokens = Tokens::default();
        }
        if let Err(e) = self.delete_secret().await {
            tracing::warn!(error = %e, "an ended session's token could not be deleted");
        }
        self.state.send_replace(SessionState::SignedOut);
    }

    async fn read_secret(&self) -> Result<Option<String>, IpcError> {
        let name = self.secret_name.clone();
        secrets::blocking(&self.secrets, move |s| s.get(&name))
            .await
            .map_err(keyring_error)
    }

    async fn write_secret(&self, value: &str) -> Result<(), IpcError> {
        let (name, value) = (self.secret_name.clone(), value.to_owned());
        secrets::blocking(&self.secrets, move |s| s.set(&name, &value))
            .await
            .map_err(keyring_error)
    }

    async fn delete_secret(&self) -> Result<(), IpcError> {
        let name = self.secret_name.clone();
        secrets::blocking(&self.secrets, move |s| s.delete(&name))
            .await
            .map_err(keyring_error)
    }
}

fn keyring_error(e: secrets::SecretError) -> IpcError {
    IpcError::new(
        ErrorCode::Storage,
        format!("The app could not use the system's keyring: {e}"),
    )
}

fn cancelled() -> IpcError {
    IpcError::new(ErrorCode::SignInCancelled, "The sign-in was not completed.")
}

/// A call made on the parent's behalf fails because the agency refused it,
/// or because nobody is signed in.
#[derive(Debug, thiserror::Error)]
pub(crate) enum AgencyErrorOr {
    #[error(transparent)]
    Agency(#[from] AgencyError),
    #[error("not signed in")]
    SignedOut,
}

impl AgencyErrorOr {
    pub(crate) fn is_transient(&self) -> bool {
        matches!(self, Self::Agency(e) if e.is_transient())
    }

    /// The HTTP status the agency answered with, if it answered.
    pub(crate) fn status(&self) -> Option<reqwest::StatusCode> {
        match self {
            Self::Agency(e) => e.status(),
            Self::SignedOut => None,
        }
    }
}

impl From<AgencyErrorOr> for IpcError {
    fn from(e: AgencyErrorOr) -> Self {
        match e {
            AgencyErrorOr::Agency(e) => e.into(),
            AgencyErrorOr::SignedOut => IpcError::new(
                ErrorCode::NotSignedIn,
                "Please sign in to the agency first.",
            ),
        }
    }
}
