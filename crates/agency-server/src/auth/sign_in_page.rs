//! The agency's own sign-in page, rendered on the server: plain HTML that
//! works without JavaScript, in English and Spanish.
//!
//! It follows the U.S. Web Design System's form patterns in a small inline
//! style sheet: visible labels, a 2 px focus outline, errors announced with
//! `role="alert"` and tied to the fields with `aria-describedby`.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Lang {
    En,
    Es,
}

impl Lang {
    /// `?lang=` wins; else the first of English or Spanish in
    /// Accept-Language (RFC 9110 §12.5.4, quality values honoured); else English.
    pub(crate) fn negotiate(query: Option<&str>, accept_language: Option<&str>) -> Self {
        match query {
            Some("es") => return Self::Es,
            Some("en") => return Self::En,
            _ => {}
        }
        let mut best: Option<(f32, Self)> = None;
        for range in accept_language.unwrap_or("").split(',') {
            let mut parts = range.split(';');
            let tag = parts.next().unwrap_or("").trim().to_ascii_lowercase();
            let q = parts
                .find_map(|p| p.trim().strip_prefix("q="))
                .and_then(|q| q.parse::<f32>().ok())
                .unwrap_or(1.0);
            let lang = match tag.split('-').next() {
                Some("es") => Self::Es,
                Some("en") => Self::En,
                _ => continue,
            };
            if q > 0.0 && best.is_none_or(|(bq, _)| q > bq) {
                best = Some((q, lang));
            }
        }
        best.map_or(Self::En, |(_, l)| l)
    }

    pub(crate) fn code(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Es => "es",
        }
    }

    fn other(self) -> Self {
        match self {
            Self::En => Self::Es,
            Self::Es => Self::En,
        }
    }
}

/// What the page says above the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Notice {
    None,
    BadCredentials,
    LockedOut,
}

/// The authorization request, carried through the form in hidden fields.
pub(crate) struct Carried<'a> {
    pub(crate) client_id: &'a str,
    pub(crate) redirect_uri: &'a str,
    pub(crate) state: Option<&'a str>,
    pub(crate) code_challenge: &'a str,
}

struct Text {
    title: &'static str,
    intro: &'static str,
    username: &'static str,
    username_hint: &'static str,
    password: &'static str,
    submit: &'static str,
    switch: &'static str,
    bad_credentials: &'static str,
    locked_out: &'static str,
    error_heading: &'static str,
}

fn text(lang: Lang) -> &'static Text {
    const EN: Text = Text {
        title: "Sign in to your child support account",
        intro: "The Child Support Self-Service app is asking to see your cases and payments.",
        username: "Participant ID or email",
        username_hint: "Your participant ID is on letters from the agency, for example P-1001.",
        password: "Password",
        submit: "Sign in",
        switch: "Español",
        bad_credentials: "The participant ID, email or password is not right. Check them and try again.",
        locked_out: "Too many attempts to sign in. For your security, sign-in is paused for 15 minutes. You can call the agency for help.",
        error_heading: "There is a problem",
    };
    const ES: Text = Text {
        title: "Inicie sesión en su cuenta de manutención de menores",
        intro: "La aplicación Child Support Self-Service pide ver sus casos y pagos.",
        username: "Número de participante o correo electrónico",
        username_hint: "Su número de participante aparece en las cartas de la agencia, por ejemplo P-1001.",
        password: "Contraseña",
        submit: "Iniciar sesión",
        switch: "English",
        bad_credentials: "El número de participante, el correo electrónico o la contraseña no son correctos. Revíselos e intente de nuevo.",
        locked_out: "Demasiados intentos de iniciar sesión. Por su seguridad, el inicio de sesión está en pausa durante 15 minutos. Puede llamar a la agencia para pedir ayuda.",
        error_heading: "Hay un problema",
    };
    match lang {
        Lang::En => &EN,
        Lang::Es => &ES,
    }
}

const STYLE: &str = "body{font-family:\"Source Sans Pro\",\"Helvetica Neue\",Arial,sans-serif;font-size:1.06rem;line-height:1.5;color:#1b1b1b;margin:0;background:#f0f0f0}\
main{max-width:30rem;margin:2rem auto;padding:2rem;background:#fff;border-top:.5rem solid #005ea2}\
h1{font-size:1.6rem;line-height:1.2;margin-top:0}\
label{display:block;font-weight:700;margin-top:1.5rem}\
.hint{color:#71767a;margin:.25rem 0}\
input[type=text],input[type=password]{display:block;width:100%;box-sizing:border-box;font-size:1.06rem;padding:.5rem;border:1px solid #565c65;margin-top:.5rem}\
input[aria-invalid=true]{border:.25rem solid #b50909}\
button{margin-top:2rem;font-size:1.06rem;font-weight:700;color:#fff;background:#005ea2;border:0;border-radius:.25rem;padding:.75rem 1.25rem;cursor:pointer}\
button:hover{background:#1a4480}\
:focus{outline:.25rem solid #2491ff;outline-offset:0}\
.alert{border-left:.5rem solid #b50909;background:#f4e3db;padding:1rem;margin:1rem 0}\
.alert h2{font-size:1.2rem;margin:0 0 .5rem}\
.lang{float:right}a{color:#005ea2}";

/// The sign-in form.
pub(crate) fn render(
    lang: Lang,
    carried: &Carried<'_>,
    notice: Notice,
    username: &str,
    status: StatusCode,
) -> Response {
    let t = text(lang);
    let message = match notice {
        Notice::None => None,
        Notice::BadCredentials => Some(t.bad_credentials),
        Notice::LockedOut => Some(t.locked_out),
    };
    let alert = message.map_or(String::new(), |m| {
        format!(
            "<div class=\"alert\" role=\"alert\" id=\"sign-in-error\"><h2>{}</h2><p>{}</p></div>",
            t.error_heading,
            escape(m)
        )
    });
    // Each field points at the error, the username also at its hint.
    let (invalid, username_described_by) = if message.is_some() {
        (
            " aria-invalid=\"true\" aria-describedby=\"sign-in-error\"",
            " aria-invalid=\"true\" aria-describedby=\"username-hint sign-in-error\"",
        )
    } else {
        ("", " aria-describedby=\"username-hint\"")
    };
    let switch_href = switch_link(lang.other(), carried);
    let mut hidden = String::new();
    for (name, value) in [
        ("response_type", Some("code")),
        ("client_id", Some(carried.client_id)),
        ("redirect_uri", Some(carried.redirect_uri)),
        ("state", carried.state),
        ("code_challenge", Some(carried.code_challenge)),
        ("code_challenge_method", Some("S256")),
        ("lang", Some(lang.code())),
    ] {
        if let Some(value) = value {
            hidden.push_str(&format!(
                "<input type=\"hidden\" name=\"{name}\" value=\"{}\">",
                escape(value)
            ));
        }
    }
    let body = format!(
        "<main><p class=\"lang\"><a href=\"{switch_href}\" lang=\"{other}\" hreflang=\"{other}\">{switch}</a></p>\
<h1>{title}</h1>{alert}<p>{intro}</p>\
<form method=\"post\" action=\"{action}\" novalidate>{hidden}\
<label for=\"username\">{username_label}</label>\
<p class=\"hint\" id=\"username-hint\">{hint}</p>\
<input type=\"text\" id=\"username\" name=\"username\" autocomplete=\"username\" autocapitalize=\"none\" spellcheck=\"false\" required value=\"{username}\"{username_described_by}>\
<label for=\"password\">{password_label}</label>\
<input type=\"password\" id=\"password\" name=\"password\" autocomplete=\"current-password\" required{invalid}>\
<button type=\"submit\">{submit}</button></form></main>",
        other = lang.other().code(),
        switch = t.switch,
        title = t.title,
        intro = t.intro,
        action = agency_api::paths::OAUTH_AUTHORIZE,
        username_label = t.username,
        hint = t.username_hint,
        username = escape(username),
        password_label = t.password,
        submit = t.submit,
    );
    // An error shows in the window title too, so it is heard first.
    let title = match message {
        Some(_) => format!("{}: {}", t.error_heading, t.title),
        None => t.title.to_owned(),
    };
    page(lang, &title, &body, status)
}

/// An error that must not be sent to the redirect URI (RFC 6749 §4.1.2.1):
/// the client or its redirect URI is not one the agency registered.
pub(crate) fn render_error(lang: Lang) -> Response {
    let (title, detail) = match lang {
        Lang::En => (
            "This sign-in link is not valid",
            "The app that sent you here is not registered with the agency, or asked to send you back to an address the agency does not allow. Close this page and start again from the app.",
        ),
        Lang::Es => (
            "Este enlace para iniciar sesión no es válido",
            "La aplicación que lo envió aquí no está registrada con la agencia, o pidió enviarlo de vuelta a una dirección que la agencia no permite. Cierre esta página y empiece de nuevo desde la aplicación.",
        ),
    };
    let body = format!(
        "<main><h1>{title}</h1><div class=\"alert\" role=\"alert\"><p>{detail}</p></div></main>"
    );
    page(lang, title, &body, StatusCode::BAD_REQUEST)
}

fn page(lang: Lang, title: &str, body: &str, status: StatusCode) -> Response {
    let html = format!(
        "<!DOCTYPE html><html lang=\"{}\"><head><meta charset=\"utf-8\">\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
<title>{title}</title><style>{STYLE}</style></head><body>{body}</body></html>",
        lang.code()
    );
    let mut response = (status, Html(html)).into_response();
    let headers = response.headers_mut();
    // Nothing on this page may be cached or framed (RFC 6749 §10.13).
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'",
        ),
    );
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    response
}

/// The same authorization request in the other language.
fn switch_link(lang: Lang, carried: &Carried<'_>) -> String {
    let mut query = url::form_urlencoded::Serializer::new(String::new());
    query
        .append_pair("response_type", "code")
        .append_pair("client_id", carried.client_id)
        .append_pair("redirect_uri", carried.redirect_uri)
        .append_pair("code_challenge", carried.code_challenge)
        .append_pair("code_challenge_method", "S256");
    if let Some(state) = carried.state {
        query.append_pair("state", state);
    }
    query.append_pair("lang", lang.code());
    escape(&format!(
        "{}?{}",
        agency_api::paths::OAUTH_AUTHORIZE,
        query.finish()
    ))
}

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_follows_the_query_then_accept_language() {
        assert_eq!(Lang::negotiate(Some("es"), Some("en")), Lang::Es);
        assert_eq!(Lang::negotiate(None, Some("es-MX,es;q=0.9")), Lang::Es);
        assert_eq!(
            Lang::negotiate(None, Some("fr, es;q=0.5, en;q=0.8")),
            Lang::En
        );
        assert_eq!(Lang::negotiate(None, None), Lang::En);
    }

    #[test]
    fn markup_in_values_is_escaped() {
        assert_eq!(escape("\"><script>"), "&quot;&gt;&lt;script&gt;");
    }
}
