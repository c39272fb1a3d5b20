//! Appointments and court dates: each case's list cached by sync (read
//! offline with its "as of"), the open slots, booking and cancelling, the
//! calendar file (.ics) of one appointment, and reminders the day before
//! and an hour before.
//!
//! Booking and cancelling are time-sensitive (a slot can go to someone
//! else), so they are direct calls, never queued for later: offline they
//! fail at once with `needs_connection`. Each carries an `Idempotency-Key`
//! the UI keeps for the attempt, so a retry after a lost answer books once.
//!
//! Nothing of an appointment is logged but its ID: where and when a parent
//! will be is theirs alone.

use crate::agency_client::AgencyError;
use crate::session::AgencyErrorOr;
use crate::store::store_error;
use crate::{AppMode, Backend, ErrorCode, IpcError, Language, Notification, Settings};
use agency_api::{
    Appointment, AppointmentKind, AppointmentStatus, CaseDetail, PlaceKind, ProblemType, Slot,
};
use chrono::{DateTime, Duration, SecondsFormat, TimeZone, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::path::Path;
use ts_rs::TS;

pub(crate) fn appointments_key(case_id: &str) -> String {
    format!("appointments/{case_id}")
}

/// The reminders shown already (`APT-000001/day`, `APT-000001/hour`), so
/// that each is shown once, across restarts.
const REMINDERS_SHOWN: &str = "appointment-reminders-shown";

/// How often the reminder task looks at the clock.
const REMINDER_EVERY: std::time::Duration = std::time::Duration::from_secs(30);

/// A case's appointments and court dates, as of the last sync.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct CaseAppointments {
    /// Soonest first; booked and cancelled, none that has ended.
    pub appointments: Vec<Appointment>,
    /// When they were fetched (RFC 3339), or null if never.
    #[serde(default)]
    pub as_of: Option<String>,
}

/// The open slots of a case, fetched just now (never cached: a slot can go
/// to someone else at any moment).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct OpenSlots {
    /// Soonest first.
    pub slots: Vec<Slot>,
}

/// Which of an appointment's two reminders.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ReminderWhen {
    /// From 24 hours before until the hour before.
    DayBefore,
    /// In the last hour before it starts.
    HourBefore,
}

/// A reminder to show now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueReminder {
    pub appointment_id: String,
    pub when: ReminderWhen,
    pub starts_at: DateTime<Utc>,
    /// What to remember once it is shown: this one, and (for the hour
    /// before) the day before's too, which it replaces.
    pub marks: Vec<String>,
}

fn mark(appointment_id: &str, when: ReminderWhen) -> String {
    match when {
        ReminderWhen::DayBefore => format!("{appointment_id}/day"),
        ReminderWhen::HourBefore => format!("{appointment_id}/hour"),
    }
}

/// The reminders due at `now`: for each booked appointment still to come,
/// the hour-before one in its last hour, else the day-before one in the 24
/// hours before that; none already `shown`. A reminder whose moment passed
/// while the app was closed is shown late, once, unless the appointment has
/// started; the day-before one is never shown after the hour-before one.
pub fn due_reminders(
    now: DateTime<Utc>,
    appointments: &[Appointment],
    shown: &BTreeSet<String>,
) -> Vec<DueReminder> {
    let mut due = Vec::new();
    for a in appointments {
        if a.status != AppointmentStatus::Booked || a.starts_at <= now {
            continue;
        }
        let day = mark(&a.id, ReminderWhen::DayBefore);
        let hour = mark(&a.id, ReminderWhen::HourBefore);
        if shown.contains(&hour) {
            continue;
        }
        if now >= a.starts_at - Duration::hours(1) {
            due.push(DueReminder {
                appointment_id: a.id.clone(),
                when: ReminderWhen::HourBefore,
                starts_at: a.starts_at,
                marks: vec![day, hour],
            });
        } else if now >= a.starts_at - Duration::hours(24) && !shown.contains(&day) {
            due.push(DueReminder {
                appointment_id: a.id.clone(),
                when: ReminderWhen::DayBefore,
                starts_at: a.starts_at,
                marks: vec![day],
            });
        }
    }
    due
}

/// The words of a reminder: the day (today, tomorrow) and the time in the
/// parent's time zone, nothing else. No place, no kind, no case: a glance
/// at a shared screen learns only that there is an appointment.
pub fn reminder_wording<Tz: TimeZone>(
    language: Language,
    starts_at: &DateTime<Tz>,
    now: &DateTime<Tz>,
) -> Notification
where
    Tz::Offset: std::fmt::Display,
{
    use chrono::Timelike;
    let days = (starts_at.date_naive() - now.date_naive()).num_days();
    let (hour12, pm) = {
        let (pm, h) = starts_at.hour12();
        (h, pm)
    };
    let minute = starts_at.minute();
    match language {
        Language::En => {
            let time = format!("{hour12}:{minute:02} {}", if pm { "PM" } else { "AM" });
            let when = match days {
                0 => format!("today at {time}"),
                1 => format!("tomorrow at {time}"),
                _ => format!("on {} at {time}", starts_at.format("%B %-d")),
            };
            Notification {
                title: "Appointment reminder".to_owned(),
                body: format!("You have an appointment {when}."),
            }
        }
        Language::Es => {
            let time = format!(
                "{hour12}:{minute:02} {}",
                if pm { "p. m." } else { "a. m." }
            );
            let when = match days {
                0 => format!("hoy a las {time}"),
                1 => format!("mañana a las {time}"),
                _ => format!(
                    "el {} a las {time}",
                    starts_at
                        .format("%d/%m")
                        .to_string()
                        .trim_start_matches('0')
                ),
            };
            // "a. m." ends the sentence with its own full stop.
            let mut body = format!("Tiene una cita {when}");
            if !body.ends_with('.') {
                body.push('.');
            }
            Notification {
                title: "Recordatorio de cita".to_owned(),
                body,
            }
        }
    }
}

/// An appointment as an iCalendar file (RFC 5545): one VEVENT with its
/// times in UTC, a UID stable for the appointment (so that saving it again
/// updates the event rather than doubling it), what it is, where, and what
/// to bring. Nothing else of the case. CRLF line ends, lines folded at 75
/// octets, text escaped.
pub fn appointment_ics(
    appointment: &Appointment,
    language: Language,
    uid_domain: &str,
    stamp: DateTime<Utc>,
) -> String {
    let utc = |t: &DateTime<Utc>| t.format("%Y%m%dT%H%M%SZ").to_string();
    let es = language == Language::Es;
    let summary = match (appointment.kind, es) {
        (AppointmentKind::Appointment, false) => "Child support appointment",
        (AppointmentKind::Appointment, true) => "Cita de manutención de menores",
        (AppointmentKind::Hearing, false) => "Court hearing (child support)",
        (AppointmentKind::Hearing, true) => "Audiencia en la corte (manutención de menores)",
        (AppointmentKind::GeneticTest, false) => "Genetic test (paternity)",
        (AppointmentKind::GeneticTest, true) => "Prueba genética (paternidad)",
    };
    let place = &appointment.place;
    let location = match place.kind {
        PlaceKind::Phone => {
            if es {
                "Por teléfono: la agencia le llamará".to_owned()
            } else {
                "By phone: the agency will call you".to_owned()
            }
        }
        PlaceKind::Office | PlaceKind::Court => place
            .name
            .iter()
            .chain(place.address.iter())
            .chain(place.room.iter())
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", "),
    };
    let mut description = String::new();
    if !appointment.what_to_bring.is_empty() {
        description.push_str(if es { "Qué traer:" } else { "What to bring:" });
        for thing in &appointment.what_to_bring {
            description.push_str("\n- ");
            description.push_str(thing.trim());
        }
    }
    let status = match appointment.status {
        AppointmentStatus::Booked => "CONFIRMED",
        AppointmentStatus::Cancelled => "CANCELLED",
    };
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//Child Support Self-Service//Appointments//EN".to_owned(),
        "CALSCALE:GREGORIAN".to_owned(),
        "METHOD:PUBLISH".to_owned(),
        "BEGIN:VEVENT".to_owned(),
        format!(
            "UID:{}@{}",
            escape_text(&appointment.id),
            escape_text(uid_domain)
        ),
        format!("DTSTAMP:{}", utc(&stamp)),
        format!("DTSTART:{}", utc(&appointment.starts_at)),
        format!("DTEND:{}", utc(&appointment.ends_at)),
        format!("SUMMARY:{}", escape_text(summary)),
    ];
    if !location.is_empty() {
        lines.push(format!("LOCATION:{}", escape_text(&location)));
    }
    if !description.is_empty() {
        lines.push(format!("DESCRIPTION:{}", escape_text(&description)));
    }
    lines.push(format!("STATUS:{status}"));
    lines.push("END:VEVENT".to_owned());
    lines.push("END:VCALENDAR".to_owned());
    let mut out = String::new();
    for line in lines {
        out.push_str(&fold(&line));
        out.push_str("\r\n");
    }
    out
}

/// Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma,
/// and line breaks as `\n`.
pub fn escape_text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line (RFC 5545 §3.1): no line longer than 75 octets,
/// each continuation starting with a space, never inside a UTF-8 character.
/// Joined with CRLF, without the final one.
pub fn fold(line: &str) -> String {
    const LIMIT: usize = 75;
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3);
    let mut used = 0;
    for c in line.chars() {
        let width = c.len_utf8();
        if used + width > LIMIT {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += width;
    }
    out
}

/// What a failed booking or cancellation tells the parent.
fn talk_error(e: AgencyErrorOr, what: &str) -> IpcError {
    if let AgencyErrorOr::Agency(agency) = &e {
        if agency.is_transient() {
            return IpcError {
                reason: Some("needs_connection".to_owned()),
                ..IpcError::new(
                    ErrorCode::AgencyUnreachable,
                    format!(
                        "You need a connection to the agency to {what}. Check your internet \
                         connection and try again."
                    ),
                )
            };
        }
        if let AgencyError::Problem { problem, .. } = agency {
            match problem.known_type() {
                Some(ProblemType::Conflict) => {
                    return IpcError {
                        reason: Some("slot_taken".to_owned()),
                        ..IpcError::new(
                            ErrorCode::AgencyError,
                            "Someone else booked that time just now. Choose another time.",
                        )
                    };
                }
                Some(ProblemType::NotCancellable) => {
                    return IpcError {
                        reason: Some("not_cancellable".to_owned()),
                        ..IpcError::new(
                            ErrorCode::AgencyError,
                            problem
                                .detail
                                .clone()
                                .unwrap_or_else(|| "This appointment cannot be cancelled.".into()),
                        )
                    };
                }
                Some(ProblemType::BadRequest) => {
                    return IpcError {
                        reason: Some("slot_gone".to_owned()),
                        ..IpcError::new(
                            ErrorCode::AgencyError,
                            "That time is no longer offered. Choose another time.",
                        )
                    };
                }
                _ => {}
            }
        }
    }
    e.into()
}

/// An idempotency key as the agency takes it: 1 to 255 visible ASCII
/// characters.
fn check_key(key: &str) -> Result<(), IpcError> {
    if key.is_empty() || key.len() > 255 || !key.bytes().all(|b| b.is_ascii_graphic()) {
        return Err(IpcError {
            field: Some("idempotency_key".to_owned()),
            reason: Some("invalid_key".to_owned()),
            ..IpcError::new(ErrorCode::Internal, "The request could not be prepared.")
        });
    }
    Ok(())
}

impl Backend {
    /// A case's appointments and court dates, from the app's copy.
    pub async fn appointments(&self, case_id: &str) -> Result<CaseAppointments, IpcError> {
        let store = self.inner.local.get().await?;
        Ok(store
            .cached(&appointments_key(case_id))
            .await
            .map_err(store_error)?
            .and_then(|c| {
                let mut held: CaseAppointments = serde_json::from_value(c.value).ok()?;
                held.as_of = Some(c.fetched_at.to_rfc3339_opts(SecondsFormat::Secs, true));
                Some(held)
            })
            .unwrap_or_default())
    }

    /// The slots open to book on a case, asked of the agency now.
    pub async fn appointment_slots(&self, case_id: &str) -> Result<OpenSlots, IpcError> {
        let client = &self.inner.client;
        let list = self
            .inner
            .session
            .with_token(|t| async move { client.appointment_slots(&t, case_id).await })
            .await
            .map_err(|e| talk_error(e, "see the open times"))?;
        Ok(OpenSlots { slots: list.slots })
    }

    /// Books a slot, now or not at all. `idempotency_key` is the attempt's:
    /// the same key again (a retry after a lost answer) gets the same
    /// booking. A slot taken meanwhile is `slot_taken`; offline,
    /// `needs_connection`.
    pub async fn book_appointment(
        &self,
        case_id: &str,
        slot_id: &str,
        idempotency_key: &str,
    ) -> Result<Appointment, IpcError> {
        check_key(idempotency_key)?;
        let client = &self.inner.client;
        let booked = self
            .inner
            .session
            .with_token(|t| async move {
                client
                    .book_appointment(&t, case_id, slot_id, idempotency_key)
                    .await
            })
            .await
            .map_err(|e| talk_error(e, "book an appointment"))?;
        tracing::info!(appointment = %booked.id, "appointment booked");
        self.refresh_appointments(case_id, &booked).await;
        Ok(booked)
    }

    /// Cancels an appointment, now or not at all (a hearing cannot be:
    /// `not_cancellable`).
    pub async fn cancel_appointment(
        &self,
        case_id: &str,
        appointment_id: &str,
        idempotency_key: &str,
    ) -> Result<Appointment, IpcError> {
        check_key(idempotency_key)?;
        let client = &self.inner.client;
        let cancelled = self
            .inner
            .session
            .with_token(|t| async move {
                client
                    .cancel_appointment(&t, case_id, appointment_id, idempotency_key)
                    .await
            })
            .await
            .map_err(|e| talk_error(e, "cancel an appointment"))?;
        tracing::info!(appointment = %cancelled.id, "appointment cancelled");
        self.refresh_appointments(case_id, &cancelled).await;
        Ok(cancelled)
    }

    /// After a booking or a cancellation: the case's list as the agency has
    /// it now, or failing that the one changed appointment put in the copy.
    async fn refresh_appointments(&self, case_id: &str, changed: &Appointment) {
        let Ok(store) = self.inner.local.get().await else {
            return;
        };
        let client = &self.inner.client;
        let fresh = self
            .inner
            .session
            .with_token(|t| async move { client.appointments(&t, case_id).await })
            .await;
        let list = match fresh {
            Ok(list) => list.appointments,
            Err(e) => {
                tracing::warn!(error = %e, "the appointments could not be fetched again");
                let mut held = self.appointments(case_id).await.unwrap_or_default();
                match held.appointments.iter_mut().find(|a| a.id == changed.id) {
                    Some(a) => *a = changed.clone(),
                    None => {
                        held.appointments.push(changed.clone());
                        held.appointments.sort_by_key(|a| a.starts_at);
                    }
                }
                held.appointments
            }
        };
        let held = CaseAppointments {
            appointments: list,
            as_of: None,
        };
        if let Ok(value) = serde_json::to_value(&held)
            && let Err(e) = self
                .cache_own(&store, &appointments_key(case_id), &value)
                .await
        {
            tracing::warn!(error = %e, "the appointments could not be kept");
        }
    }

    /// One appointment of the app's copy as an iCalendar file, worded in
    /// `language`. Refused on a kiosk, which saves nothing.
    pub async fn appointment_calendar(
        &self,
        case_id: &str,
        appointment_id: &str,
        language: Language,
    ) -> Result<String, IpcError> {
        self.refuse_on_kiosk()?;
        let held = self.appointments(case_id).await?;
        let appointment = held
            .appointments
            .iter()
            .find(|a| a.id == appointment_id)
            .ok_or_else(|| IpcError {
                field: Some("appointment_id".to_owned()),
                reason: Some("unknown_appointment".to_owned()),
                ..IpcError::new(
                    ErrorCode::InvalidInput,
                    "That appointment is not among the ones downloaded.",
                )
            })?;
        let domain = self
            .inner
            .config
            .agency_url
            .host_str()
            .unwrap_or("agency")
            .to_owned();
        Ok(appointment_ics(appointment, language, &domain, Utc::now()))
    }

    /// Writes an appointment's calendar file to `path` (the parent chose it
    /// in the save dialog), whole or not at all.
    pub async fn save_appointment_calendar(
        &self,
        path: &Path,
        case_id: &str,
        appointment_id: &str,
        language: Language,
    ) -> Result<(), IpcError> {
        let text = self
            .appointment_calendar(case_id, appointment_id, language)
            .await?;
        self.save_text(path, &text)
    }

    fn refuse_on_kiosk(&self) -> Result<(), IpcError> {
        if self.inner.config.mode == AppMode::Kiosk {
            return Err(IpcError {
                reason: Some("kiosk".to_owned()),
                ..IpcError::new(
                    ErrorCode::InvalidInput,
                    "Files cannot be saved on this computer.",
                )
            });
        }
        Ok(())
    }

    /// Turns appointment reminders on or off (never on a kiosk).
    pub fn set_appointment_reminders(&self, on: bool) -> Result<Settings, IpcError> {
        if on && self.inner.config.mode == AppMode::Kiosk {
            return Err(IpcError {
                reason: Some("kiosk".to_owned()),
                ..IpcError::new(
                    ErrorCode::InvalidInput,
                    "Reminders cannot be turned on on this computer.",
                )
            });
        }
        self.inner.settings.update(|s| s.appointment_reminders = on)
    }

    /// The reminders to show at `now`, worded, each remembered as shown
    /// (in the local store, so across restarts) before it is answered.
    /// None on a kiosk, none unless the parent turned them on.
    pub async fn take_due_reminders(&self, now: DateTime<Utc>) -> Vec<Notification> {
        let settings = self.settings();
        if self.inner.config.mode == AppMode::Kiosk || !settings.appointment_reminders {
            return Vec::new();
        }
        if !self.inner.session.signed_in() {
            return Vec::new();
        }
        let Ok(store) = self.inner.local.get().await else {
            return Vec::new();
        };
        let cases: Vec<CaseDetail> = match store.cached(crate::sync::CASES).await {
            Ok(Some(c)) => serde_json::from_value(c.value).unwrap_or_default(),
            _ => return Vec::new(),
        };
        let mut appointments = Vec::new();
        for case in &cases {
            if let Ok(held) = self.appointments(&case.id).await {
                appointments.extend(held.appointments);
            }
        }
        let mut shown: BTreeSet<String> = match store.cached(REMINDERS_SHOWN).await {
            Ok(Some(c)) => serde_json::from_value(c.value).unwrap_or_default(),
            _ => BTreeSet::new(),
        };
        let due = due_reminders(now, &appointments, &shown);
        if due.is_empty() {
            return Vec::new();
        }
        for reminder in &due {
            shown.extend(reminder.marks.iter().cloned());
        }
        // Forget what is long past, so the list stays small.
        let current: BTreeSet<&str> = appointments.iter().map(|a| a.id.as_str()).collect();
        shown.retain(|m| {
            m.split_once('/')
                .is_some_and(|(id, _)| current.contains(id))
        });
        let remembered = match serde_json::to_value(&shown) {
            Ok(value) => store
                .put_cached(REMINDERS_SHOWN, &value, None, now)
                .await
                .map_err(store_error),
            Err(e) => Err(IpcError::new(ErrorCode::Internal, e.to_string())),
        };
        if let Err(e) = remembered {
            // Better no reminder than the same one every half minute.
            tracing::warn!(error = %e, "reminders shown could not be remembered");
            return Vec::new();
        }
        let language = settings.language.unwrap_or(Language::En);
        let local_now = now.with_timezone(&chrono::Local);
        due.iter()
            .map(|r| {
                tracing::info!(appointment = %r.appointment_id, "appointment reminder due");
                reminder_wording(
                    language,
                    &r.starts_at.with_timezone(&chrono::Local),
                    &local_now,
                )
            })
            .collect()
    }

    /// Shows the reminders as they come due, while the app runs: `show`
    /// puts one on the desktop. Returns at once on a kiosk.
    pub async fn run_reminders(&self, show: impl Fn(Notification) + Send + Sync + 'static) {
        if self.inner.config.mode == AppMode::Kiosk {
            return;
        }
        let mut every = tokio::time::interval(REMINDER_EVERY);
        every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            every.tick().await;
            for notification in self.take_due_reminders(Utc::now()).await {
                show(notification);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use agency_api::Place;
    use chrono::FixedOffset;

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    fn appointment(id: &str, starts: &str) -> Appointment {
        Appointment {
            id: id.to_owned(),
            case_id: "C-1001".to_owned(),
            kind: AppointmentKind::Appointment,
            starts_at: at(starts),
            ends_at: at(starts) + Duration::minutes(30),
            place: Place {
                kind: PlaceKind::Office,
                office_id: Some("OFF-01".to_owned()),
                name: Some("Demo County Courthouse Office".to_owned()),
                address: vec![
                    "210 Lake Street".to_owned(),
                    "Lakeview, WI 53700".to_owned(),
                ],
                room: Some("Room 104".to_owned()),
            },
            what_to_bring: vec![
                "A photo ID".to_owned(),
                "Your last three pay stubs".to_owned(),
            ],
            status: AppointmentStatus::Booked,
            cancellable: true,
            slot_id: Some("SL-000001".to_owned()),
        }
    }

    fn whens(due: &[DueReminder]) -> Vec<(&str, ReminderWhen)> {
        due.iter()
            .map(|d| (d.appointment_id.as_str(), d.when))
            .collect()
    }

    #[test]
    fn the_day_before_then_the_hour_before_each_once() {
        let list = [appointment("APT-1", "2026-12-02T15:00:00Z")];
        let mut shown = BTreeSet::new();
        // Two days before: nothing yet.
        assert!(due_reminders(at("2026-11-30T15:00:00Z"), &list, &shown).is_empty());
        // 24 hours before: the day before's.
        let due = due_reminders(at("2026-12-01T15:00:00Z"), &list, &shown);
        assert_eq!(whens(&due), [("APT-1", ReminderWhen::DayBefore)]);
        shown.extend(due[0].marks.iter().cloned());
        // Shown once: not again later that day.
        assert!(due_reminders(at("2026-12-02T09:00:00Z"), &list, &shown).is_empty());
        // One hour before: the hour before's.
        let due = due_reminders(at("2026-12-02T14:00:00Z"), &list, &shown);
        assert_eq!(whens(&due), [("APT-1", ReminderWhen::HourBefore)]);
        shown.extend(due[0].marks.iter().cloned());
        assert!(due_reminders(at("2026-12-02T14:30:00Z"), &list, &shown).is_empty());
        // Started: nothing.
        assert!(due_reminders(at("2026-12-02T15:00:00Z"), &list, &BTreeSet::new()).is_empty());
    }

    #[test]
    fn a_late_start_shows_only_the_hour_before_and_never_the_day_before_after_it() {
        let list = [appointment("APT-1", "2026-12-02T15:00:00Z")];
        let due = due_reminders(at("2026-12-02T14:20:00Z"), &list, &BTreeSet::new());
        assert_eq!(whens(&due), [("APT-1", ReminderWhen::HourBefore)]);
        let shown: BTreeSet<String> = due[0].marks.iter().cloned().collect();
        assert!(shown.contains("APT-1/day"), "the day before's is replaced");
        // The app was closed during the day: shown late, once.
        let due = due_reminders(at("2026-12-02T11:00:00Z"), &list, &BTreeSet::new());
        assert_eq!(whens(&due), [("APT-1", ReminderWhen::DayBefore)]);
    }

    #[test]
    fn a_cancelled_appointment_reminds_of_nothing() {
        let mut a = appointment("APT-1", "2026-12-02T15:00:00Z");
        a.status = AppointmentStatus::Cancelled;
        let b = appointment("APT-2", "2026-12-02T16:00:00Z");
        let due = due_reminders(at("2026-12-02T14:30:00Z"), &[a, b], &BTreeSet::new());
        assert_eq!(whens(&due), [("APT-2", ReminderWhen::DayBefore)]);
    }

    #[test]
    fn a_reminder_says_the_day_and_time_and_nothing_else() {
        let chicago = FixedOffset::west_opt(6 * 3600).unwrap();
        let starts = at("2026-12-02T16:00:00Z").with_timezone(&chicago);
        let day_before = at("2026-12-01T16:00:00Z").with_timezone(&chicago);
        let hour_before = at("2026-12-02T15:00:00Z").with_timezone(&chicago);
        assert_eq!(
            reminder_wording(Language::En, &starts, &day_before).body,
            "You have an appointment tomorrow at 10:00 AM."
        );
        assert_eq!(
            reminder_wording(Language::En, &starts, &hour_before).body,
            "You have an appointment today at 10:00 AM."
        );
        assert_eq!(
            reminder_wording(Language::Es, &starts, &day_before).body,
            "Tiene una cita mañana a las 10:00 a. m."
        );
        assert_eq!(
            reminder_wording(Language::Es, &starts, &hour_before)
                .body
                .replace("10:00 a. m.", "X"),
            "Tiene una cita hoy a las X"
        );
        let afternoon = at("2026-12-02T20:05:00Z").with_timezone(&chicago);
        assert_eq!(
            reminder_wording(Language::En, &afternoon, &hour_before).body,
            "You have an appointment today at 2:05 PM."
        );
        let words = reminder_wording(Language::En, &starts, &day_before);
        assert!(!words.body.contains("Lake") && !words.title.contains("C-1001"));
    }

    #[tokio::test]
    async fn offline_a_booking_says_a_connection_is_needed_and_a_taken_slot_says_so() {
        // Nothing listens on port 1: the error a dropped network gives.
        let unreachable = reqwest::Client::new()
            .get("http://127.0.0.1:1/")
            .send()
            .await
            .unwrap_err();
        let err = talk_error(
            AgencyErrorOr::Agency(AgencyError::Unreachable(unreachable)),
            "book an appointment",
        );
        assert_eq!(err.code, ErrorCode::AgencyUnreachable);
        assert_eq!(err.reason.as_deref(), Some("needs_connection"));
        assert!(
            err.message
                .starts_with("You need a connection to the agency to book")
        );
        let busy = talk_error(
            AgencyErrorOr::Agency(AgencyError::Status {
                status: reqwest::StatusCode::SERVICE_UNAVAILABLE,
            }),
            "book an appointment",
        );
        assert_eq!(busy.reason.as_deref(), Some("needs_connection"));

        let problem = |kind, detail: &str| {
            AgencyErrorOr::Agency(AgencyError::Problem {
                status: reqwest::StatusCode::CONFLICT,
                problem: agency_api::Problem::new(kind, detail.to_owned()),
            })
        };
        let taken = talk_error(problem(ProblemType::Conflict, "booked already"), "book");
        assert_eq!(
            (taken.code, taken.reason.as_deref()),
            (ErrorCode::AgencyError, Some("slot_taken"))
        );
        let hearing = talk_error(
            problem(ProblemType::NotCancellable, "Only the court can."),
            "cancel",
        );
        assert_eq!(hearing.reason.as_deref(), Some("not_cancellable"));
        assert_eq!(hearing.message, "Only the court can.");
        let signed_out = talk_error(AgencyErrorOr::SignedOut, "book");
        assert_eq!(signed_out.code, ErrorCode::NotSignedIn);
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape_text("a,b;c\\d\ne\r\nf"), "a\\,b\\;c\\\\d\\ne\\nf");
    }

    #[test]
    fn long_lines_fold_at_75_octets_never_inside_a_character() {
        let line = format!("DESCRIPTION:{}", "ñ".repeat(100));
        let folded = fold(&line);
        for piece in folded.split("\r\n") {
            assert!(piece.len() <= 75, "{} octets: {piece}", piece.len());
        }
        assert!(folded.split("\r\n").skip(1).all(|p| p.starts_with(' ')));
        // Unfolding gives the line back.
        assert_eq!(folded.replace("\r\n ", ""), line);
        assert_eq!(fold("SHORT:x"), "SHORT:x");
        let exactly = "X".repeat(75);
        assert_eq!(fold(&exactly), exactly);
        assert_eq!(fold(&"X".repeat(76)), format!("{}\r\n X", "X".repeat(75)));
    }

    #[test]
    fn an_appointment_becomes_one_vevent_in_utc_with_a_stable_uid() {
        let a = appointment("APT-000007", "2026-12-02T15:00:00Z");
        let ics = appointment_ics(
            &a,
            Language::En,
            "agency.example",
            at("2026-11-22T12:00:00Z"),
        );
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(ics.ends_with("END:VEVENT\r\nEND:VCALENDAR\r\n"));
        assert!(!ics.replace("\r\n", "").contains('\n'), "CRLF only");
        let unfolded = ics.replace("\r\n ", "");
        for expected in [
            "UID:APT-000007@agency.example",
            "DTSTAMP:20261122T120000Z",
            "DTSTART:20261202T150000Z",
            "DTEND:20261202T153000Z",
            "SUMMARY:Child support appointment",
            "LOCATION:Demo County Courthouse Office\\, 210 Lake Street\\, Lakeview\\, WI 53700\\, Room 104",
            "DESCRIPTION:What to bring:\\n- A photo ID\\n- Your last three pay stubs",
            "STATUS:CONFIRMED",
        ] {
            assert!(
                unfolded.split("\r\n").any(|l| l == expected),
                "{expected} in {ics}"
            );
        }
        for line in ics.split("\r\n") {
            assert!(line.len() <= 75, "{line}");
        }
        // The same appointment saved again is the same event.
        let again = appointment_ics(&a, Language::Es, "agency.example", Utc::now());
        assert!(again.contains("UID:APT-000007@agency.example\r\n"));
        assert!(again.contains("SUMMARY:Cita de manutención de menores"));
        assert!(again.replace("\r\n ", "").contains("Qué traer:"));
        // Nothing of the case beyond the appointment.
        assert!(!ics.contains("C-1001") && !ics.contains("OFF-01"));
    }

    #[test]
    fn a_phone_appointment_says_so_in_place_of_an_address() {
        let mut a = appointment("APT-1", "2026-12-02T15:00:00Z");
        a.place = Place {
            kind: PlaceKind::Phone,
            office_id: None,
            name: None,
            address: Vec::new(),
            room: None,
        };
        let ics = appointment_ics(&a, Language::En, "agency.example", Utc::now());
        assert!(ics.contains("LOCATION:By phone: the agency will call you\r\n"));
    }
}
