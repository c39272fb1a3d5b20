//! Appointments and court dates (issue 11) through the backend's public
//! API, against a real reference agency over HTTP on loopback: the list
//! synced and kept for offline use, booking once with one idempotency key,
//! a slot taken meanwhile, cancelling, the calendar file, and reminders
//! shown once across a restart.

mod common;

use agency_api::{AppointmentKind, AppointmentStatus};
use backend::{
    AppMode, Backend, BackendConfig, ErrorCode, KioskConfig, Language, MemorySecrets, SecretStore,
    SyncPhase,
};
use common::{Gate, Persistent, backend, sign_in, start_agency};
use std::path::Path;
use std::sync::Arc;

#[tokio::test(flavor = "multi_thread")]
async fn a_slot_is_booked_once_listed_saved_as_ics_and_cancelled() {
    let dir = tempfile::tempdir().unwrap();
    let agency = start_agency(dir.path()).await;
    let backend = backend(
        &agency,
        &dir.path().join("app"),
        Arc::new(Persistent(MemorySecrets::new())),
    )
    .await;
    sign_in(&backend, "P-1001").await;

    // Before a sync: nothing held, and no "as of".
    let before = backend.appointments("C-1001").await.unwrap();
    if before.appointments.is_empty() {
        assert_eq!(before.as_of, None);
    }
    assert_eq!(backend.sync_now().await.phase, SyncPhase::Idle);
    let held = backend.appointments("C-1001").await.unwrap();
    assert!(held.as_of.is_some());
    let hearing = held
        .appointments
        .iter()
        .find(|a| a.kind == AppointmentKind::Hearing)
        .expect("the demo's court hearing");
    assert!(!hearing.cancellable);
    assert_eq!(held.appointments.len(), 1, "only the hearing so far");

    let slots = backend.appointment_slots("C-1001").await.unwrap().slots;
    assert!(slots.len() >= 6, "the demo's open slots: {}", slots.len());
    let slot = slots[0].clone();

    // The same attempt twice (a retry after a lost answer): one booking.
    let first = backend
        .book_appointment("C-1001", &slot.id, "test-booking-key-1")
        .await
        .unwrap();
    let again = backend
        .book_appointment("C-1001", &slot.id, "test-booking-key-1")
        .await
        .unwrap();
    assert_eq!(first.id, again.id);
    assert_eq!(first.status, AppointmentStatus::Booked);
    assert_eq!(first.slot_id.as_deref(), Some(slot.id.as_str()));
    assert_eq!(first.starts_at, slot.starts_at);

    // The cache has it at once, without a sync.
    let held = backend.appointments("C-1001").await.unwrap();
    let booked: Vec<_> = held
        .appointments
        .iter()
        .filter(|a| a.slot_id.as_deref() == Some(slot.id.as_str()))
        .collect();
    assert_eq!(booked.len(), 1, "one booking for the slot");
    assert!(
        !backend
            .appointment_slots("C-1001")
            .await
            .unwrap()
            .slots
            .iter()
            .any(|s| s.id == slot.id),
        "the slot is no longer open"
    );

    // Someone else, meanwhile, tries the same slot: a clear refusal.
    let other = common::backend(
        &agency,
        &dir.path().join("other"),
        Arc::new(Persistent(MemorySecrets::new())),
    )
    .await;
    sign_in(&other, "P-1003").await;
    let err = other
        .book_appointment("C-1002", &slot.id, "test-booking-key-2")
        .await
        .unwrap_err();
    assert_eq!(err.code, ErrorCode::AgencyError);
    assert_eq!(err.reason.as_deref(), Some("slot_taken"), "{err:?}");
    // A slot that does not exist is said as such.
    let err = other
        .book_appointment("C-1002", "SL-999999", "test-booking-key-3")
        .await
        .unwrap_err();
    assert_eq!(err.reason.as_deref(), Some("slot_gone"), "{err:?}");

    // The calendar file of the booking.
    let ics = backend
        .appointment_calendar("C-1001", &first.id, Language::En)
        .await
        .unwrap();
    let start = first.starts_at.format("%Y%m%dT%H%M%SZ").to_string();
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"));
    assert!(ics.contains(&format!("DTSTART:{start}\r\n")), "{ics}");
    assert!(
        ics.contains(&format!("UID:{}@127.0.0.1\r\n", first.id)),
        "{ics}"
    );
    let path = dir.path().join("appointment.ics");
    backend
        .save_appointment_calendar(&path, "C-1001", &first.id, Language::Es)
        .await
        .unwrap();
    let saved = std::fs::read_to_string(&path).unwrap();
    assert!(saved.contains("SUMMARY:Cita de manutención de menores\r\n"));

    // A hearing is the court's.
    let err = backend
        .cancel_appointment("C-1001", &hearing.id, "test-cancel-hearing")
        .await
        .unwrap_err();
    assert_eq!(err.reason.as_deref(), Some("not_cancellable"), "{err:?}");

    // Cancelled: the cache says so, and the slot is open again.
    let cancelled = backend
        .cancel_appointment("C-1001", &first.id, "test-cancel-1")
        .await
        .unwrap();
    assert_eq!(cancelled.status, AppointmentStatus::Cancelled);
    assert!(!cancelled.cancellable);
    let held = backend.appointments("C-1001").await.unwrap();
    let now = held
        .appointments
        .iter()
        .find(|a| a.id == first.id)
        .expect("still listed, as cancelled");
    assert_eq!(now.status, AppointmentStatus::Cancelled);
    assert!(
        backend
            .appointment_slots("C-1001")
            .await
            .unwrap()
            .slots
            .iter()
            .any(|s| s.id == slot.id)
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_sync_that_read_the_list_before_a_booking_does_not_put_the_old_list_back() {
    let dir = tempfile::tempdir().unwrap();
    let gate = Gate::new(|method, path| method == "GET" && path.ends_with("/appointments"));
    let agency = common::start_agency_wrapped(dir.path(), |router| gate.wrap(router)).await;
    let backend = backend(
        &agency,
        &dir.path().join("app"),
        Arc::new(Persistent(MemorySecrets::new())),
    )
    .await;
    sign_in(&backend, "P-1001").await;
    // Twice: the sync the sign-in started may run after the first, and no
    // other sync may put the list right after the one caught below.
    backend.sync_now().await;
    backend.sync_now().await;
    let slot = backend.appointment_slots("C-1001").await.unwrap().slots[0].clone();

    // A sync has the list from before the booking, and writes it after.
    common::name_as_changed(dir.path(), "C-1001", "P-1001", "appointments").await;
    gate.arm();
    let running = tokio::spawn({
        let backend = backend.clone();
        async move { backend.sync_now().await }
    });
    gate.held().await;
    let booked = backend
        .book_appointment("C-1001", &slot.id, "while-syncing")
        .await
        .unwrap();
    gate.release();
    assert_eq!(running.await.unwrap().phase, SyncPhase::Idle);

    let held = backend.appointments("C-1001").await.unwrap();
    assert!(
        held.appointments.iter().any(|a| a.id == booked.id),
        "the booking is still in the app's copy: {held:?}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_reminder_is_shown_once_even_across_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let agency = start_agency(dir.path()).await;
    let secrets: Arc<dyn SecretStore> = Arc::new(Persistent(MemorySecrets::new()));
    let start = |secrets: Arc<dyn SecretStore>| {
        let config = BackendConfig::resolve(
            Some(agency.as_str()),
            Some(dir.path().join("config").as_path()),
            AppMode::Home,
        )
        .unwrap()
        .with_data_dir(dir.path().join("data"));
        async move {
            let backend = Backend::new(config, secrets).unwrap();
            backend.start().await;
            backend
        }
    };
    let first = start(secrets.clone()).await;
    sign_in(&first, "P-1001").await;
    first.sync_now().await;
    let slot = first.appointment_slots("C-1001").await.unwrap().slots[0].clone();
    let booked = first
        .book_appointment("C-1001", &slot.id, "reminder-key")
        .await
        .unwrap();
    let day_before = booked.starts_at - chrono::Duration::hours(23);

    // Off until the parent turns them on.
    assert!(first.take_due_reminders(day_before).await.is_empty());
    assert!(
        first
            .set_appointment_reminders(true)
            .unwrap()
            .appointment_reminders
    );
    let shown = first.take_due_reminders(day_before).await;
    assert_eq!(shown.len(), 1, "{shown:?}");
    assert!(shown[0].body.starts_with("You have an appointment "));
    assert!(first.take_due_reminders(day_before).await.is_empty());
    first.close().await;

    // After a restart: the day before's is not shown again; the hour
    // before's comes in its time.
    let second = start(secrets).await;
    assert!(second.settings().appointment_reminders);
    assert!(second.take_due_reminders(day_before).await.is_empty());
    let hour_before = booked.starts_at - chrono::Duration::minutes(50);
    assert_eq!(second.take_due_reminders(hour_before).await.len(), 1);
    assert!(second.take_due_reminders(hour_before).await.is_empty());
}

#[tokio::test(flavor = "multi_thread")]
async fn a_kiosk_saves_no_calendar_file_and_sets_no_reminder() {
    let dir = tempfile::tempdir().unwrap();
    let agency = start_agency(dir.path()).await;
    let config = KioskConfig::parse(
        &format!(
            r#"
office_name = "Demo County: Main Street office"
office_id = "DC-01"
agency_url = "{agency}"
idle_timeout_seconds = 120
warning_seconds = 30
languages = ["en", "es"]
printing = false
"#
        ),
        Path::new("kiosk.toml"),
    )
    .unwrap();
    let backend =
        Backend::new(BackendConfig::kiosk(config), Arc::new(MemorySecrets::new())).unwrap();
    backend.start().await;
    sign_in(&backend, "P-1001").await;
    backend.sync_now().await;
    let held = backend.appointments("C-1001").await.unwrap();
    let hearing = &held.appointments[0];
    let err = backend
        .appointment_calendar("C-1001", &hearing.id, Language::En)
        .await
        .unwrap_err();
    assert_eq!(err.reason.as_deref(), Some("kiosk"));
    let err = backend.set_appointment_reminders(true).unwrap_err();
    assert_eq!(err.reason.as_deref(), Some("kiosk"));
    assert!(
        backend
            .take_due_reminders(hearing.starts_at - chrono::Duration::minutes(30))
            .await
            .is_empty()
    );
}
