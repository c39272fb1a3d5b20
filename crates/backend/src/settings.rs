//! The parent's preferences that outlive a restart, in a small JSON file
//! written atomically (a crash mid-write leaves the old file, never half a
//! file).

use crate::{AppMode, BackendConfig, ErrorCode, IpcError};
use serde::{Deserialize, Serialize};
use std::io::Write;
use std::path::PathBuf;
use std::sync::Mutex;
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Language {
    En,
    Es,
}

/// The parent's preferences that outlive a restart (never on a kiosk).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Settings {
    /// `null` until the parent picks one: the UI then follows the system language.
    pub language: Option<Language>,
    /// The state last chosen on the Estimate screen (`US-WI`), offered first
    /// next time.
    #[serde(default)]
    pub estimate_jurisdiction: Option<String>,
    /// A desktop notification when a new payment posts. Off until the
    /// parent turns it on; never on a kiosk.
    #[serde(default)]
    pub payment_notifications: bool,
    /// A desktop notification when a new message from the agency arrives
    /// (only "You have a new message"). Off until the parent turns it on;
    /// never on a kiosk.
    #[serde(default)]
    pub message_notifications: bool,
    /// Desktop reminders of appointments and court dates, the day before
    /// and an hour before. Off until the parent turns them on; never on a
    /// kiosk.
    #[serde(default)]
    pub appointment_reminders: bool,
}

pub struct SettingsStore {
    path: Option<PathBuf>,
    current: Mutex<Settings>,
}

impl SettingsStore {
    /// Settings kept for this run only.
    pub fn in_memory() -> Self {
        Self {
            path: None,
            current: Mutex::new(Settings::default()),
        }
    }

    /// The settings of a backend with `config`: the file in its config
    /// directory at home; in memory on a kiosk, which keeps nothing of one
    /// visitor for the next.
    pub fn for_config(config: &BackendConfig) -> Self {
        match (&config.mode, &config.config_dir) {
            (AppMode::Home, Some(dir)) => Self::load(dir.join("settings.json")),
            _ => Self::in_memory(),
        }
    }

    /// Loads settings from `path`. A missing file means defaults; an
    /// unreadable or damaged one is set aside and replaced by defaults, since
    /// nothing in it is worth refusing to start for.
    pub fn load(path: PathBuf) -> Self {
        let current = match std::fs::read(&path) {
            Ok(bytes) => serde_json::from_slice(&bytes).unwrap_or_else(|e| {
                tracing::warn!(error = %e, "settings file damaged; starting from defaults");
                let _ = std::fs::rename(&path, path.with_extension("json.damaged"));
                Settings::default()
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Settings::default(),
            Err(e) => {
                tracing::warn!(error = %e, "settings file unreadable; starting from defaults");
                Settings::default()
            }
        };
        Self {
            path: Some(path),
            current: Mutex::new(current),
        }
    }

    pub fn get(&self) -> Settings {
        self.lock().clone()
    }

    /// Applies `change` and persists the result before returning it. On a
    /// write failure the settings in memory stay as they were.
    pub fn update(&self, change: impl FnOnce(&mut Settings)) -> Result<Settings, IpcError> {
        let mut current = self.lock();
        let mut next = current.clone();
        change(&mut next);
        if let Some(path) = &self.path {
            write_atomically(path, &next).map_err(|e| {
                tracing::error!(error = %e, "cannot save settings");
                IpcError::new(
                    ErrorCode::Storage,
                    "Your settings could not be saved on this computer.",
                )
            })?;
        }
        *current = next.clone();
        Ok(next)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Settings> {
        // A panic while holding the lock cannot leave Settings half-changed
        // (it is replaced whole), so a poisoned lock is still usable.
        self.current.lock().unwrap_or_else(|p| p.into_inner())
    }
}

fn write_atomically(path: &std::path::Path, settings: &Settings) -> std::io::Result<()> {
    let dir = path
        .parent()
        .ok_or_else(|| std::io::Error::other("settings path has no parent"))?;
    std::fs::create_dir_all(dir)?;
    let tmp = path.with_extension("json.tmp");
    {
        let mut file = std::fs::File::create(&tmp)?;
        file.write_all(&serde_json::to_vec_pretty(settings).map_err(std::io::Error::other)?)?;
        file.sync_all()?;
    }
    std::fs::rename(&tmp, path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chosen_language_is_there_after_a_restart() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("nested").join("settings.json");
        let store = SettingsStore::load(path.clone());
        assert_eq!(store.get().language, None);
        store.update(|s| s.language = Some(Language::Es)).unwrap();

        let reopened = SettingsStore::load(path);
        assert_eq!(reopened.get().language, Some(Language::Es));
    }

    #[test]
    fn a_damaged_file_is_set_aside_and_defaults_used() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.json");
        std::fs::write(&path, b"{ not json").unwrap();
        let store = SettingsStore::load(path.clone());
        assert_eq!(store.get(), Settings::default());
        assert!(path.with_extension("json.damaged").exists());
    }

    #[test]
    fn a_failed_write_leaves_the_settings_unchanged_and_says_so() {
        let dir = tempfile::tempdir().unwrap();
        // The parent "directory" is a file, so nothing can be written there.
        let blocker = dir.path().join("blocker");
        std::fs::write(&blocker, b"").unwrap();
        let store = SettingsStore::load(blocker.join("settings.json"));
        let err = store
            .update(|s| s.language = Some(Language::Es))
            .unwrap_err();
        assert_eq!(err.code, ErrorCode::Storage);
        assert_eq!(store.get().language, None);
    }
}
