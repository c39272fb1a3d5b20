//! The app's local store: one SQLite file on the parent's computer holding
//! cached agency data (cases, payments), drafts of forms, and the outbox —
//! submissions written durably before they are sent.
//!
//! Personal data is encrypted at rest with XChaCha20-Poly1305 under a 32-byte
//! [`StoreKey`] the caller supplies (the app keeps it in the OS keyring; this
//! crate knows nothing of keyrings, networks or Tauri). Each encrypted value is
//! bound to its place (table, column and row), so a value copied to another
//! row does not decrypt.
//!
//! A damaged file never panics: [`Store::open`] reports [`OpenError::Damaged`]
//! or [`OpenError::WrongKey`], reads report [`StoreError::Damaged`], and
//! [`Store::set_aside`] moves a damaged file out of the way (never deleting it)
//! so that the next open starts empty.
//!
//! ```no_run
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! use local_store::{Location, NewOutboxItem, Store, StoreKey};
//!
//! let key = StoreKey::generate(); // keep `key.encode()` in the keyring
//! let store = Store::open(&Location::File("/tmp/store.db".into()), &key).await?;
//! let item = store
//!     .enqueue(NewOutboxItem {
//!         kind: "modification_request".into(),
//!         case_id: Some("C-1001".into()),
//!         payload: serde_json::json!({ "reason": "job loss" }),
//!     })
//!     .await?;
//! assert_eq!(item.attempts, 0);
//! store.close().await;
//! # Ok(())
//! # }
//! ```

mod cache;
mod crypto;
mod error;
mod key;
mod outbox;
mod store;
mod time;

pub use cache::Cached;
pub use error::{OpenError, StoreError};
pub use key::StoreKey;
pub use outbox::{NewOutboxItem, OutboxRecord, RecordState};
pub use store::{Location, Store};
