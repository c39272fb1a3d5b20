import type { AddressForm } from "../bindings/AddressForm";
import type { CaseDetail } from "../bindings/agency/CaseDetail";
import type { ContactUpdate } from "../bindings/agency/ContactUpdate";
import type { ContactVisibility } from "../bindings/agency/ContactVisibility";
import type { ContactForm } from "../bindings/ContactForm";
import type { FieldIssue } from "../bindings/FieldIssue";
import type { HowToPay } from "../bindings/agency/HowToPay";
import type { PaymentOptions } from "../bindings/agency/PaymentOptions";

/** The mock agency's ways to pay, like the demo server's (`crates/agency-server/src/demo.rs`). */
export const MOCK_PAYMENT_OPTIONS: PaymentOptions = {
  mail: { payable_to: "Demo State Disbursement Unit", address: ["Demo State Disbursement Unit", "PO Box 74200", "Lakeview, WI 53707-4200"] },
  online: { name: "Demo County ePay", url: "https://pay.example.org/child-support" },
  text: {
    number: "55501",
    instructions: "Text PAY and your case number to 55501. We text back a link to confirm the amount and pay with a debit card. Message and data rates may apply.",
  },
  cash: [
    { name: "QuickMart, Lake Street", address: ["402 Lake Street", "Lakeview, WI 53700"], hours: "Every day, 6:00 a.m. to 11:00 p.m.", fee: "1.99" },
    {
      name: "Demo County Courthouse Office (cashier)",
      address: ["210 Lake Street, Room 104", "Lakeview, WI 53700"],
      hours: "Monday to Friday, 8:00 a.m. to 4:00 p.m.",
      fee: null,
    },
  ],
};

/** How to pay on a case, as the agency would answer for its saved copy. */
export function mockHowToPay(detail: CaseDetail, options: PaymentOptions): HowToPay {
  return {
    case_number: detail.id,
    caller_pays: detail.role === "noncustodial",
    next_due: structuredClone(detail.next_due),
    arrears: detail.balances.arrears,
    options: structuredClone(options),
  };
}

const STATES = new Set([
  "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
  "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM",
  "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA",
  "WV", "WI", "WY", "PR", "VI", "GU",
]);

function parseDay(value: string): Date | null {
  let ymd: [number, number, number] | null = null;
  let parts = /^(\d{4,})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (parts) ymd = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  parts = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  if (parts) ymd = [Number(parts[3]), Number(parts[1]), Number(parts[2])];
  if (!ymd) return null;
  const [year, month, day] = ymd;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

function validPhone(value: string): boolean {
  if (!/^[\d\s().+-]+$/.test(value)) return false;
  const digits = value.replace(/\D/g, "");
  return digits.length === 10 || (digits.length === 11 && digits.startsWith("1"));
}

function validEmail(value: string): boolean {
  const at = value.indexOf("@");
  if (at <= 0) return false;
  const domain = value.slice(at + 1);
  return !domain.includes("@") && domain.includes(".") && !domain.startsWith(".") && !domain.endsWith(".") && !/\s/.test(value);
}

/** An optional address's rules (`Checker::address` in `crates/backend/src/application_form.rs`): all empty, or whole; a missing part is said once, on the address. */
function checkOptionalAddress(prefix: string, a: AddressForm, issues: FieldIssue[]): void {
  const flag = (field: string, problem: FieldIssue["problem"]) => issues.push({ field, problem });
  if ([a.line1, a.line2, a.city, a.state, a.zip].every((part) => part.trim() === "")) return;
  const before = issues.length;
  if (a.line1.trim() === "") flag(`${prefix}.line1`, "required");
  if (a.city.trim() === "") flag(`${prefix}.city`, "required");
  const state = a.state.trim().toUpperCase();
  if (state === "") flag(`${prefix}.state`, "required");
  else if (!STATES.has(state)) flag(`${prefix}.state`, "invalid_state");
  const zip = a.zip.trim();
  if (zip === "") flag(`${prefix}.zip`, "required");
  else if (!/^\d{5}(-\d{4})?$/.test(zip)) flag(`${prefix}.zip`, "invalid_zip");
  if (issues.slice(before).some((issue) => issue.problem === "required")) {
    const kept = issues.filter((issue, index) => index < before || issue.problem !== "required");
    issues.length = 0;
    issues.push(...kept);
    flag(prefix, "incomplete_address");
  }
}

function addressParts(a: AddressForm): string[] {
  return [a.line1, a.line2, a.city, a.state, a.zip];
}

/** The backend's rules for a contact update (`check_contact` in `crates/backend/src/application_form.rs`), in the same order. */
export function checkContactForm(form: ContactForm, now: Date): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const flag = (field: string, problem: FieldIssue["problem"]) => issues.push({ field, problem });
  checkOptionalAddress("address", form.address, issues);
  if (form.phone.trim() !== "" && !validPhone(form.phone.trim())) flag("phone", "invalid_phone");
  if (form.email.trim() !== "" && !validEmail(form.email.trim())) flag("email", "invalid_email");
  const e = form.employer;
  const employerParts = [e.name, e.phone, e.start_date, ...addressParts(e.address)];
  if (!employerParts.every((part) => part.trim() === "")) {
    if (e.name.trim() === "") flag("employer.name", "required");
    checkOptionalAddress("employer.address", e.address, issues);
    if (e.phone.trim() !== "" && !validPhone(e.phone.trim())) flag("employer.phone", "invalid_phone");
    const start = e.start_date.trim();
    const day = parseDay(start);
    const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
    if (start === "") flag("employer.start_date", "required");
    else if (day === null) flag("employer.start_date", "invalid_date");
    else if (day.getUTCFullYear() < 1950) flag("employer.start_date", "too_long_ago");
    else if (day.getTime() > today + 90 * 86_400_000) flag("employer.start_date", "future_date");
  }
  const nothing = [...addressParts(form.address), form.phone, form.email, ...employerParts].every((part) => part.trim() === "");
  if (issues.length === 0 && nothing) flag("form", "required");
  return issues;
}

/** A contact update as the agency records it on receipt. */
export function receivedContactUpdate(id: string, form: ContactForm, visibility: ContactVisibility[], now: Date): ContactUpdate {
  const e = form.employer;
  const has = (value: string) => value.trim() !== "";
  const address = (a: AddressForm) =>
    has(a.line1) ? { line1: a.line1.trim(), line2: has(a.line2) ? a.line2.trim() : null, city: a.city.trim(), state: a.state.trim().toUpperCase(), zip: a.zip.trim() } : null;
  return {
    id,
    submitted_at: now.toISOString(),
    address: address(form.address),
    phone: has(form.phone) ? form.phone.trim() : null,
    email: has(form.email) ? form.email.trim() : null,
    employer: has(e.name) ? { name: e.name.trim(), address: address(e.address), phone: has(e.phone) ? e.phone.trim() : null, start_date: e.start_date.trim() } : null,
    status: "received",
    decided_at: null,
    note: null,
    visibility: structuredClone(visibility),
  };
}
