import type { Application } from "../bindings/agency/Application";
import type { ModificationRequest } from "../bindings/agency/ModificationRequest";
import type { NewModificationRequest } from "../bindings/agency/NewModificationRequest";
import type { Service } from "../bindings/agency/Service";
import type { AddressForm } from "../bindings/AddressForm";
import type { ApplicationForm } from "../bindings/ApplicationForm";
import type { FieldIssue } from "../bindings/FieldIssue";
import type { FieldProblem } from "../bindings/FieldProblem";

/**
 * The mock's copy of the application rules of `crates/backend/src/application_form.rs`,
 * close enough for the UI's tests and the browser preview. The real rules
 * live in Rust; when the two disagree, Rust is right.
 */

const MAX_SHORT = 200;
const MAX_DESCRIPTION = 2000;
const MAX_CHILDREN = 20;
const MAX_ORDERS = 10;

const STATES = new Set([
  "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
  "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM",
  "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA",
  "WV", "WI", "WY", "PR", "VI", "GU",
]);

/** A real calendar day from `YYYY-MM-DD` or `M/D/YYYY`, as `[year, month, day]`. */
function parseDate(value: string): [number, number, number] | null {
  let parts: RegExpExecArray | null = /^(\d{4,})-(\d{1,2})-(\d{1,2})$/.exec(value);
  let ymd: [number, number, number] | null = null;
  if (parts) ymd = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  parts = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  if (parts) ymd = [Number(parts[3]), Number(parts[1]), Number(parts[2])];
  if (!ymd) return null;
  const [year, month, day] = ymd;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return ymd;
}

function fold(name: string): string {
  return name.trim().split(/\s+/).join(" ").toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
}

function digitsOnly(value: string, allowed: RegExp): string | null {
  return allowed.test(value) ? value.replace(/\D/g, "") : null;
}

function validSsn(value: string): boolean {
  const digits = digitsOnly(value, /^[\d\s-]+$/);
  if (digits === null || digits.length !== 9) return false;
  const area = digits.slice(0, 3);
  return area !== "000" && area !== "666" && !area.startsWith("9") && digits.slice(3, 5) !== "00" && digits.slice(5) !== "0000";
}

function validPhone(value: string): boolean {
  const digits = digitsOnly(value, /^[\d\s().+-]+$/);
  return digits !== null && (digits.length === 10 || (digits.length === 11 && digits.startsWith("1")));
}

function validEmail(value: string): boolean {
  const at = value.indexOf("@");
  if (at <= 0) return false;
  const domain = value.slice(at + 1);
  return !domain.includes("@") && domain.includes(".") && !domain.startsWith(".") && !domain.endsWith(".") && !/\s/.test(value);
}

/** Today as `[year, month, day]` in local time. */
function dayOf(now: Date): [number, number, number] {
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()];
}

function after(a: [number, number, number], b: [number, number, number]): boolean {
  return a[0] !== b[0] ? a[0] > b[0] : a[1] !== b[1] ? a[1] > b[1] : a[2] > b[2];
}

/** Every field at fault, in the form's order; empty when the application can be sent. */
export function checkApplicationForm(form: ApplicationForm, now: Date): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const today = dayOf(now);
  const flag = (field: string, problem: FieldProblem) => issues.push({ field, problem });

  const required = (field: string, value: string) => {
    const trimmed = value.trim();
    if (trimmed === "") flag(field, "required");
    else if ([...trimmed].length > MAX_SHORT) flag(field, "too_long");
  };
  const optional = (field: string, value: string, max = MAX_SHORT) => {
    if ([...value.trim()].length > max) flag(field, "too_long");
  };
  const date = (field: string, value: string, isRequired: boolean) => {
    const trimmed = value.trim();
    if (trimmed === "") {
      if (isRequired) flag(field, "required");
      return;
    }
    const parsed = parseDate(trimmed);
    if (!parsed) flag(field, "invalid_date");
    else if (after(parsed, today)) flag(field, "future_date");
    else if (parsed[0] < 1900) flag(field, "too_long_ago");
  };
  const ssn = (field: string, value: string) => {
    if (value.trim() !== "" && !validSsn(value.trim())) flag(field, "invalid_ssn");
  };
  const phone = (field: string, value: string) => {
    if (value.trim() !== "" && !validPhone(value.trim())) flag(field, "invalid_phone");
  };
  const state = (field: string, value: string) => {
    const code = value.trim().toUpperCase();
    if (code === "") flag(field, "required");
    else if (!STATES.has(code)) flag(field, "invalid_state");
  };
  const address = (prefix: string, value: AddressForm, isRequired: boolean) => {
    const parts = [value.line1, value.line2, value.city, value.state, value.zip];
    if (!isRequired && parts.every((part) => part.trim() === "")) return;
    const before = issues.length;
    required(`${prefix}.line1`, value.line1);
    optional(`${prefix}.line2`, value.line2);
    required(`${prefix}.city`, value.city);
    state(`${prefix}.state`, value.state);
    const zip = value.zip.trim();
    if (zip === "") flag(`${prefix}.zip`, "required");
    else if (!/^\d{5}(-\d{4})?$/.test(zip)) flag(`${prefix}.zip`, "invalid_zip");
    if (!isRequired && issues.slice(before).some((issue) => issue.problem === "required")) {
      const kept = issues.slice(before).filter((issue) => issue.problem !== "required");
      issues.splice(before, issues.length - before, ...kept, { field: prefix, problem: "incomplete_address" });
    }
  };

  const { applicant, other_parent: other } = form;
  required("applicant.given_name", applicant.given_name);
  required("applicant.family_name", applicant.family_name);
  date("applicant.date_of_birth", applicant.date_of_birth, true);
  ssn("applicant.ssn", applicant.ssn);
  phone("applicant.phone", applicant.phone);
  const email = applicant.email.trim();
  if (email !== "") {
    if ([...email].length > MAX_SHORT) flag("applicant.email", "too_long");
    else if (!validEmail(email)) flag("applicant.email", "invalid_email");
  }
  address("applicant.address", applicant.address, true);

  optional("other_parent.given_name", other.given_name);
  optional("other_parent.family_name", other.family_name);
  if (other.aliases.split(/[,\n]/).some((alias) => [...alias.trim()].length > MAX_SHORT)) flag("other_parent.aliases", "too_long");
  date("other_parent.date_of_birth", other.date_of_birth, false);
  ssn("other_parent.ssn", other.ssn);
  address("other_parent.address", other.address, false);
  phone("other_parent.phone", other.phone);
  optional("other_parent.employer", other.employer);
  optional("other_parent.description", other.description, MAX_DESCRIPTION);

  if (form.children.length === 0) flag("children", "no_children");
  else if (form.children.length > MAX_CHILDREN) flag("children", "too_many");
  form.children.forEach((child, i) => {
    const p = `children.${i}`;
    if (child.paternity === null) flag(`${p}.paternity`, "required");
    required(`${p}.given_name`, child.given_name);
    required(`${p}.family_name`, child.family_name);
    date(`${p}.date_of_birth`, child.date_of_birth, true);
  });

  if (form.existing_orders.length > MAX_ORDERS) flag("existing_orders", "too_many");
  form.existing_orders.forEach((order, i) => {
    const p = `existing_orders.${i}`;
    state(`${p}.state`, order.state);
    required(`${p}.court`, order.court);
    required(`${p}.case_number`, order.case_number);
  });

  if (form.services.length === 0) flag("services", "no_services");

  const typed = form.signature.typed_name.trim();
  required("signature.typed_name", form.signature.typed_name);
  const given = applicant.given_name.trim();
  const family = applicant.family_name.trim();
  if (typed !== "" && given !== "" && family !== "" && fold(typed) !== fold(`${given} ${family}`)) {
    flag("signature.typed_name", "signature_mismatch");
  }
  if (!form.signature.consent) flag("signature.consent", "consent_required");
  return issues;
}

/** Today in local time as `YYYY-MM-DD`. */
function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The application as the agency records it when it receives the form: received today, with its fee. */
export function receivedApplication(id: string, form: ApplicationForm, now: Date): Application {
  const services: Service[] = [];
  for (const service of form.services) if (!services.includes(service)) services.push(service);
  const waived = form.applicant.receives_tanf || form.applicant.receives_medicaid;
  return {
    id,
    status: "received",
    submitted_on: localDay(now),
    services,
    children: form.children.length,
    fee: waived ? "0.00" : "25.00",
    case_id: null,
    timeline: [{ status: "received", at: now.toISOString(), note: null }],
  };
}

/** A modification request as the agency records it when it receives it: received today. */
export function receivedModificationRequest(id: string, caseId: string, request: NewModificationRequest, now: Date): ModificationRequest {
  return {
    id,
    case_id: caseId,
    reason: request.reason,
    details: request.details,
    status: "received",
    submitted_on: localDay(now),
    estimated_monthly: request.estimated_monthly ?? null,
    documents: [...(request.documents ?? [])],
    timeline: [{ status: "received", at: now.toISOString(), note: null }],
  };
}
