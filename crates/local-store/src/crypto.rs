//! Encryption of personal fields: XChaCha20-Poly1305, a random 24-byte nonce
//! per value, stored as `nonce || ciphertext`. The associated data names the
//! value's place (table, column, row), so a blob moved to another row or
//! column fails to decrypt.

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use std::fmt;

use crate::{StoreError, StoreKey};

const NONCE_LEN: usize = 24;

/// Where an encrypted value lives; its associated data.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Place<'a> {
    /// The key canary in `meta`.
    Canary,
    /// `cache.value` of a cache key.
    Cache(&'a str),
    /// `drafts.value` of a draft name.
    Draft(&'a str),
    /// A column of an outbox item, by item id.
    Outbox(OutboxColumn, &'a str),
}

#[derive(Debug, Clone, Copy)]
pub(crate) enum OutboxColumn {
    CaseId,
    Payload,
    LastError,
    Receipt,
}

impl Place<'_> {
    fn associated_data(&self) -> Vec<u8> {
        let (label, row) = match *self {
            Place::Canary => ("meta:canary", ""),
            Place::Cache(key) => ("cache:", key),
            Place::Draft(name) => ("draft:", name),
            Place::Outbox(OutboxColumn::CaseId, id) => ("outbox.case_id:", id),
            Place::Outbox(OutboxColumn::Payload, id) => ("outbox.payload:", id),
            Place::Outbox(OutboxColumn::LastError, id) => ("outbox.last_error:", id),
            Place::Outbox(OutboxColumn::Receipt, id) => ("outbox.receipt:", id),
        };
        [label.as_bytes(), row.as_bytes()].concat()
    }
}

/// For error messages: names the place, never the value.
impl fmt::Display for Place<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Place::Canary => f.write_str("the key canary"),
            Place::Cache(key) => write!(f, "cache entry `{key}`"),
            Place::Draft(name) => write!(f, "draft `{name}`"),
            Place::Outbox(column, id) => {
                let column = match column {
                    OutboxColumn::CaseId => "case_id",
                    OutboxColumn::Payload => "payload",
                    OutboxColumn::LastError => "last_error",
                    OutboxColumn::Receipt => "receipt",
                };
                write!(f, "the {column} of outbox item `{id}`")
            }
        }
    }
}

/// Why a blob did not decrypt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unsealed {
    /// Shorter than a nonce and a tag: not something this crate wrote.
    Truncated,
    /// The tag does not verify: another key, another place, or altered bytes.
    Rejected,
}

/// The store's cipher.
pub(crate) struct Cipher(XChaCha20Poly1305);

impl Cipher {
    pub(crate) fn new(key: &StoreKey) -> Cipher {
        // `XChaCha20Poly1305` wipes its copy of the key on drop.
        Cipher(XChaCha20Poly1305::new(key.bytes().into()))
    }

    /// Encrypts `plaintext` for `place`.
    pub(crate) fn seal(&self, place: Place<'_>, plaintext: &[u8]) -> Result<Vec<u8>, StoreError> {
        let mut nonce = [0u8; NONCE_LEN];
        getrandom::fill(&mut nonce)
            .map_err(|e| StoreError::Io(std::io::Error::other(format!("no random nonce: {e}"))))?;
        let aad = place.associated_data();
        let ciphertext = self
            .0
            .encrypt(
                XNonce::from_slice(&nonce),
                Payload {
                    msg: plaintext,
                    aad: &aad,
                },
            )
            // Only fails for messages of hundreds of gigabytes.
            .map_err(|_| {
                StoreError::Io(std::io::Error::other(format!("cannot encrypt {place}")))
            })?;
        let mut blob = Vec::with_capacity(NONCE_LEN + ciphertext.len());
        blob.extend_from_slice(&nonce);
        blob.extend_from_slice(&ciphertext);
        Ok(blob)
    }

    /// Decrypts a blob written by [`Cipher::seal`] for the same place.
    pub(crate) fn unseal_raw(&self, place: Place<'_>, blob: &[u8]) -> Result<Vec<u8>, Unsealed> {
        // 16 is the Poly1305 tag.
        if blob.len() < NONCE_LEN + 16 {
            return Err(Unsealed::Truncated);
        }
        let (nonce, ciphertext) = blob.split_at(NONCE_LEN);
        let aad = place.associated_data();
        self.0
            .decrypt(
                XNonce::from_slice(nonce),
                Payload {
                    msg: ciphertext,
                    aad: &aad,
                },
            )
            .map_err(|_| Unsealed::Rejected)
    }

    /// Decrypts a blob; any failure means the row is damaged.
    pub(crate) fn unseal(&self, place: Place<'_>, blob: &[u8]) -> Result<Vec<u8>, StoreError> {
        self.unseal_raw(place, blob)
            .map_err(|why| StoreError::Damaged {
                reason: match why {
                    Unsealed::Truncated => format!("{place} is truncated"),
                    Unsealed::Rejected => format!("{place} does not decrypt"),
                },
            })
    }

    /// Encrypts a JSON value for `place`.
    pub(crate) fn seal_json(
        &self,
        place: Place<'_>,
        value: &serde_json::Value,
    ) -> Result<Vec<u8>, StoreError> {
        // `Value`'s Display cannot fail: its map keys are strings.
        self.seal(place, value.to_string().as_bytes())
    }

    /// Decrypts a JSON value; failing to decrypt or parse means damaged.
    pub(crate) fn unseal_json(
        &self,
        place: Place<'_>,
        blob: &[u8],
    ) -> Result<serde_json::Value, StoreError> {
        let plaintext = self.unseal(place, blob)?;
        serde_json::from_slice(&plaintext).map_err(|_| StoreError::Damaged {
            reason: format!("{place} is not JSON"),
        })
    }

    /// Encrypts a string for `place`.
    pub(crate) fn seal_str(&self, place: Place<'_>, value: &str) -> Result<Vec<u8>, StoreError> {
        self.seal(place, value.as_bytes())
    }

    /// Decrypts a string; failing to decrypt or not UTF-8 means damaged.
    pub(crate) fn unseal_str(&self, place: Place<'_>, blob: &[u8]) -> Result<String, StoreError> {
        String::from_utf8(self.unseal(place, blob)?).map_err(|_| StoreError::Damaged {
            reason: format!("{place} is not text"),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn round_trip_and_binding() {
        let cipher = Cipher::new(&StoreKey::generate());
        let blob = cipher
            .seal_json(Place::Cache("cases"), &json!({"a": 1}))
            .unwrap();
        assert_eq!(
            cipher.unseal_json(Place::Cache("cases"), &blob).unwrap(),
            json!({"a": 1})
        );
        // Same key, another place: rejected.
        assert_eq!(
            cipher.unseal_raw(Place::Cache("payments"), &blob),
            Err(Unsealed::Rejected)
        );
        assert_eq!(
            cipher.unseal_raw(Place::Draft("cases"), &blob),
            Err(Unsealed::Rejected)
        );
        // Another key: rejected.
        let other = Cipher::new(&StoreKey::generate());
        assert_eq!(
            other.unseal_raw(Place::Cache("cases"), &blob),
            Err(Unsealed::Rejected)
        );
        // Truncated: reported, not a panic.
        assert_eq!(
            cipher.unseal_raw(Place::Cache("cases"), &blob[..10]),
            Err(Unsealed::Truncated)
        );
    }

    #[test]
    fn nonces_are_fresh() {
        let cipher = Cipher::new(&StoreKey::generate());
        let a = cipher.seal_str(Place::Canary, "same").unwrap();
        let b = cipher.seal_str(Place::Canary, "same").unwrap();
        assert_ne!(a, b);
    }

    #[test]
    fn outbox_columns_are_distinct_places() {
        let cipher = Cipher::new(&StoreKey::generate());
        let blob = cipher
            .seal_str(Place::Outbox(OutboxColumn::CaseId, "x"), "C-1")
            .unwrap();
        assert!(
            cipher
                .unseal_str(Place::Outbox(OutboxColumn::Payload, "x"), &blob)
                .is_err()
        );
        assert!(
            cipher
                .unseal_str(Place::Outbox(OutboxColumn::CaseId, "y"), &blob)
                .is_err()
        );
    }
}
