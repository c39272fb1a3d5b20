//! A real agency server for tests: the binary, on a real SQLite file, spoken
//! to over real HTTP, and a client that signs in the way the app does.
//!
//! With `AGENCY_TEST_POSTGRES=postgres://USER@HOST:PORT` set, each server
//! gets a fresh PostgreSQL database there instead, created and dropped here.
#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};

pub const CLIENT_ID: &str = agency_api::APP_CLIENT_ID;
pub const PASSWORD: &str = agency_server::demo::DEMO_PASSWORD;
pub const DEMO_PARTICIPANTS: [&str; 4] = ["P-1001", "P-1002", "P-1003", "P-1004"];

pub struct Server {
    child: Child,
    pub base: String,
    pub db_url: String,
    pub log: PathBuf,
    /// Where the server keeps uploaded files.
    pub uploads: PathBuf,
    _dir: tempfile::TempDir,
}

impl Server {
    /// A server with the demo data, logging at debug level to a file.
    pub fn demo() -> Self {
        Self::start(true)
    }

    /// A server on a fresh database, with or without the demo data.
    pub fn start(demo: bool) -> Self {
        Self::start_with(demo, &[])
    }

    /// [`Server::start`] with more command-line options.
    pub fn start_with(demo: bool, args: &[&str]) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let db_url = match std::env::var("AGENCY_TEST_POSTGRES") {
            Ok(base) => postgres_database(&base),
            Err(_) => format!("sqlite://{}", dir.path().join("agency.db").display()),
        };
        let log = dir.path().join("server.log");
        let uploads = dir.path().join("uploads");
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_agency-server"));
        cmd.args(["--listen", "127.0.0.1:0", "--database", &db_url])
            .arg("--uploads")
            .arg(&uploads)
            .args(args)
            .env("RUST_LOG", "debug")
            .stdout(Stdio::piped())
            .stderr(std::fs::File::create(&log).unwrap());
        if demo {
            cmd.arg("--demo");
        }
        let mut child = cmd.spawn().expect("agency-server starts");
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let base = line
            .trim()
            .strip_prefix("listening on ")
            .unwrap_or_else(|| panic!("unexpected first line: {line:?}"))
            .to_owned();
        Self {
            child,
            base,
            db_url,
            log,
            uploads,
            _dir: dir,
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// Runs an operator command against this server's database.
    pub fn operator(&self, args: &[&str]) -> std::process::Output {
        Command::new(env!("CARGO_BIN_EXE_agency-server"))
            .args(args)
            .args(["--database", &self.db_url])
            .output()
            .unwrap()
    }

    /// Runs `f` on this server's database, as an operator command would, on
    /// a runtime of its own (the tests' HTTP client is blocking).
    pub fn with_db<T>(&self, f: impl AsyncFnOnce(&agency_server::db::Db) -> T) -> T {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap()
            .block_on(async {
                let db = agency_server::db::Db::open(&self.db_url).await.unwrap();
                let out = f(&db).await;
                db.pool().close().await;
                out
            })
    }

    /// How many rows `table` holds.
    pub fn count(&self, table: &str) -> i64 {
        let sql = format!("SELECT COUNT(*) FROM {table}");
        self.with_db(async |db| {
            let (n,): (i64,) = sqlx::query_as(&sql).fetch_one(db.pool()).await.unwrap();
            n
        })
    }

    pub fn get(&self, path: &str, token: &str) -> reqwest::blocking::Response {
        client()
            .get(self.url(path))
            .bearer_auth(token)
            .send()
            .unwrap()
    }

    /// The authorization URL the app opens in the browser.
    pub fn authorize_url(&self, redirect_uri: &str, challenge: &str, state: &str) -> String {
        url::Url::parse_with_params(
            &self.url(agency_api::paths::OAUTH_AUTHORIZE),
            [
                ("response_type", "code"),
                ("client_id", CLIENT_ID),
                ("redirect_uri", redirect_uri),
                ("code_challenge", challenge),
                ("code_challenge_method", "S256"),
                ("state", state),
            ],
        )
        .unwrap()
        .to_string()
    }

    /// Fills in and posts the sign-in form found at `authorize_url`.
    pub fn submit_sign_in(
        &self,
        authorize_url: &str,
        username: &str,
        password: &str,
    ) -> reqwest::blocking::Response {
        let page = client().get(authorize_url).send().unwrap();
        assert_eq!(page.status(), 200, "the sign-in page shows");
        let html = page.text().unwrap();
        let mut fields = hidden_fields(&html);
        fields.push(("username".to_owned(), username.to_owned()));
        fields.push(("password".to_owned(), password.to_owned()));
        client()
            .post(self.url(agency_api::paths::OAUTH_AUTHORIZE))
            .form(&fields)
            .send()
            .unwrap()
    }

    /// Signs in as the app does and returns the tokens.
    pub fn sign_in(&self, username: &str) -> agency_api::TokenResponse {
        let verifier = new_verifier();
        let redirect = "http://127.0.0.1:49152/callback";
        let url = self.authorize_url(redirect, &challenge(&verifier), "s");
        let response = self.submit_sign_in(&url, username, PASSWORD);
        assert_eq!(response.status(), 303, "{username} signs in");
        let code = query_param(location(&response).as_str(), "code").expect("a code");
        let tokens = self.exchange(&code, redirect, &verifier);
        assert_eq!(tokens.status(), 200);
        tokens.json().unwrap()
    }

    pub fn exchange(
        &self,
        code: &str,
        redirect_uri: &str,
        verifier: &str,
    ) -> reqwest::blocking::Response {
        self.token(&[
            ("grant_type", "authorization_code"),
            ("code", code),
            ("redirect_uri", redirect_uri),
            ("client_id", CLIENT_ID),
            ("code_verifier", verifier),
        ])
    }

    pub fn refresh(&self, refresh_token: &str) -> reqwest::blocking::Response {
        self.token(&[
            ("grant_type", "refresh_token"),
            ("refresh_token", refresh_token),
            ("client_id", CLIENT_ID),
        ])
    }

    pub fn token(&self, form: &[(&str, &str)]) -> reqwest::blocking::Response {
        client()
            .post(self.url(agency_api::paths::OAUTH_TOKEN))
            .form(form)
            .send()
            .unwrap()
    }

    pub fn logs(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        if let Some((base, name)) = self.db_url.rsplit_once('/')
            && base.starts_with("postgres")
        {
            postgres_admin(
                base,
                &format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"),
            );
        }
    }
}

/// A new, empty database on the PostgreSQL server at `base`.
fn postgres_database(base: &str) -> String {
    static N: AtomicU32 = AtomicU32::new(0);
    let name = format!(
        "agency_test_{}_{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    );
    postgres_admin(base, &format!("CREATE DATABASE {name}"));
    format!("{base}/{name}")
}

fn postgres_admin(base: &str, statement: &str) {
    use sqlx::{Connection, Executor};
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(async {
            let mut conn = sqlx::PgConnection::connect(&format!("{base}/postgres"))
                .await
                .expect("the test PostgreSQL server answers");
            conn.execute(statement).await.unwrap();
        });
}

/// A client that does not follow redirects: the tests look at each one.
pub fn client() -> reqwest::blocking::Client {
    reqwest::blocking::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

/// A fresh PKCE verifier (RFC 7636 §4.1: 43 to 128 unreserved characters).
pub fn new_verifier() -> String {
    static N: AtomicU32 = AtomicU32::new(0);
    format!(
        "test-verifier-{}-{}-abcdefghijklmnopqrstuvwxyz0123456789",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    )
}

pub fn challenge(verifier: &str) -> String {
    agency_server::auth::pkce::challenge_of(verifier)
}

pub fn location(response: &reqwest::blocking::Response) -> String {
    response
        .headers()
        .get("location")
        .expect("a Location header")
        .to_str()
        .unwrap()
        .to_owned()
}

pub fn query_param(url: &str, name: &str) -> Option<String> {
    url::Url::parse(url)
        .unwrap()
        .query_pairs()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.into_owned())
}

/// The hidden inputs of the sign-in form, as a browser would send them.
pub fn hidden_fields(html: &str) -> Vec<(String, String)> {
    html.split("<input type=\"hidden\" ")
        .skip(1)
        .map(|rest| {
            let name = between(rest, "name=\"", "\"");
            let value = between(rest, "value=\"", "\"");
            (name, unescape(&value))
        })
        .collect()
}

fn between(s: &str, start: &str, end: &str) -> String {
    let from = s.find(start).unwrap() + start.len();
    let to = from + s[from..].find(end).unwrap();
    s[from..to].to_owned()
}

fn unescape(s: &str) -> String {
    s.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// Stands in for the app's loopback listener (RFC 8252 §7.3): answers one
/// request and hands back its request target.
pub fn loopback_listener() -> (String, std::thread::JoinHandle<String>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let handle = std::thread::spawn(move || {
        let (mut stream, _) = listener.accept().unwrap();
        let mut request = Vec::new();
        let mut buf = [0_u8; 1024];
        while !request.windows(4).any(|w| w == b"\r\n\r\n") {
            let n = stream.read(&mut buf).unwrap();
            if n == 0 {
                break;
            }
            request.extend_from_slice(&buf[..n]);
        }
        stream
            .write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok")
            .unwrap();
        let request = String::from_utf8(request).unwrap();
        let line = request.lines().next().unwrap_or("").to_owned();
        line.split(' ').nth(1).unwrap_or("").to_owned()
    });
    (format!("http://127.0.0.1:{port}/callback"), handle)
}

// --- Uploads (tus 1.0) and documents -------------------------------------

/// `Tus-Resumable`'s value.
pub const TUS: &str = "1.0.0";

/// SHA-256, lowercase hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Standard base64, padded, as tus writes it.
pub fn b64(bytes: impl AsRef<[u8]>) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// `Upload-Checksum` for a PATCH body.
pub fn checksum(bytes: &[u8]) -> String {
    use sha2::Digest;
    format!("sha256 {}", b64(sha2::Sha256::digest(bytes)))
}

/// `Upload-Metadata` for a file.
pub fn metadata(file_name: &str, content_type: &str, sha256: &str) -> String {
    format!(
        "filename {},content_type {},sha256 {}",
        b64(file_name),
        b64(content_type),
        b64(sha256)
    )
}

/// A PDF-looking file of `size` bytes, different for each `seed`.
pub fn pdf(size: usize, seed: u64) -> Vec<u8> {
    let mut bytes = b"%PDF-1.7\n".to_vec();
    let mut x = seed
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    while bytes.len() < size {
        x = x
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        bytes.push((x >> 33) as u8);
    }
    bytes.truncate(size);
    bytes
}

/// The ID at the end of an upload's `Location`.
pub fn upload_id(response: &reqwest::blocking::Response) -> String {
    let location = location(response);
    location
        .strip_prefix("/v1/uploads/")
        .unwrap_or_else(|| panic!("an upload's Location, not {location}"))
        .to_owned()
}

pub fn header(response: &reqwest::blocking::Response, name: &str) -> Option<String> {
    response
        .headers()
        .get(name)
        .map(|v| v.to_str().unwrap().to_owned())
}

impl Server {
    /// A tus request: bearer token and `Tus-Resumable`.
    pub fn tus(
        &self,
        method: reqwest::Method,
        path: &str,
        token: &str,
    ) -> reqwest::blocking::RequestBuilder {
        client()
            .request(method, self.url(path))
            .bearer_auth(token)
            .header("tus-resumable", TUS)
    }

    /// `POST /v1/uploads` for a file of `length` bytes.
    pub fn create_upload(
        &self,
        token: &str,
        length: u64,
        upload_metadata: &str,
    ) -> reqwest::blocking::Response {
        self.tus(reqwest::Method::POST, "/v1/uploads", token)
            .header("upload-length", length.to_string())
            .header("upload-metadata", upload_metadata)
            .send()
            .unwrap()
    }

    /// Creates an upload for `bytes` (declaring their own SHA-256) and
    /// returns its ID.
    pub fn new_upload(
        &self,
        token: &str,
        file_name: &str,
        content_type: &str,
        bytes: &[u8],
    ) -> String {
        let response = self.create_upload(
            token,
            bytes.len() as u64,
            &metadata(file_name, content_type, &sha256_hex(bytes)),
        );
        assert_eq!(response.status(), 201, "{:?}", response.text());
        upload_id(&response)
    }

    /// `PATCH /v1/uploads/{id}` with `bytes` at `offset`, with their
    /// checksum when `with_checksum`.
    pub fn patch_upload(
        &self,
        token: &str,
        id: &str,
        offset: u64,
        bytes: &[u8],
        with_checksum: bool,
    ) -> reqwest::blocking::Response {
        let mut request = self
            .tus(reqwest::Method::PATCH, &format!("/v1/uploads/{id}"), token)
            .header("content-type", "application/offset+octet-stream")
            .header("upload-offset", offset.to_string())
            .body(bytes.to_vec());
        if with_checksum {
            request = request.header("upload-checksum", checksum(bytes));
        }
        request.send().unwrap()
    }

    /// `HEAD /v1/uploads/{id}`.
    pub fn head_upload(&self, token: &str, id: &str) -> reqwest::blocking::Response {
        self.tus(reqwest::Method::HEAD, &format!("/v1/uploads/{id}"), token)
            .send()
            .unwrap()
    }

    /// The offset HEAD reports.
    pub fn upload_offset(&self, token: &str, id: &str) -> u64 {
        let head = self.head_upload(token, id);
        assert_eq!(head.status(), 200);
        header(&head, "upload-offset").unwrap().parse().unwrap()
    }

    /// Uploads `bytes` whole, in pieces of `chunk` bytes with checksums,
    /// and returns the upload's ID.
    pub fn upload(&self, token: &str, file_name: &str, content_type: &str, bytes: &[u8]) -> String {
        let id = self.new_upload(token, file_name, content_type, bytes);
        let mut offset = 0;
        for piece in bytes.chunks(1024 * 1024) {
            let response = self.patch_upload(token, &id, offset as u64, piece, true);
            assert_eq!(response.status(), 204);
            offset += piece.len();
        }
        id
    }

    /// `POST /v1/cases/{case}/documents`.
    pub fn attach(
        &self,
        token: &str,
        case: &str,
        body: &serde_json::Value,
        key: Option<&str>,
    ) -> reqwest::blocking::Response {
        let mut request = client()
            .post(self.url(&format!("/v1/cases/{case}/documents")))
            .bearer_auth(token)
            .json(body);
        if let Some(key) = key {
            request = request.header("idempotency-key", key);
        }
        request.send().unwrap()
    }

    /// The server's address, for raw TCP.
    pub fn addr(&self) -> String {
        self.base.strip_prefix("http://").unwrap().to_owned()
    }

    /// Sends `head` (a request's line and headers, without the blank line)
    /// and then `body` over a raw connection, then closes it without
    /// waiting for an answer when `hang_up`, or returns the answer's status
    /// line.
    pub fn raw(&self, head: &str, body: &[u8], hang_up: bool) -> Option<String> {
        let mut stream = std::net::TcpStream::connect(self.addr()).unwrap();
        stream
            .write_all(format!("{head}\r\nHost: {}\r\n\r\n", self.addr()).as_bytes())
            .unwrap();
        stream.write_all(body).unwrap();
        stream.flush().unwrap();
        if hang_up {
            drop(stream);
            return None;
        }
        stream
            .set_read_timeout(Some(std::time::Duration::from_secs(30)))
            .unwrap();
        let mut answer = Vec::new();
        let mut buf = [0_u8; 4096];
        while !answer.windows(2).any(|w| w == b"\r\n") {
            let n = stream.read(&mut buf).unwrap();
            if n == 0 {
                break;
            }
            answer.extend_from_slice(&buf[..n]);
        }
        let answer = String::from_utf8_lossy(&answer).into_owned();
        Some(answer.lines().next().unwrap_or("").to_owned())
    }
}
