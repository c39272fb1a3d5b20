//! Timestamps are stored as microseconds since the Unix epoch (UTC).

use chrono::{DateTime, SubsecRound, Utc};

use crate::StoreError;

/// The stored form of a timestamp. Every `DateTime<Utc>` fits.
pub(crate) fn to_micros(t: DateTime<Utc>) -> i64 {
    t.timestamp_micros()
}

/// A stored timestamp back; out of range means the row is damaged.
pub(crate) fn from_micros(micros: i64, what: &str) -> Result<DateTime<Utc>, StoreError> {
    DateTime::from_timestamp_micros(micros).ok_or_else(|| StoreError::Damaged {
        reason: format!("{what}: timestamp out of range"),
    })
}

/// A timestamp as it will read back: to the microsecond.
pub(crate) fn stored(t: DateTime<Utc>) -> DateTime<Utc> {
    t.trunc_subsecs(6)
}
