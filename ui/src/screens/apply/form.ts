import type { Paternity } from "../../bindings/agency/Paternity";
import type { Safety } from "../../bindings/agency/Safety";
import type { Service } from "../../bindings/agency/Service";
import type { AddressForm } from "../../bindings/AddressForm";
import type { ApplicationForm } from "../../bindings/ApplicationForm";
import type { ChildForm } from "../../bindings/ChildForm";
import type { FieldIssue } from "../../bindings/FieldIssue";
import type { FieldProblem } from "../../bindings/FieldProblem";
import type { OrderForm } from "../../bindings/OrderForm";

/**
 * The application form as the parent fills it in: the steps, the ids of its
 * inputs (the end-to-end tests rely on them), the dates of birth typed in
 * three parts, and which step each of the backend's field paths belongs to.
 * The rules themselves live in Rust (`check_application`).
 */

/** The steps, in order; a draft's `step` is the index. */
export const STEPS = ["about_you", "other_parent", "children", "orders", "services", "safety", "fees", "review"] as const;
export type StepKey = (typeof STEPS)[number];
export const LAST_STEP = STEPS.length - 1;
export const REVIEW_STEP = LAST_STEP;

export const SERVICES: readonly Service[] = [
  "locate_parent",
  "establish_paternity",
  "establish_order",
  "medical_support",
  "enforce_order",
  "review_and_modify",
  "collect_arrears",
  "employment_referral",
  "parenting_time_referral",
];

export const PATERNITY: readonly Paternity[] = ["established", "not_established", "unknown"];

export const SAFETY_FIELDS: readonly (keyof Safety)[] = ["fears_harm", "request_family_violence_flag", "address_confidentiality"];

/** Every USPS code of a state, DC or a territory the program serves, as the backend accepts them. */
export const STATE_CODES: readonly string[] = [
  "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
  "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM",
  "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA",
  "WV", "WI", "WY", "PR", "VI", "GU",
];

const PROBLEMS: Record<FieldProblem, true> = {
  required: true,
  invalid_date: true,
  future_date: true,
  too_long_ago: true,
  invalid_ssn: true,
  invalid_state: true,
  invalid_zip: true,
  invalid_email: true,
  invalid_phone: true,
  too_long: true,
  incomplete_address: true,
  no_children: true,
  too_many: true,
  no_services: true,
  signature_mismatch: true,
  consent_required: true,
};
/** Every problem the backend names (the compiler insists the list is complete). */
export const FIELD_PROBLEMS = Object.keys(PROBLEMS) as FieldProblem[];

export function isFieldProblem(value: string): value is FieldProblem {
  return (FIELD_PROBLEMS as string[]).includes(value);
}

/** The backend takes at most this many children and existing orders. */
export const MAX_CHILDREN = 20;
export const MAX_ORDERS = 10;
/** The application fee is at most this (45 CFR 302.33(c)); the agency decides it. */
export const MAX_FEE = "25.00";

export function emptyAddress(): AddressForm {
  return { line1: "", line2: "", city: "", state: "", zip: "" };
}

export function emptyChild(): ChildForm {
  return { given_name: "", family_name: "", date_of_birth: "", paternity: null };
}

export function emptyOrder(): OrderForm {
  return { state: "", court: "", case_number: "" };
}

/** A new application: one child to fill in, no orders, nothing chosen. */
export function emptyForm(): ApplicationForm {
  return {
    applicant: {
      given_name: "",
      family_name: "",
      date_of_birth: "",
      ssn: "",
      phone: "",
      email: "",
      address: emptyAddress(),
      receives_tanf: false,
      receives_medicaid: false,
    },
    other_parent: {
      given_name: "",
      family_name: "",
      aliases: "",
      date_of_birth: "",
      ssn: "",
      address: emptyAddress(),
      phone: "",
      employer: "",
      description: "",
    },
    children: [emptyChild()],
    existing_orders: [],
    services: [],
    safety: { fears_harm: false, request_family_violence_flag: false, address_confidentiality: false },
    signature: { typed_name: "", consent: false },
  };
}

/** A saved form as the screen shows it: always at least one child to fill in. */
export function normaliseForm(form: ApplicationForm): ApplicationForm {
  return form.children.length > 0 ? form : { ...form, children: [emptyChild()] };
}

/** A saved step, kept within the steps there are. */
export function clampStep(step: number): number {
  return Number.isInteger(step) ? Math.min(Math.max(step, 0), LAST_STEP) : 0;
}

/** The id of the input (or group) for a field path: `children.0.given_name` -> `apply-children-0-given_name`. */
export function inputId(field: string): string {
  return `apply-${field.replace(/\./g, "-")}`;
}

/** The id of a field's error message (on the group for a date, a radio group or a list). */
export function errorIdOf(field: string): string {
  return `${inputId(field)}-error`;
}

/** The element to put focus on to fix a field: the first input of a group. */
export function focusTargetOf(field: string): string {
  if (field.endsWith(".date_of_birth")) return `${inputId(field)}-month`;
  if (/^children\.\d+\.paternity$/.test(field)) return `${inputId(field)}-established`;
  if (field === "children") return "apply-add-child";
  if (field === "existing_orders") return "apply-add-order";
  if (field === "services") return `apply-service-${SERVICES[0] ?? "locate_parent"}`;
  if (/^(applicant|other_parent)\.address$/.test(field)) return `${inputId(field)}-line1`;
  return inputId(field);
}

/** The step where a field is answered; a path the form doesn't know goes to the last step. */
export function stepOf(field: string): number {
  const [head = ""] = field.split(".");
  switch (head) {
    case "applicant":
      return 0;
    case "other_parent":
      return 1;
    case "children":
      return 2;
    case "existing_orders":
      return 3;
    case "services":
      return 4;
    case "safety":
      return 5;
    default:
      return REVIEW_STEP;
  }
}

/**
 * Issues in the order the screen shows their fields: the backend's order,
 * except that a child's paternity (which it checks first) comes after the
 * child's name and date of birth.
 */
export function inScreenOrder(issues: readonly FieldIssue[]): FieldIssue[] {
  const childOf = (issue: FieldIssue) => /^children\.(\d+)\./.exec(issue.field)?.[1];
  const rank = (issue: FieldIssue) => (/^children\.\d+\.paternity$/.test(issue.field) ? 1 : 0);
  // Each child's issues stay where its first one is; within them, paternity goes last.
  const firstOfChild = new Map<string, number>();
  issues.forEach((issue, index) => {
    const child = childOf(issue);
    if (child !== undefined && !firstOfChild.has(child)) firstOfChild.set(child, index);
  });
  const key = (issue: FieldIssue, index: number): [number, number, number] => {
    const child = childOf(issue);
    return child === undefined ? [index, 0, index] : [firstOfChild.get(child) ?? index, rank(issue), index];
  };
  return issues
    .map((issue, index) => ({ issue, key: key(issue, index) }))
    .sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.key[2] - b.key[2])
    .map(({ issue }) => issue);
}

/** The issues a step shows, in the order of its fields. */
export function issuesOfStep(issues: readonly FieldIssue[], step: number): FieldIssue[] {
  return inScreenOrder(issues.filter((issue) => stepOf(issue.field) === step));
}

/** The first problem with each field. */
export type ProblemMap = Partial<Record<string, FieldProblem>>;

export function problemMap(issues: readonly FieldIssue[]): ProblemMap {
  const map: ProblemMap = {};
  for (const issue of issues) map[issue.field] ??= issue.problem;
  return map;
}

/** A date of birth as typed, in three parts. */
export interface DateParts {
  month: string;
  day: string;
  year: string;
}

function pad(part: string): string {
  return /^\d$/.test(part) ? `0${part}` : part;
}

/**
 * The three parts as the backend takes a date: `YYYY-MM-DD`, a one-digit
 * month or day padded. Nothing typed is `""`; a part left empty or not a
 * number is sent as it is, so that the backend says `invalid_date`.
 */
export function composeDate({ month, day, year }: DateParts): string {
  const parts = { month: month.trim(), day: day.trim(), year: year.trim() };
  if (parts.month === "" && parts.day === "" && parts.year === "") return "";
  return `${parts.year}-${pad(parts.month)}-${pad(parts.day)}`;
}

/** A saved date back into its parts (`YYYY-MM-DD`, or the `MM/DD/YYYY` the backend also takes). */
export function splitDate(value: string): DateParts {
  const iso = /^([^-]*)-([^-]*)-([^-]*)$/.exec(value);
  if (iso) return { year: iso[1] ?? "", month: iso[2] ?? "", day: iso[3] ?? "" };
  const us = /^([^/]*)\/([^/]*)\/([^/]*)$/.exec(value);
  if (us) return { month: us[1] ?? "", day: us[2] ?? "", year: us[3] ?? "" };
  return { month: "", day: "", year: value };
}

/** The parts of an SSN to show on the review: only its last four digits. */
export function ssnEnding(ssn: string): string | null {
  const digits = ssn.replace(/\D/g, "");
  return digits.length >= 4 ? digits.slice(-4) : null;
}

/** Whether the parent said they receive a benefit that waives the fee. */
export function feeWaived(form: ApplicationForm): boolean {
  return form.applicant.receives_tanf || form.applicant.receives_medicaid;
}

/** Whether any part of an address was given. */
export function hasAddress(address: AddressForm): boolean {
  return [address.line1, address.line2, address.city, address.state, address.zip].some((part) => part.trim() !== "");
}

/** How a step changes the form: a function of the latest form, so that quick changes never undo each other. */
export type Edit = (change: (form: ApplicationForm) => ApplicationForm) => void;
