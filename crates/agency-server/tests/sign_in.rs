//! The agency's sign-in page as a browser meets it: languages, labels and
//! announced errors, loopback-only redirects (RFC 8252 §7.3), and the limits
//! on failed sign-ins.

mod common;

use common::*;

#[test]
fn the_sign_in_page_is_accessible_and_speaks_english_or_spanish() {
    let server = Server::demo();
    let url = server.authorize_url(
        "http://127.0.0.1:5000/callback",
        &challenge(&new_verifier()),
        "s",
    );
    let english = client().get(&url).send().unwrap();
    assert_eq!(english.headers()["cache-control"], "no-store");
    assert!(
        english.headers()["content-security-policy"]
            .to_str()
            .unwrap()
            .contains("frame-ancestors 'none'")
    );
    let english = english.text().unwrap();
    assert!(english.contains("<html lang=\"en\">"));
    assert!(english.contains("<label for=\"username\">Participant ID or email</label>"));
    assert!(english.contains("<label for=\"password\">Password</label>"));
    assert!(english.contains("autocomplete=\"current-password\""));
    assert!(english.contains("<style>"));
    assert!(!english.contains("<script"));
    assert!(english.contains("hreflang=\"es\">Español</a>"));

    let by_query = client()
        .get(format!("{url}&lang=es"))
        .send()
        .unwrap()
        .text()
        .unwrap();
    assert!(by_query.contains("<html lang=\"es\">"));
    assert!(by_query.contains("Contraseña"));
    let by_header = client()
        .get(&url)
        .header("accept-language", "es-MX,es;q=0.9,en;q=0.5")
        .send()
        .unwrap()
        .text()
        .unwrap();
    assert!(by_header.contains("Iniciar sesión"));

    // A wrong password: the page again, the error announced and tied to the fields.
    let wrong = server.submit_sign_in(&url, "P-1001", "not-the-password");
    assert_eq!(wrong.status(), 401);
    let html = wrong.text().unwrap();
    assert!(html.contains("role=\"alert\""));
    assert!(html.contains("is not right"));
    assert!(html.contains("aria-invalid=\"true\" aria-describedby=\"sign-in-error\""));
    assert!(html.contains("aria-describedby=\"username-hint sign-in-error\""));
    assert!(html.contains("<title>There is a problem: "));
    assert_eq!(
        html.matches("aria-describedby").count(),
        2,
        "once per field"
    );
    assert!(html.contains("value=\"P-1001\""), "the ID typed is kept");
}

#[test]
fn the_server_never_redirects_to_an_unregistered_uri() {
    let server = Server::demo();
    let challenge = challenge(&new_verifier());
    for redirect in [
        "http://evil.example/callback",
        "http://localhost:5000/callback",
        "https://127.0.0.1:5000/callback",
        "http://127.0.0.1:5000/elsewhere",
    ] {
        let url = server.authorize_url(redirect, &challenge, "s");
        let response = client().get(&url).send().unwrap();
        assert_eq!(response.status(), 400, "{redirect}");
        assert!(response.headers().get("location").is_none());
        assert!(response.text().unwrap().contains("not valid"));

        // Nor after a correct password posted with it.
        let response = client()
            .post(server.url("/oauth/authorize"))
            .form(&[
                ("response_type", "code"),
                ("client_id", CLIENT_ID),
                ("redirect_uri", redirect),
                ("code_challenge", challenge.as_str()),
                ("code_challenge_method", "S256"),
                ("username", "P-1001"),
                ("password", PASSWORD),
            ])
            .send()
            .unwrap();
        assert_eq!(response.status(), 400, "{redirect}");
        assert!(response.headers().get("location").is_none());
    }
    // An unknown client gets the error page too.
    let url = server
        .authorize_url("http://127.0.0.1:5000/callback", &challenge, "s")
        .replace(CLIENT_ID, "someone-else");
    let response = client().get(&url).send().unwrap();
    assert_eq!(response.status(), 400);
    assert!(response.headers().get("location").is_none());

    // The code is bound to the redirect URI it was issued for.
    let verifier = new_verifier();
    let url = server.authorize_url(
        "http://127.0.0.1:5000/callback",
        &common::challenge(&verifier),
        "s",
    );
    let signed_in = server.submit_sign_in(&url, "P-1001", PASSWORD);
    let code = query_param(&location(&signed_in), "code").unwrap();
    let other_port = server.exchange(&code, "http://127.0.0.1:5001/callback", &verifier);
    assert_eq!(other_port.status(), 400);
}

#[test]
fn five_wrong_passwords_lock_the_account_even_for_the_right_one() {
    let server = Server::demo();
    let url = server.authorize_url(
        "http://127.0.0.1:5000/callback",
        &challenge(&new_verifier()),
        "s",
    );
    for attempt in 1..=4 {
        let r = server.submit_sign_in(&url, "P-1001", "wrong-password");
        assert_eq!(r.status(), 401, "attempt {attempt}");
    }
    let fifth = server.submit_sign_in(&url, "p-1001", "wrong-password");
    assert_eq!(fifth.status(), 429);
    assert!(fifth.text().unwrap().contains("paused for 15 minutes"));
    let right = server.submit_sign_in(&url, "P-1001", PASSWORD);
    assert_eq!(right.status(), 429);
    assert!(right.headers().get("location").is_none());
    // The lockout is that account's: another parent still signs in.
    assert_eq!(
        server.submit_sign_in(&url, "P-1002", PASSWORD).status(),
        303
    );
}

#[test]
fn twenty_failures_from_one_address_pause_sign_in_from_it() {
    let server = Server::demo();
    let url = server.authorize_url(
        "http://127.0.0.1:5000/callback",
        &challenge(&new_verifier()),
        "s",
    );
    for n in 0..20 {
        let r = server.submit_sign_in(&url, &format!("nobody-{n}@example.org"), "guess");
        assert!(r.status() == 401 || r.status() == 429);
    }
    let right = server.submit_sign_in(&url, "P-1003", PASSWORD);
    assert_eq!(right.status(), 429);
}
