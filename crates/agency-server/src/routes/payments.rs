use crate::auth::Caller;
use crate::case_store::{self, cents};
use crate::payment_cache::{Page, PageKey};
use crate::{ApiError, AppState, privacy};
use agency_api::{Distribution, Payment, PaymentPage, PaymentSource};
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use sha2::{Digest, Sha256};
use sqlx::Row;
use std::sync::Arc;

pub(crate) const DEFAULT_LIMIT: i64 = 100;
pub(crate) const MAX_LIMIT: i64 = 1000;

#[derive(Debug, Deserialize)]
pub(crate) struct PageQuery {
    since: Option<String>,
    limit: Option<String>,
}

/// A case's payments in the order posted, a page at a time.
///
/// A payment received on an earlier day may be posted after later ones; on
/// any one day, payments are applied in the order posted.
///
/// The app keeps the `next` cursor of its last call and asks only for what is
/// new; the strong `ETag` lets it skip even that when nothing changed
/// (RFC 9110 §13.1.2: `If-None-Match` answers `304`).
#[utoipa::path(
    get,
    path = "/v1/cases/{id}/payments",
    tag = "cases",
    security(("bearer" = [])),
    params(
        ("id" = String, Path, description = "The case ID, e.g. C-1001"),
        ("since" = Option<String>, Query, description = "The `next` cursor of an earlier page: only payments after it"),
        ("limit" = Option<i64>, Query, description = "Payments per page, 1 to 1000 (default 100)"),
        ("If-None-Match" = Option<String>, Header, description = "The ETag of a page already held"),
    ),
    responses(
        (status = 200, description = "A page of payments", body = PaymentPage,
         headers(("ETag" = String, description = "Strong validator of this page"))),
        (status = 304, description = "The page held is current"),
        (status = 400, description = "A bad cursor or limit", body = agency_api::Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid access token", body = agency_api::Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such case among the caller's", body = agency_api::Problem, content_type = "application/problem+json"),
    )
)]
pub(crate) async fn list_payments(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    headers: HeaderMap,
    query: Result<Query<PageQuery>, QueryRejection>,
) -> Result<Response, ApiError> {
    let access = privacy::case_for(&state.db, &caller, &id).await?;
    let Query(query) = query.map_err(|e| ApiError::BadRequest(e.body_text()))?;
    let since = match query.since.as_deref() {
        None | Some("") => 0,
        Some(s) => parse_cursor(s).ok_or_else(|| {
            ApiError::BadRequest(
                "The `since` cursor is not one this server gave out; use a page's `next`."
                    .to_owned(),
            )
        })?,
    };
    let limit = match query.limit.as_deref() {
        None => DEFAULT_LIMIT,
        Some(s) => s
            .parse::<i64>()
            .ok()
            .filter(|n| (1..=MAX_LIMIT).contains(n))
            .ok_or_else(|| {
                ApiError::BadRequest(format!(
                    "`limit` must be a whole number from 1 to {MAX_LIMIT}."
                ))
            })?,
    };

    // The case's highest `seq`: a page rendered at the same one is current.
    let (high_water,): (Option<i64>,) =
        sqlx::query_as("SELECT MAX(seq) FROM payments WHERE case_id = $1")
            .bind(&access.case_id)
            .fetch_one(state.db.pool())
            .await?;
    let high_water = high_water.unwrap_or(0);
    let key = PageKey {
        case_id: access.case_id.clone(),
        since,
        limit,
    };
    let page = match state.payment_pages.get(&key, high_water) {
        Some(page) => page,
        None => {
            let page = Arc::new(render(&state, &access.case_id, since, limit, high_water).await?);
            state.payment_pages.put(key, Arc::clone(&page));
            page
        }
    };
    let etag = &page.etag;

    let mut response = if matches(headers.get(header::IF_NONE_MATCH), etag) {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        (
            [(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            )],
            page.body.clone(),
        )
            .into_response()
    };
    let h = response.headers_mut();
    if let Ok(v) = HeaderValue::from_str(etag) {
        h.insert(header::ETAG, v);
    }
    // A participant's payments: never in a shared cache.
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-cache"),
    );
    h.insert(header::VARY, HeaderValue::from_static("Authorization"));
    Ok(response)
}

/// Reads a page of the case's payments and renders it, with its `ETag`.
async fn render(
    state: &AppState,
    case_id: &str,
    since: i64,
    limit: i64,
    high_water: i64,
) -> Result<Page, ApiError> {
    // One row more than asked tells whether more follow.
    let rows = sqlx::query(
        "SELECT id, seq, received_on, amount_cents, source, current_support_cents, arrears_cents, \
         interest_cents, fees_cents, disbursed_on FROM payments \
         WHERE case_id = $1 AND seq > $2 ORDER BY seq LIMIT $3",
    )
    .bind(case_id)
    .bind(since)
    .bind(limit + 1)
    .fetch_all(state.db.pool())
    .await?;
    let more = i64::try_from(rows.len()).unwrap_or(i64::MAX) > limit;
    let mut last_seq = None;
    let mut payments = Vec::with_capacity(rows.len());
    for r in rows
        .iter()
        .take(usize::try_from(limit).unwrap_or(usize::MAX))
    {
        last_seq = Some(r.get::<i64, _>("seq"));
        let source: String = r.get("source");
        payments.push(Payment {
            id: r.get("id"),
            received_on: case_store::date(&r.get::<String, _>("received_on"))?,
            amount: cents(r.get("amount_cents")),
            source: PaymentSource::parse(&source).unwrap_or(PaymentSource::Direct),
            distribution: Distribution {
                current_support: cents(r.get("current_support_cents")),
                arrears: cents(r.get("arrears_cents")),
                interest: cents(r.get("interest_cents")),
                fees: cents(r.get("fees_cents")),
            },
            disbursed_on: r
                .get::<Option<String>, _>("disbursed_on")
                .as_deref()
                .map(case_store::date)
                .transpose()?,
        });
    }
    // An empty page keeps the caller's place.
    let next = last_seq.or((since > 0).then_some(since)).map(cursor);
    let page = PaymentPage {
        payments,
        next,
        more,
    };
    let body = serde_json::to_vec(&page).expect("a page of payments serialises");
    let etag = format!("\"{}\"", hex(&Sha256::digest(&body)[..16]));
    Ok(Page {
        high_water,
        body: body.into(),
        etag,
    })
}

/// Cursors are opaque to clients; here, the `seq` of the last payment sent.
fn cursor(seq: i64) -> String {
    format!("p{seq}")
}

fn parse_cursor(s: &str) -> Option<i64> {
    s.strip_prefix('p')?.parse::<i64>().ok().filter(|n| *n >= 0)
}

/// RFC 9110 §13.1.2: `If-None-Match` uses the weak comparison, so `W/` is
/// ignored; `*` matches any current page.
fn matches(if_none_match: Option<&HeaderValue>, etag: &str) -> bool {
    let Some(value) = if_none_match.and_then(|v| v.to_str().ok()) else {
        return false;
    };
    value.split(',').map(str::trim).any(|candidate| {
        candidate == "*" || candidate.strip_prefix("W/").unwrap_or(candidate) == etag
    })
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursors_round_trip_and_strangers_are_refused() {
        assert_eq!(parse_cursor(&cursor(42)), Some(42));
        for bad in ["42", "p-1", "pX", "", "p"] {
            assert_eq!(parse_cursor(bad), None, "{bad}");
        }
    }

    #[test]
    fn if_none_match_uses_the_weak_comparison() {
        let tag = "\"abc\"";
        let h = |s: &'static str| HeaderValue::from_static(s);
        assert!(matches(Some(&h("\"abc\"")), tag));
        assert!(matches(Some(&h("\"x\", W/\"abc\"")), tag));
        assert!(matches(Some(&h("*")), tag));
        assert!(!matches(Some(&h("\"abd\"")), tag));
        assert!(!matches(None, tag));
    }
}
