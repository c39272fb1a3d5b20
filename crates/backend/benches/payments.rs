//! Issue 6's payment goals, measured on the real pieces: the reference
//! agency in-process on a SQLite file (demo data plus 10,000 payments on
//! case C-1001, each posted with `operator::post_payment`), and a real home
//! `Backend` on a data directory of its own, signed in as P-1001 (Maria
//! Lopez, the custodial parent, whose only case is C-1001) through the
//! agency's sign-in page.
//!
//! - (a) the first sync on a fresh data directory, then the Payments view
//!   (the statement worked by the ledger and the audit): goal < 200 ms;
//! - (b) one new payment posted at the agency, then the sync that fetches it
//!   and the Payments view again: goal < 30 ms.
//!
//! Two baselines in the same run, against the same agency with a token of
//! the same parent, each response decoded (the cursor is in it) and nothing
//! else, no store, no ledger: a bare `reqwest` GET of the same payment pages
//! (all of them for (a), the one after the cursor for (b)); and the bare GET,
//! one after another, of every request the sync makes, which is the
//! agency's share of the sync. For (a), what changed (everything, without a
//! cursor), the case list, the case, the payment pages, the applications,
//! the modification requests, the documents, how to pay, the contact
//! updates, the message threads, the appointments, the agency; for (b),
//! what changed since the last cursor, and the three things a payment
//! changes: the case, the payments after the cursor, how to pay.
//!
//! ```sh
//! cargo bench -p backend --bench payments
//! PAYBENCH_ITERATIONS=20 PAYBENCH_SEEDED_DB=/tmp/seeded.db cargo bench -p backend --bench payments
//! ```
//!
//! Each iteration runs the backend in a Tokio runtime of its own (as the
//! app's is: multi-threaded), dropped at the end so that none of its
//! background tasks outlives it; the agency runs in another for the whole
//! run. The first full read after a write at the agency is slower whoever
//! makes it, so one bare fetch, not counted, follows each write. Which of
//! the backend and the baselines goes first alternates. Prints the medians
//! as a Markdown table.
#![allow(clippy::print_stdout)]

use agency_api::{PaymentPage, PaymentSource};
use agency_server::{AppState, db::Db, demo, operator};
use backend::{AppMode, Backend, BackendConfig, MemorySecrets, SecretStore, SyncPhase};
use chrono::{Days, NaiveDate};
use rust_decimal::Decimal;
use std::sync::Arc;
use std::time::{Duration, Instant};

const CASE: &str = "C-1001";
const PARENT: &str = "P-1001";
const SEEDED: usize = 10_000;

/// A store whose secrets outlive one backend, as the keyring's do.
struct Persistent(MemorySecrets);

impl SecretStore for Persistent {
    fn get(&self, name: &str) -> Result<Option<String>, backend::SecretError> {
        self.0.get(name)
    }
    fn set(&self, name: &str, value: &str) -> Result<(), backend::SecretError> {
        self.0.set(name, value)
    }
    fn delete(&self, name: &str) -> Result<(), backend::SecretError> {
        self.0.delete(name)
    }
    fn persistent(&self) -> bool {
        true
    }
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("a Tokio runtime")
}

fn main() {
    let iterations: usize = std::env::var("PAYBENCH_ITERATIONS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(10);
    let news_per_iteration: usize = 3;
    let dir = tempfile::tempdir().expect("a temp dir");

    // The agency, for the whole run. Posting the payments takes a couple of
    // minutes: with PAYBENCH_SEEDED_DB=FILE, a database seeded by an earlier
    // run is copied from FILE, or this run's is saved there.
    let seeded_db = std::env::var_os("PAYBENCH_SEEDED_DB").map(std::path::PathBuf::from);
    let reuse = seeded_db.as_ref().filter(|f| f.exists());
    if let Some(file) = reuse {
        std::fs::copy(file, dir.path().join("agency.db")).expect("the seeded database copies");
    }
    let agency_rt = runtime();
    let (db, url) = agency_rt.block_on(start_agency(dir.path()));
    let demo_count = if reuse.is_some() {
        agency_rt.block_on(count_payments(&db))
    } else {
        let seeded_in = Instant::now();
        let count = agency_rt.block_on(seed_payments(&db));
        eprintln!(
            "seeded {SEEDED} payments on {CASE} in {:.1} s ({count} in all)",
            seeded_in.elapsed().as_secs_f64()
        );
        if let Some(file) = &seeded_db {
            agency_rt.block_on(async {
                sqlx::query("VACUUM INTO $1")
                    .bind(file.display().to_string())
                    .execute(db.pool())
                    .await
                    .expect("the seeded database is saved");
            });
        }
        count
    };

    // Two sessions of the same parent: the backend's (restored from
    // `secrets` by each iteration's backend, as at start-up), and the
    // baseline's (only its refresh token is kept, used directly).
    let secrets: Arc<dyn SecretStore> = Arc::new(Persistent(MemorySecrets::new()));
    let baseline_refresh = {
        let rt = runtime();
        let refresh = rt.block_on(async {
            let first = new_backend(&url, &dir.path().join("data-sign-in"), secrets.clone()).await;
            sign_in(&first).await;
            // The sync that sign-in starts, so that the key and session are settled.
            first.sync_now().await;
            first.close().await;
            let own: Arc<MemorySecrets> = Arc::new(MemorySecrets::new());
            let other = new_backend(&url, &dir.path().join("data-baseline"), own.clone()).await;
            sign_in(&other).await;
            let name = format!(
                "refresh-token@{}",
                url::Url::parse(&url)
                    .unwrap()
                    .origin()
                    .ascii_serialization()
            );
            own.get(&name)
                .unwrap()
                .expect("the baseline's refresh token")
        });
        rt.shutdown_timeout(Duration::from_secs(1));
        refresh
    };
    let mut baseline_refresh = baseline_refresh;
    let mut expected = demo_count;

    let settle = Duration::from_millis(
        std::env::var("PAYBENCH_SETTLE_MS")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(500),
    );
    let mut first = Samples::default();
    let mut one_new = Samples::default();
    // One iteration more than asked: the first warms up and is not counted.
    for iteration in 0..=iterations {
        let rt = runtime();
        let data = dir.path().join(format!("data-{iteration}"));
        let db = db.clone();
        let agency = agency_rt.handle().clone();
        let (a, b, refresh) = rt.block_on(async {
            let http = reqwest::Client::new();
            let refreshed = backend::AgencyClient::new(url::Url::parse(&url).unwrap())
                .unwrap()
                .refresh(&baseline_refresh)
                .await
                .expect("the baseline's token");
            let token = refreshed.access_token;

            let backend = new_backend(&url, &data, secrets.clone()).await;
            assert!(
                matches!(backend.session(), backend::SessionState::SignedIn { .. }),
                "the session is restored"
            );
            // What starting a backend leaves running, finished.
            tokio::time::sleep(settle).await;
            // The first full read after a write at the agency (the last
            // iteration's payments) is slower, whoever makes it: one bare
            // fetch of everything, not counted, warms it for both.
            fetch_everything(&http, &url, &token, None).await;
            let mut feed = changes_cursor(&http, &url, &token, None).await;
            // Which goes first alternates, so that warm caches favour neither.
            let baselines_first = iteration % 2 == 0;
            let mut a = Sample::default();
            let mut cursor = None;
            for turn in 0..2 {
                if (turn == 0) == baselines_first {
                    let t = Instant::now();
                    let (count, next) = fetch_pages(&http, &url, &token, None).await;
                    a.pages = t.elapsed();
                    assert_eq!(count, expected);
                    let t = Instant::now();
                    let (count, _) = fetch_everything(&http, &url, &token, None).await;
                    a.everything = t.elapsed();
                    assert_eq!(count, expected);
                    cursor = next;
                } else {
                    let t = Instant::now();
                    let status = backend.sync_now().await;
                    a.sync = t.elapsed();
                    let view = backend.payments_view(CASE).await.expect("the view");
                    a.total = t.elapsed();
                    check(&status, &view, expected);
                }
            }
            let mut b = Vec::new();
            for n in 0..news_per_iteration {
                post_one(&agency, &db, iteration * news_per_iteration + n).await;
                expected += 1;
                // As above, after the agency's write.
                fetch_everything(&http, &url, &token, cursor.as_deref()).await;
                let mut s = Sample::default();
                for turn in 0..2 {
                    if (turn == 0) == baselines_first {
                        let t = Instant::now();
                        let (count, _) = fetch_pages(&http, &url, &token, cursor.as_deref()).await;
                        s.pages = t.elapsed();
                        assert_eq!(count, 1);
                        let t = Instant::now();
                        let (count, next, next_feed) =
                            fetch_changed(&http, &url, &token, cursor.as_deref(), &feed).await;
                        s.everything = t.elapsed();
                        assert_eq!(count, 1);
                        cursor = next;
                        feed = next_feed;
                    } else {
                        let t = Instant::now();
                        let status = backend.sync_now().await;
                        s.sync = t.elapsed();
                        let view = backend.payments_view(CASE).await.expect("the view");
                        s.total = t.elapsed();
                        check(&status, &view, expected);
                    }
                }
                b.push(s);
            }
            backend.close().await;
            (a, b, refreshed.refresh_token)
        });
        rt.shutdown_timeout(Duration::from_secs(1));
        baseline_refresh = refresh;
        eprintln!(
            "iteration {iteration}{}: first {:.1} ms (sync {:.1}), bare pages {:.1} ms, bare all {:.1} ms; \
             one new {:.1} ms, bare page {:.2} ms, bare all {:.2} ms",
            if iteration == 0 { " (warm-up)" } else { "" },
            ms(a.total),
            ms(a.sync),
            ms(a.pages),
            ms(a.everything),
            ms(b[0].total),
            ms(b[0].pages),
            ms(b[0].everything),
        );
        if iteration > 0 {
            first.push(a);
            for s in b {
                one_new.push(s);
            }
        }
    }

    println!(
        "\nPayments sync + statement, {demo_count} payments on {CASE} ({SEEDED} seeded), \
         {iterations} iterations ({} samples of one new payment); medians\n",
        one_new.total.len()
    );
    println!(
        "| measurement | median (ms) | min–max (ms) | ratio to the bare payment pages | \
         ratio to the bare sync requests | of which sync (ms) | goal |"
    );
    println!("| --- | ---: | ---: | ---: | ---: | ---: | --- |");
    first.rows(
        "first sync + Payments view",
        "all payment pages",
        "every request of a first sync",
        200.0,
    );
    one_new.rows(
        "one new payment: sync + Payments view",
        "the page after the cursor",
        "every request of that sync",
        30.0,
    );
}

#[derive(Default, Clone, Copy)]
struct Sample {
    /// Baseline: the bare GET of the payment pages.
    pages: Duration,
    /// Baseline: the bare GET of every request the sync makes.
    everything: Duration,
    sync: Duration,
    total: Duration,
}

#[derive(Default)]
struct Samples {
    pages: Vec<Duration>,
    everything: Vec<Duration>,
    sync: Vec<Duration>,
    total: Vec<Duration>,
}

impl Samples {
    fn push(&mut self, s: Sample) {
        self.pages.push(s.pages);
        self.everything.push(s.everything);
        self.sync.push(s.sync);
        self.total.push(s.total);
    }

    fn rows(&mut self, name: &str, pages: &str, everything: &str, goal_ms: f64) {
        let (p, e, s, t) = (
            Stats::of(&mut self.pages),
            Stats::of(&mut self.everything),
            Stats::of(&mut self.sync),
            Stats::of(&mut self.total),
        );
        println!(
            "| baseline: bare GET of {pages} | {:.2} | {:.2}–{:.2} | 1.00× | | | |",
            p.median, p.min, p.max
        );
        println!(
            "| baseline: bare GET of {everything} | {:.2} | {:.2}–{:.2} | {:.2}× | 1.00× | | |",
            e.median,
            e.min,
            e.max,
            e.median / p.median
        );
        println!(
            "| {name} | {:.2} | {:.2}–{:.2} | {:.2}× | {:.2}× | {:.2} | < {goal_ms} ms: {} |",
            t.median,
            t.min,
            t.max,
            t.median / p.median,
            t.median / e.median,
            s.median,
            if t.median < goal_ms { "met" } else { "missed" }
        );
    }
}

struct Stats {
    median: f64,
    min: f64,
    max: f64,
}

impl Stats {
    fn of(samples: &mut [Duration]) -> Self {
        samples.sort();
        let n = samples.len();
        let median = if n % 2 == 1 {
            ms(samples[n / 2])
        } else {
            (ms(samples[n / 2 - 1]) + ms(samples[n / 2])) / 2.0
        };
        Self {
            median,
            min: ms(samples[0]),
            max: ms(samples[n - 1]),
        }
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn check(status: &backend::SyncStatus, view: &backend::PaymentsView, expected: usize) {
    assert_eq!(
        status.phase,
        SyncPhase::Idle,
        "the sync went well: {status:?}"
    );
    assert_eq!(
        view.payments.len(),
        expected,
        "every payment is in the view"
    );
    assert!(view.statement.is_some(), "the ledger worked the account");
    assert!(view.ledger_error.is_none(), "{:?}", view.ledger_error);
}

async fn start_agency(dir: &std::path::Path) -> (Db, String) {
    let db = Db::open(&format!("sqlite://{}", dir.join("agency.db").display()))
        .await
        .unwrap();
    demo::seed(&db).await.unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let state = AppState::new(db.clone());
    tokio::spawn(async move {
        axum::serve(listener, agency_server::router(state))
            .await
            .unwrap();
    });
    (db, format!("http://{addr}/"))
}

/// The order of C-1001 starts on 2024-01-01 ($450.00 a month): the payments
/// are spread from then to yesterday, oldest first, as a disbursement unit
/// would post them, about $500 a month in all.
fn seeded_payment(i: usize) -> operator::NewPayment {
    let start = NaiveDate::from_ymd_opt(2024, 1, 2).unwrap();
    let yesterday = chrono::Local::now().date_naive() - Days::new(1);
    let span = u64::try_from((yesterday - start).num_days().max(1)).unwrap();
    let i = i as u64;
    operator::NewPayment {
        case_id: CASE.to_owned(),
        amount: Decimal::new(100 + ((i * 7_919) % 150) as i64, 2),
        source: if i % 10 == 9 {
            PaymentSource::Direct
        } else {
            PaymentSource::WageWithholding
        },
        received_on: start + Days::new(i * span / SEEDED as u64),
    }
}

/// Posts the 10,000 payments; answers how many C-1001 has in all.
async fn seed_payments(db: &Db) -> usize {
    for i in 0..SEEDED {
        operator::post_payment(db, seeded_payment(i))
            .await
            .expect("a payment posts");
    }
    count_payments(db).await
}

async fn count_payments(db: &Db) -> usize {
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM payments WHERE case_id = $1")
        .bind(CASE)
        .fetch_one(db.pool())
        .await
        .unwrap();
    usize::try_from(n).unwrap()
}

/// A new payment today, posted at the agency (not timed).
async fn post_one(agency: &tokio::runtime::Handle, db: &Db, n: usize) {
    let db = db.clone();
    agency
        .spawn(async move {
            operator::post_payment(
                &db,
                operator::NewPayment {
                    case_id: CASE.to_owned(),
                    amount: Decimal::new(12_345 + n as i64, 2),
                    source: PaymentSource::Direct,
                    received_on: chrono::Local::now().date_naive(),
                },
            )
            .await
            .expect("the new payment posts")
        })
        .await
        .unwrap();
}

async fn new_backend(url: &str, data: &std::path::Path, secrets: Arc<dyn SecretStore>) -> Backend {
    let config = BackendConfig::resolve(Some(url), None, AppMode::Home)
        .unwrap()
        .with_data_dir(data);
    let backend = Backend::new(config, secrets).unwrap();
    backend.start().await;
    backend
}

async fn sign_in(backend: &Backend) {
    backend
        .sign_in(|url| {
            tokio::spawn(async move {
                backend::testing::browser_sign_in(url.as_str(), PARENT, demo::DEMO_PASSWORD)
                    .await
                    .unwrap();
            });
            Ok(())
        })
        .await
        .unwrap();
}

/// The first baseline: the payment pages as a bare client fetches them,
/// as the app asks for them (the most per page), from `since` until no more
/// follow, each decoded to follow its cursor.
/// Answers how many payments came and the last cursor.
async fn fetch_pages(
    http: &reqwest::Client,
    base: &str,
    token: &str,
    since: Option<&str>,
) -> (usize, Option<String>) {
    let url = url::Url::parse(base)
        .unwrap()
        .join(&agency_api::paths::case_payments(CASE))
        .unwrap();
    let mut since = since.map(str::to_owned);
    let mut count = 0;
    loop {
        let mut request = http
            .get(url.clone())
            .bearer_auth(token)
            .query(&[("limit", backend::PAYMENTS_PER_PAGE)]);
        if let Some(s) = &since {
            request = request.query(&[("since", s)]);
        }
        let response = request.send().await.unwrap().error_for_status().unwrap();
        let page: PaymentPage = response.json().await.unwrap();
        count += page.payments.len();
        if page.next.is_some() {
            since = page.next;
        }
        if !page.more {
            return (count, since);
        }
    }
}

/// A bare GET of `path` at the agency, decoded.
async fn get_json(
    http: &reqwest::Client,
    base: &str,
    token: &str,
    path: String,
) -> serde_json::Value {
    let url = url::Url::parse(base).unwrap().join(&path).unwrap();
    http.get(url)
        .bearer_auth(token)
        .send()
        .await
        .unwrap()
        .error_for_status()
        .unwrap()
        .json()
        .await
        .unwrap()
}

/// What changed since `since` (everything without it): the next cursor.
async fn changes_cursor(
    http: &reqwest::Client,
    base: &str,
    token: &str,
    since: Option<&str>,
) -> String {
    let url = url::Url::parse(base)
        .unwrap()
        .join(agency_api::paths::CHANGES)
        .unwrap();
    let mut request = http.get(url).bearer_auth(token);
    if let Some(since) = since {
        request = request.query(&[("since", since)]);
    }
    let changes: agency_api::Changes = request
        .send()
        .await
        .unwrap()
        .error_for_status()
        .unwrap()
        .json()
        .await
        .unwrap();
    changes.cursor
}

/// The second baseline for one new payment: what a sync asks after it, one
/// request after another, bare: what changed since `feed`, then the case,
/// its payment pages from `since`, and how to pay. Answers how many
/// payments came, the last payments cursor and the next changes cursor.
async fn fetch_changed(
    http: &reqwest::Client,
    base: &str,
    token: &str,
    since: Option<&str>,
    feed: &str,
) -> (usize, Option<String>, String) {
    let next_feed = changes_cursor(http, base, token, Some(feed)).await;
    let get = |path: String| get_json(http, base, token, path);
    get(agency_api::paths::case(CASE)).await;
    let (count, next) = fetch_pages(http, base, token, since).await;
    get(agency_api::paths::case_how_to_pay(CASE)).await;
    (count, next, next_feed)
}

/// The second baseline: every GET a first sync makes (what changed, the case list, each case,
/// its payment pages from `since`, the applications, each case's
/// modification requests, documents and how to pay, the contact updates,
/// each case's message threads and appointments, the agency), one after
/// another, each decoded, bare.
/// Answers how many payments came and the last cursor.
async fn fetch_everything(
    http: &reqwest::Client,
    base: &str,
    token: &str,
    since: Option<&str>,
) -> (usize, Option<String>) {
    let get = |path: String| get_json(http, base, token, path);
    changes_cursor(http, base, token, None).await;
    let list: agency_api::CaseList =
        serde_json::from_value(get(agency_api::paths::CASES.to_owned()).await).unwrap();
    for case in &list.cases {
        get(agency_api::paths::case(&case.id)).await;
    }
    let (count, next) = fetch_pages(http, base, token, since).await;
    get(agency_api::paths::APPLICATIONS.to_owned()).await;
    for case in &list.cases {
        get(agency_api::paths::case_modification_requests(&case.id)).await;
    }
    for case in &list.cases {
        get(agency_api::paths::case_documents(&case.id)).await;
        get(agency_api::paths::case_how_to_pay(&case.id)).await;
    }
    get(agency_api::paths::CONTACT_UPDATES.to_owned()).await;
    for case in &list.cases {
        // The threads only: a sync fetches a thread's messages only when it
        // changed, which a new payment does not do.
        get(agency_api::paths::case_threads(&case.id)).await;
        get(agency_api::paths::case_appointments(&case.id)).await;
    }
    get(agency_api::paths::AGENCY.to_owned()).await;
    (count, next)
}
