//! What changed, and for whom: the stamps behind `GET /v1/me/changes`.
//!
//! Every write that changes what a parent would fetch stamps the area it
//! changed, in the writing transaction, with the next number of the
//! `changes` counter: taking it locks the counter's row until the commit,
//! so the numbers are committed in order on both engines, and a cursor
//! (the counter's value when the feed was read) never skips a change
//! committed later. Each (scope, area) keeps only its latest number.

use agency_api::ChangeArea;
use sqlx::AnyConnection;

/// Who a change is for.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Scope<'a> {
    /// Everyone on the case.
    Case(&'a str),
    /// One participant, on one case.
    CaseOf(&'a str, &'a str),
    /// One participant, all their cases or none.
    Participant(&'a str),
    /// Every participant.
    Everyone,
}

/// Records that `areas` changed for `scope`, in the caller's transaction.
pub(crate) async fn stamp(
    conn: &mut AnyConnection,
    scope: Scope<'_>,
    areas: &[ChangeArea],
) -> Result<(), sqlx::Error> {
    let (case_id, participant_id) = match scope {
        Scope::Case(case) => (case, ""),
        Scope::CaseOf(case, participant) => (case, participant),
        Scope::Participant(participant) => ("", participant),
        Scope::Everyone => ("", ""),
    };
    let seq = crate::counters::next(conn, "changes").await?;
    for area in areas {
        sqlx::query(
            "INSERT INTO change_stamps (case_id, participant_id, area, seq) \
             VALUES ($1, $2, $3, $4) \
             ON CONFLICT (case_id, participant_id, area) DO UPDATE SET seq = excluded.seq",
        )
        .bind(case_id)
        .bind(participant_id)
        .bind(area.as_str())
        .bind(seq)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// [`stamp`] in a transaction of its own, for a write made outside one.
pub(crate) async fn stamp_now(
    db: &crate::db::Db,
    scope: Scope<'_>,
    areas: &[ChangeArea],
) -> Result<(), sqlx::Error> {
    let mut tx = db.pool().begin().await?;
    stamp(&mut tx, scope, areas).await?;
    tx.commit().await
}

/// The participant's details changed (an address, an employer): what
/// everyone on their cases sees of them, their own included.
pub(crate) async fn stamp_participant_cases(
    conn: &mut AnyConnection,
    participant_id: &str,
) -> Result<(), sqlx::Error> {
    let cases: Vec<(String,)> =
        sqlx::query_as("SELECT case_id FROM case_participants WHERE participant_id = $1")
            .bind(participant_id)
            .fetch_all(&mut *conn)
            .await?;
    for (case_id,) in cases {
        stamp(conn, Scope::Case(&case_id), &[ChangeArea::Case]).await?;
    }
    Ok(())
}

/// Tells every client to read the agency's description again: its upload
/// policy comes from how the server was started, which may differ from the
/// last run. Called once per start.
pub async fn server_started(db: &crate::db::Db) -> Result<(), sqlx::Error> {
    stamp_now(db, Scope::Everyone, &[ChangeArea::Agency]).await
}
