//! `agency-server`: the reference agency.
//!
//! ```text
//! agency-server --listen 127.0.0.1:8080 --database sqlite://agency.db [--demo] \
//!     [--uploads DIR] [--max-upload-mb 25]
//! agency-server openapi            # print the OpenAPI document
//! agency-server post-payment --database URL --case C-1001 --amount 250.00 \
//!     [--source wage-withholding] [--received 2026-11-20]
//! agency-server add-participant --database URL --email E --given G --family F --password P
//! agency-server set-status application AP-000001 accepted --database URL \
//!     [--note TEXT] [--case C-1001]
//! agency-server set-status modification-request MR-… under_review --database URL [--note TEXT]
//! agency-server set-status document DOC-000001 rejected --database URL [--note TEXT]
//! agency-server set-status contact-update CU-000001 confirmed --database URL [--note TEXT]
//! agency-server reply-message --database URL (--thread TH-000001 | --case C-1001 \
//!     --participant P-1001) --body TEXT
//! agency-server add-slot --database URL --office OFF-01 --starts-at 2026-12-01T15:00:00Z \
//!     --minutes 30 [--kind appointment|genetic-test] [--bring TEXT]...
//! agency-server set-payment-options --database URL [--mail-payable-to T] \
//!     [--mail-address LINE]... [--online-name N] [--online-url URL] \
//!     [--text-number N] [--text-instructions T]
//! agency-server add-cash-location --database URL --name N --address LINE... \
//!     --hours H [--fee 1.99]
//! agency-server remove-cash-location --database URL CASH-01
//! ```

use agency_api::{
    ApplicationStatus, AppointmentKind, ContactUpdateStatus, DocumentStatus, ModificationStatus,
    PaymentSource,
};
use agency_server::operator::{self, ApplicationStatusUpdate, NewParticipant, NewPayment, NewSlot};
use agency_server::uploads::{self, UploadConfig};
use agency_server::{AppState, db::Db, demo, idempotency, openapi, router};
use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand};
use rust_decimal::Decimal;
use std::io::Write;
use std::net::SocketAddr;
use std::path::PathBuf;
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
    /// Post a payment to a case, as the state disbursement unit would, and
    /// print the new payment's ID. It is distributed under 45 CFR 302.51.
    PostPayment(PostPayment),
    /// Add a participant who can sign in, and print their participant ID.
    AddParticipant(AddParticipant),
    /// Change the status of an application, a modification request or a
    /// document, as a caseworker would; it joins the timeline the parent
    /// sees. Prints the new status. A final status (accepted, granted,
    /// denied, withdrawn, rejected) never changes again.
    #[command(subcommand)]
    SetStatus(SetStatus),
    /// Reply in a parent's message thread as the agency, signed
    /// "Caseworker" (never a staff member's name). Prints the message's ID.
    ReplyMessage(ReplyMessage),
    /// Offer a time parents can book (an appointment or a genetic test) at
    /// an office or by phone. Prints the slot's ID.
    AddSlot(AddSlot),
    /// Change how parents can pay (GET /v1/payment-options); prints the
    /// options as parents now see them (JSON). An empty value stops
    /// offering that way of paying.
    SetPaymentOptions(SetPaymentOptions),
    /// Add a place that takes cash payments; prints its ID.
    AddCashLocation(AddCashLocation),
    /// Remove a place that takes cash payments.
    RemoveCashLocation(RemoveCashLocation),
}

#[derive(Args)]
struct SetPaymentOptions {
    #[arg(long, default_value = "sqlite://agency.db", env = "AGENCY_DATABASE")]
    database: String,
    /// Whom a check or money order is made out to.
    #[arg(long, value_name = "TEXT")]
    mail_payable_to: Option<String>,
    /// One line of the state disbursement unit's mailing address (repeat
    /// for each line; replaces the whole address; "" for none).
    #[arg(long, value_name = "LINE")]
    mail_address: Vec<String>,
    /// The online payment site's name.
    #[arg(long, value_name = "TEXT")]
    online_name: Option<String>,
    /// The online payment site, https.
    #[arg(long, value_name = "URL")]
    online_url: Option<String>,
    /// The number to text a payment to.
    #[arg(long, value_name = "NUMBER")]
    text_number: Option<String>,
    /// How to pay by text, in plain words.
    #[arg(long, value_name = "TEXT")]
    text_instructions: Option<String>,
}

#[derive(Args)]
struct AddCashLocation {
    #[arg(long, default_value = "sqlite://agency.db", env = "AGENCY_DATABASE")]
    database: String,
    #[arg(long)]
    name: String,
    /// One line of the address (repeat for each line).
    #[arg(long = "address", value_name = "LINE", required = true)]
    address: Vec<String>,
    /// Opening hours in plain words.
    #[arg(long)]
    hours: String,
    /// What the place charges per payment, e.g. 1.99.
    #[arg(long)]
    fee: Option<Decimal>,
}

#[derive(Args)]
struct RemoveCashLocation {
    #[arg(long, default_value = "sqlite://agency.db", env = "AGENCY_DATABASE")]
    database: String,
    /// The location's ID, e.g. CASH-01.
    id: String,
}

#[derive(Args)]
struct ReplyMessage {
    #[arg(long, default_value = "sqlite://agency.db", env = "AGENCY_DATABASE")]
    database: String,
    /// The thread ID, e.g. TH-000001.
    #[arg(
        long = "thread",
        value_name = "ID",
        required_unless_present = "participant",
        conflicts_with_all = ["participant", "case_id"]
    )]
    thread_id: Option<String>,
    /// Instead of --thread: the thread of this parent's on --case with the
    /// latest message.
    #[arg(long, value_name = "ID", requires = "case_id")]
    participant: Option<String>,
    /// With --participant: the case, e.g. C-1001.
    #[arg(long = "case", value_name = "ID", requires = "participant")]
    case_id: Option<String>,
    /// The message, 1 to 5,000 characters.
    #[arg(long)]
    body: String,
}

#[derive(Args)]
struct AddSlot {
    #[arg(long, default_value = "sqlite://agency.db", env = "AGENCY_DATABASE")]
    database: String,
    /// The office, e.g. OFF-01.
    #[arg(
        long = "office",
        value_name = "ID",
        required_unless_present = "by_phone",
        conflicts_with = "by_phone"
    )]
    office_id: Option<String>,
    /// The agency calls the parent instead.
    #[arg(long)]
    by_phone: bool,
    /// When it starts, RFC 3339 with its offset, e.g. 2026-12-01T09:00:00-06:00.
    #[arg(long, value_parser = parse_time)]
    starts_at: chrono::DateTime<chrono::Utc>,
    /// How long it lasts, 5 to 480.
    #[arg(long)]
    minutes: u32,
    /// appointment or genetic-test.
    #[arg(long, default_value = "appointment", value_parser = parse_slot_kind)]
    kind: AppointmentKind,
    /// One thing to bring (repeat for more); default: the usual for the kind.
    #[arg(long = "bring", value_name = "TEXT")]
    bring: Vec<String>,
}

fn parse_time(s: &str) -> Result<chrono::DateTime<chrono::Utc>, String> {
    chrono::DateTime::parse_from_rfc3339(s)
        .map(|t| t.with_timezone(&chrono::Utc))
        .map_err(|e| format!("an RFC 3339 time such as 2026-12-01T09:00:00-06:00 ({e})"))
}

fn parse_slot_kind(s: &str) -> Result<AppointmentKind, String> {
    parse_status(&s.replace('-', "_"), &operator::SLOT_KINDS).map_err(|e| e.replace('_', "-"))
}

#[derive(Subcommand)]
enum SetStatus {
    /// An application for services (AP-…).
    Application(SetApplicationStatus),
    /// A modification request (MR-…).
    ModificationRequest(SetModificationStatus),
    /// A document (DOC-…): accept or reject it.
    Document(SetDocumentStatus),
    /// A contact or employer update (CU-…): confirm it (the agency's
    /// records then say it) or reject it.
    ContactUpdate(SetContactUpdateStatus),
}

#[derive(Args)]
struct SetContactUpdateStatus {
    #[arg(long, default_value = "sqlite://agency.db", env = "AGENCY_DATABASE")]
    database: String,
    /// The update ID, e.g. CU-000001.
    id: String,
    /// confirmed or rejected.
    #[arg(value_parser = parse_contact_update_status)]
    status: ContactUpdateStatus,
    /// What the parent is told; for `rejected`, why.
    #[arg(long)]
    note: Option<String>,
}

fn parse_contact_update_status(s: &str) -> Result<ContactUpdateStatus, String> {
    parse_status(s, &operator::CONTACT_UPDATE_DECISIONS)
}

#[derive(Args)]
struct SetDocumentStatus {
    #[arg(long, default_value = "sqlite://agency.db", env = "AGENCY_DATABASE")]
    database: String,
    /// The document ID, e.g. DOC-000001.
    id: String,
    /// accepted or rejected.
    #[arg(value_parser = parse_document_status)]
    status: DocumentStatus,
    /// What the parent is told; for `rejected`, the reason they see.
    #[arg(long)]
    note: Option<String>,
}

fn parse_document_status(s: &str) -> Result<DocumentStatus, String> {
    parse_status(s, &operator::DOCUMENT_DECISIONS)
}

#[derive(Args)]
struct SetApplicationStatus {
    #[arg(long, default_value = "sqlite://agency.db", env = "AGENCY_DATABASE")]
    database: String,
    /// The application ID, e.g. AP-000001.
    id: String,
    /// received, under_review, needs_information, accepted, denied or withdrawn.
    #[arg(value_parser = parse_application_status)]
    status: ApplicationStatus,
    /// What the applicant is told, e.g. what information is needed.
    #[arg(long)]
    note: Option<String>,
    /// With `accepted` only: the case opened for the application, e.g.
    /// C-1001. It gets the family-violence indicator if the applicant asked.
    #[arg(long = "case", value_name = "ID")]
    case_id: Option<String>,
}

#[derive(Args)]
struct SetModificationStatus {
    #[arg(long, default_value = "sqlite://agency.db", env = "AGENCY_DATABASE")]
    database: String,
    /// The request ID, e.g. MR-3f9a2c7b1e04.
    id: String,
    /// received, under_review, granted, denied or withdrawn.
    #[arg(value_parser = parse_modification_status)]
    status: ModificationStatus,
    /// What the parent is told.
    #[arg(long)]
    note: Option<String>,
}

fn parse_application_status(s: &str) -> Result<ApplicationStatus, String> {
    parse_status(s, &operator::APPLICATION_STATUSES)
}

fn parse_modification_status(s: &str) -> Result<ModificationStatus, String> {
    parse_status(s, &operator::MODIFICATION_STATUSES)
}

fn parse_status<T: Copy + serde::Serialize>(s: &str, all: &[T]) -> Result<T, String> {
    all.iter()
        .copied()
        .find(|status| operator::status_name(*status) == s)
        .ok_or_else(|| {
            let names: Vec<_> = all.iter().map(|s| operator::status_name(*s)).collect();
            format!("one of {}", names.join(", "))
        })
}

#[derive(Args)]
struct PostPayment {
    #[arg(long, default_value = "sqlite://agency.db", env = "AGENCY_DATABASE")]
    database: String,
    /// The case ID, e.g. C-1001.
    #[arg(long = "case", value_name = "ID")]
    case_id: String,
    /// Dollars and cents, e.g. 250.00.
    #[arg(long, allow_hyphen_values = true)]
    amount: Decimal,
    /// wage-withholding, federal-tax-offset, state-tax-offset, unemployment or direct.
    #[arg(long, default_value = "wage-withholding", value_parser = parse_source)]
    source: PaymentSource,
    /// The day the payment was received (default: today).
    #[arg(long)]
    received: Option<NaiveDate>,
}

#[derive(Args)]
struct AddParticipant {
    #[arg(long, default_value = "sqlite://agency.db", env = "AGENCY_DATABASE")]
    database: String,
    #[arg(long)]
    email: String,
    #[arg(long)]
    given: String,
    #[arg(long)]
    family: String,
    /// At least 12 characters. Stored only as an argon2id hash.
    #[arg(long, env = "AGENCY_NEW_PASSWORD", hide_env_values = true)]
    password: String,
}

fn parse_source(s: &str) -> Result<PaymentSource, String> {
    PaymentSource::parse(&s.replace('-', "_")).ok_or_else(|| {
        let names: Vec<_> = PaymentSource::ALL
            .iter()
            .map(|p| p.as_str().replace('_', "-"))
            .collect();
        format!("one of {}", names.join(", "))
    })
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
    /// Where uploaded files are kept (created if missing). Default:
    /// `uploads` beside a SQLite database file, `./agency-uploads` for
    /// PostgreSQL.
    #[arg(long = "uploads", value_name = "DIR", env = "AGENCY_UPLOADS")]
    uploads: Option<PathBuf>,
    /// The largest upload accepted, in MiB.
    #[arg(
        long,
        value_name = "N",
        default_value_t = uploads::DEFAULT_MAX_UPLOAD_MB,
        env = "AGENCY_MAX_UPLOAD_MB",
        value_parser = clap::value_parser!(u64).range(1..=1024 * 1024)
    )]
    max_upload_mb: u64,
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
        Some(Command::PostPayment(args)) => run(post_payment(args)),
        Some(Command::AddParticipant(args)) => run(add_participant(args)),
        Some(Command::SetStatus(SetStatus::Application(args))) => run(set_application_status(args)),
        Some(Command::SetStatus(SetStatus::ModificationRequest(args))) => {
            run(set_modification_status(args))
        }
        Some(Command::SetStatus(SetStatus::Document(args))) => run(set_document_status(args)),
        Some(Command::SetStatus(SetStatus::ContactUpdate(args))) => {
            run(set_contact_update_status(args))
        }
        Some(Command::ReplyMessage(args)) => run(reply_message(args)),
        Some(Command::AddSlot(args)) => run(add_slot(args)),
        Some(Command::SetPaymentOptions(args)) => run(set_payment_options(args)),
        Some(Command::AddCashLocation(args)) => run(add_cash_location(args)),
        Some(Command::RemoveCashLocation(args)) => run(remove_cash_location(args)),
        None => run(serve(cli.serve)),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("agency-server: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(job: impl std::future::Future<Output = Result<(), String>>) -> Result<(), String> {
    tokio::runtime::Runtime::new()
        .map_err(|e| format!("cannot start the async runtime: {e}"))
        .and_then(|rt| rt.block_on(job))
}

async fn post_payment(args: PostPayment) -> Result<(), String> {
    let db = Db::open(&args.database).await.map_err(|e| e.to_string())?;
    let posted = operator::post_payment(
        &db,
        NewPayment {
            case_id: args.case_id,
            amount: args.amount,
            source: args.source,
            received_on: args
                .received
                .unwrap_or_else(|| chrono::Utc::now().date_naive()),
        },
    )
    .await
    .map_err(|e| e.to_string())?;
    write_stdout(&format!("{}\n", posted.id))
}

async fn add_participant(args: AddParticipant) -> Result<(), String> {
    let db = Db::open(&args.database).await.map_err(|e| e.to_string())?;
    let id = operator::add_participant(
        &db,
        NewParticipant {
            email: args.email,
            given_name: args.given,
            family_name: args.family,
            password: args.password,
        },
    )
    .await
    .map_err(|e| e.to_string())?;
    write_stdout(&format!("{id}\n"))
}

async fn set_application_status(args: SetApplicationStatus) -> Result<(), String> {
    let db = Db::open(&args.database).await.map_err(|e| e.to_string())?;
    let status = operator::set_application_status(
        &db,
        ApplicationStatusUpdate {
            application_id: args.id,
            status: args.status,
            note: args.note,
            case_id: args.case_id,
        },
    )
    .await
    .map_err(|e| e.to_string())?;
    write_stdout(&format!("{}\n", operator::status_name(status)))
}

async fn set_modification_status(args: SetModificationStatus) -> Result<(), String> {
    let db = Db::open(&args.database).await.map_err(|e| e.to_string())?;
    let status = operator::set_modification_request_status(&db, &args.id, args.status, args.note)
        .await
        .map_err(|e| e.to_string())?;
    write_stdout(&format!("{}\n", operator::status_name(status)))
}

async fn set_document_status(args: SetDocumentStatus) -> Result<(), String> {
    let db = Db::open(&args.database).await.map_err(|e| e.to_string())?;
    let status = operator::set_document_status(&db, &args.id, args.status, args.note)
        .await
        .map_err(|e| e.to_string())?;
    write_stdout(&format!("{}\n", operator::status_name(status)))
}

async fn set_contact_update_status(args: SetContactUpdateStatus) -> Result<(), String> {
    let db = Db::open(&args.database).await.map_err(|e| e.to_string())?;
    let status = operator::set_contact_update_status(&db, &args.id, args.status, args.note)
        .await
        .map_err(|e| e.to_string())?;
    write_stdout(&format!("{}\n", operator::status_name(status)))
}

async fn reply_message(args: ReplyMessage) -> Result<(), String> {
    let db = Db::open(&args.database).await.map_err(|e| e.to_string())?;
    let thread = match (args.thread_id, args.participant, args.case_id) {
        (Some(thread), _, _) => thread,
        (None, Some(participant), Some(case_id)) => {
            operator::latest_thread(&db, &case_id, &participant)
                .await
                .map_err(|e| e.to_string())?
        }
        _ => return Err("give --thread, or --participant and --case".to_owned()),
    };
    let id = operator::reply_message(&db, &thread, &args.body)
        .await
        .map_err(|e| e.to_string())?;
    write_stdout(&format!("{id}\n"))
}

async fn add_slot(args: AddSlot) -> Result<(), String> {
    let db = Db::open(&args.database).await.map_err(|e| e.to_string())?;
    let id = operator::add_slot(
        &db,
        NewSlot {
            office_id: args.office_id,
            starts_at: args.starts_at,
            minutes: args.minutes,
            kind: args.kind,
            what_to_bring: args.bring,
        },
    )
    .await
    .map_err(|e| e.to_string())?;
    write_stdout(&format!("{id}\n"))
}

async fn set_payment_options(args: SetPaymentOptions) -> Result<(), String> {
    let db = Db::open(&args.database).await.map_err(|e| e.to_string())?;
    let options = operator::set_payment_options(
        &db,
        operator::PaymentOptionsChange {
            mail_payable_to: args.mail_payable_to,
            mail_address: (!args.mail_address.is_empty()).then_some(args.mail_address),
            online_name: args.online_name,
            online_url: args.online_url,
            text_number: args.text_number,
            text_instructions: args.text_instructions,
        },
    )
    .await
    .map_err(|e| e.to_string())?;
    let json = serde_json::to_string_pretty(&options).map_err(|e| e.to_string())?;
    write_stdout(&format!("{json}\n"))
}

async fn add_cash_location(args: AddCashLocation) -> Result<(), String> {
    let db = Db::open(&args.database).await.map_err(|e| e.to_string())?;
    let id = operator::add_cash_location(
        &db,
        operator::NewCashLocation {
            name: args.name,
            address: args.address,
            hours: args.hours,
            fee: args.fee,
        },
    )
    .await
    .map_err(|e| e.to_string())?;
    write_stdout(&format!("{id}\n"))
}

async fn remove_cash_location(args: RemoveCashLocation) -> Result<(), String> {
    let db = Db::open(&args.database).await.map_err(|e| e.to_string())?;
    operator::remove_cash_location(&db, &args.id)
        .await
        .map_err(|e| e.to_string())
}

async fn serve(args: Serve) -> Result<(), String> {
    let db = Db::open(&args.database).await.map_err(|e| e.to_string())?;
    if args.demo {
        let outcome = demo::seed(&db)
            .await
            .map_err(|e| format!("cannot seed demo data: {e}"))?;
        tracing::info!(?outcome, "demo data");
    }
    let upload_config = UploadConfig {
        dir: args.uploads.unwrap_or_else(|| uploads::default_dir(&db)),
        max_bytes: args.max_upload_mb * 1024 * 1024,
    };
    uploads::create_dir(&upload_config.dir).map_err(|e| {
        format!(
            "cannot create the uploads directory {}: {e}",
            upload_config.dir.display()
        )
    })?;
    let removed = uploads::remove_abandoned(&db, &upload_config.dir, chrono::Utc::now())
        .await
        .map_err(|e| format!("cannot remove abandoned uploads: {e}"))?;
    tracing::info!(removed, "abandoned uploads removed");
    let expired = idempotency::remove_expired(&db, chrono::Utc::now())
        .await
        .map_err(|e| format!("cannot remove expired idempotency keys: {e}"))?;
    tracing::info!(expired, "expired idempotency keys removed");
    tokio::spawn(sweep_idempotency_keys(db.clone()));
    let listener = tokio::net::TcpListener::bind(args.listen)
        .await
        .map_err(|e| format!("cannot listen on {}: {e}", args.listen))?;
    let local = listener.local_addr().map_err(|e| e.to_string())?;
    write_stdout(&format!("listening on http://{local}\n"))?;
    agency_server::server_started(&db)
        .await
        .map_err(|e| format!("cannot record the start: {e}"))?;
    let app = router(AppState::with_uploads(db, upload_config))
        .into_make_service_with_connect_info::<SocketAddr>();
    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown_signal())
        .await
        .map_err(|e| format!("server error: {e}"))
}

/// Removes expired idempotency keys every [`idempotency::SWEEP_EVERY`],
/// after the sweep at start. A failed sweep is logged and tried again at
/// the next one; expired keys are treated as new meanwhile.
async fn sweep_idempotency_keys(db: Db) {
    let every = idempotency::SWEEP_EVERY;
    let mut ticks = tokio::time::interval_at(tokio::time::Instant::now() + every, every);
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        ticks.tick().await;
        match idempotency::remove_expired(&db, chrono::Utc::now()).await {
            Ok(expired) => tracing::info!(expired, "expired idempotency keys removed"),
            Err(e) => tracing::warn!(error = %e, "cannot remove expired idempotency keys"),
        }
    }
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
