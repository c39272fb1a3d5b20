//! Applying for services: the draft saved as the parent goes, the check,
//! the submission through the outbox, and where each submission stands.

use crate::application_form::{self, ApplicationForm, FieldIssue};
use crate::store::store_error;
use crate::{Backend, ErrorCode, IpcError, OutboxItem, OutboxKind, SessionState};
use agency_api::{Application, ModificationRequest};
use chrono::{SecondsFormat, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The cache entry of the parent's applications and modification requests.
pub(crate) const SUBMISSIONS: &str = "submissions";

/// An application in progress, as saved.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ApplicationDraft {
    pub form: ApplicationForm,
    /// The step the parent was on (0 is the first).
    pub step: u32,
    /// When it was saved (RFC 3339); empty on the way in.
    #[serde(default)]
    pub saved_at: String,
}

/// What the parent has sent the agency, and where each stands, as of the
/// last sync.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Submissions {
    pub applications: Vec<Application>,
    pub modification_requests: Vec<ModificationRequest>,
    /// When this was fetched from the agency (RFC 3339); `None` before the
    /// first sync.
    pub as_of: Option<String>,
}

fn draft_name(participant: &str) -> String {
    format!("application/{participant}")
}

impl Backend {
    /// Every field at fault in `form`, in the form's order; empty when the
    /// application can be sent.
    pub fn check_application(&self, form: &ApplicationForm) -> Vec<FieldIssue> {
        application_form::check(form, chrono::Local::now().date_naive())
            .err()
            .unwrap_or_default()
    }

    /// The signed-in parent's application in progress, if any.
    pub async fn application_draft(&self) -> Result<Option<ApplicationDraft>, IpcError> {
        let name = draft_name(&self.participant_id()?);
        let store = self.inner.local.get().await?;
        Ok(store
            .draft(&name)
            .await
            .map_err(store_error)?
            .and_then(|value| serde_json::from_value(value).ok()))
    }

    /// Saves the application in progress (encrypted, on disk), replacing
    /// the last save.
    pub async fn save_application_draft(
        &self,
        draft: ApplicationDraft,
    ) -> Result<ApplicationDraft, IpcError> {
        let name = draft_name(&self.participant_id()?);
        let draft = ApplicationDraft {
            saved_at: Utc::now().to_rfc3339_opts(SecondsFormat::Secs, true),
            ..draft
        };
        let value = serde_json::to_value(&draft)
            .map_err(|e| IpcError::new(ErrorCode::Internal, e.to_string()))?;
        let store = self.inner.local.get().await?;
        store.put_draft(&name, &value).await.map_err(store_error)?;
        Ok(draft)
    }

    /// Throws the application in progress away.
    pub async fn discard_application_draft(&self) -> Result<(), IpcError> {
        let name = draft_name(&self.participant_id()?);
        let store = self.inner.local.get().await?;
        store.delete_draft(&name).await.map_err(store_error)
    }

    /// Checks the application and saves it to the outbox in place of the
    /// draft; the worker sends it. A form with problems is refused with the
    /// first field at fault (the UI checks with
    /// [`Backend::check_application`] first and shows them all).
    pub async fn submit_application(&self, form: &ApplicationForm) -> Result<OutboxItem, IpcError> {
        let participant = self.participant_id()?;
        let application = application_form::check(form, chrono::Local::now().date_naive())
            .map_err(|issues| {
                let first = issues.first();
                IpcError {
                    field: first.map(|i| i.field.clone()),
                    reason: first.and_then(|i| {
                        serde_json::to_value(i.problem)
                            .ok()
                            .and_then(|v| v.as_str().map(str::to_owned))
                    }),
                    ..IpcError::new(
                        ErrorCode::InvalidInput,
                        "Some answers need another look before the application can be sent.",
                    )
                }
            })?;
        self.enqueue(
            OutboxKind::Application,
            None,
            &application,
            Some(&draft_name(&participant)),
        )
        .await
    }

    /// The parent's applications and modification requests as of the last
    /// sync.
    pub async fn submissions(&self) -> Result<Submissions, IpcError> {
        let store = self.inner.local.get().await?;
        Ok(store
            .cached(SUBMISSIONS)
            .await
            .map_err(store_error)?
            .and_then(|c| {
                let mut submissions: Submissions = serde_json::from_value(c.value).ok()?;
                submissions.as_of = Some(c.fetched_at.to_rfc3339_opts(SecondsFormat::Secs, true));
                Some(submissions)
            })
            .unwrap_or_default())
    }

    pub(crate) fn participant_id(&self) -> Result<String, IpcError> {
        match self.session() {
            SessionState::SignedIn { participant, .. } => Ok(participant.id),
            _ => Err(IpcError::new(
                ErrorCode::NotSignedIn,
                "Please sign in to the agency first.",
            )),
        }
    }
}
