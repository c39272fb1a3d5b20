//! Sync: the agency's data, cached here, and brought up to date.
//!
//! The UI is answered from the cache at once; a sync then fetches the case
//! list, each case, and the payments that are new since the last cursor
//! (a conditional GET with the last ETag, so that an unchanged history costs
//! a `304`). Progress and staleness are pushed as [`BackendEvent::Sync`].
//! Offline, the cache is what the parent sees, marked with its age.

use crate::agency_client::Conditional;
use crate::applications::{SUBMISSIONS, Submissions};
use crate::session::AgencyErrorOr;
use crate::store::store_error;
use crate::uploads::documents_key;
use crate::{Backend, BackendEvent, CaseOverview, IpcError, PaymentsPosted, SyncPhase, SyncStatus};
use agency_api::{CaseDetail, Payment};
use chrono::{DateTime, SecondsFormat, Utc};
use serde::{Deserialize, Serialize};
use std::sync::Mutex;

const CASES: &str = "cases";

fn payments_key(case_id: &str) -> String {
    format!("payments/{case_id}")
}

/// A case's payments as held here, with where the next sync resumes.
#[derive(Debug, Default, Serialize, Deserialize)]
pub(crate) struct CachedPayments {
    pub(crate) payments: Vec<Payment>,
    /// The cursor of the last page: the next sync asks for what came after.
    pub(crate) next: Option<String>,
}

#[derive(Default)]
pub(crate) struct SyncState {
    current: Mutex<Current>,
    /// Held while a sync runs: one at a time.
    running: tokio::sync::Mutex<()>,
}

#[derive(Default, Clone)]
struct Current {
    phase: Option<SyncPhase>,
    done: u32,
    total: u32,
    error: Option<IpcError>,
}

impl SyncState {
    pub(crate) fn status(&self, as_of: Option<DateTime<Utc>>) -> SyncStatus {
        let current = self.current.lock().map(|c| c.clone()).unwrap_or_default();
        SyncStatus {
            phase: current.phase.unwrap_or(SyncPhase::Idle),
            as_of: as_of.map(|t| t.to_rfc3339_opts(SecondsFormat::Secs, true)),
            done: current.done,
            total: current.total,
            error: current.error,
        }
    }

    fn set(&self, phase: SyncPhase, done: u32, total: u32, error: Option<IpcError>) {
        if let Ok(mut current) = self.current.lock() {
            *current = Current {
                phase: Some(phase),
                done,
                total,
                error,
            };
        }
    }

    /// No sync has run since start-up (or since the last reset).
    fn never_ran(&self) -> bool {
        self.current.lock().is_ok_and(|c| c.phase.is_none())
    }

    pub(crate) fn reset(&self) {
        if let Ok(mut current) = self.current.lock() {
            *current = Current::default();
        }
    }
}

impl Backend {
    /// The parent's cases as held here, at once, with how fresh they are.
    /// A sync starts in the background when none has run since start-up.
    pub async fn case_overview(&self) -> Result<CaseOverview, IpcError> {
        let store = self.inner.local.get().await?;
        let cached = store.cached(CASES).await.map_err(store_error)?;
        let (cases, as_of) = match cached {
            Some(c) => (
                serde_json::from_value::<Vec<CaseDetail>>(c.value).unwrap_or_default(),
                Some(c.fetched_at),
            ),
            None => (Vec::new(), None),
        };
        if self.inner.sync.never_ran() && self.inner.session.signed_in() {
            let backend = self.clone();
            tokio::spawn(async move { backend.sync_now().await });
        }
        Ok(CaseOverview {
            cases,
            sync: self.inner.sync.status(as_of),
        })
    }

    /// A case's payments as held here (synced with the cases).
    pub async fn cached_payments(&self, case_id: &str) -> Result<Vec<Payment>, IpcError> {
        let store = self.inner.local.get().await?;
        Ok(store
            .cached(&payments_key(case_id))
            .await
            .map_err(store_error)?
            .and_then(|c| serde_json::from_value::<CachedPayments>(c.value).ok())
            .map(|c| c.payments)
            .unwrap_or_default())
    }

    /// Brings the cache up to date with the agency, and says how it went.
    /// A sync already running is waited for, not doubled.
    pub async fn sync_now(&self) -> SyncStatus {
        let _running = match self.inner.sync.running.try_lock() {
            Ok(guard) => guard,
            Err(_) => {
                // Another sync is under way: its outcome is this one's.
                let _finished = self.inner.sync.running.lock().await;
                return self.inner.sync.status(self.as_of().await);
            }
        };
        if !self.inner.session.signed_in() {
            return self.inner.sync.status(self.as_of().await);
        }
        self.sync_progress(SyncPhase::Syncing, 0, 1, None).await;
        let outcome = self.run_sync().await;
        let (phase, error) = match outcome {
            Ok(()) => (SyncPhase::Idle, None),
            Err(e) if e.is_transient() => (SyncPhase::Offline, Some(IpcError::from(e))),
            Err(e) => (SyncPhase::Failed, Some(IpcError::from(e))),
        };
        self.sync_progress(phase, 0, 0, error).await
    }

    async fn as_of(&self) -> Option<DateTime<Utc>> {
        let store = self.inner.local.get().await.ok()?;
        store.cached(CASES).await.ok()?.map(|c| c.fetched_at)
    }

    async fn sync_progress(
        &self,
        phase: SyncPhase,
        done: u32,
        total: u32,
        error: Option<IpcError>,
    ) -> SyncStatus {
        self.inner.sync.set(phase, done, total, error);
        let status = self.inner.sync.status(self.as_of().await);
        self.emit(BackendEvent::Sync(status.clone()));
        status
    }

    async fn run_sync(&self) -> Result<(), SyncError> {
        let store = self.inner.local.get().await.map_err(SyncError::Local)?;
        let session = &self.inner.session;
        let client = &self.inner.client;
        let list = session
            .with_token(|t| async move { client.cases(&t).await })
            .await?;
        // The list, each case, each case's payments, then the submissions.
        let total = 2 + 2 * u32::try_from(list.cases.len()).unwrap_or(u32::MAX / 2);
        let mut done = 1;
        self.sync_progress(SyncPhase::Syncing, done, total, None)
            .await;

        let mut details = Vec::with_capacity(list.cases.len());
        for summary in &list.cases {
            let id = summary.id.as_str();
            details.push(
                session
                    .with_token(|t| async move { client.case(&t, id).await })
                    .await?,
            );
            done += 1;
            self.sync_progress(SyncPhase::Syncing, done, total, None)
                .await;
        }
        let value = serde_json::to_value(&details).map_err(|e| {
            SyncError::Local(IpcError::new(crate::ErrorCode::Internal, e.to_string()))
        })?;
        store
            .put_cached(CASES, &value, None, Utc::now())
            .await
            .map_err(|e| SyncError::Local(store_error(e)))?;

        let mut posted = Vec::new();
        for summary in &list.cases {
            let count = self.sync_payments(&store, &summary.id).await?;
            if count > 0 {
                posted.push(PaymentsPosted {
                    case_id: summary.id.clone(),
                    count,
                });
            }
            done += 1;
            self.sync_progress(SyncPhase::Syncing, done, total, None)
                .await;
        }
        for posted in posted {
            self.emit(BackendEvent::PaymentsPosted(posted));
        }
        self.sync_submissions(&store, &list.cases).await?;
        self.sync_documents(&store, &list.cases).await?;
        // The upload policy may have changed (best effort: it is public).
        self.refresh_agency(&store).await;
        Ok(())
    }

    /// Fetches each case's documents, with the agency's review of each.
    async fn sync_documents(
        &self,
        store: &local_store::Store,
        cases: &[agency_api::CaseSummary],
    ) -> Result<(), SyncError> {
        let session = &self.inner.session;
        let client = &self.inner.client;
        for summary in cases {
            let id = summary.id.as_str();
            let list = session
                .with_token(|t| async move { client.documents(&t, id).await })
                .await?;
            let value = serde_json::to_value(&list).map_err(|e| {
                SyncError::Local(IpcError::new(crate::ErrorCode::Internal, e.to_string()))
            })?;
            store
                .put_cached(&documents_key(id), &value, None, Utc::now())
                .await
                .map_err(|e| SyncError::Local(store_error(e)))?;
        }
        Ok(())
    }

    /// Fetches the parent's applications and each case's modification
    /// requests, with their status.
    async fn sync_submissions(
        &self,
        store: &local_store::Store,
        cases: &[agency_api::CaseSummary],
    ) -> Result<(), SyncError> {
        let session = &self.inner.session;
        let client = &self.inner.client;
        let applications = session
            .with_token(|t| async move { client.applications(&t).await })
            .await?
            .applications;
        let mut modification_requests = Vec::new();
        for summary in cases {
            let id = summary.id.as_str();
            modification_requests.extend(
                session
                    .with_token(|t| async move { client.modification_requests(&t, id).await })
                    .await?
                    .requests,
            );
        }
        let submissions = Submissions {
            applications,
            modification_requests,
            as_of: None,
        };
        let value = serde_json::to_value(&submissions).map_err(|e| {
            SyncError::Local(IpcError::new(crate::ErrorCode::Internal, e.to_string()))
        })?;
        store
            .put_cached(SUBMISSIONS, &value, None, Utc::now())
            .await
            .map_err(|e| SyncError::Local(store_error(e)))
    }

    /// Fetches the payments after the cursor held, page by page. Answers how
    /// many are new since the last sync: none on the first one, whose
    /// history is not news.
    async fn sync_payments(
        &self,
        store: &local_store::Store,
        case_id: &str,
    ) -> Result<u32, SyncError> {
        let key = payments_key(case_id);
        let held = store
            .cached(&key)
            .await
            .map_err(|e| SyncError::Local(store_error(e)))?;
        let first_sync = held.is_none();
        let mut new_payments: u32 = 0;
        let (mut cached, mut etag) = match held {
            Some(c) => (
                serde_json::from_value::<CachedPayments>(c.value).unwrap_or_default(),
                c.etag,
            ),
            None => (CachedPayments::default(), None),
        };
        let client = &self.inner.client;
        loop {
            let since = cached.next.clone();
            let validator = etag.clone();
            let answer = self
                .inner
                .session
                .with_token(|t| {
                    let (since, validator) = (since.clone(), validator.clone());
                    async move {
                        client
                            .payments(&t, case_id, since.as_deref(), validator.as_deref())
                            .await
                    }
                })
                .await?;
            let Conditional::Fresh {
                value: page,
                etag: new_etag,
            } = answer
            else {
                return Ok(new_payments);
            };
            let known: std::collections::HashSet<String> =
                cached.payments.iter().map(|p| p.id.clone()).collect();
            let before = cached.payments.len();
            cached
                .payments
                .extend(page.payments.into_iter().filter(|p| !known.contains(&p.id)));
            if !first_sync {
                let added = u32::try_from(cached.payments.len() - before).unwrap_or(u32::MAX);
                new_payments = new_payments.saturating_add(added);
            }
            if page.next.is_some() {
                cached.next = page.next;
            }
            etag = new_etag;
            let value = serde_json::to_value(&cached).map_err(|e| {
                SyncError::Local(IpcError::new(crate::ErrorCode::Internal, e.to_string()))
            })?;
            store
                .put_cached(&key, &value, etag.as_deref(), Utc::now())
                .await
                .map_err(|e| SyncError::Local(store_error(e)))?;
            if !page.more {
                return Ok(new_payments);
            }
        }
    }
}

#[derive(Debug, thiserror::Error)]
enum SyncError {
    #[error(transparent)]
    Agency(#[from] AgencyErrorOr),
    #[error("{0}")]
    Local(IpcError),
}

impl SyncError {
    fn is_transient(&self) -> bool {
        matches!(self, Self::Agency(e) if e.is_transient())
    }
}

impl From<SyncError> for IpcError {
    fn from(e: SyncError) -> Self {
        match e {
            SyncError::Agency(e) => e.into(),
            SyncError::Local(e) => e,
        }
    }
}
