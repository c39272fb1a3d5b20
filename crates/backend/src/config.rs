//! Which agency the app talks to, and where it keeps its files.
//!
//! The agency URL comes from, in order: the `CHILD_SUPPORT_AGENCY_URL`
//! environment variable, `agency_url` in `config.toml` in the app's config
//! directory, or the reference server on this computer.

use crate::AppMode;
use std::path::{Path, PathBuf};
use std::time::Duration;
use url::{Host, Url};

pub const AGENCY_URL_ENV: &str = "CHILD_SUPPORT_AGENCY_URL";
pub const DEFAULT_AGENCY_URL: &str = "http://127.0.0.1:8080/";

#[derive(Debug, Clone)]
pub struct BackendConfig {
    pub agency_url: Url,
    pub mode: AppMode,
    /// Where settings that outlive a restart are kept; `None` keeps them in
    /// memory only.
    pub config_dir: Option<PathBuf>,
    /// Where the local store (cached agency data, drafts, the outbox) is
    /// kept; `None` keeps it in memory only (a kiosk, or tests).
    pub data_dir: Option<PathBuf>,
    /// The outbox's first wait before sending again after a transient
    /// failure; it doubles with each attempt, up to five minutes.
    pub outbox_retry: Duration,
    /// How often the app brings its copy up to date while a parent is
    /// signed in.
    pub sync_every: Duration,
    /// In kiosk mode, the office's configuration.
    pub kiosk: Option<crate::KioskConfig>,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ConfigError {
    #[error("the agency address `{0}` is not a valid URL")]
    InvalidUrl(String),
    #[error(
        "the agency address `{0}` must use https (plain http is allowed only for this computer)"
    )]
    InsecureUrl(String),
    #[error("cannot read {path}: {reason}")]
    Unreadable { path: String, reason: String },
    #[error("{path}: {reason}")]
    Invalid { path: String, reason: String },
}

impl BackendConfig {
    /// Resolves the configuration for home use from the environment value (if
    /// any) and the config directory.
    pub fn resolve(
        env_url: Option<&str>,
        config_dir: Option<&Path>,
        mode: AppMode,
    ) -> Result<Self, ConfigError> {
        let from_file = match config_dir {
            Some(dir) => read_config_file(&dir.join("config.toml"))?,
            None => None,
        };
        let agency_url = match env_url
            .filter(|s| !s.trim().is_empty())
            .or(from_file.as_deref())
        {
            Some(raw) => parse_agency_url(raw)?,
            None => Url::parse(DEFAULT_AGENCY_URL).expect("the default URL is valid"),
        };
        Ok(Self {
            agency_url,
            mode,
            config_dir: config_dir.map(Path::to_path_buf),
            data_dir: None,
            outbox_retry: DEFAULT_OUTBOX_RETRY,
            sync_every: DEFAULT_SYNC_EVERY,
            kiosk: None,
        })
    }

    /// Kiosk mode, as the office configured it: its agency, nothing kept on
    /// disk (no config or data directory), secrets in memory.
    pub fn kiosk(kiosk: crate::KioskConfig) -> Self {
        Self {
            agency_url: kiosk.agency_url.clone(),
            mode: AppMode::Kiosk,
            config_dir: None,
            data_dir: None,
            outbox_retry: DEFAULT_OUTBOX_RETRY,
            sync_every: DEFAULT_SYNC_EVERY,
            kiosk: Some(kiosk),
        }
    }

    /// Keeps the local store in `dir` (home use).
    pub fn with_data_dir(mut self, dir: impl Into<PathBuf>) -> Self {
        self.data_dir = Some(dir.into());
        self
    }
}

/// See [`BackendConfig::sync_every`].
pub const DEFAULT_SYNC_EVERY: Duration = Duration::from_secs(5 * 60);

/// See [`BackendConfig::outbox_retry`].
pub const DEFAULT_OUTBOX_RETRY: Duration = Duration::from_secs(2);

/// Parses and checks an agency address. Tokens will travel to it, so it must
/// be https unless it is on this computer (the reference server, tests).
pub fn parse_agency_url(raw: &str) -> Result<Url, ConfigError> {
    let url = Url::parse(raw.trim()).map_err(|_| ConfigError::InvalidUrl(raw.to_owned()))?;
    let loopback = match url.host() {
        Some(Host::Domain(d)) => d == "localhost",
        Some(Host::Ipv4(ip)) => ip.is_loopback(),
        Some(Host::Ipv6(ip)) => ip.is_loopback(),
        None => return Err(ConfigError::InvalidUrl(raw.to_owned())),
    };
    match url.scheme() {
        "https" => Ok(url),
        "http" if loopback => Ok(url),
        "http" => Err(ConfigError::InsecureUrl(raw.to_owned())),
        _ => Err(ConfigError::InvalidUrl(raw.to_owned())),
    }
}

fn read_config_file(path: &Path) -> Result<Option<String>, ConfigError> {
    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct File {
        agency_url: Option<String>,
    }
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            return Err(ConfigError::Unreadable {
                path: path.display().to_string(),
                reason: e.to_string(),
            });
        }
    };
    let file: File = toml::from_str(&text).map_err(|e| ConfigError::Invalid {
        path: path.display().to_string(),
        reason: e.message().to_owned(),
    })?;
    Ok(file.agency_url)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn https_agencies_and_plain_http_on_this_computer_are_accepted() {
        for ok in [
            "https://agency.example.gov/",
            "http://127.0.0.1:8080",
            "http://localhost:9000/",
            "http://[::1]:8080/",
        ] {
            assert!(parse_agency_url(ok).is_ok(), "{ok}");
        }
    }

    #[test]
    fn plain_http_to_another_computer_is_refused() {
        assert_eq!(
            parse_agency_url("http://agency.example.gov/"),
            Err(ConfigError::InsecureUrl(
                "http://agency.example.gov/".to_owned()
            ))
        );
        assert!(matches!(
            parse_agency_url("ftp://x/"),
            Err(ConfigError::InvalidUrl(_))
        ));
        assert!(matches!(
            parse_agency_url("not a url"),
            Err(ConfigError::InvalidUrl(_))
        ));
    }

    #[test]
    fn the_environment_wins_over_the_file_which_wins_over_the_default() {
        let dir = tempfile::tempdir().unwrap();
        let none = BackendConfig::resolve(None, Some(dir.path()), AppMode::Home).unwrap();
        assert_eq!(none.agency_url.as_str(), DEFAULT_AGENCY_URL);

        std::fs::write(
            dir.path().join("config.toml"),
            "agency_url = \"https://file.example/\"\n",
        )
        .unwrap();
        let file = BackendConfig::resolve(None, Some(dir.path()), AppMode::Home).unwrap();
        assert_eq!(file.agency_url.as_str(), "https://file.example/");

        let env = BackendConfig::resolve(
            Some("https://env.example/"),
            Some(dir.path()),
            AppMode::Home,
        )
        .unwrap();
        assert_eq!(env.agency_url.as_str(), "https://env.example/");
    }

    #[test]
    fn a_bad_config_file_names_the_problem() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("config.toml"), "agency = 3\n").unwrap();
        let err = BackendConfig::resolve(None, Some(dir.path()), AppMode::Home).unwrap_err();
        assert!(
            matches!(&err, ConfigError::Invalid { reason, .. } if reason.contains("agency")),
            "{err}"
        );
    }
}
