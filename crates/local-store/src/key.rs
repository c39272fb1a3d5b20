//! The store's key: 32 random bytes, kept by the caller (in the OS keyring).

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use std::fmt;
use zeroize::{Zeroize, Zeroizing};

use crate::StoreError;

/// The length of a key, in bytes.
const KEY_LEN: usize = 32;

/// The 32-byte key that encrypts a store's personal data.
///
/// Its bytes are wiped from memory when it is dropped, and [`fmt::Debug`]
/// never prints them. It is deliberately not `Clone`: pass it by reference.
pub struct StoreKey([u8; KEY_LEN]);

impl StoreKey {
    /// A fresh random key from the operating system's random source.
    ///
    /// # Panics
    ///
    /// Only if the operating system has no working random source (getrandom
    /// fails), which does not happen on the desktops the app supports; there
    /// is no safe key to return in that case.
    pub fn generate() -> StoreKey {
        let mut bytes = [0u8; KEY_LEN];
        getrandom::fill(&mut bytes).expect("the operating system has no random source");
        StoreKey(bytes)
    }

    /// The key as standard base64 (44 characters), for the keyring.
    pub fn encode(&self) -> String {
        STANDARD.encode(self.0)
    }

    /// Reads a key written by [`StoreKey::encode`]. Surrounding whitespace is
    /// ignored; anything that is not base64 of exactly 32 bytes is
    /// [`StoreError::InvalidKey`].
    pub fn decode(s: &str) -> Result<StoreKey, StoreError> {
        let bytes =
            Zeroizing::new(
                STANDARD
                    .decode(s.trim())
                    .map_err(|_| StoreError::InvalidKey {
                        reason: "not standard base64".into(),
                    })?,
            );
        let array: [u8; KEY_LEN] =
            bytes
                .as_slice()
                .try_into()
                .map_err(|_| StoreError::InvalidKey {
                    reason: format!("{} bytes, not {KEY_LEN}", bytes.len()),
                })?;
        Ok(StoreKey(array))
    }

    pub(crate) fn bytes(&self) -> &[u8; KEY_LEN] {
        &self.0
    }
}

impl Drop for StoreKey {
    fn drop(&mut self) {
        self.0.zeroize();
    }
}

impl fmt::Debug for StoreKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("StoreKey(<redacted>)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encode_decode_round_trip() {
        let key = StoreKey::generate();
        let text = key.encode();
        assert_eq!(text.len(), 44);
        let back = StoreKey::decode(&text).unwrap();
        assert_eq!(back.0, key.0);
        // A trailing newline from a hand-edited keyring entry is fine.
        let back = StoreKey::decode(&format!(" {text}\n")).unwrap();
        assert_eq!(back.0, key.0);
    }

    #[test]
    fn generated_keys_differ() {
        assert_ne!(StoreKey::generate().0, StoreKey::generate().0);
    }

    #[test]
    fn bad_input_is_an_invalid_key() {
        let short = STANDARD.encode([7u8; 31]);
        let long = STANDARD.encode([7u8; 33]);
        for bad in ["", "not base64!", "AAAA====", short.as_str(), long.as_str()] {
            match StoreKey::decode(bad) {
                Err(StoreError::InvalidKey { .. }) => {}
                other => panic!("{bad:?} decoded to {other:?}"),
            }
        }
    }

    #[test]
    fn debug_does_not_show_the_key() {
        let key = StoreKey([0xAB; KEY_LEN]);
        let shown = format!("{key:?} {key:#?}");
        assert!(!shown.contains(&key.encode()));
        assert!(!shown.contains("171"), "{shown}"); // 0xAB as a decimal byte
        assert!(!shown.to_lowercase().contains("ab, ab"), "{shown}");
        assert!(shown.contains("redacted"));
    }

    #[test]
    fn errors_do_not_echo_the_input() {
        let secret = STANDARD.encode([9u8; 31]);
        let message = StoreKey::decode(&secret).unwrap_err().to_string();
        assert!(!message.contains(&secret), "{message}");
    }
}
