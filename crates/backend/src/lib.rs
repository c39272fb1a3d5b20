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
