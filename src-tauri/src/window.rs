//! Windows and what they may load.

use tauri::webview::NewWindowResponse;
use tauri::{AppHandle, Runtime, Url, WebviewUrl, WebviewWindow, WebviewWindowBuilder};

pub const MAIN: &str = "main";

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
        // The window's title is the page's: the screen a parent is on (which
        // a screen reader announces), and after Quick exit a neutral one, so
        // that the taskbar gives nothing away.
        .on_document_title_changed(|window, title| {
            if let Err(e) = window.set_title(&title) {
                tracing::warn!(error = %e, "cannot set the window title");
            }
        })
        .build()
}

/// Only the app's own pages may be shown in its windows: `tauri://localhost`
/// (Linux, macOS) and `http(s)://tauri.localhost` (Windows, Android).
pub fn is_app_url(url: &Url) -> bool {
    matches!(
        (url.scheme(), url.host_str()),
        ("tauri", Some("localhost")) | ("http" | "https", Some("tauri.localhost"))
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_apps_own_pages_may_load() {
        for ok in [
            "tauri://localhost/",
            "tauri://localhost/index.html#/payments",
            "http://tauri.localhost/",
        ] {
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
