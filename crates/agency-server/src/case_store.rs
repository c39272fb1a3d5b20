//! Reading a case's order and payments, for what is owed on it.

use crate::distribution::Received;
use crate::interest::InterestRule;
use crate::schedule::Terms;
use agency_api::{Frequency, Order, PaymentSource};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use sqlx::AnyConnection;

/// The order in force on a case, with its interest rule.
pub(crate) struct StoredOrder {
    pub(crate) terms: Terms,
    pub(crate) interest_rule: String,
}

impl StoredOrder {
    /// The interest the order's rule charges on arrears.
    pub(crate) fn rule(&self) -> InterestRule {
        InterestRule::named(&self.interest_rule)
    }

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

/// Every payment posted to the case, by date received, then in the order
/// posted.
pub(crate) async fn received(
    conn: &mut AnyConnection,
    case_id: &str,
) -> Result<Vec<Received>, sqlx::Error> {
    let rows: Vec<(String, i64, String)> = sqlx::query_as(
        "SELECT received_on, amount_cents, source FROM payments WHERE case_id = $1 \
         ORDER BY received_on, seq",
    )
    .bind(case_id)
    .fetch_all(conn)
    .await?;
    rows.into_iter()
        .map(|(received, amount, source)| received_row(&received, amount, &source))
        .collect()
}

/// A payment as the balances take it, from its stored columns.
pub(crate) fn received_row(
    received_on: &str,
    amount_cents: i64,
    source: &str,
) -> Result<Received, sqlx::Error> {
    Ok(Received {
        received_on: date(received_on)?,
        amount_cents,
        source: PaymentSource::parse(source).ok_or_else(|| {
            sqlx::Error::Decode(format!("unknown payment source {source:?}").into())
        })?,
    })
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
