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
mod config;
mod connection;
mod error;
mod settings;

pub use agency_client::{AgencyClient, AgencyError};
pub use config::{
    AGENCY_URL_ENV, BackendConfig, ConfigError, DEFAULT_AGENCY_URL, parse_agency_url,
};
pub use connection::AgencyConnection;
pub use error::{ErrorCode, IpcError};
pub use settings::{Language, Settings, SettingsStore};

/// The calculator, re-exported so the shell names its types through the
/// backend it depends on.
pub use guidelines;

use serde::Serialize;
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
}

/// The product's name, as the window title and the UI show it.
pub const PRODUCT_NAME: &str = "Child Support Self-Service";

/// The backend of one running app.
pub struct Backend {
    config: BackendConfig,
    client: AgencyClient,
    settings: SettingsStore,
}

impl Backend {
    pub fn new(config: BackendConfig) -> Result<Self, IpcError> {
        let client = AgencyClient::new(config.agency_url.clone()).map_err(IpcError::from)?;
        // A kiosk keeps nothing of one visitor for the next: settings stay in memory.
        let settings = match (&config.mode, &config.config_dir) {
            (AppMode::Home, Some(dir)) => SettingsStore::load(dir.join("settings.json")),
            _ => SettingsStore::in_memory(),
        };
        Ok(Self {
            config,
            client,
            settings,
        })
    }

    pub fn app_info(&self) -> AppInfo {
        AppInfo {
            name: PRODUCT_NAME.to_owned(),
            version: env!("CARGO_PKG_VERSION").to_owned(),
            mode: self.config.mode,
        }
    }

    pub fn settings(&self) -> Settings {
        self.settings.get()
    }

    pub fn set_language(&self, language: Language) -> Result<Settings, IpcError> {
        self.settings.update(|s| s.language = Some(language))
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
        self.settings
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
        let url = self.config.agency_url.to_string();
        match self.client.agency().await {
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
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn backend() -> Backend {
        Backend::new(BackendConfig::resolve(None, None, AppMode::Home).unwrap()).unwrap()
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
