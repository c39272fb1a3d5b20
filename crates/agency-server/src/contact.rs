//! Contact and employer updates: the rules a reported change must meet,
//! each failure naming its field by JSON path (`employer.address.zip`).
//! Values are never echoed back or logged: an address is among the most
//! sensitive data the agency holds.

use crate::applications::{Invalid, address, invalid, required};
use agency_api::{Address, NewContactUpdate};
use chrono::{Days, NaiveDate};

/// Longest email address (RFC 5321's path limit).
pub(crate) const MAX_EMAIL_CHARS: usize = 254;

/// Checks an update as of `today` and returns it with its text trimmed
/// and the phones as `NNN-NNN-NNNN`.
pub(crate) fn check(new: &NewContactUpdate, today: NaiveDate) -> Result<NewContactUpdate, Invalid> {
    if new.address.is_none() && new.phone.is_none() && new.email.is_none() && new.employer.is_none()
    {
        return Err(invalid(
            "address",
            "is missing, and so are `phone`, `email` and `employer`: report at least one change",
        ));
    }
    let mut out = NewContactUpdate::default();
    if let Some(a) = &new.address {
        address("address", a, true)?;
        out.address = Some(trimmed(a));
    }
    if let Some(phone) = &new.phone {
        out.phone = Some(self::phone("phone", phone)?);
    }
    if let Some(email) = &new.email {
        out.email = Some(self::email(email)?);
    }
    if let Some(e) = &new.employer {
        required("employer.name", &e.name)?;
        let mut employer = e.clone();
        employer.name = e.name.trim().to_owned();
        if let Some(a) = &e.address {
            address("employer.address", a, true)?;
            employer.address = Some(trimmed(a));
        }
        if let Some(phone) = &e.phone {
            employer.phone = Some(self::phone("employer.phone", phone)?);
        }
        // A job that started long ago is reported late, but still
        // reported; one more than 90 days ahead is not a change yet.
        let earliest = NaiveDate::from_ymd_opt(1950, 1, 1).unwrap_or(NaiveDate::MIN);
        if e.start_date < earliest {
            return Err(invalid("employer.start_date", "must not be before 1950"));
        }
        if e.start_date > today.checked_add_days(Days::new(90)).unwrap_or(today) {
            return Err(invalid(
                "employer.start_date",
                "must not be more than 90 days from today: report the job once it is close",
            ));
        }
        out.employer = Some(employer);
    }
    Ok(out)
}

fn trimmed(a: &Address) -> Address {
    Address {
        line1: a.line1.trim().to_owned(),
        line2: a
            .line2
            .as_deref()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_owned),
        city: a.city.trim().to_owned(),
        state: a.state.clone(),
        zip: a.zip.clone(),
    }
}

/// A US phone number: ten digits once spaces, dashes, dots, parentheses
/// and a leading `+1` or `1` are taken away; answered as `NNN-NNN-NNNN`.
fn phone(field: &str, phone: &str) -> Result<String, Invalid> {
    let bad = || {
        invalid(
            field,
            "must be a ten-digit US phone number, e.g. 608-555-0188",
        )
    };
    let phone = phone.trim();
    let phone = phone.strip_prefix("+1").unwrap_or(phone);
    if !phone
        .chars()
        .all(|c| c.is_ascii_digit() || " -.()".contains(c))
    {
        return Err(bad());
    }
    let mut digits: String = phone.chars().filter(char::is_ascii_digit).collect();
    if digits.len() == 11 && digits.starts_with('1') {
        digits.remove(0);
    }
    // NANP: area code and exchange do not start with 0 or 1.
    let valid = digits.len() == 10
        && !matches!(digits.as_bytes()[0], b'0' | b'1')
        && !matches!(digits.as_bytes()[3], b'0' | b'1');
    if !valid {
        return Err(bad());
    }
    Ok(format!(
        "{}-{}-{}",
        &digits[..3],
        &digits[3..6],
        &digits[6..]
    ))
}

fn email(email: &str) -> Result<String, Invalid> {
    let email = email.trim();
    let bad = || invalid("email", "must be an email address, e.g. name@example.org");
    if email.chars().count() > MAX_EMAIL_CHARS {
        return Err(invalid(
            "email",
            format!("must be at most {MAX_EMAIL_CHARS} characters"),
        ));
    }
    let Some((local, domain)) = email.split_once('@') else {
        return Err(bad());
    };
    let well_formed = !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !email.chars().any(|c| c.is_whitespace() || c.is_control());
    if well_formed {
        Ok(email.to_owned())
    } else {
        Err(bad())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use agency_api::Employer;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 20).unwrap()
    }

    fn home() -> Address {
        Address {
            line1: " 22 Elm Street ".into(),
            line2: Some("  ".into()),
            city: "Lakeview".into(),
            state: "WI".into(),
            zip: "53701".into(),
        }
    }

    fn field_of(new: NewContactUpdate) -> String {
        check(&new, today()).unwrap_err().field
    }

    #[test]
    fn a_change_is_trimmed_and_phones_written_one_way() {
        let update = check(
            &NewContactUpdate {
                address: Some(home()),
                phone: Some("+1 (608) 555-0188".into()),
                email: Some(" maria@example.net ".into()),
                employer: Some(Employer {
                    name: " Lakeview Hardware ".into(),
                    address: None,
                    phone: Some("1.608.555.0199".into()),
                    start_date: today(),
                }),
            },
            today(),
        )
        .unwrap();
        assert_eq!(update.address.as_ref().unwrap().line1, "22 Elm Street");
        assert_eq!(update.address.as_ref().unwrap().line2, None);
        assert_eq!(update.phone.as_deref(), Some("608-555-0188"));
        assert_eq!(update.email.as_deref(), Some("maria@example.net"));
        let employer = update.employer.unwrap();
        assert_eq!(employer.name, "Lakeview Hardware");
        assert_eq!(employer.phone.as_deref(), Some("608-555-0199"));
    }

    #[test]
    fn each_rule_names_its_field() {
        assert_eq!(field_of(NewContactUpdate::default()), "address");
        let mut bad_zip = home();
        bad_zip.zip = "5370".into();
        assert_eq!(
            field_of(NewContactUpdate {
                address: Some(bad_zip),
                ..Default::default()
            }),
            "address.zip"
        );
        for bad in [
            "555-0188",
            "608-555-01888",
            "(608) 055-0188",
            "608 555 O188",
            "call me",
        ] {
            assert_eq!(
                field_of(NewContactUpdate {
                    phone: Some(bad.into()),
                    ..Default::default()
                }),
                "phone",
                "{bad}"
            );
        }
        for bad in [
            "maria",
            "maria@",
            "@example.org",
            "a b@example.org",
            "a@b@c.org",
            "a@example.",
        ] {
            assert_eq!(
                field_of(NewContactUpdate {
                    email: Some(bad.into()),
                    ..Default::default()
                }),
                "email",
                "{bad}"
            );
        }
        let employer = |f: &dyn Fn(&mut Employer)| {
            let mut e = Employer {
                name: "Lakeview Hardware".into(),
                address: Some(home()),
                phone: None,
                start_date: today(),
            };
            f(&mut e);
            field_of(NewContactUpdate {
                employer: Some(e),
                ..Default::default()
            })
        };
        assert_eq!(employer(&|e| e.name = " ".into()), "employer.name");
        assert_eq!(
            employer(&|e| e.address.as_mut().unwrap().state = "XX".into()),
            "employer.address.state"
        );
        assert_eq!(employer(&|e| e.phone = Some("1".into())), "employer.phone");
        assert_eq!(
            employer(&|e| e.start_date = today() + Days::new(91)),
            "employer.start_date"
        );
    }
}
