//! Passwords, stored only as argon2id hashes in PHC string form.

use argon2::Argon2;
use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};

/// Hashes a password with argon2id and a random salt (the crate's defaults:
/// 19 MiB, two passes, as OWASP recommends).
pub fn hash(password: &str) -> String {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .expect("argon2 hashes any password with default parameters")
        .to_string()
}

/// Whether `password` matches `stored`. Without a stored hash (no such
/// account, or no password set) a hash is still computed, so that the time
/// taken does not tell which accounts exist.
pub fn verify(password: &str, stored: Option<&str>) -> bool {
    let parsed = stored.and_then(|s| PasswordHash::new(s).ok());
    match parsed {
        Some(h) => Argon2::default()
            .verify_password(password.as_bytes(), &h)
            .is_ok(),
        None => {
            let _ = hash(password);
            false
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hash_verifies_its_password_only() {
        let h = hash("demo-password-2026");
        assert!(h.starts_with("$argon2id$"));
        assert!(verify("demo-password-2026", Some(&h)));
        assert!(!verify("demo-password-2027", Some(&h)));
        assert!(!verify("demo-password-2026", None));
        assert!(!verify("demo-password-2026", Some("not a hash")));
    }
}
