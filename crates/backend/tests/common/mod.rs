//! What the backend's tests share: a real reference agency on loopback, a
//! backend started on a data directory, and a sign-in as a parent does it.
#![allow(dead_code)]

use agency_server::{AppState, db::Db, demo};
use backend::{AppMode, Backend, BackendConfig, MemorySecrets, SecretStore};
use std::path::Path;
use std::sync::Arc;

/// Starts the reference server on a free port with a fresh demo database
/// in `dir`, and returns its base URL.
pub async fn start_agency(dir: &Path) -> String {
    let db = Db::open(&format!("sqlite://{}", dir.join("agency.db").display()))
        .await
        .unwrap();
    demo::seed(&db).await.unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        axum::serve(listener, agency_server::router(AppState::new(db)))
            .await
            .unwrap();
    });
    format!("http://{addr}/")
}

/// A started home backend with its store in `data`.
pub async fn backend(agency: &str, data: &Path, secrets: Arc<dyn SecretStore>) -> Backend {
    let config = BackendConfig::resolve(Some(agency), None, AppMode::Home)
        .unwrap()
        .with_data_dir(data);
    let backend = Backend::new(config, secrets).unwrap();
    backend.start().await;
    backend
}

/// Signs in as `user` through the agency's page (the scripted browser).
pub async fn sign_in(backend: &Backend, user: &'static str) {
    backend
        .sign_in(move |url| {
            tokio::spawn(async move {
                backend::testing::browser_sign_in(
                    url.as_str(),
                    user,
                    agency_server::demo::DEMO_PASSWORD,
                )
                .await
                .unwrap();
            });
            Ok(())
        })
        .await
        .unwrap();
}

/// A store that survives the "restart" needs its key to: secrets that
/// persist, in memory for the test.
pub struct Persistent(pub MemorySecrets);

impl SecretStore for Persistent {
    fn get(&self, name: &str) -> Result<Option<String>, backend::SecretError> {
        self.0.get(name)
    }
    fn set(&self, name: &str, value: &str) -> Result<(), backend::SecretError> {
        self.0.set(name, value)
    }
    fn delete(&self, name: &str) -> Result<(), backend::SecretError> {
        self.0.delete(name)
    }
    fn persistent(&self) -> bool {
        true
    }
}
