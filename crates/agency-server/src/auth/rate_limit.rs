//! Failed sign-ins, counted per account and per client IP address.
//!
//! After [`ACCOUNT_LIMIT`] failures for one account, or [`IP_LIMIT`] from one
//! address, within [`WINDOW`], sign-in is refused for [`LOCKOUT`], even with
//! the right password (RFC 6749 §10.10 asks the server to resist guessing).
//!
//! The counts live in memory: they are per server process and forgotten on a
//! restart. That is enough for the reference server (one process); an agency
//! running several would keep them in a shared store instead.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

pub(crate) const ACCOUNT_LIMIT: u32 = 5;
pub(crate) const IP_LIMIT: u32 = 20;
pub(crate) const WINDOW: Duration = Duration::from_secs(15 * 60);
pub(crate) const LOCKOUT: Duration = Duration::from_secs(15 * 60);
/// Beyond this many tracked keys, expired entries are swept.
const SWEEP_ABOVE: usize = 10_000;

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Key {
    /// The identifier as typed, normalised: counted whether or not such an
    /// account exists, so the answer does not reveal which accounts do.
    Account(String),
    Ip(IpAddr),
}

#[derive(Debug, Clone, Copy)]
struct Entry {
    failures: u32,
    window_start: Instant,
    locked_until: Option<Instant>,
}

#[derive(Debug, Default)]
pub(crate) struct SignInLimiter {
    entries: Mutex<HashMap<Key, Entry>>,
}

/// Sign-in is paused for this account or address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct LockedOut;

impl SignInLimiter {
    pub(crate) fn check(&self, account: &str, ip: IpAddr) -> Result<(), LockedOut> {
        let now = Instant::now();
        let entries = self.entries.lock().expect("limiter lock");
        let locked = [Key::Account(normalise(account)), Key::Ip(ip)]
            .iter()
            .any(|k| entries.get(k).is_some_and(|e| e.is_locked(now)));
        if locked { Err(LockedOut) } else { Ok(()) }
    }

    /// Counts a failure; answers whether this failure started a lockout.
    pub(crate) fn record_failure(&self, account: &str, ip: IpAddr) -> Result<(), LockedOut> {
        let now = Instant::now();
        let mut entries = self.entries.lock().expect("limiter lock");
        if entries.len() > SWEEP_ABOVE {
            entries.retain(|_, e| e.is_locked(now) || now - e.window_start < WINDOW);
        }
        let mut locked = false;
        for (key, limit) in [
            (Key::Account(normalise(account)), ACCOUNT_LIMIT),
            (Key::Ip(ip), IP_LIMIT),
        ] {
            let entry = entries.entry(key).or_insert(Entry {
                failures: 0,
                window_start: now,
                locked_until: None,
            });
            if now - entry.window_start >= WINDOW {
                *entry = Entry {
                    failures: 0,
                    window_start: now,
                    locked_until: None,
                };
            }
            entry.failures += 1;
            if entry.failures >= limit {
                entry.locked_until = Some(now + LOCKOUT);
                locked = true;
            }
        }
        if locked { Err(LockedOut) } else { Ok(()) }
    }

    /// A successful sign-in clears the account's count (not the address's:
    /// one right password must not hide a spray of wrong ones).
    pub(crate) fn record_success(&self, account: &str) {
        let mut entries = self.entries.lock().expect("limiter lock");
        entries.remove(&Key::Account(normalise(account)));
    }
}

impl Entry {
    fn is_locked(&self, now: Instant) -> bool {
        self.locked_until.is_some_and(|until| now < until)
    }
}

fn normalise(account: &str) -> String {
    account.trim().to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    const IP: IpAddr = IpAddr::V4(std::net::Ipv4Addr::LOCALHOST);

    #[test]
    fn the_fifth_failure_locks_the_account_whatever_its_case() {
        let limiter = SignInLimiter::default();
        for _ in 1..ACCOUNT_LIMIT {
            assert_eq!(limiter.record_failure("P-1001", IP), Ok(()));
        }
        assert_eq!(limiter.record_failure("p-1001", IP), Err(LockedOut));
        assert_eq!(limiter.check(" P-1001 ", IP), Err(LockedOut));
    }

    #[test]
    fn a_success_clears_the_account_but_not_the_address() {
        let limiter = SignInLimiter::default();
        for _ in 1..ACCOUNT_LIMIT {
            limiter.record_failure("P-1001", IP).unwrap();
        }
        limiter.record_success("P-1001");
        assert_eq!(limiter.record_failure("P-1001", IP), Ok(()));
        let other: IpAddr = "192.0.2.7".parse().unwrap();
        for n in 0..IP_LIMIT {
            let _ = limiter.record_failure(&format!("guess-{n}"), other);
        }
        assert_eq!(limiter.check("P-1002", other), Err(LockedOut));
        assert_eq!(limiter.check("P-1002", IP), Ok(()));
    }
}
