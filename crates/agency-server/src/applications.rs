//! Applications for services: what one must say to be accepted for
//! processing, checked before anything is stored, and the fee.
//!
//! Each rule failure names the field by its JSON path
//! (`children[0].date_of_birth`); the first failure in document order is
//! the one reported. Values are never echoed back: a field may be an SSN.

use agency_api::{Address, NewApplication, Service};
use chrono::NaiveDate;
use rust_decimal::Decimal;

/// Longest name, address line, court, phone, email... in characters.
pub(crate) const MAX_TEXT_CHARS: usize = 200;
/// Longest free description of the other parent, in characters.
pub(crate) const MAX_DESCRIPTION_CHARS: usize = 2000;
/// Most children, aliases and existing orders one application may list.
pub(crate) const MAX_CHILDREN: usize = 20;
pub(crate) const MAX_ALIASES: usize = 20;
pub(crate) const MAX_EXISTING_ORDERS: usize = 20;

/// The application fee when one is due, in cents: the most 45 CFR
/// 302.33(c)(1) allows.
pub(crate) const FEE_CENTS: i64 = 2500;

/// USPS codes of the states, the District of Columbia and the territories.
const STATES: [&str; 56] = [
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS",
    "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY",
    "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV",
    "WI", "WY", "DC", "AS", "GU", "MP", "PR", "VI",
];

/// USPS codes of military mail (APO/FPO/DPO): a parent in the armed forces
/// may live at one, but no court sits there.
const MILITARY: [&str; 3] = ["AA", "AE", "AP"];

/// A field that breaks a rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Invalid {
    /// The JSON path of the field, e.g. `applicant.address.zip`.
    pub(crate) field: String,
    /// What is wrong, in plain words, without the value.
    pub(crate) message: String,
}

impl From<Invalid> for crate::ApiError {
    fn from(e: Invalid) -> Self {
        Self::Invalid {
            field: e.field,
            message: e.message,
        }
    }
}

pub(crate) fn invalid(field: impl Into<String>, message: impl Into<String>) -> Invalid {
    Invalid {
        field: field.into(),
        message: message.into(),
    }
}

/// Checks an application against the rules, as of `today`, and returns the
/// services asked for without repeats, in the order first asked.
pub(crate) fn check(new: &NewApplication, today: NaiveDate) -> Result<Vec<Service>, Invalid> {
    let a = &new.applicant;
    required("applicant.given_name", &a.given_name)?;
    required("applicant.family_name", &a.family_name)?;
    birth_date("applicant.date_of_birth", a.date_of_birth, today)?;
    optional_ssn("applicant.ssn", a.ssn.as_deref())?;
    optional("applicant.phone", a.phone.as_deref())?;
    optional("applicant.email", a.email.as_deref())?;
    address("applicant.address", &a.address, true)?;

    let o = &new.other_parent;
    optional("other_parent.given_name", o.given_name.as_deref())?;
    optional("other_parent.family_name", o.family_name.as_deref())?;
    at_most("other_parent.aliases", o.aliases.len(), MAX_ALIASES)?;
    for (i, alias) in o.aliases.iter().enumerate() {
        required(&format!("other_parent.aliases[{i}]"), alias)?;
    }
    if let Some(born) = o.date_of_birth {
        birth_date("other_parent.date_of_birth", born, today)?;
    }
    optional_ssn("other_parent.ssn", o.ssn.as_deref())?;
    if let Some(last_known) = &o.last_known_address {
        address("other_parent.last_known_address", last_known, false)?;
    }
    optional("other_parent.phone", o.phone.as_deref())?;
    optional("other_parent.employer", o.employer.as_deref())?;
    if let Some(description) = &o.description
        && description.chars().count() > MAX_DESCRIPTION_CHARS
    {
        return Err(invalid(
            "other_parent.description",
            format!("must be at most {MAX_DESCRIPTION_CHARS} characters"),
        ));
    }

    if new.children.is_empty() {
        return Err(invalid("children", "must name at least one child"));
    }
    at_most("children", new.children.len(), MAX_CHILDREN)?;
    for (i, child) in new.children.iter().enumerate() {
        required(&format!("children[{i}].given_name"), &child.given_name)?;
        required(&format!("children[{i}].family_name"), &child.family_name)?;
        birth_date(
            &format!("children[{i}].date_of_birth"),
            child.date_of_birth,
            today,
        )?;
    }

    at_most(
        "existing_orders",
        new.existing_orders.len(),
        MAX_EXISTING_ORDERS,
    )?;
    for (i, order) in new.existing_orders.iter().enumerate() {
        let field = format!("existing_orders[{i}]");
        if !STATES.contains(&order.state.as_str()) {
            return Err(invalid(
                format!("{field}.state"),
                "must be the USPS code of a state, DC or a territory, e.g. WI",
            ));
        }
        required(&format!("{field}.court"), &order.court)?;
        required(&format!("{field}.case_number"), &order.case_number)?;
    }

    if new.services.is_empty() {
        return Err(invalid("services", "must ask for at least one service"));
    }
    let mut services = Vec::with_capacity(new.services.len());
    for service in &new.services {
        if !services.contains(service) {
            services.push(*service);
        }
    }

    required("signature.typed_name", &new.signature.typed_name)?;
    if !new.signature.consent {
        return Err(invalid(
            "signature.consent",
            "must be true: the applicant confirms the statements and consents to their use",
        ));
    }
    Ok(services)
}

/// The application fee: $25.00, or nothing for an applicant who receives
/// TANF or Medicaid (45 CFR 302.33(a)(1)(i)-(ii), (c)).
pub(crate) fn fee_cents(new: &NewApplication) -> i64 {
    if new.applicant.receives_tanf || new.applicant.receives_medicaid {
        0
    } else {
        FEE_CENTS
    }
}

/// An amount of dollars as whole cents: zero or more, with at most two
/// decimal places; `None` otherwise.
pub(crate) fn money_cents(amount: Decimal) -> Option<i64> {
    use rust_decimal::prelude::ToPrimitive;
    let cents = amount.checked_mul(Decimal::ONE_HUNDRED)?;
    if amount.is_sign_negative() && !amount.is_zero() || !cents.fract().is_zero() {
        return None;
    }
    cents.to_i64()
}

pub(crate) fn required(field: &str, value: &str) -> Result<(), Invalid> {
    let value = value.trim();
    if value.is_empty() {
        return Err(invalid(field, "is required"));
    }
    optional(field, Some(value))
}

pub(crate) fn optional(field: &str, value: Option<&str>) -> Result<(), Invalid> {
    match value {
        Some(v) if v.trim().chars().count() > MAX_TEXT_CHARS => Err(invalid(
            field,
            format!("must be at most {MAX_TEXT_CHARS} characters"),
        )),
        _ => Ok(()),
    }
}

fn at_most(field: &str, count: usize, most: usize) -> Result<(), Invalid> {
    if count > most {
        return Err(invalid(field, format!("may list at most {most}")));
    }
    Ok(())
}

fn birth_date(field: &str, born: NaiveDate, today: NaiveDate) -> Result<(), Invalid> {
    if born > today {
        return Err(invalid(field, "must not be in the future"));
    }
    if born < NaiveDate::from_ymd_opt(1900, 1, 1).unwrap_or(NaiveDate::MIN) {
        return Err(invalid(field, "must not be before 1900"));
    }
    Ok(())
}

fn optional_ssn(field: &str, ssn: Option<&str>) -> Result<(), Invalid> {
    let Some(ssn) = ssn else { return Ok(()) };
    let bytes = ssn.as_bytes();
    let well_formed = bytes.len() == 11
        && bytes.iter().enumerate().all(|(i, b)| match i {
            3 | 6 => *b == b'-',
            _ => b.is_ascii_digit(),
        });
    if well_formed {
        Ok(())
    } else {
        Err(invalid(field, "must be nine digits written as NNN-NN-NNNN"))
    }
}

/// A postal address. The applicant's is `complete`: street, city, state and
/// ZIP are required. The other parent's last known address may be only what
/// the applicant remembers, but a state or ZIP given must be a real one.
pub(crate) fn address(field: &str, a: &Address, complete: bool) -> Result<(), Invalid> {
    let line1 = format!("{field}.line1");
    let city = format!("{field}.city");
    if complete {
        required(&line1, &a.line1)?;
    } else {
        optional(&line1, Some(&a.line1))?;
    }
    optional(&format!("{field}.line2"), a.line2.as_deref())?;
    if complete {
        required(&city, &a.city)?;
    } else {
        optional(&city, Some(&a.city))?;
    }
    // Left out: allowed only where the address need not be complete.
    let left_out = |s: &str| s.trim().is_empty() && !complete;
    let postal_state = |s: &str| STATES.contains(&s) || MILITARY.contains(&s);
    if !(left_out(&a.state) || postal_state(&a.state)) {
        return Err(invalid(
            format!("{field}.state"),
            "must be the USPS code of a state, DC, a territory or military mail, e.g. WI",
        ));
    }
    if !(left_out(&a.zip) || zip(&a.zip)) {
        return Err(invalid(
            format!("{field}.zip"),
            "must be five digits, or ZIP+4 written as 12345-6789",
        ));
    }
    Ok(())
}

fn zip(zip: &str) -> bool {
    let bytes = zip.as_bytes();
    let digits = |s: &[u8]| s.iter().all(u8::is_ascii_digit);
    match bytes.len() {
        5 => digits(bytes),
        10 => digits(&bytes[..5]) && bytes[5] == b'-' && digits(&bytes[6..]),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use agency_api::{
        Applicant, ApplicationChild, ExistingOrder, OtherParentInfo, Paternity, Safety, Signature,
    };

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 6, 1).unwrap()
    }

    fn application() -> NewApplication {
        NewApplication {
            applicant: Applicant {
                given_name: "Grace".to_owned(),
                family_name: "Kim".to_owned(),
                date_of_birth: NaiveDate::from_ymd_opt(1990, 5, 4).unwrap(),
                ssn: Some("123-45-6789".to_owned()),
                phone: None,
                email: None,
                address: Address {
                    line1: "1 Main St".to_owned(),
                    line2: None,
                    city: "Lakeview".to_owned(),
                    state: "WI".to_owned(),
                    zip: "53701-1234".to_owned(),
                },
                receives_tanf: false,
                receives_medicaid: false,
            },
            other_parent: OtherParentInfo::default(),
            children: vec![ApplicationChild {
                given_name: "Ada".to_owned(),
                family_name: "Kim".to_owned(),
                date_of_birth: NaiveDate::from_ymd_opt(2020, 1, 1).unwrap(),
                paternity: Paternity::Unknown,
            }],
            existing_orders: vec![],
            services: vec![Service::EstablishOrder, Service::LocateParent],
            safety: Safety::default(),
            signature: Signature {
                typed_name: "Grace Kim".to_owned(),
                consent: true,
            },
        }
    }

    fn field_of(f: impl FnOnce(&mut NewApplication)) -> String {
        let mut a = application();
        f(&mut a);
        check(&a, today()).unwrap_err().field
    }

    #[test]
    fn a_complete_application_passes_and_repeated_services_are_dropped() {
        let mut a = application();
        a.services = vec![
            Service::LocateParent,
            Service::EstablishOrder,
            Service::LocateParent,
        ];
        assert_eq!(
            check(&a, today()).unwrap(),
            [Service::LocateParent, Service::EstablishOrder]
        );
    }

    #[test]
    fn each_rule_names_its_field() {
        assert_eq!(
            field_of(|a| a.applicant.given_name = "  ".into()),
            "applicant.given_name"
        );
        assert_eq!(
            field_of(|a| a.applicant.date_of_birth = today().succ_opt().unwrap()),
            "applicant.date_of_birth"
        );
        assert_eq!(
            field_of(|a| a.applicant.date_of_birth = NaiveDate::from_ymd_opt(1899, 12, 31).unwrap()),
            "applicant.date_of_birth"
        );
        for bad in ["123456789", "123-45-678", "12a-45-6789", " 123-45-6789", ""] {
            assert_eq!(
                field_of(|a| a.applicant.ssn = Some(bad.into())),
                "applicant.ssn"
            );
        }
        for bad in ["wi", "XX", "W", "WIS", ""] {
            assert_eq!(
                field_of(|a| a.applicant.address.state = bad.into()),
                "applicant.address.state"
            );
        }
        for bad in ["5370", "537011", "53701-12", "53701 1234", "ABCDE"] {
            assert_eq!(
                field_of(|a| a.applicant.address.zip = bad.into()),
                "applicant.address.zip"
            );
        }
        assert_eq!(
            field_of(|a| a.applicant.address.line1 = "x".repeat(201)),
            "applicant.address.line1"
        );
        assert_eq!(
            field_of(|a| a.other_parent.description = Some("x".repeat(2001))),
            "other_parent.description"
        );
        assert_eq!(
            field_of(|a| a.other_parent.ssn = Some("1".into())),
            "other_parent.ssn"
        );
        assert_eq!(
            field_of(|a| a.other_parent.aliases = vec!["Bo".into(), " ".into()]),
            "other_parent.aliases[1]"
        );
        assert_eq!(field_of(|a| a.children.clear()), "children");
        assert_eq!(
            field_of(|a| a.children[0].date_of_birth = today().succ_opt().unwrap()),
            "children[0].date_of_birth"
        );
        assert_eq!(field_of(|a| a.services.clear()), "services");
        assert_eq!(
            field_of(|a| a.signature.consent = false),
            "signature.consent"
        );
        assert_eq!(
            field_of(|a| a.signature.typed_name = String::new()),
            "signature.typed_name"
        );
        assert_eq!(
            field_of(|a| a.existing_orders.push(ExistingOrder {
                state: "AE".into(),
                court: "Court".into(),
                case_number: "1".into(),
            })),
            "existing_orders[0].state"
        );
    }

    #[test]
    fn what_the_applicant_does_not_know_of_the_other_parent_may_be_left_out() {
        let mut a = application();
        a.applicant.address.state = "AP".into();
        a.other_parent.last_known_address = Some(Address {
            line1: String::new(),
            line2: None,
            city: "Riverton".into(),
            state: String::new(),
            zip: String::new(),
        });
        a.other_parent.date_of_birth = Some(NaiveDate::from_ymd_opt(1985, 1, 1).unwrap());
        assert!(check(&a, today()).is_ok());
        a.other_parent.last_known_address.as_mut().unwrap().zip = "1".into();
        assert_eq!(
            check(&a, today()).unwrap_err().field,
            "other_parent.last_known_address.zip"
        );
    }

    #[test]
    fn no_fee_with_tanf_or_medicaid() {
        let mut a = application();
        assert_eq!(fee_cents(&a), 2500);
        a.applicant.receives_medicaid = true;
        assert_eq!(fee_cents(&a), 0);
        a.applicant.receives_medicaid = false;
        a.applicant.receives_tanf = true;
        assert_eq!(fee_cents(&a), 0);
    }

    #[test]
    fn money_is_whole_cents_and_not_negative() {
        let d = |s: &str| s.parse::<Decimal>().unwrap();
        assert_eq!(money_cents(d("412.5")), Some(41250));
        assert_eq!(money_cents(d("0")), Some(0));
        assert_eq!(money_cents(d("-0.00")), Some(0));
        assert_eq!(money_cents(d("12.500")), Some(1250));
        assert_eq!(money_cents(d("1.005")), None);
        assert_eq!(money_cents(d("-1")), None);
        assert_eq!(money_cents(Decimal::MAX), None);
    }
}
