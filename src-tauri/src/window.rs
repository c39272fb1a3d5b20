//! Windows and what they may load.

use backend::BootInfo;
use tauri::webview::NewWindowResponse;
use tauri::{AppHandle, Manager, Runtime, Url, WebviewUrl, WebviewWindow, WebviewWindowBuilder};

pub const MAIN: &str = "main";
/// The agency's sign-in page, when it is shown in the app.
pub const SIGN_IN: &str = "sign-in";

/// The global in which the main window's page finds its [`BootInfo`]
/// (`ui/src/backend/tauri.ts` reads it).
pub const BOOT_GLOBAL: &str = "__CHILD_SUPPORT_BOOT__";

/// The main window. On a kiosk it fills the screen, has no decorations,
/// stays on top, has no developer tools and cannot be closed by a visitor.
///
/// Its page finds `boot` in `window.__CHILD_SUPPORT_BOOT__` before any of
/// its scripts run, so that its first screen waits for no round trip. The
/// script runs again on each load of the page, with the same values: a
/// kiosk's fresh page after a visit starts from the same settings (the
/// visit's were reset), and at home the page checks its language against
/// the saved one after the first screen.
pub fn open_main<R: Runtime>(
    app: &AppHandle<R>,
    kiosk: bool,
    boot: &BootInfo,
) -> tauri::Result<WebviewWindow<R>> {
    let boot = serde_json::to_string(boot)?;
    let window = WebviewWindowBuilder::new(app, MAIN, WebviewUrl::App("index.html".into()))
        .initialization_script(format!(
            "Object.defineProperty(window, \"{BOOT_GLOBAL}\", {{ value: Object.freeze({boot}) }});"
        ))
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

/// `CHILD_SUPPORT_GPU_COMPOSITING=1` keeps WebKit's GPU compositing (see
/// [`paint_without_compositing`]).
pub const GPU_COMPOSITING_ENV: &str = "CHILD_SUPPORT_GPU_COMPOSITING";

/// Has WebKitGTK paint the page without compositing it on the GPU
/// (`WEBKIT_DISABLE_COMPOSITING_MODE=1`, set per window). Where there is no
/// GPU it can use (a virtual machine, an office computer without a GL
/// driver, a remote desktop, Xvfb) WebKit composites with software GL,
/// which costs more than the page itself: the payment history of 10,000
/// payments scrolled at 28 frames a second with it and at 91 without, and
/// a plain table of static rows at 37 and 89 (`docs/benchmarks.md`). The
/// app is forms and tables, which paint cheaply without it on any machine.
/// `CHILD_SUPPORT_GPU_COMPOSITING=1` keeps WebKit's own choice.
///
/// Without compositing, a page that does not change does not paint, and
/// WebKitGTK's WebDriver takes a screenshot at the page's next paint: the
/// E2E harness makes the page paint while it waits (`screenshot` in
/// `tests/e2e/harness.mjs`), else the screenshot never comes.
pub fn paint_without_compositing<R: Runtime>(window: &WebviewWindow<R>) {
    if std::env::var(GPU_COMPOSITING_ENV).is_ok_and(|v| v == "1") {
        return;
    }
    #[cfg(target_os = "linux")]
    {
        let set = window.with_webview(|webview| {
            use webkit2gtk::{HardwareAccelerationPolicy, SettingsExt, WebViewExt};
            if let Some(settings) = webview.inner().settings() {
                settings.set_hardware_acceleration_policy(HardwareAccelerationPolicy::Never);
            }
        });
        if let Err(e) = set {
            tracing::warn!(error = %e, "cannot turn GPU compositing off");
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = window;
}

/// How a kiosk prints.
#[derive(Debug, Clone)]
pub struct KioskPrinting {
    /// Whether the office allows printing (receipts) at all.
    pub allowed: bool,
    /// The printer by its system name; `None`: the default printer.
    pub printer: Option<String>,
}

/// On a kiosk, printing never shows the print dialog: GTK's has "Print to
/// File", a file chooser onto the whole disk, and printer settings a
/// visitor has no business with. A page's `window.print()` goes straight
/// to the office's printer where printing is allowed, and nowhere otherwise.
pub fn print_without_dialog<R: Runtime>(window: &WebviewWindow<R>, printing: KioskPrinting) {
    #[cfg(target_os = "linux")]
    {
        let hooked = window.with_webview(move |webview| {
            use webkit2gtk::{PrintOperationExt, WebViewExt};
            webview.inner().connect_print(move |_, operation| {
                if !printing.allowed {
                    tracing::warn!("printing refused: this kiosk does not print");
                    return true;
                }
                if let Some(printer) = &printing.printer {
                    let settings = gtk::PrintSettings::new();
                    settings.set_printer(printer);
                    operation.set_print_settings(&settings);
                }
                operation.connect_failed(|_, error| {
                    tracing::warn!(%error, "a receipt could not be printed");
                });
                operation.connect_finished(|_| tracing::info!("a receipt was sent to the printer"));
                operation.print();
                // Handled: WebKit's own handler, the dialog, does not run.
                true
            });
        });
        if let Err(e) = hooked {
            tracing::warn!(error = %e, "cannot take over printing; the page may show the print dialog");
        }
    }
    #[cfg(not(target_os = "linux"))]
    {
        // Windows and macOS kiosks: the OS's kiosk mode (Assigned Access)
        // governs printing; see docs/kiosk.md.
        let _ = (window, printing);
    }
}

/// Prints what the page shows for print (its print stylesheet) on the
/// office's printer, without a dialog, and waits until the job is handed
/// to the printing system. The page asks through a command rather than
/// `window.print()`, which WebKitGTK may drop without a word (it did under
/// WebDriver), so that a failure reaches the visitor.
pub async fn print_receipt<R: Runtime>(
    window: &WebviewWindow<R>,
    printing: &KioskPrinting,
) -> Result<(), String> {
    #[cfg(target_os = "linux")]
    {
        let (done, finished) = tokio::sync::oneshot::channel::<Result<(), String>>();
        let printer = printing.printer.clone();
        window
            .with_webview(move |webview| {
                use std::cell::RefCell;
                use std::rc::Rc;
                use webkit2gtk::PrintOperationExt;
                let operation = webkit2gtk::PrintOperation::new(&webview.inner());
                if let Some(printer) = &printer {
                    let settings = gtk::PrintSettings::new();
                    settings.set_printer(printer);
                    operation.set_print_settings(&settings);
                }
                // One answer: `failed` comes before `finished` when it fails.
                // The operation is kept alive until then.
                let state = Rc::new(RefCell::new((Some(done), Some(operation.clone()))));
                let on_failure = state.clone();
                operation.connect_failed(move |_, error| {
                    if let Some(done) = on_failure.borrow_mut().0.take() {
                        let _ = done.send(Err(error.to_string()));
                    }
                });
                operation.connect_finished(move |_| {
                    let mut state = state.borrow_mut();
                    if let Some(done) = state.0.take() {
                        let _ = done.send(Ok(()));
                    }
                    state.1 = None;
                });
                operation.print();
            })
            .map_err(|e| e.to_string())?;
        match tokio::time::timeout(std::time::Duration::from_secs(120), finished).await {
            Ok(Ok(outcome)) => outcome,
            Ok(Err(_)) => Err("the print job was dropped".to_owned()),
            Err(_) => Err("the printer did not answer within 2 minutes".to_owned()),
        }
    }
    #[cfg(not(target_os = "linux"))]
    {
        let _ = printing;
        window.print().map_err(|e| e.to_string())
    }
}

/// Empties the clipboard and the primary selection: what a visitor copied
/// (a case number, an address) must not be pasted by the next one. Runs on
/// the main thread, where GTK lives.
pub fn clear_clipboard<R: Runtime>(app: &AppHandle<R>) {
    #[cfg(target_os = "linux")]
    {
        let cleared = app.run_on_main_thread(|| {
            for selection in [gtk::gdk::SELECTION_CLIPBOARD, gtk::gdk::SELECTION_PRIMARY] {
                gtk::Clipboard::get(&selection).set_text("");
            }
        });
        if let Err(e) = cleared {
            tracing::warn!(error = %e, "the clipboard could not be cleared");
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = app;
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
