import type { AgencyConnection } from "../bindings/AgencyConnection";
import type { AppInfo } from "../bindings/AppInfo";
import type { Case } from "../bindings/Case";
import type { Estimate } from "../bindings/Estimate";
import type { JurisdictionInfo } from "../bindings/JurisdictionInfo";
import type { IpcError } from "../bindings/IpcError";
import type { Language } from "../bindings/Language";
import type { Settings } from "../bindings/Settings";
import type { Backend } from "./backend";

export type MockCall =
  | { method: "appInfo" }
  | { method: "settings" }
  | { method: "setLanguage"; language: Language }
  | { method: "agencyStatus" }
  | { method: "jurisdictions" }
  | { method: "setEstimateJurisdiction"; code: string }
  | { method: "estimate"; case: Case };

/** How the mock answers `estimate`: a value, or a function of the case (which may throw an IpcError). */
export type MockEstimator = (input: Case) => Estimate | Promise<Estimate>;

/** The states the real calculator knows, as its `jurisdictions` command lists them. */
export const MOCK_JURISDICTIONS: JurisdictionInfo[] = [
  {
    code: "US-CA",
    name: "California",
    income_basis: "net_disposable",
    per: "month",
    fields: ["overnights", "health_insurance", "child_care"],
    complete: true,
  },
  { code: "US-DE", name: "Delaware", income_basis: "gross", per: "month", fields: [], complete: false },
  {
    code: "US-GA",
    name: "Georgia",
    income_basis: "gross",
    per: "month",
    fields: ["overnights", "health_insurance", "child_care", "other_children", "other_support_paid"],
    complete: true,
  },
  {
    code: "US-NY",
    name: "New York",
    income_basis: "gross",
    per: "year",
    fields: [
      "overnights",
      "health_insurance",
      "child_care",
      "other_support_paid",
      "maintenance_paid",
      "fica_paid",
      "local_tax_paid",
    ],
    complete: true,
  },
  { code: "US-TX", name: "Texas", income_basis: "net_resources", per: "month", fields: ["other_children"], complete: true },
  { code: "US-WI", name: "Wisconsin", income_basis: "gross", per: "month", fields: ["overnights"], complete: true },
];

/** A plausible answer for the browser preview: Wisconsin's shared-placement example. */
/**
 * The preview's default: `MOCK_ESTIMATE`, after the calculator's simplest
 * checks, so that the browser preview shows field errors too.
 */
export function checkedEstimate(input: Case): Estimate {
  const invalid = (field: string, reason: string, message: string): IpcError => ({
    code: "invalid_input",
    message: `\`${field}\`: ${message}`,
    field,
    reason,
  });
  if (input.children < 1) throw invalid("children", "no_children", "there must be at least 1 child");
  for (const id of ["a", "b"] as const) {
    for (const [name, value] of Object.entries(input.parents[id])) {
      if (typeof value !== "string") continue;
      const field = `parents.${id}.${name}`;
      if (/^-\d+(\.\d+)?$/.test(value)) throw invalid(field, "negative_amount", "must not be negative");
      if (!/^\d+(\.\d+)?$/.test(value)) throw invalid(field, "not_a_number", `\`${value}\` is not an amount`);
    }
  }
  return structuredClone(MOCK_ESTIMATE);
}

export const MOCK_ESTIMATE: Estimate = {
  payer: "b",
  amount: "375.00",
  per: "month",
  rules: { jurisdiction: "US-WI", effective: "2024-01-01", citation: "Wis. Admin. Code DCF 150" },
  worksheet: [
    { key: "wi-monthly-income", args: {}, line: "Monthly income", a: "2000.00", b: "3000.00", citation: "DCF 150.02(13)" },
    {
      key: "common-percentage-for-children",
      args: { children: "2" },
      line: "Percentage for 2 children",
      a: null,
      b: null,
      value: "25%",
      citation: "DCF 150.03(1)",
    },
    { key: "wi-overnights", args: {}, line: "Overnights a year", a: "219", b: "146", value: "365" },
    {
      key: "wi-offset",
      args: {},
      line: "Offset: the larger less the smaller",
      a: null,
      b: "375.00",
      citation: "DCF 150.035(1)(b)4",
    },
  ],
  notes: [
    {
      key: "wi-high-income",
      args: { parent: "b", limit: "7000.00", full: "750.00" },
      text: "Parent b's income is above 7000.00 a month, so the lower high-income percentages of DCF 150.04(5) are applied to the income above it; the court may instead apply the full percentage (750.00 a month for this parent before any shared-placement steps).",
    },
  ],
};

export interface MockBackendOptions {
  appInfo?: AppInfo;
  /** Saved settings; what is left out has its default. */
  settings?: Partial<Settings>;
  agency?: AgencyConnection;
  jurisdictions?: JurisdictionInfo[];
  /** The `estimate` answer, or a function that makes it; `MOCK_ESTIMATE` when left out. */
  estimate?: Estimate | MockEstimator;
  /** Make a method reject with this error instead of answering. */
  failures?: Partial<Record<MockCall["method"], IpcError>>;
}

/**
 * An in-memory backend with the same behaviour as the real one, for Vitest
 * and for the browser-only preview. Its state outlives a re-mounted UI, like
 * the real settings file does.
 */
export interface MockBackend extends Backend {
  readonly calls: MockCall[];
  setAgency(agency: AgencyConnection): void;
  /** Change how `estimate` answers from now on. */
  setEstimate(estimate: Estimate | MockEstimator): void;
  /** The cases `estimate` was sent, oldest first. */
  readonly estimates: Case[];
  fail(method: MockCall["method"], error: IpcError | undefined): void;
}

export const MOCK_AGENCY_NAME = "Demo State Child Support Agency";

export function createMockBackend(options: MockBackendOptions = {}): MockBackend {
  const info: AppInfo = options.appInfo ?? { name: "Child Support Self-Service", version: "0.1.0", mode: "home" };
  let settings: Settings = { language: null, estimate_jurisdiction: null, ...options.settings };
  const jurisdictions = options.jurisdictions ?? MOCK_JURISDICTIONS;
  let estimator: Estimate | MockEstimator = options.estimate ?? checkedEstimate;
  let agency: AgencyConnection = options.agency ?? {
    state: "connected",
    agency_name: MOCK_AGENCY_NAME,
    url: "http://127.0.0.1:8080",
  };
  const failures: Partial<Record<MockCall["method"], IpcError>> = { ...options.failures };
  const calls: MockCall[] = [];

  function answer<T>(call: MockCall, value: () => T): Promise<T> {
    calls.push(call);
    const failure = failures[call.method];
    if (failure) return Promise.reject({ ...failure });
    try {
      return Promise.resolve(value());
    } catch (thrown) {
      return Promise.reject(thrown);
    }
  }

  const estimates: Case[] = [];

  function estimate(input: Case): Promise<Estimate> {
    const sent = structuredClone(input);
    calls.push({ method: "estimate", case: sent });
    estimates.push(sent);
    const failure = failures.estimate;
    if (failure) return Promise.reject({ ...failure });
    const current = estimator;
    if (typeof current !== "function") return Promise.resolve(structuredClone(current));
    try {
      return Promise.resolve(current(structuredClone(sent)));
    } catch (thrown) {
      return Promise.reject(thrown);
    }
  }

  return {
    calls,
    estimates,
    setAgency(next) {
      agency = next;
    },
    setEstimate(next) {
      estimator = next;
    },
    fail(method, error) {
      failures[method] = error;
    },
    appInfo: () => answer({ method: "appInfo" }, () => ({ ...info })),
    settings: () => answer({ method: "settings" }, () => ({ ...settings })),
    setLanguage: (language) =>
      answer({ method: "setLanguage", language }, () => {
        settings = { ...settings, language };
        return { ...settings };
      }),
    agencyStatus: () => answer({ method: "agencyStatus" }, () => structuredClone(agency)),
    jurisdictions: () => answer({ method: "jurisdictions" }, () => structuredClone(jurisdictions)),
    setEstimateJurisdiction: (code) =>
      answer({ method: "setEstimateJurisdiction", code }, () => {
        if (!jurisdictions.some((info) => info.code === code)) {
          throw {
            code: "invalid_input",
            message: `\`${code}\` is not a state the calculator knows.`,
            field: "jurisdiction",
            reason: "unknown_jurisdiction",
          } satisfies IpcError;
        }
        settings = { ...settings, estimate_jurisdiction: code };
        return { ...settings };
      }),
    estimate,
  };
}
