import type { AgencyConnection } from "../bindings/AgencyConnection";
import type { Appointment } from "../bindings/agency/Appointment";
import type { Slot } from "../bindings/agency/Slot";
import type { CaseAppointments } from "../bindings/CaseAppointments";
import type { NewModificationRequest } from "../bindings/agency/NewModificationRequest";
import type { ApplicationDraft } from "../bindings/ApplicationDraft";
import type { ApplicationForm } from "../bindings/ApplicationForm";
import type { CaseDetail } from "../bindings/agency/CaseDetail";
import type { Document } from "../bindings/agency/Document";
import type { DocumentType } from "../bindings/agency/DocumentType";
import type { UploadPolicy } from "../bindings/agency/UploadPolicy";
import type { Payment } from "../bindings/agency/Payment";
import type { Me } from "../bindings/agency/Me";
import type { AppInfo } from "../bindings/AppInfo";
import type { BackendEvent } from "../bindings/BackendEvent";
import type { BootInfo } from "../bindings/BootInfo";
import type { Case } from "../bindings/Case";
import type { CaseDocuments } from "../bindings/CaseDocuments";
import type { CaseHowToPay } from "../bindings/CaseHowToPay";
import type { ContactForm } from "../bindings/ContactForm";
import type { ContactUpdates } from "../bindings/ContactUpdates";
import type { MessageDraft } from "../bindings/MessageDraft";
import type { MessageForm } from "../bindings/MessageForm";
import type { MessageInbox } from "../bindings/MessageInbox";
import type { PendingMessage } from "../bindings/PendingMessage";
import type { ThreadView } from "../bindings/ThreadView";
import type { ThreadDetail } from "../bindings/agency/ThreadDetail";
import type { ContactUpdate } from "../bindings/agency/ContactUpdate";
import type { ContactVisibility } from "../bindings/agency/ContactVisibility";
import type { PaymentOptions } from "../bindings/agency/PaymentOptions";
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
import type { PrintableDocument } from "../bindings/printable/PrintableDocument";
import type { Projection } from "../bindings/Projection";
import type { SessionState } from "../bindings/SessionState";
import type { Settings } from "../bindings/Settings";
import type { Submissions } from "../bindings/Submissions";
import type { SyncStatus } from "../bindings/SyncStatus";
import type { UploadProgress } from "../bindings/UploadProgress";
import type { UploadSummary } from "../bindings/UploadSummary";
import type { KioskSettings } from "../bindings/KioskSettings";
import type { VisitEnded } from "../bindings/VisitEnded";
import type { Backend, FileDropEvent } from "./backend";
import { MOCK_CASES, MOCK_DOCUMENTS, MOCK_PARTICIPANT, MOCK_PAYMENTS, MOCK_PICKED_FILE, MOCK_UPLOAD_POLICY } from "./mockAccount";
import { checkMessageForm, MockAgencyThreads, newFromAgency } from "./mockMessages";
import { checkContactForm, MOCK_PAYMENT_OPTIONS, mockHowToPay, receivedContactUpdate } from "./mockTalk";
import { checkApplicationForm, receivedApplication, receivedModificationRequest } from "./mockApplication";
import { checkModification, type MockModificationCheck } from "./mockModification";
import { auditStatement, fromCents, projectPayoff, toCents, workStatement } from "./mockLedger";
import { MOCK_FILE_SIZE, prepareMockFile, receivedDocument } from "./mockUploads";
import { bookedFrom, mockHearing, mockSlots } from "./mockAppointments";

export {
  MOCK_CASES,
  MOCK_DOCUMENTS,
  MOCK_OFFICE_NAME,
  MOCK_OUTBOX,
  MOCK_PARTICIPANT,
  MOCK_PAYMENTS,
  MOCK_PICKED_FILE,
  MOCK_UPLOAD_POLICY,
} from "./mockAccount";
export { MOCK_FILE_SIZE } from "./mockUploads";
export { MOCK_PAYMENT_OPTIONS } from "./mockTalk";

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
  | { method: "submitModificationRequest"; caseId: string; request: NewModificationRequest; attachments?: string[] }
  | { method: "modificationCheck"; question: ModificationQuestion }
  | { method: "pickDocument"; title: string; filterName: string }
  | { method: "saveCsv"; text: string; fileName: string; title: string }
  | { method: "saveStatementPdf"; document: PrintableDocument; fileName: string; title: string }
  | { method: "addDocument"; caseId: string; path: string; documentType: DocumentType; replaces: string | null }
  | { method: "caseDocuments"; caseId: string }
  | { method: "pauseUpload"; id: string }
  | { method: "resumeUpload"; id: string }
  | { method: "cancelUpload"; id: string }
  | { method: "endVisit" }
  | { method: "printReceipt" }
  | { method: "howToPay"; caseId: string }
  | { method: "openPaymentSite"; caseId: string }
  | { method: "checkContactUpdate"; form: ContactForm }
  | { method: "submitContactUpdate"; form: ContactForm }
  | { method: "contactUpdates" }
  | { method: "checkMessage"; form: MessageForm; threadId: string | null }
  | { method: "messageInbox" }
  | { method: "messageThread"; caseId: string; threadId: string }
  | { method: "messageDraft"; caseId: string; threadId: string | null }
  | { method: "saveMessageDraft"; caseId: string; threadId: string | null; form: MessageForm }
  | { method: "discardMessageDraft"; caseId: string; threadId: string | null }
  | { method: "sendMessage"; caseId: string; threadId: string | null; form: MessageForm }
  | { method: "markThreadRead"; caseId: string; threadId: string }
  | { method: "setMessageNotifications"; on: boolean }
  | { method: "appointments"; caseId: string }
  | { method: "appointmentSlots"; caseId: string }
  | { method: "bookAppointment"; caseId: string; slotId: string; idempotencyKey: string }
  | { method: "cancelAppointment"; caseId: string; appointmentId: string; idempotencyKey: string }
  | { method: "saveAppointmentIcs"; caseId: string; appointmentId: string; language: Language; fileName: string; title: string }
  | { method: "setAppointmentReminders"; on: boolean };

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
  /** What `bootInfo` gives, as the shell would with the page; none when left out. */
  bootInfo?: BootInfo;
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
   * Its payments and documents are the agency's for the saved cases unless given.
   */
  saved?: MockSaved;
  /** Each case's documents as the agency holds them, which a sync fetches: `MOCK_DOCUMENTS` when left out. */
  documents?: Record<string, Document[]>;
  /** What the agency takes as uploads: `MOCK_UPLOAD_POLICY` when left out; null while not known. */
  uploadPolicy?: UploadPolicy | null;
  /** What the file dialog answers: a path (`MOCK_PICKED_FILE` when left out), null when closed, or a function that says. */
  pickDocument?: MockPick;
  /**
   * Where the save dialog saves: a path, null when the parent closes it, or a
   * function of the suggested file name that says; `MOCK_SAVE_FOLDER` and the
   * suggested name when left out.
   */
  saveTo?: MockSave;
  /** The size in bytes of files the parent may choose, by path; any other is `MOCK_FILE_SIZE`. */
  files?: Record<string, number>;
  /** How many steps an upload sent by itself takes (default 4), `stepMs` apart. */
  uploadSteps?: number;
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
  /**
   * How long `endVisit` waits for the visitor's submissions to be delivered
   * before it counts the rest as unsent (default a minute, like the shell).
   */
  visitWaitMs?: number;
  /** The clock, for `as_of`, `retry_at` and staleness. */
  now?: () => Date;
  /** The agency's payment options (`howToPay`): `MOCK_PAYMENT_OPTIONS` when left out. */
  paymentOptions?: PaymentOptions;
  /** The parent's contact updates as the agency holds them (none when left out). */
  contactUpdates?: ContactUpdate[];
  /** The cases (ids) with the family-violence indicator: the other parent sees nothing of the parent there. */
  familyViolenceCases?: string[];
  /**
   * The parent's message threads as the agency holds them (none when left
   * out). The app's saved copy starts as the same when `saved` is given,
   * else it is fetched by the first sync.
   */
  threads?: ThreadDetail[];
  /** The parent's messages in progress, by `caseId/threadId` (`caseId/new` for a new thread). */
  messageDrafts?: Record<string, MessageDraft>;
  /** The parent's appointments as the agency holds them: the demo's court hearing on the first case when left out. */
  appointments?: Appointment[];
  /** The open slots the agency offers: six on the next weekdays (`mockSlots`) when left out. */
  slots?: Slot[];
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
  setSaved(saved: MockSaved): void;
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
  /** The caseworker answers in a thread (as the operator's `reply-message`); the next sync brings it. */
  agencyReply(threadId: string, body: string): void;
  /** The agency's threads as they stand (a copy). */
  readonly agencyThreads: ThreadDetail[];
  /** How many `onEvent` listeners are subscribed. */
  readonly listenerCount: number;

  /** Changes what the file dialog answers from now on. */
  setPickedFile(pick: MockPick): void;
  /** Changes where the save dialog saves from now on. */
  setSaveTo(save: MockSave): void;
  /** The files `saveCsv` and `saveStatementPdf` wrote, oldest first. */
  readonly savedFiles: MockSavedFile[];
  /** Says how big the file at `path` is (bytes). */
  setFile(path: string, size: number): void;
  /** Changes the documents the agency holds (say, after a review); the next sync fetches them. */
  setAgencyDocuments(documents: Record<string, Document[]>): void;
  /**
   * Moves an upload on to `sent` bytes, as the backend's worker would (for
   * `delivery: "manual"`): a queued item becomes `sending`, and watchers
   * hear its progress at `bytesPerSecond` (unmeasured when 0). Finish it
   * with `deliverOutboxItem`.
   */
  progressUpload(id: string, sent: number, bytesPerSecond?: number): void;
  /** Tells the `onFileDrop` listeners, as when the parent drags files over the window and drops them. */
  fileDrop(event: FileDropEvent): void;
  /** How many `watchUploads` and `onFileDrop` listeners are subscribed. */
  readonly watcherCount: { uploads: number; drops: number };
  /** Someone else books this slot at the agency (it is no longer open). */
  takeSlot(slotId: string): void;
  /** The appointments the agency holds now. */
  readonly agencyAppointments: Appointment[];
}

/** The app's saved copy of the agency's data. */
export interface MockSaved {
  cases: CaseDetail[];
  as_of: string | null;
  payments?: Record<string, Payment[]>;
  documents?: Record<string, Document[]>;
}

/** How the mock's file dialog answers: a path, null when the parent closed it, or a function that says. */
export type MockPick = string | null | (() => string | null | Promise<string | null>);

/** Where the mock's save dialog answers: a path, null when closed, or a function of the suggested file name that says. */
export type MockSave = string | null | ((fileName: string) => string | null | Promise<string | null>);

/** A file the mock "wrote" for the parent. */
export type MockSavedFile = { path: string; title: string } & (
  | { kind: "csv"; text: string }
  | { kind: "pdf"; document: PrintableDocument }
  | { kind: "ics"; caseId: string; appointmentId: string; language: Language }
);

/** The folder the mock's save dialog saves in unless told otherwise. */
export const MOCK_SAVE_FOLDER = "/home/maria/Documents";

/** A saved copy older than this is refreshed by `caseOverview()` when `autoSync` is on. */
export const MOCK_FRESH_MS = 5 * 60_000;
/** How long the mock waits before resending a submission the agency couldn't take. */
export const MOCK_RETRY_MS = 5 * 60_000;

export const MOCK_AGENCY_NAME = "Demo State Child Support Agency";

/** A kiosk's configuration, as the shell reads it from `kiosk.toml`. */
export const MOCK_KIOSK: KioskSettings = {
  office_name: "Demo County: Main Street office",
  office_id: "DC-01",
  idle_timeout_seconds: 120,
  warning_seconds: 30,
  languages: ["en", "es"],
  printing: false,
};

/** `appInfo` of a kiosk (`MOCK_KIOSK` with these changes). */
export function kioskInfo(kiosk: Partial<KioskSettings> = {}): AppInfo {
  return { name: "Child Support Self-Service", version: "0.1.0", mode: "kiosk", kiosk: { ...MOCK_KIOSK, ...kiosk } };
}

/** How long the shell's `end_visit` waits for the outbox. */
export const MOCK_VISIT_WAIT_MS = 60_000;

/** The payments of these cases, from what the agency holds. */
function paymentsOf(payments: Record<string, Payment[]>, cases: CaseDetail[]): Record<string, Payment[]> {
  return Object.fromEntries(cases.map((detail) => [detail.id, structuredClone(payments[detail.id] ?? [])]));
}

/** The documents of these cases, from what the agency holds. */
function documentsOf(documents: Record<string, Document[]>, cases: CaseDetail[]): Record<string, Document[]> {
  return Object.fromEntries(cases.map((detail) => [detail.id, structuredClone(documents[detail.id] ?? [])]));
}

/** What a submission made on the mock carries, for its delivery. */
type Payload =
  | { kind: "application"; form: ApplicationForm }
  | { kind: "modification_request"; request: NewModificationRequest; caseId: string; attachments: string[] }
  | { kind: "document_attachment" }
  | { kind: "contact_update"; form: ContactForm }
  | { kind: "message_thread"; caseId: string; subject: string; body: string; attachments: string[] }
  | { kind: "message_reply"; caseId: string; threadId: string; body: string; attachments: string[] };

export function createMockBackend(options: MockBackendOptions = {}): MockBackend {
  const info: AppInfo = options.appInfo ?? { name: "Child Support Self-Service", version: "0.1.0", mode: "home" };
  let settings: Settings = { language: null, estimate_jurisdiction: null, payment_notifications: false, message_notifications: false, appointment_reminders: false, ...options.settings };
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
  const paymentOptions: PaymentOptions = structuredClone(options.paymentOptions ?? MOCK_PAYMENT_OPTIONS);
  const agencyContactUpdates: ContactUpdate[] = structuredClone(options.contactUpdates ?? []);
  const familyViolence = new Set(options.familyViolenceCases ?? []);
  let contactNumbers = agencyContactUpdates.length;
  const agencyThreads = new MockAgencyThreads(options.threads ?? []);
  // The app's copy of the threads as of the last sync (null: never synced).
  let savedThreads: ThreadDetail[] | null = options.saved ? structuredClone(agencyThreads.threads) : null;
  const messageDrafts = new Map<string, MessageDraft>(Object.entries(structuredClone(options.messageDrafts ?? {})));

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
  const agencyAppointments: Appointment[] = structuredClone(
    options.appointments ?? (options.agencyCases ?? MOCK_CASES).slice(0, 1).map((detail) => mockHearing(now(), detail.id)),
  );
  let openSlots: Slot[] = structuredClone(options.slots ?? mockSlots(now()));
  const allSlots: Slot[] = structuredClone(openSlots);
  // The first answer to each idempotency key, as the agency keeps it.
  const answered = new Map<string, Appointment>();
  let appointmentNumbers = agencyAppointments.length;
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
  let agencyDocuments: Record<string, Document[]> = structuredClone(options.documents ?? MOCK_DOCUMENTS);
  let savedDocuments: Record<string, Document[]> = structuredClone(
    options.saved?.documents ?? documentsOf(agencyDocuments, options.saved?.cases ?? []),
  );
  const policy: UploadPolicy | null = options.uploadPolicy === undefined ? MOCK_UPLOAD_POLICY : options.uploadPolicy;
  let picked: MockPick = options.pickDocument === undefined ? MOCK_PICKED_FILE : options.pickDocument;
  let saveTo: MockSave = options.saveTo === undefined ? (fileName) => `${MOCK_SAVE_FOLDER}/${fileName}` : options.saveTo;
  const savedFiles: MockSavedFile[] = [];
  const files: Record<string, number> = { ...options.files };
  const uploadSteps = Math.max(1, options.uploadSteps ?? 4);
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
  const payloads = new Map<string, Payload>();
  let applicationNumbers = 0;
  let requestNumbers = 0;
  let documentNumbers = 0;
  let outboxIds = 0;
  let savedThreadsAsOf: string | null = options.saved?.as_of ?? null;
  const listeners = new Set<(event: BackendEvent) => void>();
  const progressListeners = new Set<(progress: UploadProgress) => void>();
  const dropListeners = new Set<(event: FileDropEvent) => void>();
  // Bumped when an upload is paused, cancelled or sent again: the steps of the run before stop.
  const uploadRuns = new Map<string, number>();
  // Requests whose attachments were all sent, already due to go.
  const woken = new Set<string>();

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

  /** The backend's answer to a booking or a cancellation while the agency can't be reached. */
  function needsConnection(what: string): IpcError {
    return {
      code: "agency_unreachable",
      message: `You need a connection to the agency to ${what}. Check your internet connection and try again.`,
      reason: "needs_connection",
    };
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
        savedDocuments = documentsOf(agencyDocuments, agencyCases);
        const asOf = now().toISOString();
        savedSubmissions = { ...structuredClone(agencySubmissions), as_of: asOf };
        const caseIds = new Set(agencyCases.map((detail) => detail.id));
        const threadsNow = structuredClone(agencyThreads.threads.filter((t) => caseIds.has(t.thread.case_id)));
        const arrived = newFromAgency(savedThreads, threadsNow);
        savedThreads = threadsNow;
        savedThreadsAsOf = asOf;
        if (arrived > 0) emit({ kind: "messages_arrived", value: { count: arrived } });
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

  /** Changes an item where it is, without an event (as the backend saves an upload's progress). */
  function updateQuietly(next: OutboxItem): void {
    outbox = outbox.map((candidate) => (candidate.id === next.id ? structuredClone(next) : candidate));
  }

  /** The uploads a request waits for, as they stand now (those cancelled are gone). */
  function attachmentsOf(id: string): OutboxItem[] {
    const payload = payloads.get(id);
    if (payload?.kind !== "modification_request" && payload?.kind !== "message_thread" && payload?.kind !== "message_reply") return [];
    return payload.attachments.flatMap((attachment) => outbox.filter((candidate) => candidate.id === attachment));
  }

  /** Whether a request still waits for one of its uploads, like the backend's worker. */
  function waiting(id: string): boolean {
    return attachmentsOf(id).some((upload) => ["queued", "sending", "paused"].includes(upload.state.state));
  }

  /** Sends the requests whose uploads are now all sent (or refused, or cancelled), unless delivery is manual. */
  function wakeWaiting(): void {
    if (delivery !== "auto") return;
    for (const item of outbox) {
      if (!["modification_request", "message_thread", "message_reply"].includes(item.kind) || item.state.state !== "queued" || woken.has(item.id)) continue;
      if (attachmentsOf(item.id).length === 0 || waiting(item.id)) continue;
      woken.add(item.id);
      later(() => {
        woken.delete(item.id);
        const current = outbox.find((candidate) => candidate.id === item.id);
        if (current?.state.state === "queued" && !waiting(item.id)) send(current);
      });
    }
  }

  /**
   * Sends an item: `sending` at once, then delivered, or queued again when
   * the agency can't be reached. A request waits for its uploads; one of
   * them refused fails it, as the backend does.
   */
  function send(item: OutboxItem): OutboxItem {
    if (item.kind === "document_attachment") return sendUpload(item);
    if (waiting(item.id)) return structuredClone(item);
    const sending: OutboxItem = { ...structuredClone(item), attempts: item.attempts + 1, state: { state: "sending" } };
    replaceItem(sending);
    later(() => {
      if (!outbox.some((candidate) => candidate.id === item.id && candidate.state.state === "sending")) return;
      const error = unreachable();
      if (error) {
        const retryAt = new Date(now().getTime() + MOCK_RETRY_MS).toISOString();
        replaceItem({ ...sending, state: { state: "queued", retry_at: retryAt, error } });
      } else if (attachmentsOf(item.id).some((upload) => upload.state.state === "failed")) {
        const refused: IpcError = {
          code: "agency_error",
          message: "One of the documents for this request was not accepted. Remove it or send it again, then try again.",
        };
        replaceItem({ ...sending, state: { state: "failed", error: refused } });
      } else {
        deliverOutboxItem(item.id);
      }
    });
    return structuredClone(sending);
  }

  function tellProgress(progress: UploadProgress): void {
    for (const listener of [...progressListeners]) listener({ ...progress });
  }

  /** Stops the steps of an upload under way (paused, cancelled, or about to be sent again). */
  function stopUpload(id: string): number {
    const run = (uploadRuns.get(id) ?? 0) + 1;
    uploadRuns.set(id, run);
    return run;
  }

  /**
   * Sends an upload by itself from where it stopped, in `uploadSteps` steps
   * `stepMs` apart, telling its progress at each, then delivers it; queued
   * again when the agency can't be reached.
   */
  function sendUpload(item: OutboxItem): OutboxItem {
    const run = stopUpload(item.id);
    const sending: OutboxItem = { ...structuredClone(item), attempts: item.attempts + 1, state: { state: "sending" } };
    replaceItem(sending);
    const total = item.upload?.size ?? 0;
    const chunk = Math.max(1, Math.ceil(total / uploadSteps));
    tellProgress({ item_id: item.id, sent: item.upload?.sent ?? 0, total, bytes_per_second: 0, seconds_left: null });
    const step = () => {
      const current = outbox.find((candidate) => candidate.id === item.id);
      if (!current?.upload || current.state.state !== "sending" || uploadRuns.get(item.id) !== run) return;
      const error = unreachable();
      if (error) {
        const retryAt = new Date(now().getTime() + MOCK_RETRY_MS).toISOString();
        replaceItem({ ...current, state: { state: "queued", retry_at: retryAt, error } });
        return;
      }
      const sent = Math.min(total, current.upload.sent + chunk);
      updateQuietly({ ...current, upload: { ...current.upload, sent } });
      const perSecond = stepMs > 0 ? Math.round((chunk * 1000) / stepMs) : chunk;
      tellProgress({ item_id: item.id, sent, total, bytes_per_second: perSecond, seconds_left: Math.ceil((total - sent) / perSecond) });
      if (sent >= total) deliverOutboxItem(item.id);
      else later(step);
    };
    later(step);
    return structuredClone(sending);
  }

  function progressUpload(id: string, sent: number, bytesPerSecond = 0): void {
    let item = outbox.find((candidate) => candidate.id === id);
    if (!item?.upload) return;
    if (item.state.state === "queued") {
      item = { ...item, attempts: item.attempts + 1, state: { state: "sending" } };
      replaceItem(item);
      // As the backend's worker does when it starts: where it starts from, not measured yet.
      tellProgress({ item_id: id, sent: item.upload?.sent ?? 0, total: item.upload?.size ?? 0, bytes_per_second: 0, seconds_left: null });
    }
    const upload = item.upload;
    if (!upload) return;
    const total = upload.size;
    const at = Math.max(0, Math.min(total, sent));
    updateQuietly({ ...item, upload: { ...upload, sent: at } });
    tellProgress({
      item_id: id,
      sent: at,
      total,
      bytes_per_second: bytesPerSecond,
      seconds_left: bytesPerSecond > 0 ? Math.ceil((total - at) / bytesPerSecond) : null,
    });
  }

  /** The upload `id`, if the parent can still act on it (not yet delivered), else the backend's refusal. */
  function pendingUpload(id: string): OutboxItem {
    const item = outbox.find((candidate) => candidate.id === id && candidate.kind === "document_attachment");
    if (!item || item.state.state === "delivered") {
      const message = `No upload \`${id}\` waiting to be sent.`;
      throw { code: "invalid_input", message, field: "id", reason: "unknown_outbox_item" } satisfies IpcError;
    }
    return item;
  }

  function pauseUpload(id: string): Promise<OutboxItem> {
    return answer({ method: "pauseUpload", id }, () => {
      requireAccount();
      const item = pendingUpload(id);
      if (item.state.state === "paused" || item.state.state === "failed") return structuredClone(item);
      stopUpload(id);
      const paused: OutboxItem = { ...structuredClone(item), state: { state: "paused" } };
      replaceItem(paused);
      return structuredClone(paused);
    });
  }

  function resumeUpload(id: string): Promise<OutboxItem> {
    return answer({ method: "resumeUpload", id }, () => {
      requireAccount();
      const item = pendingUpload(id);
      if (item.state.state !== "paused") return structuredClone(item);
      const queued: OutboxItem = { ...structuredClone(item), state: { state: "queued", retry_at: null, error: null } };
      replaceItem(queued);
      if (delivery === "auto") {
        later(() => {
          const current = outbox.find((candidate) => candidate.id === id);
          if (current?.state.state === "queued") send(current);
        });
      }
      return structuredClone(queued);
    });
  }

  function cancelUpload(id: string): Promise<void> {
    return answer({ method: "cancelUpload", id }, () => {
      requireAccount();
      pendingUpload(id);
      stopUpload(id);
      setOutbox(outbox.filter((candidate) => candidate.id !== id));
      // A request that waited only for this one goes without it.
      wakeWaiting();
    });
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
      // The documents of its uploads that were sent; one cancelled is left out.
      const documents = attachmentsOf(id).flatMap((upload) => (upload.state.state === "delivered" ? [upload.state.receipt] : []));
      const request = { ...payload.request, documents };
      agencySubmissions.modification_requests.push(receivedModificationRequest(receipt, payload.caseId, request, at));
    } else if (payload?.kind === "contact_update") {
      contactNumbers += 1;
      receipt = number("CU", contactNumbers);
      agencyContactUpdates.push(receivedContactUpdate(receipt, payload.form, contactVisibility(), at));
    } else if (payload?.kind === "message_thread" || payload?.kind === "message_reply") {
      const documents = attachmentsOf(id).flatMap((upload) => (upload.state.state === "delivered" ? [upload.state.receipt] : []));
      if (payload.kind === "message_thread") {
        const detail = agencyThreads.newThread(payload.caseId, payload.subject, payload.body, documents, at);
        receipt = detail.thread.id;
      } else {
        receipt = agencyThreads.add(payload.threadId, "parent", payload.body, documents, at);
      }
      // The backend keeps what the agency answered at once.
      const kept = agencyThreads.find(payload.kind === "message_thread" ? receipt : payload.threadId);
      if (kept) savedThreads = [...(savedThreads ?? []).filter((t) => t.thread.id !== kept.thread.id), structuredClone(kept)];
    } else if (item.kind === "document_attachment" && item.upload && item.case_id) {
      documentNumbers += 1;
      receipt = number("DOC", documentNumbers);
      const document = receivedDocument(receipt, item.case_id, item.upload, at);
      agencyDocuments = { ...agencyDocuments, [item.case_id]: [...(agencyDocuments[item.case_id] ?? []), document] };
    } else {
      receipts += 1;
      receipt = number("R", receipts);
    }
    const upload = item.upload ? { ...item.upload, sent: item.upload.size } : null;
    stopUpload(id);
    replaceItem({ ...structuredClone(item), upload, state: { state: "delivered", receipt, at: at.toISOString() } });
    wakeWaiting();
    // The backend syncs after a delivery, which brings the new submission into `submissions()` (a document into `caseDocuments()`).
    if (payload && session.state === "signed_in" && !storeDamaged) startSync();
  }

  /** Saves a new submission to the outbox, queued, and sends it unless delivery is manual. */
  /** Who can see the parent's details, per saved case. */
  function contactVisibility(): ContactVisibility[] {
    return saved.map((detail) => ({
      case_id: detail.id,
      family_violence: familyViolence.has(detail.id),
      other_parent_can_see: !familyViolence.has(detail.id),
    }));
  }

  const draftKey = (caseId: string, threadId: string | null) => `${caseId}/${threadId ?? "new"}`;

  /** The parent's messages not yet delivered: all, or the replies to one thread. */
  function pendingMessages(threadId: string | null): PendingMessage[] {
    return [...outbox]
      .reverse()
      .flatMap((item): PendingMessage[] => {
        const payload = payloads.get(item.id);
        if (item.state.state === "delivered" || (payload?.kind !== "message_thread" && payload?.kind !== "message_reply")) return [];
        const replyTo = payload.kind === "message_reply" ? payload.threadId : null;
        if (threadId !== null && replyTo !== threadId) return [];
        return [
          {
            id: item.id,
            case_id: payload.caseId,
            thread_id: replyTo,
            subject: payload.kind === "message_thread" ? payload.subject : null,
            body: payload.body,
            attachments: [...payload.attachments],
            created_at: item.created_at,
            state: structuredClone(item.state),
          },
        ];
      });
  }

  function threadView(caseId: string, threadId: string): ThreadView | null {
    const held = savedThreads?.find((t) => t.thread.id === threadId && t.thread.case_id === caseId);
    if (!held) return null;
    return { ...structuredClone(held), pending: pendingMessages(threadId) };
  }

  function enqueue(kind: OutboxItem["kind"], caseId: string | null, payload: Payload, upload: UploadSummary | null = null): OutboxItem {
    outboxIds += 1;
    const item: OutboxItem = {
      id: `OB-N${outboxIds}`,
      kind,
      case_id: caseId,
      created_at: now().toISOString(),
      attempts: 0,
      state: { state: "queued", retry_at: null, error: null },
      upload,
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

  function submitModificationRequest(caseId: string, request: NewModificationRequest, attachments?: string[]): Promise<OutboxItem> {
    const call: MockCall = { method: "submitModificationRequest", caseId, request: structuredClone(request) };
    if (attachments !== undefined) call.attachments = [...attachments];
    return answer(call, () => {
      requireAccount();
      if (!saved.some((detail) => detail.id === caseId)) {
        throw { code: "invalid_input", message: `Case ${caseId} is not one of yours.`, field: "case_id", reason: "unknown_case" } satisfies IpcError;
      }
      const details = request.details.trim();
      if (details === "" || [...details].length > 2000) {
        throw {
          code: "invalid_input",
          message: "Say what changed, in at most 2,000 characters.",
          field: "details",
          reason: details === "" ? "required" : "too_long",
        } satisfies IpcError;
      }
      for (const attachment of attachments ?? []) {
        if (!outbox.some((item) => item.id === attachment && item.kind === "document_attachment" && item.case_id === caseId)) {
          throw {
            code: "invalid_input",
            message: "One of the documents is no longer there. Add it again.",
            field: "attachments",
            reason: "unknown_attachment",
          } satisfies IpcError;
        }
      }
      // The documents are filled in from the uploads' receipts when it is sent.
      const body: NewModificationRequest = { ...structuredClone(request), details, documents: [] };
      return enqueue("modification_request", caseId, { kind: "modification_request", request: body, caseId, attachments: [...(attachments ?? [])] });
    });
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

  /**
   * Saves an export as the shell does: the dialog first (null when closed),
   * then the write, which a kiosk refuses.
   */
  async function saveExport(call: MockCall, fileName: string, title: string, file: (path: string) => MockSavedFile): Promise<string | null> {
    const where = await answer(call, () => saveTo);
    const path = typeof where === "function" ? await where(fileName) : where;
    if (path === null) return null;
    if (info.mode === "kiosk") throw { code: "invalid_input", message: "Files cannot be saved on this computer." } satisfies IpcError;
    savedFiles.push({ ...file(path), title });
    return path;
  }

  /** Whether something the visitor submitted is still on its way (not paused, not refused). */
  function onItsWay(): boolean {
    return outbox.some((item) => item.state.state === "queued" || item.state.state === "sending");
  }

  /** Prints as a kiosk does: only where the office allows printing. */
  async function printReceipt(): Promise<void> {
    calls.push({ method: "printReceipt" });
    const failure = failures.printReceipt;
    if (failure) throw { ...failure };
    if (!info.kiosk?.printing) {
      throw { code: "invalid_input", message: "This computer does not print receipts." } satisfies IpcError;
    }
  }

  /**
   * Ends a kiosk visit as the shell does: waits (polling, like the backend)
   * until the outbox has delivered what it can, at most `visitWaitMs`; counts
   * what is left; then forgets everything of the visitor.
   */
  async function endVisit(): Promise<VisitEnded> {
    calls.push({ method: "endVisit" });
    const failure = failures.endVisit;
    if (failure) throw { ...failure };
    if (info.mode !== "kiosk") throw { code: "invalid_input", message: "Only a kiosk ends visits." } satisfies IpcError;
    const deadline = Date.now() + (options.visitWaitMs ?? MOCK_VISIT_WAIT_MS);
    const poll = Math.max(stepMs, 100);
    while (onItsWay() && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, Math.min(poll, Math.max(1, deadline - Date.now()))));
    }
    const unsent = outbox.filter((item) => item.state.state !== "delivered").length;
    generation += 1;
    for (const item of outbox) stopUpload(item.id);
    finishSignIn({ error: { code: "sign_in_cancelled", message: "The visit ended." } });
    saved = [];
    savedPayments = {};
    savedDocuments = {};
    savedSubmissions = structuredClone(emptySubmissions);
    draft = null;
    payloads.clear();
    settings = { language: null, estimate_jurisdiction: null, payment_notifications: false, message_notifications: false, appointment_reminders: false };
    savedThreads = null;
    messageDrafts.clear();
    setSession({ state: "signed_out" });
    setSync(idle(null));
    setOutbox([]);
    return { unsent };
  }

  return {
    calls,
    estimates,
    get listenerCount() {
      return listeners.size;
    },
    get watcherCount() {
      return { uploads: progressListeners.size, drops: dropListeners.size };
    },
    setSaveTo(save) {
      saveTo = save;
    },
    savedFiles,
    setPickedFile(pick) {
      picked = pick;
    },
    setFile(path, size) {
      files[path] = size;
    },
    setAgencyDocuments(documents) {
      agencyDocuments = structuredClone(documents);
    },
    progressUpload,
    fileDrop(event) {
      for (const listener of [...dropListeners]) listener(structuredClone(event));
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
      savedDocuments = structuredClone(next.documents ?? documentsOf(agencyDocuments, next.cases));
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
    agencyReply(threadId, body) {
      agencyThreads.add(threadId, "agency", body, [], now());
    },
    get agencyThreads() {
      return structuredClone(agencyThreads.threads);
    },
    failOutboxItem(id, error) {
      const item = outbox.find((candidate) => candidate.id === id);
      if (!item) return;
      stopUpload(id);
      replaceItem({ ...structuredClone(item), state: { state: "failed", error: { ...error } } });
      wakeWaiting();
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
    bootInfo: () => options.bootInfo ?? null,
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
        savedDocuments = {};
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
        savedDocuments = {};
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
    submitModificationRequest,
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
    pickDocument: (title, filterName) =>
      answer({ method: "pickDocument", title, filterName }, () => picked).then((pick) => (typeof pick === "function" ? pick() : pick)),
    saveCsv: (text, fileName, title) =>
      saveExport({ method: "saveCsv", text, fileName, title }, fileName, title, (path) => ({ kind: "csv", path, title, text })),
    saveStatementPdf: (document, fileName, title) =>
      saveExport({ method: "saveStatementPdf", document: structuredClone(document), fileName, title }, fileName, title, (path) => ({
        kind: "pdf",
        path,
        title,
        document: structuredClone(document),
      })),
    addDocument: (caseId, path, documentType, replaces) =>
      answer({ method: "addDocument", caseId, path, documentType, replaces }, () => {
        requireAccount();
        const upload = prepareMockFile(path, files[path] ?? MOCK_FILE_SIZE, policy, documentType, replaces);
        return enqueue("document_attachment", caseId, { kind: "document_attachment" }, upload);
      }),
    caseDocuments: (caseId) =>
      answer({ method: "caseDocuments", caseId }, (): CaseDocuments => {
        requireAccount();
        const held = saved.some((detail) => detail.id === caseId);
              return {
          documents: structuredClone(savedDocuments[caseId] ?? []),
          policy: structuredClone(policy),
          as_of: held ? sync.as_of : null,
        };
      }),
    pauseUpload,
    resumeUpload,
    cancelUpload,
    checkContactUpdate: (form) => answer({ method: "checkContactUpdate", form: structuredClone(form) }, () => checkContactForm(form, now())),
    submitContactUpdate: (form) =>
      answer({ method: "submitContactUpdate", form: structuredClone(form) }, () => {
        requireAccount();
        const [first] = checkContactForm(form, now());
        if (first) {
          throw { code: "invalid_input", message: "Some answers need another look.", field: first.field, reason: first.problem } satisfies IpcError;
        }
        return enqueue("contact_update", null, { kind: "contact_update", form: structuredClone(form) });
      }),
    checkMessage: (form, threadId) => answer({ method: "checkMessage", form: structuredClone(form), threadId }, () => checkMessageForm(form, threadId === null)),
    messageInbox: () =>
      answer({ method: "messageInbox" }, (): MessageInbox => {
        requireAccount();
        const caseIds = saved.map((detail) => detail.id);
        const held = savedThreads ?? [];
        const lists = new MockAgencyThreads([]);
        lists.threads = held;
        const cases = savedThreads === null ? [] : lists.lists(caseIds);
        return { cases, pending: pendingMessages(null), unread: cases.reduce((n, c) => n + c.unread, 0), as_of: savedThreads === null ? null : savedThreadsAsOf };
      }),
    messageThread: (caseId, threadId) =>
      answer({ method: "messageThread", caseId, threadId }, (): ThreadView | null => {
        requireAccount();
        return threadView(caseId, threadId);
      }),
    messageDraft: (caseId, threadId) =>
      answer({ method: "messageDraft", caseId, threadId }, (): MessageDraft | null => {
        requireAccount();
        return structuredClone(messageDrafts.get(draftKey(caseId, threadId)) ?? null);
      }),
    saveMessageDraft: (caseId, threadId, form) =>
      answer({ method: "saveMessageDraft", caseId, threadId, form: structuredClone(form) }, (): MessageDraft => {
        requireAccount();
        const kept: MessageDraft = { form: structuredClone(form), saved_at: now().toISOString() };
        const empty = form.body.trim() === "" && (form.subject ?? "").trim() === "" && form.attachments.length === 0;
        if (empty) messageDrafts.delete(draftKey(caseId, threadId));
        else messageDrafts.set(draftKey(caseId, threadId), kept);
        return structuredClone(kept);
      }),
    discardMessageDraft: (caseId, threadId) =>
      answer({ method: "discardMessageDraft", caseId, threadId }, () => {
        requireAccount();
        messageDrafts.delete(draftKey(caseId, threadId));
      }),
    sendMessage: (caseId, threadId, form) =>
      answer({ method: "sendMessage", caseId, threadId, form: structuredClone(form) }, () => {
        requireAccount();
        const [first] = checkMessageForm(form, threadId === null);
        if (first) {
          throw { code: "invalid_input", message: "Some answers need another look.", field: first.field, reason: first.problem } satisfies IpcError;
        }
        if (!saved.some((detail) => detail.id === caseId)) {
          throw { code: "invalid_input", message: "This case is not one of yours.", field: "case_id", reason: "unknown_case" } satisfies IpcError;
        }
        for (const attachment of form.attachments) {
          if (!outbox.some((item) => item.id === attachment && item.kind === "document_attachment" && item.case_id === caseId)) {
            throw { code: "invalid_input", message: "One of the documents is no longer there. Add it again.", field: "attachments", reason: "unknown_attachment" } satisfies IpcError;
          }
        }
        messageDrafts.delete(draftKey(caseId, threadId));
        const body = form.body.trim();
        const attachments = [...form.attachments];
        const item =
          threadId === null
            ? enqueue("message_thread", caseId, { kind: "message_thread", caseId, subject: (form.subject ?? "").trim(), body, attachments })
            : enqueue("message_reply", caseId, { kind: "message_reply", caseId, threadId, body, attachments });
        if (attachments.length > 0) {
          const withAttachments = { ...item, attachments };
          updateQuietly(withAttachments);
          return withAttachments;
        }
        return item;
      }),
    markThreadRead: (caseId, threadId) =>
      answer({ method: "markThreadRead", caseId, threadId }, (): ThreadView | null => {
        requireAccount();
        const held = savedThreads?.find((t) => t.thread.id === threadId && t.thread.case_id === caseId);
        if (!held) return null;
        const at = now();
        if (held.thread.unread > 0) {
          // Read here at once; the agency hears now, or at the next sync when it can't be reached.
          savedThreads = (savedThreads ?? []).map((t) =>
            t.thread.id === threadId
              ? { thread: { ...t.thread, unread: 0 }, messages: t.messages.map((m) => (m.read_at === null ? { ...m, read_at: at.toISOString() } : m)) }
              : t,
          );
          agencyThreads.markRead(threadId, at);
        }
        return threadView(caseId, threadId);
      }),
    setMessageNotifications: (on) =>
      answer({ method: "setMessageNotifications", on }, () => {
        settings = { ...settings, message_notifications: on };
        return structuredClone(settings);
      }),
    contactUpdates: () =>
      answer({ method: "contactUpdates" }, (): ContactUpdates => {
        requireAccount();
        return { updates: structuredClone(agencyContactUpdates), visibility: contactVisibility(), as_of: sync.as_of };
      }),
    howToPay: (caseId) =>
      answer({ method: "howToPay", caseId }, (): CaseHowToPay => {
        requireAccount();
        const detail = saved.find((candidate) => candidate.id === caseId);
        if (!detail) return { how_to_pay: null, as_of: null };
        return { how_to_pay: mockHowToPay(detail, paymentOptions), as_of: sync.as_of };
      }),
    openPaymentSite: (caseId) =>
      answer({ method: "openPaymentSite", caseId }, (): void => {
        requireAccount();
        if (info.mode === "kiosk") {
          throw { code: "invalid_input", message: "Websites cannot be opened on this computer.", reason: "kiosk" } satisfies IpcError;
        }
        const url = saved.some((detail) => detail.id === caseId) ? paymentOptions.online?.url : undefined;
        if (!url?.startsWith("https://")) {
          throw { code: "invalid_input", message: "The agency does not take payments online.", reason: "no_payment_site" } satisfies IpcError;
        }
      }),
    appointments: (caseId) =>
      answer({ method: "appointments", caseId }, (): CaseAppointments => {
        requireAccount();
        if (!saved.some((detail) => detail.id === caseId) || sync.as_of === null) return { appointments: [], as_of: null };
        const listed = agencyAppointments.filter((a) => a.case_id === caseId && new Date(a.ends_at) > now());
        return { appointments: structuredClone(listed), as_of: sync.as_of };
      }),
    appointmentSlots: (caseId) =>
      answer({ method: "appointmentSlots", caseId }, () => {
        requireAccount();
        if (agency.state !== "connected") throw needsConnection("see the open times");
        return { slots: structuredClone(openSlots.filter((slot) => new Date(slot.starts_at) > now())) };
      }),
    bookAppointment: (caseId, slotId, idempotencyKey) =>
      answer({ method: "bookAppointment", caseId, slotId, idempotencyKey }, () => {
        requireAccount();
        if (agency.state !== "connected") throw needsConnection("book an appointment");
        const first = answered.get(idempotencyKey);
        if (first) return structuredClone(first);
        const slot = openSlots.find((candidate) => candidate.id === slotId);
        if (!slot) {
          if (allSlots.some((candidate) => candidate.id === slotId)) {
            throw { code: "agency_error", message: "Someone else booked that time just now. Choose another time.", reason: "slot_taken" } satisfies IpcError;
          }
          throw { code: "agency_error", message: "That time is no longer offered. Choose another time.", reason: "slot_gone" } satisfies IpcError;
        }
        appointmentNumbers += 1;
        const booked = bookedFrom(slot, caseId, `APT-${String(appointmentNumbers).padStart(6, "0")}`);
        agencyAppointments.push(booked);
        agencyAppointments.sort((a, b) => a.starts_at.localeCompare(b.starts_at));
        openSlots = openSlots.filter((candidate) => candidate.id !== slotId);
        answered.set(idempotencyKey, booked);
        return structuredClone(booked);
      }),
    cancelAppointment: (caseId, appointmentId, idempotencyKey) =>
      answer({ method: "cancelAppointment", caseId, appointmentId, idempotencyKey }, () => {
        requireAccount();
        if (agency.state !== "connected") throw needsConnection("cancel an appointment");
        const held = agencyAppointments.find((a) => a.id === appointmentId && a.case_id === caseId);
        if (!held) throw { code: "agency_error", message: "Not found." } satisfies IpcError;
        if (held.kind === "hearing") {
          throw {
            code: "agency_error",
            message: "A court hearing can only be moved by the court. Call the agency if you cannot attend.",
            reason: "not_cancellable",
          } satisfies IpcError;
        }
        if (held.status === "booked") {
          held.status = "cancelled";
          held.cancellable = false;
          const slot = allSlots.find((candidate) => candidate.id === held.slot_id);
          if (slot) openSlots = [...openSlots, structuredClone(slot)].sort((a, b) => a.starts_at.localeCompare(b.starts_at));
        }
        return structuredClone(held);
      }),
    saveAppointmentIcs: (caseId, appointmentId, language, fileName, title) => {
      if (info.mode === "kiosk") {
        calls.push({ method: "saveAppointmentIcs", caseId, appointmentId, language, fileName, title });
        return Promise.reject({ code: "invalid_input", message: "Files cannot be saved on this computer.", reason: "kiosk" } satisfies IpcError);
      }
      return saveExport({ method: "saveAppointmentIcs", caseId, appointmentId, language, fileName, title }, fileName, title, (path) => ({
        kind: "ics",
        path,
        title,
        caseId,
        appointmentId,
        language,
      }));
    },
    setAppointmentReminders: (on) =>
      answer({ method: "setAppointmentReminders", on }, () => {
        if (on && info.mode === "kiosk") {
          throw { code: "invalid_input", message: "Reminders cannot be turned on on this computer.", reason: "kiosk" } satisfies IpcError;
        }
        settings = { ...settings, appointment_reminders: on };
        return { ...settings };
      }),
    takeSlot(slotId) {
      openSlots = openSlots.filter((candidate) => candidate.id !== slotId);
    },
    get agencyAppointments() {
      return structuredClone(agencyAppointments);
    },
    endVisit,
    printReceipt,
    watchUploads(listener) {
      const subscribed = (progress: UploadProgress) => listener(progress);
      progressListeners.add(subscribed);
      return () => {
        progressListeners.delete(subscribed);
      };
    },
    onFileDrop(listener) {
      const subscribed = (event: FileDropEvent) => listener(event);
      dropListeners.add(subscribed);
      return () => {
        dropListeners.delete(subscribed);
      };
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
