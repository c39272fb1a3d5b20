//! The reference server as a user runs it: the real binary, over real HTTP,
//! on a real SQLite file.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};

struct Server {
    child: Child,
    base: String,
}

impl Server {
    fn start(db: &Path, demo: bool) -> Self {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_agency-server"));
        cmd.args(["--listen", "127.0.0.1:0", "--database"])
            .arg(format!("sqlite://{}", db.display()))
            .stdout(Stdio::piped())
            .stderr(Stdio::null());
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
        Self { child, base }
    }

    fn get(&self, path: &str) -> reqwest::blocking::Response {
        reqwest::blocking::get(format!("{}{path}", self.base)).unwrap()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn a_demo_server_answers_health_agency_and_its_openapi_document() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(&dir.path().join("agency.db"), true);

    let health: serde_json::Value = server.get("/health").json().unwrap();
    assert_eq!(health["status"], "ok");

    let agency: agency_api::Agency = server.get("/v1/agency").json().unwrap();
    assert_eq!(agency.name, "Demo County Child Support Services");
    assert_eq!(agency.jurisdiction, "US-WI");
    assert_eq!(agency.offices.len(), 1);
    assert_eq!(
        agency.offices[0].address,
        ["210 Lake Street, Room 104", "Lakeview, WI 53700"]
    );

    let served = server.get("/openapi.json").text().unwrap();
    assert_eq!(served, agency_server::openapi::document());
}

#[test]
fn an_unknown_path_is_a_problem_json_404() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(&dir.path().join("agency.db"), false);

    let response = server.get("/v1/nothing-here");
    assert_eq!(response.status(), 404);
    assert_eq!(
        response.headers()["content-type"],
        "application/problem+json"
    );
    let problem: agency_api::Problem = response.json().unwrap();
    assert_eq!(problem.kind, "/problems/not-found");
}

#[test]
fn without_demo_data_the_agency_has_a_plain_name_and_no_offices() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(&dir.path().join("agency.db"), false);
    let agency: agency_api::Agency = server.get("/v1/agency").json().unwrap();
    assert_eq!(agency.name, "Child Support Agency");
    assert!(agency.offices.is_empty());
}

#[tokio::test]
async fn seeding_the_demo_twice_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("agency.db").display());
    let db = agency_server::db::Db::open(&url).await.unwrap();
    let first = agency_server::demo::seed(&db).await.unwrap();
    let count = |db: agency_server::db::Db| async move {
        let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM payments")
            .fetch_one(db.pool())
            .await
            .unwrap();
        n
    };
    let after_first = count(db.clone()).await;
    assert!(
        matches!(first, agency_server::demo::SeedOutcome::Seeded { payments } if payments as i64 == after_first)
    );

    let second = agency_server::demo::seed(&db).await.unwrap();
    assert_eq!(second, agency_server::demo::SeedOutcome::AlreadyPresent);
    assert_eq!(count(db).await, after_first);
}

#[test]
fn a_bad_database_url_stops_the_server_with_a_clear_message() {
    let output = Command::new(env!("CARGO_BIN_EXE_agency-server"))
        .args(["--listen", "127.0.0.1:0", "--database", "mysql://nope"])
        .output()
        .unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("must start with sqlite:// or postgres://"),
        "{stderr}"
    );
}
