import type { AgencyConnection } from "../bindings/AgencyConnection";
import type { NewModificationRequest } from "../bindings/agency/NewModificationRequest";
import type { ApplicationDraft } from "../bindings/ApplicationDraft";
import type { ApplicationForm } from "../bindings/ApplicationForm";
import type { CaseDetail } from "../bindings/agency/CaseDetail";
import type { Payment } from "../bindings/agency/Payment";
import type { Me } from "../bindings/agency/Me";
import type { AppInfo } from "../bindings/AppInfo";
import type { BackendEvent } from "../bindings/BackendEvent";
import type { Case } from "../bindings/Case";
import type { CaseOverview } from "../bindings/CaseOverview";
import type { Estimate } from "../bindings/Estimate";
import type { FieldIssue } from "../bindings/FieldIssue";
import type { JurisdictionInfo } from "../bindings/JurisdictionInfo";
import type { IpcError } from "../bindings/IpcError";
import type { Language } from "../bindings/Language";
import type { ModificationAnswer } from "../bindings/ModificationAnswer";
import type { ModificationQuestion } from "../bindings/ModificationQuestion";
import type { OutboxItem } from "../bindings/OutboxItem";
import type { PaymentsPosted } from "../bindings/PaymentsPosted";
import type { PaymentsView } from "../bindings/PaymentsView";
import type { Projection } from "../bindings/Projection";
import type { SessionState } from "../bindings/SessionState";
import type { Settings } from "../bindings/Settings";
import type { Submissions } from "../bindings/Submissions";
import type { SyncStatus } from "../bindings/SyncStatus";
import type { Backend } from "./backend";
import { MOCK_CASES, MOCK_PARTICIPANT, MOCK_PAYMENTS } from "./mockAccount";
import { checkApplicationForm, receivedApplication, receivedModificationRequest } from "./mockApplication";
import { checkModification, type MockModificationCheck } from "./mockModification";
import { auditStatement, fromCents, projectPayoff, toCents, workStatement } from "./mockLedger";

export { MOCK_CASES, MOCK_OFFICE_NAME, MOCK_OUTBOX, MOCK_PARTICIPANT, MOCK_PAYMENTS } from "./mockAccount";

export type MockCall =
  | { method: "appInfo" }
  | { method: "settings" }
  | { method: "setLanguage"; language: Language }
  | { method: "agencyStatus" }
  | { method: "jurisdictions" }
  | { method: "setEstimateJurisdiction"; code: string }
  | { method: "setPaymentNotifications"; on: boolean }
  | { method: "estimate"; case: Case }
  | { method: "session" }
  | { method: "signIn" }
  | { method: "cancelSignIn" }
  | { method: "signOut" }
  | { method: "caseOverview" }
  | { method: "syncNow" }
  | { method: "outbox" }
  | { method: "retryOutboxItem"; id: string }
  | { method: "resetStore" }
  | { method: "paymentsView"; caseId: string }
  | { method: "payoff"; caseId: string; monthlyPayment: string }
  | { method: "checkApplication"; form: ApplicationForm }
  | { method: "applicationDraft" }
  | { method: "saveApplicationDraft"; draft: ApplicationDraft }
  | { method: "discardApplicationDraft" }
  | { method: "submitApplication"; form: ApplicationForm }
  | { method: "submissions" }
  | { method: "submitModificationRequest"; caseId: string; request: NewModificationRequest }
  | { method: "modificationCheck"; question: ModificationQuestion };

/** How the mock answers `estimate`: a value, or a function of the case (which may throw an IpcError). */
export type MockEstimator = (input: Case) => Estimate | Promise<Estimate>;

/** How the mock answers `paymentsView` instead of working the saved copy: a value, or a function of the case id (which may throw an IpcError). */
export type MockPaymentsView = (caseId: string) => PaymentsView;
/** How the mock answers `payoff` for an amount it accepts: a function of the case id and the amount (which may throw an IpcError). */
export type MockPayoff = (caseId: string, monthlyPayment: string) => Projection;

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
  /**
   * The `modificationCheck` answer, or a function that makes it; when left
   * out, the mock's own simplified rules over the saved cases (`mockModification.ts`).
   */
  modificationCheck?: ModificationAnswer | MockModificationCheck;
  /** Make a method reject with this error instead of answering. */
  failures?: Partial<Record<MockCall["method"], IpcError>>;

  /** Who is signed in at start; signed out when left out. */
  session?: SessionState;
  /** Who a sign-in signs in: `MOCK_PARTICIPANT` when left out. */
  participant?: Me;
  /** Whether a sign-in is remembered after the app closes (default true). */
  remembered?: boolean;
  /** `auto` (default): a sign-in finishes by itself after `stepMs`; `manual`: it waits for `completeSignIn()`, `failSignIn()` or `cancelSignIn()`. */
  signIn?: "auto" | "manual";
  /** What the agency holds, which a sync fetches: `MOCK_CASES` when left out. */
  agencyCases?: CaseDetail[];
  /** Each case's payments as the agency holds them, which a sync fetches: `MOCK_PAYMENTS` when left out. */
  agencyPayments?: Record<string, Payment[]>;
  /**
   * The app's saved copy at start: no cases, never fetched, when left out.
   * Its payments are the agency's for the saved cases unless given.
   */
  saved?: { cases: CaseDetail[]; as_of: string | null; payments?: Record<string, Payment[]> };
  /** Answer `paymentsView` with this instead of working the saved copy (see `MockPaymentsView`). */
  paymentsView?: PaymentsView | MockPaymentsView;
  /** Answer `payoff` (for an amount it accepts) with this instead of projecting the saved copy. */
  payoff?: Projection | MockPayoff;
  /** The sync status at start: idle as of `saved.as_of` when left out. */
  sync?: SyncStatus;
  /** Whether `caseOverview()` starts a sync by itself when the saved copy is stale (default false; `syncNow()` always does). */
  autoSync?: boolean;
  /** How many steps a sync takes (default 3). */
  syncSteps?: number;
  /** If set, a sync ends with this error: `offline` for `agency_unreachable`, else `failed`. */
  syncError?: IpcError | null;
  outbox?: OutboxItem[];
  /** Whether the saved copy can't be read: the account methods reject with `store_damaged` until `resetStore()`. */
  storeDamaged?: boolean;
  /** The signed-in parent's application in progress at start: none when left out. */
  applicationDraft?: ApplicationDraft | null;
  /**
   * The parent's applications and modification requests, as the agency holds
   * them and as the app saved them at start: none, never fetched, when left out.
   */
  submissions?: Submissions;
  /**
   * `auto` (default): a new submission is sent by itself, `stepMs` later
   * (delivered, or queued again when the agency can't be reached); `manual`:
   * it stays queued until `deliverOutboxItem()` or `failOutboxItem()`.
   */
  delivery?: "auto" | "manual";
  /** Milliseconds between the steps of a sign-in, a sync or a send (default 0). */
  stepMs?: number;
  /** The clock, for `as_of`, `retry_at` and staleness. */
  now?: () => Date;
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

  /** Pushes an event to every listener, as the backend would, and keeps its value as the mock's state. */
  emit(event: BackendEvent): void;
  /** `emit` of a `session` event. */
  setSession(session: SessionState): void;
  /** `emit` of a `sync` event. */
  setSync(sync: SyncStatus): void;
  /** `emit` of an `outbox` event. */
  setOutbox(items: OutboxItem[]): void;
  /**
   * `emit` of a `payments_posted` event: `count` new payments on a case, as
   * after a sync that found them. (A sync the mock runs pushes one by itself
   * for each case that gained payments it already held some of.)
   */
  postPayments(caseId: string, count: number): void;
  /** Finishes a sign-in under way (`signIn: "manual"`). */
  completeSignIn(): void;
  /** Makes a sign-in under way reject with this error. */
  failSignIn(error: IpcError): void;
  /** Changes what the agency holds; the next sync fetches it. */
  setAgencyCases(cases: CaseDetail[]): void;
  /** Changes the app's saved copy (without an event, like a write the UI hasn't asked about yet). */
  setSaved(saved: { cases: CaseDetail[]; as_of: string | null; payments?: Record<string, Payment[]> }): void;
  /** Changes the payments the agency holds; the next sync fetches them. */
  setAgencyPayments(payments: Record<string, Payment[]>): void;
  /** Changes how `paymentsView` answers from now on (`undefined`: work the saved copy). */
  setPaymentsView(view: PaymentsView | MockPaymentsView | undefined): void;
  /** Changes how `payoff` answers from now on (`undefined`: project the saved copy). */
  setPayoff(payoff: Projection | MockPayoff | undefined): void;
  /** How the next syncs end: with this error, or fine (`null`). */
  setSyncError(error: IpcError | null): void;
  setStoreDamaged(damaged: boolean): void;
  /**
   * Delivers an outbox item now: an application gets its number (`AP-000001`)
   * as the receipt and the agency records it as received; a sync follows,
   * which brings it into `submissions()`.
   */
  deliverOutboxItem(id: string): void;
  /** Makes an outbox item fail with this error, as when the agency refuses it. */
  failOutboxItem(id: string, error: IpcError): void;
  /** Changes the parent's submissions, both the agency's and the app's saved copy (without an event). */
  setSubmissions(submissions: Submissions): void;
  /** Change how `modificationCheck` answers from now on (`undefined`: the mock's own rules). */
  setModificationCheck(check: ModificationAnswer | MockModificationCheck | undefined): void;
  /** How many `onEvent` listeners are subscribed. */
  readonly listenerCount: number;
}

/** A saved copy older than this is refreshed by `caseOverview()` when `autoSync` is on. */
export const MOCK_FRESH_MS = 5 * 60_000;
/** How long the mock waits before resending a submission the agency couldn't take. */
export const MOCK_RETRY_MS = 5 * 60_000;

export const MOCK_AGENCY_NAME = "Demo State Child Support Agency";

/** The payments of these cases, from what the agency holds. */
function paymentsOf(payments: Record<string, Payment[]>, cases: CaseDetail[]): Record<string, Payment[]> {
  return Object.fromEntries(cases.map((detail) => [detail.id, structuredClone(payments[detail.id] ?? [])]));
}

export function createMockBackend(options: MockBackendOptions = {}): MockBackend {
  const info: AppInfo = options.appInfo ?? { name: "Child Support Self-Service", version: "0.1.0", mode: "home" };
  let settings: Settings = { language: null, estimate_jurisdiction: null, payment_notifications: false, ...options.settings };
  const jurisdictions = options.jurisdictions ?? MOCK_JURISDICTIONS;
  let estimator: Estimate | MockEstimator = options.estimate ?? checkedEstimate;
  let modificationChecker: ModificationAnswer | MockModificationCheck | undefined = options.modificationCheck;
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

  const now = options.now ?? (() => new Date());
  const stepMs = options.stepMs ?? 0;
  const syncSteps = Math.max(1, options.syncSteps ?? 3);
  const participant = options.participant ?? MOCK_PARTICIPANT;
  const remembered = options.remembered ?? true;
  const signInMode = options.signIn ?? "auto";
  const autoSync = options.autoSync ?? false;
  let session: SessionState = options.session ?? { state: "signed_out" };
  let agencyCases: CaseDetail[] = structuredClone(options.agencyCases ?? MOCK_CASES);
  let saved: CaseDetail[] = structuredClone(options.saved?.cases ?? []);
  let agencyPayments: Record<string, Payment[]> = structuredClone(options.agencyPayments ?? MOCK_PAYMENTS);
  let savedPayments: Record<string, Payment[]> = structuredClone(
    options.saved?.payments ?? paymentsOf(agencyPayments, options.saved?.cases ?? []),
  );
  let viewOverride: PaymentsView | MockPaymentsView | undefined = options.paymentsView;
  let payoffOverride: Projection | MockPayoff | undefined = options.payoff;
  let sync: SyncStatus = options.sync ?? idle(options.saved?.as_of ?? null);
  let syncError: IpcError | null = options.syncError ?? null;
  let outbox: OutboxItem[] = structuredClone(options.outbox ?? []);
  let storeDamaged = options.storeDamaged ?? false;
  let pendingSignIn: { resolve(state: SessionState): void; reject(error: IpcError): void } | null = null;
  // Bumped by sign-out and reset: a sync under way then stops.
  let generation = 0;
  let receipts = 0;
  let draft: ApplicationDraft | null = structuredClone(options.applicationDraft ?? null);
  const delivery = options.delivery ?? "auto";
  const emptySubmissions: Submissions = { applications: [], modification_requests: [], as_of: null };
  let savedSubmissions: Submissions = structuredClone(options.submissions ?? emptySubmissions);
  let agencySubmissions: Submissions = structuredClone(savedSubmissions);
  // What each submission made here carries, by outbox id, for its delivery.
  const payloads = new Map<string, { kind: "application"; form: ApplicationForm } | { kind: "modification_request"; request: NewModificationRequest; caseId: string }>();
  let applicationNumbers = 0;
  let requestNumbers = 0;
  let outboxIds = 0;
  const listeners = new Set<(event: BackendEvent) => void>();

  function idle(asOf: string | null): SyncStatus {
    return { phase: "idle", as_of: asOf, done: 0, total: 0, error: null };
  }

  function later(step: () => void): void {
    setTimeout(step, stepMs);
  }

  function emit(event: BackendEvent): void {
    if (event.kind === "session") session = structuredClone(event.value);
    if (event.kind === "sync") sync = structuredClone(event.value);
    if (event.kind === "outbox") outbox = structuredClone(event.value);
    for (const listener of [...listeners]) listener(structuredClone(event));
  }

  const setSession = (value: SessionState) => emit({ kind: "session", value });
  const setSync = (value: SyncStatus) => emit({ kind: "sync", value });
  const setOutbox = (value: OutboxItem[]) => emit({ kind: "outbox", value });
  const postPayments = (caseId: string, count: number) => emit({ kind: "payments_posted", value: { case_id: caseId, count } });

  /**
   * What a sync brought that wasn't there before, case by case, as the
   * backend pushes it: nothing for a case whose payments weren't held yet
   * (its history is not news).
   */
  function newlyPosted(before: Record<string, Payment[]>, after: Record<string, Payment[]>): PaymentsPosted[] {
    return Object.entries(after).flatMap(([caseId, payments]) => {
      const held = before[caseId];
      if (held === undefined) return [];
      const known = new Set(held.map((payment) => payment.id));
      const count = payments.filter((payment) => !known.has(payment.id)).length;
      return count > 0 ? [{ case_id: caseId, count }] : [];
    });
  }

  /** Rejects like the backend when no one is signed in or the saved copy is damaged. */
  function requireAccount(): void {
    if (session.state !== "signed_in") {
      throw { code: "not_signed_in", message: "Sign in first." } satisfies IpcError;
    }
    if (storeDamaged) {
      throw { code: "store_damaged", message: "The saved copy of the agency's data can't be read." } satisfies IpcError;
    }
  }

  function unreachable(): IpcError | null {
    return agency.state === "connected" ? null : { code: "agency_unreachable", message: "The agency could not be reached." };
  }

  function finishSignIn(outcome: { state: SessionState } | { error: IpcError }): void {
    const pending = pendingSignIn;
    if (!pending) return;
    pendingSignIn = null;
    if ("error" in outcome) {
      setSession({ state: "signed_out" });
      pending.reject({ ...outcome.error });
    } else {
      setSession(outcome.state);
      pending.resolve(structuredClone(outcome.state));
    }
  }

  function signIn(): Promise<SessionState> {
    calls.push({ method: "signIn" });
    const failure = failures.signIn;
    if (failure) return Promise.reject({ ...failure });
    if (session.state === "signed_in") return Promise.resolve(structuredClone(session));
    finishSignIn({ error: { code: "sign_in_cancelled", message: "A new sign-in was started." } });
    const answer = new Promise<SessionState>((resolve, reject) => {
      pendingSignIn = { resolve, reject };
    });
    setSession({ state: "signing_in" });
    if (signInMode === "auto") later(completeSignIn);
    return answer;
  }

  function completeSignIn(): void {
    finishSignIn({ state: { state: "signed_in", participant: structuredClone(participant), remembered } });
  }

  /** Runs a sync in `syncSteps` steps, pushing a `sync` event at each. */
  function startSync(): void {
    if (sync.phase === "syncing") return;
    const started = generation;
    const total = syncSteps;
    setSync({ phase: "syncing", as_of: sync.as_of, done: 0, total, error: null });
    const step = (done: number) => {
      if (generation !== started || session.state !== "signed_in") return;
      if (done < total) {
        setSync({ phase: "syncing", as_of: sync.as_of, done, total, error: null });
        later(() => step(done + 1));
        return;
      }
      const error = unreachable() ?? syncError;
      if (error) {
        const phase = error.code === "agency_unreachable" ? "offline" : "failed";
        setSync({ phase, as_of: sync.as_of, done: 0, total: 0, error: { ...error } });
      } else {
        const before = savedPayments;
        saved = structuredClone(agencyCases);
        savedPayments = paymentsOf(agencyPayments, agencyCases);
        const asOf = now().toISOString();
        savedSubmissions = { ...structuredClone(agencySubmissions), as_of: asOf };
        for (const posted of newlyPosted(before, savedPayments)) postPayments(posted.case_id, posted.count);
        setSync(idle(asOf));
      }
    };
    later(() => step(1));
  }

  function stale(): boolean {
    if (sync.phase === "syncing") return false;
    if (sync.as_of === null || sync.phase !== "idle") return true;
    return now().getTime() - new Date(sync.as_of).getTime() > MOCK_FRESH_MS;
  }

  function retryOutboxItem(id: string): Promise<OutboxItem> {
    return answer({ method: "retryOutboxItem", id }, () => {
      requireAccount();
      const item = outbox.find((candidate) => candidate.id === id);
      if (!item) {
        throw { code: "invalid_input", message: `No submission \`${id}\`.`, field: "id", reason: "unknown_outbox_item" } satisfies IpcError;
      }
      if (item.state.state === "delivered" || item.state.state === "sending") return structuredClone(item);
      return send(item);
    });
  }

  function replaceItem(next: OutboxItem): void {
    setOutbox(outbox.map((candidate) => (candidate.id === next.id ? next : candidate)));
  }

  /** Sends an item: `sending` at once, then delivered, or queued again when the agency can't be reached. */
  function send(item: OutboxItem): OutboxItem {
    const sending: OutboxItem = { ...structuredClone(item), attempts: item.attempts + 1, state: { state: "sending" } };
    replaceItem(sending);
    later(() => {
      if (!outbox.some((candidate) => candidate.id === item.id && candidate.state.state === "sending")) return;
      const error = unreachable();
      if (error) {
        const retryAt = new Date(now().getTime() + MOCK_RETRY_MS).toISOString();
        replaceItem({ ...sending, state: { state: "queued", retry_at: retryAt, error } });
      } else {
        deliverOutboxItem(item.id);
      }
    });
    return structuredClone(sending);
  }

  const number = (prefix: string, n: number) => `${prefix}-${String(n).padStart(6, "0")}`;

  function deliverOutboxItem(id: string): void {
    const item = outbox.find((candidate) => candidate.id === id);
    if (!item || item.state.state === "delivered") return;
    const at = now();
    const payload = payloads.get(id);
    let receipt: string;
    if (payload?.kind === "application") {
      applicationNumbers += 1;
      receipt = number("AP", applicationNumbers);
      agencySubmissions.applications.push(receivedApplication(receipt, payload.form, at));
    } else if (payload?.kind === "modification_request") {
      requestNumbers += 1;
      receipt = number("MR", requestNumbers);
      agencySubmissions.modification_requests.push(receivedModificationRequest(receipt, payload.caseId, payload.request, at));
    } else {
      receipts += 1;
      receipt = number("R", receipts);
    }
    replaceItem({ ...structuredClone(item), state: { state: "delivered", receipt, at: at.toISOString() } });
    // The backend syncs after a delivery, which brings the new submission into `submissions()`.
    if (payload && session.state === "signed_in" && !storeDamaged) startSync();
  }

  /** Saves a new submission to the outbox, queued, and sends it unless delivery is manual. */
  function enqueue(kind: OutboxItem["kind"], caseId: string | null, payload: NonNullable<ReturnType<typeof payloads.get>>): OutboxItem {
    outboxIds += 1;
    const item: OutboxItem = {
      id: `OB-N${outboxIds}`,
      kind,
      case_id: caseId,
      created_at: now().toISOString(),
      attempts: 0,
      state: { state: "queued", retry_at: null, error: null },
      upload: null,
    };
    payloads.set(item.id, payload);
    setOutbox([item, ...outbox]);
    if (delivery === "auto") {
      later(() => {
        const current = outbox.find((candidate) => candidate.id === item.id);
        if (current?.state.state === "queued") send(current);
      });
    }
    return structuredClone(item);
  }

  function invalidApplication(issues: FieldIssue[]): IpcError | null {
    const first = issues[0];
    if (!first) return null;
    return {
      code: "invalid_input",
      message: "Some answers need another look before the application can be sent.",
      field: first.field,
      reason: first.problem,
    };
  }

  /** The saved case's view, worked by the mock ledger through the agency's `as_of` (so it doesn't move with the clock). */
  function workView(caseId: string): PaymentsView {
    requireAccount();
    const current = viewOverride;
    if (current !== undefined) return structuredClone(typeof current === "function" ? current(caseId) : current);
    const detail = saved.find((candidate) => candidate.id === caseId);
    if (!detail) {
      throw {
        code: "invalid_input",
        message: `Case ${caseId} is not one of yours, or has not been downloaded yet.`,
      } satisfies IpcError;
    }
    const payments = structuredClone(savedPayments[caseId] ?? []).sort(
      (a, b) => b.received_on.localeCompare(a.received_on) || b.id.localeCompare(a.id),
    );
    const through = detail.balances.as_of;
    const worked = workStatement(detail, payments, through);
    // The agency's balance is everything owed: this month's support still due as well as the arrears.
    const owed = fromCents(toCents(detail.balances.current_support_due) + toCents(detail.balances.arrears));
    return {
      case: structuredClone(detail),
      payments,
      statement: worked.statement,
      audit: worked.statement ? auditStatement(worked.statement, owed, through) : null,
      ledger_error: worked.error,
      sync: structuredClone(sync),
    };
  }

  function payoff(caseId: string, monthlyPayment: string): Promise<Projection> {
    return answer({ method: "payoff", caseId, monthlyPayment }, () => {
      const amount = monthlyPayment.trim();
      if (!/^\d+(\.\d{1,2})?$/.test(amount) || toCents(amount) <= 0) {
        throw {
          code: "invalid_input",
          message: "Enter a monthly amount in dollars and cents, more than zero.",
          field: "monthly_payment",
          reason: "invalid_amount",
        } satisfies IpcError;
      }
      const current = payoffOverride;
      if (current !== undefined) {
        requireAccount();
        return structuredClone(typeof current === "function" ? current(caseId, amount) : current);
      }
      const view = workView(caseId);
      if (view.statement) return projectPayoff(view.statement, toCents(amount));
      throw view.ledger_error ?? ({ code: "invalid_input", message: "This case has no support order to plan against." } satisfies IpcError);
    });
  }

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
    get listenerCount() {
      return listeners.size;
    },
    emit,
    setSession,
    setSync,
    setOutbox,
    postPayments,
    completeSignIn,
    failSignIn(error) {
      finishSignIn({ error });
    },
    setAgencyCases(cases) {
      agencyCases = structuredClone(cases);
    },
    setSaved(next) {
      saved = structuredClone(next.cases);
      savedPayments = structuredClone(next.payments ?? paymentsOf(agencyPayments, next.cases));
      sync = { ...sync, as_of: next.as_of };
    },
    setAgencyPayments(payments) {
      agencyPayments = structuredClone(payments);
    },
    setPaymentsView(view) {
      viewOverride = view;
    },
    setPayoff(next) {
      payoffOverride = next;
    },
    setSyncError(error) {
      syncError = error;
    },
    setStoreDamaged(damaged) {
      storeDamaged = damaged;
    },
    deliverOutboxItem,
    failOutboxItem(id, error) {
      const item = outbox.find((candidate) => candidate.id === id);
      if (item) replaceItem({ ...structuredClone(item), state: { state: "failed", error: { ...error } } });
    },
    setSubmissions(next) {
      savedSubmissions = structuredClone(next);
      agencySubmissions = structuredClone(next);
    },
    setAgency(next) {
      agency = next;
    },
    setEstimate(next) {
      estimator = next;
    },
    setModificationCheck(next) {
      modificationChecker = next;
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
    setPaymentNotifications: (on) =>
      answer({ method: "setPaymentNotifications", on }, () => {
        settings = { ...settings, payment_notifications: on };
        return { ...settings };
      }),
    estimate,
    session: () => answer({ method: "session" }, () => structuredClone(session)),
    signIn,
    cancelSignIn: () =>
      answer({ method: "cancelSignIn" }, () => {
        finishSignIn({ error: { code: "sign_in_cancelled", message: "The sign-in was cancelled." } });
      }),
    signOut: () =>
      answer({ method: "signOut" }, () => {
        generation += 1;
        finishSignIn({ error: { code: "sign_in_cancelled", message: "The parent signed out." } });
        saved = [];
        savedPayments = {};
        savedSubmissions = structuredClone(emptySubmissions);
        sync = idle(null);
        setSession({ state: "signed_out" });
        return structuredClone(session);
      }),
    caseOverview: () =>
      answer({ method: "caseOverview" }, (): CaseOverview => {
        requireAccount();
        const overview = { cases: structuredClone(saved), sync: structuredClone(sync) };
        if (autoSync && stale()) {
          later(() => {
            if (session.state === "signed_in" && !storeDamaged) startSync();
          });
        }
        return overview;
      }),
    syncNow: () =>
      answer({ method: "syncNow" }, () => {
        requireAccount();
        startSync();
        return structuredClone(sync);
      }),
    outbox: () =>
      answer({ method: "outbox" }, () => {
        requireAccount();
        return structuredClone(outbox);
      }),
    retryOutboxItem,
    resetStore: () =>
      answer({ method: "resetStore" }, () => {
        generation += 1;
        storeDamaged = false;
        saved = [];
        savedPayments = {};
        savedSubmissions = structuredClone(emptySubmissions);
        draft = null;
        sync = idle(null);
        if (session.state === "signed_in") later(startSync);
      }),
    paymentsView: (caseId) => answer({ method: "paymentsView", caseId }, () => workView(caseId)),
    payoff,
    checkApplication: (form) =>
      answer({ method: "checkApplication", form: structuredClone(form) }, () => checkApplicationForm(form, now())),
    applicationDraft: () =>
      answer({ method: "applicationDraft" }, () => {
        requireAccount();
        return structuredClone(draft);
      }),
    saveApplicationDraft: (next) =>
      answer({ method: "saveApplicationDraft", draft: structuredClone(next) }, () => {
        requireAccount();
        draft = { ...structuredClone(next), saved_at: now().toISOString().replace(/\.\d{3}Z$/, "Z") };
        return structuredClone(draft);
      }),
    discardApplicationDraft: () =>
      answer({ method: "discardApplicationDraft" }, () => {
        requireAccount();
        draft = null;
      }),
    submitApplication: (form) =>
      answer({ method: "submitApplication", form: structuredClone(form) }, () => {
        requireAccount();
        const invalid = invalidApplication(checkApplicationForm(form, now()));
        if (invalid) throw invalid;
        draft = null;
        return enqueue("application", null, { kind: "application", form: structuredClone(form) });
      }),
    submissions: () =>
      answer({ method: "submissions" }, () => {
        requireAccount();
        return structuredClone(savedSubmissions);
      }),
    submitModificationRequest: (caseId, request) =>
      answer({ method: "submitModificationRequest", caseId, request: structuredClone(request) }, () => {
        requireAccount();
        if (!saved.some((detail) => detail.id === caseId)) {
          throw { code: "invalid_input", message: `Case ${caseId} is not one of yours.`, field: "case_id", reason: "unknown_case" } satisfies IpcError;
        }
        if (request.details.trim() === "" || [...request.details].length > 2000) {
          throw {
            code: "invalid_input",
            message: "Say what changed, in at most 2,000 characters.",
            field: "details",
            reason: request.details.trim() === "" ? "required" : "too_long",
          } satisfies IpcError;
        }
        return enqueue("modification_request", caseId, { kind: "modification_request", request: structuredClone(request), caseId });
      }),
    modificationCheck(question) {
      const sent = structuredClone(question);
      calls.push({ method: "modificationCheck", question: sent });
      const failure = failures.modificationCheck;
      if (failure) return Promise.reject({ ...failure });
      try {
        requireAccount();
        const current = modificationChecker;
        if (current === undefined) return Promise.resolve(checkModification(saved, sent, now()));
        if (typeof current !== "function") return Promise.resolve(structuredClone(current));
        return Promise.resolve(current(structuredClone(sent)));
      } catch (thrown) {
        return Promise.reject(thrown);
      }
    },
    onEvent(listener) {
      const subscribed = (event: BackendEvent) => listener(event);
      listeners.add(subscribed);
      return () => {
        listeners.delete(subscribed);
      };
    },
  };
}
