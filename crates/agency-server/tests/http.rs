//! The reference server as a user runs it: the real binary, over real HTTP,
//! on a real SQLite file.

mod common;

use common::Server;
use std::process::Command;

fn get(server: &Server, path: &str) -> reqwest::blocking::Response {
    reqwest::blocking::get(server.url(path)).unwrap()
}

#[test]
fn a_demo_server_answers_health_agency_and_its_openapi_document() {
    let server = Server::start(true);

    let health: serde_json::Value = get(&server, "/health").json().unwrap();
    assert_eq!(health["status"], "ok");

    let agency: agency_api::Agency = get(&server, "/v1/agency").json().unwrap();
    assert_eq!(agency.name, "Demo County Child Support Services");
    assert_eq!(agency.jurisdiction, "US-WI");
    assert_eq!(agency.offices.len(), 1);
    assert_eq!(
        agency.offices[0].address,
        ["210 Lake Street, Room 104", "Lakeview, WI 53700"]
    );

    let served = get(&server, "/openapi.json").text().unwrap();
    assert_eq!(served, agency_server::openapi::document());
}

#[test]
fn an_unknown_path_is_a_problem_json_404() {
    let server = Server::start(false);

    let response = get(&server, "/v1/nothing-here");
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
    let server = Server::start(false);
    let agency: agency_api::Agency = get(&server, "/v1/agency").json().unwrap();
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
