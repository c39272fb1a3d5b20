//! The app's backend, without Tauri.
//!
//! Everything the app does beyond drawing lives here, so that the whole app
//! can be driven from a Rust test: the settings that outlive a restart, the
//! agency client, and (as their issues land) the session, the local store, the
//! outbox and sync. `src-tauri` only adapts these methods to commands.
//!
//! The types the UI sees derive `ts_rs::TS`; `cargo test` writes them to
//! `ui/src/bindings/`, and CI fails when the committed copies are stale.

mod agency_client;
mod application_form;
mod applications;
mod appointments;
mod config;
mod connection;
mod contact;
mod error;
mod exports;
mod kiosk;
mod messages;
mod modification;
mod notifications;
mod outbox;
mod paying;
mod payments;
mod secrets;
mod session;
mod settings;
mod sign_in;
mod store;
mod sync;
pub mod testing;
mod upload_dir;
mod uploads;
mod view;
mod visit;

pub use agency_client::{AgencyClient, AgencyError, Conditional, PAYMENTS_PER_PAGE};
pub use application_form::{
    AddressForm, ApplicantForm, ApplicationForm, ChildForm, ContactForm, EmployerForm, FieldIssue,
    FieldProblem, OrderForm, OtherParentForm, SignatureForm,
};
pub use applications::{ApplicationDraft, Submissions};
pub use appointments::{
    CaseAppointments, DueReminder, OpenSlots, ReminderWhen, appointment_ics, due_reminders,
    escape_text, fold, reminder_wording,
};
pub use config::{
    AGENCY_URL_ENV, BackendConfig, ConfigError, DEFAULT_AGENCY_URL, DEFAULT_OUTBOX_RETRY,
    DEFAULT_SYNC_EVERY, parse_agency_url,
};
pub use connection::AgencyConnection;
pub use contact::ContactUpdates;
pub use error::{ErrorCode, IpcError};
pub use kiosk::{KIOSK_CONFIG_PATH, KioskConfig, KioskSettings};
pub use messages::{
    CaseThreads, MessageDraft, MessageForm, MessageInbox, PendingMessage, ThreadView, check_message,
};
pub use modification::{ModificationAnswer, ModificationQuestion};
pub use notifications::Notification;
pub use paying::{CaseHowToPay, payment_site_url};
pub use payments::PaymentsView;
pub use secrets::{
    KEYRING_SERVICE, KeyringSecrets, MemorySecrets, SecretError, SecretStore, keyring_works,
};
pub use settings::{Language, Settings, SettingsStore};
pub use store::store_key_name;
pub use view::{
    BackendEvent, CaseDocuments, CaseOverview, MessagesArrived, OutboxItem, OutboxKind,
    OutboxState, PaymentsPosted, SessionState, SyncPhase, SyncStatus, UploadProgress,
    UploadSummary,
};
pub use visit::VisitEnded;

/// The agency API contract, re-exported for the same reason.
pub use agency_api;
/// The calculator, re-exported so the shell names its types through the
/// backend it depends on.
pub use guidelines;
/// The ledger, re-exported for the same reason.
pub use ledger;
/// The PDF writer of statements, re-exported for the same reason.
pub use printable;

use serde::Serialize;
use session::Session;
use std::sync::Arc;
use store::LocalStore;
use tokio::sync::{Notify, broadcast};
use ts_rs::TS;

/// Home use, or a locked-down kiosk in a local office.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum AppMode {
    Home,
    Kiosk,
}

/// What the shell tells the UI about itself at start-up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct AppInfo {
    pub name: String,
    pub version: String,
    pub mode: AppMode,
    /// In kiosk mode, what the office configured.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub kiosk: Option<KioskSettings>,
}

impl AppInfo {
    /// What a backend with `config` says of itself.
    pub fn for_config(config: &BackendConfig) -> Self {
        Self {
            name: PRODUCT_NAME.to_owned(),
            version: env!("CARGO_PKG_VERSION").to_owned(),
            mode: config.mode,
            kiosk: config.kiosk.as_ref().map(|k| k.settings.clone()),
        }
    }
}

/// What the first screen depends on (home or kiosk, the saved language),
/// which the shell gives the page as the window opens so that the page
/// need not ask before it can show anything: `app_info` and `settings` as
/// they were then.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct BootInfo {
    pub app: AppInfo,
    pub settings: Settings,
}

/// The product's name, as the window title and the UI show it.
pub const PRODUCT_NAME: &str = "Child Support Self-Service";

/// The backend of one running app: a cheap handle, shared by the shell's
/// commands and the backend's own tasks (the outbox worker, sync).
#[derive(Clone)]
pub struct Backend {
    inner: Arc<Inner>,
}

struct Inner {
    config: BackendConfig,
    client: AgencyClient,
    settings: SettingsStore,
    secrets: Arc<dyn SecretStore>,
    session: Session,
    local: LocalStore,
    sync: sync::SyncState,
    outbox_wake: Notify,
    uploads: uploads::Uploads,
    /// Where the cleaned copies of chosen files wait to be sent.
    upload_dir: upload_dir::UploadDir,
    events: broadcast::Sender<BackendEvent>,
}

impl Backend {
    /// A backend that keeps its secrets in `secrets`: the OS keyring at
    /// home, memory on a kiosk. Call [`Backend::start`] once a Tokio runtime
    /// runs.
    pub fn new(config: BackendConfig, secrets: Arc<dyn SecretStore>) -> Result<Self, IpcError> {
        Self::with_settings(SettingsStore::for_config(&config), config, secrets)
    }

    /// [`Backend::new`] with the settings loaded already (the shell reads
    /// them before the window opens, for the first screen; see [`BootInfo`]).
    pub fn with_settings(
        settings: SettingsStore,
        config: BackendConfig,
        secrets: Arc<dyn SecretStore>,
    ) -> Result<Self, IpcError> {
        let client = AgencyClient::new(config.agency_url.clone()).map_err(IpcError::from)?;
        // A store on disk needs its key to outlive the app: with secrets in
        // memory only, the store is in memory too.
        let store_path = match (&config.mode, &config.data_dir) {
            (AppMode::Home, Some(dir)) if secrets.persistent() => {
                Some(dir.join(store::file_name(&config.agency_url)))
            }
            _ => None,
        };
        let upload_dir = upload_dir::UploadDir::for_config(&config);
        let (events, _) = broadcast::channel(64);
        Ok(Self {
            inner: Arc::new(Inner {
                session: Session::new(client.clone(), secrets.clone()),
                local: LocalStore::new(store_path, &config.agency_url),
                client,
                settings,
                secrets,
                config,
                sync: sync::SyncState::default(),
                outbox_wake: Notify::new(),
                uploads: uploads::Uploads::default(),
                upload_dir,
                events,
            }),
        })
    }

    /// Opens the local store, restores a saved session, and starts the
    /// outbox worker. Never fails: a damaged store is reported by the calls
    /// that need it, with [`Backend::reset_store`] as the way out.
    pub async fn start(&self) {
        if let Err(e) = self.inner.local.open(&self.inner.secrets).await {
            tracing::warn!(error = %e, "the local store is not usable");
        }
        let cached_me = self.inner.local.cached_me().await;
        if let Err(e) = self.inner.session.restore(cached_me).await {
            tracing::warn!(error = %e, "a saved session could not be restored");
        }
        let backend = self.clone();
        tokio::spawn(async move { backend.forward_session_changes().await });
        // What a crashed app left goes before this backend makes its own
        // folder (in `remove_orphan_copies`). Nothing to do at home.
        if self.inner.upload_dir.is_temporary() {
            let backend = self.clone();
            let _ = tokio::task::spawn_blocking(move || backend.inner.upload_dir.sweep_abandoned())
                .await;
        }
        self.remove_orphan_copies().await;
        let backend = self.clone();
        tokio::spawn(async move { backend.run_outbox().await });
        let backend = self.clone();
        tokio::spawn(async move { backend.sync_periodically().await });
    }

    /// New payments and changed balances show up without the parent asking.
    async fn sync_periodically(&self) {
        let mut every = tokio::time::interval(self.inner.config.sync_every);
        every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        every.tick().await;
        loop {
            every.tick().await;
            if self.inner.session.signed_in() {
                self.sync_now().await;
            }
        }
    }

    /// Closes the local store cleanly (its write-ahead log folded into the
    /// file) and deletes a temporary uploads folder (a kiosk's). Call when
    /// the app exits: nothing is lost without it, and a kiosk's next start
    /// deletes what a crash left.
    pub async fn close(&self) {
        self.inner.local.close().await;
        self.inner.upload_dir.release();
    }

    /// Changes the UI should show, as they happen.
    pub fn subscribe(&self) -> broadcast::Receiver<BackendEvent> {
        self.inner.events.subscribe()
    }

    fn emit(&self, event: BackendEvent) {
        // No receiver is not an error: the UI may not be listening yet.
        let _ = self.inner.events.send(event);
    }

    async fn forward_session_changes(&self) {
        let mut changes = self.inner.session.subscribe();
        while changes.changed().await.is_ok() {
            let state = changes.borrow_and_update().clone();
            if let SessionState::SignedIn { participant, .. } = &state {
                self.inner.local.cache_me(participant).await;
                self.inner.outbox_wake.notify_one();
            }
            self.emit(BackendEvent::Session(state));
        }
    }

    pub fn app_info(&self) -> AppInfo {
        AppInfo::for_config(&self.inner.config)
    }

    pub fn settings(&self) -> Settings {
        self.inner.settings.get()
    }

    pub fn set_language(&self, language: Language) -> Result<Settings, IpcError> {
        self.inner.settings.update(|s| s.language = Some(language))
    }

    /// Remembers the state chosen on the Estimate screen.
    pub fn set_estimate_jurisdiction(&self, code: &str) -> Result<Settings, IpcError> {
        if !guidelines::JURISDICTIONS.contains(&code) {
            return Err(IpcError {
                field: Some("jurisdiction".to_owned()),
                reason: Some("unknown_jurisdiction".to_owned()),
                ..IpcError::new(
                    ErrorCode::InvalidInput,
                    format!("`{code}` is not a state the calculator knows."),
                )
            });
        }
        self.inner
            .settings
            .update(|s| s.estimate_jurisdiction = Some(code.to_owned()))
    }

    /// The states the calculator knows, and what each one's form asks.
    pub fn jurisdictions(&self) -> Vec<guidelines::JurisdictionInfo> {
        guidelines::jurisdictions()
    }

    /// Estimates support for a case given as the calculator's JSON input.
    /// It takes raw JSON so that every bad input, including a wrong type,
    /// comes back as a field-level error rather than a deserialisation failure.
    pub fn estimate(&self, case: &serde_json::Value) -> Result<guidelines::Estimate, IpcError> {
        let case = guidelines::Case::from_value(case)?;
        Ok(guidelines::estimate(&case)?)
    }

    /// Asks the agency who it is. Never fails: an unreachable agency is a
    /// state the UI shows, not an error.
    pub async fn agency_status(&self) -> AgencyConnection {
        let url = self.inner.config.agency_url.to_string();
        match self.inner.client.agency().await {
            Ok(agency) => AgencyConnection::Connected {
                agency_name: agency.name,
                url,
            },
            Err(e) => {
                tracing::warn!(error = %e, "agency not reachable");
                AgencyConnection::Unreachable {
                    url,
                    error: e.into(),
                }
            }
        }
    }

    /// Who is signed in.
    pub fn session(&self) -> SessionState {
        self.inner.session.state()
    }

    /// Signs in through the agency's page, which `open` shows (the system
    /// browser, or a window of the app). Resolves when the parent has
    /// finished there, cancelled, or taken too long.
    pub async fn sign_in(
        &self,
        open: impl FnOnce(url::Url) -> Result<(), String>,
    ) -> Result<SessionState, IpcError> {
        let page = match self.settings().language {
            Some(Language::Es) => sign_in::Page::Es,
            _ => sign_in::Page::En,
        };
        self.inner.session.sign_in(page, open).await?;
        // Show the parent's cases as soon as they are in.
        self.sync_soon();
        Ok(self.session())
    }

    pub fn cancel_sign_in(&self) {
        self.inner.session.cancel_sign_in();
    }

    /// Signs out: the agency revokes the session, the keyring forgets it,
    /// and the agency's data cached here is deleted. Submissions not yet
    /// delivered stay, and are sent when the same parent signs in again.
    pub async fn sign_out(&self) -> Result<SessionState, IpcError> {
        let result = self.inner.session.sign_out().await;
        self.inner.local.forget_cache().await;
        self.inner.sync.reset();
        self.emit(BackendEvent::Sync(self.inner.sync.status(None)));
        result.map(|()| self.session())
    }

    /// Sets a damaged local store aside and starts a new one, then syncs
    /// again. The way out offered with `store_damaged`.
    pub async fn reset_store(&self) -> Result<(), IpcError> {
        self.inner.local.reset(&self.inner.secrets).await?;
        self.inner.sync.reset();
        if let SessionState::SignedIn { participant, .. } = self.session() {
            self.inner.local.cache_me(&participant).await;
        }
        self.sync_soon();
        self.emit_outbox().await;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn backend() -> Backend {
        Backend::new(
            BackendConfig::resolve(None, None, AppMode::Home).unwrap(),
            Arc::new(MemorySecrets::new()),
        )
        .unwrap()
    }

    #[test]
    fn an_estimate_is_the_calculators_answer() {
        let estimate = backend()
            .estimate(&json!({
                "jurisdiction": "US-WI", "as_of": "2026-11-01", "children": 2,
                "parents": { "a": { "monthly_income": "2000.00", "overnights": 219 },
                             "b": { "monthly_income": "3000.00", "overnights": 146 } }
            }))
            .unwrap();
        assert_eq!(estimate.payer, Some(guidelines::ParentId::B));
        assert_eq!(estimate.amount.to_string(), "375.00");
    }

    #[test]
    fn a_bad_income_names_its_field_and_reason() {
        let err = backend()
            .estimate(&json!({
                "jurisdiction": "US-WI", "as_of": "2026-11-01", "children": 1,
                "parents": { "a": { "monthly_income": "-5" }, "b": { "monthly_income": "abc" } }
            }))
            .unwrap_err();
        assert_eq!(err.code, ErrorCode::InvalidInput);
        assert!(
            err.field
                .as_deref()
                .is_some_and(|f| f.starts_with("parents.")),
            "{err:?}"
        );
        assert!(err.reason.is_some());
        let wire = serde_json::to_value(&err).unwrap();
        assert_eq!(wire["code"], "invalid_input");
    }

    #[test]
    fn only_known_states_can_be_remembered() {
        let backend = backend();
        assert_eq!(
            backend
                .set_estimate_jurisdiction("US-GA")
                .unwrap()
                .estimate_jurisdiction
                .as_deref(),
            Some("US-GA")
        );
        let err = backend.set_estimate_jurisdiction("US-ZZ").unwrap_err();
        assert_eq!(err.field.as_deref(), Some("jurisdiction"));
        assert_eq!(
            backend.settings().estimate_jurisdiction.as_deref(),
            Some("US-GA")
        );
    }

    #[test]
    fn an_error_without_a_field_has_none_on_the_wire() {
        let wire = serde_json::to_value(IpcError::new(ErrorCode::Storage, "x")).unwrap();
        assert_eq!(wire, json!({ "code": "storage", "message": "x" }));
    }
}
