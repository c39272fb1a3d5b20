//! Issue 8's upload benchmark, driven by `tests/bench/uploads`: a big file
//! sent by the real backend against a real `agency-server` over loopback,
//! against a plain `curl -T` of the same bytes to the same server.
//!
//! ```text
//! upload-bench make-pdf PATH BYTES
//! upload-bench app  --agency URL --file PATH --data DIR [--progress | --cut] [--password PW] [--retry-ms N]
//! upload-bench curl --agency URL --file PATH --work DIR [--password PW]
//! upload-bench summary RESULT_FILE...
//! ```
//!
//! - `make-pdf`: a valid one-page PDF of `BYTES` bytes (its content stream
//!   padded with a comment), as a big scan would be.
//! - `app`: a home backend on `DIR` signs in as P-1001 through the agency's
//!   page (the scripted browser), then `add_document`s the file to C-1001
//!   and waits until the outbox item is delivered. With `--progress` it
//!   prints `progress SENT TOTAL CHUNK` for every progress event, so that the
//!   script can kill the agency under it (`--cut` says the script does, for
//!   the summary); the bytes sent again after a cut are how far `sent` went
//!   back when the upload resumed.
//! - `curl`: signs in the same way, creates the upload, splits the file
//!   into the chunks the app sends (the policy's `chunk_bytes`, each with its
//!   SHA-256 worked out beforehand), then times one `curl` process that
//!   PATCHes them in order with `-T`, one transfer after the other over one
//!   connection (`--next`). The agency takes at most two chunks per PATCH,
//!   so one `curl -T` of the whole file is not possible.
//! - `summary`: the medians of the `result` lines in the files, as a
//!   Markdown table.
//!
//! Each mode but `summary` ends with one line `result {JSON}`. Memory is the
//! process's own, from `/proc/self/status`: `VmRSS` just before
//! `add_document`, and the peak (`VmHWM`) after it; the peak is reset after
//! `add_document` (`/proc/self/clear_refs`) so that the upload's own peak is
//! told apart from the preparation's.
#![allow(clippy::print_stdout)]

use backend::agency_api::{DocumentType, paths, tus};
use backend::{
    AgencyClient, AppMode, Backend, BackendConfig, BackendEvent, MemorySecrets, OutboxState,
    SecretError, SecretStore,
};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const USER: &str = "P-1001";
const CASE: &str = "C-1001";
/// The demo seed's password (`agency_server::demo::DEMO_PASSWORD`); the
/// agency server is no dependency of the backend's binaries.
const DEFAULT_PASSWORD: &str = "demo-password-2026";
const MIB: f64 = 1024.0 * 1024.0;

fn main() -> Result<(), String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(mode) = args.first() else {
        return Err(usage());
    };
    let rest = &args[1..];
    match mode.as_str() {
        "make-pdf" => {
            let [path, size] = rest else {
                return Err(usage());
            };
            let size = size.parse().map_err(|_| "BYTES is a number".to_owned())?;
            big_pdf(Path::new(path), size).map_err(|e| e.to_string())
        }
        "summary" => summary(rest),
        "app" | "curl" => {
            let options = Options::parse(rest)?;
            let runtime = tokio::runtime::Builder::new_multi_thread()
                .enable_all()
                .build()
                .map_err(|e| e.to_string())?;
            let result = if mode == "app" {
                runtime.block_on(app(&options))?
            } else {
                runtime.block_on(curl(&options))?
            };
            say(&format!("result {result}"));
            Ok(())
        }
        _ => Err(usage()),
    }
}

fn usage() -> String {
    "usage: upload-bench make-pdf PATH BYTES | app --agency URL --file PATH --data DIR \
     [--progress] [--password PW] [--retry-ms N] | curl --agency URL --file PATH --work DIR \
     [--password PW] | summary RESULT_FILE..."
        .to_owned()
}

struct Options {
    agency: String,
    file: PathBuf,
    dir: PathBuf,
    password: String,
    progress: bool,
    /// The script cuts the agency under this run: only recorded.
    cut: bool,
    retry: Duration,
}

impl Options {
    fn parse(args: &[String]) -> Result<Self, String> {
        let mut it = args.iter();
        let (mut agency, mut file, mut dir) = (None, None, None);
        let mut password =
            std::env::var("UPLOAD_BENCH_PASSWORD").unwrap_or_else(|_| DEFAULT_PASSWORD.to_owned());
        let (mut progress, mut cut) = (false, false);
        let mut retry = Duration::from_millis(200);
        while let Some(arg) = it.next() {
            let mut value = || it.next().cloned().ok_or(format!("{arg} needs a value"));
            match arg.as_str() {
                "--agency" => agency = Some(value()?),
                "--file" => file = Some(PathBuf::from(value()?)),
                "--data" | "--work" => dir = Some(PathBuf::from(value()?)),
                "--password" => password = value()?,
                "--progress" => progress = true,
                "--cut" => (progress, cut) = (true, true),
                "--retry-ms" => {
                    retry = Duration::from_millis(value()?.parse().map_err(|_| "--retry-ms")?);
                }
                _ => return Err(format!("unknown argument {arg}\n{}", usage())),
            }
        }
        Ok(Self {
            agency: agency.ok_or("--agency is required")?,
            file: file.ok_or("--file is required")?,
            dir: dir.ok_or("--data or --work is required")?,
            password,
            progress,
            cut,
            retry,
        })
    }
}

fn say(line: &str) {
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{line}");
    let _ = out.flush();
}

/// Secrets in memory that say they persist, so that the store is on disk
/// as at home; the refresh token is kept aside for the curl baseline.
struct Persistent {
    inner: MemorySecrets,
    refresh: Mutex<Option<String>>,
}

impl SecretStore for Persistent {
    fn get(&self, name: &str) -> Result<Option<String>, SecretError> {
        self.inner.get(name)
    }
    fn set(&self, name: &str, value: &str) -> Result<(), SecretError> {
        if name.starts_with("refresh-token@")
            && let Ok(mut refresh) = self.refresh.lock()
        {
            *refresh = Some(value.to_owned());
        }
        self.inner.set(name, value)
    }
    fn delete(&self, name: &str) -> Result<(), SecretError> {
        self.inner.delete(name)
    }
    fn persistent(&self) -> bool {
        true
    }
}

/// A home backend on `dir`, signed in as the demo parent, its first sync
/// done (so that nothing else runs while the upload is measured).
async fn signed_in(options: &Options, dir: &Path) -> Result<(Backend, Arc<Persistent>), String> {
    let mut config = BackendConfig::resolve(Some(&options.agency), None, AppMode::Home)
        .map_err(|e| e.to_string())?
        .with_data_dir(dir);
    config.outbox_retry = options.retry;
    config.sync_every = Duration::from_secs(24 * 3600);
    std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
    let secrets = Arc::new(Persistent {
        inner: MemorySecrets::new(),
        refresh: Mutex::new(None),
    });
    let backend = Backend::new(config, secrets.clone()).map_err(|e| e.message)?;
    backend.start().await;
    let password = options.password.clone();
    backend
        .sign_in(move |url| {
            tokio::spawn(async move {
                if let Err(e) =
                    backend::testing::browser_sign_in(url.as_str(), USER, &password).await
                {
                    eprintln!("upload-bench: sign-in: {e}");
                }
            });
            Ok(())
        })
        .await
        .map_err(|e| format!("sign-in failed: {}", e.message))?;
    // The sync that sign-in starts, then one more in case it had not begun.
    backend.sync_now().await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    backend.sync_now().await;
    Ok((backend, secrets))
}

/// The size of the chunks the agency asks for (its upload policy).
async fn chunk_bytes(agency: &str) -> Result<u64, String> {
    let url = backend::parse_agency_url(agency).map_err(|e| e.to_string())?;
    let client = AgencyClient::new(url).map_err(|e| e.to_string())?;
    let agency = client.agency().await.map_err(|e| e.to_string())?;
    Ok(agency.uploads.chunk_bytes)
}

/// `sync(1)`: dirty pages of earlier steps written out now, so that they
/// do not slow the agency's `fsync`s while a transfer is timed.
fn flush_disks() {
    let _ = std::process::Command::new("sync").status();
}

/// `VmRSS` and `VmHWM` of this process, in KiB.
fn memory() -> (u64, u64) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
            .unwrap_or(0)
    };
    (field("VmRSS:"), field("VmHWM:"))
}

/// Resets `VmHWM` to the current RSS (Linux 4.0+); false if refused.
fn reset_peak() -> bool {
    std::fs::write("/proc/self/clear_refs", "5").is_ok()
}

/// What the event watcher saw of one upload.
#[derive(Default)]
struct Seen {
    first_progress: Option<Instant>,
    /// The last progress at `sent == total`: the agency's answer to the
    /// last chunk (the piece-by-piece progress reaches `total` earlier).
    all_sent: Option<Instant>,
    delivered: Option<Instant>,
    failed: Option<String>,
    /// Times the item went back to the queue with an error.
    retries: u32,
    waiting_again: bool,
    /// The highest `sent` told so far.
    max_sent: u64,
    /// The first failure: the highest `sent` told before it, and the
    /// offset the agency had acknowledged (saved in the item).
    cut: Option<(Instant, u64, u64)>,
    /// The first progress after the first failure: where it resumed.
    resumed: Option<(Instant, u64)>,
}

async fn app(options: &Options) -> Result<Value, String> {
    let (backend, _secrets) = signed_in(options, &options.dir).await?;
    let size = std::fs::metadata(&options.file)
        .map_err(|e| e.to_string())?
        .len();
    let chunk_bytes = chunk_bytes(&options.agency).await?;
    // Nothing of the runs before is still being written out.
    flush_disks();
    let mut events = backend.subscribe();
    let seen = Arc::new(Mutex::new(Seen::default()));
    let item_id: Arc<Mutex<Option<String>>> = Arc::default();
    let (done_tx, done_rx) = tokio::sync::oneshot::channel::<()>();
    let watcher = {
        let (seen, item_id, progress) = (seen.clone(), item_id.clone(), options.progress);
        tokio::spawn(async move {
            let mut done = Some(done_tx);
            loop {
                let event = match events.recv().await {
                    Ok(event) => event,
                    Err(tokio::sync::broadcast::error::RecvError::Lagged(n)) => {
                        eprintln!("upload-bench: {n} events missed");
                        continue;
                    }
                    Err(_) => break,
                };
                let now = Instant::now();
                let Ok(mut s) = seen.lock() else { break };
                match event {
                    BackendEvent::UploadProgress(p) => {
                        if progress {
                            say(&format!("progress {} {} {chunk_bytes}", p.sent, p.total));
                        }
                        s.first_progress.get_or_insert(now);
                        if s.cut.is_some() && s.resumed.is_none() {
                            s.resumed = Some((now, p.sent));
                        }
                        s.max_sent = s.max_sent.max(p.sent);
                        if p.sent == p.total {
                            s.all_sent = Some(now);
                        }
                    }
                    BackendEvent::Outbox(items) => {
                        let id = item_id.lock().ok().and_then(|i| i.clone());
                        let Some(item) = items.iter().find(|i| Some(&i.id) == id.as_ref()) else {
                            continue;
                        };
                        match &item.state {
                            OutboxState::Delivered { .. } => {
                                s.delivered.get_or_insert(now);
                            }
                            OutboxState::Failed { error } => {
                                s.failed = Some(error.message.clone());
                            }
                            OutboxState::Queued { error: Some(_), .. } => {
                                if !s.waiting_again {
                                    s.retries += 1;
                                }
                                if s.cut.is_none() {
                                    let acked = item.upload.as_ref().map_or(0, |u| u.sent);
                                    s.cut = Some((now, s.max_sent, acked));
                                }
                            }
                            _ => {}
                        }
                        s.waiting_again =
                            matches!(item.state, OutboxState::Queued { error: Some(_), .. });
                        if (s.delivered.is_some() || s.failed.is_some())
                            && let Some(done) = done.take()
                        {
                            let _ = done.send(());
                        }
                    }
                    _ => {}
                }
            }
        })
    };

    // The peak from here on (sign-in and sync are not the upload's).
    let reset = reset_peak();
    let (rss_before, _) = memory();
    let started = Instant::now();
    // The item's id is known only once it is saved; the watcher matches it
    // when the outbox changes, which it does again after every send.
    let item = backend
        .add_document(CASE, &options.file, DocumentType::Other, None)
        .await
        .map_err(|e| format!("add_document: {}", e.message))?;
    let prepared = started.elapsed();
    let (_, hwm_prepare) = memory();
    let reset = reset && reset_peak();
    if let Ok(mut id) = item_id.lock() {
        *id = Some(item.id.clone());
    }
    // Delivered before the id was set: ask the outbox itself.
    let deadline = Duration::from_secs(3600);
    let wait = async {
        tokio::select! {
            _ = done_rx => {}
            () = async {
                loop {
                    tokio::time::sleep(Duration::from_millis(500)).await;
                    let delivered = backend.outbox().await.ok().and_then(|items| {
                        items.into_iter().find(|i| i.id == item.id)
                    });
                    if let Some(i) = delivered
                        && matches!(i.state, OutboxState::Delivered { .. } | OutboxState::Failed { .. })
                    {
                        // Let the watcher take the event first.
                        tokio::time::sleep(Duration::from_millis(100)).await;
                        break;
                    }
                }
            } => {}
        }
    };
    tokio::time::timeout(deadline, wait)
        .await
        .map_err(|_| "not delivered within an hour".to_owned())?;
    let (rss_after, hwm_upload) = memory();
    watcher.abort();
    let outbox = backend.outbox().await.map_err(|e| e.message)?;
    let item = outbox
        .iter()
        .find(|i| i.id == item.id)
        .ok_or("the item is gone")?;
    let s = seen.lock().map_err(|e| e.to_string())?;
    if let Some(error) = &s.failed {
        return Err(format!("the upload failed: {error}"));
    }
    if !matches!(item.state, OutboxState::Delivered { .. }) {
        return Err(format!("not delivered: {:?}", item.state));
    }
    let first = s.first_progress.ok_or("no progress was told")?;
    let all_sent = s.all_sent.ok_or("no progress reached the total")?;
    let delivered = s.delivered.unwrap_or_else(Instant::now);
    let transfer = all_sent.duration_since(first).as_secs_f64();
    // After a cut: what was told as sent beyond where it resumed (progress
    // is told at most five times a second, so this is a floor), and the most
    // it can have sent again (the agency had everything up to `acked`; the
    // rest of the chunk in flight is all that can have gone twice).
    let cut = match (s.cut, s.resumed) {
        (Some((cut_at, seen, acked)), Some((resumed_at, offset))) => json!({
            "sent_seen_before": seen,
            "acked_before": acked,
            "resumed_at": offset,
            "resent_seen": seen.saturating_sub(offset),
            "resent_at_most": (acked + chunk_bytes).min(size).saturating_sub(offset),
            "outage_s": resumed_at.duration_since(cut_at).as_secs_f64(),
        }),
        _ => Value::Null,
    };
    // Without a reset, the peak may be sign-in's: an overestimate.
    let hwm = hwm_prepare.max(hwm_upload);
    Ok(json!({
        "mode": if options.cut { "cut" } else { "app" },
        "bytes": size,
        "prepare_s": prepared.as_secs_f64(),
        "transfer_s": transfer,
        "to_delivered_s": delivered.duration_since(first).as_secs_f64(),
        "mb_per_s": size as f64 / 1e6 / transfer,
        "rss_before_kib": rss_before,
        "rss_after_kib": rss_after,
        "peak_prepare_kib": hwm_prepare,
        "peak_upload_kib": hwm_upload,
        "peak_reset": reset,
        "rss_growth_mib": hwm.saturating_sub(rss_before) as f64 / 1024.0,
        "upload_growth_mib": hwm_upload.saturating_sub(rss_before) as f64 / 1024.0,
        "attempts": item.attempts,
        "retries": s.retries,
        "chunk_bytes": chunk_bytes,
        "cut": cut,
    }))
}

async fn curl(options: &Options) -> Result<Value, String> {
    let work = &options.dir;
    let (backend, secrets) = signed_in(options, &work.join("app")).await?;
    let agency = backend::parse_agency_url(&options.agency).map_err(|e| e.to_string())?;
    let client = AgencyClient::new(agency.clone()).map_err(|e| e.to_string())?;
    let chunk_bytes = chunk_bytes(&options.agency).await?;
    // An access token of our own: the backend keeps its own in memory.
    let refresh = secrets
        .refresh
        .lock()
        .map_err(|e| e.to_string())?
        .clone()
        .ok_or("no refresh token was saved")?;
    let token = client
        .refresh(&refresh)
        .await
        .map_err(|e| format!("refresh: {e}"))?
        .access_token;
    drop(backend);

    // The chunks, each with its checksum: not timed.
    let mut file = std::fs::File::open(&options.file).map_err(|e| e.to_string())?;
    let size = file.metadata().map_err(|e| e.to_string())?.len();
    let chunks_dir = work.join("chunks");
    std::fs::create_dir_all(&chunks_dir).map_err(|e| e.to_string())?;
    let mut whole = Sha256::new();
    let mut chunks = Vec::new();
    let mut buffer = vec![0_u8; usize::try_from(chunk_bytes).map_err(|e| e.to_string())?];
    let mut offset = 0_u64;
    while offset < size {
        let n = usize::try_from((size - offset).min(chunk_bytes)).map_err(|e| e.to_string())?;
        file.read_exact(&mut buffer[..n])
            .map_err(|e| e.to_string())?;
        whole.update(&buffer[..n]);
        let path = chunks_dir.join(format!("chunk-{:05}", chunks.len()));
        std::fs::write(&path, &buffer[..n]).map_err(|e| e.to_string())?;
        chunks.push((path, offset, BASE64.encode(Sha256::digest(&buffer[..n]))));
        offset += n as u64;
    }
    let sha256: String = whole
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();

    // The upload, created as the app creates it: not timed.
    let http = reqwest::Client::new();
    let file_name = options
        .file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let metadata = [
        (tus::META_FILENAME, file_name.as_str()),
        (tus::META_CONTENT_TYPE, "application/pdf"),
        (tus::META_SHA256, sha256.as_str()),
    ]
    .iter()
    .map(|(key, value)| format!("{key} {}", BASE64.encode(value)))
    .collect::<Vec<_>>()
    .join(",");
    let mut key = [0_u8; 16];
    getrandom::fill(&mut key).map_err(|e| e.to_string())?;
    let key: String = key.iter().map(|b| format!("{b:02x}")).collect();
    let created = http
        .post(
            agency
                .join(paths::UPLOADS.trim_start_matches('/'))
                .map_err(|e| e.to_string())?,
        )
        .bearer_auth(&token)
        .header(tus::TUS_RESUMABLE, tus::VERSION)
        .header("Idempotency-Key", key)
        .header(tus::UPLOAD_LENGTH, size)
        .header(tus::UPLOAD_METADATA, metadata)
        .send()
        .await
        .map_err(|e| e.to_string())?;
    if created.status() != reqwest::StatusCode::CREATED {
        return Err(format!("creating the upload: {}", created.status()));
    }
    let location = created
        .headers()
        .get(reqwest::header::LOCATION)
        .and_then(|v| v.to_str().ok())
        .ok_or("no Location")?;
    let url = agency.join(location).map_err(|e| e.to_string())?;

    // One curl process, one PATCH per chunk (`-T`), one connection.
    let config = work.join("curl.config");
    let mut text = String::from("silent\nshow-error\n");
    for (n, (path, offset, checksum)) in chunks.iter().enumerate() {
        if n > 0 {
            text.push_str("next\n");
        }
        text.push_str(&format!(
            "url = \"{url}\"\nrequest = \"PATCH\"\nupload-file = \"{}\"\noutput = \"/dev/null\"\n\
             write-out = \"%{{http_code}}\\n\"\n\
             header = \"{}: {}\"\nheader = \"Authorization: Bearer {token}\"\n\
             header = \"{}: {offset}\"\nheader = \"{}: {} {checksum}\"\n\
             header = \"Content-Type: {}\"\nheader = \"Expect:\"\n",
            path.display(),
            tus::TUS_RESUMABLE,
            tus::VERSION,
            tus::UPLOAD_OFFSET,
            tus::UPLOAD_CHECKSUM,
            tus::CHECKSUM_ALGORITHM,
            tus::OFFSET_OCTET_STREAM,
        ));
    }
    std::fs::write(&config, text).map_err(|e| e.to_string())?;
    // The chunks are on disk, not still being written out while timed.
    flush_disks();
    let started = Instant::now();
    let output = tokio::process::Command::new("curl")
        .arg("--config")
        .arg(&config)
        .output()
        .await
        .map_err(|e| format!("curl: {e}"))?;
    let transfer = started.elapsed().as_secs_f64();
    let _ = std::fs::remove_file(&config);
    let _ = std::fs::remove_dir_all(&chunks_dir);
    let codes = String::from_utf8_lossy(&output.stdout);
    if !output.status.success() || codes.lines().any(|c| c != "204") {
        return Err(format!(
            "curl: {} {codes:?} {}",
            output.status,
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    // The agency has it all.
    let head = http
        .head(url)
        .bearer_auth(&token)
        .header(tus::TUS_RESUMABLE, tus::VERSION)
        .send()
        .await
        .map_err(|e| e.to_string())?;
    let at = head
        .headers()
        .get(tus::UPLOAD_OFFSET)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if at != Some(size) {
        return Err(format!("the agency has {at:?} of {size} bytes"));
    }
    Ok(json!({
        "mode": "curl",
        "bytes": size,
        "chunks": chunks.len(),
        "chunk_bytes": chunk_bytes,
        "transfer_s": transfer,
        "mb_per_s": size as f64 / 1e6 / transfer,
    }))
}

/// The medians over runs of the `result` lines in `files`, as Markdown.
/// The app's throughput is compared with the curl run of the same rank
/// (the script runs them in pairs).
fn summary(files: &[String]) -> Result<(), String> {
    let mut by_mode: HashMap<String, Vec<Value>> = HashMap::new();
    for file in files {
        let text = std::fs::read_to_string(file).map_err(|e| format!("{file}: {e}"))?;
        // What the agency had on disk when it was killed (the script's).
        let had = text
            .lines()
            .find_map(|l| l.strip_prefix("agency_had "))
            .and_then(|n| n.trim().parse::<u64>().ok());
        for line in text.lines() {
            if let Some(json) = line.strip_prefix("result ") {
                let mut value: Value = serde_json::from_str(json).map_err(|e| e.to_string())?;
                if let (Some(had), Some(resumed)) = (had, value["cut"]["resumed_at"].as_u64()) {
                    value["cut"]["agency_had"] = json!(had);
                    value["cut"]["received_twice"] = json!(had.saturating_sub(resumed));
                }
                let mode = value["mode"].as_str().unwrap_or_default().to_owned();
                by_mode.entry(mode).or_default().push(value);
            }
        }
    }
    let values = |mode: &str, get: &dyn Fn(&Value) -> Option<f64>| -> Vec<f64> {
        let mut all: Vec<f64> = by_mode
            .get(mode)
            .into_iter()
            .flatten()
            .filter_map(get)
            .collect();
        all.sort_by(f64::total_cmp);
        all
    };
    let field = |name: &'static str| move |v: &Value| v[name].as_f64();
    let runs = |mode: &str| by_mode.get(mode).map_or(0, Vec::len);
    // Median and the worst (`high`: the largest is the worst).
    let row = |label: &str, all: &[f64], high: bool, unit: &str, digits: usize, goal: &str| {
        let show = |v: Option<f64>| v.map_or("–".to_owned(), |v| format!("{v:.digits$}{unit}"));
        let median = match all.len() {
            0 => None,
            n if n % 2 == 1 => Some(all[n / 2]),
            n => Some(f64::midpoint(all[n / 2 - 1], all[n / 2])),
        };
        let worst = if high { all.last() } else { all.first() };
        let each = all
            .iter()
            .map(|v| format!("{v:.digits$}"))
            .collect::<Vec<_>>()
            .join(", ");
        say(&format!(
            "| {label} | {} | {} | {each} | {goal} |",
            show(median),
            show(worst.copied())
        ));
    };
    say(&format!(
        "runs: curl {}, app {}, app with a cut {}\n",
        runs("curl"),
        runs("app"),
        runs("cut")
    ));
    say("| | median | worst | each run | goal |\n| --- | ---: | ---: | --- | --- |");
    let mb = field("mb_per_s");
    row(
        "`curl -T`, 4 MiB PATCHes (baseline)",
        &values("curl", &mb),
        false,
        " MB/s",
        1,
        "",
    );
    row(
        "the app's upload",
        &values("app", &mb),
        false,
        " MB/s",
        1,
        "",
    );
    // Each run's app against its own curl.
    let mut ratios: Vec<f64> = by_mode
        .get("app")
        .into_iter()
        .flatten()
        .zip(by_mode.get("curl").into_iter().flatten())
        .filter_map(|(a, c)| Some(a["mb_per_s"].as_f64()? / c["mb_per_s"].as_f64()? * 100.0))
        .collect();
    ratios.sort_by(f64::total_cmp);
    row(
        "throughput, app / curl of the same run",
        &ratios,
        false,
        " %",
        0,
        "≥ 50 %",
    );
    row(
        "the app, first progress to delivered (attach included)",
        &values("app", &field("to_delivered_s")),
        true,
        " s",
        2,
        "",
    );
    row(
        "`add_document` (copy, check, SHA-256), before the upload",
        &values("app", &field("prepare_s")),
        true,
        " s",
        2,
        "",
    );
    let mib = |name: &'static str| move |v: &Value| v[name].as_f64();
    row(
        "peak RSS growth: add_document and upload",
        &values("app", &mib("rss_growth_mib")),
        true,
        " MiB",
        1,
        "< 32 MB",
    );
    row(
        "peak RSS growth: the upload alone",
        &values("app", &mib("upload_growth_mib")),
        true,
        " MiB",
        1,
        "",
    );
    row(
        "peak RSS growth: with a cut",
        &values("cut", &mib("rss_growth_mib")),
        true,
        " MiB",
        1,
        "< 32 MB",
    );
    let cut = |name: &'static str| move |v: &Value| v["cut"][name].as_f64();
    let cut_at = values("cut", &|v: &Value| {
        Some(v["cut"]["resumed_at"].as_f64()? / v["bytes"].as_f64()? * 100.0)
    });
    row(
        "the cut: where the upload resumed (the agency's offset)",
        &cut_at,
        true,
        " %",
        1,
        "",
    );
    let in_mib = |all: Vec<f64>| all.into_iter().map(|b| b / MIB).collect::<Vec<_>>();
    row(
        "sent again after the cut, at least: what the agency had written past its offset",
        &in_mib(values("cut", &cut("received_twice"))),
        true,
        " MiB",
        2,
        "",
    );
    row(
        "sent again after the cut: at most (acknowledged + 1 chunk − resumed at)",
        &in_mib(values("cut", &cut("resent_at_most"))),
        true,
        " MiB",
        2,
        "≤ 1 chunk (4 MiB)",
    );
    row(
        "the cut: agency down and up again until the upload resumed",
        &values("cut", &cut("outage_s")),
        true,
        " s",
        2,
        "",
    );
    Ok(())
}

/// Writes a valid one-page PDF of about `size` bytes (a page whose content
/// stream is padded with a comment), as a big scan would be.
fn big_pdf(path: &Path, size: usize) -> std::io::Result<()> {
    struct Out {
        file: std::io::BufWriter<std::fs::File>,
        at: usize,
    }
    impl Out {
        /// Writes `bytes`; answers where they started.
        fn put(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            let start = self.at;
            self.file.write_all(bytes)?;
            self.at += bytes.len();
            Ok(start)
        }
    }
    let mut out = Out {
        file: std::io::BufWriter::new(std::fs::File::create(path)?),
        at: 0,
    };
    let mut offsets = Vec::new();
    out.put(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")?;
    let text = b"BT /F1 18 Tf 72 720 Td (Pay stub) Tj ET\n";
    let padding = size.saturating_sub(600).max(1);
    for (n, object) in [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R \
         /Resources << /Font << /F1 5 0 R >> >> >>",
    ]
    .iter()
    .enumerate()
    {
        offsets.push(out.put(format!("{} 0 obj\n{object}\nendobj\n", n + 1).as_bytes())?);
    }
    let length = text.len() + padding + 1;
    offsets.push(out.put(format!("4 0 obj\n<< /Length {length} >>\nstream\n").as_bytes())?);
    out.put(text)?;
    let line = [b'%'; 1 << 16];
    let mut left = padding;
    while left > 0 {
        let n = left.min(line.len());
        out.put(&line[..n])?;
        left -= n;
    }
    out.put(b"\n\nendstream\nendobj\n")?;
    offsets.push(
        out.put(b"5 0 obj\n<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>\nendobj\n")?,
    );
    let xref = out.at;
    let mut table = format!("xref\n0 {}\n0000000000 65535 f \n", offsets.len() + 1);
    for o in &offsets {
        table.push_str(&format!("{o:010} 00000 n \n"));
    }
    table.push_str(&format!(
        "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
        offsets.len() + 1
    ));
    out.put(table.as_bytes())?;
    out.file.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_password_is_the_demo_seeds() {
        assert_eq!(DEFAULT_PASSWORD, agency_server::demo::DEMO_PASSWORD);
    }

    #[test]
    fn the_big_pdf_is_taken_as_a_pdf_of_its_size() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("scan.pdf");
        big_pdf(&path, 300_000).unwrap();
        let size = std::fs::metadata(&path).unwrap().len();
        assert!(size.abs_diff(300_000) < 16, "{size}");
        let prepared = documents::prepare(&path, dir.path(), 1 << 20).unwrap();
        assert_eq!(prepared.kind.content_type(), "application/pdf");
        assert_eq!(prepared.size, size);
    }
}
