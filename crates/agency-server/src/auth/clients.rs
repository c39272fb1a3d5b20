//! The registered OAuth clients and where each may be sent back to.

/// A public client (RFC 6749 §2.1): it authenticates with PKCE, not a secret.
pub(crate) struct Client {
    pub(crate) id: &'static str,
    /// Loopback redirect URIs as registered, without a port: any port is
    /// accepted at request time (RFC 8252 §7.3).
    redirect_uris: &'static [&'static str],
}

const CLIENTS: &[Client] = &[Client {
    id: agency_api::APP_CLIENT_ID,
    redirect_uris: &["http://127.0.0.1/callback", "http://[::1]/callback"],
}];

pub(crate) fn find(id: &str) -> Option<&'static Client> {
    CLIENTS.iter().find(|c| c.id == id)
}

impl Client {
    /// Whether `uri` is one of the registered redirect URIs with some port.
    ///
    /// RFC 8252 §7.3: loopback redirects use `http` and an IP literal, and the
    /// server allows any port. The comparison is otherwise exact (RFC 6749
    /// §3.1.2.3): no `localhost` (RFC 8252 §8.3), no extra path, query or
    /// fragment, no user info.
    pub(crate) fn accepts_redirect(&self, uri: &str) -> bool {
        self.redirect_uris
            .iter()
            .any(|registered| matches_with_any_port(registered, uri))
    }
}

fn matches_with_any_port(registered: &str, uri: &str) -> bool {
    let Some(rest) = registered.strip_prefix("http://") else {
        return false;
    };
    let (host, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
    let Some(after_host) = uri
        .strip_prefix("http://")
        .and_then(|u| u.strip_prefix(host))
    else {
        return false;
    };
    let after_port = match after_host.strip_prefix(':') {
        Some(p) => {
            let digits = p.bytes().take_while(u8::is_ascii_digit).count();
            let port_ok = (1..=5).contains(&digits)
                && p[..digits]
                    .parse::<u32>()
                    .is_ok_and(|n| (1..=65535).contains(&n));
            if !port_ok {
                return false;
            }
            &p[digits..]
        }
        None => after_host,
    };
    after_port == path
}

#[cfg(test)]
mod tests {
    use super::*;

    fn app() -> &'static Client {
        find(agency_api::APP_CLIENT_ID).unwrap()
    }

    #[test]
    fn loopback_redirects_are_accepted_on_any_port() {
        for uri in [
            "http://127.0.0.1/callback",
            "http://127.0.0.1:49152/callback",
            "http://[::1]:8080/callback",
        ] {
            assert!(app().accepts_redirect(uri), "{uri}");
        }
    }

    #[test]
    fn anything_else_is_refused() {
        for uri in [
            "http://localhost:49152/callback",
            "https://127.0.0.1:49152/callback",
            "http://127.0.0.1:49152/callback/../x",
            "http://127.0.0.1:49152/callback?x=1",
            "http://127.0.0.1:49152/callbacks",
            "http://127.0.0.1:0/callback",
            "http://127.0.0.1:99999/callback",
            "http://127.0.0.1.evil.example/callback",
            "http://127.0.0.1@evil.example/callback",
            "http://evil.example/callback",
            "",
        ] {
            assert!(!app().accepts_redirect(uri), "{uri}");
        }
    }
}
