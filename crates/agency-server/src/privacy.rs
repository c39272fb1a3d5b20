//! The privacy rules, in one place. Every case-scoped handler starts with
//! [`case_for`] and builds what it says about people only through
//! [`CaseAccess`], so no handler can skip a rule.
//!
//! 1. A participant reaches only the cases they are a party to. Any other
//!    case ID answers 404, exactly like one that does not exist: a 403 would
//!    tell that the case exists.
//! 2. On a case with the family-violence indicator, no response carries the
//!    other party's address, employer or phone number, or the children's
//!    address (42 U.S.C. 653(b)(2), 654(26): a state must not disclose the
//!    whereabouts of a party or child at risk).
//! 3. What a parent files (a modification request, a document) is seen by
//!    that parent only: its free text may say anything about their life,
//!    and a pay stub or a lease says where they work or live. Handlers read
//!    filings with [`CaseAccess::filer`] as the owner. An application for
//!    services belongs to no case yet: its handlers read it with the caller
//!    as the owner, and answer 404 for anyone else's (`routes/applications.rs`);
//!    so do the upload handlers for an upload (`routes/uploads.rs`).
//!    Message threads, appointments and contact updates are their parent's
//!    alone in the same way.
//! 4. Who sees a parent's own address, phone and employer is said to them
//!    plainly ([`contact_visibility`]): the agency always; the other parent
//!    on a case only where rule 2 does not withhold them.

use crate::ApiError;
use crate::auth::Caller;
use crate::db::Db;
use agency_api::{Child, ContactVisibility, OtherParty, Role};
use chrono::NaiveDate;

/// The caller's standing on one case: proof the check ran.
#[derive(Debug, Clone)]
pub(crate) struct CaseAccess {
    pub(crate) case_id: String,
    participant_id: String,
    pub(crate) role: Role,
    family_violence: bool,
}

/// The one gate to a case.
pub(crate) async fn case_for(
    db: &Db,
    caller: &Caller,
    case_id: &str,
) -> Result<CaseAccess, ApiError> {
    let row: Option<(String, i64)> = sqlx::query_as(
        "SELECT cp.role, c.family_violence FROM case_participants cp \
         JOIN cases c ON c.id = cp.case_id \
         WHERE cp.case_id = $1 AND cp.participant_id = $2",
    )
    .bind(case_id)
    .bind(&caller.participant_id)
    .fetch_optional(db.pool())
    .await?;
    let Some((role, family_violence)) = row else {
        return Err(ApiError::NotFound);
    };
    Ok(CaseAccess {
        case_id: case_id.to_owned(),
        participant_id: caller.participant_id.clone(),
        role: parse_role(&role),
        family_violence: family_violence != 0,
    })
}

/// Who can see the caller's address, phone and employer, on each of their
/// cases (rule 4). It follows from rule 2, which [`CaseAccess::other_party`]
/// applies: the other parent never sees them on a family-violence case.
pub(crate) async fn contact_visibility(
    db: &Db,
    caller: &Caller,
) -> Result<Vec<ContactVisibility>, sqlx::Error> {
    let rows: Vec<(String, i64)> = sqlx::query_as(
        "SELECT c.id, c.family_violence FROM case_participants cp \
         JOIN cases c ON c.id = cp.case_id WHERE cp.participant_id = $1 ORDER BY c.id",
    )
    .bind(&caller.participant_id)
    .fetch_all(db.pool())
    .await?;
    Ok(rows
        .into_iter()
        .map(|(case_id, family_violence)| ContactVisibility {
            case_id,
            family_violence: family_violence != 0,
            other_parent_can_see: family_violence == 0,
        })
        .collect())
}

pub(crate) fn parse_role(role: &str) -> Role {
    if role == "custodial" {
        Role::Custodial
    } else {
        Role::Noncustodial
    }
}

/// Another party as stored.
pub(crate) struct PartyRecord {
    pub(crate) role: String,
    pub(crate) given_name: String,
    pub(crate) family_name: String,
    pub(crate) address: Option<String>,
    pub(crate) employer: Option<String>,
    pub(crate) phone: Option<String>,
}

/// A child as stored.
pub(crate) struct ChildRecord {
    pub(crate) given_name: String,
    pub(crate) birth_date: NaiveDate,
    pub(crate) address: Option<String>,
}

impl CaseAccess {
    /// The only participant whose filings on this case the caller may see
    /// (rule 3): the caller.
    pub(crate) fn filer(&self) -> &str {
        &self.participant_id
    }

    /// What the caller may know of another party on this case.
    pub(crate) fn other_party(&self, p: PartyRecord) -> OtherParty {
        let withhold = self.family_violence;
        OtherParty {
            role: parse_role(&p.role),
            given_name: p.given_name,
            family_name: p.family_name,
            address: p.address.filter(|_| !withhold).map(|a| lines(&a)),
            employer: p.employer.filter(|_| !withhold),
            phone: p.phone.filter(|_| !withhold),
        }
    }

    /// What the caller may know of a child on this case.
    pub(crate) fn child(&self, c: ChildRecord) -> Child {
        Child {
            given_name: c.given_name,
            birth_date: c.birth_date,
            address: c
                .address
                .filter(|_| !self.family_violence)
                .map(|a| lines(&a)),
        }
    }
}

fn lines(text: &str) -> Vec<String> {
    text.lines().map(str::to_owned).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn access(family_violence: bool) -> CaseAccess {
        CaseAccess {
            case_id: "C-1".to_owned(),
            participant_id: "P-1".to_owned(),
            role: Role::Custodial,
            family_violence,
        }
    }

    fn party() -> PartyRecord {
        PartyRecord {
            role: "noncustodial".to_owned(),
            given_name: "R".to_owned(),
            family_name: "M".to_owned(),
            address: Some("1 Main St\nTown".to_owned()),
            employer: Some("Acme".to_owned()),
            phone: Some("555".to_owned()),
        }
    }

    #[test]
    fn contact_details_are_withheld_on_a_family_violence_case_only() {
        let open = access(false).other_party(party());
        assert_eq!(open.address.unwrap(), ["1 Main St", "Town"]);
        assert!(open.employer.is_some() && open.phone.is_some());
        let safe = access(true).other_party(party());
        assert!(safe.address.is_none() && safe.employer.is_none() && safe.phone.is_none());
        let child = ChildRecord {
            given_name: "K".to_owned(),
            birth_date: NaiveDate::from_ymd_opt(2020, 1, 1).unwrap(),
            address: Some("1 Main St".to_owned()),
        };
        assert!(access(true).child(child).address.is_none());
    }
}
