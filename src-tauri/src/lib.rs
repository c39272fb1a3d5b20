//! The desktop shell: windows, navigation rules and thin commands over
//! `backend`. Nothing here decides anything a parent would recognise; that
//! belongs to `backend` and the crates below it.

mod commands;
pub mod window;

use backend::{AGENCY_URL_ENV, AppMode, Backend, BackendConfig};
use std::path::PathBuf;
use std::process::ExitCode;
use tauri::{App, Builder, Context, Manager, Runtime};

/// What differs between the real app and a test of it.
#[derive(Debug, Default, Clone)]
pub struct ShellOptions {
    /// Overrides the OS's config directory for the app (tests use a temp dir).
    pub config_dir: Option<PathBuf>,
    /// Overrides the agency URL from the environment.
    pub agency_url: Option<String>,
}

/// The app's whole setup, shared by `run()` and the `tauri::test` tests so
/// that what is tested is what ships. Everything that can fail for a reason a
/// person can fix (a bad agency address) fails here, before the event loop
/// starts, so `run()` can say so plainly.
pub fn build<R: Runtime>(
    builder: Builder<R>,
    context: Context<R>,
    options: ShellOptions,
) -> Result<App<R>, StartError> {
    let app = builder
        .invoke_handler(tauri::generate_handler![
            commands::app_info,
            commands::settings,
            commands::set_language,
            commands::agency_status,
            commands::set_estimate_jurisdiction,
            commands::jurisdictions,
            commands::estimate,
        ])
        // Runs once the event loop is up.
        .setup(|app| {
            window::open_main(app.handle())?;
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
    let config = BackendConfig::resolve(env_url.as_deref(), Some(&config_dir), AppMode::Home)?;
    tracing::info!(agency = %config.agency_url, "starting");
    app.manage(Backend::new(config)?);
    Ok(app)
}

/// Why the app could not start, in words for the person who started it.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("{0}")]
    Config(#[from] backend::ConfigError),
    #[error("{0}")]
    Backend(#[from] backend::IpcError),
    #[error("{0}")]
    Tauri(#[from] tauri::Error),
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
    match build(
        tauri::Builder::default(),
        tauri::generate_context!(),
        ShellOptions::default(),
    ) {
        Ok(app) => {
            app.run(|_, _| {});
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
