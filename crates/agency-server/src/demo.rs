//! Demo data: a small, believable agency with two families and one parent
//! who has no case yet, seeded once.
//!
//! Everything here is fictional. The seed runs in one transaction and only
//! when its first participant is absent, so running `--demo` again (or after
//! an operator posted more payments) changes nothing. Participants added to
//! the demo later ([`LATER_PARTICIPANTS`]) are added to a database seeded
//! before them, each once, unless their ID or email is taken already.

use crate::auth::passwords;
use crate::db::{Db, DbError};
use agency_api::AppointmentKind;
use chrono::{Datelike, Months, NaiveDate};

/// The first demo participant: their presence means the seed already ran.
const MARKER_PARTICIPANT: &str = "P-1001";

/// The password of every demo participant (P-1001 to P-1005), documented in
/// the README. Fictional people, so a published password is harmless.
pub const DEMO_PASSWORD: &str = "demo-password-2026";

/// Phone, address and employer of each demo parent. C-1002 (P-1003 and
/// P-1004) carries the family-violence indicator: the server must never show
/// either of them the other's.
fn contact(id: &str) -> (&'static str, &'static str, &'static str) {
    match id {
        "P-1001" => (
            "608-555-0110",
            "14 Birch Lane\nLakeview, WI 53701",
            "Lakeview Public Library",
        ),
        "P-1002" => (
            "608-555-0121",
            "880 Mill Road, Apt 3\nRiverton, WI 53710",
            "Riverton Tool & Die",
        ),
        "P-1003" => (
            "608-555-0132",
            "PO Box 77 (confidential)\nLakeview, WI 53702",
            "Harbor Medical Clinic",
        ),
        _ => (
            "608-555-0143",
            "5 Quarry Street\nStoneford, WI 53720",
            "Stoneford Gravel Co.",
        ),
    }
}

/// Demo participants added after the first seed (ID, email, given and
/// family name): parents without a case, who can apply for services.
const LATER_PARTICIPANTS: [(&str, &str, &str, &str); 1] =
    [("P-1005", "grace.kim@example.org", "Grace", "Kim")];

pub async fn seed(db: &Db) -> Result<SeedOutcome, DbError> {
    let mut tx = db.pool().begin().await?;
    let seeded: Option<(String,)> = sqlx::query_as("SELECT id FROM participants WHERE id = $1")
        .bind(MARKER_PARTICIPANT)
        .fetch_optional(&mut *tx)
        .await?;
    if seeded.is_some() {
        let added = add_later_participants(&mut tx).await?;
        let talk = seed_talk(&mut tx, chrono::Utc::now()).await?;
        tx.commit().await?;
        return Ok(if talk {
            SeedOutcome::Completed {
                participants: added,
            }
        } else if added == 0 {
            SeedOutcome::AlreadyPresent
        } else {
            SeedOutcome::Completed {
                participants: added,
            }
        });
    }

    sqlx::query("UPDATE agency SET name = $1, jurisdiction = $2, phone = $3 WHERE id = 1")
        .bind("Demo County Child Support Services")
        .bind("US-WI")
        .bind("1-800-555-0142")
        .execute(&mut *tx)
        .await?;
    sqlx::query(
        "INSERT INTO offices (id, name, address, phone, hours) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind("OFF-01")
    .bind("Demo County Courthouse Office")
    .bind("210 Lake Street, Room 104\nLakeview, WI 53700")
    .bind("1-800-555-0142")
    .bind("Monday to Friday, 8:00 a.m. to 4:30 p.m.")
    .execute(&mut *tx)
    .await?;

    let now = "2026-01-05T09:00:00Z";
    // One password for every demo parent, hashed here like any other.
    let hashes: Vec<String> = (0..4).map(|_| passwords::hash(DEMO_PASSWORD)).collect();
    for ((id, email, given, family), hash) in [
        ("P-1001", "maria.lopez@example.org", "Maria", "Lopez"),
        ("P-1002", "james.carter@example.org", "James", "Carter"),
        ("P-1003", "aisha.johnson@example.org", "Aisha", "Johnson"),
        ("P-1004", "robert.miller@example.org", "Robert", "Miller"),
    ]
    .into_iter()
    .zip(&hashes)
    {
        let (phone, address, employer) = contact(id);
        sqlx::query(
            "INSERT INTO participants (id, email, given_name, family_name, password_hash, \
             phone, address, employer, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        )
        .bind(id)
        .bind(email)
        .bind(given)
        .bind(family)
        .bind(hash)
        .bind(phone)
        .bind(address)
        .bind(employer)
        .bind(now)
        .execute(&mut *tx)
        .await?;
    }

    // Case C-1001: a monthly order, paid by wage withholding, with a gap that
    // built arrears and a federal tax refund offset that paid some of them.
    // Case C-1002 carries the family-violence indicator.
    for (case, violence, opened) in [("C-1001", 0_i64, "2023-11-14"), ("C-1002", 1, "2025-02-03")] {
        sqlx::query(
            "INSERT INTO cases (id, jurisdiction, office_id, family_violence, opened_on) \
             VALUES ($1, 'US-WI', 'OFF-01', $2, $3)",
        )
        .bind(case)
        .bind(violence)
        .bind(opened)
        .execute(&mut *tx)
        .await?;
    }
    for (case, participant, role) in [
        ("C-1001", "P-1001", "custodial"),
        ("C-1001", "P-1002", "noncustodial"),
        ("C-1002", "P-1003", "custodial"),
        ("C-1002", "P-1004", "noncustodial"),
    ] {
        sqlx::query(
            "INSERT INTO case_participants (case_id, participant_id, role) VALUES ($1, $2, $3)",
        )
        .bind(case)
        .bind(participant)
        .bind(role)
        .execute(&mut *tx)
        .await?;
    }
    for (id, case, cents, frequency, start, arrears) in DEMO_ORDERS {
        sqlx::query(
            "INSERT INTO orders (id, case_id, amount_cents, frequency, start_date, arrears_payment_cents, interest_rule) \
             VALUES ($1, $2, $3, $4, $5, $6, 'US-WI')",
        )
        .bind(id)
        .bind(case)
        .bind(cents)
        .bind(frequency)
        .bind(start)
        .bind(arrears)
        .execute(&mut *tx)
        .await?;
    }

    // The children live with the custodial parent.
    for (id, case, given, born, address) in [
        (
            "K-1001",
            "C-1001",
            "Sofia",
            "2016-04-09",
            contact("P-1001").1,
        ),
        (
            "K-1002",
            "C-1001",
            "Mateo",
            "2019-08-22",
            contact("P-1001").1,
        ),
        (
            "K-1003",
            "C-1002",
            "Jaden",
            "2018-02-14",
            contact("P-1003").1,
        ),
    ] {
        sqlx::query(
            "INSERT INTO children (id, case_id, given_name, birth_date, address) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(id)
        .bind(case)
        .bind(given)
        .bind(born)
        .bind(address)
        .execute(&mut *tx)
        .await?;
    }

    add_later_participants(&mut tx).await?;

    let payments = demo_payments();
    for (seq, p) in (1_i64..).zip(&payments) {
        sqlx::query(
            "INSERT INTO payments (id, seq, case_id, received_on, amount_cents, source, \
             current_support_cents, arrears_cents, interest_cents, fees_cents, disbursed_on) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 0, 0, $9)",
        )
        .bind(format!("PAY-{seq:06}"))
        .bind(seq)
        .bind(p.case_id)
        .bind(p.received_on.to_string())
        .bind(p.amount_cents)
        .bind(p.source)
        .bind(p.current_cents)
        .bind(p.arrears_cents)
        .bind((p.received_on + chrono::Days::new(2)).to_string())
        .execute(&mut *tx)
        .await?;
    }
    seed_talk(&mut tx, chrono::Utc::now()).await?;
    tx.commit().await?;
    Ok(SeedOutcome::Seeded {
        payments: payments.len(),
    })
}

/// Adds each of [`LATER_PARTICIPANTS`] whose ID and email are both free;
/// returns how many were added. One whose ID or email an operator gave to
/// someone else meanwhile is left out (and logged by ID), never replaced.
async fn add_later_participants(tx: &mut sqlx::AnyConnection) -> Result<usize, DbError> {
    let mut added = 0;
    for (id, email, given, family) in LATER_PARTICIPANTS {
        let holders: Vec<(String, String)> = sqlx::query_as(
            "SELECT id, LOWER(email) FROM participants WHERE id = $1 OR LOWER(email) = $2",
        )
        .bind(id)
        .bind(email)
        .fetch_all(&mut *tx)
        .await?;
        if holders.iter().any(|(i, e)| i == id && e == email) {
            continue; // added before
        }
        if !holders.is_empty() {
            tracing::warn!(participant = %id, "demo participant not added: its ID or email is taken");
            continue;
        }
        sqlx::query(
            "INSERT INTO participants (id, email, given_name, family_name, password_hash, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(id)
        .bind(email)
        .bind(given)
        .bind(family)
        .bind(passwords::hash(DEMO_PASSWORD))
        .bind("2026-01-05T09:00:00Z")
        .execute(&mut *tx)
        .await?;
        added += 1;
    }
    Ok(added)
}

/// The demo of talking to the agency: payment options, a message from the
/// agency to Maria Lopez (P-1001) on C-1001, open slots in the days after
/// `now`, and a court hearing on C-1001 for both its parents. Seeded once,
/// into a database seeded before it too: only while no payment option is
/// configured (an operator who configured them keeps theirs). Returns
/// whether it seeded.
async fn seed_talk(
    tx: &mut sqlx::AnyConnection,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<bool, DbError> {
    let (configured,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM payment_options WHERE id = 1 AND \
         (mail_payable_to <> '' OR online_url <> '' OR text_number <> '')",
    )
    .fetch_one(&mut *tx)
    .await?;
    let (cash,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM cash_locations")
        .fetch_one(&mut *tx)
        .await?;
    if configured > 0 || cash > 0 {
        return Ok(false);
    }
    sqlx::query(
        "UPDATE payment_options SET mail_payable_to = $1, mail_address = $2, online_name = $3, \
         online_url = $4, text_number = $5, text_instructions = $6 WHERE id = 1",
    )
    .bind("Demo State Disbursement Unit")
    .bind("Demo State Disbursement Unit\nPO Box 74200\nLakeview, WI 53707-4200")
    .bind("Demo County ePay")
    .bind("https://pay.example.org/child-support")
    .bind("55501")
    .bind(
        "Text PAY and your case number to 55501. We text back a link to confirm the amount \
         and pay with a debit card. Message and data rates may apply.",
    )
    .execute(&mut *tx)
    .await?;
    for (position, (id, name, address, hours, fee)) in [
        (
            "CASH-01",
            "QuickMart, Lake Street",
            "402 Lake Street\nLakeview, WI 53700",
            "Every day, 6:00 a.m. to 11:00 p.m.",
            Some(199_i64),
        ),
        (
            "CASH-02",
            "Demo County Courthouse Office (cashier)",
            "210 Lake Street, Room 104\nLakeview, WI 53700",
            "Monday to Friday, 8:00 a.m. to 4:00 p.m.",
            None,
        ),
    ]
    .into_iter()
    .enumerate()
    {
        sqlx::query(
            "INSERT INTO cash_locations (id, position, name, address, hours, fee_cents) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(id)
        .bind(i64::try_from(position).unwrap_or_default())
        .bind(name)
        .bind(address)
        .bind(hours)
        .bind(fee)
        .execute(&mut *tx)
        .await?;
    }

    // The rest belongs to the demo families: only where they are.
    let (families,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM case_participants WHERE case_id = 'C-1001' \
         AND participant_id IN ('P-1001', 'P-1002')",
    )
    .fetch_one(&mut *tx)
    .await?;
    if families < 2 {
        return Ok(true);
    }
    let seq = crate::counters::next(tx, "message_threads").await?;
    let thread = format!("TH-{seq:06}");
    let opened = now - chrono::Duration::days(2);
    sqlx::query(
        "INSERT INTO message_threads (id, seq, case_id, participant_id, subject, created_at) \
         VALUES ($1, $2, 'C-1001', 'P-1001', $3, $4)",
    )
    .bind(&thread)
    .bind(seq)
    .bind("Your case review is coming up")
    .bind(crate::timeline::timestamp(opened))
    .execute(&mut *tx)
    .await?;
    crate::routes::messages::insert_message(
        tx,
        &thread,
        crate::routes::messages::Sender::Agency(crate::operator::AGENCY_ROLE),
        "Hello. We review every support order every three years, and your case is due \
         for its review. You can send us your last three pay stubs here or bring them to \
         an appointment. Reply to this message if you have questions.",
        &[],
        opened,
    )
    .await?;

    // Open slots on the next weekdays, 9:00 and 10:30 in Wisconsin
    // (15:00 and 16:30 UTC in winter), one by phone and one genetic test.
    let mut day = now.date_naive() + chrono::Days::new(2);
    let mut slots = 0;
    while slots < 6 {
        if day.weekday().number_from_monday() <= 5 {
            for (hour, minute, office, kind) in [
                (15, 0, Some("OFF-01"), AppointmentKind::Appointment),
                (
                    16,
                    30,
                    if slots == 2 { None } else { Some("OFF-01") },
                    if slots == 4 {
                        AppointmentKind::GeneticTest
                    } else {
                        AppointmentKind::Appointment
                    },
                ),
            ] {
                let starts = day
                    .and_hms_opt(hour, minute, 0)
                    .expect("a valid time")
                    .and_utc();
                let seq = crate::counters::next(tx, "appointment_slots").await?;
                sqlx::query(
                    "INSERT INTO appointment_slots (id, seq, kind, office_id, starts_at, ends_at, \
                     what_to_bring, appointment_id) VALUES ($1, $2, $3, $4, $5, $6, $7, NULL)",
                )
                .bind(format!("SL-{seq:06}"))
                .bind(seq)
                .bind(crate::timeline::wire_name(kind))
                .bind(office)
                .bind(starts.timestamp())
                .bind(starts.timestamp() + 30 * 60)
                .bind(crate::operator::usual_things_to_bring(kind).join("\n"))
                .execute(&mut *tx)
                .await?;
                slots += 1;
            }
        }
        day = day + chrono::Days::new(1);
    }

    // A hearing on C-1001 in three weeks, 9:00 in Wisconsin: each parent
    // has their own entry.
    let hearing = (now.date_naive() + chrono::Days::new(21))
        .and_hms_opt(15, 0, 0)
        .expect("a valid time")
        .and_utc();
    for participant in ["P-1001", "P-1002"] {
        let seq = crate::counters::next(tx, "appointments").await?;
        sqlx::query(
            "INSERT INTO appointments (id, seq, case_id, participant_id, kind, starts_at, ends_at, \
             place_kind, office_id, place_name, place_address, place_room, what_to_bring, status, \
             slot_id, created_at, cancelled_at) \
             VALUES ($1, $2, 'C-1001', $3, 'hearing', $4, $5, 'court', NULL, $6, $7, $8, $9, \
             'booked', NULL, $10, NULL)",
        )
        .bind(format!("APT-{seq:06}"))
        .bind(seq)
        .bind(participant)
        .bind(hearing.timestamp())
        .bind(hearing.timestamp() + 60 * 60)
        .bind("Demo County Circuit Court")
        .bind("300 Lake Street\nLakeview, WI 53700")
        .bind("Courtroom 2B")
        .bind(crate::operator::usual_things_to_bring(AppointmentKind::Hearing).join("\n"))
        .bind(crate::timeline::timestamp(now))
        .execute(&mut *tx)
        .await?;
    }
    Ok(true)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SeedOutcome {
    Seeded {
        payments: usize,
    },
    /// Seeded before; what the demo gained since (participants, how to
    /// talk to the agency) was added now.
    Completed {
        participants: usize,
    },
    AlreadyPresent,
}

/// The demo orders: ID, case, amount in cents, frequency, start, arrears
/// payment in cents. Both follow Wisconsin's interest rule.
const DEMO_ORDERS: [(&str, &str, i64, &str, &str, i64); 2] = [
    ("O-1001", "C-1001", 45_000, "monthly", "2024-01-01", 5_000),
    ("O-1002", "C-1002", 12_500, "weekly", "2025-03-07", 0),
];

struct DemoPayment {
    case_id: &'static str,
    received_on: NaiveDate,
    amount_cents: i64,
    source: &'static str,
    current_cents: i64,
    arrears_cents: i64,
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("demo dates are valid")
}

/// The demo payment history, distributed the way 45 CFR 302.51 orders it:
/// the month's current support first, then arrears; a federal tax refund
/// offset goes to arrears only. Demo payments never exceed what is owed.
fn demo_payments() -> Vec<DemoPayment> {
    let mut out = Vec::new();

    // C-1001: $450.00 a month from January 2024 plus $50.00 towards arrears.
    // Withholding stopped between jobs in June to August 2024.
    let monthly = 45_000;
    let mut arrears = 0_i64;
    let mut month = date(2024, 1, 1);
    while month <= date(2026, 10, 1) {
        arrears += monthly; // accrues on the 1st; current until paid
        let gap = month.year() == 2024 && (6..=8).contains(&month.month());
        if month == date(2025, 3, 1) {
            // The federal tax refund offset, arrears only.
            let amount = 81_200.min(arrears - monthly);
            out.push(payment(
                "C-1001",
                date(2025, 3, 11),
                amount,
                "federal_tax_offset",
                0,
                amount,
            ));
            arrears -= amount;
        }
        if !gap {
            let amount = 50_000;
            let current = amount.min(monthly);
            let to_arrears = (amount - current).min(arrears - monthly);
            let paid = current + to_arrears;
            out.push(payment(
                "C-1001",
                month.with_day(15).expect("day 15"),
                paid,
                "wage_withholding",
                current,
                to_arrears,
            ));
            arrears -= paid;
        }
        month = month + Months::new(1);
    }

    // C-1002: $125.00 a week from 7 March 2025, paid directly every week.
    let mut day = date(2025, 3, 7);
    while day <= date(2026, 10, 30) {
        out.push(payment("C-1002", day, 12_500, "direct", 12_500, 0));
        day = day + chrono::Days::new(7);
    }
    out
}

fn payment(
    case_id: &'static str,
    received_on: NaiveDate,
    amount_cents: i64,
    source: &'static str,
    current_cents: i64,
    arrears_cents: i64,
) -> DemoPayment {
    DemoPayment {
        case_id,
        received_on,
        amount_cents,
        source,
        current_cents,
        arrears_cents,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_demo_payment_is_fully_distributed() {
        for p in demo_payments() {
            assert_eq!(
                p.current_cents + p.arrears_cents,
                p.amount_cents,
                "{}",
                p.received_on
            );
            assert!(p.amount_cents > 0);
        }
    }

    /// The splits written by hand above are the agency's own distribution
    /// (`distribution`), interest included: the demo payments never reach
    /// the interest owed, since they never exceed the principal.
    #[test]
    fn the_demo_splits_are_the_agencys_books() {
        use crate::distribution::{Received, distribute, position};
        use crate::interest::InterestRule;
        use crate::schedule::Terms;
        use agency_api::{Frequency, PaymentSource};

        let all = demo_payments();
        for (_, case, cents, frequency, start, arrears) in DEMO_ORDERS {
            let terms = Terms {
                amount_cents: cents,
                frequency: match frequency {
                    "weekly" => Frequency::Weekly,
                    _ => Frequency::Monthly,
                },
                start: start.parse().unwrap(),
                end: None,
                arrears_payment_cents: arrears,
            };
            let rule = InterestRule::named("US-WI");
            let mut posted: Vec<Received> = Vec::new();
            for p in all.iter().filter(|p| p.case_id == case) {
                let received = Received {
                    received_on: p.received_on,
                    amount_cents: p.amount_cents,
                    source: PaymentSource::parse(p.source).unwrap(),
                };
                let split = distribute(&terms, &rule, &posted, received).unwrap();
                assert_eq!(
                    (
                        split.current_cents,
                        split.arrears_cents,
                        split.interest_cents
                    ),
                    (p.current_cents, p.arrears_cents, 0),
                    "{case} {}",
                    p.received_on
                );
                posted.push(received);
            }
            // And replayed all at once, the same again.
            let last = posted.last().unwrap().received_on;
            let replay = position(&terms, &rule, &posted, last, false);
            let by_hand: Vec<_> = all
                .iter()
                .filter(|p| p.case_id == case)
                .map(|p| (p.current_cents, p.arrears_cents))
                .collect();
            let books: Vec<_> = replay
                .splits
                .iter()
                .map(|s| (s.current_cents, s.arrears_cents))
                .collect();
            assert_eq!(books, by_hand, "{case}");
        }
    }

    #[test]
    fn the_tax_offset_goes_to_arrears_only() {
        let offsets: Vec<_> = demo_payments()
            .into_iter()
            .filter(|p| p.source == "federal_tax_offset")
            .collect();
        assert_eq!(offsets.len(), 1);
        assert_eq!(offsets[0].current_cents, 0);
        // Three missed months of $450 less $50 a month paid back since
        // September 2024 (six payments): 1350 - 300 = 1050 > 812.
        assert_eq!(offsets[0].arrears_cents, 81_200);
    }
}
