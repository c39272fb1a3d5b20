//! Rendered pages of `GET /v1/cases/{id}/payments`, kept in memory.
//!
//! A page is rows read one by one from the database, each turned into JSON,
//! and a digest of the whole for its `ETag`. With SQLite, sqlx copies each
//! row out on the connection's own thread and hands it over to the
//! request's task one at a time, with a wake-up each: a page of 100
//! payments took six times as long as a page of one, on 2 cores
//! (`docs/benchmarks.md`). Yet a page seldom changes: payments
//! are only ever added, each with a `seq` greater than any before
//! (`operator::post_payment`), and never changed or removed. So a page
//! is fully known by its case, cursor, limit and the case's highest `seq`:
//! the handler asks the database for that one number (an index look-up) and
//! sends the page rendered for it, or renders it again.
//!
//! The cache is per process and bounded ([`MAX_BYTES`], [`MAX_PAGES`]): when
//! a new page would not fit, it is emptied and starts again. It holds only
//! what a caller who passed the privacy check on the case may see, and a
//! payments page is the same for both parents of a case.

use axum::body::Bytes;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};

/// At most this many bytes of pages (bodies; keys and tags are small).
pub(crate) const MAX_BYTES: usize = 32 * 1024 * 1024;
/// At most this many pages, whatever their size (an empty page is small,
/// and cursors are many).
pub(crate) const MAX_PAGES: usize = 4096;

/// Which page: the case, the `since` cursor's `seq` and the limit.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct PageKey {
    pub(crate) case_id: String,
    pub(crate) since: i64,
    pub(crate) limit: i64,
}

/// A page as sent, with the case's highest `seq` when it was read.
#[derive(Debug)]
pub(crate) struct Page {
    pub(crate) high_water: i64,
    pub(crate) body: Bytes,
    pub(crate) etag: String,
}

#[derive(Default)]
pub(crate) struct PaymentCache {
    inner: Mutex<Inner>,
}

#[derive(Default)]
struct Inner {
    pages: HashMap<PageKey, Arc<Page>>,
    bytes: usize,
}

impl PaymentCache {
    /// The page for `key` if it was rendered when the case's highest `seq`
    /// was `high_water`, as it is now.
    pub(crate) fn get(&self, key: &PageKey, high_water: i64) -> Option<Arc<Page>> {
        let inner = self.inner.lock().unwrap_or_else(PoisonError::into_inner);
        inner
            .pages
            .get(key)
            .filter(|page| page.high_water == high_water)
            .cloned()
    }

    /// Keeps `page` for `key`, in place of any older rendering.
    pub(crate) fn put(&self, key: PageKey, page: Arc<Page>) {
        let size = page.body.len();
        if size > MAX_BYTES {
            return;
        }
        let mut inner = self.inner.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(old) = inner.pages.remove(&key) {
            inner.bytes -= old.body.len();
        }
        if inner.bytes + size > MAX_BYTES || inner.pages.len() >= MAX_PAGES {
            inner.pages.clear();
            inner.bytes = 0;
        }
        inner.bytes += size;
        inner.pages.insert(key, page);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(since: i64) -> PageKey {
        PageKey {
            case_id: "C-1".to_owned(),
            since,
            limit: 100,
        }
    }

    fn page(high_water: i64, size: usize) -> Arc<Page> {
        Arc::new(Page {
            high_water,
            body: Bytes::from(vec![b'x'; size]),
            etag: "\"t\"".to_owned(),
        })
    }

    #[test]
    fn a_page_is_served_only_for_the_high_water_it_was_read_at() {
        let cache = PaymentCache::default();
        assert!(cache.get(&key(0), 7).is_none());
        cache.put(key(0), page(7, 10));
        assert_eq!(cache.get(&key(0), 7).unwrap().high_water, 7);
        assert!(cache.get(&key(0), 8).is_none(), "a payment was added");
        assert!(cache.get(&key(1), 7).is_none(), "another cursor");
        cache.put(key(0), page(8, 10));
        assert!(cache.get(&key(0), 7).is_none());
        assert!(cache.get(&key(0), 8).is_some());
    }

    #[test]
    fn the_cache_stays_within_its_bounds() {
        let cache = PaymentCache::default();
        for since in 0..(MAX_PAGES as i64 + 10) {
            cache.put(key(since), page(1, 1));
        }
        let inner = cache.inner.lock().unwrap();
        assert!(inner.pages.len() <= MAX_PAGES);
        drop(inner);

        let cache = PaymentCache::default();
        let big = MAX_BYTES / 3 + 1;
        for since in 0..5 {
            cache.put(key(since), page(1, big));
            let inner = cache.inner.lock().unwrap();
            assert!(inner.bytes <= MAX_BYTES);
            assert_eq!(
                inner.bytes,
                inner.pages.values().map(|p| p.body.len()).sum::<usize>()
            );
        }
        cache.put(key(9), page(1, MAX_BYTES + 1));
        assert!(cache.get(&key(9), 1).is_none(), "too big to keep");
    }
}
