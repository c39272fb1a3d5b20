//! Appointments and court dates on a case: what is coming up, the slots
//! the agency offers, booking one and cancelling it.
//!
//! An appointment is one parent's: the other party of the case never sees
//! where or when the caller will be (on a family-violence case that would
//! say where to find them). A court hearing is set by the court, so a
//! parent cannot cancel it (`/problems/not-cancellable`).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// What an appointment is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, export_to = "agency/"))]
#[serde(rename_all = "snake_case")]
pub enum AppointmentKind {
    /// A meeting with the agency (an interview, a review of the case).
    Appointment,
    /// A court hearing; only the court can move or cancel it.
    Hearing,
    /// A cheek swab for a paternity (genetic) test.
    GeneticTest,
}

/// Where an appointment takes place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, export_to = "agency/"))]
#[serde(rename_all = "snake_case")]
pub enum PlaceKind {
    /// One of the agency's offices (`office_id`).
    Office,
    /// A courthouse.
    Court,
    /// By phone: the agency calls the parent at the number it has.
    Phone,
}

/// Where an appointment takes place. For `phone`, `name` is null and
/// `address` empty.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, export_to = "agency/"))]
pub struct Place {
    pub kind: PlaceKind,
    /// The office, for `office` (see `GET /v1/offices/{id}` for its hours).
    #[schema(example = "OFF-01")]
    pub office_id: Option<String>,
    #[schema(example = "Demo County Courthouse Office")]
    pub name: Option<String>,
    /// Street address, one line per element.
    pub address: Vec<String>,
    /// A room or courtroom.
    #[schema(example = "Courtroom 2B")]
    pub room: Option<String>,
}

/// Whether an appointment stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, export_to = "agency/"))]
#[serde(rename_all = "snake_case")]
pub enum AppointmentStatus {
    Booked,
    Cancelled,
}

/// An appointment or court date of the caller's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, export_to = "agency/"))]
pub struct Appointment {
    #[schema(example = "APT-000001")]
    pub id: String,
    #[schema(example = "C-1001")]
    pub case_id: String,
    pub kind: AppointmentKind,
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub starts_at: DateTime<Utc>,
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub ends_at: DateTime<Utc>,
    pub place: Place,
    /// What to bring, one thing per element.
    pub what_to_bring: Vec<String>,
    pub status: AppointmentStatus,
    /// Whether the parent may cancel it (not a hearing, not cancelled,
    /// not started).
    pub cancellable: bool,
    /// The slot it was booked in; null for what the agency or the court
    /// set (a hearing).
    pub slot_id: Option<String>,
}

/// `GET /v1/cases/{id}/appointments`: the caller's appointments and court
/// dates on the case that have not ended, booked or cancelled, soonest
/// first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, export_to = "agency/"))]
pub struct AppointmentList {
    pub appointments: Vec<Appointment>,
}

/// A time the agency offers, open to book.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, export_to = "agency/"))]
pub struct Slot {
    #[schema(example = "SL-000001")]
    pub id: String,
    /// `appointment` or `genetic_test`; hearings are never offered.
    pub kind: AppointmentKind,
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub starts_at: DateTime<Utc>,
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub ends_at: DateTime<Utc>,
    pub place: Place,
    pub what_to_bring: Vec<String>,
}

/// `GET /v1/cases/{id}/appointment-slots`: the open slots that have not
/// started, soonest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, export_to = "agency/"))]
pub struct SlotList {
    pub slots: Vec<Slot>,
}

/// `POST /v1/cases/{id}/appointments`: books an open slot for the case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, export_to = "agency/"))]
#[serde(deny_unknown_fields)]
pub struct NewAppointment {
    #[schema(example = "SL-000001")]
    pub slot_id: String,
}
