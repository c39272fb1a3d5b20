//! The baseline of `tests/bench/startup`: a bare Tauri 2 window showing a
//! static page, built like the app (same tauri, same release profile) and
//! painted like it (without GPU compositing). It has what the benchmark
//! needs and nothing else: the same start-up mark as the app
//! (`CHILD_SUPPORT_BENCH_STARTUP`) and the cheapest possible command,
//! `ping`, as the floor of an IPC round trip.

// Keep a console window from opening next to the app on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use tauri::{Listener, Runtime};

/// The cheapest command there is: no arguments, no work, no answer.
#[tauri::command]
fn ping() {}

/// As in `src-tauri/src/lib.rs`: the page reports when it is interactive and
/// the shell prints that moment on standard error.
fn bench_startup<R: Runtime>() -> tauri::plugin::TauriPlugin<R> {
    tauri::plugin::Builder::new("bench-startup")
        .js_init_script(
            "window.__benchStartup = (marks) => window.__TAURI_INTERNALS__.invoke(\
             'plugin:event|emit', { event: 'bench-startup', payload: marks });",
        )
        .setup(|app, _| {
            use tauri::Manager;
            app.add_capability(
                tauri::ipc::CapabilityBuilder::new("bench-startup")
                    .window("main")
                    .permission("core:event:allow-emit"),
            )?;
            app.listen_any("bench-startup", |event| {
                eprintln!("bench-startup interactive {}", event.payload());
            });
            Ok(())
        })
        .build()
}

/// As the app's window (`window::paint_without_compositing` in `src-tauri`,
/// which `CHILD_SUPPORT_GPU_COMPOSITING=1` turns off in both): painted
/// without GPU compositing, so that both windows draw the same way.
fn paint_without_compositing<R: Runtime>(app: &tauri::App<R>) {
    if std::env::var("CHILD_SUPPORT_GPU_COMPOSITING").is_ok_and(|v| v == "1") {
        return;
    }
    #[cfg(target_os = "linux")]
    {
        use tauri::Manager;
        if let Some(window) = app.get_webview_window("main") {
            let _ = window.with_webview(|webview| {
                use webkit2gtk::{HardwareAccelerationPolicy, SettingsExt, WebViewExt};
                if let Some(settings) = webview.inner().settings() {
                    settings.set_hardware_acceleration_policy(HardwareAccelerationPolicy::Never);
                }
            });
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = app;
}

fn main() {
    let mut builder = tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![ping])
        .setup(|app| {
            paint_without_compositing(app);
            Ok(())
        });
    if std::env::var_os("CHILD_SUPPORT_BENCH_STARTUP").is_some() {
        builder = builder.plugin(bench_startup());
    }
    builder
        .run(tauri::generate_context!())
        .expect("the bare Tauri app runs");
}
