//! What is owed on a child support order, explained to the cent.
//!
//! Given an [`Order`] (its terms over time) and the [`Payment`]s received,
//! [`statement`] builds a month-by-month [`Statement`]: what fell due, how
//! each payment was distributed under 45 CFR 302.51, the interest charged on
//! arrears under the state's rule, and the balances at every month's end.
//! [`audit`] compares that balance with the agency's figure and names the
//! first month where they part; [`project_payoff`] says when the arrears
//! reach zero at a given monthly payment.
//!
//! The crate is pure: no I/O, no clock, no async. Money is
//! [`rust_decimal::Decimal`] (serialised as a string), dates are
//! [`chrono::NaiveDate`] with no time zone.
//!
//! # How a month is worked
//! 1. The support falling due in the month (see [`schedule`]) becomes the
//!    month's *current support*. Any credit held from earlier overpayments is
//!    applied to it first.
//! 2. Interest for the month is worked out on the arrears owed at the start
//!    of the month (see [`interest`]); it is charged at the month's end.
//! 3. Payments received in the month are distributed in date order (see
//!    [`distribution`]).
//! 4. At the month's end, current support still unpaid becomes arrears.

mod calendar;
pub mod distribution;
mod error;
pub mod interest;
pub mod order;
pub mod schedule;

pub mod audit;
pub mod projection;
pub mod statement;

pub use audit::{
    AgencyMonthEnd, AuditResult, AuditRow, LikelyCause, MonthDifference, Verdict, audit,
    audit_series,
};
pub use calendar::first_of_month;
pub use distribution::{Part, PartKind, PaymentDistribution};
pub use error::LedgerError;
pub use interest::{ArrearsOrder, InterestRule, InterestStart, InterestThreshold, RatePeriod};
pub use order::{Frequency, Jurisdiction, Order, Payment, PaymentSource, Term};
pub use projection::{PayoffOutcome, Projection, ProjectionMonth, project_payoff};
pub use statement::{Balances, MonthLine, Statement, Totals, statement};
