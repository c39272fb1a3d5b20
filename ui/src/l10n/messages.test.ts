import { FluentResource, type FluentBundle } from "@fluent/bundle";
import { describe, expect, it } from "vitest";
import type { Role } from "../bindings/agency/Role";
import type { ErrorCode } from "../bindings/ErrorCode";
import type { OutboxKind } from "../bindings/OutboxKind";
import type { Language } from "../bindings/Language";
import type { IncomeBasis } from "../bindings/IncomeBasis";
import type { LikelyCause } from "../bindings/LikelyCause";
import type { PayoffOutcome } from "../bindings/PayoffOutcome";
import type { ParentField } from "../bindings/ParentField";
import { MOCK_JURISDICTIONS } from "../backend/mock";
import { JOBS, ROUTES } from "../routing/routes";
import type { ApplicationStatus } from "../bindings/agency/ApplicationStatus";
import type { DocumentStatus } from "../bindings/agency/DocumentStatus";
import { FIELD_PROBLEMS, PATERNITY, SAFETY_FIELDS, SERVICES, STATE_CODES, STEPS } from "../screens/apply/form";
import { DOCUMENT_TYPES } from "../screens/documents/DocumentPicker";
import { PAYMENT_SOURCES } from "../screens/payments/filters";
import { bundleFor, SOURCES } from "../test/messageSources";
import { LANGUAGES, systemLanguage } from "./bundles";

type Node = { type?: string; name?: string; [key: string]: unknown };

/** Every `$variable` a message (value and attributes) uses. */
function variablesOf(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) {
    node.forEach((child) => variablesOf(child, found));
  } else if (node && typeof node === "object") {
    const n = node as Node;
    if (n.type === "var" && typeof n.name === "string") found.add(n.name);
    Object.values(n).forEach((child) => variablesOf(child, found));
  }
  return found;
}

function messages(language: Language): Map<string, Set<string>> {
  const resource = new FluentResource(SOURCES[language]);
  return new Map(resource.body.map((entry) => [entry.id, variablesOf(entry)]));
}

const ERROR_CODES: ErrorCode[] = [
  "invalid_input",
  "agency_unreachable",
  "agency_error",
  "not_signed_in",
  "sign_in_cancelled",
  "store_damaged",
  "storage",
  "internal",
];
const ROLES: Role[] = ["custodial", "noncustodial"];
const OUTBOX_KINDS: OutboxKind[] = ["modification_request", "application", "document_attachment", "contact_update", "message_thread", "message_reply"];
const CAUSES: LikelyCause["kind"][] = ["payment_missing", "payment_counted_twice", "installment", "interest"];
const OUTCOMES: PayoffOutcome["kind"][] = ["nothing_owed", "paid_off", "never_pays_off", "beyond_horizon"];
/** Why the backend refuses a file (`crates/documents`, `PrepareError::code`; a kiosk's own folder in `crates/backend`). */
const FILE_REASONS = [
  "not_found",
  "not_a_file",
  "too_large",
  "empty",
  "unsupported",
  "heic",
  "encrypted_pdf",
  "damaged_pdf",
  "damaged_image",
  "io",
  "outside_upload_folder",
];
const DOCUMENT_STATUSES: DocumentStatus[] = ["received", "accepted", "rejected"];
/** The payoff planner's reasons for an `invalid_input` error on its amount. */
const PAYOFF_REASONS = ["invalid_amount"];

/** The calculator's reasons for an `invalid_input` error, and the form's own. */
const REASONS = [
  "invalid_json",
  "unknown_field",
  "missing_field",
  "wrong_type",
  "not_a_number",
  "negative_amount",
  "too_large",
  "income_both",
  "income_missing",
  "invalid_overnights",
  "overnights_over_366",
  "no_children",
  "invalid_custodial",
  "custodial_needed",
  "invalid_date",
  "unknown_jurisdiction",
  "date_before_rules",
  "invalid_placement",
  "rules_incomplete",
  "rules_data",
  "not_a_whole_number",
];
const STATUSES: Record<ApplicationStatus, true> = {
  received: true,
  under_review: true,
  needs_information: true,
  accepted: true,
  denied: true,
  withdrawn: true,
};
const APPLICATION_STATUSES = Object.keys(STATUSES);

const BASES: IncomeBasis[] = ["gross", "net_resources", "net_disposable"];
const DETAILS: ParentField[] = [
  "health_insurance",
  "child_care",
  "other_children",
  "other_support_paid",
  "maintenance_paid",
  "fica_paid",
  "local_tax_paid",
];

/** The ids the UI builds from routes, jobs, error codes and the calculator's data. */
const BUILT_IDS = [
  ...REASONS.map((reason) => `estimate-error-${reason}`),
  ...MOCK_JURISDICTIONS.map((info) => `state-${info.code}`),
  ...BASES.flatMap((basis) => [`estimate-income-${basis}`, `estimate-income-${basis}-hint`]),
  ...DETAILS.flatMap((field) => [`estimate-field-${field}`, `estimate-field-${field}-hint`]),
  ...["a", "b"].flatMap((parent) => [`estimate-parent-${parent}`, `estimate-custodial-${parent}`]),
  ...["a", "b"].map((payer) => `estimate-summary-${payer}-pays`),
  "estimate-period-month",
  "estimate-period-year",
  ...ROUTES.map((route) => `nav-${route}`),
  ...JOBS.flatMap((job) => [`${job}-title`, `${job}-intro`, `home-${job}-title`, `home-${job}-text`, `home-${job}-link`]),
  ...ERROR_CODES.map((code) => `error-${code}`),
  ...ROLES.map((role) => `case-role-${role}`),
  ...OUTBOX_KINDS.map((kind) => `outbox-kind-${kind}`),
  ...ROLES.flatMap((role) => [`payments-owed-${role}`, `payments-next-${role}`, `payments-last-${role}`]),
  ...PAYMENT_SOURCES.map((source) => `payment-source-${source}`),
  ...CAUSES.map((kind) => `payments-cause-${kind}`),
  ...OUTCOMES.map((kind) => `payoff-${kind}`),
  ...PAYOFF_REASONS.map((reason) => `payoff-error-${reason}`),
  ...STEPS.map((step) => `apply-step-${step}`),
  ...["month", "day", "year"].map((part) => `apply-${part}`),
  ...SERVICES.flatMap((service) => [`apply-service-${service}`, `apply-service-${service}-hint`]),
  ...PATERNITY.flatMap((paternity) => [`apply-paternity-${paternity}`, `apply-paternity-${paternity}-hint`]),
  ...SAFETY_FIELDS.flatMap((field) => [`apply-safety-${field}`, `apply-safety-${field}-hint`]),
  ...APPLICATION_STATUSES.map((status) => `apply-status-${status}`),
  ...FIELD_PROBLEMS.map((problem) => `apply-error-${problem}`),
  ...STATE_CODES.map((code) => `apply-state-${code}`),
  ...DOCUMENT_TYPES.map((type) => `documents-type-${type}`),
  ...DOCUMENT_STATUSES.map((status) => `documents-status-${status}`),
  ...FILE_REASONS.map((reason) => `documents-file-error-${reason}`),
];

function format(bundle: FluentBundle, id: string, variables: Set<string>): { text: string; errors: Error[] } {
  const message = bundle.getMessage(id);
  const errors: Error[] = [];
  if (!message?.value) return { text: "", errors: [new Error(`${id} has no value`)] };
  const args = Object.fromEntries([...variables].map((name) => [name, "X"]));
  return { text: bundle.formatPattern(message.value, args, errors), errors };
}

describe("the translations", () => {
  const en = messages("en");
  const es = messages("es");

  it("have the same messages in English and Spanish", () => {
    expect([...es.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it("use the same variables in both languages", () => {
    for (const [id, variables] of en) {
      expect([...(es.get(id) ?? [])].sort(), id).toEqual([...variables].sort());
    }
  });

  it("parse cleanly and format every message without errors or empty text", () => {
    for (const language of LANGUAGES) {
      const bundle = bundleFor(language);
      for (const [id, variables] of messages(language)) {
        const { text, errors } = format(bundle, id, variables);
        expect(errors, `${language}: ${id}`).toEqual([]);
        expect(text.trim(), `${language}: ${id}`).not.toBe("");
      }
    }
  });

  it("have every message the UI builds from routes, jobs, error codes and the calculator's data", () => {
    for (const language of LANGUAGES) {
      for (const id of BUILT_IDS) {
        expect(bundleFor(language).hasMessage(id), `${language}: ${id}`).toBe(true);
      }
    }
  });

  it("name the other language on the switch, in that language", () => {
    expect(format(bundleFor("en"), "language-toggle", new Set()).text).toBe("Español");
    expect(format(bundleFor("es"), "language-toggle", new Set()).text).toBe("English");
  });

  it("keep child support out of the neutral screen", () => {
    for (const language of LANGUAGES) {
      for (const id of ["neutral-title", "neutral-empty"]) {
        expect(format(bundleFor(language), id, new Set()).text).not.toMatch(/child|support|manutenci|agenc|pago|payment/i);
      }
    }
  });
});

describe("the system language", () => {
  it.each([
    [["es-MX", "en-US"], "es"],
    [["es"], "es"],
    [["es-419"], "es"],
    [["en-US", "es-MX"], "en"],
    [["fr-FR"], "en"],
    [["fr-FR", "es-ES"], "es"],
    [["ES_us"], "es"],
    [[], "en"],
  ])("%j -> %s", (requested, expected) => {
    expect(systemLanguage(requested)).toBe(expected);
  });
});
