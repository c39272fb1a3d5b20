//! Each case's received payments, kept in memory for the balances.
//!
//! A case's balances and next due (`GET /v1/cases/{id}`, and how to pay)
//! are worked from every payment the case ever received. Reading 10,000 of
//! them through sqlx took 22–29 ms a request on 2 cores, against under
//! 0.5 ms to work the balances from them (`docs/benchmarks.md`), and both
//! requests follow every new payment. Payments are only ever added, each
//! with a `seq` greater than any before, and never changed or removed
//! (`operator::post_payment`): so each case's list is read once, and after
//! that only the payments past the highest `seq` held, found by an index
//! look-up of the case's highest `seq` now.
//!
//! Per process, one entry per case read (a few hundred kB for 10,000
//! payments). A case whose highest `seq` went down (a database replaced
//! under a running server) is read again whole.

use crate::distribution::Received;
use chrono::NaiveDate;
use sqlx::AnyConnection;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};

/// One case's payments in the order the balances take them: by the day
/// received, then by `seq`.
#[derive(Debug, Default, Clone)]
struct CaseReceived {
    high_water: i64,
    /// `(received_on, seq)` of each payment, in the order of `received`.
    order: Vec<(NaiveDate, i64)>,
    received: Arc<Vec<Received>>,
}

#[derive(Default)]
pub(crate) struct ReceivedCache {
    cases: Mutex<HashMap<String, CaseReceived>>,
}

impl ReceivedCache {
    /// The case's payments, in the order the balances take them.
    pub(crate) async fn received(
        &self,
        conn: &mut AnyConnection,
        case_id: &str,
    ) -> Result<Arc<Vec<Received>>, sqlx::Error> {
        let (high_water,): (i64,) =
            sqlx::query_as("SELECT COALESCE(MAX(seq), 0) FROM payments WHERE case_id = $1")
                .bind(case_id)
                .fetch_one(&mut *conn)
                .await?;
        let held = self.held(case_id);
        let mut held = match held {
            Some(held) if held.high_water == high_water => return Ok(held.received),
            Some(held) if held.high_water < high_water => held,
            _ => CaseReceived::default(),
        };
        let rows: Vec<(i64, String, i64, String)> = sqlx::query_as(
            "SELECT seq, received_on, amount_cents, source FROM payments \
             WHERE case_id = $1 AND seq > $2 AND seq <= $3 ORDER BY seq",
        )
        .bind(case_id)
        .bind(held.high_water)
        .bind(high_water)
        .fetch_all(&mut *conn)
        .await?;
        let received = Arc::make_mut(&mut held.received);
        for (seq, received_on, amount_cents, source) in rows {
            let payment = crate::case_store::received_row(&received_on, amount_cents, &source)?;
            let key = (payment.received_on, seq);
            let at = held.order.partition_point(|k| *k < key);
            held.order.insert(at, key);
            received.insert(at, payment);
        }
        held.high_water = high_water;
        let answer = Arc::clone(&held.received);
        self.cases
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(case_id.to_owned(), held);
        Ok(answer)
    }

    fn held(&self, case_id: &str) -> Option<CaseReceived> {
        self.cases
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .get(case_id)
            .cloned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::operator::{NewPayment, post_payment};
    use agency_api::PaymentSource;

    async fn post(db: &crate::db::Db, amount: &str, received_on: NaiveDate) {
        post_payment(
            db,
            NewPayment {
                case_id: "C-1001".to_owned(),
                amount: amount.parse().unwrap(),
                source: PaymentSource::Direct,
                received_on,
            },
        )
        .await
        .unwrap();
    }

    #[tokio::test]
    async fn payments_posted_later_take_their_place_by_the_day_received() {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}", dir.path().join("agency.db").display());
        let db = crate::db::Db::open(&url).await.unwrap();
        crate::demo::seed(&db).await.unwrap();
        let cache = ReceivedCache::default();
        let mut conn = db.pool().acquire().await.unwrap();
        let first = cache.received(&mut conn, "C-1001").await.unwrap();
        let whole = crate::case_store::received(&mut conn, "C-1001")
            .await
            .unwrap();
        assert_eq!(*first, whole);
        assert!(whole.len() > 10);

        // One today, and one back-dated into the middle of the history, on
        // a day that already has a payment.
        let middle = whole[whole.len() / 2].received_on;
        post(&db, "12.34", chrono::Utc::now().date_naive()).await;
        post(&db, "56.78", middle).await;
        let again = cache.received(&mut conn, "C-1001").await.unwrap();
        let whole = crate::case_store::received(&mut conn, "C-1001")
            .await
            .unwrap();
        assert_eq!(*again, whole, "the same order as read whole");
        assert_eq!(again.len(), first.len() + 2);
        // Nothing new: the very same list.
        let unchanged = cache.received(&mut conn, "C-1001").await.unwrap();
        assert!(Arc::ptr_eq(&unchanged, &again));
    }
}
