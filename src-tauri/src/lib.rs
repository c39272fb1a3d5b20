//! The desktop shell: windows, navigation rules and thin commands over
//! `backend`. Nothing here decides anything a parent would recognise; that
//! belongs to `backend` and the crates below it.

mod commands;
pub mod window;

use backend::{
    AGENCY_URL_ENV, AppInfo, AppMode, Backend, BackendConfig, BootInfo, KEYRING_SERVICE,
    KIOSK_CONFIG_PATH, KeyringSecrets, KioskConfig, MemorySecrets, SecretStore, SettingsStore,
    keyring_works, store_key_name,
};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use tauri::{App, Builder, Context, Emitter, Manager, Runtime};

/// What differs between the real app and a test of it.
#[derive(Default, Clone)]
pub struct ShellOptions {
    /// Overrides the OS's config directory for the app (tests use a temp dir).
    pub config_dir: Option<PathBuf>,
    /// Overrides the agency URL from the environment.
    pub agency_url: Option<String>,
    /// Overrides the OS's data directory for the app (tests use a temp dir).
    pub data_dir: Option<PathBuf>,
    /// Where secrets are kept; by default the OS keyring when it answers,
    /// memory otherwise (tests pass memory).
    pub secrets: Option<Arc<dyn SecretStore>>,
    /// Kiosk mode, as the office configured it.
    pub kiosk: Option<KioskConfig>,
    /// Start the backend on a thread of its own while the event loop starts
    /// and the window opens; the app's `setup` waits for it. Off (tests,
    /// which run no event loop), `build` starts it before returning.
    pub start_beside_window: bool,
}

/// `CHILD_SUPPORT_SYNC_SECONDS=60` syncs every minute instead of every five
/// (5 seconds at least).
pub const SYNC_SECONDS_ENV: &str = "CHILD_SUPPORT_SYNC_SECONDS";

/// `CHILD_SUPPORT_SIGN_IN=window` shows the agency's sign-in page in a
/// window of the app instead of the system browser.
pub const SIGN_IN_ENV: &str = "CHILD_SUPPORT_SIGN_IN";

/// The app's whole setup, shared by `run()` and the `tauri::test` tests so
/// that what is tested is what ships. Everything that can fail for a reason a
/// person can fix (a bad agency address) fails here, before the event loop
/// starts, so `run()` can say so plainly.
pub fn build<R: Runtime>(
    builder: Builder<R>,
    context: Context<R>,
    options: ShellOptions,
) -> Result<App<R>, StartError> {
    let kiosk = options.kiosk.is_some();
    let kiosk_printing = options.kiosk.as_ref().map(|k| window::KioskPrinting {
        allowed: k.settings.printing,
        printer: k.printer.clone(),
    });
    let app = builder
        .invoke_handler(tauri::generate_handler![
            commands::app_info,
            commands::settings,
            commands::set_language,
            commands::agency_status,
            commands::set_estimate_jurisdiction,
            commands::jurisdictions,
            commands::estimate,
            commands::session,
            commands::sign_in,
            commands::cancel_sign_in,
            commands::sign_out,
            commands::case_overview,
            commands::sync_now,
            commands::outbox,
            commands::retry_outbox_item,
            commands::reset_store,
            commands::payments_view,
            commands::payoff,
            commands::check_application,
            commands::application_draft,
            commands::save_application_draft,
            commands::discard_application_draft,
            commands::submit_application,
            commands::submissions,
            commands::submit_modification_request,
            commands::modification_check,
            commands::set_payment_notifications,
            commands::pick_document,
            commands::add_document,
            commands::case_documents,
            commands::pause_upload,
            commands::resume_upload,
            commands::cancel_upload,
            commands::watch_uploads,
            commands::save_statement_pdf,
            commands::save_csv,
            commands::how_to_pay,
            commands::open_payment_site,
            commands::check_contact_update,
            commands::submit_contact_update,
            commands::contact_updates,
            commands::check_message,
            commands::message_inbox,
            commands::message_thread,
            commands::message_draft,
            commands::save_message_draft,
            commands::discard_message_draft,
            commands::send_message,
            commands::mark_thread_read,
            commands::set_message_notifications,
            commands::end_visit,
            commands::print_receipt,
            commands::appointments,
            commands::appointment_slots,
            commands::book_appointment,
            commands::cancel_appointment,
            commands::save_appointment_ics,
            commands::set_appointment_reminders,
        ])
        .manage(commands::Printing(kiosk_printing.clone()))
        .plugin(tauri_plugin_opener::init())
        .plugin(tauri_plugin_notification::init())
        .plugin(tauri_plugin_dialog::init())
        // Runs once the event loop is up, before it handles anything (the
        // page's first command included).
        .setup(move |app| {
            if kiosk {
                keep_no_recent_files();
            }
            let main = open_main_window(app.handle(), kiosk)?;
            window::paint_without_compositing(&main);
            if let Some(printing) = kiosk_printing.clone() {
                window::print_without_dialog(&main, printing);
            }
            // The web view now starts its own processes and asks for the
            // page; meanwhile the backend finishes starting.
            if let Some(starting) = app.try_state::<Starting>() {
                let backend = starting.finish()?;
                app.manage(backend);
            }
            forward_events(app.handle());
            remind(app.handle());
            Ok(())
        })
        .build(context)?;

    let config_dir = match options.config_dir {
        Some(dir) => dir,
        None => app.path().app_config_dir()?,
    };
    let env_url = options
        .agency_url
        .or_else(|| std::env::var(AGENCY_URL_ENV).ok());
    let data_dir = match options.data_dir {
        Some(dir) => dir,
        None => app.path().app_data_dir()?,
    };
    let mut config = match options.kiosk {
        // Nothing of the office's configuration can be overridden from the
        // environment, and nothing is kept on disk.
        Some(kiosk) => BackendConfig::kiosk(kiosk),
        None => BackendConfig::resolve(env_url.as_deref(), Some(&config_dir), AppMode::Home)?
            .with_data_dir(data_dir),
    };
    if let Some(seconds) = std::env::var(SYNC_SECONDS_ENV)
        .ok()
        .and_then(|s| s.parse::<u64>().ok())
        .filter(|s| *s >= 5)
    {
        config.sync_every = std::time::Duration::from_secs(seconds);
    }
    tracing::info!(agency = %config.agency_url, "starting");
    // The settings are a small file: read here, they go into the page as the
    // window opens (`BootInfo`), so that its first screen asks nothing.
    let settings = SettingsStore::for_config(&config);
    app.manage(FirstScreen(BootInfo {
        app: AppInfo::for_config(&config),
        settings: settings.get(),
    }));
    // The backend opens the local store and restores a saved session before
    // the first command can ask for them (the network is not waited for).
    // In the app, whether the OS keyring answers is asked first, over D-Bus
    // (the store's key read, or on a first start a probe written, read back
    // and deleted: see `keyring_works`). That runs on a thread of its own
    // while the event loop starts and the window and its web view are
    // created; `setup` waits for it once the window is open.
    let secrets = options.secrets;
    let mode = config.mode;
    let store_key = store_key_name(&config.agency_url);
    let start = move || {
        let secrets = secrets.unwrap_or_else(|| default_secrets(mode, &store_key));
        let backend = Backend::with_settings(settings, config, secrets)?;
        tauri::async_runtime::block_on(backend.start());
        Ok::<_, StartError>(backend)
    };
    if options.start_beside_window {
        let thread = std::thread::Builder::new()
            .name("backend-start".to_owned())
            .spawn(start)
            .map_err(|e| StartError::Thread(e.to_string()))?;
        app.manage(Starting(std::sync::Mutex::new(Some(thread))));
    } else {
        app.manage(start()?);
    }
    app.manage(commands::SignInOptions {
        // A kiosk never opens a browser: the visitor would leave the app.
        in_window: kiosk || std::env::var(SIGN_IN_ENV).is_ok_and(|v| v == "window"),
    });
    Ok(app)
}

/// What the page's first screen needs, for the main window's page.
struct FirstScreen(BootInfo);

/// Opens the main window of an app made by [`build`], its page given what
/// its first screen needs. `setup` calls it; so do the tests of the mock
/// runtime, which runs no `setup`.
pub fn open_main_window<R: Runtime>(
    app: &tauri::AppHandle<R>,
    kiosk: bool,
) -> tauri::Result<tauri::WebviewWindow<R>> {
    let boot = app.state::<FirstScreen>();
    window::open_main(app, kiosk, &boot.0)
}

/// The backend while it starts on a thread of its own (see `build`).
struct Starting(std::sync::Mutex<Option<std::thread::JoinHandle<Result<Backend, StartError>>>>);

impl Starting {
    /// Waits for the backend to have started; only once.
    fn finish(&self) -> Result<Backend, StartError> {
        let thread = self
            .0
            .lock()
            .map_err(|_| StartError::Thread("the start was poisoned".to_owned()))?
            .take()
            .ok_or_else(|| StartError::Thread("the backend was taken already".to_owned()))?;
        thread
            .join()
            .map_err(|_| StartError::Thread("the backend's start panicked".to_owned()))?
    }
}

/// `CHILD_SUPPORT_BENCH_STARTUP=1`, for `tests/bench/startup` only: the UI
/// says when its first screen can be used (`ui/src/main.tsx`) and the shell
/// prints that moment on standard error. Unset, none of this exists.
pub const BENCH_STARTUP_ENV: &str = "CHILD_SUPPORT_BENCH_STARTUP";

/// The start-up mark of `BENCH_STARTUP_ENV`: a hook in the page that emits
/// one event (allowed to the main window only in this mode), printed as
/// `bench-startup interactive {"at":…,"pageStart":…}`: when the first screen
/// was painted and when the page began to load, in milliseconds since the epoch.
/// `tests/bench/bare-tauri` has the same, so both pay for it alike.
fn bench_startup<R: Runtime>() -> tauri::plugin::TauriPlugin<R> {
    tauri::plugin::Builder::new("bench-startup")
        .js_init_script(
            "window.__benchStartup = (marks) => window.__TAURI_INTERNALS__.invoke(\
             'plugin:event|emit', { event: 'bench-startup', payload: marks });",
        )
        .setup(|app, _| {
            use tauri::Listener;
            app.add_capability(
                tauri::ipc::CapabilityBuilder::new("bench-startup")
                    .window(window::MAIN)
                    .permission("core:event:allow-emit"),
            )?;
            app.listen_any("bench-startup", |event| {
                eprintln!("bench-startup interactive {}", event.payload());
            });
            Ok(())
        })
        .build()
}

/// The OS keyring when it answers; otherwise memory, and the parent is
/// signed out when the app closes.
///
/// `store_key` is the name of a secret the app keeps there: where it is
/// found, the keyring is not written to just to see whether it can be.
fn default_secrets(mode: AppMode, store_key: &str) -> Arc<dyn SecretStore> {
    if mode == AppMode::Kiosk {
        return Arc::new(MemorySecrets::new());
    }
    match keyring_works(KEYRING_SERVICE, store_key) {
        Ok(()) => Arc::new(KeyringSecrets::new(KEYRING_SERVICE)),
        Err(e) => {
            tracing::warn!(error = %e, "the OS keyring cannot be used; sessions will last while the app runs");
            Arc::new(MemorySecrets::new())
        }
    }
}

/// The backend's changes go to the UI as `backend-event`.
fn forward_events<R: Runtime>(app: &tauri::AppHandle<R>) {
    let mut events = app.state::<Backend>().subscribe();
    let app = app.clone();
    tauri::async_runtime::spawn(async move {
        loop {
            match events.recv().await {
                // Progress goes over the channels of `watch_uploads`.
                Ok(backend::BackendEvent::UploadProgress(_)) => {}
                Ok(event) => {
                    let words = match &event {
                        backend::BackendEvent::PaymentsPosted(posted) => {
                            app.state::<Backend>().payment_notification(posted)
                        }
                        backend::BackendEvent::MessagesArrived(arrived) => {
                            app.state::<Backend>().message_notification(arrived)
                        }
                        _ => None,
                    };
                    if let Some(words) = words {
                        notify(&app, words);
                    }
                    if let Err(e) = app.emit_to(window::MAIN, BACKEND_EVENT, &event) {
                        tracing::warn!(error = %e, "cannot send an event to the UI");
                    }
                }
                Err(tokio::sync::broadcast::error::RecvError::Lagged(n)) => {
                    tracing::warn!(n, "the UI missed backend events");
                }
                Err(tokio::sync::broadcast::error::RecvError::Closed) => break,
            }
        }
    });
}

/// A desktop notification (of new payments or messages, worded by the
/// backend only when the parent asked for them). The notification service
/// may be missing (a bare session): that is logged, never fatal.
fn notify<R: Runtime>(app: &tauri::AppHandle<R>, words: backend::Notification) {
    use tauri_plugin_notification::NotificationExt;
    let app = app.clone();
    // Showing one talks to the desktop over D-Bus, synchronously.
    tauri::async_runtime::spawn_blocking(move || {
        let shown = app
            .notification()
            .builder()
            .title(words.title)
            .body(words.body)
            .show();
        match shown {
            Ok(()) => tracing::info!("notification shown"),
            Err(e) => tracing::warn!(error = %e, "cannot show a notification"),
        }
    });
}

/// Appointment reminders while the app runs, if the parent asked for them
/// (the backend decides which are due and words them; never on a kiosk).
fn remind<R: Runtime>(app: &tauri::AppHandle<R>) {
    let backend = app.state::<Backend>().inner().clone();
    let app = app.clone();
    tauri::async_runtime::spawn(async move {
        backend
            .run_reminders(move |words| {
                let app = app.clone();
                tauri::async_runtime::spawn_blocking(move || {
                    use tauri_plugin_notification::NotificationExt;
                    let shown = app
                        .notification()
                        .builder()
                        .title(words.title)
                        .body(words.body)
                        .show();
                    match shown {
                        Ok(()) => tracing::info!("appointment reminder shown"),
                        Err(e) => tracing::warn!(error = %e, "cannot show a notification"),
                    }
                });
            })
            .await;
    });
}

/// Asked to quit by the system (SIGTERM at shutdown or from a service
/// manager, SIGHUP when the session ends, SIGINT from a terminal), the app
/// exits as if its window had closed: `RunEvent::Exit` closes the backend,
/// so the local store is folded and a kiosk's uploads folder, with its
/// visitor's copies, is deleted. Without this a signal ended the process on
/// the spot. Asked again while it closes, it quits at once.
fn exit_when_asked<R: Runtime>(app: &tauri::AppHandle<R>) {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let app = app.clone();
        tauri::async_runtime::spawn(async move {
            let (Ok(mut term), Ok(mut hangup), Ok(mut interrupt)) = (
                signal(SignalKind::terminate()),
                signal(SignalKind::hangup()),
                signal(SignalKind::interrupt()),
            ) else {
                tracing::warn!("cannot listen for the system's requests to quit");
                return;
            };
            for asked in 0.. {
                tokio::select! {
                    _ = term.recv() => {}
                    _ = hangup.recv() => {}
                    _ = interrupt.recv() => {}
                }
                if asked > 0 {
                    std::process::exit(1);
                }
                tracing::info!("asked to quit");
                app.exit(0);
            }
        });
    }
    #[cfg(not(unix))]
    let _ = app;
}

/// On a kiosk, GTK keeps no list of recently used files: its file dialog
/// would write each visitor's file names to `recently-used.xbel`.
fn keep_no_recent_files() {
    #[cfg(target_os = "linux")]
    {
        use gtk::prelude::GtkSettingsExt;
        match gtk::Settings::default() {
            Some(settings) => settings.set_gtk_recent_files_enabled(false),
            None => tracing::warn!("GTK's settings are not available; recent files stay on"),
        }
    }
}

/// Kiosk mode's configuration: `--kiosk CONFIG`, else the system-wide file
/// when it exists, else none (home use). A configuration that is there but
/// wrong is an error: an office never gets a home-mode app by mistake.
pub fn kiosk_config(
    mut args: impl Iterator<Item = String>,
) -> Result<Option<KioskConfig>, backend::ConfigError> {
    let mut path = None;
    while let Some(arg) = args.next() {
        if arg == "--kiosk" {
            path = Some(args.next().map(PathBuf::from).ok_or_else(|| {
                backend::ConfigError::Invalid {
                    path: "--kiosk".to_owned(),
                    reason: "name the kiosk configuration file after --kiosk".to_owned(),
                }
            })?);
        } else if let Some(value) = arg.strip_prefix("--kiosk=") {
            path = Some(PathBuf::from(value));
        }
    }
    let path = match path {
        Some(path) => path,
        None if std::path::Path::new(KIOSK_CONFIG_PATH).exists() => {
            PathBuf::from(KIOSK_CONFIG_PATH)
        }
        None => return Ok(None),
    };
    KioskConfig::load(&path).map(Some)
}

/// The name of the event that carries [`backend::BackendEvent`]s.
pub const BACKEND_EVENT: &str = "backend-event";

/// Why the app could not start, in words for the person who started it.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("{0}")]
    Config(#[from] backend::ConfigError),
    #[error("{0}")]
    Backend(#[from] backend::IpcError),
    #[error("{0}")]
    Tauri(#[from] tauri::Error),
    #[error("the app could not start its backend: {0}")]
    Thread(String),
}

/// Runs the app until its last window closes.
pub fn run() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info")),
        )
        .with_writer(std::io::stderr)
        .init();
    let kiosk = match kiosk_config(std::env::args().skip(1)) {
        Ok(kiosk) => kiosk,
        Err(e) => {
            eprintln!("{} cannot start in kiosk mode: {e}", backend::PRODUCT_NAME);
            return ExitCode::FAILURE;
        }
    };
    let options = ShellOptions {
        kiosk,
        start_beside_window: true,
        ..ShellOptions::default()
    };
    let builder = tauri::Builder::default();
    // Only for tests/bench/startup: see `BENCH_STARTUP_ENV`.
    let builder = if std::env::var_os(BENCH_STARTUP_ENV).is_some() {
        builder.plugin(bench_startup())
    } else {
        builder
    };
    match build(builder, tauri::generate_context!(), options) {
        Ok(app) => {
            exit_when_asked(app.handle());
            app.run(|app, event| {
                if let tauri::RunEvent::Exit = event
                    && let Some(backend) = app.try_state::<Backend>()
                {
                    tauri::async_runtime::block_on(backend.close());
                }
            });
            ExitCode::SUCCESS
        }
        Err(e) => {
            // Most often a bad agency address in the configuration: say so
            // plainly instead of panicking.
            eprintln!("{} cannot start: {e}", backend::PRODUCT_NAME);
            ExitCode::FAILURE
        }
    }
}
