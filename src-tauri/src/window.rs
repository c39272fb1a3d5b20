//! Windows and what they may load.

use tauri::webview::NewWindowResponse;
use tauri::{AppHandle, Runtime, Url, WebviewUrl, WebviewWindow, WebviewWindowBuilder};

pub const MAIN: &str = "main";

/// The title the window takes after "Quick exit": nothing about child support.
pub const NEUTRAL_TITLE: &str = "Notes";

pub fn open_main<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<WebviewWindow<R>> {
    WebviewWindowBuilder::new(app, MAIN, WebviewUrl::App("index.html".into()))
        .title(backend::PRODUCT_NAME)
        .inner_size(1200.0, 820.0)
        .min_inner_size(420.0, 560.0)
        .devtools(cfg!(debug_assertions))
        .on_navigation(|url| {
            let allowed = is_app_url(url);
            if !allowed {
                tracing::warn!(scheme = url.scheme(), "navigation outside the app refused");
            }
            allowed
        })
        // Links with target=_blank or window.open never open a window.
        .on_new_window(|_url, _features| NewWindowResponse::Deny)
        .build()
}

/// Only the app's own pages may be shown in its windows: `tauri://localhost`
/// (Linux, macOS) and `http(s)://tauri.localhost` (Windows, Android).
pub fn is_app_url(url: &Url) -> bool {
    match (url.scheme(), url.host_str()) {
        ("tauri", Some("localhost")) => true,
        ("http" | "https", Some("tauri.localhost")) => true,
        _ => false,
    }
}

pub fn disguise<R: Runtime>(window: &WebviewWindow<R>) -> tauri::Result<()> {
    window.set_title(NEUTRAL_TITLE)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_apps_own_pages_may_load() {
        for ok in ["tauri://localhost/", "tauri://localhost/index.html#/payments", "http://tauri.localhost/"] {
            assert!(is_app_url(&ok.parse().unwrap()), "{ok}");
        }
        for refused in [
            "https://example.com/",
            "http://localhost:5173/",
            "file:///etc/passwd",
            "tauri://evil.example/",
            "about:blank",
        ] {
            assert!(!is_app_url(&refused.parse().unwrap()), "{refused}");
        }
    }
}
