//! Nothing a parent submits is lost or sent twice, whatever happens to the
//! app or the network.
//!
//! Against a real `agency-server` process on a real SQLite file, the
//! backend runs as a process of its own (`outbox-harness`) and:
//! - is killed with SIGKILL while it submits, then restarted, round after
//!   round: half the rounds at a random point of the run, half at a random
//!   point just after it says the submission is saved;
//! - has the agency killed under it (SIGKILL) at a random point while it
//!   submits, and started again on the same port.
//!
//! The rounds take turns: a modification request, an application, a 6 MB
//! document. Then the agency's database is counted: every submission the app
//! said was saved is there exactly once, and nothing is there twice.
//!
//! `RELIABILITY_ROUNDS` sets the rounds of each (default 20; the figures in
//! docs/reliability.md are from 100):
//! `RELIABILITY_ROUNDS=100 cargo test -p backend --test reliability -- --nocapture --test-threads 1`
#![cfg(unix)]
#![allow(clippy::print_stdout)]

use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

mod common;
use common::AgencyProcess;
use std::sync::mpsc;
use std::time::{Duration, Instant};

const PASSWORD: &str = agency_server::demo::DEMO_PASSWORD;

fn rounds() -> u32 {
    std::env::var("RELIABILITY_ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(20)
}

/// A random number below `n`.
fn random_below(n: u64) -> u64 {
    let mut bytes = [0_u8; 8];
    getrandom::fill(&mut bytes).unwrap();
    u64::from_le_bytes(bytes) % n.max(1)
}

/// The agency as a process of its own (see `common::AgencyProcess`), and
/// what it holds.
struct Agency(AgencyProcess);

impl std::ops::Deref for Agency {
    type Target = AgencyProcess;
    fn deref(&self) -> &AgencyProcess {
        &self.0
    }
}

impl Agency {
    fn start(dir: &Path, port: u16) -> Self {
        Self(AgencyProcess::start(dir, port, &[]))
    }

    /// Taking uploads of up to 64 MiB, kept in `dir/uploads`.
    fn with_uploads(dir: &Path, port: u16) -> Self {
        let uploads = dir.join("uploads");
        let uploads = uploads.to_str().unwrap();
        Self(AgencyProcess::start(
            dir,
            port,
            &["--uploads", uploads, "--max-upload-mb", "64"],
        ))
    }

    /// The documents the agency holds, by SHA-256 of their file.
    fn documents(&self) -> HashMap<String, i64> {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap()
            .block_on(async {
                let db = agency_server::db::Db::open(&self.db_url).await.unwrap();
                sqlx::query_as::<_, (String, i64)>(
                    "SELECT sha256, COUNT(*) FROM documents GROUP BY sha256",
                )
                .fetch_all(db.pool())
                .await
                .unwrap()
                .into_iter()
                .collect()
            })
    }

    fn kill(&mut self) {
        self.0.kill();
    }

    /// Runs one statement on the agency's database, behind its back.
    fn execute(&self, statement: &str) {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap()
            .block_on(async {
                let db = agency_server::db::Db::open(&self.db_url).await.unwrap();
                sqlx::query(statement).execute(db.pool()).await.unwrap();
            });
    }

    /// How many submissions the agency holds for each label: modification
    /// requests by their details, applications by the other parent's
    /// description.
    fn counts(&self, prefix: &str) -> HashMap<String, i64> {
        let (requests, applications): (Vec<(String, i64)>, Vec<(String,)>) =
            tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap()
                .block_on(async {
                    let db = agency_server::db::Db::open(&self.db_url).await.unwrap();
                    let requests = sqlx::query_as(
                        "SELECT details, COUNT(*) FROM modification_requests \
                         WHERE details LIKE $1 GROUP BY details",
                    )
                    .bind(format!("{prefix}%"))
                    .fetch_all(db.pool())
                    .await
                    .unwrap();
                    let applications = sqlx::query_as("SELECT body FROM applications")
                        .fetch_all(db.pool())
                        .await
                        .unwrap();
                    (requests, applications)
                });
        let documents: Vec<(String, i64)> = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap()
            .block_on(async {
                let db = agency_server::db::Db::open(&self.db_url).await.unwrap();
                sqlx::query_as(
                    "SELECT file_name, COUNT(*) FROM documents \
                     WHERE file_name LIKE $1 GROUP BY file_name",
                )
                .bind(format!("{prefix}%"))
                .fetch_all(db.pool())
                .await
                .unwrap()
            });
        let mut counts: HashMap<String, i64> = requests.into_iter().collect();
        for (file_name, n) in documents {
            counts.insert(file_name.trim_end_matches(".pdf").to_owned(), n);
        }
        for (body,) in applications {
            let body: serde_json::Value = serde_json::from_str(&body).unwrap();
            if let Some(label) = body["other_parent"]["description"].as_str()
                && label.starts_with(prefix)
            {
                *counts.entry(label.to_owned()).or_default() += 1;
            }
        }
        counts
    }
}

/// The rounds take turns: a modification request, an application, a
/// document (a 6 MB scan: two chunks, so that kills land mid-upload too).
/// A document's file is written into `files` here.
fn label(kind: &str, round: u32, files: &Path) -> String {
    match round % 3 {
        1 => format!("{kind}-app-{round}"),
        2 => {
            let label = format!("{kind}-doc-{round}");
            std::fs::create_dir_all(files).unwrap();
            common::big_pdf(&files.join(format!("{label}.pdf")), 6 * 1024 * 1024);
            label
        }
        _ => format!("{kind}-{round}"),
    }
}

/// The backend process, its lines read as they come.
struct App {
    child: Child,
    lines: mpsc::Receiver<String>,
    /// Lines already read while waiting for one.
    seen: Vec<String>,
}

impl App {
    fn start(agency: &str, data: &Path, labels: &[String]) -> Self {
        let mut child = Command::new(env!("CARGO_BIN_EXE_outbox-harness"))
            .args(["--agency", agency, "--data"])
            .arg(data)
            .arg("--files")
            .arg(files_of(data))
            .args([
                "--user",
                "P-1001",
                "--password",
                PASSWORD,
                "--retry-ms",
                "100",
            ])
            .args(labels)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        Self {
            child,
            lines,
            seen: Vec::new(),
        }
    }

    /// Waits (at most `within`) for the line saying `label` is saved.
    fn wait_saved(&mut self, label: &str, within: Duration) {
        let deadline = Instant::now() + within;
        while Instant::now() < deadline {
            if let Ok(line) = self.lines.recv_timeout(Duration::from_millis(5)) {
                let saved = line == format!("queued {label}");
                self.seen.push(line);
                if saved {
                    return;
                }
            }
        }
    }

    /// Kills the process and returns every line it printed.
    fn kill(mut self) -> Vec<String> {
        let _ = self.child.kill();
        let _ = self.child.wait();
        self.seen.extend(self.lines.iter());
        self.seen
    }

    /// Waits for `drained` and the process's exit.
    fn drain(mut self, within: Duration) -> Vec<String> {
        let deadline = Instant::now() + within;
        let mut seen = Vec::new();
        while Instant::now() < deadline {
            match self.lines.recv_timeout(Duration::from_millis(100)) {
                Ok(line) => {
                    let done = line == "drained";
                    seen.push(line);
                    if done {
                        let _ = self.child.wait();
                        return seen;
                    }
                }
                Err(mpsc::RecvTimeoutError::Timeout) => {}
                Err(mpsc::RecvTimeoutError::Disconnected) => break,
            }
        }
        let _ = self.child.kill();
        panic!("the outbox did not drain within {within:?}: {seen:?}");
    }
}

/// Where the documents the rounds send are written.
fn files_of(data: &Path) -> PathBuf {
    data.with_file_name("files")
}

fn saved(lines: &[String], label: &str) -> bool {
    lines.iter().any(|l| l == &format!("queued {label}"))
}

/// How long one uninterrupted submission takes, start to drained: the kills
/// are spread over it.
fn one_run(agency: &str, data: &Path, label: &str) -> Duration {
    let started = Instant::now();
    App::start(agency, data, &[label.to_owned()]).drain(Duration::from_secs(60));
    started.elapsed()
}

/// The slowest of three uninterrupted runs, one of them an application: on a
/// busy machine one run can be quick by luck, and kills spread over too
/// short a time all land before anything is saved.
fn baseline(agency: &str, data: &Path, kind: &str) -> Duration {
    ["baseline-0", "app-baseline-1", "baseline-2"]
        .iter()
        .map(|name| one_run(agency, data, &format!("{kind}-{name}")))
        .max()
        .unwrap_or_default()
}

#[test]
fn a_backend_killed_at_any_point_loses_nothing_and_sends_nothing_twice() {
    let dir = tempfile::tempdir().unwrap();
    let agency = Agency::start(dir.path(), 0);
    let data = dir.path().join("app");
    one_run(&agency.url(), &data, "kill-warmup");
    let baseline = baseline(&agency.url(), &data, "kill");

    let rounds = rounds();
    let (mut before_saved, mut saved_not_delivered, mut after_delivery) = (0, 0, 0);
    let mut acknowledged = Vec::new();
    for round in 0..rounds {
        let label = label("kill", round, &files_of(&data));
        let mut app = App::start(&agency.url(), &data, std::slice::from_ref(&label));
        let baseline_ms = u64::try_from(baseline.as_millis()).unwrap();
        if round % 4 < 2 {
            // Anywhere in the run.
            std::thread::sleep(Duration::from_millis(random_below(baseline_ms)));
        } else {
            // Just after "saved", where a lost or doubled submission would
            // come from: the send is under way or about to start.
            app.wait_saved(&label, Duration::from_secs(30));
            std::thread::sleep(Duration::from_micros(random_below(baseline_ms * 250)));
        }
        let lines = app.kill();
        let on_server = agency.counts(&label).get(&label).copied().unwrap_or(0) > 0;
        match (saved(&lines, &label), on_server) {
            (false, false) => before_saved += 1,
            (true, false) => saved_not_delivered += 1,
            (_, true) => after_delivery += 1,
        }
        if saved(&lines, &label) {
            acknowledged.push(label);
        }
    }
    // Started once more, the app sends whatever is still waiting.
    App::start(&agency.url(), &data, &[]).drain(Duration::from_secs(120));

    let counts = agency.counts("kill-");
    let lost: Vec<_> = acknowledged
        .iter()
        .filter(|l| !counts.contains_key(*l))
        .collect();
    let doubled: Vec<_> = counts.iter().filter(|(_, n)| **n > 1).collect();
    println!(
        "kill rounds={rounds} baseline_ms={} killed_before_saved={before_saved} \
         killed_saved_not_delivered={saved_not_delivered} killed_after_delivery={after_delivery} \
         saved={} delivered={} lost={} duplicated={}",
        baseline.as_millis(),
        acknowledged.len(),
        counts.len() - 4,
        lost.len(),
        doubled.len()
    );
    assert!(lost.is_empty(), "saved but never delivered: {lost:?}");
    assert!(doubled.is_empty(), "delivered more than once: {doubled:?}");
    assert!(
        saved_not_delivered > 0,
        "some kills must land between saving and delivery, or this proves little"
    );
}

#[test]
fn an_agency_killed_mid_request_and_restarted_loses_nothing_and_duplicates_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut agency = Agency::start(dir.path(), 0);
    let port = agency.port;
    let data = dir.path().join("app");
    one_run(&agency.url(), &data, "cut-warmup");
    let baseline = baseline(&agency.url(), &data, "cut");

    let rounds = rounds();
    let mut cut_before_delivery = 0;
    for round in 0..rounds {
        let label = label("cut", round, &files_of(&data));
        let app = App::start(&agency.url(), &data, std::slice::from_ref(&label));
        let delay = random_below(u64::try_from(baseline.as_millis()).unwrap());
        std::thread::sleep(Duration::from_millis(delay));
        agency.kill();
        if agency.counts(&label).is_empty() {
            cut_before_delivery += 1;
        }
        std::thread::sleep(Duration::from_millis(random_below(300)));
        agency = Agency::start(dir.path(), port);
        let lines = app.drain(Duration::from_secs(120));
        assert!(saved(&lines, &label), "{lines:?}");
    }

    let counts = agency.counts("cut-");
    let lost: Vec<_> = (0..rounds)
        .map(|r| match r % 3 {
            1 => format!("cut-app-{r}"),
            2 => format!("cut-doc-{r}"),
            _ => format!("cut-{r}"),
        })
        .filter(|l| !counts.contains_key(l))
        .collect();
    let doubled: Vec<_> = counts.iter().filter(|(_, n)| **n > 1).collect();
    println!(
        "cut rounds={rounds} baseline_ms={} cut_before_delivery={cut_before_delivery} \
         delivered={} lost={} duplicated={}",
        baseline.as_millis(),
        counts.len() - 4,
        lost.len(),
        doubled.len()
    );
    assert!(lost.is_empty(), "never delivered: {lost:?}");
    assert!(doubled.is_empty(), "delivered more than once: {doubled:?}");
    assert!(
        cut_before_delivery > 0,
        "some cuts must land before delivery"
    );
}

/// The app killed (SIGKILL) while it sends a 40 MB document, three times at
/// random points, each time started again: it resumes from the agency's
/// offset (at most one chunk sent again), and the agency ends with exactly
/// one document, the file's.
#[test]
fn an_upload_resumes_where_it_was_after_the_app_is_killed() {
    let dir = tempfile::tempdir().unwrap();
    let agency = Agency::with_uploads(dir.path(), 0);
    let data = dir.path().join("app");
    let scan = dir.path().join("scan.pdf");
    common::big_pdf(&scan, 40 * 1024 * 1024);
    let size = std::fs::metadata(&scan).unwrap().len();
    let sha256 = {
        use sha2::Digest;
        let digest = sha2::Sha256::digest(std::fs::read(&scan).unwrap());
        digest
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect::<String>()
    };
    let chunk = 4 * 1024 * 1024;
    let sent = |line: &str| -> Option<u64> {
        line.strip_prefix("progress ")?
            .split(' ')
            .next()?
            .parse()
            .ok()
    };

    let label = format!("file:{}", scan.display());
    let mut app = App::start(&agency.url(), &data, std::slice::from_ref(&label));
    app.wait_saved(&label, Duration::from_secs(60));
    let mut resumes = Vec::new();
    for _ in 0..3 {
        // Killed somewhere in the next tenth to quarter of the file.
        let from = app.seen.iter().filter_map(|l| sent(l)).max().unwrap_or(0);
        let at = from + size / 10 + random_below(size / 7);
        let deadline = Instant::now() + Duration::from_secs(60);
        while Instant::now() < deadline
            && !app.seen.iter().any(|l| sent(l).is_some_and(|s| s >= at))
        {
            if let Ok(line) = app.lines.recv_timeout(Duration::from_millis(5)) {
                app.seen.push(line);
            }
        }
        let before = app.kill().iter().filter_map(|l| sent(l)).max().unwrap_or(0);
        app = App::start(&agency.url(), &data, &[]);
        if before >= size {
            // All of it had gone: only the attachment may be left to do.
            break;
        }
        let deadline = Instant::now() + Duration::from_secs(60);
        let resumed = loop {
            assert!(Instant::now() < deadline, "no progress after the restart");
            if let Ok(line) = app.lines.recv_timeout(Duration::from_millis(50)) {
                let at = sent(&line);
                app.seen.push(line);
                if let Some(at) = at {
                    break at;
                }
            }
        };
        // The agency may hold one chunk more than the last progress line
        // told: the kill can land between its answer and the line.
        assert!(
            resumed + chunk >= before && resumed <= before + chunk,
            "resumed at {resumed} after {before} had gone"
        );
        resumes.push((before, resumed));
    }
    app.drain(Duration::from_secs(120));
    println!("killed at, resumed from (bytes): {resumes:?}");
    // The app's copy goes once the delivery is recorded.
    let deadline = Instant::now() + Duration::from_secs(5);
    while !copies(&data).is_empty() {
        assert!(Instant::now() < deadline, "copy left: {:?}", copies(&data));
        std::thread::sleep(Duration::from_millis(50));
    }
    assert_eq!(
        agency.documents().get(&sha256).copied(),
        Some(1),
        "exactly one document, the file's (resumes: {resumes:?})"
    );
    assert_eq!(agency.documents().values().sum::<i64>(), 1);
}

/// The files in the app's uploads folder.
fn copies(data: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(data.join("uploads"))
        .map(|entries| entries.flatten().map(|e| e.path()).collect())
        .unwrap_or_default()
}

/// A crash after the agency had the whole upload but before the app
/// recorded its delivery, with the app's copy already gone (deleted on
/// delivery): started again, the app attaches what the agency has instead
/// of failing for want of a file it no longer needs. And once an upload is
/// delivered, its copy is deleted.
#[test]
fn an_upload_the_agency_has_whole_is_attached_without_the_apps_copy() {
    let dir = tempfile::tempdir().unwrap();
    let agency = Agency::with_uploads(dir.path(), 0);
    let data = dir.path().join("app");
    let scan = dir.path().join("scan.pdf");
    common::big_pdf(&scan, 6 * 1024 * 1024);
    let size = std::fs::metadata(&scan).unwrap().len();
    // The agency takes every chunk but cannot attach the document.
    agency.execute(
        "CREATE TRIGGER no_documents BEFORE INSERT ON documents \
         BEGIN SELECT RAISE(ABORT, 'not now'); END",
    );

    let label = format!("file:{}", scan.display());
    let mut app = App::start(&agency.url(), &data, std::slice::from_ref(&label));
    let whole = format!("progress {size} {size}");
    let deadline = Instant::now() + Duration::from_secs(60);
    while !app.seen.contains(&whole) {
        assert!(Instant::now() < deadline, "the upload never completed");
        if let Ok(line) = app.lines.recv_timeout(Duration::from_millis(20)) {
            app.seen.push(line);
        }
    }
    // Long enough for an attempt to attach it to fail.
    std::thread::sleep(Duration::from_millis(500));
    app.kill();
    assert_eq!(agency.documents().values().sum::<i64>(), 0);
    let left = copies(&data);
    assert_eq!(left.len(), 1, "the copy waits for delivery: {left:?}");
    std::fs::remove_file(&left[0]).unwrap();

    agency.execute("DROP TRIGGER no_documents");
    App::start(&agency.url(), &data, &[]).drain(Duration::from_secs(60));
    assert_eq!(agency.documents().values().sum::<i64>(), 1);
}
