import type { AuditResult } from "../bindings/AuditResult";
import type { Balances } from "../bindings/Balances";
import type { CaseDetail } from "../bindings/agency/CaseDetail";
import type { Frequency } from "../bindings/agency/Frequency";
import type { Payment } from "../bindings/agency/Payment";
import type { PaymentSource as AgencySource } from "../bindings/agency/PaymentSource";
import type { InterestRule } from "../bindings/InterestRule";
import type { IpcError } from "../bindings/IpcError";
import type { Jurisdiction } from "../bindings/Jurisdiction";
import type { LikelyCause } from "../bindings/LikelyCause";
import type { MonthLine } from "../bindings/MonthLine";
import type { Part } from "../bindings/Part";
import type { PaymentDistribution } from "../bindings/PaymentDistribution";
import type { PaymentSource as LedgerSource } from "../bindings/PaymentSource";
import type { PayoffOutcome } from "../bindings/PayoffOutcome";
import type { Projection } from "../bindings/Projection";
import type { ProjectionMonth } from "../bindings/ProjectionMonth";
import type { Statement } from "../bindings/Statement";

/**
 * A small stand-in for `crates/ledger`, for the mock backend only: it works
 * an order and its payments month by month (current support first, then
 * arrears, then interest; tax offsets to arrears only; simple interest on the
 * arrears owed at each month's start, charged at the month's end), audits the
 * agency's figure and projects a payoff. Amounts are whole cents here; the
 * real arithmetic, and every rule's subtleties, live in Rust.
 */

// ---- Money, as whole cents ------------------------------------------------

/** `"450.00"` -> 45000, `"-40"` -> -4000. */
export function toCents(amount: string): number {
  return Math.round(Number(amount) * 100);
}

/** 45000 -> `"450.00"`, -4000 -> `"-40.00"`. */
export function fromCents(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const whole = Math.abs(cents);
  return `${sign}${Math.floor(whole / 100)}.${String(whole % 100).padStart(2, "0")}`;
}

// ---- Days, as `YYYY-MM-DD` --------------------------------------------------

function parseDay(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  const date = parseDay(day);
  date.setUTCDate(date.getUTCDate() + days);
  return dayOf(date);
}

export function firstOfMonth(day: string): string {
  return `${day.slice(0, 7)}-01`;
}

export function nextMonth(month: string): string {
  const date = parseDay(firstOfMonth(month));
  date.setUTCMonth(date.getUTCMonth() + 1);
  return dayOf(date);
}

function daysInMonth(month: string): number {
  const date = parseDay(firstOfMonth(month));
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
}

export function lastOfMonth(month: string): string {
  return `${month.slice(0, 7)}-${String(daysInMonth(month)).padStart(2, "0")}`;
}

/** Day `day` of `month`, or its last day when the month is shorter. */
function dayInMonth(month: string, day: number): string {
  return `${month.slice(0, 7)}-${String(Math.min(day, daysInMonth(month))).padStart(2, "0")}`;
}

// ---- Rules ----------------------------------------------------------------

const RULES: Record<Jurisdiction, Omit<InterestRule, "simple" | "starts" | "order">> = {
  "US-WI": { rate: "0.005", period: "month", threshold: "none", citation: "Wis. Stat. 767.511(6), (6m)", summary: "0.5% a month, simple, on arrears" },
  "US-CA": { rate: "0.10", period: "year", threshold: "none", citation: "Cal. Code Civ. Proc. 685.010", summary: "10% a year, simple, on arrears" },
  "US-GA": { rate: "0.07", period: "year", threshold: "none", citation: "O.C.G.A. 7-4-12.1", summary: "7% a year, simple" },
  "US-NY": { rate: "0.09", period: "year", threshold: "none", citation: "N.Y. CPLR 5004", summary: "9% a year, simple, on arrears" },
  "US-TX": { rate: "0.06", period: "year", threshold: "one_months_obligation", citation: "Tex. Fam. Code 157.265", summary: "6% a year, simple" },
  "US-DE": { rate: "0", period: "year", threshold: "none", citation: "ERICSA 2010 interest table", summary: "No interest on arrears" },
};

function isJurisdiction(code: string): code is Jurisdiction {
  return Object.hasOwn(RULES, code);
}

function ruleFor(jurisdiction: Jurisdiction): InterestRule {
  return { ...RULES[jurisdiction], simple: true, starts: { kind: "next_month" }, order: "principal_then_interest" };
}

function monthlyRate(rule: InterestRule): number {
  return rule.period === "year" ? Number(rule.rate) / 12 : Number(rule.rate);
}

function monthlyEquivalent(amount: number, frequency: Frequency): number {
  switch (frequency) {
    case "weekly":
      return Math.round((amount * 52) / 12);
    case "biweekly":
      return Math.round((amount * 26) / 12);
    case "semimonthly":
      return amount * 2;
    case "monthly":
      return amount;
  }
}

/** The installments due in `month`, within the order and on or before `through`. */
function dueDates(start: string, end: string | null, frequency: Frequency, month: string, through: string): string[] {
  const inWindow = (day: string) => day >= start && (end === null || day <= end) && day <= through;
  const last = lastOfMonth(month);
  let days: string[];
  switch (frequency) {
    case "monthly":
      days = [dayInMonth(month, Number(start.slice(8, 10)))];
      break;
    case "semimonthly":
      days = [dayInMonth(month, 1), dayInMonth(month, 15)];
      break;
    case "weekly":
    case "biweekly": {
      const step = frequency === "weekly" ? 7 : 14;
      days = [];
      for (let day = start; day <= last; day = addDays(day, step)) {
        if (day >= month) days.push(day);
      }
      break;
    }
  }
  return days.filter(inWindow);
}

function ledgerSource(source: AgencySource): LedgerSource {
  return source === "federal_tax_offset" ? "tax_offset" : source;
}

// ---- The statement --------------------------------------------------------

export type Worked = { statement: Statement | null; error: IpcError | null };

/** The mock's statement of a case's account through `through`: none without an order. */
export function workStatement(detail: CaseDetail, payments: Payment[], through: string): Worked {
  const order = detail.order;
  if (!order) return { statement: null, error: null };
  const code = isJurisdiction(order.interest_rule) ? order.interest_rule : detail.jurisdiction;
  if (!isJurisdiction(code)) {
    return {
      statement: null,
      error: { code: "internal", message: `The app does not know the rules of ${detail.jurisdiction} yet.` },
    };
  }
  const rule = ruleFor(code);
  const rate = monthlyRate(rule);
  const amount = toCents(order.amount);
  const ordered = toCents(order.arrears_payment);
  const received = payments
    .filter((payment) => payment.received_on <= through)
    .sort((a, b) => (a.received_on === b.received_on ? a.id.localeCompare(b.id) : a.received_on.localeCompare(b.received_on)));

  let current = 0;
  let arrears = 0;
  let interest = 0;
  let credit = 0;
  const months: MonthLine[] = [];
  const distributions: PaymentDistribution[] = [];
  const totals = { accrued: 0, received: 0, toCurrent: 0, toArrears: 0, toInterest: 0, toCredit: 0, creditApplied: 0, interest: 0 };

  const firstPayment = received[0]?.received_on;
  let month = firstOfMonth(firstPayment && firstPayment < order.start_date ? firstPayment : order.start_date);
  const lastMonth = firstOfMonth(through);
  for (; month <= lastMonth; month = nextMonth(month)) {
    // Last month's unpaid support becomes arrears when the month closes.
    arrears += current;
    current = 0;
    const base = arrears;
    const line = {
      accrued: 0,
      creditApplied: 0,
      creditToCurrent: 0,
      received: 0,
      toCurrent: 0,
      toArrears: 0,
      toInterest: 0,
      toCredit: 0,
      charged: 0,
    };
    const arrearsDue = ordered > 0 ? Math.min(ordered, arrears + interest) : 0;
    const due = dueDates(order.start_date, order.end_date, order.frequency, month, through);
    const paid = received.filter((payment) => firstOfMonth(payment.received_on) === month);
    const first = distributions.length;
    // Installments before payments on the same day.
    const events = [
      ...due.map((day) => ({ day, payment: null })),
      ...paid.map((payment) => ({ day: payment.received_on, payment })),
    ].sort((a, b) => a.day.localeCompare(b.day) || (a.payment ? 1 : 0) - (b.payment ? 1 : 0));
    for (const event of events) {
      if (event.payment === null) {
        line.accrued += amount;
        current += amount;
        const used = Math.min(credit, amount);
        credit -= used;
        current -= used;
        line.creditApplied += used;
        line.creditToCurrent += used;
        continue;
      }
      const payment = event.payment;
      let left = toCents(payment.amount);
      line.received += left;
      const parts: Part[] = [];
      const take = (owed: number, kind: Part["kind"], partMonth: string | null): number => {
        const part = Math.min(left, owed);
        if (part > 0) parts.push({ kind, month: partMonth, amount: fromCents(part) });
        left -= part;
        return part;
      };
      const taxOffset = payment.source === "federal_tax_offset" || payment.source === "state_tax_offset";
      const toCurrent = taxOffset ? 0 : take(current, "current_support", month);
      current -= toCurrent;
      const toArrears = take(arrears, "arrears", null);
      arrears -= toArrears;
      const toInterest = take(interest, "interest", null);
      interest -= toInterest;
      const toCredit = take(left, "credit", null);
      credit += toCredit;
      line.toCurrent += toCurrent;
      line.toArrears += toArrears;
      line.toInterest += toInterest;
      line.toCredit += toCredit;
      distributions.push({
        payment_id: payment.id,
        received: payment.received_on,
        amount: payment.amount,
        source: ledgerSource(payment.source),
        parts,
        to_current: fromCents(toCurrent),
        to_arrears: fromCents(toArrears),
        to_interest: fromCents(toInterest),
        to_credit: fromCents(toCredit),
        refunded: "0.00",
      });
    }
    const complete = lastOfMonth(month) <= through;
    if (complete) {
      line.charged = Math.round(base * rate);
      interest += line.charged;
      const used = Math.min(credit, interest);
      interest -= used;
      credit -= used;
      line.creditApplied += used;
    }
    totals.accrued += line.accrued;
    totals.received += line.received;
    totals.toCurrent += line.toCurrent;
    totals.toArrears += line.toArrears;
    totals.toInterest += line.toInterest;
    totals.toCredit += line.toCredit;
    totals.creditApplied += line.creditApplied;
    totals.interest += line.charged;
    months.push({
      month,
      complete,
      due_dates: due,
      accrued: fromCents(line.accrued),
      credit_applied: fromCents(line.creditApplied),
      credit_to_current: fromCents(line.creditToCurrent),
      received: fromCents(line.received),
      to_current: fromCents(line.toCurrent),
      to_arrears: fromCents(line.toArrears),
      to_interest: fromCents(line.toInterest),
      to_credit: fromCents(line.toCredit),
      refunded: "0.00",
      interest_base: fromCents(base),
      interest_charged: fromCents(line.charged),
      arrears_payment_due: fromCents(arrearsDue),
      first_payment: first,
      payment_count: distributions.length - first,
      end: balances(current, arrears, interest, credit),
    });
  }

  const end = months.at(-1)?.end ?? balances(0, 0, 0, 0);
  const statement: Statement = {
    jurisdiction: code,
    interest_rule: rule,
    through,
    months,
    payments: distributions,
    totals: {
      accrued: fromCents(totals.accrued),
      received: fromCents(totals.received),
      to_current: fromCents(totals.toCurrent),
      to_arrears: fromCents(totals.toArrears),
      to_interest: fromCents(totals.toInterest),
      to_credit: fromCents(totals.toCredit),
      credit_applied: fromCents(totals.creditApplied),
      refunded: "0.00",
      interest_charged: fromCents(totals.interest),
    },
    balance: end,
    monthly_obligation: order.end_date !== null && order.end_date < through ? "0.00" : fromCents(monthlyEquivalent(amount, order.frequency)),
    arrears_payment: ordered > 0 ? order.arrears_payment : null,
  };
  return { statement, error: null };
}

function balances(current: number, arrears: number, interest: number, credit: number): Balances {
  return {
    current_unpaid: fromCents(current),
    arrears: fromCents(arrears),
    interest: fromCents(interest),
    total: fromCents(current + arrears + interest),
    credit: fromCents(credit),
  };
}

// ---- The audit ------------------------------------------------------------

/** Compares the agency's balance on `asOf` with ours at the end of that month, like `ledger::audit`. */
export function auditStatement(statement: Statement, agencyBalance: string, asOf: string): AuditResult {
  const line = statement.months.find((candidate) => candidate.month === firstOfMonth(asOf));
  if (!line) return { verdict: "not_covered", rows: [], first_difference: null, likely_causes: [] };
  const ours = toCents(line.end.total) - toCents(line.end.credit);
  const agency = toCents(agencyBalance);
  const difference = agency - ours;
  const row = { month: line.month, ours: fromCents(ours), agency: fromCents(agency), difference: fromCents(difference) };
  if (difference === 0) return { verdict: "matches", rows: [row], first_difference: null, likely_causes: [] };
  const causes: LikelyCause[] = [];
  for (const payment of statement.payments) {
    if (toCents(payment.amount) !== Math.abs(difference)) continue;
    causes.push(
      difference > 0
        ? { kind: "payment_missing", payment_id: payment.payment_id, received: payment.received }
        : { kind: "payment_counted_twice", payment_id: payment.payment_id, received: payment.received },
    );
  }
  for (const month of statement.months) {
    const each = month.due_dates.length > 0 ? toCents(month.accrued) / month.due_dates.length : 0;
    if (each === Math.abs(difference)) {
      const due = month.due_dates[0];
      if (due) causes.push({ kind: "installment", due });
      break;
    }
  }
  if (toCents(statement.totals.interest_charged) === Math.abs(difference)) causes.push({ kind: "interest" });
  return {
    verdict: "differs",
    rows: [row],
    first_difference: { ...row, confirmed_first: false },
    likely_causes: causes,
  };
}

// ---- The payoff projection ------------------------------------------------

const HORIZON_MONTHS = 1200;

/** Paying `monthly` (cents) toward the arrears from the month after the statement's last, principal first. */
export function projectPayoff(statement: Statement, monthly: number): Projection {
  const rate = monthlyRate(statement.interest_rule);
  let principal = toCents(statement.balance.arrears) + toCents(statement.balance.current_unpaid);
  let interest = toCents(statement.balance.interest);
  const projection: Projection = {
    monthly_payment: fromCents(monthly),
    principal: fromCents(principal),
    interest: fromCents(interest),
    outcome: { kind: "nothing_owed" },
    months: [],
  };
  if (principal + interest <= 0) return projection;
  if (monthly <= 0) {
    projection.outcome = { kind: "never_pays_off", monthly_interest: fromCents(Math.round(principal * rate)) };
    return projection;
  }
  const months: ProjectionMonth[] = [];
  let month = nextMonth(statement.through);
  let charged = 0;
  let paidTotal = 0;
  let outcome: PayoffOutcome | null = null;
  for (let count = 1; count <= HORIZON_MONTHS; count += 1) {
    const base = principal;
    let left = monthly;
    const toPrincipal = Math.min(left, principal);
    principal -= toPrincipal;
    left -= toPrincipal;
    const toInterest = Math.min(left, interest);
    interest -= toInterest;
    left -= toInterest;
    const paid = monthly - left;
    paidTotal += paid;
    const monthInterest = principal + interest > 0 ? Math.round(base * rate) : 0;
    interest += monthInterest;
    charged += monthInterest;
    months.push({
      month,
      paid: fromCents(paid),
      to_principal: fromCents(toPrincipal),
      to_interest: fromCents(toInterest),
      interest_charged: fromCents(monthInterest),
      principal: fromCents(principal),
      interest: fromCents(interest),
    });
    if (principal + interest <= 0) {
      outcome = { kind: "paid_off", month, months: count, interest: fromCents(charged), total_paid: fromCents(paidTotal) };
      break;
    }
    month = nextMonth(month);
  }
  projection.months = months;
  projection.outcome = outcome ?? { kind: "beyond_horizon", months: HORIZON_MONTHS, left: fromCents(principal + interest) };
  return projection;
}
