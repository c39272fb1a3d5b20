//! OAuth 2.0 for native apps (RFC 8252): the authorization code flow with
//! PKCE S256 (RFC 7636) and a loopback redirect.
//!
//! A sign-in binds a listener on 127.0.0.1 with a port the OS picks, sends
//! the parent to the agency's sign-in page, and waits. The listener answers
//! every request, but accepts exactly one: `GET /callback` whose `state` is
//! this sign-in's. Anything else (a wrong path, a forged or stale `state`)
//! gets an error page and the wait goes on. After the one valid redirect the
//! listener closes.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use sha2::{Digest, Sha256};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// The redirect path registered with the agency.
const CALLBACK_PATH: &str = "/callback";
/// Longest request head the listener reads.
const MAX_REQUEST: usize = 8 * 1024;
/// How long one connection may take to send its request.
const READ_TIMEOUT: Duration = Duration::from_secs(10);

/// 32 random bytes, base64url: a PKCE verifier (RFC 7636 §4.1: 43
/// characters of the unreserved set) or a `state`.
pub(crate) fn random_token() -> String {
    let mut bytes = [0_u8; 32];
    getrandom::fill(&mut bytes).expect("the operating system provides random bytes");
    URL_SAFE_NO_PAD.encode(bytes)
}

/// `BASE64URL(SHA256(verifier))` (RFC 7636 §4.2).
pub(crate) fn challenge_of(verifier: &str) -> String {
    URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes()))
}

/// How a sign-in ended at the redirect.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Redirect {
    /// The agency sent a code.
    Code(String),
    /// The agency sent an error (the parent declined, or the request was
    /// refused): RFC 6749 §4.1.2.1.
    Error(String),
}

/// A loopback listener waiting for one redirect.
pub(crate) struct Loopback {
    listener: TcpListener,
    state: String,
    redirect_uri: String,
}

impl Loopback {
    /// Binds 127.0.0.1 on an ephemeral port (RFC 8252 §7.3).
    pub(crate) async fn bind(state: String) -> std::io::Result<Self> {
        let listener = TcpListener::bind(("127.0.0.1", 0)).await?;
        let port = listener.local_addr()?.port();
        Ok(Self {
            listener,
            state,
            redirect_uri: format!("http://127.0.0.1:{port}{CALLBACK_PATH}"),
        })
    }

    pub(crate) fn redirect_uri(&self) -> &str {
        &self.redirect_uri
    }

    /// Waits for the one valid redirect, answers it with a page that tells
    /// the parent to go back to the app, and closes the listener.
    pub(crate) async fn accept(self, language: Page) -> std::io::Result<Redirect> {
        loop {
            let (mut stream, _) = self.listener.accept().await?;
            let Ok(Ok(head)) = tokio::time::timeout(READ_TIMEOUT, read_head(&mut stream)).await
            else {
                continue;
            };
            match self.judge(&head) {
                Ok(redirect) => {
                    let page = match &redirect {
                        Redirect::Code(_) => language.done(),
                        Redirect::Error(_) => language.not_done(),
                    };
                    respond(&mut stream, "200 OK", &page).await;
                    return Ok(redirect);
                }
                Err(status) => {
                    respond(&mut stream, status, &language.not_done()).await;
                }
            }
        }
    }

    /// The redirect in a request head, if it is this sign-in's.
    fn judge(&self, head: &str) -> Result<Redirect, &'static str> {
        let request_line = head.lines().next().unwrap_or("");
        let mut parts = request_line.split(' ');
        let (Some("GET"), Some(target)) = (parts.next(), parts.next()) else {
            return Err("405 Method Not Allowed");
        };
        let url =
            url::Url::parse(&format!("http://127.0.0.1{target}")).map_err(|_| "400 Bad Request")?;
        if url.path() != CALLBACK_PATH {
            return Err("404 Not Found");
        }
        let param = |name: &str| {
            url.query_pairs()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.into_owned())
        };
        // A redirect without this sign-in's state is not ours: another page
        // may be trying to plant a code (RFC 6749 §10.12).
        if param("state").as_deref() != Some(self.state.as_str()) {
            return Err("400 Bad Request");
        }
        if let Some(code) = param("code").filter(|c| !c.is_empty()) {
            return Ok(Redirect::Code(code));
        }
        Ok(Redirect::Error(
            param("error").unwrap_or_else(|| "invalid_request".to_owned()),
        ))
    }
}

async fn read_head(stream: &mut TcpStream) -> std::io::Result<String> {
    let mut buffer = Vec::with_capacity(1024);
    let mut chunk = [0_u8; 1024];
    while !buffer.windows(4).any(|w| w == b"\r\n\r\n") && buffer.len() < MAX_REQUEST {
        let n = stream.read(&mut chunk).await?;
        if n == 0 {
            break;
        }
        buffer.extend_from_slice(&chunk[..n]);
    }
    Ok(String::from_utf8_lossy(&buffer).into_owned())
}

async fn respond(stream: &mut TcpStream, status: &str, body: &str) {
    let response = format!(
        "HTTP/1.1 {status}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\n\
         Cache-Control: no-store\r\nReferrer-Policy: no-referrer\r\n\
         Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    // The parent's browser may have gone; the sign-in does not depend on it.
    let _ = stream.write_all(response.as_bytes()).await;
    let _ = stream.shutdown().await;
}

/// The page the browser shows after the redirect, in the parent's language.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Page {
    En,
    Es,
}

impl Page {
    fn done(self) -> String {
        match self {
            Self::En => page(
                "en",
                "You're signed in",
                "You can close this tab and go back to Child Support Self-Service.",
            ),
            Self::Es => page(
                "es",
                "Ha iniciado sesión",
                "Puede cerrar esta pestaña y volver a Child Support Self-Service.",
            ),
        }
    }

    fn not_done(self) -> String {
        match self {
            Self::En => page(
                "en",
                "Sign-in not completed",
                "Go back to Child Support Self-Service and choose Sign in to try again.",
            ),
            Self::Es => page(
                "es",
                "No se completó el inicio de sesión",
                "Vuelva a Child Support Self-Service y elija Iniciar sesión para intentarlo de nuevo.",
            ),
        }
    }
}

fn page(lang: &str, title: &str, text: &str) -> String {
    format!(
        "<!doctype html><html lang=\"{lang}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title}</title><style>body{{font-family:system-ui,sans-serif;max-width:36rem;\
         margin:4rem auto;padding:0 1rem;line-height:1.5;color:#1b1b1b}}</style></head>\
         <body><main><h1>{title}</h1><p>{text}</p></main></body></html>"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_challenge_is_rfc_7636s_example() {
        // RFC 7636 Appendix B.
        assert_eq!(
            challenge_of("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
            "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
        );
    }

    #[test]
    fn verifiers_are_long_enough_and_unreserved() {
        let v = random_token();
        assert_eq!(v.len(), 43);
        assert!(
            v.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-._~".contains(&b))
        );
        assert_ne!(v, random_token());
    }

    async fn get(port: u16, target: &str) -> String {
        let mut stream = TcpStream::connect(("127.0.0.1", port)).await.unwrap();
        stream
            .write_all(format!("GET {target} HTTP/1.1\r\nHost: x\r\n\r\n").as_bytes())
            .await
            .unwrap();
        let mut answer = String::new();
        stream.read_to_string(&mut answer).await.unwrap();
        answer
    }

    #[tokio::test]
    async fn only_the_redirect_with_this_sign_ins_state_is_accepted_then_the_port_closes() {
        let loopback = Loopback::bind("s-123".to_owned()).await.unwrap();
        let port: u16 = loopback
            .redirect_uri()
            .strip_prefix("http://127.0.0.1:")
            .and_then(|r| r.strip_suffix("/callback"))
            .unwrap()
            .parse()
            .unwrap();
        let waiting = tokio::spawn(loopback.accept(Page::En));

        assert!(get(port, "/favicon.ico").await.starts_with("HTTP/1.1 404"));
        assert!(
            get(port, "/callback?code=planted&state=other")
                .await
                .starts_with("HTTP/1.1 400")
        );
        assert!(
            get(port, "/callback?code=planted")
                .await
                .starts_with("HTTP/1.1 400")
        );
        let answer = get(port, "/callback?code=abc&state=s-123").await;
        assert!(answer.starts_with("HTTP/1.1 200"));
        assert!(answer.contains("You're signed in"));
        assert_eq!(
            waiting.await.unwrap().unwrap(),
            Redirect::Code("abc".to_owned())
        );
        assert!(
            TcpStream::connect(("127.0.0.1", port)).await.is_err(),
            "the listener is closed"
        );
    }

    #[tokio::test]
    async fn an_error_redirect_ends_the_wait_with_the_error() {
        let loopback = Loopback::bind("s".to_owned()).await.unwrap();
        let port = url::Url::parse(loopback.redirect_uri())
            .unwrap()
            .port()
            .unwrap();
        let waiting = tokio::spawn(loopback.accept(Page::Es));
        let answer = get(port, "/callback?error=access_denied&state=s").await;
        assert!(answer.contains("No se completó"));
        assert_eq!(
            waiting.await.unwrap().unwrap(),
            Redirect::Error("access_denied".to_owned())
        );
    }
}
