//! Windows and what they may load.

use tauri::webview::NewWindowResponse;
use tauri::{AppHandle, Manager, Runtime, Url, WebviewUrl, WebviewWindow, WebviewWindowBuilder};

pub const MAIN: &str = "main";
/// The agency's sign-in page, when it is shown in the app.
pub const SIGN_IN: &str = "sign-in";

/// The main window. On a kiosk it fills the screen, has no decorations,
/// stays on top, has no developer tools and cannot be closed by a visitor.
pub fn open_main<R: Runtime>(app: &AppHandle<R>, kiosk: bool) -> tauri::Result<WebviewWindow<R>> {
    let window = WebviewWindowBuilder::new(app, MAIN, WebviewUrl::App("index.html".into()))
        .title(backend::PRODUCT_NAME)
        .inner_size(1200.0, 820.0)
        .min_inner_size(420.0, 560.0)
        .fullscreen(kiosk)
        .decorations(!kiosk)
        .always_on_top(kiosk)
        .closable(!kiosk)
        .devtools(cfg!(debug_assertions) && !kiosk)
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
        .build()?;
    if kiosk {
        window.on_window_event(|event| {
            if let tauri::WindowEvent::CloseRequested { api, .. } = event {
                // Alt+F4 and the like: the kiosk stays.
                api.prevent_close();
            }
        });
    }
    Ok(window)
}

/// Shows the agency's sign-in page in a window of the app: a plain web page
/// with no access to the app's commands (no capability names this window).
/// It may show the agency's pages and the app's own loopback redirect, and
/// nothing else; closing it cancels the sign-in.
pub fn open_sign_in<R: Runtime>(app: &AppHandle<R>, url: Url) -> tauri::Result<()> {
    close_sign_in(app);
    let agency = url.origin();
    let window = WebviewWindowBuilder::new(app, SIGN_IN, WebviewUrl::External(url))
        .title(backend::PRODUCT_NAME)
        .inner_size(640.0, 760.0)
        .devtools(false)
        .on_navigation(move |to| {
            let allowed = to.origin() == agency || is_loopback_redirect(to);
            if !allowed {
                tracing::warn!("navigation away from the agency's sign-in page refused");
            }
            allowed
        })
        .on_new_window(|_url, _features| NewWindowResponse::Deny)
        .build()?;
    let handle = app.clone();
    window.on_window_event(move |event| {
        if let tauri::WindowEvent::Destroyed = event {
            handle.state::<backend::Backend>().cancel_sign_in();
        }
    });
    Ok(())
}

/// Closes the sign-in window, if one is open.
pub fn close_sign_in<R: Runtime>(app: &AppHandle<R>) {
    if let Some(window) = app.get_webview_window(SIGN_IN)
        && let Err(e) = window.destroy()
    {
        tracing::warn!(error = %e, "cannot close the sign-in window");
    }
}

/// The app's own redirect listener (RFC 8252 §7.3): plain http to the IPv4
/// loopback literal, on the port the sign-in chose.
fn is_loopback_redirect(url: &Url) -> bool {
    url.scheme() == "http" && url.host_str() == Some("127.0.0.1") && url.path() == "/callback"
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
