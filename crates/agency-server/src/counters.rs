//! Sequential, human-readable IDs (`TH-000001`) from the `counters` table.
//! Taking a number is an UPDATE of the counter's row: concurrent
//! transactions queue on it on both engines, and a rolled-back transaction
//! gives its number back.

use sqlx::AnyConnection;

/// The next number of counter `name`, in the caller's transaction.
pub(crate) async fn next(conn: &mut AnyConnection, name: &str) -> Result<i64, sqlx::Error> {
    let (seq,): (i64,) =
        sqlx::query_as("UPDATE counters SET value = value + 1 WHERE name = $1 RETURNING value")
            .bind(name)
            .fetch_one(conn)
            .await?;
    Ok(seq)
}
