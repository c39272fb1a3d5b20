//! The application form as the parent fills it in, and the one set of rules
//! that turns it into an application the agency accepts.
//!
//! The form holds text exactly as typed, so that a draft can be saved at any
//! moment, half done. [`check`] names every field at fault with a stable
//! problem code the UI translates; it is the only place these rules live on
//! the app's side (the agency checks again on its side).

use agency_api::{
    Address, Applicant, ApplicationChild, Employer, ExistingOrder, NewApplication,
    NewContactUpdate, OtherParentInfo, Paternity, Safety, Service, Signature,
};
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Longest text in a short field, in characters.
pub const MAX_SHORT: usize = 200;
/// Longest description of the other parent, in characters.
pub const MAX_DESCRIPTION: usize = 2000;
/// Most children on one application.
pub const MAX_CHILDREN: usize = 20;
/// Most existing orders on one application.
pub const MAX_ORDERS: usize = 10;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(export)]
pub struct AddressForm {
    pub line1: String,
    pub line2: String,
    pub city: String,
    pub state: String,
    pub zip: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(export)]
pub struct ApplicantForm {
    pub given_name: String,
    pub family_name: String,
    /// `YYYY-MM-DD` or `MM/DD/YYYY`.
    pub date_of_birth: String,
    pub ssn: String,
    pub phone: String,
    pub email: String,
    pub address: AddressForm,
    pub receives_tanf: bool,
    pub receives_medicaid: bool,
}

/// Every field may stay empty: "I don't know".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(export)]
pub struct OtherParentForm {
    pub given_name: String,
    pub family_name: String,
    /// Other names, one per line or separated by commas.
    pub aliases: String,
    pub date_of_birth: String,
    pub ssn: String,
    /// The last address known; all empty when unknown.
    pub address: AddressForm,
    pub phone: String,
    pub employer: String,
    pub description: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(export)]
pub struct ChildForm {
    pub given_name: String,
    pub family_name: String,
    pub date_of_birth: String,
    pub paternity: Option<Paternity>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(export)]
pub struct OrderForm {
    pub state: String,
    pub court: String,
    pub case_number: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(export)]
pub struct SignatureForm {
    pub typed_name: String,
    pub consent: bool,
}

/// The whole application, as typed so far.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(export)]
pub struct ApplicationForm {
    pub applicant: ApplicantForm,
    pub other_parent: OtherParentForm,
    pub children: Vec<ChildForm>,
    pub existing_orders: Vec<OrderForm>,
    pub services: Vec<Service>,
    pub safety: Safety,
    pub signature: SignatureForm,
}

/// Why a field is not accepted. The UI says each in the parent's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum FieldProblem {
    Required,
    /// Not a date, or not one that exists (February 30).
    InvalidDate,
    FutureDate,
    /// Before 1900.
    TooLongAgo,
    /// Not nine digits, or a number the SSA never issues (000, 666, 9xx).
    InvalidSsn,
    /// Not a USPS state or territory code.
    InvalidState,
    InvalidZip,
    InvalidEmail,
    /// Not ten digits (a leading 1 is allowed).
    InvalidPhone,
    TooLong,
    /// Part of an address is given but not the rest.
    IncompleteAddress,
    NoChildren,
    TooMany,
    NoServices,
    /// The typed name is not the applicant's name.
    SignatureMismatch,
    ConsentRequired,
}

/// One field at fault: its path in the form (`children.0.date_of_birth`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct FieldIssue {
    pub field: String,
    pub problem: FieldProblem,
}

/// Every USPS code of a state, DC or a territory the program serves.
const STATES: &[&str] = &[
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
    "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM",
    "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA",
    "WV", "WI", "WY", "PR", "VI", "GU",
];

/// Checks the whole form. `Ok` is the application to send, trimmed and
/// normalised (SSNs as `123-45-6789`, states upper case); `Err` names every
/// field at fault, in the form's order.
pub fn check(form: &ApplicationForm, today: NaiveDate) -> Result<NewApplication, Vec<FieldIssue>> {
    let mut c = Checker {
        issues: Vec::new(),
        today,
    };
    let application = c.application(form);
    if c.issues.is_empty() {
        Ok(application)
    } else {
        Err(c.issues)
    }
}

struct Checker {
    issues: Vec<FieldIssue>,
    today: NaiveDate,
}

impl Checker {
    fn flag(&mut self, field: impl Into<String>, problem: FieldProblem) {
        self.issues.push(FieldIssue {
            field: field.into(),
            problem,
        });
    }

    fn application(&mut self, form: &ApplicationForm) -> NewApplication {
        let applicant = self.applicant(&form.applicant);
        let other_parent = self.other_parent(&form.other_parent);
        if form.children.is_empty() {
            self.flag("children", FieldProblem::NoChildren);
        } else if form.children.len() > MAX_CHILDREN {
            self.flag("children", FieldProblem::TooMany);
        }
        let children = form
            .children
            .iter()
            .enumerate()
            .map(|(i, child)| self.child(&format!("children.{i}"), child))
            .collect();
        if form.existing_orders.len() > MAX_ORDERS {
            self.flag("existing_orders", FieldProblem::TooMany);
        }
        let existing_orders = form
            .existing_orders
            .iter()
            .enumerate()
            .map(|(i, order)| self.order(&format!("existing_orders.{i}"), order))
            .collect();
        let mut services: Vec<Service> = Vec::new();
        for service in &form.services {
            if !services.contains(service) {
                services.push(*service);
            }
        }
        if services.is_empty() {
            self.flag("services", FieldProblem::NoServices);
        }
        let signature = self.signature(&form.signature, &applicant);
        NewApplication {
            applicant,
            other_parent,
            children,
            existing_orders,
            services,
            safety: form.safety,
            signature,
        }
    }

    fn applicant(&mut self, form: &ApplicantForm) -> Applicant {
        let p = "applicant";
        Applicant {
            given_name: self.required(&format!("{p}.given_name"), &form.given_name),
            family_name: self.required(&format!("{p}.family_name"), &form.family_name),
            date_of_birth: self
                .date(&format!("{p}.date_of_birth"), &form.date_of_birth, true)
                .unwrap_or_default(),
            ssn: self.ssn(&format!("{p}.ssn"), &form.ssn),
            phone: self.phone(&format!("{p}.phone"), &form.phone),
            email: self.email(&format!("{p}.email"), &form.email),
            address: self
                .address(&format!("{p}.address"), &form.address, true)
                .unwrap_or_else(empty_address),
            receives_tanf: form.receives_tanf,
            receives_medicaid: form.receives_medicaid,
        }
    }

    fn other_parent(&mut self, form: &OtherParentForm) -> OtherParentInfo {
        let p = "other_parent";
        let aliases = form
            .aliases
            .split([',', '\n'])
            .map(str::trim)
            .filter(|a| !a.is_empty())
            .map(str::to_owned)
            .collect::<Vec<_>>();
        if aliases.iter().any(|a| a.chars().count() > MAX_SHORT) {
            self.flag(format!("{p}.aliases"), FieldProblem::TooLong);
        }
        OtherParentInfo {
            given_name: self.optional(&format!("{p}.given_name"), &form.given_name, MAX_SHORT),
            family_name: self.optional(&format!("{p}.family_name"), &form.family_name, MAX_SHORT),
            aliases,
            date_of_birth: self.date(&format!("{p}.date_of_birth"), &form.date_of_birth, false),
            ssn: self.ssn(&format!("{p}.ssn"), &form.ssn),
            last_known_address: self.address(&format!("{p}.address"), &form.address, false),
            phone: self.phone(&format!("{p}.phone"), &form.phone),
            employer: self.optional(&format!("{p}.employer"), &form.employer, MAX_SHORT),
            description: self.optional(
                &format!("{p}.description"),
                &form.description,
                MAX_DESCRIPTION,
            ),
        }
    }

    fn child(&mut self, p: &str, form: &ChildForm) -> ApplicationChild {
        // In the order the form asks.
        let given_name = self.required(&format!("{p}.given_name"), &form.given_name);
        let family_name = self.required(&format!("{p}.family_name"), &form.family_name);
        let date_of_birth = self
            .date(&format!("{p}.date_of_birth"), &form.date_of_birth, true)
            .unwrap_or_default();
        let paternity = form.paternity.unwrap_or_else(|| {
            self.flag(format!("{p}.paternity"), FieldProblem::Required);
            Paternity::Unknown
        });
        ApplicationChild {
            given_name,
            family_name,
            date_of_birth,
            paternity,
        }
    }

    fn order(&mut self, p: &str, form: &OrderForm) -> ExistingOrder {
        ExistingOrder {
            state: self.state(&format!("{p}.state"), &form.state, true),
            court: self.required(&format!("{p}.court"), &form.court),
            case_number: self.required(&format!("{p}.case_number"), &form.case_number),
        }
    }

    fn signature(&mut self, form: &SignatureForm, applicant: &Applicant) -> Signature {
        let typed_name = self.required("signature.typed_name", &form.typed_name);
        let expected = format!("{} {}", applicant.given_name, applicant.family_name);
        if !typed_name.is_empty()
            && !applicant.given_name.is_empty()
            && !applicant.family_name.is_empty()
            && fold(&typed_name) != fold(&expected)
        {
            self.flag("signature.typed_name", FieldProblem::SignatureMismatch);
        }
        if !form.consent {
            self.flag("signature.consent", FieldProblem::ConsentRequired);
        }
        Signature {
            typed_name,
            consent: form.consent,
        }
    }

    fn required(&mut self, field: &str, value: &str) -> String {
        let value = value.trim();
        if value.is_empty() {
            self.flag(field, FieldProblem::Required);
        } else if value.chars().count() > MAX_SHORT {
            self.flag(field, FieldProblem::TooLong);
        }
        value.to_owned()
    }

    fn optional(&mut self, field: &str, value: &str, max: usize) -> Option<String> {
        let value = value.trim();
        if value.chars().count() > max {
            self.flag(field, FieldProblem::TooLong);
        }
        (!value.is_empty()).then(|| value.to_owned())
    }

    fn date(&mut self, field: &str, value: &str, required: bool) -> Option<NaiveDate> {
        let value = value.trim();
        if value.is_empty() {
            if required {
                self.flag(field, FieldProblem::Required);
            }
            return None;
        }
        let Some(date) = parse_date(value) else {
            self.flag(field, FieldProblem::InvalidDate);
            return None;
        };
        if date > self.today {
            self.flag(field, FieldProblem::FutureDate);
        } else if date.year() < 1900 {
            self.flag(field, FieldProblem::TooLongAgo);
        }
        Some(date)
    }

    fn ssn(&mut self, field: &str, value: &str) -> Option<String> {
        let value = value.trim();
        if value.is_empty() {
            return None;
        }
        let ssn = normalise_ssn(value);
        if ssn.is_none() {
            self.flag(field, FieldProblem::InvalidSsn);
        }
        ssn
    }

    fn phone(&mut self, field: &str, value: &str) -> Option<String> {
        let value = value.trim();
        if value.is_empty() {
            return None;
        }
        let phone = normalise_phone(value);
        if phone.is_none() {
            self.flag(field, FieldProblem::InvalidPhone);
        }
        phone
    }

    fn email(&mut self, field: &str, value: &str) -> Option<String> {
        let value = value.trim();
        if value.is_empty() {
            return None;
        }
        if value.chars().count() > MAX_SHORT {
            self.flag(field, FieldProblem::TooLong);
        } else if !plausible_email(value) {
            self.flag(field, FieldProblem::InvalidEmail);
        }
        Some(value.to_owned())
    }

    fn state(&mut self, field: &str, value: &str, required: bool) -> String {
        let value = value.trim().to_ascii_uppercase();
        if value.is_empty() {
            if required {
                self.flag(field, FieldProblem::Required);
            }
        } else if !STATES.contains(&value.as_str()) {
            self.flag(field, FieldProblem::InvalidState);
        }
        value
    }

    /// A required address must be whole; an optional one is all empty
    /// (unknown, `None`) or whole.
    fn address(&mut self, p: &str, form: &AddressForm, required: bool) -> Option<Address> {
        let parts = [&form.line1, &form.line2, &form.city, &form.state, &form.zip];
        if !required && parts.iter().all(|part| part.trim().is_empty()) {
            return None;
        }
        let before = self.issues.len();
        let address = Address {
            line1: self.required(&format!("{p}.line1"), &form.line1),
            line2: self.optional(&format!("{p}.line2"), &form.line2, MAX_SHORT),
            city: self.required(&format!("{p}.city"), &form.city),
            state: self.state(&format!("{p}.state"), &form.state, true),
            zip: {
                let zip = form.zip.trim().to_owned();
                if zip.is_empty() {
                    self.flag(format!("{p}.zip"), FieldProblem::Required);
                } else if !valid_zip(&zip) {
                    self.flag(format!("{p}.zip"), FieldProblem::InvalidZip);
                }
                zip
            },
        };
        if !required
            && self.issues[before..]
                .iter()
                .any(|i| i.problem == FieldProblem::Required)
        {
            // Part of an optional address: say so once, on the address.
            self.issues
                .retain(|i| !(i.field.starts_with(p) && i.problem == FieldProblem::Required));
            self.flag(p, FieldProblem::IncompleteAddress);
        }
        Some(address)
    }
}

fn empty_address() -> Address {
    Address {
        line1: String::new(),
        line2: None,
        city: String::new(),
        state: String::new(),
        zip: String::new(),
    }
}

/// `YYYY-MM-DD`, or the US `MM/DD/YYYY` (one-digit month and day allowed).
pub fn parse_date(value: &str) -> Option<NaiveDate> {
    if let Ok(date) = NaiveDate::parse_from_str(value, "%Y-%m-%d") {
        return Some(date);
    }
    let mut parts = value.split('/');
    let (m, d, y) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || y.len() != 4 || m.is_empty() || d.is_empty() {
        return None;
    }
    NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
}

/// `123-45-6789` from nine digits with or without dashes or spaces, if the
/// SSA could have issued it.
fn normalise_ssn(value: &str) -> Option<String> {
    if !value
        .chars()
        .all(|c| c.is_ascii_digit() || c == '-' || c == ' ')
    {
        return None;
    }
    let digits: String = value.chars().filter(char::is_ascii_digit).collect();
    if digits.len() != 9 {
        return None;
    }
    let (area, group, serial) = (&digits[0..3], &digits[3..5], &digits[5..9]);
    if area == "000" || area == "666" || area.starts_with('9') || group == "00" || serial == "0000"
    {
        return None;
    }
    Some(format!("{area}-{group}-{serial}"))
}

/// `(608) 555-0100` from ten digits, with an optional leading 1.
fn normalise_phone(value: &str) -> Option<String> {
    if !value
        .chars()
        .all(|c| c.is_ascii_digit() || " ()-.+".contains(c))
    {
        return None;
    }
    let digits: String = value.chars().filter(char::is_ascii_digit).collect();
    let digits = match digits.len() {
        11 if digits.starts_with('1') => &digits[1..],
        10 => &digits[..],
        _ => return None,
    };
    Some(format!(
        "({}) {}-{}",
        &digits[0..3],
        &digits[3..6],
        &digits[6..10]
    ))
}

fn plausible_email(value: &str) -> bool {
    let Some((local, domain)) = value.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !value.chars().any(char::is_whitespace)
}

fn valid_zip(zip: &str) -> bool {
    let digits = |s: &str, n: usize| s.len() == n && s.chars().all(|c| c.is_ascii_digit());
    match zip.split_once('-') {
        Some((five, four)) => digits(five, 5) && digits(four, 4),
        None => digits(zip, 5),
    }
}

/// A name compared without case, accents or spacing: "josé  lópez" is
/// "Jose Lopez".
fn fold(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
        .chars()
        .map(|c| match c {
            'á' | 'à' | 'ä' | 'â' => 'a',
            'é' | 'è' | 'ë' | 'ê' => 'e',
            'í' | 'ì' | 'ï' | 'î' => 'i',
            'ó' | 'ò' | 'ö' | 'ô' => 'o',
            'ú' | 'ù' | 'ü' | 'û' => 'u',
            'ñ' => 'n',
            other => other,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
    }

    fn address() -> AddressForm {
        AddressForm {
            line1: "12 Elm St".into(),
            line2: String::new(),
            city: "Madison".into(),
            state: "wi".into(),
            zip: "53703".into(),
        }
    }

    pub(crate) fn complete() -> ApplicationForm {
        ApplicationForm {
            applicant: ApplicantForm {
                given_name: "Grace".into(),
                family_name: "Kim".into(),
                date_of_birth: "1990-04-02".into(),
                ssn: "123 45 6789".into(),
                phone: "608-555-0100".into(),
                email: "grace.kim@example.org".into(),
                address: address(),
                receives_tanf: false,
                receives_medicaid: true,
            },
            other_parent: OtherParentForm {
                given_name: "Daniel".into(),
                aliases: "Danny K, D. Kim\n".into(),
                ..OtherParentForm::default()
            },
            children: vec![ChildForm {
                given_name: "Mina".into(),
                family_name: "Kim".into(),
                date_of_birth: "3/9/2019".into(),
                paternity: Some(Paternity::NotEstablished),
            }],
            existing_orders: vec![],
            services: vec![
                Service::EstablishPaternity,
                Service::EstablishOrder,
                Service::EstablishPaternity,
            ],
            safety: Safety::default(),
            signature: SignatureForm {
                typed_name: "  grace   KIM ".into(),
                consent: true,
            },
        }
    }

    fn problems(form: &ApplicationForm) -> Vec<(String, FieldProblem)> {
        check(form, today())
            .expect_err("the form has problems")
            .into_iter()
            .map(|i| (i.field, i.problem))
            .collect()
    }

    #[test]
    fn a_complete_form_becomes_a_normalised_application() {
        let application = check(&complete(), today()).unwrap();
        assert_eq!(application.applicant.ssn.as_deref(), Some("123-45-6789"));
        assert_eq!(
            application.applicant.phone.as_deref(),
            Some("(608) 555-0100")
        );
        assert_eq!(application.applicant.address.state, "WI");
        assert_eq!(application.other_parent.aliases, ["Danny K", "D. Kim"]);
        assert_eq!(application.other_parent.family_name, None);
        assert_eq!(application.other_parent.last_known_address, None);
        assert_eq!(
            application.children[0].date_of_birth,
            NaiveDate::from_ymd_opt(2019, 3, 9).unwrap()
        );
        assert_eq!(
            application.services,
            [Service::EstablishPaternity, Service::EstablishOrder]
        );
        assert_eq!(application.signature.typed_name, "grace   KIM");
    }

    #[test]
    fn an_empty_form_names_every_required_field() {
        let issues = problems(&ApplicationForm::default());
        let required: Vec<&str> = issues
            .iter()
            .filter(|(_, p)| *p == FieldProblem::Required)
            .map(|(f, _)| f.as_str())
            .collect();
        assert_eq!(
            required,
            [
                "applicant.given_name",
                "applicant.family_name",
                "applicant.date_of_birth",
                "applicant.address.line1",
                "applicant.address.city",
                "applicant.address.state",
                "applicant.address.zip",
                "signature.typed_name",
            ]
        );
        assert!(issues.contains(&("children".into(), FieldProblem::NoChildren)));
        assert!(issues.contains(&("services".into(), FieldProblem::NoServices)));
        assert!(issues.contains(&("signature.consent".into(), FieldProblem::ConsentRequired)));
    }

    #[test]
    fn dates_of_birth_must_be_real_and_past() {
        for (typed, problem) in [
            ("2026-11-23", FieldProblem::FutureDate),
            ("11/23/2026", FieldProblem::FutureDate),
            ("2019-02-30", FieldProblem::InvalidDate),
            ("13/01/2019", FieldProblem::InvalidDate),
            ("3/9/19", FieldProblem::InvalidDate),
            ("yesterday", FieldProblem::InvalidDate),
            ("1899-12-31", FieldProblem::TooLongAgo),
        ] {
            let mut form = complete();
            form.children[0].date_of_birth = typed.into();
            assert_eq!(
                problems(&form),
                [("children.0.date_of_birth".to_owned(), problem)],
                "{typed}"
            );
        }
        let mut form = complete();
        form.children[0].date_of_birth = "2026-11-22".into();
        assert!(check(&form, today()).is_ok(), "born today is fine");
    }

    #[test]
    fn ssns_must_be_nine_digits_the_ssa_could_issue() {
        for bad in [
            "12345678",
            "1234567890",
            "123-45-678a",
            "000-12-3456",
            "666-12-3456",
            "912-34-5678",
            "123-00-4567",
            "123-45-0000",
        ] {
            let mut form = complete();
            form.other_parent.ssn = bad.into();
            assert_eq!(
                problems(&form),
                [("other_parent.ssn".to_owned(), FieldProblem::InvalidSsn)],
                "{bad}"
            );
        }
    }

    #[test]
    fn contact_details_are_checked_when_given() {
        let mut form = complete();
        form.applicant.phone = "555-0100".into();
        form.applicant.email = "grace@localhost".into();
        form.applicant.address.zip = "5370".into();
        form.applicant.address.state = "XX".into();
        assert_eq!(
            problems(&form),
            [
                ("applicant.phone".to_owned(), FieldProblem::InvalidPhone),
                ("applicant.email".to_owned(), FieldProblem::InvalidEmail),
                (
                    "applicant.address.state".to_owned(),
                    FieldProblem::InvalidState
                ),
                ("applicant.address.zip".to_owned(), FieldProblem::InvalidZip),
            ]
        );
        form = complete();
        form.applicant.phone = "+1 (608) 555-0100".into();
        form.applicant.address.zip = "53703-1234".into();
        assert!(check(&form, today()).is_ok());
    }

    #[test]
    fn the_other_parents_address_is_unknown_or_whole() {
        let mut form = complete();
        form.other_parent.address.city = "Chicago".into();
        assert_eq!(
            problems(&form),
            [(
                "other_parent.address".to_owned(),
                FieldProblem::IncompleteAddress
            )]
        );
        form.other_parent.address = address();
        let application = check(&form, today()).unwrap();
        assert_eq!(
            application.other_parent.last_known_address.map(|a| a.city),
            Some("Madison".to_owned())
        );
    }

    #[test]
    fn each_child_needs_paternity_answered_and_orders_need_every_part() {
        let mut form = complete();
        form.children.push(ChildForm {
            given_name: "Jun".into(),
            family_name: "Kim".into(),
            date_of_birth: "2021-06-01".into(),
            paternity: None,
        });
        form.existing_orders.push(OrderForm {
            state: "tx".into(),
            court: String::new(),
            case_number: "2020-FAM-17".into(),
        });
        assert_eq!(
            problems(&form),
            [
                ("children.1.paternity".to_owned(), FieldProblem::Required),
                ("existing_orders.0.court".to_owned(), FieldProblem::Required),
            ]
        );
    }

    #[test]
    fn the_signature_is_the_applicants_name_with_consent() {
        let mut form = complete();
        form.signature.typed_name = "Someone Else".into();
        form.signature.consent = false;
        assert_eq!(
            problems(&form),
            [
                (
                    "signature.typed_name".to_owned(),
                    FieldProblem::SignatureMismatch
                ),
                (
                    "signature.consent".to_owned(),
                    FieldProblem::ConsentRequired
                ),
            ]
        );
        form = complete();
        form.applicant.given_name = "José".into();
        form.signature.typed_name = "jose kim".into();
        assert!(check(&form, today()).is_ok());
    }

    #[test]
    fn issues_come_in_the_order_the_form_asks() {
        let mut form = complete();
        form.children[0] = ChildForm::default();
        assert_eq!(
            problems(&form),
            [
                ("children.0.given_name".to_owned(), FieldProblem::Required),
                ("children.0.family_name".to_owned(), FieldProblem::Required),
                (
                    "children.0.date_of_birth".to_owned(),
                    FieldProblem::Required
                ),
                ("children.0.paternity".to_owned(), FieldProblem::Required),
            ]
        );
    }

    #[test]
    fn long_text_is_refused() {
        let mut form = complete();
        form.other_parent.description = "x".repeat(MAX_DESCRIPTION + 1);
        form.applicant.given_name = "y".repeat(MAX_SHORT + 1);
        form.signature.typed_name = format!("{} Kim", form.applicant.given_name);
        assert_eq!(
            problems(&form),
            [
                ("applicant.given_name".to_owned(), FieldProblem::TooLong),
                ("other_parent.description".to_owned(), FieldProblem::TooLong),
                ("signature.typed_name".to_owned(), FieldProblem::TooLong),
            ]
        );
    }

    #[test]
    fn a_draft_with_missing_parts_still_reads() {
        let form: ApplicationForm =
            serde_json::from_str(r#"{"applicant":{"given_name":"Grace"}}"#).unwrap();
        assert_eq!(form.applicant.given_name, "Grace");
        assert!(form.children.is_empty());
    }
}

/// The contact and employer update form as typed. A part left empty is not
/// reported; at least one part must be filled in.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(export)]
pub struct ContactForm {
    pub address: AddressForm,
    pub phone: String,
    pub email: String,
    pub employer: EmployerForm,
}

/// A new employer as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(export)]
pub struct EmployerForm {
    pub name: String,
    /// Where the agency sends an income withholding order: all empty when
    /// not known, or whole.
    pub address: AddressForm,
    pub phone: String,
    /// The first day of work: `YYYY-MM-DD` or `MM/DD/YYYY`.
    pub start_date: String,
}

/// How far ahead a new job may start and still be reported (the agency's rule).
pub const EMPLOYER_START_DAYS_AHEAD: u64 = 90;

/// Checks a contact update the way the agency does. `Ok` is the update to
/// send, trimmed and normalised; `Err` names every field at fault (`form`
/// with `required` when nothing at all was filled in).
pub fn check_contact(
    form: &ContactForm,
    today: NaiveDate,
) -> Result<NewContactUpdate, Vec<FieldIssue>> {
    let mut c = Checker {
        issues: Vec::new(),
        today,
    };
    let update = NewContactUpdate {
        address: c.address("address", &form.address, false),
        phone: c.phone("phone", &form.phone),
        email: c.email("email", &form.email),
        employer: c.employer(&form.employer),
    };
    if c.issues.is_empty() && update == NewContactUpdate::default() {
        c.flag("form", FieldProblem::Required);
    }
    if c.issues.is_empty() {
        Ok(update)
    } else {
        Err(c.issues)
    }
}

impl Checker {
    fn employer(&mut self, form: &EmployerForm) -> Option<Employer> {
        let a = &form.address;
        if [
            &form.name,
            &form.phone,
            &form.start_date,
            &a.line1,
            &a.line2,
            &a.city,
            &a.state,
            &a.zip,
        ]
        .iter()
        .all(|part| part.trim().is_empty())
        {
            return None;
        }
        let name = self.required("employer.name", &form.name);
        let address = self.address("employer.address", &form.address, false);
        let phone = self.phone("employer.phone", &form.phone);
        let start = form.start_date.trim();
        let start_date = if start.is_empty() {
            self.flag("employer.start_date", FieldProblem::Required);
            None
        } else {
            match parse_date(start) {
                None => {
                    self.flag("employer.start_date", FieldProblem::InvalidDate);
                    None
                }
                Some(d) if d.year() < 1950 => {
                    self.flag("employer.start_date", FieldProblem::TooLongAgo);
                    None
                }
                Some(d)
                    if d > self
                        .today
                        .checked_add_days(chrono::Days::new(EMPLOYER_START_DAYS_AHEAD))
                        .unwrap_or(self.today) =>
                {
                    self.flag("employer.start_date", FieldProblem::FutureDate);
                    None
                }
                Some(d) => Some(d),
            }
        };
        Some(Employer {
            name,
            address,
            phone,
            start_date: start_date.unwrap_or(self.today),
        })
    }
}

#[cfg(test)]
mod contact_tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
    }

    fn fields(form: &ContactForm) -> Vec<(String, FieldProblem)> {
        check_contact(form, today())
            .unwrap_err()
            .into_iter()
            .map(|i| (i.field, i.problem))
            .collect()
    }

    #[test]
    fn an_empty_form_reports_nothing_and_says_so() {
        assert_eq!(
            fields(&ContactForm::default()),
            [("form".to_owned(), FieldProblem::Required)]
        );
    }

    #[test]
    fn a_new_address_alone_is_sent_trimmed() {
        let form = ContactForm {
            address: AddressForm {
                line1: " 12 Elm St ".into(),
                line2: String::new(),
                city: "Madison".into(),
                state: "wi".into(),
                zip: "53703".into(),
            },
            ..ContactForm::default()
        };
        let update = check_contact(&form, today()).unwrap();
        let address = update.address.unwrap();
        assert_eq!(address.line1, "12 Elm St");
        assert_eq!(address.state, "WI");
        assert_eq!(update.phone, None);
        assert_eq!(update.employer, None);
    }

    #[test]
    fn each_bad_field_is_named() {
        let form = ContactForm {
            address: AddressForm {
                line1: "12 Elm St".into(),
                zip: "5370".into(),
                ..AddressForm::default()
            },
            phone: "555-01".into(),
            email: "maria@".into(),
            employer: EmployerForm {
                start_date: "2027-06-01".into(),
                ..EmployerForm::default()
            },
        };
        assert_eq!(
            fields(&form),
            [
                ("address.zip".to_owned(), FieldProblem::InvalidZip),
                ("address".to_owned(), FieldProblem::IncompleteAddress),
                ("phone".to_owned(), FieldProblem::InvalidPhone),
                ("email".to_owned(), FieldProblem::InvalidEmail),
                ("employer.name".to_owned(), FieldProblem::Required),
                ("employer.start_date".to_owned(), FieldProblem::FutureDate),
            ]
        );
    }

    #[test]
    fn a_job_starting_within_ninety_days_is_reported() {
        let form = ContactForm {
            employer: EmployerForm {
                name: "Lakeview Hardware".into(),
                phone: "608 555 0199".into(),
                start_date: "12/15/2026".into(),
                ..EmployerForm::default()
            },
            ..ContactForm::default()
        };
        let employer = check_contact(&form, today()).unwrap().employer.unwrap();
        assert_eq!(employer.start_date.to_string(), "2026-12-15");
        assert_eq!(employer.phone.as_deref(), Some("(608) 555-0199"));
        assert_eq!(employer.address, None, "the address may be unknown");
    }

    #[test]
    fn an_employer_address_is_sent_for_the_withholding_order() {
        let form = ContactForm {
            employer: EmployerForm {
                name: "Lakeview Hardware".into(),
                address: AddressForm {
                    line1: " 400 Main St ".into(),
                    line2: String::new(),
                    city: "Lakeview".into(),
                    state: "wi".into(),
                    zip: "53700".into(),
                },
                start_date: "12/01/2026".into(),
                ..EmployerForm::default()
            },
            ..ContactForm::default()
        };
        let update = check_contact(&form, today()).unwrap();
        let address = update.employer.unwrap().address.unwrap();
        assert_eq!(address.line1, "400 Main St");
        assert_eq!(address.state, "WI");
        assert_eq!(
            update.address, None,
            "the parent's own address is untouched"
        );
    }

    #[test]
    fn an_employer_address_alone_or_in_part_is_named() {
        let form = ContactForm {
            employer: EmployerForm {
                address: AddressForm {
                    line1: "400 Main St".into(),
                    state: "XX".into(),
                    ..AddressForm::default()
                },
                ..EmployerForm::default()
            },
            ..ContactForm::default()
        };
        assert_eq!(
            fields(&form),
            [
                ("employer.name".to_owned(), FieldProblem::Required),
                (
                    "employer.address.state".to_owned(),
                    FieldProblem::InvalidState
                ),
                (
                    "employer.address".to_owned(),
                    FieldProblem::IncompleteAddress
                ),
                ("employer.start_date".to_owned(), FieldProblem::Required),
            ]
        );
    }
}
