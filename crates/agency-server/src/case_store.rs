//! Reading a case's order and payments, for what is owed on it.

use crate::distribution::Posted;
use crate::schedule::Terms;
use agency_api::{Frequency, Order};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use sqlx::AnyConnection;

/// The order in force on a case, with its interest rule.
pub(crate) struct StoredOrder {
    pub(crate) terms: Terms,
    pub(crate) interest_rule: String,
}

impl StoredOrder {
    pub(crate) fn to_api(&self) -> Order {
        Order {
            amount: cents(self.terms.amount_cents),
            frequency: self.terms.frequency,
            start_date: self.terms.start,
            end_date: self.terms.end,
            arrears_payment: cents(self.terms.arrears_payment_cents),
            interest_rule: self.interest_rule.clone(),
        }
    }
}

/// The case's latest order, if any.
pub(crate) async fn order(
    conn: &mut AnyConnection,
    case_id: &str,
) -> Result<Option<StoredOrder>, sqlx::Error> {
    let row: Option<(i64, String, String, Option<String>, i64, String)> = sqlx::query_as(
        "SELECT amount_cents, frequency, start_date, end_date, arrears_payment_cents, interest_rule \
         FROM orders WHERE case_id = $1 ORDER BY start_date DESC LIMIT 1",
    )
    .bind(case_id)
    .fetch_optional(conn)
    .await?;
    let Some((amount, frequency, start, end, arrears_payment, interest_rule)) = row else {
        return Ok(None);
    };
    let frequency = match frequency.as_str() {
        "weekly" => Frequency::Weekly,
        "biweekly" => Frequency::Biweekly,
        "semimonthly" => Frequency::Semimonthly,
        _ => Frequency::Monthly,
    };
    Ok(Some(StoredOrder {
        terms: Terms {
            amount_cents: amount,
            frequency,
            start: date(&start)?,
            end: end.as_deref().map(date).transpose()?,
            arrears_payment_cents: arrears_payment,
        },
        interest_rule,
    }))
}

/// Every payment posted to the case, as far as what is owed is concerned.
pub(crate) async fn posted(
    conn: &mut AnyConnection,
    case_id: &str,
) -> Result<Vec<Posted>, sqlx::Error> {
    let rows: Vec<(String, i64, i64)> = sqlx::query_as(
        "SELECT received_on, current_support_cents, arrears_cents FROM payments WHERE case_id = $1",
    )
    .bind(case_id)
    .fetch_all(conn)
    .await?;
    rows.into_iter()
        .map(|(received, current, arrears)| {
            Ok(Posted {
                received_on: date(&received)?,
                current_cents: current,
                arrears_cents: arrears,
            })
        })
        .collect()
}

/// An ISO date stored as text.
pub(crate) fn date(text: &str) -> Result<NaiveDate, sqlx::Error> {
    text.parse()
        .map_err(|e: chrono::ParseError| sqlx::Error::Decode(Box::new(e)))
}

/// Integer cents as a decimal amount of dollars.
pub(crate) fn cents(cents: i64) -> Decimal {
    Decimal::new(cents, 2)
}
