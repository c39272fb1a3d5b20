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
fn offices_are_a_public_resource_of_their_own() {
    use agency_api::{Office, OfficeList, paths};
    let server = Server::start(true);

    let list = get(&server, paths::OFFICES);
    assert_eq!(list.status(), 200);
    assert_eq!(list.headers()["content-type"], "application/json");
    let list: OfficeList = list.json().unwrap();
    assert_eq!(list.offices.len(), 1);
    let office = &list.offices[0];
    assert_eq!(office.id, "OFF-01");
    assert_eq!(office.name, "Demo County Courthouse Office");
    assert_eq!(
        office.address,
        ["210 Lake Street, Room 104", "Lakeview, WI 53700"]
    );
    assert!(!office.phone.is_empty());
    assert!(!office.hours.is_empty());

    // The same offices as /v1/agency still carries.
    let agency: agency_api::Agency = get(&server, paths::AGENCY).json().unwrap();
    assert_eq!(agency.offices, list.offices);

    let one: Office = get(&server, &paths::office("OFF-01")).json().unwrap();
    assert_eq!(&one, office);

    for unknown in ["OFF-99", "off-01", "OFF-01%27%20OR%20%271%27%3D%271"] {
        let response = get(&server, &paths::office(unknown));
        assert_eq!(response.status(), 404, "{unknown}");
        assert_eq!(
            response.headers()["content-type"],
            "application/problem+json"
        );
        let problem: agency_api::Problem = response.json().unwrap();
        assert_eq!(problem.kind, "/problems/not-found");
    }
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
    let offices: agency_api::OfficeList = get(&server, "/v1/offices").json().unwrap();
    assert!(offices.offices.is_empty());
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

#[tokio::test]
async fn a_demo_seeded_before_grace_kim_gets_her_once_and_never_in_someone_elses_place() {
    use agency_server::demo::{SeedOutcome, seed};
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("agency.db").display());
    let db = agency_server::db::Db::open(&url).await.unwrap();
    seed(&db).await.unwrap();
    let grace = async |db: &agency_server::db::Db| -> Option<(String, String)> {
        sqlx::query_as("SELECT id, email FROM participants WHERE given_name = 'Grace'")
            .fetch_optional(db.pool())
            .await
            .unwrap()
    };
    assert_eq!(
        grace(&db).await,
        Some(("P-1005".to_owned(), "grace.kim@example.org".to_owned()))
    );

    // As a database seeded by an older build: no P-1005.
    sqlx::query("DELETE FROM participants WHERE id = 'P-1005'")
        .execute(db.pool())
        .await
        .unwrap();
    assert_eq!(
        seed(&db).await.unwrap(),
        SeedOutcome::Completed { participants: 1 }
    );
    assert!(grace(&db).await.is_some());
    assert_eq!(seed(&db).await.unwrap(), SeedOutcome::AlreadyPresent);

    // An operator gave P-1005 to someone else on an older demo: it stays theirs.
    sqlx::query("DELETE FROM participants WHERE id = 'P-1005'")
        .execute(db.pool())
        .await
        .unwrap();
    let id = agency_server::operator::add_participant(
        &db,
        agency_server::operator::NewParticipant {
            email: "nia.brooks@example.org".to_owned(),
            given_name: "Nia".to_owned(),
            family_name: "Brooks".to_owned(),
            password: "a-long-password-1".to_owned(),
        },
    )
    .await
    .unwrap();
    assert_eq!(id, "P-1005");
    assert_eq!(seed(&db).await.unwrap(), SeedOutcome::AlreadyPresent);
    assert_eq!(grace(&db).await, None);
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
