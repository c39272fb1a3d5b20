//! Proof Key for Code Exchange (RFC 7636), S256 only.
//!
//! A native app cannot keep a client secret, so the code it receives on its
//! loopback redirect is worthless without the verifier it kept in memory.
//! `plain` is refused: it protects nothing once the authorization request is
//! seen (RFC 7636 §4.2 allows it only for clients that cannot hash).

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use sha2::{Digest, Sha256};

/// Why an authorization request's challenge is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ChallengeError {
    Missing,
    /// `plain` or any method other than `S256`. An absent method means
    /// `plain` (RFC 7636 §4.3), so it is refused too.
    UnsupportedMethod,
    Malformed,
}

impl ChallengeError {
    pub(crate) fn description(self) -> &'static str {
        match self {
            Self::Missing => "code_challenge is required (PKCE, RFC 7636)",
            Self::UnsupportedMethod => "code_challenge_method must be S256",
            Self::Malformed => "code_challenge must be 43 base64url characters",
        }
    }
}

/// Checks the challenge of an authorization request (RFC 7636 §4.3, §4.4.1).
pub(crate) fn check_challenge(
    challenge: Option<&str>,
    method: Option<&str>,
) -> Result<(), ChallengeError> {
    let challenge = challenge
        .filter(|c| !c.is_empty())
        .ok_or(ChallengeError::Missing)?;
    if method != Some("S256") {
        return Err(ChallengeError::UnsupportedMethod);
    }
    // BASE64URL of a SHA-256 digest without padding is 43 characters.
    if challenge.len() != 43 || !challenge.bytes().all(is_base64url) {
        return Err(ChallengeError::Malformed);
    }
    Ok(())
}

/// Whether `verifier` answers `challenge` (RFC 7636 §4.6):
/// BASE64URL-ENCODE(SHA256(ASCII(code_verifier))) == code_challenge.
pub(crate) fn verify_s256(verifier: &str, challenge: &str) -> bool {
    // RFC 7636 §4.1: 43 to 128 unreserved characters.
    let well_formed = (43..=128).contains(&verifier.len())
        && verifier
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-._~".contains(&b));
    well_formed && challenge_of(verifier) == challenge
}

/// The S256 challenge of a verifier.
pub fn challenge_of(verifier: &str) -> String {
    URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes()))
}

fn is_base64url(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'-' || b == b'_'
}

#[cfg(test)]
mod tests {
    use super::*;

    // RFC 7636 Appendix B.
    const VERIFIER: &str = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    const CHALLENGE: &str = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

    #[test]
    fn the_rfc_7636_example_verifies() {
        assert_eq!(challenge_of(VERIFIER), CHALLENGE);
        assert!(verify_s256(VERIFIER, CHALLENGE));
        assert!(!verify_s256(&VERIFIER.replace('d', "e"), CHALLENGE));
    }

    #[test]
    fn plain_and_missing_challenges_are_refused() {
        assert_eq!(check_challenge(Some(CHALLENGE), Some("S256")), Ok(()));
        assert_eq!(
            check_challenge(Some(CHALLENGE), Some("plain")),
            Err(ChallengeError::UnsupportedMethod)
        );
        assert_eq!(
            check_challenge(Some(CHALLENGE), None),
            Err(ChallengeError::UnsupportedMethod)
        );
        assert_eq!(
            check_challenge(None, Some("S256")),
            Err(ChallengeError::Missing)
        );
        assert_eq!(
            check_challenge(Some("short"), Some("S256")),
            Err(ChallengeError::Malformed)
        );
    }

    #[test]
    fn a_too_short_verifier_is_refused_even_if_it_hashes_right() {
        let short = "abc";
        assert!(!verify_s256(short, &challenge_of(short)));
    }
}
