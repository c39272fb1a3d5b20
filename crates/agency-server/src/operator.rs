//! Operator commands: what a state disbursement unit or a caseworker does
//! through the agency's own systems, here run from the command line for demos
//! and tests.

use crate::auth::passwords;
use crate::case_store;
use crate::changes::{self, Scope};
use crate::db::Db;
use crate::distribution::{self, DistributionError};
use crate::timeline::{self, Subject};
use agency_api::{
    ApplicationStatus, ChangeArea as Area, DocumentStatus, ModificationStatus, PaymentSource,
};
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
    #[error("there is no message thread {0}")]
    NoSuchThread(String),
    #[error("there is no office {0}")]
    NoSuchOffice(String),
    #[error("there is no contact update {0}")]
    NoSuchContactUpdate(String),
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
    pub interest_cents: i64,
}

/// Posts a payment, distributed under 45 CFR 302.51 and the order's interest
/// rule against what is owed on the day it was received (see
/// `distribution`). A payment received before others already posted is
/// applied to the books as they stood on its day; the later ones keep the
/// distribution they were given (the balances are worked afresh).
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
    let posted = case_store::received(&mut tx, &p.case_id).await?;
    let split = distribution::distribute(
        &order.terms,
        &order.rule(),
        &posted,
        distribution::Received {
            received_on: p.received_on,
            amount_cents,
            source: p.source,
        },
    )?;

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
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 0, NULL)",
    )
    .bind(&id)
    .bind(seq)
    .bind(&p.case_id)
    .bind(p.received_on.to_string())
    .bind(amount_cents)
    .bind(p.source.as_str())
    .bind(split.current_cents)
    .bind(split.arrears_cents)
    .bind(split.interest_cents)
    .execute(&mut *tx)
    .await?;
    // The history, the balances and what is due next.
    changes::stamp(
        &mut tx,
        Scope::Case(&p.case_id),
        &[Area::Payments, Area::Case, Area::HowToPay],
    )
    .await?;
    tx.commit().await?;
    tracing::info!(payment = %id, case = %p.case_id, "payment posted");
    Ok(PostedPayment {
        id,
        current_support_cents: split.current_cents,
        arrears_cents: split.arrears_cents,
        interest_cents: split.interest_cents,
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
            // What the parties see of each other.
            changes::stamp(&mut tx, Scope::Case(case_id), &[Area::Case]).await?;
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
    let (applicant,): (String,) =
        sqlx::query_as("SELECT participant_id FROM applications WHERE id = $1")
            .bind(id)
            .fetch_one(&mut *tx)
            .await?;
    changes::stamp(
        &mut tx,
        Scope::Participant(&applicant),
        &[Area::Submissions],
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
    let (requester,): (String,) =
        sqlx::query_as("SELECT participant_id FROM modification_requests WHERE id = $1")
            .bind(id)
            .fetch_one(&mut *tx)
            .await?;
    changes::stamp(
        &mut tx,
        Scope::Participant(&requester),
        &[Area::Submissions],
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
    let (case_id, owner): (String, String) =
        sqlx::query_as("SELECT case_id, participant_id FROM documents WHERE id = $1")
            .bind(id)
            .fetch_one(&mut *tx)
            .await?;
    changes::stamp(&mut tx, Scope::CaseOf(&case_id, &owner), &[Area::Documents]).await?;
    // A modification request shows the review of the documents it carries.
    changes::stamp(&mut tx, Scope::Participant(&owner), &[Area::Submissions]).await?;
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

/// The role the agency signs its messages with: never a staff member's
/// name.
pub const AGENCY_ROLE: &str = "Caseworker";

/// Replies in a parent's message thread as the agency (signed
/// [`AGENCY_ROLE`]); returns the new message's ID. The parent sees it
/// unread until they mark it read.
pub async fn reply_message(db: &Db, thread_id: &str, body: &str) -> Result<String, OperatorError> {
    let body = body.trim();
    if body.is_empty() || body.chars().count() > agency_api::MAX_MESSAGE_CHARS {
        return Err(OperatorError::Invalid(format!(
            "the message must have 1 to {} characters",
            agency_api::MAX_MESSAGE_CHARS
        )));
    }
    let id = thread_id.trim();
    let mut tx = db.pool().begin().await?;
    let exists: Option<(String,)> = sqlx::query_as("SELECT id FROM message_threads WHERE id = $1")
        .bind(id)
        .fetch_optional(&mut *tx)
        .await?;
    if exists.is_none() {
        return Err(OperatorError::NoSuchThread(id.to_owned()));
    }
    let message = crate::routes::messages::insert_message(
        &mut tx,
        id,
        crate::routes::messages::Sender::Agency(AGENCY_ROLE),
        body,
        &[],
        chrono::Utc::now(),
    )
    .await?;
    let (case_id, owner): (String, String) =
        sqlx::query_as("SELECT case_id, participant_id FROM message_threads WHERE id = $1")
            .bind(id)
            .fetch_one(&mut *tx)
            .await?;
    changes::stamp(&mut tx, Scope::CaseOf(&case_id, &owner), &[Area::Messages]).await?;
    tx.commit().await?;
    tracing::info!(thread = %id, message = %message, "agency replied");
    Ok(message)
}

/// The thread of `participant`'s on `case_id` with the latest message:
/// the one a caseworker answers next.
pub async fn latest_thread(
    db: &Db,
    case_id: &str,
    participant: &str,
) -> Result<String, OperatorError> {
    let row: Option<(String,)> = sqlx::query_as(
        "SELECT t.id FROM message_threads t JOIN messages m ON m.thread_id = t.id \
         WHERE t.case_id = $1 AND t.participant_id = $2 ORDER BY m.seq DESC LIMIT 1",
    )
    .bind(case_id.trim())
    .bind(participant.trim())
    .fetch_optional(db.pool())
    .await?;
    row.map(|(id,)| id).ok_or_else(|| {
        OperatorError::Invalid(format!(
            "{} has no message thread on {}",
            participant.trim(),
            case_id.trim()
        ))
    })
}

/// A time the agency offers to book.
pub struct NewSlot {
    /// The office, or None for an appointment by phone.
    pub office_id: Option<String>,
    pub starts_at: chrono::DateTime<chrono::Utc>,
    pub minutes: u32,
    /// `Appointment` or `GeneticTest`; hearings are set by the court, never
    /// offered.
    pub kind: agency_api::AppointmentKind,
    /// What to bring, one thing each; empty: the usual for the kind.
    pub what_to_bring: Vec<String>,
}

/// The kinds of appointment a slot may offer.
pub const SLOT_KINDS: [agency_api::AppointmentKind; 2] = [
    agency_api::AppointmentKind::Appointment,
    agency_api::AppointmentKind::GeneticTest,
];

/// What to bring to an appointment of `kind`, unless the operator says.
pub fn usual_things_to_bring(kind: agency_api::AppointmentKind) -> Vec<String> {
    let things: &[&str] = match kind {
        agency_api::AppointmentKind::GeneticTest => &[
            "A photo ID",
            "The child, with their birth certificate",
            "The letter that scheduled the test",
        ],
        agency_api::AppointmentKind::Hearing => &[
            "A photo ID",
            "Your last three pay stubs",
            "Any papers the court sent you",
        ],
        agency_api::AppointmentKind::Appointment => &[
            "A photo ID",
            "Your case number",
            "Any letters from us about this appointment",
        ],
    };
    things.iter().map(|t| (*t).to_owned()).collect()
}

/// Adds an open slot; returns its ID.
pub async fn add_slot(db: &Db, slot: NewSlot) -> Result<String, OperatorError> {
    if !SLOT_KINDS.contains(&slot.kind) {
        return Err(OperatorError::Invalid(
            "a slot offers an appointment or a genetic test; hearings are set by the court"
                .to_owned(),
        ));
    }
    if !(5..=8 * 60).contains(&slot.minutes) {
        return Err(OperatorError::Invalid(
            "a slot lasts 5 to 480 minutes".to_owned(),
        ));
    }
    if slot.starts_at <= chrono::Utc::now() {
        return Err(OperatorError::Invalid(
            "a slot must start in the future".to_owned(),
        ));
    }
    let bring: Vec<String> = slot
        .what_to_bring
        .iter()
        .map(|t| t.trim().replace('\n', " "))
        .filter(|t| !t.is_empty())
        .collect();
    let bring = if bring.is_empty() {
        usual_things_to_bring(slot.kind)
    } else {
        bring
    };
    let starts = slot.starts_at.timestamp();
    let ends = starts + i64::from(slot.minutes) * 60;
    let mut tx = db.pool().begin().await?;
    let seq = crate::counters::next(&mut tx, "appointment_slots").await?;
    if let Some(office) = &slot.office_id {
        let exists: Option<(String,)> = sqlx::query_as("SELECT id FROM offices WHERE id = $1")
            .bind(office)
            .fetch_optional(&mut *tx)
            .await?;
        if exists.is_none() {
            return Err(OperatorError::NoSuchOffice(office.clone()));
        }
    }
    let id = format!("SL-{seq:06}");
    sqlx::query(
        "INSERT INTO appointment_slots (id, seq, kind, office_id, starts_at, ends_at, \
         what_to_bring, appointment_id) VALUES ($1, $2, $3, $4, $5, $6, $7, NULL)",
    )
    .bind(&id)
    .bind(seq)
    .bind(status_name(slot.kind))
    .bind(&slot.office_id)
    .bind(starts)
    .bind(ends)
    .bind(bring.join("\n"))
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    tracing::info!(slot = %id, "appointment slot added");
    Ok(id)
}

/// What a caseworker decides of a contact update; both are final.
pub const CONTACT_UPDATE_DECISIONS: [agency_api::ContactUpdateStatus; 2] = [
    agency_api::ContactUpdateStatus::Confirmed,
    agency_api::ContactUpdateStatus::Rejected,
];

/// Confirms or rejects a contact update, in one transaction; returns the
/// new status. Confirming writes the new details to the participant's
/// record (what the other parent may see of them is still decided by
/// `privacy`). The note is what the parent is told.
pub async fn set_contact_update_status(
    db: &Db,
    update_id: &str,
    status: agency_api::ContactUpdateStatus,
    note: Option<String>,
) -> Result<agency_api::ContactUpdateStatus, OperatorError> {
    use agency_api::{ContactUpdateStatus, NewContactUpdate};
    if !CONTACT_UPDATE_DECISIONS.contains(&status) {
        return Err(OperatorError::Invalid(
            "a contact update can be confirmed or rejected, nothing else".to_owned(),
        ));
    }
    let note = self::note(note)?;
    let id = update_id.trim();
    let mut tx = db.pool().begin().await?;
    let touched = sqlx::query("UPDATE contact_updates SET status = status WHERE id = $1")
        .bind(id)
        .execute(&mut *tx)
        .await?;
    if touched.rows_affected() == 0 {
        return Err(OperatorError::NoSuchContactUpdate(id.to_owned()));
    }
    let (current, participant, body): (String, String, String) =
        sqlx::query_as("SELECT status, participant_id, body FROM contact_updates WHERE id = $1")
            .bind(id)
            .fetch_one(&mut *tx)
            .await?;
    let current: ContactUpdateStatus = timeline::from_wire(&current)?;
    if current != ContactUpdateStatus::Received {
        return Err(OperatorError::FinalStatus {
            id: id.to_owned(),
            status: status_name(current),
        });
    }
    if status == ContactUpdateStatus::Confirmed {
        let update: NewContactUpdate =
            serde_json::from_str(&body).map_err(|e| sqlx::Error::Decode(Box::new(e)))?;
        if let Some(email) = &update.email {
            let taken: Option<(String,)> =
                sqlx::query_as("SELECT id FROM participants WHERE LOWER(email) = $1 AND id <> $2")
                    .bind(email.to_lowercase())
                    .bind(&participant)
                    .fetch_optional(&mut *tx)
                    .await?;
            if taken.is_some() {
                return Err(OperatorError::EmailTaken);
            }
        }
        let lines = |a: &agency_api::Address| {
            let mut lines = vec![a.line1.clone()];
            lines.extend(a.line2.clone());
            lines.push(format!("{}, {} {}", a.city, a.state, a.zip));
            lines.join("\n")
        };
        // A new employer replaces the old one's address too, even with none.
        sqlx::query(
            "UPDATE participants SET address = COALESCE($1, address), \
             phone = COALESCE($2, phone), email = COALESCE($3, email), \
             employer = COALESCE($4, employer), \
             employer_address = CASE WHEN $4 IS NULL THEN employer_address ELSE $5 END \
             WHERE id = $6",
        )
        .bind(update.address.as_ref().map(lines))
        .bind(&update.phone)
        .bind(&update.email)
        .bind(update.employer.as_ref().map(|e| e.name.clone()))
        .bind(
            update
                .employer
                .as_ref()
                .and_then(|e| e.address.as_ref())
                .map(lines),
        )
        .bind(&participant)
        .execute(&mut *tx)
        .await?;
        changes::stamp_participant_cases(&mut tx, &participant).await?;
    }
    changes::stamp(&mut tx, Scope::Participant(&participant), &[Area::Contact]).await?;
    let name = status_name(status);
    sqlx::query("UPDATE contact_updates SET status = $1, decided_at = $2, note = $3 WHERE id = $4")
        .bind(&name)
        .bind(timeline::timestamp(chrono::Utc::now()))
        .bind(&note)
        .bind(id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    tracing::info!(update = %id, status = %name, "contact update decided");
    Ok(status)
}

/// A change of the agency's payment options: each `Some` replaces that
/// value; an empty text (or no address lines) stops offering that way.
#[derive(Debug, Clone, Default)]
pub struct PaymentOptionsChange {
    pub mail_payable_to: Option<String>,
    pub mail_address: Option<Vec<String>>,
    pub online_name: Option<String>,
    pub online_url: Option<String>,
    pub text_number: Option<String>,
    pub text_instructions: Option<String>,
}

/// Changes the payment options in one transaction and returns them as
/// parents now see them (`GET /v1/payment-options`). The online site must
/// be an `https` URL; paying by mail needs both whom to pay and where.
pub async fn set_payment_options(
    db: &Db,
    change: PaymentOptionsChange,
) -> Result<agency_api::PaymentOptions, OperatorError> {
    let clean = |s: Option<String>| s.map(|s| s.trim().replace('\n', " "));
    let address = change.mail_address.map(|lines| {
        lines
            .iter()
            .map(|l| l.trim().replace('\n', " "))
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join("\n")
    });
    let mut tx = db.pool().begin().await?;
    sqlx::query(
        "UPDATE payment_options SET mail_payable_to = COALESCE($1, mail_payable_to), \
         mail_address = COALESCE($2, mail_address), online_name = COALESCE($3, online_name), \
         online_url = COALESCE($4, online_url), text_number = COALESCE($5, text_number), \
         text_instructions = COALESCE($6, text_instructions) WHERE id = 1",
    )
    .bind(clean(change.mail_payable_to))
    .bind(address)
    .bind(clean(change.online_name))
    .bind(clean(change.online_url))
    .bind(clean(change.text_number))
    .bind(clean(change.text_instructions))
    .execute(&mut *tx)
    .await?;
    let (payable_to, mail_address, online_name, online_url, text_number, text_instructions): (
        String,
        String,
        String,
        String,
        String,
        String,
    ) = sqlx::query_as(
        "SELECT mail_payable_to, mail_address, online_name, online_url, text_number, \
         text_instructions FROM payment_options WHERE id = 1",
    )
    .fetch_one(&mut *tx)
    .await?;
    if payable_to.trim().is_empty() != mail_address.trim().is_empty() {
        return Err(OperatorError::Invalid(
            "paying by mail needs both --mail-payable-to and --mail-address (or neither)"
                .to_owned(),
        ));
    }
    if !online_url.is_empty() {
        let https = url::Url::parse(&online_url)
            .is_ok_and(|u| u.scheme() == "https" && u.host_str().is_some());
        if !https {
            return Err(OperatorError::Invalid(
                "--online-url must be an https URL, e.g. https://pay.example.org".to_owned(),
            ));
        }
        if online_name.is_empty() {
            return Err(OperatorError::Invalid(
                "the online payment site needs a name (--online-name)".to_owned(),
            ));
        }
    }
    if !text_number.is_empty() && text_instructions.is_empty() {
        return Err(OperatorError::Invalid(
            "paying by text needs --text-instructions".to_owned(),
        ));
    }
    changes::stamp(&mut tx, Scope::Everyone, &[Area::HowToPay]).await?;
    tx.commit().await?;
    tracing::info!("payment options changed");
    Ok(crate::routes::paying::options(db.pool()).await?)
}

/// A place that takes cash payments.
pub struct NewCashLocation {
    pub name: String,
    pub address: Vec<String>,
    pub hours: String,
    /// What the place charges per payment.
    pub fee: Option<Decimal>,
}

/// Adds a cash payment location at the end of the list; returns its ID
/// (`CASH-01`…).
pub async fn add_cash_location(db: &Db, place: NewCashLocation) -> Result<String, OperatorError> {
    let address: Vec<String> = place
        .address
        .iter()
        .map(|l| l.trim().replace('\n', " "))
        .filter(|l| !l.is_empty())
        .collect();
    if place.name.trim().is_empty() || address.is_empty() || place.hours.trim().is_empty() {
        return Err(OperatorError::Invalid(
            "a cash location needs --name, --address and --hours".to_owned(),
        ));
    }
    let fee = place
        .fee
        .map(|fee| {
            crate::applications::money_cents(fee).ok_or(OperatorError::Invalid(format!(
                "the fee must be zero or more with at most two decimal places, not {fee}"
            )))
        })
        .transpose()?;
    let mut tx = db.pool().begin().await?;
    // Writing first takes the lock, so that two additions queue up.
    sqlx::query("UPDATE payment_options SET id = id WHERE id = 1")
        .execute(&mut *tx)
        .await?;
    let rows: Vec<(String, i64)> = sqlx::query_as("SELECT id, position FROM cash_locations")
        .fetch_all(&mut *tx)
        .await?;
    let next = rows
        .iter()
        .filter_map(|(id, _)| id.strip_prefix("CASH-")?.parse::<u32>().ok())
        .max()
        .unwrap_or(0)
        + 1;
    let position = rows.iter().map(|(_, p)| *p).max().unwrap_or(-1) + 1;
    let id = format!("CASH-{next:02}");
    sqlx::query(
        "INSERT INTO cash_locations (id, position, name, address, hours, fee_cents) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(&id)
    .bind(position)
    .bind(place.name.trim())
    .bind(address.join("\n"))
    .bind(place.hours.trim())
    .bind(fee)
    .execute(&mut *tx)
    .await?;
    changes::stamp(&mut tx, Scope::Everyone, &[Area::HowToPay]).await?;
    tx.commit().await?;
    tracing::info!(location = %id, "cash payment location added");
    Ok(id)
}

/// Removes a cash payment location.
pub async fn remove_cash_location(db: &Db, id: &str) -> Result<(), OperatorError> {
    let mut tx = db.pool().begin().await?;
    let removed = sqlx::query("DELETE FROM cash_locations WHERE id = $1")
        .bind(id.trim())
        .execute(&mut *tx)
        .await?
        .rows_affected();
    if removed == 0 {
        return Err(OperatorError::Invalid(format!(
            "there is no cash location {}",
            id.trim()
        )));
    }
    changes::stamp(&mut tx, Scope::Everyone, &[Area::HowToPay]).await?;
    tx.commit().await?;
    tracing::info!(location = %id.trim(), "cash payment location removed");
    Ok(())
}
