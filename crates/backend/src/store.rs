//! The backend's hold on the local store: where its file is, where its key
//! is kept, and what happens when it is damaged.
//!
//! The store's key lives with the other secrets (the OS keyring at home).
//! A store whose key is lost, or whose file is damaged, is not a crash: the
//! calls that need it answer `store_damaged`, and [`LocalStore::reset`] sets
//! the file aside and starts again from the agency.

use crate::secrets::{self, SecretStore};
use crate::{ErrorCode, IpcError};
use agency_api::Me;
use local_store::{Location, OpenError, Store, StoreError, StoreKey};
use sha2::{Digest, Sha256};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use tokio::sync::RwLock;
use url::Url;

const ME: &str = "me";

/// The store's file name for one agency: the app keeps one store per agency
/// it has talked to, so that one agency's data never shows as another's.
pub(crate) fn file_name(agency: &Url) -> String {
    let digest = Sha256::digest(agency.origin().ascii_serialization().as_bytes());
    let hex: String = digest[..6].iter().map(|b| format!("{b:02x}")).collect();
    format!("store-{hex}.db")
}

/// The name of the local store's key among the secrets, for one agency.
pub fn store_key_name(agency: &Url) -> String {
    format!("store-key@{}", agency.origin().ascii_serialization())
}

pub(crate) struct LocalStore {
    /// `None`: in memory.
    path: Option<PathBuf>,
    key_name: String,
    store: RwLock<Option<Store>>,
    /// Why the store could not be opened, while it cannot.
    damage: Mutex<Option<String>>,
}

impl LocalStore {
    pub(crate) fn new(path: Option<PathBuf>, agency: &Url) -> Self {
        Self {
            path,
            key_name: store_key_name(agency),
            store: RwLock::new(None),
            damage: Mutex::new(None),
        }
    }

    pub(crate) async fn open(&self, secrets: &Arc<dyn SecretStore>) -> Result<(), IpcError> {
        let mut slot = self.store.write().await;
        match self.open_store(secrets).await {
            Ok(store) => {
                match store.recover_interrupted().await {
                    Ok(0) => {}
                    Ok(n) => tracing::info!(
                        n,
                        "submissions interrupted by the last exit will be sent again"
                    ),
                    Err(e) => {
                        tracing::warn!(error = %e, "interrupted submissions could not be recovered")
                    }
                }
                *slot = Some(store);
                self.set_damage(None);
                Ok(())
            }
            Err(reason) => {
                tracing::warn!(%reason, "the local store cannot be opened");
                self.set_damage(Some(reason.clone()));
                Err(damaged(reason))
            }
        }
    }

    async fn open_store(&self, secrets: &Arc<dyn SecretStore>) -> Result<Store, String> {
        let Some(path) = &self.path else {
            return Store::open(&Location::Memory, &StoreKey::generate())
                .await
                .map_err(|e| e.to_string());
        };
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)
                .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
        }
        let name = self.key_name.clone();
        let held = secrets::blocking(secrets, move |s| s.get(&name))
            .await
            .map_err(|e| e.to_string())?;
        let key = match held {
            Some(encoded) => StoreKey::decode(&encoded).map_err(|e| e.to_string())?,
            None if path.exists() => {
                return Err("the key of the saved data is no longer in the keyring".to_owned());
            }
            None => {
                let key = StoreKey::generate();
                let (name, encoded) = (self.key_name.clone(), key.encode());
                secrets::blocking(secrets, move |s| s.set(&name, &encoded))
                    .await
                    .map_err(|e| e.to_string())?;
                key
            }
        };
        Store::open(&Location::File(path.clone()), &key)
            .await
            .map_err(|e| match e {
                OpenError::WrongKey => {
                    "the keyring holds a different key for the saved data".to_owned()
                }
                other => other.to_string(),
            })
    }

    /// Sets the damaged file aside (never deletes it) and opens a new store.
    pub(crate) async fn reset(&self, secrets: &Arc<dyn SecretStore>) -> Result<(), IpcError> {
        {
            let mut slot = self.store.write().await;
            if let Some(store) = slot.take() {
                store.close().await;
            }
            if let Some(path) = &self.path
                && path.exists()
            {
                let aside = Store::set_aside(path).await.map_err(|e| {
                    IpcError::new(
                        ErrorCode::Storage,
                        format!("The app could not move its damaged data aside: {e}"),
                    )
                })?;
                tracing::warn!(aside = %aside.display(), "the damaged local store was set aside");
            }
        }
        // The key stays: the copy set aside can still be read with it.
        self.open(secrets).await
    }

    pub(crate) async fn close(&self) {
        if let Some(store) = self.store.write().await.take() {
            store.close().await;
        }
    }

    /// The open store, or why there is none.
    pub(crate) async fn get(&self) -> Result<Store, IpcError> {
        if let Some(store) = self.store.read().await.as_ref() {
            return Ok(store.clone());
        }
        let damage = self.damage.lock().ok().and_then(|d| d.clone());
        Err(damaged(damage.unwrap_or_else(|| {
            "the local store is not open".to_owned()
        })))
    }

    pub(crate) async fn cached_me(&self) -> Option<Me> {
        let store = self.get().await.ok()?;
        let cached = store.cached(ME).await.ok()??;
        serde_json::from_value(cached.value).ok()
    }

    pub(crate) async fn cache_me(&self, me: &Me) {
        if let Ok(store) = self.get().await
            && let Ok(value) = serde_json::to_value(me)
            && let Err(e) = store.put_cached(ME, &value, None, chrono::Utc::now()).await
        {
            tracing::warn!(error = %e, "who is signed in could not be saved");
        }
    }

    /// Deletes the agency's data held here (sign-out), keeping the outbox.
    pub(crate) async fn forget_cache(&self) {
        if let Ok(store) = self.get().await
            && let Err(e) = store.clear_cache().await
        {
            tracing::warn!(error = %e, "the cached data could not be deleted");
        }
    }

    fn set_damage(&self, damage: Option<String>) {
        if let Ok(mut slot) = self.damage.lock() {
            *slot = damage;
        }
    }
}

fn damaged(reason: String) -> IpcError {
    IpcError::new(
        ErrorCode::StoreDamaged,
        format!(
            "The app's saved copy of your information can't be read ({reason}). Start fresh to download it again from the agency."
        ),
    )
}

/// A store error as the parent sees it.
pub(crate) fn store_error(e: StoreError) -> IpcError {
    match e {
        StoreError::Damaged { reason } => damaged(reason),
        other => IpcError::new(
            ErrorCode::Storage,
            format!("The app could not use its saved data: {other}"),
        ),
    }
}
