//! The backend as a process of its own, for the reliability harness
//! (`crates/backend/tests/reliability.rs`), which kills it at random points.
//!
//! ```text
//! outbox-harness --agency URL --data DIR --user ID --password PW [--retry-ms N] [--files DIR] [LABEL...]
//! ```
//! Opens the backend on `DIR` (store and secrets there), signs in if no
//! session was saved, submits one modification request per `LABEL` (an
//! application when the label has `-app-` in it, a document when it is
//! `file:PATH` or has `-doc-` in it (the file `--files DIR/LABEL.pdf`) (printing `queued LABEL` once it is on disk), then waits
//! until the outbox is empty and prints `drained`. While a document is sent
//! it prints `progress SENT TOTAL` as the backend tells it. Secrets go to a file in `DIR`: the harness tests
//! the outbox, and the OS keyring has tests of its own. The app never keeps
//! a secret in a file.
#![allow(clippy::print_stdout)]

use agency_api::{ModificationReason, NewModificationRequest, Paternity, Service};
use backend::{
    AddressForm, AppMode, ApplicantForm, ApplicationForm, Backend, BackendConfig, ChildForm,
    OtherParentForm, OutboxState, SecretError, SecretStore, SessionState, SignatureForm,
};
use std::collections::HashMap;
use std::io::Write;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

const CASE: &str = "C-1001";

/// Secrets in a JSON file, written atomically. For the harness only.
struct FileSecrets {
    path: PathBuf,
    lock: Mutex<()>,
}

impl FileSecrets {
    fn read(&self) -> HashMap<String, String> {
        std::fs::read(&self.path)
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .unwrap_or_default()
    }

    fn write(&self, all: &HashMap<String, String>) -> Result<(), SecretError> {
        let fail = |e: std::io::Error| SecretError::new(e.to_string());
        let tmp = self.path.with_extension("tmp");
        let mut file = std::fs::File::create(&tmp).map_err(fail)?;
        file.write_all(&serde_json::to_vec(all).unwrap_or_default())
            .map_err(fail)?;
        file.sync_all().map_err(fail)?;
        std::fs::rename(&tmp, &self.path).map_err(fail)
    }
}

impl SecretStore for FileSecrets {
    fn get(&self, name: &str) -> Result<Option<String>, SecretError> {
        let _guard = self.lock.lock();
        Ok(self.read().remove(name))
    }

    fn set(&self, name: &str, value: &str) -> Result<(), SecretError> {
        let _guard = self.lock.lock();
        let mut all = self.read();
        all.insert(name.to_owned(), value.to_owned());
        self.write(&all)
    }

    fn delete(&self, name: &str) -> Result<(), SecretError> {
        let _guard = self.lock.lock();
        let mut all = self.read();
        all.remove(name);
        self.write(&all)
    }

    fn persistent(&self) -> bool {
        true
    }
}

struct Args {
    agency: String,
    data: PathBuf,
    user: String,
    password: String,
    retry: Duration,
    /// Where the files of `-doc-` labels are.
    files: PathBuf,
    labels: Vec<String>,
}

fn args() -> Result<Args, String> {
    let mut it = std::env::args().skip(1);
    let (mut agency, mut data, mut user, mut password) = (None, None, None, None);
    let mut retry = Duration::from_millis(200);
    let mut files = PathBuf::from(".");
    let mut labels = Vec::new();
    while let Some(arg) = it.next() {
        let mut value = || it.next().ok_or(format!("{arg} needs a value"));
        match arg.as_str() {
            "--agency" => agency = Some(value()?),
            "--data" => data = Some(PathBuf::from(value()?)),
            "--user" => user = Some(value()?),
            "--password" => password = Some(value()?),
            "--files" => files = PathBuf::from(value()?),
            "--retry-ms" => {
                retry = Duration::from_millis(value()?.parse().map_err(|_| "--retry-ms")?);
            }
            _ => labels.push(arg),
        }
    }
    Ok(Args {
        agency: agency.ok_or("--agency is required")?,
        data: data.ok_or("--data is required")?,
        user: user.ok_or("--user is required")?,
        password: password.ok_or("--password is required")?,
        retry,
        files,
        labels,
    })
}

fn say(line: &str) {
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{line}");
    let _ = out.flush();
}

#[tokio::main]
async fn main() -> Result<(), String> {
    let args = args()?;
    let mut config = BackendConfig::resolve(Some(&args.agency), None, AppMode::Home)
        .map_err(|e| e.to_string())?
        .with_data_dir(&args.data);
    config.outbox_retry = args.retry;
    let secrets = Arc::new(FileSecrets {
        path: args.data.join("secrets.json"),
        lock: Mutex::new(()),
    });
    std::fs::create_dir_all(&args.data).map_err(|e| e.to_string())?;
    let backend = Backend::new(config, secrets).map_err(|e| e.to_string())?;
    let mut events = backend.subscribe();
    tokio::spawn(async move {
        loop {
            match events.recv().await {
                Ok(backend::BackendEvent::UploadProgress(p)) => {
                    say(&format!("progress {} {}", p.sent, p.total));
                }
                Ok(_) | Err(tokio::sync::broadcast::error::RecvError::Lagged(_)) => {}
                Err(tokio::sync::broadcast::error::RecvError::Closed) => break,
            }
        }
    });
    backend.start().await;

    ensure_signed_in(&backend, &args).await;

    for label in &args.labels {
        loop {
            // A label with `-app-` in it is an application; any other, a
            // modification request. Either way the label is in the body.
            let file = match label.strip_prefix("file:") {
                Some(path) => Some(PathBuf::from(path)),
                None if label.contains("-doc-") => Some(args.files.join(format!("{label}.pdf"))),
                None => None,
            };
            let saved = if let Some(file) = file {
                backend
                    .add_document(CASE, &file, agency_api::DocumentType::Other, None)
                    .await
            } else if label.contains("-app-") {
                backend.submit_application(&application(label)).await
            } else {
                let request = NewModificationRequest {
                    reason: ModificationReason::IncomeChange,
                    details: label.clone(),
                    estimated_monthly: None,
                    documents: Vec::new(),
                };
                backend
                    .submit_modification_request(CASE, request, &[])
                    .await
            };
            match saved {
                Ok(_) => break,
                Err(e) => {
                    say(&format!("not saved: {}", e.message));
                    tokio::time::sleep(args.retry).await;
                    ensure_signed_in(&backend, &args).await;
                }
            }
        }
        say(&format!("queued {label}"));
    }

    let mut last_report = std::time::Instant::now();
    loop {
        let items = backend.outbox().await.map_err(|e| e.message)?;
        if last_report.elapsed() > Duration::from_secs(5) {
            // Why it has not drained yet, for the test's failure message.
            last_report = std::time::Instant::now();
            let waiting: Vec<String> = items
                .iter()
                .filter(|i| !matches!(i.state, OutboxState::Delivered { .. }))
                .map(|i| format!("{} attempts={} {:?}", i.id, i.attempts, i.state))
                .collect();
            say(&format!(
                "waiting session={:?} {waiting:?}",
                std::mem::discriminant(&backend.session())
            ));
        }
        if let Some(failed) = items
            .iter()
            .find(|i| matches!(i.state, OutboxState::Failed { .. }))
        {
            say(&format!("failed {failed:?}"));
            std::process::exit(1);
        }
        if items
            .iter()
            .all(|i| matches!(i.state, OutboxState::Delivered { .. }))
        {
            say("drained");
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
        // A kill between the agency's rotation of the refresh token and its
        // saving here ends the session: sign in again, as a parent would.
        ensure_signed_in(&backend, &args).await;
    }
}

/// An application by the demo parent, labelled in the other parent's
/// description.
fn application(label: &str) -> ApplicationForm {
    ApplicationForm {
        applicant: ApplicantForm {
            given_name: "Maria".into(),
            family_name: "Lopez".into(),
            date_of_birth: "1988-05-14".into(),
            address: AddressForm {
                line1: "1 Main St".into(),
                city: "Madison".into(),
                state: "WI".into(),
                zip: "53703".into(),
                ..AddressForm::default()
            },
            ..ApplicantForm::default()
        },
        other_parent: OtherParentForm {
            description: label.to_owned(),
            ..OtherParentForm::default()
        },
        children: vec![ChildForm {
            given_name: "Sofia".into(),
            family_name: "Lopez".into(),
            date_of_birth: "2016-08-01".into(),
            paternity: Some(Paternity::Established),
        }],
        services: vec![Service::EnforceOrder],
        signature: SignatureForm {
            typed_name: "Maria Lopez".into(),
            consent: true,
        },
        ..ApplicationForm::default()
    }
}

/// Signs in until it works: a sign-in fails while the agency is down.
async fn ensure_signed_in(backend: &Backend, args: &Args) {
    while !matches!(backend.session(), SessionState::SignedIn { .. }) {
        let (user, password) = (args.user.clone(), args.password.clone());
        let browser = backend.clone();
        let result = backend
            .sign_in(move |url| {
                tokio::spawn(async move {
                    if let Err(e) =
                        backend::testing::browser_sign_in(url.as_str(), &user, &password).await
                    {
                        say(&format!("browser: {e}"));
                        browser.cancel_sign_in();
                    }
                });
                Ok(())
            })
            .await;
        if let Err(e) = result {
            say(&format!("sign-in failed: {}", e.message));
            tokio::time::sleep(args.retry).await;
        }
    }
}
