use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// `GET /v1/me/changes?since=CURSOR`: what changed for the caller since a
/// cursor, so that a client asks again only for that.
///
/// Without `since`, every area of every case of the caller's is named (all
/// of it is new to a client that holds nothing). Each answer carries the
/// cursor to send next time. An area is named when something in it changed,
/// or may look different because time passed: a case's balances and next
/// due date, and how to pay, change with the day; an appointment stops being
/// cancellable when it starts and leaves the list when it ends. A client
/// that meets an area it does not know should fetch everything.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Changes {
    /// What to send as `since` next time. Opaque.
    #[schema(example = "v1.Jq3vX0aZ7bKe.1042.1795420800")]
    pub cursor: String,
    /// The areas to fetch again, each once.
    pub changes: Vec<Change>,
}

/// One area to fetch again.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, ToSchema)]
pub struct Change {
    /// The area, as named by [`ChangeArea`]; a string, so that a client
    /// written before a new area can see that it does not know it.
    #[schema(example = "payments")]
    pub area: String,
    /// The case, for an area that belongs to one: `case`, `payments`,
    /// `how_to_pay`, `documents`, `messages`, `appointments`. Absent for
    /// the caller's own areas: `cases`, `submissions`, `contact`, `agency`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(example = "C-1001")]
    pub case_id: Option<String>,
}

/// The areas of the API a change names, and the resources to fetch again.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ChangeArea {
    /// `GET /v1/cases`: the caller's cases, joined or left.
    Cases,
    /// `GET /v1/cases/{id}`: the order, balances, next due, parties.
    Case,
    /// `GET /v1/cases/{id}/payments`: payments posted.
    Payments,
    /// `GET /v1/cases/{id}/how-to-pay`.
    HowToPay,
    /// `GET /v1/cases/{id}/documents`.
    Documents,
    /// `GET /v1/cases/{id}/threads`.
    Messages,
    /// `GET /v1/cases/{id}/appointments`.
    Appointments,
    /// `GET /v1/applications` and each case's modification requests.
    Submissions,
    /// `GET /v1/me/contact-updates`.
    Contact,
    /// `GET /v1/agency`.
    Agency,
}

impl ChangeArea {
    pub const ALL: [Self; 10] = [
        Self::Cases,
        Self::Case,
        Self::Payments,
        Self::HowToPay,
        Self::Documents,
        Self::Messages,
        Self::Appointments,
        Self::Submissions,
        Self::Contact,
        Self::Agency,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Cases => "cases",
            Self::Case => "case",
            Self::Payments => "payments",
            Self::HowToPay => "how_to_pay",
            Self::Documents => "documents",
            Self::Messages => "messages",
            Self::Appointments => "appointments",
            Self::Submissions => "submissions",
            Self::Contact => "contact",
            Self::Agency => "agency",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.as_str() == s)
    }

    /// Whether the area belongs to one case (and a change names it).
    pub fn per_case(self) -> bool {
        matches!(
            self,
            Self::Case
                | Self::Payments
                | Self::HowToPay
                | Self::Documents
                | Self::Messages
                | Self::Appointments
        )
    }
}

impl Change {
    pub fn new(area: ChangeArea, case_id: Option<&str>) -> Self {
        Self {
            area: area.as_str().to_owned(),
            case_id: case_id.map(str::to_owned),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_area_reads_back_from_its_name() {
        for area in ChangeArea::ALL {
            assert_eq!(ChangeArea::parse(area.as_str()), Some(area));
        }
        assert_eq!(ChangeArea::parse("weather"), None);
    }

    #[test]
    fn a_change_of_the_callers_own_area_has_no_case_on_the_wire() {
        let json = serde_json::to_value(Change::new(ChangeArea::Contact, None)).unwrap();
        assert_eq!(json, serde_json::json!({ "area": "contact" }));
    }
}
