//! Cached agency data and drafts: one encrypted JSON value per key or name.

use chrono::{DateTime, Utc};
use sqlx::Row as _;

use crate::crypto::Place;
use crate::time::{from_micros, stored, to_micros};
use crate::{Store, StoreError};

/// A cached value as last fetched from the agency.
#[derive(Debug, Clone, PartialEq)]
pub struct Cached {
    pub value: serde_json::Value,
    /// The agency's entity tag, for a conditional re-fetch.
    pub etag: Option<String>,
    /// When it was fetched (stored to the microsecond).
    pub fetched_at: DateTime<Utc>,
}

impl Store {
    /// Stores (or replaces) the cached value under `key`, e.g. `"cases"` or
    /// `"payments/C-1001"`. The value is encrypted; the key, the etag and the
    /// time are not.
    pub async fn put_cached(
        &self,
        key: &str,
        value: &serde_json::Value,
        etag: Option<&str>,
        fetched_at: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let blob = self.cipher().seal_json(Place::Cache(key), value)?;
        sqlx::query(
            "INSERT INTO cache (key, value, etag, fetched_at) VALUES (?, ?, ?, ?) \
             ON CONFLICT (key) DO UPDATE SET \
             value = excluded.value, etag = excluded.etag, fetched_at = excluded.fetched_at",
        )
        .bind(key)
        .bind(blob)
        .bind(etag)
        .bind(to_micros(stored(fetched_at)))
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// The cached value under `key`, if any.
    pub async fn cached(&self, key: &str) -> Result<Option<Cached>, StoreError> {
        let Some(row) = sqlx::query("SELECT value, etag, fetched_at FROM cache WHERE key = ?")
            .bind(key)
            .fetch_optional(self.pool())
            .await?
        else {
            return Ok(None);
        };
        let place = Place::Cache(key);
        Ok(Some(Cached {
            value: self
                .cipher()
                .unseal_json(place, &row.try_get::<Vec<u8>, _>("value")?)?,
            etag: row.try_get("etag")?,
            fetched_at: from_micros(row.try_get("fetched_at")?, &place.to_string())?,
        }))
    }

    /// Deletes every cached value (sign-out: the agency's data goes, the
    /// drafts and the outbox stay).
    pub async fn clear_cache(&self) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM cache")
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// Stores (or replaces) the draft called `name`. The value is encrypted;
    /// the name is not.
    pub async fn put_draft(&self, name: &str, value: &serde_json::Value) -> Result<(), StoreError> {
        let blob = self.cipher().seal_json(Place::Draft(name), value)?;
        sqlx::query(
            "INSERT INTO drafts (name, value, updated_at) VALUES (?, ?, ?) \
             ON CONFLICT (name) DO UPDATE SET \
             value = excluded.value, updated_at = excluded.updated_at",
        )
        .bind(name)
        .bind(blob)
        .bind(to_micros(Utc::now()))
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// The draft called `name`, if any.
    pub async fn draft(&self, name: &str) -> Result<Option<serde_json::Value>, StoreError> {
        let blob: Option<Vec<u8>> = sqlx::query_scalar("SELECT value FROM drafts WHERE name = ?")
            .bind(name)
            .fetch_optional(self.pool())
            .await?;
        blob.map(|blob| self.cipher().unseal_json(Place::Draft(name), &blob))
            .transpose()
    }

    /// Deletes the draft called `name`. Deleting a draft that does not exist
    /// is not an error.
    pub async fn delete_draft(&self, name: &str) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM drafts WHERE name = ?")
            .bind(name)
            .execute(self.pool())
            .await?;
        Ok(())
    }
}
