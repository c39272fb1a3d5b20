//! Sync: the agency's data, cached here, and brought up to date.
//!
//! The UI is answered from the cache at once; a sync then asks the agency
//! what changed since the last one (`GET /v1/me/changes`) and fetches only
//! that: a case, its payments new since the last payments cursor (a
//! conditional GET with the last ETag, so that an unchanged history costs a
//! `304`), its documents, threads, appointments, how to pay; the parent's
//! applications and requests, contact updates, the agency. The first sync,
//! and any sync the agency cannot answer that for, fetches everything.
//! Progress and staleness are pushed as [`BackendEvent::Sync`]. Offline, the
//! cache is what the parent sees, marked with its age.

use crate::agency_client::Conditional;
use crate::applications::{SUBMISSIONS, Submissions};
use crate::appointments::{CaseAppointments, appointments_key};
use crate::contact::{CONTACT_UPDATES, ContactUpdates};
use crate::paying::how_to_pay_key;
use crate::session::AgencyErrorOr;
use crate::store::store_error;
use crate::uploads::documents_key;
use crate::{
    Backend, BackendEvent, CaseOverview, IpcError, MessagesArrived, PaymentsPosted, SyncPhase,
    SyncStatus,
};
use agency_api::{CaseDetail, CaseSummary, Change, ChangeArea, Payment};
use chrono::{DateTime, SecondsFormat, Utc};
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

pub(crate) const CASES: &str = "cases";

/// The cursor of `GET /v1/me/changes` after the last whole sync.
const CHANGES_CURSOR: &str = "changes";

/// What a sync fetches: everything, or the areas the agency named.
#[derive(Debug, Default)]
struct Plan {
    everything: bool,
    named: HashSet<(ChangeArea, Option<String>)>,
}

impl Plan {
    fn everything() -> Self {
        Self {
            everything: true,
            named: HashSet::new(),
        }
    }

    /// The areas named. One this app does not know, or the case list
    /// itself, means everything.
    fn of(changes: &[Change]) -> Self {
        let mut plan = Self::default();
        for change in changes {
            match ChangeArea::parse(&change.area) {
                Some(ChangeArea::Cases) | None => return Self::everything(),
                Some(area) => {
                    let case = change.case_id.clone().filter(|_| area.per_case());
                    plan.named.insert((area, case));
                }
            }
        }
        plan
    }

    /// Whether `area` (of `case`, for a case's area) is to be fetched. A
    /// case's area named without a case is every case's.
    fn wants(&self, area: ChangeArea, case: Option<&str>) -> bool {
        self.everything
            || self.named.contains(&(area, None))
            || case.is_some_and(|c| self.named.contains(&(area, Some(c.to_owned()))))
    }

    /// The cases whose `area` is to be fetched.
    fn cases(&self, area: ChangeArea, cases: &[CaseSummary]) -> Vec<CaseSummary> {
        cases
            .iter()
            .filter(|c| self.wants(area, Some(&c.id)))
            .cloned()
            .collect()
    }
}

/// A case's entry in the list, from the case as held.
fn summary_of(case: &CaseDetail) -> CaseSummary {
    CaseSummary {
        id: case.id.clone(),
        role: case.role,
        jurisdiction: case.jurisdiction.clone(),
        opened_on: case.opened_on,
    }
}

/// A case's history is cached in pieces: full chunks of this many payments
/// (`payments/{case}/{n}`), each written once, and the payments after them
/// with the cursor (`payments/{case}`), so that a new payment rewrites a
/// few hundred payments, not the whole history.
const CHUNK: usize = 1000;

fn payments_key(case_id: &str) -> String {
    format!("payments/{case_id}")
}

fn chunk_key(case_id: &str, n: usize) -> String {
    format!("payments/{case_id}/{n}")
}

/// A case's latest payments as held here, with where the next sync resumes.
#[derive(Debug, Default, Serialize, Deserialize)]
pub(crate) struct CachedPayments {
    /// The payments after the full chunks (oldest first).
    pub(crate) payments: Vec<Payment>,
    /// The cursor of the last page: the next sync asks for what came after.
    pub(crate) next: Option<String>,
    /// How many full chunks come before `payments` (none in a cache written
    /// before there were chunks).
    #[serde(default)]
    pub(crate) chunks: usize,
}

/// A case's whole history as the cache holds it, decoded.
#[derive(Debug, Default, Clone)]
struct HeldPayments {
    /// Oldest first: the chunks' payments, then the latest.
    payments: Vec<Payment>,
    next: Option<String>,
    etag: Option<String>,
    /// How many full chunks are stored.
    chunks: usize,
}

#[derive(Default)]
pub(crate) struct SyncState {
    current: Mutex<Current>,
    /// How many syncs were asked for since start-up; each ask's number is
    /// its ticket.
    asked: AtomicU64,
    /// Held while a sync runs: one at a time. It holds the last ticket that a
    /// finished sync covers: every ask made before that sync started.
    running: tokio::sync::Mutex<u64>,
    /// The syncs started since start-up: the running one's number.
    runs: AtomicU64,
    /// The cache keys a parent's own action wrote (a booking or a
    /// cancellation, a thread read, a message delivered), each with the
    /// number of the last sync started before that write. Held across every
    /// write that consults it.
    written: tokio::sync::Mutex<HashMap<String, u64>>,
    /// Each case's history as last read from the cache or written to it, so
    /// that neither the Payments view nor the next sync decodes it again.
    payments: Mutex<HashMap<String, Arc<HeldPayments>>>,
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
        if let Ok(mut payments) = self.payments.lock() {
            payments.clear();
        }
    }

    fn held_payments(&self, case_id: &str) -> Option<Arc<HeldPayments>> {
        self.payments.lock().ok()?.get(case_id).cloned()
    }

    /// What the cache holds now (`None`: nothing, or not known here).
    fn set_held_payments(&self, case_id: &str, held: Option<Arc<HeldPayments>>) {
        if let Ok(mut payments) = self.payments.lock() {
            match held {
                Some(held) => payments.insert(case_id.to_owned(), held),
                None => payments.remove(case_id),
            };
        }
    }

    /// Keeps a copy read from the cache, unless a sync put a newer one.
    fn keep_read_payments(&self, case_id: &str, held: Arc<HeldPayments>) {
        if let Ok(mut payments) = self.payments.lock() {
            payments.entry(case_id.to_owned()).or_insert(held);
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
            self.sync_soon();
        }
        Ok(CaseOverview {
            cases,
            sync: self.inner.sync.status(as_of),
        })
    }

    /// A case's payments as held here (synced with the cases), oldest first.
    pub async fn cached_payments(&self, case_id: &str) -> Result<Vec<Payment>, IpcError> {
        if let Some(held) = self.inner.sync.held_payments(case_id) {
            return Ok(held.payments.clone());
        }
        let store = self.inner.local.get().await?;
        let Some(held) = read_payments(&store, case_id).await.map_err(store_error)? else {
            return Ok(Vec::new());
        };
        let payments = held.payments.clone();
        self.inner.sync.keep_read_payments(case_id, Arc::new(held));
        Ok(payments)
    }

    /// Brings the cache up to date with the agency, and says how it went.
    ///
    /// What it returns is never older than the call: a sync already running
    /// may have fetched before what the caller just did (a delivery, a
    /// booking), so it is waited for and one more runs after it. Calls made
    /// while one sync runs share the one after it.
    pub async fn sync_now(&self) -> SyncStatus {
        let ticket = self.inner.sync.asked.fetch_add(1, Ordering::SeqCst) + 1;
        self.sync_for(ticket).await
    }

    /// Starts a sync in the background. The ask counts from now, not from
    /// when the task first runs: a `sync_now` made after this returns
    /// shares its run instead of running first and leaving it to run again.
    pub(crate) fn sync_soon(&self) {
        let ticket = self.inner.sync.asked.fetch_add(1, Ordering::SeqCst) + 1;
        let backend = self.clone();
        tokio::spawn(async move { backend.sync_for(ticket).await });
    }

    async fn sync_for(&self, ticket: u64) -> SyncStatus {
        let mut covered = self.inner.sync.running.lock().await;
        if *covered >= ticket {
            // A sync that started after this call has finished meanwhile.
            return self.inner.sync.status(self.as_of().await);
        }
        // This sync covers every ask made before it starts.
        let through = self.inner.sync.asked.load(Ordering::SeqCst);
        let status = self.sync_once().await;
        *covered = through;
        status
    }

    async fn sync_once(&self) -> SyncStatus {
        if !self.inner.session.signed_in() {
            return self.inner.sync.status(self.as_of().await);
        }
        self.inner.sync.runs.fetch_add(1, Ordering::SeqCst);
        self.sync_progress(SyncPhase::Syncing, 0, 1, None).await;
        let outcome = self.run_sync().await;
        let (phase, error) = match outcome {
            Ok(()) => (SyncPhase::Idle, None),
            Err(e) if e.is_transient() => (SyncPhase::Offline, Some(IpcError::from(e))),
            Err(e) => (SyncPhase::Failed, Some(IpcError::from(e))),
        };
        self.sync_progress(phase, 0, 0, error).await
    }

    /// Puts what this sync fetched in the cache under `key`, unless a
    /// parent's own action wrote `key` since this sync began: that holds
    /// what the agency said after this sync asked.
    async fn cache(
        &self,
        store: &local_store::Store,
        key: &str,
        value: &impl serde::Serialize,
    ) -> Result<(), SyncError> {
        let value = serde_json::to_value(value).map_err(|e| {
            SyncError::Local(IpcError::new(crate::ErrorCode::Internal, e.to_string()))
        })?;
        self.cache_synced(store, key, &value)
            .await
            .map_err(|e| SyncError::Local(store_error(e)))
    }

    /// [`Backend::cache`] for a value already made JSON.
    pub(crate) async fn cache_synced(
        &self,
        store: &local_store::Store,
        key: &str,
        value: &serde_json::Value,
    ) -> Result<(), local_store::StoreError> {
        let written = self.inner.sync.written.lock().await;
        let this_run = self.inner.sync.runs.load(Ordering::SeqCst);
        if written.get(key).is_some_and(|&before| before >= this_run) {
            return Ok(());
        }
        store.put_cached(key, value, None, Utc::now()).await
    }

    /// Caches what a parent's own action brought back from the agency: no
    /// sync that began before it may put back what it read earlier.
    pub(crate) async fn cache_own(
        &self,
        store: &local_store::Store,
        key: &str,
        value: &serde_json::Value,
    ) -> Result<(), local_store::StoreError> {
        let mut written = self.inner.sync.written.lock().await;
        written.insert(key.to_owned(), self.inner.sync.runs.load(Ordering::SeqCst));
        store.put_cached(key, value, None, Utc::now()).await
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
        // First, what changed since the last sync: only that is fetched.
        let held_cursor = store
            .cached(CHANGES_CURSOR)
            .await
            .map_err(|e| SyncError::Local(store_error(e)))?
            .and_then(|c| serde_json::from_value::<String>(c.value).ok());
        let (plan, cursor) = self.changes_since(held_cursor).await?;
        // The cases as held, unless the list itself may have changed.
        let held_details = if plan.everything {
            None
        } else {
            store
                .cached(CASES)
                .await
                .map_err(|e| SyncError::Local(store_error(e)))?
                .and_then(|c| serde_json::from_value::<Vec<CaseDetail>>(c.value).ok())
        };
        // `listed`: the list came from the agency, so it is written even when
        // it holds no case (else a parent without one would have no list
        // held, and every sync would ask for everything).
        let (plan, list, held_details, listed) = match held_details {
            Some(held) => (plan, held.iter().map(summary_of).collect(), held, false),
            None => {
                let list = session
                    .with_token(|t| async move { client.cases(&t).await })
                    .await?;
                (Plan::everything(), list.cases, Vec::new(), true)
            }
        };
        let cases: &[CaseSummary] = &list;
        // Counted: the list, each case, each case's payments.
        let total = 2 + 2 * u32::try_from(cases.len()).unwrap_or(u32::MAX / 2);
        let done = tokio::sync::Mutex::new(1);
        self.sync_progress(SyncPhase::Syncing, 1, total, None).await;
        let step = || async {
            // Held while it is told, so that the count never goes back.
            let mut done = done.lock().await;
            *done += 1;
            self.sync_progress(SyncPhase::Syncing, *done, total, None)
                .await;
        };
        let plan = &plan;
        let details = async {
            let mut details = Vec::with_capacity(cases.len());
            let mut fetched = false;
            for summary in cases {
                let id = summary.id.as_str();
                let held = held_details.iter().find(|d| d.id == id);
                match held {
                    Some(held) if !plan.wants(ChangeArea::Case, Some(id)) => {
                        details.push(held.clone());
                    }
                    _ => {
                        details.push(
                            session
                                .with_token(|t| async move { client.case(&t, id).await })
                                .await?,
                        );
                        fetched = true;
                    }
                }
                step().await;
            }
            if fetched || listed {
                self.cache(&store, CASES, &details).await?;
            }
            Ok::<_, SyncError>(())
        };
        let payments = async {
            let mut posted = Vec::new();
            for summary in cases {
                let wanted = plan.wants(ChangeArea::Payments, Some(&summary.id));
                let count = self.sync_payments(&store, &summary.id, wanted).await?;
                if count > 0 {
                    posted.push(PaymentsPosted {
                        case_id: summary.id.clone(),
                        count,
                    });
                }
                step().await;
            }
            Ok::<_, SyncError>(posted)
        };
        let skip = || async { Ok::<(), SyncError>(()) };
        let some = |area| plan.cases(area, cases);
        let (documents_of, how_to_pay_of, messages_of, appointments_of) = (
            some(ChangeArea::Documents),
            some(ChangeArea::HowToPay),
            some(ChangeArea::Messages),
            some(ChangeArea::Appointments),
        );
        // Each part needs only the list and caches what it fetched under
        // keys of its own, so the parts are fetched together rather than one
        // after another: a sync takes about as long as its slowest part. All
        // of them run to the end even when one fails, so none is cut off
        // half-written; the first failure in this order is the one told.
        let (
            details,
            payments,
            submissions,
            documents,
            how_to_pay,
            contact,
            messages,
            appointments,
            _,
        ) = tokio::join!(
            details,
            payments,
            async {
                match plan.wants(ChangeArea::Submissions, None) {
                    true => self.sync_submissions(&store, cases).await,
                    false => skip().await,
                }
            },
            self.sync_documents(&store, &documents_of),
            self.sync_how_to_pay(&store, &how_to_pay_of),
            async {
                match plan.wants(ChangeArea::Contact, None) {
                    true => self.sync_contact_updates(&store).await,
                    false => skip().await,
                }
            },
            // Always: the read marks the agency missed are sent here.
            self.sync_messages(&store, &messages_of),
            self.sync_appointments(&store, &appointments_of),
            async {
                // The upload policy may have changed (best effort: it is
                // public).
                if plan.wants(ChangeArea::Agency, None) {
                    self.refresh_agency(&store).await;
                }
            },
        );
        // Payments now held are told even if another part failed: the next
        // sync will not find them new.
        if let Ok(posted) = &payments {
            for posted in posted {
                self.emit(BackendEvent::PaymentsPosted(posted.clone()));
            }
        }
        details?;
        payments?;
        submissions?;
        documents?;
        how_to_pay?;
        contact?;
        messages?;
        appointments?;
        // All of it is held: the next sync asks what changed after this.
        // (After a failure the cursor stays, and the same areas are named
        // again.)
        if let Some(cursor) = cursor {
            self.cache(&store, CHANGES_CURSOR, &cursor).await?;
        }
        Ok(())
    }

    /// Asks the agency what changed since `since` (the cursor of the last
    /// whole sync). Everything, with no cursor, when the agency does not
    /// take the one held any more, or has no such feed (`404`).
    async fn changes_since(
        &self,
        since: Option<String>,
    ) -> Result<(Plan, Option<String>), SyncError> {
        let session = &self.inner.session;
        let client = &self.inner.client;
        let ask = |since: Option<String>| {
            session.with_token(move |t| {
                let since = since.clone();
                async move { client.changes(&t, since.as_deref()).await }
            })
        };
        let answer = match ask(since.clone()).await {
            Err(e) if since.is_some() && e.status() == Some(reqwest::StatusCode::BAD_REQUEST) => {
                tracing::info!("the agency no longer takes the changes cursor; syncing everything");
                ask(None).await
            }
            other => other,
        };
        match answer {
            Ok(changes) if since.is_some() => {
                Ok((Plan::of(&changes.changes), Some(changes.cursor)))
            }
            Ok(changes) => Ok((Plan::everything(), Some(changes.cursor))),
            Err(e) if e.status() == Some(reqwest::StatusCode::NOT_FOUND) => {
                Ok((Plan::everything(), None))
            }
            Err(e) => Err(e.into()),
        }
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
            self.cache(store, &documents_key(id), &list).await?;
        }
        Ok(())
    }

    /// Sends the read marks the agency missed, then fetches each case's
    /// threads and the messages of those that changed. Messages from the
    /// agency new since the last sync are told as one event (never on the
    /// first sync, never with their words).
    async fn sync_messages(
        &self,
        store: &local_store::Store,
        cases: &[agency_api::CaseSummary],
    ) -> Result<(), SyncError> {
        self.flush_read_marks(store)
            .await
            .map_err(SyncError::Local)?;
        let mut arrived = 0u32;
        for summary in cases {
            arrived = arrived.saturating_add(self.sync_threads(store, &summary.id).await?);
        }
        if arrived > 0 {
            self.emit(BackendEvent::MessagesArrived(MessagesArrived {
                count: arrived,
            }));
        }
        Ok(())
    }

    /// Fetches the parent's contact updates with the agency's decision on
    /// each, and who can see their details on each case.
    async fn sync_contact_updates(&self, store: &local_store::Store) -> Result<(), SyncError> {
        let client = &self.inner.client;
        let list = self
            .inner
            .session
            .with_token(|t| async move { client.contact_updates(&t).await })
            .await?;
        let held = ContactUpdates {
            updates: list.updates,
            visibility: list.visibility,
            as_of: None,
        };
        self.cache(store, CONTACT_UPDATES, &held).await
    }

    /// Fetches each case's appointments and court dates.
    async fn sync_appointments(
        &self,
        store: &local_store::Store,
        cases: &[agency_api::CaseSummary],
    ) -> Result<(), SyncError> {
        let session = &self.inner.session;
        let client = &self.inner.client;
        for summary in cases {
            let id = summary.id.as_str();
            let list = session
                .with_token(|t| async move { client.appointments(&t, id).await })
                .await?;
            let held = CaseAppointments {
                appointments: list.appointments,
                as_of: None,
            };
            self.cache(store, &appointments_key(id), &held).await?;
        }
        Ok(())
    }

    /// Fetches how to pay on each case: the agency's options, what to quote
    /// and what is due next.
    async fn sync_how_to_pay(
        &self,
        store: &local_store::Store,
        cases: &[agency_api::CaseSummary],
    ) -> Result<(), SyncError> {
        let session = &self.inner.session;
        let client = &self.inner.client;
        for summary in cases {
            let id = summary.id.as_str();
            let answer = session
                .with_token(|t| async move { client.how_to_pay(&t, id).await })
                .await?;
            self.cache(store, &how_to_pay_key(id), &answer).await?;
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
        self.cache(store, SUBMISSIONS, &submissions).await
    }

    /// Fetches the payments after the cursor held, page by page, when the
    /// agency named them or none are held. Answers how
    /// many are new since the last sync: none on the first one, whose
    /// history is not news. What came is written once, after the last page
    /// (or before an error ends the loop): the full chunks it completes,
    /// then the latest payments with the cursor.
    async fn sync_payments(
        &self,
        store: &local_store::Store,
        case_id: &str,
        wanted: bool,
    ) -> Result<u32, SyncError> {
        let held = match self.inner.sync.held_payments(case_id) {
            Some(held) => Some(held),
            None => read_payments(store, case_id)
                .await
                .map_err(|e| SyncError::Local(store_error(e)))?
                .map(Arc::new),
        };
        // Not named, and held whole: nothing to ask. (Not held, or damaged,
        // it is fetched whatever the agency named.)
        if !wanted && held.is_some() {
            return Ok(0);
        }
        let first_sync = held.is_none();
        let mut new_payments: u32 = 0;
        let mut held = held.map(|h| (*h).clone()).unwrap_or_default();
        let mut known: std::collections::HashSet<String> =
            held.payments.iter().map(|p| p.id.clone()).collect();
        let mut changed = false;
        let client = &self.inner.client;
        let outcome = loop {
            let since = held.next.clone();
            let validator = held.etag.clone();
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
                .await;
            let page = match answer {
                Ok(Conditional::Fresh { value, etag }) => {
                    held.etag = etag;
                    value
                }
                Ok(Conditional::NotModified) => break Ok(()),
                Err(e) => break Err(SyncError::from(e)),
            };
            let before = held.payments.len();
            held.payments.extend(
                page.payments
                    .into_iter()
                    .filter(|p| known.insert(p.id.clone())),
            );
            if !first_sync {
                let added = u32::try_from(held.payments.len() - before).unwrap_or(u32::MAX);
                new_payments = new_payments.saturating_add(added);
            }
            if page.next.is_some() {
                held.next = page.next;
            }
            changed = true;
            if !page.more {
                break Ok(());
            }
        };
        if changed {
            let saved = write_payments(store, case_id, &mut held).await;
            // Until it is known what the cache holds, it is read again.
            self.inner
                .sync
                .set_held_payments(case_id, saved.is_ok().then(|| Arc::new(held)));
            // The agency's error, if any, is the one to tell.
            outcome?;
            saved?;
        } else {
            outcome?;
        }
        Ok(new_payments)
    }
}

/// A case's whole history from the cache; `None` if there is none, or a
/// chunk is missing or unreadable (the next sync fetches it all again).
async fn read_payments(
    store: &local_store::Store,
    case_id: &str,
) -> Result<Option<HeldPayments>, local_store::StoreError> {
    let Some(head) = store.cached(&payments_key(case_id)).await? else {
        return Ok(None);
    };
    let Ok(latest) = serde_json::from_value::<CachedPayments>(head.value) else {
        return Ok(None);
    };
    let mut payments = Vec::with_capacity(latest.chunks * CHUNK + latest.payments.len());
    for n in 0..latest.chunks {
        let chunk = store
            .cached(&chunk_key(case_id, n))
            .await?
            .and_then(|c| serde_json::from_value::<Vec<Payment>>(c.value).ok());
        match chunk {
            Some(chunk) if chunk.len() == CHUNK => payments.extend(chunk),
            _ => return Ok(None),
        }
    }
    payments.extend(latest.payments);
    Ok(Some(HeldPayments {
        payments,
        next: latest.next,
        etag: head.etag,
        chunks: latest.chunks,
    }))
}

/// Writes the chunks `held` completes since it was read, then the payments
/// after them with the cursor: the cache is whole at every step (a chunk
/// beyond the count written last is ignored, and written again).
async fn write_payments(
    store: &local_store::Store,
    case_id: &str,
    held: &mut HeldPayments,
) -> Result<(), SyncError> {
    let local = |e: String| SyncError::Local(IpcError::new(crate::ErrorCode::Internal, e));
    let full = held.payments.len() / CHUNK;
    let now = Utc::now();
    for n in held.chunks..full {
        let value = serde_json::to_value(&held.payments[n * CHUNK..(n + 1) * CHUNK])
            .map_err(|e| local(e.to_string()))?;
        store
            .put_cached(&chunk_key(case_id, n), &value, None, now)
            .await
            .map_err(|e| SyncError::Local(store_error(e)))?;
    }
    #[derive(Serialize)]
    struct Latest<'a> {
        payments: &'a [Payment],
        next: &'a Option<String>,
        chunks: usize,
    }
    let value = serde_json::to_value(Latest {
        payments: &held.payments[full * CHUNK..],
        next: &held.next,
        chunks: full,
    })
    .map_err(|e| local(e.to_string()))?;
    store
        .put_cached(&payments_key(case_id), &value, held.etag.as_deref(), now)
        .await
        .map_err(|e| SyncError::Local(store_error(e)))?;
    held.chunks = full;
    Ok(())
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

#[cfg(test)]
mod tests {
    use super::*;
    use agency_api::{Distribution, PaymentSource};
    use local_store::{Location, Store, StoreKey};
    use rust_decimal::Decimal;

    fn payment(i: usize) -> Payment {
        let amount = Decimal::new(1_000 + i as i64, 2);
        Payment {
            id: format!("PAY-{i:06}"),
            received_on: chrono::NaiveDate::from_ymd_opt(2025, 1, 1).unwrap()
                + chrono::Days::new(i as u64 / 10),
            amount,
            source: PaymentSource::WageWithholding,
            distribution: Distribution {
                current_support: amount,
                arrears: Decimal::ZERO,
                interest: Decimal::ZERO,
                fees: Decimal::ZERO,
            },
            disbursed_on: None,
        }
    }

    async fn store() -> Store {
        Store::open(&Location::Memory, &StoreKey::generate())
            .await
            .unwrap()
    }

    fn history(n: usize) -> HeldPayments {
        HeldPayments {
            payments: (0..n).map(payment).collect(),
            next: Some(format!("p{n}")),
            etag: Some("\"e1\"".to_owned()),
            chunks: 0,
        }
    }

    #[tokio::test]
    async fn a_long_history_is_written_in_chunks_and_read_back_whole() {
        let store = store().await;
        let mut held = history(2_500);
        write_payments(&store, "C-1", &mut held).await.unwrap();
        assert_eq!(held.chunks, 2);
        let read = read_payments(&store, "C-1").await.unwrap().unwrap();
        assert_eq!(read.payments, held.payments);
        assert_eq!(read.next.as_deref(), Some("p2500"));
        assert_eq!(read.etag.as_deref(), Some("\"e1\""));
        assert_eq!(read.chunks, 2);

        // Past the next thousand: a third chunk, and one payment after it.
        held.payments.extend((2_500..3_001).map(payment));
        write_payments(&store, "C-1", &mut held).await.unwrap();
        assert_eq!(held.chunks, 3);
        let read = read_payments(&store, "C-1").await.unwrap().unwrap();
        assert_eq!(read.payments, held.payments);
        let latest: CachedPayments =
            serde_json::from_value(store.cached("payments/C-1").await.unwrap().unwrap().value)
                .unwrap();
        assert_eq!(latest.payments, vec![payment(3_000)]);
    }

    #[tokio::test]
    async fn a_cache_written_before_chunks_is_read_whole_then_split() {
        let store = store().await;
        let old = serde_json::json!({
            "payments": (0..1_200).map(payment).collect::<Vec<_>>(),
            "next": "p1200",
        });
        store
            .put_cached("payments/C-1", &old, Some("\"e0\""), Utc::now())
            .await
            .unwrap();
        let mut read = read_payments(&store, "C-1").await.unwrap().unwrap();
        assert_eq!(read.payments.len(), 1_200);
        assert_eq!(read.chunks, 0);
        write_payments(&store, "C-1", &mut read).await.unwrap();
        assert_eq!(read.chunks, 1);
        let again = read_payments(&store, "C-1").await.unwrap().unwrap();
        assert_eq!(again.payments, read.payments);
        assert_eq!(again.etag.as_deref(), Some("\"e0\""));
    }

    #[tokio::test]
    async fn a_damaged_chunk_means_no_history_so_the_next_sync_fetches_it_all() {
        let store = store().await;
        write_payments(&store, "C-1", &mut history(2_100))
            .await
            .unwrap();
        store
            .put_cached(
                "payments/C-1/1",
                &serde_json::json!("not payments"),
                None,
                Utc::now(),
            )
            .await
            .unwrap();
        assert!(read_payments(&store, "C-1").await.unwrap().is_none());
    }
}
