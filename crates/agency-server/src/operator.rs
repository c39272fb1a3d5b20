//! Operator commands: what a state disbursement unit or a caseworker does
//! through the agency's own systems, here run from the command line for demos
//! and tests.

use crate::auth::passwords;
use crate::case_store;
use crate::db::Db;
use crate::distribution::{self, DistributionError};
use crate::timeline::{self, Subject};
use agency_api::{ApplicationStatus, DocumentStatus, ModificationStatus, PaymentSource};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

#[derive(Debug, thiserror::Error)]
pub enum OperatorError {
    #[error("there is no case {0}")]
    NoSuchCase(String),
    #[error("case {0} has no support order to pay")]
    NoOrder(String),
    #[error("the amount must be more than zero with at most two decimal places, not {0}")]
    BadAmount(Decimal),
    #[error(transparent)]
    Distribution(#[from] DistributionError),
    #[error("{0}")]
    Invalid(String),
    #[error("a participant with that email already exists")]
    EmailTaken,
    #[error("there is no application {0}")]
    NoSuchApplication(String),
    #[error("there is no modification request {0}")]
    NoSuchModificationRequest(String),
    #[error("there is no document {0}")]
    NoSuchDocument(String),
    #[error("{id} is {status} already, a final status: it cannot change any more")]
    FinalStatus { id: String, status: String },
    #[error("--case links a case only to an accepted application, not to a {0} one")]
    CaseOnlyWhenAccepted(String),
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
}

/// A payment as the disbursement unit receives it.
pub struct NewPayment {
    pub case_id: String,
    pub amount: Decimal,
    pub source: PaymentSource,
    pub received_on: NaiveDate,
}

/// The new payment's ID and how it was applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PostedPayment {
    pub id: String,
    pub current_support_cents: i64,
    pub arrears_cents: i64,
}

/// Posts a payment, distributed under 45 CFR 302.51 against what is owed on
/// the day it was received.
pub async fn post_payment(db: &Db, p: NewPayment) -> Result<PostedPayment, OperatorError> {
    let amount_cents = to_cents(p.amount)?;
    let mut tx = db.pool().begin().await?;
    let exists: Option<(String,)> = sqlx::query_as("SELECT id FROM cases WHERE id = $1")
        .bind(&p.case_id)
        .fetch_optional(&mut *tx)
        .await?;
    if exists.is_none() {
        return Err(OperatorError::NoSuchCase(p.case_id));
    }
    let order = case_store::order(&mut tx, &p.case_id)
        .await?
        .ok_or_else(|| OperatorError::NoOrder(p.case_id.clone()))?;
    let posted = case_store::posted(&mut tx, &p.case_id).await?;
    let position = distribution::position(&order.terms, &posted, p.received_on);
    let split = distribution::distribute(amount_cents, p.source, &position)?;

    // `seq` only grows: it is the order of the payments cursor. A posted
    // payment is never changed or removed, which `payment_cache` relies on.
    let (seq,): (i64,) = sqlx::query_as("SELECT COALESCE(MAX(seq), 0) FROM payments")
        .fetch_one(&mut *tx)
        .await?;
    let seq = seq + 1;
    let id = format!("PAY-{seq:06}");
    sqlx::query(
        "INSERT INTO payments (id, seq, case_id, received_on, amount_cents, source, \
         current_support_cents, arrears_cents, interest_cents, fees_cents, disbursed_on) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 0, 0, NULL)",
    )
    .bind(&id)
    .bind(seq)
    .bind(&p.case_id)
    .bind(p.received_on.to_string())
    .bind(amount_cents)
    .bind(p.source.as_str())
    .bind(split.current_cents)
    .bind(split.arrears_cents)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    tracing::info!(payment = %id, case = %p.case_id, "payment posted");
    Ok(PostedPayment {
        id,
        current_support_cents: split.current_cents,
        arrears_cents: split.arrears_cents,
    })
}

pub struct NewParticipant {
    pub email: String,
    pub given_name: String,
    pub family_name: String,
    pub password: String,
}

/// Shortest password accepted (NIST SP 800-63B §3.1.1.2 asks at least 8 for
/// a single factor; 12 is this agency's choice).
pub const MIN_PASSWORD_CHARS: usize = 12;

/// Adds a participant who can sign in; returns the new participant ID.
pub async fn add_participant(db: &Db, p: NewParticipant) -> Result<String, OperatorError> {
    let email = p.email.trim().to_owned();
    if !email.contains('@') || email.contains(char::is_whitespace) {
        return Err(OperatorError::Invalid(format!(
            "`{email}` is not an email address"
        )));
    }
    if p.given_name.trim().is_empty() || p.family_name.trim().is_empty() {
        return Err(OperatorError::Invalid(
            "the given and family names are required".to_owned(),
        ));
    }
    if p.password.chars().count() < MIN_PASSWORD_CHARS {
        return Err(OperatorError::Invalid(format!(
            "the password must have at least {MIN_PASSWORD_CHARS} characters"
        )));
    }
    let hash = passwords::hash(&p.password);
    let mut tx = db.pool().begin().await?;
    let taken: Option<(String,)> =
        sqlx::query_as("SELECT id FROM participants WHERE LOWER(email) = $1")
            .bind(email.to_lowercase())
            .fetch_optional(&mut *tx)
            .await?;
    if taken.is_some() {
        return Err(OperatorError::EmailTaken);
    }
    let ids: Vec<(String,)> = sqlx::query_as("SELECT id FROM participants")
        .fetch_all(&mut *tx)
        .await?;
    let next = ids
        .iter()
        .filter_map(|(id,)| id.strip_prefix("P-")?.parse::<u64>().ok())
        .max()
        .unwrap_or(1000)
        + 1;
    let id = format!("P-{next:04}");
    sqlx::query(
        "INSERT INTO participants (id, email, given_name, family_name, password_hash, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(&id)
    .bind(&email)
    .bind(p.given_name.trim())
    .bind(p.family_name.trim())
    .bind(&hash)
    .bind(chrono::Utc::now().to_rfc3339())
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    tracing::info!(participant = %id, "participant added");
    Ok(id)
}

/// Longest note to a parent on a status change, in characters.
pub const MAX_NOTE_CHARS: usize = 2000;

/// A new status for an application, as a caseworker decides it.
pub struct ApplicationStatusUpdate {
    pub application_id: String,
    pub status: ApplicationStatus,
    /// What the applicant is told about it.
    pub note: Option<String>,
    /// The case opened (or found) for the application: only with
    /// `accepted`. If the applicant asked for the family-violence indicator,
    /// the case gets it.
    pub case_id: Option<String>,
}

/// Whether an application's status is final: nothing changes it after.
pub fn application_status_is_final(status: ApplicationStatus) -> bool {
    match status {
        ApplicationStatus::Received
        | ApplicationStatus::UnderReview
        | ApplicationStatus::NeedsInformation => false,
        ApplicationStatus::Accepted | ApplicationStatus::Denied | ApplicationStatus::Withdrawn => {
            true
        }
    }
}

/// Whether a modification request's status is final.
pub fn modification_status_is_final(status: ModificationStatus) -> bool {
    match status {
        ModificationStatus::Received | ModificationStatus::UnderReview => false,
        ModificationStatus::Granted
        | ModificationStatus::Denied
        | ModificationStatus::Withdrawn => true,
    }
}

/// Every application status, in the order an application usually goes.
pub const APPLICATION_STATUSES: [ApplicationStatus; 6] = [
    ApplicationStatus::Received,
    ApplicationStatus::UnderReview,
    ApplicationStatus::NeedsInformation,
    ApplicationStatus::Accepted,
    ApplicationStatus::Denied,
    ApplicationStatus::Withdrawn,
];

/// Every modification request status.
pub const MODIFICATION_STATUSES: [ModificationStatus; 5] = [
    ModificationStatus::Received,
    ModificationStatus::UnderReview,
    ModificationStatus::Granted,
    ModificationStatus::Denied,
    ModificationStatus::Withdrawn,
];

/// What a caseworker decides of a document; both are final.
pub const DOCUMENT_DECISIONS: [DocumentStatus; 2] =
    [DocumentStatus::Accepted, DocumentStatus::Rejected];

/// The wire name of a status (`under_review`), as the command line takes it.
pub fn status_name<T: serde::Serialize>(status: T) -> String {
    timeline::wire_name(status)
}

/// Changes an application's status and appends it to its timeline, in one
/// transaction; returns the new status.
pub async fn set_application_status(
    db: &Db,
    update: ApplicationStatusUpdate,
) -> Result<ApplicationStatus, OperatorError> {
    let note = note(update.note)?;
    if update.case_id.is_some() && update.status != ApplicationStatus::Accepted {
        return Err(OperatorError::CaseOnlyWhenAccepted(status_name(
            update.status,
        )));
    }
    let id = update.application_id.trim();
    let mut tx = db.pool().begin().await?;
    // Writing first takes the lock (the row in PostgreSQL, the database in
    // SQLite), so that two changes of one application queue up.
    let touched = sqlx::query("UPDATE applications SET status = status WHERE id = $1")
        .bind(id)
        .execute(&mut *tx)
        .await?;
    if touched.rows_affected() == 0 {
        return Err(OperatorError::NoSuchApplication(id.to_owned()));
    }
    let (current, family_violence): (String, i64) =
        sqlx::query_as("SELECT status, family_violence_requested FROM applications WHERE id = $1")
            .bind(id)
            .fetch_one(&mut *tx)
            .await?;
    let current: ApplicationStatus = timeline::from_wire(&current)?;
    if application_status_is_final(current) {
        return Err(OperatorError::FinalStatus {
            id: id.to_owned(),
            status: status_name(current),
        });
    }
    if let Some(case_id) = &update.case_id {
        let case: Option<(String,)> = sqlx::query_as("SELECT id FROM cases WHERE id = $1")
            .bind(case_id)
            .fetch_optional(&mut *tx)
            .await?;
        if case.is_none() {
            return Err(OperatorError::NoSuchCase(case_id.clone()));
        }
        if family_violence != 0 {
            sqlx::query("UPDATE cases SET family_violence = 1 WHERE id = $1")
                .bind(case_id)
                .execute(&mut *tx)
                .await?;
        }
    }
    let name = status_name(update.status);
    sqlx::query("UPDATE applications SET status = $1, case_id = $2 WHERE id = $3")
        .bind(&name)
        .bind(&update.case_id)
        .bind(id)
        .execute(&mut *tx)
        .await?;
    timeline::append(
        &mut tx,
        Subject::Application,
        id,
        &name,
        chrono::Utc::now(),
        note.as_deref(),
    )
    .await?;
    tx.commit().await?;
    tracing::info!(application = %id, status = %name, case = ?update.case_id, "application status changed");
    Ok(update.status)
}

/// Changes a modification request's status and appends it to its timeline,
/// in one transaction; returns the new status.
pub async fn set_modification_request_status(
    db: &Db,
    request_id: &str,
    status: ModificationStatus,
    note: Option<String>,
) -> Result<ModificationStatus, OperatorError> {
    let note = self::note(note)?;
    let id = request_id.trim();
    let mut tx = db.pool().begin().await?;
    let touched = sqlx::query("UPDATE modification_requests SET status = status WHERE id = $1")
        .bind(id)
        .execute(&mut *tx)
        .await?;
    if touched.rows_affected() == 0 {
        return Err(OperatorError::NoSuchModificationRequest(id.to_owned()));
    }
    let (current,): (String,) =
        sqlx::query_as("SELECT status FROM modification_requests WHERE id = $1")
            .bind(id)
            .fetch_one(&mut *tx)
            .await?;
    let current: ModificationStatus = timeline::from_wire(&current)?;
    if modification_status_is_final(current) {
        return Err(OperatorError::FinalStatus {
            id: id.to_owned(),
            status: status_name(current),
        });
    }
    let name = status_name(status);
    sqlx::query("UPDATE modification_requests SET status = $1 WHERE id = $2")
        .bind(&name)
        .bind(id)
        .execute(&mut *tx)
        .await?;
    timeline::append(
        &mut tx,
        Subject::ModificationRequest,
        id,
        &name,
        chrono::Utc::now(),
        note.as_deref(),
    )
    .await?;
    tx.commit().await?;
    tracing::info!(request = %id, status = %name, "modification request status changed");
    Ok(status)
}

/// Accepts or rejects a document and appends it to its status history, in
/// one transaction; returns the new status. The note is kept with the
/// change and, for a rejection, is the `reason` the parent sees. A
/// decision is final: a document accepted or rejected never changes again
/// (the parent sends a new one that replaces a rejected one).
pub async fn set_document_status(
    db: &Db,
    document_id: &str,
    status: DocumentStatus,
    note: Option<String>,
) -> Result<DocumentStatus, OperatorError> {
    if !DOCUMENT_DECISIONS.contains(&status) {
        return Err(OperatorError::Invalid(
            "a document can be accepted or rejected, nothing else".to_owned(),
        ));
    }
    let note = self::note(note)?;
    let id = document_id.trim();
    let mut tx = db.pool().begin().await?;
    let touched = sqlx::query("UPDATE documents SET status = status WHERE id = $1")
        .bind(id)
        .execute(&mut *tx)
        .await?;
    if touched.rows_affected() == 0 {
        return Err(OperatorError::NoSuchDocument(id.to_owned()));
    }
    let (current,): (String,) = sqlx::query_as("SELECT status FROM documents WHERE id = $1")
        .bind(id)
        .fetch_one(&mut *tx)
        .await?;
    let current: DocumentStatus = timeline::from_wire(&current)?;
    if current != DocumentStatus::Received {
        return Err(OperatorError::FinalStatus {
            id: id.to_owned(),
            status: status_name(current),
        });
    }
    let name = status_name(status);
    let reason = note
        .as_deref()
        .filter(|_| status == DocumentStatus::Rejected);
    sqlx::query("UPDATE documents SET status = $1, reason = $2 WHERE id = $3")
        .bind(&name)
        .bind(reason)
        .bind(id)
        .execute(&mut *tx)
        .await?;
    timeline::append(
        &mut tx,
        Subject::Document,
        id,
        &name,
        chrono::Utc::now(),
        note.as_deref(),
    )
    .await?;
    tx.commit().await?;
    tracing::info!(document = %id, status = %name, "document status changed");
    Ok(status)
}

/// A note for the parent: trimmed, none if blank, at most
/// [`MAX_NOTE_CHARS`].
fn note(note: Option<String>) -> Result<Option<String>, OperatorError> {
    let note = note.map(|n| n.trim().to_owned()).filter(|n| !n.is_empty());
    if note
        .as_ref()
        .is_some_and(|n| n.chars().count() > MAX_NOTE_CHARS)
    {
        return Err(OperatorError::Invalid(format!(
            "the note must be at most {MAX_NOTE_CHARS} characters"
        )));
    }
    Ok(note)
}

fn to_cents(amount: Decimal) -> Result<i64, OperatorError> {
    let cents = amount * Decimal::ONE_HUNDRED;
    if amount <= Decimal::ZERO || cents.fract() != Decimal::ZERO {
        return Err(OperatorError::BadAmount(amount));
    }
    cents.to_i64().ok_or(OperatorError::BadAmount(amount))
}
