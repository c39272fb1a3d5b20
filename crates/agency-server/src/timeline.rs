//! Status timelines: every status a submission has had, oldest first. The
//! current status is also on the submission's own row, for queries; a
//! timeline row is written in the same transaction as every change of it,
//! so the last entry of a timeline is always the current status.

use chrono::{DateTime, SecondsFormat, Utc};
use serde::Serialize;
use serde::de::DeserializeOwned;
use sqlx::AnyConnection;

/// What has a timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Subject {
    Application,
    ModificationRequest,
    Document,
}

impl Subject {
    /// The history table and its column naming the subject.
    fn history(self) -> (&'static str, &'static str) {
        match self {
            Self::Application => ("application_status_changes", "application_id"),
            Self::ModificationRequest => ("modification_request_status_changes", "request_id"),
            Self::Document => ("document_status_changes", "document_id"),
        }
    }
}

/// Appends one entry to a subject's timeline. Call it in the transaction
/// that creates the subject or changes its status, after the subject's row
/// was written (which serialises changes of the same subject).
pub(crate) async fn append(
    conn: &mut AnyConnection,
    subject: Subject,
    id: &str,
    status: &str,
    at: DateTime<Utc>,
    note: Option<&str>,
) -> Result<(), sqlx::Error> {
    let (table, column) = subject.history();
    let last_sql = format!("SELECT COALESCE(MAX(seq), 0) FROM {table} WHERE {column} = $1");
    let (last,): (i64,) = sqlx::query_as(&last_sql)
        .bind(id)
        .fetch_one(&mut *conn)
        .await?;
    let insert_sql = format!(
        "INSERT INTO {table} ({column}, seq, status, at, note) VALUES ($1, $2, $3, $4, $5)"
    );
    sqlx::query(&insert_sql)
        .bind(id)
        .bind(last + 1)
        .bind(status)
        .bind(timestamp(at))
        .bind(note)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// A timestamp as stored: RFC 3339 in UTC, to the nanosecond, so that it
/// reads back exactly as it was answered.
pub(crate) fn timestamp(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Nanos, true)
}

pub(crate) fn parse_timestamp(text: &str) -> Result<DateTime<Utc>, sqlx::Error> {
    DateTime::parse_from_rfc3339(text)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| sqlx::Error::Decode(Box::new(e)))
}

/// The wire name of a unit enum of the contract (a status, a reason, a
/// service): its snake_case string.
pub(crate) fn wire_name<T: Serialize>(value: T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(name)) => name,
        _ => String::new(),
    }
}

/// A unit enum of the contract from its wire name, as read from the
/// database; an unknown name is a decoding error.
pub(crate) fn from_wire<T: DeserializeOwned>(name: &str) -> Result<T, sqlx::Error> {
    serde_json::from_value(serde_json::Value::String(name.to_owned()))
        .map_err(|e| sqlx::Error::Decode(Box::new(e)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use agency_api::{ApplicationStatus, ModificationStatus};

    #[test]
    fn wire_names_round_trip() {
        assert_eq!(
            wire_name(ApplicationStatus::NeedsInformation),
            "needs_information"
        );
        assert_eq!(
            from_wire::<ModificationStatus>("under_review").unwrap(),
            ModificationStatus::UnderReview
        );
        assert!(from_wire::<ApplicationStatus>("granted").is_err());
    }

    #[test]
    fn timestamps_read_back_exactly() {
        let now = Utc::now();
        assert_eq!(parse_timestamp(&timestamp(now)).unwrap(), now);
    }
}
