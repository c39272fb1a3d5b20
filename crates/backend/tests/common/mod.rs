//! What the backend's tests share: a real reference agency on loopback, a
//! backend started on a data directory, and a sign-in as a parent does it.
#![allow(dead_code)]

use agency_server::{AppState, db::Db, demo};
use backend::{AppMode, Backend, BackendConfig, MemorySecrets, SecretStore};
use std::path::Path;
use std::sync::Arc;

/// Starts the reference server on a free port with a fresh demo database
/// in `dir`, and returns its base URL.
pub async fn start_agency(dir: &Path) -> String {
    start_agency_with(
        dir,
        agency_server::uploads::DEFAULT_MAX_UPLOAD_MB * 1024 * 1024,
    )
    .await
}

/// Like [`start_agency`], taking uploads of at most `max_upload_bytes`,
/// kept in `dir/uploads`.
pub async fn start_agency_with(dir: &Path, max_upload_bytes: u64) -> String {
    serve_agency(dir, max_upload_bytes, |router| router).await
}

/// Like [`start_agency`], with the agency's router wrapped by `wrap` (a
/// layer that sees every request and response, as a test needs).
pub async fn start_agency_wrapped(
    dir: &Path,
    wrap: impl FnOnce(axum::Router) -> axum::Router,
) -> String {
    serve_agency(
        dir,
        agency_server::uploads::DEFAULT_MAX_UPLOAD_MB * 1024 * 1024,
        wrap,
    )
    .await
}

async fn serve_agency(
    dir: &Path,
    max_upload_bytes: u64,
    wrap: impl FnOnce(axum::Router) -> axum::Router,
) -> String {
    let db = Db::open(&format!("sqlite://{}", dir.join("agency.db").display()))
        .await
        .unwrap();
    demo::seed(&db).await.unwrap();
    let uploads = agency_server::uploads::UploadConfig {
        dir: dir.join("uploads"),
        max_bytes: max_upload_bytes,
    };
    let router = wrap(agency_server::router(AppState::with_uploads(db, uploads)));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        axum::serve(listener, router).await.unwrap();
    });
    format!("http://{addr}/")
}

/// The database of the agency [`start_agency`] started in `dir`, as an
/// operator command would open it.
pub async fn agency_db(dir: &Path) -> Db {
    Db::open(&format!("sqlite://{}", dir.join("agency.db").display()))
        .await
        .unwrap()
}

/// Waits until outbox item `id` is delivered, and answers its receipt.
/// Makes the agency in `dir` name `area` of `case_id` for `participant` as
/// changed, as its own writes do, without changing anything in it: so
/// that the next sync fetches that area.
pub async fn name_as_changed(dir: &Path, case_id: &str, participant: &str, area: &str) {
    let db = agency_db(dir).await;
    let mut tx = db.pool().begin().await.unwrap();
    let (seq,): (i64,) = sqlx::query_as(
        "UPDATE counters SET value = value + 1 WHERE name = 'changes' RETURNING value",
    )
    .fetch_one(&mut *tx)
    .await
    .unwrap();
    sqlx::query(
        "INSERT INTO change_stamps (case_id, participant_id, area, seq) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (case_id, participant_id, area) DO UPDATE SET seq = excluded.seq",
    )
    .bind(case_id)
    .bind(participant)
    .bind(area)
    .bind(seq)
    .execute(&mut *tx)
    .await
    .unwrap();
    tx.commit().await.unwrap();
    db.pool().close().await;
}

pub async fn delivered(backend: &Backend, id: &str) -> String {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    loop {
        let items = backend.outbox().await.unwrap();
        let item = items
            .iter()
            .find(|i| i.id == id)
            .expect("the item is there");
        match &item.state {
            backend::OutboxState::Delivered { receipt, .. } => return receipt.clone(),
            backend::OutboxState::Failed { error } => panic!("refused: {error:?}"),
            _ => {}
        }
        assert!(
            std::time::Instant::now() < deadline,
            "not delivered in time: {item:?}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

/// A file of the fixtures in the repository's `tests/fixtures`.
pub fn fixture(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures")
        .join(name)
}

/// A started home backend with its store in `data`.
pub async fn backend(agency: &str, data: &Path, secrets: Arc<dyn SecretStore>) -> Backend {
    let config = BackendConfig::resolve(Some(agency), None, AppMode::Home)
        .unwrap()
        .with_data_dir(data);
    let backend = Backend::new(config, secrets).unwrap();
    backend.start().await;
    backend
}

/// Signs in as `user` through the agency's page (the scripted browser).
pub async fn sign_in(backend: &Backend, user: &'static str) {
    backend
        .sign_in(move |url| {
            tokio::spawn(async move {
                backend::testing::browser_sign_in(
                    url.as_str(),
                    user,
                    agency_server::demo::DEMO_PASSWORD,
                )
                .await
                .unwrap();
            });
            Ok(())
        })
        .await
        .unwrap();
}

/// A store that survives the "restart" needs its key to: secrets that
/// persist, in memory for the test.
pub struct Persistent(pub MemorySecrets);

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

/// Writes a valid one-page PDF of about `size` bytes (a page whose content
/// stream is padded with a comment), as a scanned document would be.
pub fn big_pdf(path: &Path, size: usize) {
    use std::io::Write;
    let mut file = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    let mut at = 0_usize;
    let mut offsets = Vec::new();
    let put = |file: &mut std::io::BufWriter<std::fs::File>, bytes: &[u8], at: &mut usize| {
        file.write_all(bytes).unwrap();
        *at += bytes.len();
    };
    put(&mut file, b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", &mut at);
    let text = b"BT /F1 18 Tf 72 720 Td (Pay stub) Tj ET\n";
    let padding = size.saturating_sub(600).max(1);
    for (n, object) in [
        "<< /Type /Catalog /Pages 2 0 R >>".to_owned(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_owned(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R \
         /Resources << /Font << /F1 5 0 R >> >> >>"
            .to_owned(),
    ]
    .iter()
    .enumerate()
    {
        offsets.push(at);
        put(
            &mut file,
            format!("{} 0 obj\n{object}\nendobj\n", n + 1).as_bytes(),
            &mut at,
        );
    }
    offsets.push(at);
    let length = text.len() + padding + 1;
    put(
        &mut file,
        format!("4 0 obj\n<< /Length {length} >>\nstream\n").as_bytes(),
        &mut at,
    );
    put(&mut file, text, &mut at);
    let line = [b'%'; 1 << 16];
    let mut left = padding;
    while left > 0 {
        let n = left.min(line.len());
        put(&mut file, &line[..n], &mut at);
        left -= n;
    }
    put(&mut file, b"\n\nendstream\nendobj\n", &mut at);
    offsets.push(at);
    put(
        &mut file,
        b"5 0 obj\n<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>\nendobj\n",
        &mut at,
    );
    let xref = at;
    let mut table = format!("xref\n0 {}\n0000000000 65535 f \n", offsets.len() + 1);
    for o in &offsets {
        table.push_str(&format!("{o:010} 00000 n \n"));
    }
    table.push_str(&format!(
        "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
        offsets.len() + 1
    ));
    put(&mut file, table.as_bytes(), &mut at);
    file.flush().unwrap();
}

/// The next upload progress of `item` the backend tells, within 30 s.
pub async fn next_progress(
    events: &mut tokio::sync::broadcast::Receiver<backend::BackendEvent>,
    item: &str,
) -> backend::UploadProgress {
    tokio::time::timeout(std::time::Duration::from_secs(30), async {
        loop {
            match events.recv().await {
                Ok(backend::BackendEvent::UploadProgress(p)) if p.item_id == item => return p,
                Ok(_) | Err(tokio::sync::broadcast::error::RecvError::Lagged(_)) => {}
                Err(e) => panic!("{e}"),
            }
        }
    })
    .await
    .expect("progress in time")
}

/// The agency-server binary beside the test's, built if missing.
pub fn server_binary() -> std::path::PathBuf {
    let exe = std::env::current_exe().unwrap();
    let dir = exe.parent().unwrap().parent().unwrap();
    let binary = dir.join("agency-server");
    if !binary.exists() {
        let status = std::process::Command::new(env!("CARGO"))
            .args(["build", "-p", "agency-server"])
            .status()
            .unwrap();
        assert!(status.success(), "agency-server builds");
    }
    binary
}

/// The reference agency as a process of its own, on a demo SQLite database
/// in `dir`, so that a test can kill it (SIGKILL) and start it again on the
/// same port, database and uploads.
pub struct AgencyProcess {
    pub child: std::process::Child,
    pub port: u16,
    pub db_url: String,
}

impl AgencyProcess {
    /// Port 0 picks a free one. `extra` are more arguments.
    pub fn start(dir: &Path, port: u16, extra: &[&str]) -> Self {
        use std::io::BufRead;
        let db_url = format!("sqlite://{}", dir.join("agency.db").display());
        let mut child = std::process::Command::new(server_binary())
            .args([
                "--listen",
                &format!("127.0.0.1:{port}"),
                "--database",
                &db_url,
                "--demo",
            ])
            .args(extra)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        let mut line = String::new();
        std::io::BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let port = line
            .trim()
            .rsplit(':')
            .next()
            .and_then(|p| p.trim_end_matches('/').parse().ok())
            .unwrap_or_else(|| panic!("unexpected first line: {line:?}"));
        Self {
            child,
            port,
            db_url,
        }
    }

    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}/", self.port)
    }

    /// SIGKILL, and waits for it to be gone.
    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for AgencyProcess {
    fn drop(&mut self) {
        self.kill();
    }
}

/// Whether a request (its method and path) is one a [`Gate`] holds.
type Matches = Box<dyn Fn(&str, &str) -> bool + Send + Sync>;

/// Holds back the agency's answer to the first request that matches, once
/// armed, until released: a call caught after the agency did its part and
/// before the app hears of it.
pub struct Gate {
    matches: Matches,
    armed: std::sync::atomic::AtomicBool,
    held: tokio::sync::Notify,
    release: tokio::sync::Notify,
}

impl Gate {
    /// A gate for requests whose method and path satisfy `matches`.
    pub fn new(matches: impl Fn(&str, &str) -> bool + Send + Sync + 'static) -> Arc<Self> {
        Arc::new(Self {
            matches: Box::new(matches),
            armed: std::sync::atomic::AtomicBool::new(false),
            held: tokio::sync::Notify::new(),
            release: tokio::sync::Notify::new(),
        })
    }

    /// The next matching request is held.
    pub fn arm(&self) {
        self.armed.store(true, std::sync::atomic::Ordering::SeqCst);
    }

    /// Returns once a request is held; fails the test if none comes.
    pub async fn held(&self) {
        tokio::time::timeout(std::time::Duration::from_secs(30), self.held.notified())
            .await
            .expect("a request the gate holds within 30 s");
    }

    /// Lets the held answer go.
    pub fn release(&self) {
        self.release.notify_one();
    }

    /// `router`, with this gate in front of it.
    pub fn wrap(self: &Arc<Self>, router: axum::Router) -> axum::Router {
        let gate = self.clone();
        router.layer(axum::middleware::from_fn(
            move |request: axum::extract::Request, next: axum::middleware::Next| {
                let gate = gate.clone();
                async move {
                    let hold = (gate.matches)(request.method().as_str(), request.uri().path())
                        && gate.armed.swap(false, std::sync::atomic::Ordering::SeqCst);
                    // Answered by the agency now, heard by the app later.
                    let response = next.run(request).await;
                    if hold {
                        gate.held.notify_one();
                        gate.release.notified().await;
                    }
                    response
                }
            },
        ))
    }
}
