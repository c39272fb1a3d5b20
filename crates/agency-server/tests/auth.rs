//! Signing in as the app does (RFC 8252): the browser flow, PKCE, loopback
//! redirects, refresh rotation, revocation, rate limits and bearer tokens.

mod common;

use agency_api::{Me, Problem, TokenResponse};
use common::*;

#[test]
fn the_metadata_advertises_the_endpoints_and_s256_only() {
    let server = Server::demo();
    let meta: agency_api::AuthorizationServerMetadata = client()
        .get(server.url("/.well-known/oauth-authorization-server"))
        .send()
        .unwrap()
        .json()
        .unwrap();
    assert_eq!(meta.issuer, server.base);
    assert_eq!(meta.token_endpoint, server.url("/oauth/token"));
    assert_eq!(meta.authorization_endpoint, server.url("/oauth/authorize"));
    assert_eq!(meta.revocation_endpoint, server.url("/oauth/revoke"));
    assert_eq!(meta.code_challenge_methods_supported, ["S256"]);
    assert_eq!(meta.ui_locales_supported, ["en", "es"]);
}

#[test]
fn a_parent_signs_in_through_the_browser_and_the_app_refreshes_and_detects_reuse() {
    let server = Server::demo();
    let (redirect_uri, app) = loopback_listener();
    let verifier = new_verifier();
    let url = server.authorize_url(&redirect_uri, &challenge(&verifier), "xyz-123");

    // The browser: the page, the form, and the redirect back to the app.
    let response = server.submit_sign_in(&url, "maria.lopez@example.org", PASSWORD);
    assert_eq!(response.status(), 303);
    let location = location(&response);
    assert!(
        location.starts_with(&format!("{redirect_uri}?")),
        "{location}"
    );
    let followed = client().get(&location).send().unwrap();
    assert_eq!(followed.status(), 200);
    let received = format!("http://127.0.0.1{}", app.join().unwrap());
    assert_eq!(query_param(&received, "state").as_deref(), Some("xyz-123"));
    let code = query_param(&received, "code").expect("the app receives a code");

    // The app: code and verifier for tokens.
    let response = server.exchange(&code, &redirect_uri, &verifier);
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["cache-control"], "no-store");
    let first: TokenResponse = response.json().unwrap();
    assert_eq!(first.token_type, "Bearer");
    assert_eq!(first.expires_in, 600);
    let me: Me = server.get("/v1/me", &first.access_token).json().unwrap();
    assert_eq!(me.id, "P-1001");
    assert_eq!(me.given_name, "Maria");
    assert_eq!(me.email, "maria.lopez@example.org");

    // Refresh rotates: a new pair, and both access tokens work.
    let second: TokenResponse = server.refresh(&first.refresh_token).json().unwrap();
    assert_ne!(second.refresh_token, first.refresh_token);
    assert_ne!(second.access_token, first.access_token);
    assert_eq!(server.get("/v1/me", &second.access_token).status(), 200);

    // The old refresh token comes back: someone copied it. The whole
    // family goes, the legitimate newest tokens included.
    let reuse = server.refresh(&first.refresh_token);
    assert_eq!(reuse.status(), 400);
    let error: agency_api::OAuthError = reuse.json().unwrap();
    assert_eq!(error.error, "invalid_grant");
    assert_eq!(server.refresh(&second.refresh_token).status(), 400);
    assert_eq!(server.get("/v1/me", &second.access_token).status(), 401);
    assert_eq!(server.get("/v1/me", &first.access_token).status(), 401);

    // The code was one-time.
    assert_eq!(
        server.exchange(&code, &redirect_uri, &verifier).status(),
        400
    );
}

#[test]
fn revoking_a_refresh_token_signs_the_app_out() {
    let server = Server::demo();
    let tokens = server.sign_in("P-1002");
    assert_eq!(server.get("/v1/me", &tokens.access_token).status(), 200);
    let revoke = |token: &str| {
        client()
            .post(server.url("/oauth/revoke"))
            .form(&[("token", token), ("client_id", CLIENT_ID)])
            .send()
            .unwrap()
    };
    assert_eq!(revoke(&tokens.refresh_token).status(), 200);
    assert_eq!(server.get("/v1/me", &tokens.access_token).status(), 401);
    assert_eq!(server.refresh(&tokens.refresh_token).status(), 400);
    // RFC 7009 §2.2: an unknown token is answered the same way.
    assert_eq!(revoke("not-a-token").status(), 200);

    // Revoking an access token ends that token only.
    let again = server.sign_in("P-1002");
    assert_eq!(revoke(&again.access_token).status(), 200);
    assert_eq!(server.get("/v1/me", &again.access_token).status(), 401);
    let renewed: TokenResponse = server.refresh(&again.refresh_token).json().unwrap();
    assert_eq!(server.get("/v1/me", &renewed.access_token).status(), 200);
}

#[test]
fn pkce_is_required_and_must_be_s256() {
    let server = Server::demo();
    let redirect = "http://127.0.0.1:5000/callback";
    let base = server.url("/oauth/authorize");
    for query in [
        // No challenge at all.
        vec![("code_challenge_method", "S256")],
        // The plain method, or none (which means plain, RFC 7636 §4.3).
        vec![
            (
                "code_challenge",
                "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk",
            ),
            ("code_challenge_method", "plain"),
        ],
        vec![(
            "code_challenge",
            "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
        )],
    ] {
        let mut params = vec![
            ("response_type", "code"),
            ("client_id", CLIENT_ID),
            ("redirect_uri", redirect),
            ("state", "st"),
        ];
        params.extend(query.iter().copied());
        let url = url::Url::parse_with_params(&base, &params).unwrap();
        let response = client().get(url).send().unwrap();
        assert_eq!(response.status(), 303, "{params:?}");
        let location = location(&response);
        assert_eq!(
            query_param(&location, "error").as_deref(),
            Some("invalid_request")
        );
        assert_eq!(query_param(&location, "state").as_deref(), Some("st"));
        assert!(query_param(&location, "code").is_none());
    }

    // A wrong verifier is refused, and the code is spent by the attempt.
    let verifier = new_verifier();
    let url = server.authorize_url(redirect, &challenge(&verifier), "s");
    let signed_in = server.submit_sign_in(&url, "P-1003", PASSWORD);
    let code = query_param(&location(&signed_in), "code").unwrap();
    let wrong = server.exchange(&code, redirect, &new_verifier());
    assert_eq!(wrong.status(), 400);
    let error: agency_api::OAuthError = wrong.json().unwrap();
    assert_eq!(error.error, "invalid_grant");
    assert!(error.error_description.unwrap().contains("code_verifier"));
    assert_eq!(server.exchange(&code, redirect, &verifier).status(), 400);
}

#[test]
fn a_code_used_twice_revokes_what_it_gave() {
    let server = Server::demo();
    let redirect = "http://[::1]:6000/callback";
    let verifier = new_verifier();
    let url = server.authorize_url(redirect, &challenge(&verifier), "s");
    let signed_in = server.submit_sign_in(&url, "P-1004", PASSWORD);
    let code = query_param(&location(&signed_in), "code").unwrap();
    let tokens: TokenResponse = server.exchange(&code, redirect, &verifier).json().unwrap();
    assert_eq!(server.get("/v1/me", &tokens.access_token).status(), 200);
    assert_eq!(server.exchange(&code, redirect, &verifier).status(), 400);
    assert_eq!(server.get("/v1/me", &tokens.access_token).status(), 401);
}

#[test]
fn the_api_wants_a_valid_bearer_token_except_for_the_agency_and_its_offices() {
    let server = Server::demo();
    for path in ["/v1/agency", "/v1/offices", "/v1/offices/OFF-01"] {
        assert_eq!(
            client().get(server.url(path)).send().unwrap().status(),
            200,
            "{path}"
        );
    }
    for path in [
        "/v1/me",
        "/v1/cases",
        "/v1/cases/C-1001",
        "/v1/cases/C-1001/payments",
    ] {
        let missing = client().get(server.url(path)).send().unwrap();
        assert_eq!(missing.status(), 401, "{path}");
        assert_eq!(
            missing.headers()["www-authenticate"],
            "Bearer realm=\"agency\""
        );
        assert_eq!(
            missing.headers()["content-type"],
            "application/problem+json"
        );
        let problem: Problem = missing.json().unwrap();
        assert_eq!(problem.kind, "/problems/unauthorized");
        assert_eq!(problem.title, "Sign-in required");

        let bad = server.get(path, "forged-token");
        assert_eq!(bad.status(), 401, "{path}");
        assert!(
            bad.headers()["www-authenticate"]
                .to_str()
                .unwrap()
                .contains("error=\"invalid_token\"")
        );
        let basic = client()
            .get(server.url(path))
            .header("authorization", "Basic dXNlcjpwYXNz")
            .send()
            .unwrap();
        assert_eq!(basic.status(), 401, "{path}");
    }
}

#[test]
fn bad_token_requests_get_oauth_errors() {
    let server = Server::demo();
    let error = |r: reqwest::blocking::Response| -> (u16, String) {
        let status = r.status().as_u16();
        (status, r.json::<agency_api::OAuthError>().unwrap().error)
    };
    assert_eq!(
        error(server.token(&[("grant_type", "password"), ("client_id", CLIENT_ID)])),
        (400, "unsupported_grant_type".to_owned())
    );
    assert_eq!(
        error(server.token(&[("grant_type", "refresh_token"), ("client_id", "x")])),
        (401, "invalid_client".to_owned())
    );
    assert_eq!(
        error(server.token(&[
            ("grant_type", "authorization_code"),
            ("client_id", CLIENT_ID)
        ])),
        (400, "invalid_request".to_owned())
    );
    let json_body = client()
        .post(server.url("/oauth/token"))
        .header("content-type", "application/json")
        .body("{\"grant_type\":")
        .send()
        .unwrap();
    assert_eq!(error(json_body), (400, "invalid_request".to_owned()));
}

#[test]
fn no_token_code_password_or_email_reaches_the_log() {
    let server = Server::demo();
    let tokens = server.sign_in("maria.lopez@example.org");
    let renewed: TokenResponse = server.refresh(&tokens.refresh_token).json().unwrap();
    server.get("/v1/me", &renewed.access_token);
    server.get("/v1/cases/C-1001/payments", &renewed.access_token);
    let _ = server.submit_sign_in(
        &server.authorize_url(
            "http://127.0.0.1:5000/callback",
            &challenge(&new_verifier()),
            "s",
        ),
        "james.carter@example.org",
        "wrong-password",
    );
    let logs = server.logs();
    assert!(logs.contains("signed in"), "the log is written: {logs}");
    for secret in [
        tokens.access_token.as_str(),
        tokens.refresh_token.as_str(),
        renewed.access_token.as_str(),
        renewed.refresh_token.as_str(),
        PASSWORD,
        "wrong-password",
        "maria.lopez",
        "james.carter",
        "Lopez",
    ] {
        assert!(!logs.contains(secret), "the log carries {secret}");
    }
}
