//! The operator commands on the same binary, against a running server's
//! database, checked through the API a parent uses.

mod common;

use agency_api::PaymentPage;
use common::*;
use rust_decimal::Decimal;

fn dec(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn post(server: &Server, args: &[&str]) -> Result<String, String> {
    let mut all = vec!["post-payment", "--case", "C-1001"];
    all.extend_from_slice(args);
    let out = server.operator(&all);
    if out.status.success() {
        Ok(String::from_utf8(out.stdout).unwrap().trim().to_owned())
    } else {
        Err(String::from_utf8(out.stderr).unwrap())
    }
}

#[test]
fn a_posted_payment_pays_the_month_first_then_arrears_and_an_offset_arrears_only() {
    let server = Server::demo();
    let token = server.sign_in("P-1001").access_token;
    let payments = |since: &str| -> PaymentPage {
        server
            .get(&format!("/v1/cases/C-1001/payments?since={since}"), &token)
            .json()
            .unwrap()
    };
    let since = payments("").next.unwrap();
    let since = {
        // Walk to the end of the history.
        let mut s = since;
        loop {
            let p = payments(&s);
            if !p.more {
                break p.next.unwrap();
            }
            s = p.next.unwrap();
        }
    };

    // The demo history is paid up to October 2026, with $51.01 of
    // Wisconsin's interest (0.5% a month) owed on the 2024 gap. Nothing
    // comes for November 2026 to January 2027: $1,350.00 of arrears by
    // February, when $450.00 falls due again, and interest on them of $2.25
    // (December, on November's $450.00) and $4.50 (January, on $900.00):
    // $57.76 of interest.
    let wage = post(&server, &["--amount", "500.00", "--received", "2027-02-10"]).unwrap();
    let offset = post(
        &server,
        &[
            "--amount",
            "300.00",
            "--source",
            "federal-tax-offset",
            "--received",
            "2027-02-11",
        ],
    )
    .unwrap();
    let refused = post(
        &server,
        &[
            "--amount",
            "1057.77",
            "--source",
            "federal-tax-offset",
            "--received",
            "2027-02-12",
        ],
    )
    .unwrap_err();
    // Past due after those two: $1,000.00 of principal and $57.76 of
    // interest.
    assert!(refused.contains("past-due support only"), "{refused}");
    assert!(refused.contains("$1057.76"), "{refused}");
    let rest = post(
        &server,
        &[
            "--amount",
            "2000.00",
            "--source",
            "direct",
            "--received",
            "2027-02-12",
        ],
    )
    .unwrap();

    let new = payments(&since).payments;
    let ids: Vec<_> = new.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(
        ids,
        [wage.as_str(), offset.as_str(), rest.as_str()],
        "nothing from the refused one"
    );
    let split = |i: usize| {
        (
            new[i].distribution.current_support,
            new[i].distribution.arrears,
            new[i].distribution.interest,
        )
    };
    // The month first, then the oldest arrears; the interest only once the
    // principal is paid.
    assert_eq!(split(0), (dec("450.00"), dec("50.00"), dec("0.00")));
    assert_eq!(new[0].source, agency_api::PaymentSource::WageWithholding);
    assert_eq!(split(1), (dec("0.00"), dec("300.00"), dec("0.00")));
    assert_eq!(new[1].source, agency_api::PaymentSource::FederalTaxOffset);
    // $1,000.00 of arrears and $57.76 of interest remained; the other
    // $942.24 is paid ahead.
    assert_eq!(split(2), (dec("942.24"), dec("1000.00"), dec("57.76")));
    assert!(new.iter().all(|p| p.disbursed_on.is_none()));

    for (args, message) in [
        (vec!["--amount", "-5.00"], "more than zero"),
        (vec!["--amount", "1.005"], "two decimal places"),
        (
            vec!["--amount", "5", "--source", "lottery"],
            "wage-withholding",
        ),
    ] {
        let err = post(&server, &args).unwrap_err();
        assert!(err.contains(message), "{args:?}: {err}");
    }
    let out = server.operator(&["post-payment", "--case", "C-4040", "--amount", "5.00"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("no case C-4040"));
}

#[test]
fn an_operator_adds_a_participant_who_can_then_sign_in() {
    let server = Server::demo();
    let out = server.operator(&[
        "add-participant",
        "--email",
        "new.parent@example.org",
        "--given",
        "Nia",
        "--family",
        "Brooks",
        "--password",
        "a-long-password-1",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8(out.stdout).unwrap().trim(), "P-1006");

    let url = server.authorize_url(
        "http://127.0.0.1:5000/callback",
        &challenge(&new_verifier()),
        "s",
    );
    let signed_in = server.submit_sign_in(&url, "New.Parent@example.org", "a-long-password-1");
    assert_eq!(signed_in.status(), 303);

    let again = server.operator(&[
        "add-participant",
        "--email",
        "new.parent@example.org",
        "--given",
        "N",
        "--family",
        "B",
        "--password",
        "another-long-password",
    ]);
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("already exists"));
    let short = server.operator(&[
        "add-participant",
        "--email",
        "x@example.org",
        "--given",
        "N",
        "--family",
        "B",
        "--password",
        "short",
    ]);
    assert!(String::from_utf8_lossy(&short.stderr).contains("at least 12"));
}
