//! Kiosk mode's configuration: one file an office's IT writes, which turns
//! kiosk mode on. The app reads it from `--kiosk CONFIG`, else from
//! [`KIOSK_CONFIG_PATH`] when that file exists. A file that is there but
//! wrong stops the app with a message naming the bad key: an office never
//! gets a home-mode app by mistake.
//!
//! ```toml
//! office_name = "Demo County: Main Street office"
//! office_id = "DC-01"
//! agency_url = "https://agency.example.gov/"
//! idle_timeout_seconds = 120   # 30 to 3600
//! warning_seconds = 30         # 5 to 120, less than the idle timeout
//! languages = ["en", "es"]     # those offered on the welcome screen
//! printing = false
//! printer = "Lobby"            # optional: where receipts go (else the default printer)
//! upload_folder = "/srv/scans" # optional: the only folder files come from
//! ```

use crate::config::{ConfigError, parse_agency_url};
use crate::settings::Language;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use ts_rs::TS;
use url::Url;

/// Where an office installs the kiosk configuration on Linux.
pub const KIOSK_CONFIG_PATH: &str = "/etc/child-support-self-service/kiosk.toml";

/// What the UI needs of the kiosk's configuration.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct KioskSettings {
    pub office_name: String,
    pub office_id: String,
    /// Without input for this long, the visit ends (after the warning).
    pub idle_timeout_seconds: u32,
    /// How long "Are you still there?" counts down before the visit ends.
    pub warning_seconds: u32,
    /// Offered on the welcome screen, in this order.
    pub languages: Vec<Language>,
    /// Whether receipts may be printed.
    pub printing: bool,
}

/// The kiosk's whole configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct KioskConfig {
    pub agency_url: Url,
    pub settings: KioskSettings,
    /// The one folder a visitor may choose files from (a scanner's output).
    pub upload_folder: Option<PathBuf>,
    /// The printer receipts go to, by its name in the system; `None`: the
    /// system's default printer. Printing never shows a dialog on a kiosk.
    pub printer: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    office_name: String,
    office_id: String,
    agency_url: String,
    idle_timeout_seconds: u32,
    warning_seconds: u32,
    languages: Vec<Language>,
    printing: bool,
    printer: Option<String>,
    upload_folder: Option<PathBuf>,
}

impl KioskConfig {
    /// Reads and checks the file at `path`.
    pub fn load(path: &Path) -> Result<Self, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|e| ConfigError::Unreadable {
            path: path.display().to_string(),
            reason: e.to_string(),
        })?;
        Self::parse(&text, path)
    }

    /// Checks the text of a kiosk configuration; `path` names it in errors.
    pub fn parse(text: &str, path: &Path) -> Result<Self, ConfigError> {
        let invalid = |reason: String| ConfigError::Invalid {
            path: path.display().to_string(),
            reason,
        };
        let file: File = toml::from_str(text).map_err(|e| invalid(toml_reason(text, &e)))?;
        let agency_url = parse_agency_url(&file.agency_url)
            .map_err(|e| invalid(format!("`agency_url`: {e}")))?;
        for (key, value) in [
            ("office_name", &file.office_name),
            ("office_id", &file.office_id),
        ] {
            if value.trim().is_empty() {
                return Err(invalid(format!("`{key}` must not be empty")));
            }
        }
        if !(30..=3600).contains(&file.idle_timeout_seconds) {
            return Err(invalid(
                "`idle_timeout_seconds` must be from 30 to 3600".to_owned(),
            ));
        }
        if !(5..=120).contains(&file.warning_seconds)
            || file.warning_seconds >= file.idle_timeout_seconds
        {
            return Err(invalid(
                "`warning_seconds` must be from 5 to 120, and less than `idle_timeout_seconds`"
                    .to_owned(),
            ));
        }
        let mut languages = Vec::new();
        for language in file.languages {
            if !languages.contains(&language) {
                languages.push(language);
            }
        }
        if languages.is_empty() {
            return Err(invalid(
                "`languages` must name at least one of \"en\", \"es\"".to_owned(),
            ));
        }
        if let Some(folder) = &file.upload_folder
            && !folder.is_absolute()
        {
            return Err(invalid(
                "`upload_folder` must be an absolute path".to_owned(),
            ));
        }
        let printer = file.printer.map(|p| p.trim().to_owned());
        if printer.as_ref().is_some_and(String::is_empty) {
            return Err(invalid(
                "`printer` must name a printer (or be left out for the default one)".to_owned(),
            ));
        }
        if printer.is_some() && !file.printing {
            return Err(invalid(
                "`printer` is set but `printing` is false: turn printing on or remove `printer`"
                    .to_owned(),
            ));
        }
        Ok(Self {
            agency_url,
            settings: KioskSettings {
                office_name: file.office_name.trim().to_owned(),
                office_id: file.office_id.trim().to_owned(),
                idle_timeout_seconds: file.idle_timeout_seconds,
                warning_seconds: file.warning_seconds,
                languages,
                printing: file.printing,
            },
            upload_folder: file.upload_folder,
            printer,
        })
    }
}

/// toml's message, with the line and the key it is about when it says.
fn toml_reason(text: &str, e: &toml::de::Error) -> String {
    let Some(span) = e.span() else {
        return e.message().to_owned();
    };
    let start = span.start.min(text.len());
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let line = text[line_start..].lines().next().unwrap_or_default();
    let number = text[..start].matches('\n').count() + 1;
    match line.split_once('=') {
        Some((key, _)) if !key.trim().is_empty() => {
            format!("line {number}, `{}`: {}", key.trim(), e.message())
        }
        _ => format!("line {number}: {}", e.message()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"
office_name = "Demo County: Main Street office"
office_id = "DC-01"
agency_url = "https://agency.example.gov/"
idle_timeout_seconds = 120
warning_seconds = 30
languages = ["es", "en", "es"]
printing = true
printer = " Lobby "
upload_folder = "/srv/scans"
"#;

    fn parse(text: &str) -> Result<KioskConfig, ConfigError> {
        KioskConfig::parse(text, Path::new("/etc/kiosk.toml"))
    }

    fn reason(text: &str) -> String {
        match parse(text) {
            Err(ConfigError::Invalid { path, reason }) => {
                assert_eq!(path, "/etc/kiosk.toml");
                reason
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_good_file_is_read_whole() {
        let config = parse(GOOD).unwrap();
        assert_eq!(config.agency_url.as_str(), "https://agency.example.gov/");
        assert_eq!(config.settings.office_id, "DC-01");
        assert_eq!(config.settings.languages, [Language::Es, Language::En]);
        assert!(config.settings.printing);
        assert_eq!(config.printer.as_deref(), Some("Lobby"));
        assert_eq!(
            config.upload_folder.as_deref(),
            Some(Path::new("/srv/scans"))
        );
    }

    #[test]
    fn each_bad_key_is_named() {
        let cases = [
            (
                GOOD.replace("idle_timeout_seconds = 120", "idle_timeout_seconds = 5"),
                "idle_timeout_seconds",
            ),
            (
                GOOD.replace("warning_seconds = 30", "warning_seconds = 300"),
                "warning_seconds",
            ),
            (GOOD.replace("[\"es\", \"en\", \"es\"]", "[]"), "languages"),
            (GOOD.replace("[\"es\", \"en\", \"es\"]", "[\"fr\"]"), "fr"),
            (
                GOOD.replace("https://agency.example.gov/", "http://agency.example.gov/"),
                "agency_url",
            ),
            (GOOD.replace("\"DC-01\"", "\"  \""), "office_id"),
            (GOOD.replace("/srv/scans", "scans"), "upload_folder"),
            (
                GOOD.replace("printing = true", "printing = \"yes\""),
                "printing",
            ),
            (
                GOOD.replace("printing = true", "printing = true\nidle = 3"),
                "idle",
            ),
            (
                GOOD.replace("office_name = \"Demo County: Main Street office\"\n", ""),
                "office_name",
            ),
            (GOOD.replace("\" Lobby \"", "\" \""), "printer"),
            (
                GOOD.replace("printing = true", "printing = false"),
                "printer",
            ),
        ];
        for (text, key) in cases {
            let reason = reason(&text);
            assert!(reason.contains(key), "{key}: {reason}");
        }
    }

    #[test]
    fn a_missing_file_is_unreadable_not_home_mode() {
        assert!(matches!(
            KioskConfig::load(Path::new("/nonexistent/kiosk.toml")),
            Err(ConfigError::Unreadable { .. })
        ));
    }
}
