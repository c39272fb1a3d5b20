use super::offices::office;
use crate::auth::Caller;
use crate::case_store::{self, cents};
use crate::distribution::position;
use crate::privacy::{self, ChildRecord, PartyRecord};
use crate::{ApiError, AppState};
use agency_api::{Balances, CaseDetail, CaseList, CaseSummary, NextDue};
use axum::Json;
use axum::extract::{Path, State};
use sqlx::Row;

/// The caller's cases, with their role on each.
#[utoipa::path(
    get,
    path = "/v1/cases",
    tag = "cases",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The caller's cases", body = CaseList),
        (status = 401, description = "No valid access token", body = agency_api::Problem, content_type = "application/problem+json"),
    )
)]
pub(crate) async fn list_cases(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<Json<CaseList>, ApiError> {
    // Listing is the caller's own case_participants rows: nothing to redact.
    let rows = sqlx::query(
        "SELECT c.id, cp.role, c.jurisdiction, c.opened_on FROM case_participants cp \
         JOIN cases c ON c.id = cp.case_id WHERE cp.participant_id = $1 ORDER BY c.id",
    )
    .bind(&caller.participant_id)
    .fetch_all(state.db.pool())
    .await?;
    let cases = rows
        .into_iter()
        .map(|r| {
            Ok(CaseSummary {
                id: r.get("id"),
                role: privacy::parse_role(&r.get::<String, _>("role")),
                jurisdiction: r.get("jurisdiction"),
                opened_on: case_store::date(&r.get::<String, _>("opened_on"))?,
            })
        })
        .collect::<Result<_, sqlx::Error>>()?;
    Ok(Json(CaseList { cases }))
}

/// One of the caller's cases: order terms, balances, next due date, office,
/// the other party and the children.
#[utoipa::path(
    get,
    path = "/v1/cases/{id}",
    tag = "cases",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The case ID, e.g. C-1001")),
    responses(
        (status = 200, description = "The case", body = CaseDetail),
        (status = 401, description = "No valid access token", body = agency_api::Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such case among the caller's", body = agency_api::Problem, content_type = "application/problem+json"),
    )
)]
pub(crate) async fn get_case(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> Result<Json<CaseDetail>, ApiError> {
    let access = privacy::case_for(&state.db, &caller, &id).await?;
    let pool = state.db.pool();
    let case = sqlx::query("SELECT jurisdiction, office_id, opened_on FROM cases WHERE id = $1")
        .bind(&access.case_id)
        .fetch_one(pool)
        .await?;
    let (order, balances, next_due) = what_is_owed(&state, &access.case_id).await?;

    let other_parties = sqlx::query(
        "SELECT cp.role, p.given_name, p.family_name, p.address, p.employer, p.phone \
         FROM case_participants cp JOIN participants p ON p.id = cp.participant_id \
         WHERE cp.case_id = $1 AND cp.participant_id <> $2 ORDER BY p.id",
    )
    .bind(&access.case_id)
    .bind(&caller.participant_id)
    .fetch_all(pool)
    .await?
    .into_iter()
    .map(|r| {
        access.other_party(PartyRecord {
            role: r.get("role"),
            given_name: r.get("given_name"),
            family_name: r.get("family_name"),
            address: r.get("address"),
            employer: r.get("employer"),
            phone: r.get("phone"),
        })
    })
    .collect();
    let children = sqlx::query(
        "SELECT given_name, birth_date, address FROM children WHERE case_id = $1 ORDER BY birth_date, id",
    )
    .bind(&access.case_id)
    .fetch_all(pool)
    .await?
    .into_iter()
    .map(|r| {
        Ok(access.child(ChildRecord {
            given_name: r.get("given_name"),
            birth_date: case_store::date(&r.get::<String, _>("birth_date"))?,
            address: r.get("address"),
        }))
    })
    .collect::<Result<_, sqlx::Error>>()?;
    let office_id: Option<String> = case.get("office_id");
    let office = match office_id {
        Some(id) => office(pool, &id).await?,
        None => None,
    };

    Ok(Json(CaseDetail {
        id: access.case_id.clone(),
        role: access.role,
        jurisdiction: case.get("jurisdiction"),
        opened_on: case_store::date(&case.get::<String, _>("opened_on"))?,
        order: order.as_ref().map(|o| o.to_api()),
        balances,
        next_due,
        office,
        other_parties,
        children,
    }))
}

/// The case's order, balances and next payment due, as of today: what
/// `GET /v1/cases/{id}` and `GET /v1/cases/{id}/how-to-pay` say.
pub(crate) async fn what_is_owed(
    state: &AppState,
    case_id: &str,
) -> Result<(Option<case_store::StoredOrder>, Balances, Option<NextDue>), sqlx::Error> {
    let mut conn = state.db.pool().acquire().await?;
    let order = case_store::order(&mut conn, case_id).await?;
    let received = state.received.received(&mut conn, case_id).await?;
    drop(conn);

    let today = chrono::Utc::now().date_naive();
    let (balances, next_due) = match &order {
        Some(o) => {
            let p = position(&o.terms, &o.rule(), &received, today, false);
            let arrears = p.arrears_cents();
            let next_due = o.terms.next_due_after(today).map(|date| NextDue {
                date,
                amount: cents(
                    o.terms.amount_cents
                        + if arrears > 0 {
                            o.terms.arrears_payment_cents
                        } else {
                            0
                        },
                ),
            });
            (
                Balances {
                    as_of: today,
                    current_support_due: cents(p.current_due_cents),
                    arrears: cents(arrears),
                    interest: cents(p.interest_cents),
                    total_paid: cents(p.total_paid_cents),
                },
                next_due,
            )
        }
        None => (
            Balances {
                as_of: today,
                current_support_due: cents(0),
                arrears: cents(0),
                interest: cents(0),
                total_paid: cents(
                    received
                        .iter()
                        .filter(|p| p.received_on <= today)
                        .map(|p| p.amount_cents)
                        .sum(),
                ),
            },
            None,
        ),
    };
    Ok((order, balances, next_due))
}
