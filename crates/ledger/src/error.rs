//! Why a statement could not be built. Each variant has a stable
//! [`LedgerError::code`] the UI can act on; the message is for people.

use chrono::NaiveDate;
use rust_decimal::Decimal;

/// Something in the order or the payments that the ledger refuses to guess
/// about.
///
/// Payments received *before* the order starts are not an error: nothing is
/// owed yet, so they are held as credit and applied when support first falls
/// due (see [`crate::distribution`]).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LedgerError {
    /// An order with no terms owes nothing and cannot be explained.
    #[error("the order has no terms: add at least one amount, frequency and start date")]
    NoTerms,

    /// A term's amount or arrears payment below zero.
    #[error("the {what} of the term starting {start} is negative ({amount})")]
    NegativeAmount {
        what: &'static str,
        start: NaiveDate,
        amount: Decimal,
    },

    /// A term that ends before it starts.
    #[error("the term starting {start} ends before it starts ({end})")]
    EndBeforeStart { start: NaiveDate, end: NaiveDate },

    /// Two terms in force at once: a term with an end date runs past the
    /// start of the next one. (A term with no end date simply gives way to
    /// the next term.)
    #[error(
        "the term starting {first} runs until {first_end}, past the start of the next term on {second}"
    )]
    OverlappingTerms {
        first: NaiveDate,
        first_end: NaiveDate,
        second: NaiveDate,
    },

    /// Zero or negative payments are refused: a reversal must be removed from
    /// the list, not entered as a negative payment.
    #[error(
        "payment {id} received {received} has an amount of {amount}; a payment must be more than zero"
    )]
    PaymentNotPositive {
        id: String,
        received: NaiveDate,
        amount: Decimal,
    },

    /// The same payment id twice: most likely the same payment fetched twice.
    #[error("payment {id} appears more than once")]
    DuplicatePayment { id: String },

    /// A payment dated after the statement's end date.
    #[error("payment {id} is dated {received}, after the statement's end date {through}")]
    PaymentAfterThrough {
        id: String,
        received: NaiveDate,
        through: NaiveDate,
    },

    /// The statement would end before anything started.
    #[error("the statement ends on {through}, before the order starts on {start}")]
    ThroughBeforeStart {
        through: NaiveDate,
        start: NaiveDate,
    },
}

impl LedgerError {
    /// A short, stable code for the UI and the IPC boundary.
    pub fn code(&self) -> &'static str {
        match self {
            LedgerError::NoTerms => "no_terms",
            LedgerError::NegativeAmount { .. } => "negative_amount",
            LedgerError::EndBeforeStart { .. } => "end_before_start",
            LedgerError::OverlappingTerms { .. } => "overlapping_terms",
            LedgerError::PaymentNotPositive { .. } => "payment_not_positive",
            LedgerError::DuplicatePayment { .. } => "duplicate_payment",
            LedgerError::PaymentAfterThrough { .. } => "payment_after_through",
            LedgerError::ThroughBeforeStart { .. } => "through_before_start",
        }
    }
}
