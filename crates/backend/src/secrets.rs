//! Secrets: the refresh token and the local store's key.
//!
//! At home they live in the operating system's keyring (Secret Service on
//! Linux, Keychain on macOS, Credential Manager on Windows) through the
//! `keyring` crate, and nowhere else: never in a file, a log or a URL. On a
//! kiosk they live in memory and die with the visit.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// The keyring's service name for every secret of the app.
pub const KEYRING_SERVICE: &str = "org.childsupport.selfservice";

#[derive(Debug, thiserror::Error)]
#[error("the keyring cannot be used: {0}")]
pub struct SecretError(String);

impl SecretError {
    pub fn new(reason: impl Into<String>) -> Self {
        Self(reason.into())
    }
}

/// Where secrets are kept. Calls may block (the keyring talks to a daemon):
/// call them from a blocking task.
pub trait SecretStore: Send + Sync {
    fn get(&self, name: &str) -> Result<Option<String>, SecretError>;
    fn set(&self, name: &str, value: &str) -> Result<(), SecretError>;
    /// Deletes a secret; deleting one that is not there is not an error.
    fn delete(&self, name: &str) -> Result<(), SecretError>;
    /// Whether a secret outlives the app.
    fn persistent(&self) -> bool;
}

/// Runs a call on `secrets` on a blocking thread: the keyring talks to a
/// daemon, which must not stall the async runtime.
pub(crate) async fn blocking<T: Send + 'static>(
    secrets: &Arc<dyn SecretStore>,
    call: impl FnOnce(&dyn SecretStore) -> Result<T, SecretError> + Send + 'static,
) -> Result<T, SecretError> {
    let secrets = secrets.clone();
    tokio::task::spawn_blocking(move || call(secrets.as_ref()))
        .await
        .map_err(|e| SecretError(format!("a keyring call failed: {e}")))?
}

/// The OS keyring.
pub struct KeyringSecrets {
    service: String,
    // One entry per name, kept: the keyring's mock (in tests) holds a
    // credential per entry, and the platform stores cost a lookup each.
    entries: Mutex<HashMap<String, keyring::Entry>>,
}

impl KeyringSecrets {
    pub fn new(service: impl Into<String>) -> Self {
        Self {
            service: service.into(),
            entries: Mutex::new(HashMap::new()),
        }
    }

    fn with_entry<T>(
        &self,
        name: &str,
        f: impl FnOnce(&keyring::Entry) -> keyring::Result<T>,
    ) -> Result<T, SecretError> {
        let mut entries = self
            .entries
            .lock()
            .map_err(|_| SecretError("a keyring call panicked".to_owned()))?;
        let entry = match entries.get(name) {
            Some(entry) => entry,
            None => {
                let entry = keyring::Entry::new(&self.service, name).map_err(describe)?;
                entries.entry(name.to_owned()).or_insert(entry)
            }
        };
        f(entry).map_err(describe)
    }
}

/// The keyring's error, without anything it may quote of the secret.
fn describe(e: keyring::Error) -> SecretError {
    SecretError(match e {
        keyring::Error::PlatformFailure(inner) => format!("platform failure: {inner}"),
        keyring::Error::NoStorageAccess(inner) => format!("no access to the keyring: {inner}"),
        keyring::Error::NoEntry => "no such entry".to_owned(),
        keyring::Error::BadEncoding(_) => "a stored secret is not text".to_owned(),
        keyring::Error::TooLong(field, max) => format!("{field} longer than {max}"),
        keyring::Error::Invalid(field, reason) => format!("{field} is invalid: {reason}"),
        keyring::Error::Ambiguous(_) => "more than one entry matches".to_owned(),
        other => other.to_string(),
    })
}

impl SecretStore for KeyringSecrets {
    fn get(&self, name: &str) -> Result<Option<String>, SecretError> {
        self.with_entry(name, |entry| match entry.get_password() {
            Ok(secret) => Ok(Some(secret)),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(e) => Err(e),
        })
    }

    fn set(&self, name: &str, value: &str) -> Result<(), SecretError> {
        self.with_entry(name, |entry| entry.set_password(value))
    }

    fn delete(&self, name: &str) -> Result<(), SecretError> {
        self.with_entry(name, |entry| match entry.delete_credential() {
            Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
            Err(e) => Err(e),
        })
    }

    fn persistent(&self) -> bool {
        true
    }
}

/// Secrets for one run of the app only: a kiosk's, or a home app's when the
/// keyring cannot be used.
#[derive(Default)]
pub struct MemorySecrets {
    secrets: Mutex<HashMap<String, String>>,
}

impl MemorySecrets {
    pub fn new() -> Self {
        Self::default()
    }
}

impl SecretStore for MemorySecrets {
    fn get(&self, name: &str) -> Result<Option<String>, SecretError> {
        Ok(self
            .secrets
            .lock()
            .map_err(|_| SecretError("poisoned".to_owned()))?
            .get(name)
            .cloned())
    }

    fn set(&self, name: &str, value: &str) -> Result<(), SecretError> {
        self.secrets
            .lock()
            .map_err(|_| SecretError("poisoned".to_owned()))?
            .insert(name.to_owned(), value.to_owned());
        Ok(())
    }

    fn delete(&self, name: &str) -> Result<(), SecretError> {
        self.secrets
            .lock()
            .map_err(|_| SecretError("poisoned".to_owned()))?
            .remove(name);
        Ok(())
    }

    fn persistent(&self) -> bool {
        false
    }
}

/// Whether the OS keyring answers. Where it holds `kept` (a secret the app
/// keeps there: the local store's key, on every start but the first),
/// reading it is enough, one lookup. Where it does not, a probe is written,
/// read back and deleted: two writes to the keyring's file, which on a
/// desktop cost the app's start far more than the lookup. A desktop without
/// a Secret Service, or a locked one that will not open, fails either way,
/// and the app keeps the session in memory instead.
pub fn keyring_works(service: &str, kept: &str) -> Result<(), SecretError> {
    match keyring::Entry::new(service, kept).and_then(|entry| entry.get_password()) {
        // It answered with what it holds (even a secret that is not text, or
        // two of them: the store says so when it opens).
        Ok(_) | Err(keyring::Error::BadEncoding(_) | keyring::Error::Ambiguous(_)) => {
            return Ok(());
        }
        Err(keyring::Error::NoEntry) => {}
        // Not reachable, or locked and not opened: a write would not do
        // better (and would ask to unlock it a second time).
        Err(e) => return Err(describe(e)),
    }
    let secrets = KeyringSecrets::new(service);
    let probe = "probe";
    secrets.set(probe, "ok")?;
    let read = secrets.get(probe)?;
    secrets.delete(probe)?;
    match read.as_deref() {
        Some("ok") => Ok(()),
        _ => Err(SecretError("a probe did not read back".to_owned())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(store: &dyn SecretStore) {
        assert_eq!(store.get("refresh-token").unwrap(), None);
        store.set("refresh-token", "rt-1").unwrap();
        assert_eq!(store.get("refresh-token").unwrap().as_deref(), Some("rt-1"));
        store.set("refresh-token", "rt-2").unwrap();
        assert_eq!(store.get("refresh-token").unwrap().as_deref(), Some("rt-2"));
        store.delete("refresh-token").unwrap();
        assert_eq!(store.get("refresh-token").unwrap(), None);
        store.delete("refresh-token").unwrap();
    }

    #[test]
    fn memory_secrets_keep_set_replace_and_delete() {
        let store = MemorySecrets::new();
        check(&store);
        assert!(!store.persistent());
    }

    #[test]
    fn keyring_secrets_keep_set_replace_and_delete_on_the_mock() {
        keyring::set_default_credential_builder(keyring::mock::default_credential_builder());
        let store = KeyringSecrets::new("test.service");
        check(&store);
        assert!(store.persistent());
    }

    #[test]
    fn a_keyring_failure_is_reported_without_the_secret() {
        keyring::set_default_credential_builder(keyring::mock::default_credential_builder());
        let store = KeyringSecrets::new("test.service");
        store
            .with_entry("refresh-token", |entry| {
                let mock: &keyring::mock::MockCredential =
                    entry.get_credential().downcast_ref().unwrap();
                mock.set_error(keyring::Error::BadEncoding(b"rt-secret".to_vec()));
                Ok(())
            })
            .unwrap();
        let err = store.get("refresh-token").unwrap_err();
        assert!(!err.to_string().contains("rt-secret"), "{err}");
    }
}
