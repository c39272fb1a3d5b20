use crate::auth::Caller;
use crate::{ApiError, AppState};
use agency_api::{Change, ChangeArea, Changes};
use axum::Json;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use chrono::{DateTime, Utc};
use serde::Deserialize;
use std::collections::BTreeSet;

#[derive(Debug, Deserialize)]
pub(crate) struct ChangesQuery {
    since: Option<String>,
}

/// A cursor: which database gave it out, the last change number it covers,
/// and when.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Cursor {
    epoch: String,
    seq: i64,
    at: i64,
}

impl Cursor {
    fn parse(s: &str) -> Option<Self> {
        let mut parts = s.strip_prefix("v1.")?.split('.');
        let epoch = parts.next().filter(|e| !e.is_empty())?.to_owned();
        let seq = parts.next()?.parse().ok().filter(|n| *n >= 0)?;
        let at = parts.next()?.parse().ok()?;
        parts.next().is_none().then_some(Self { epoch, seq, at })
    }

    fn render(&self) -> String {
        format!("v1.{}.{}.{}", self.epoch, self.seq, self.at)
    }
}

/// This database's mark on its cursors, made on first use.
async fn epoch(pool: &sqlx::AnyPool) -> Result<String, sqlx::Error> {
    let read = || sqlx::query_as::<_, (String,)>("SELECT epoch FROM change_feed WHERE id = 1");
    if let Some((epoch,)) = read().fetch_optional(pool).await? {
        return Ok(epoch);
    }
    let mut fresh = crate::auth::secrets::random_secret();
    fresh.truncate(12);
    // Two first requests at once: one mark wins, both read it.
    sqlx::query("INSERT INTO change_feed (id, epoch) VALUES (1, $1) ON CONFLICT (id) DO NOTHING")
        .bind(fresh)
        .execute(pool)
        .await?;
    Ok(read().fetch_one(pool).await?.0)
}

/// What changed for the caller since a cursor: the areas to fetch again.
///
/// A client asks this first and then only for the areas named, instead of
/// every list of every case. Without `since` every area is named.
#[utoipa::path(
    get,
    path = "/v1/me/changes",
    tag = "participant",
    security(("bearer" = [])),
    params(
        ("since" = Option<String>, Query, description = "The `cursor` of an earlier answer: only what changed after it"),
    ),
    responses(
        (status = 200, description = "The areas to fetch again, and the cursor to send next", body = Changes),
        (status = 400, description = "A cursor this server did not give out: ask without `since`", body = agency_api::Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid access token", body = agency_api::Problem, content_type = "application/problem+json"),
    )
)]
pub(crate) async fn get_changes(
    State(state): State<AppState>,
    caller: Caller,
    query: Result<Query<ChangesQuery>, QueryRejection>,
) -> Result<Json<Changes>, ApiError> {
    let Query(query) = query.map_err(|e| ApiError::BadRequest(e.body_text()))?;
    let now = Utc::now();
    let pool = state.db.pool();
    let epoch = epoch(pool).await?;
    // Read first: a change committed after this is after the cursor too.
    let (seq,): (i64,) = sqlx::query_as("SELECT value FROM counters WHERE name = 'changes'")
        .fetch_one(pool)
        .await?;
    let since = match query.since.as_deref() {
        None | Some("") => None,
        // Another database's cursor (one made anew) would skip its changes.
        Some(s) => Some(
            Cursor::parse(s)
                .filter(|c| c.epoch == epoch && c.seq <= seq)
                .ok_or_else(|| {
                    ApiError::BadRequest(
                        "The `since` cursor is not one this server gave out; ask without it."
                            .to_owned(),
                    )
                })?,
        ),
    };
    let me = caller.participant_id.as_str();
    let cases: Vec<String> = sqlx::query_as::<_, (String,)>(
        "SELECT case_id FROM case_participants WHERE participant_id = $1 ORDER BY case_id",
    )
    .bind(me)
    .fetch_all(pool)
    .await?
    .into_iter()
    .map(|(c,)| c)
    .collect();

    let mut changes = BTreeSet::new();
    let mut name = |area: ChangeArea, case_id: Option<&str>| {
        if area.per_case() {
            match case_id {
                Some(case) => {
                    if cases.iter().any(|c| c == case) {
                        changes.insert(Change::new(area, Some(case)));
                    }
                }
                // A change for everyone: each of the caller's cases.
                None => {
                    for case in &cases {
                        changes.insert(Change::new(area, Some(case)));
                    }
                }
            }
        } else {
            changes.insert(Change::new(area, None));
        }
    };
    match since {
        None => {
            for area in ChangeArea::ALL {
                name(area, None);
            }
        }
        Some(since) => {
            let stamps: Vec<(String, String)> = sqlx::query_as(
                "SELECT case_id, area FROM change_stamps \
                 WHERE seq > $1 AND (participant_id = '' OR participant_id = $2)",
            )
            .bind(since.seq)
            .bind(me)
            .fetch_all(pool)
            .await?;
            for (case_id, area) in &stamps {
                if let Some(area) = ChangeArea::parse(area) {
                    name(area, Some(case_id.as_str()).filter(|c| !c.is_empty()));
                }
            }
            // Balances and the next due date are as of today.
            let then = DateTime::<Utc>::from_timestamp(since.at, 0).unwrap_or(now);
            if then.date_naive() != now.date_naive() {
                name(ChangeArea::Case, None);
                name(ChangeArea::HowToPay, None);
            }
            // An appointment that began is no longer cancellable; one that
            // ended leaves the list.
            let passed: Vec<(String,)> = sqlx::query_as(
                "SELECT DISTINCT case_id FROM appointments WHERE participant_id = $1 \
                 AND ((starts_at > $2 AND starts_at <= $3) OR (ends_at > $2 AND ends_at <= $3))",
            )
            .bind(me)
            .bind(since.at)
            .bind(now.timestamp())
            .fetch_all(pool)
            .await?;
            for (case_id,) in &passed {
                name(ChangeArea::Appointments, Some(case_id));
            }
        }
    }
    Ok(Json(Changes {
        cursor: Cursor {
            epoch,
            seq,
            at: now.timestamp(),
        }
        .render(),
        changes: changes.into_iter().collect(),
    }))
}

#[cfg(test)]
mod tests {
    use super::Cursor;

    #[test]
    fn a_cursor_reads_back_and_a_strange_one_is_refused() {
        let c = Cursor {
            epoch: "Zx_9-a".to_owned(),
            seq: 42,
            at: 1_795_420_800,
        };
        assert_eq!(Cursor::parse(&c.render()), Some(c));
        for bad in [
            "",
            "42",
            "v1.e.42",
            "v1..42.0",
            "v1.e.-1.0",
            "v1.e.x.0",
            "v1.e.1.2.3",
            "v2.e.1.2",
        ] {
            assert_eq!(Cursor::parse(bad), None, "{bad}");
        }
    }
}
