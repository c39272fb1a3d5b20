//! Contact and employer updates: the form checked by the agency's rules,
//! submitted through the outbox (one idempotency key per update), and the
//! agency's handling of each (received, confirmed, rejected) as synced.
//!
//! Nothing of an update is logged: an address is among the most sensitive
//! things the app holds.

use crate::application_form::{self, ContactForm, FieldIssue};
use crate::store::store_error;
use crate::{Backend, ErrorCode, IpcError, OutboxItem, OutboxKind};
use agency_api::{ContactUpdate, ContactVisibility};
use chrono::SecondsFormat;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub(crate) const CONTACT_UPDATES: &str = "contact-updates";

/// The parent's contact updates as of the last sync, and who can see their
/// details on each of their cases.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ContactUpdates {
    /// Oldest first.
    pub updates: Vec<ContactUpdate>,
    /// Per case: whether the other parent can see the parent's address,
    /// phone and employer (never on a family-violence case).
    pub visibility: Vec<ContactVisibility>,
    /// When they were fetched (RFC 3339), or null if never.
    #[serde(default)]
    pub as_of: Option<String>,
}

impl Backend {
    /// Every field of a contact update that needs another look (none: it
    /// can be sent).
    pub fn check_contact_update(&self, form: &ContactForm) -> Vec<FieldIssue> {
        application_form::check_contact(form, chrono::Local::now().date_naive())
            .err()
            .unwrap_or_default()
    }

    /// Saves a contact update to the outbox, to be sent with its own
    /// idempotency key: sent again after a lost answer, the agency records
    /// it once. Refused with the first field at fault.
    pub async fn submit_contact_update(&self, form: &ContactForm) -> Result<OutboxItem, IpcError> {
        self.participant_id()?;
        let update = application_form::check_contact(form, chrono::Local::now().date_naive())
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
                        "Some answers need another look before the update can be sent.",
                    )
                }
            })?;
        self.enqueue(OutboxKind::ContactUpdate, None, &update, None)
            .await
    }

    /// The parent's contact updates and who can see their details, as of
    /// the last sync.
    pub async fn contact_updates(&self) -> Result<ContactUpdates, IpcError> {
        let store = self.inner.local.get().await?;
        Ok(store
            .cached(CONTACT_UPDATES)
            .await
            .map_err(store_error)?
            .and_then(|c| {
                let mut updates: ContactUpdates = serde_json::from_value(c.value).ok()?;
                updates.as_of = Some(c.fetched_at.to_rfc3339_opts(SecondsFormat::Secs, true));
                Some(updates)
            })
            .unwrap_or_default())
    }
}
