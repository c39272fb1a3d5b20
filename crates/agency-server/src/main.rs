//! `agency-server`: the reference agency.
//!
//! ```text
//! agency-server --listen 127.0.0.1:8080 --database sqlite://agency.db [--demo]
//! agency-server openapi            # print the OpenAPI document
//! ```

use agency_server::{AppState, db::Db, demo, openapi, router};
use clap::{Args, Parser, Subcommand};
use std::io::Write;
use std::net::SocketAddr;
use std::process::ExitCode;
use tracing_subscriber::EnvFilter;

#[derive(Parser)]
#[command(
    version,
    about = "The reference child support agency server",
    args_conflicts_with_subcommands = true
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    serve: Serve,
}

#[derive(Subcommand)]
enum Command {
    /// Print the OpenAPI document generated from this server's code.
    Openapi,
}

#[derive(Args)]
struct Serve {
    /// Address to listen on. Use port 0 for any free port; the address taken
    /// is printed on standard output as `listening on http://ADDR`.
    #[arg(long, default_value = "127.0.0.1:8080", env = "AGENCY_LISTEN")]
    listen: SocketAddr,
    /// sqlite://PATH (created if missing) or postgres://...
    #[arg(long, default_value = "sqlite://agency.db", env = "AGENCY_DATABASE")]
    database: String,
    /// Seed demo parents, cases, orders and payments (once; idempotent).
    #[arg(long)]
    demo: bool,
}

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")),
        )
        .with_writer(std::io::stderr)
        .init();
    let cli = Cli::parse();
    let result = match cli.command {
        Some(Command::Openapi) => write_stdout(&openapi::document()),
        None => tokio::runtime::Runtime::new()
            .map_err(|e| format!("cannot start the async runtime: {e}"))
            .and_then(|rt| rt.block_on(serve(cli.serve))),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("agency-server: {message}");
            ExitCode::FAILURE
        }
    }
}

async fn serve(args: Serve) -> Result<(), String> {
    let db = Db::open(&args.database).await.map_err(|e| e.to_string())?;
    if args.demo {
        let outcome = demo::seed(&db)
            .await
            .map_err(|e| format!("cannot seed demo data: {e}"))?;
        tracing::info!(?outcome, "demo data");
    }
    let listener = tokio::net::TcpListener::bind(args.listen)
        .await
        .map_err(|e| format!("cannot listen on {}: {e}", args.listen))?;
    let local = listener.local_addr().map_err(|e| e.to_string())?;
    write_stdout(&format!("listening on http://{local}\n"))?;
    axum::serve(listener, router(AppState { db }))
        .with_graceful_shutdown(shutdown_signal())
        .await
        .map_err(|e| format!("server error: {e}"))
}

async fn shutdown_signal() {
    let ctrl_c = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
            .expect("a SIGTERM handler can be installed");
        tokio::select! {
            _ = ctrl_c => {},
            _ = term.recv() => {},
        }
    }
    #[cfg(not(unix))]
    let _ = ctrl_c.await;
}

/// Standard output carries machine-readable results only (the OpenAPI
/// document, the listening address); logs go to standard error.
fn write_stdout(text: &str) -> Result<(), String> {
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .map_err(|e| format!("cannot write to standard output: {e}"))
}
