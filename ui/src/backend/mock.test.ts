import { describe, expect, it, vi } from "vitest";
import type { BackendEvent } from "../bindings/BackendEvent";
import type { Case } from "../bindings/Case";
import type { FieldIssue } from "../bindings/FieldIssue";
import { completeForm } from "../test/application";
import type { Backend } from "./backend";
import {
  createMockBackend,
  kioskInfo,
  MOCK_CASES,
  MOCK_ESTIMATE,
  MOCK_FILE_SIZE,
  MOCK_OUTBOX,
  MOCK_PARTICIPANT,
  MOCK_PAYMENTS,
  MOCK_PICKED_FILE,
  MOCK_SAVE_FOLDER,
  MOCK_UPLOAD_POLICY,
  MOCK_VISIT_WAIT_MS,
  type MockBackend,
} from "./mock";

/** Every method of `Backend`: the compiler insists the list is complete. */
const METHODS: Record<keyof Backend, true> = {
  bootInfo: true,
  appInfo: true,
  settings: true,
  setLanguage: true,
  agencyStatus: true,
  jurisdictions: true,
  setEstimateJurisdiction: true,
  setPaymentNotifications: true,
  estimate: true,
  session: true,
  signIn: true,
  cancelSignIn: true,
  signOut: true,
  caseOverview: true,
  syncNow: true,
  outbox: true,
  retryOutboxItem: true,
  resetStore: true,
  paymentsView: true,
  payoff: true,
  checkApplication: true,
  applicationDraft: true,
  saveApplicationDraft: true,
  discardApplicationDraft: true,
  submitApplication: true,
  submissions: true,
  submitModificationRequest: true,
  modificationCheck: true,
  pickDocument: true,
  saveCsv: true,
  saveStatementPdf: true,
  addDocument: true,
  caseDocuments: true,
  pauseUpload: true,
  resumeUpload: true,
  cancelUpload: true,
  endVisit: true,
  printReceipt: true,
  howToPay: true,
  openPaymentSite: true,
  checkContactUpdate: true,
  submitContactUpdate: true,
  contactUpdates: true,
  checkMessage: true,
  messageInbox: true,
  messageThread: true,
  messageDraft: true,
  saveMessageDraft: true,
  discardMessageDraft: true,
  sendMessage: true,
  markThreadRead: true,
  setMessageNotifications: true,
  appointments: true,
  appointmentSlots: true,
  bookAppointment: true,
  cancelAppointment: true,
  saveAppointmentIcs: true,
  setAppointmentReminders: true,
  watchUploads: true,
  onFileDrop: true,
  onEvent: true,
};

const SIGNED_IN = { state: "signed_in", participant: MOCK_PARTICIPANT, remembered: true } as const;

/** Collects the events the mock pushes. */
function record(backend: MockBackend): BackendEvent[] {
  const events: BackendEvent[] = [];
  backend.onEvent((event) => events.push(event));
  return events;
}

/** Lets the mock's timers (0 ms steps) run out. */
async function settle(): Promise<void> {
  for (let i = 0; i < 10; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}

const CASE: Case = {
  jurisdiction: "US-WI",
  as_of: "2026-06-01",
  children: 2,
  parents: { a: { monthly_income: "2000.00", overnights: 219 }, b: { monthly_income: "3000.00", overnights: 146 } },
};

describe("the mock backend", () => {
  it("remembers the language like the real settings file", async () => {
    const backend = createMockBackend();
    expect(await backend.settings()).toEqual({ language: null, estimate_jurisdiction: null, payment_notifications: false, message_notifications: false, appointment_reminders: false });
    expect(await backend.setLanguage("es")).toEqual({ language: "es", estimate_jurisdiction: null, payment_notifications: false, message_notifications: false, appointment_reminders: false });
    expect(await backend.settings()).toEqual({ language: "es", estimate_jurisdiction: null, payment_notifications: false, message_notifications: false, appointment_reminders: false });
    expect(backend.calls.map((call) => call.method)).toEqual(["settings", "setLanguage", "settings"]);
  });

  it("fails on demand with an IpcError", async () => {
    const backend = createMockBackend({ failures: { appInfo: { code: "internal", message: "no" } } });
    await expect(backend.appInfo()).rejects.toEqual({ code: "internal", message: "no" });
    backend.fail("appInfo", undefined);
    await expect(backend.appInfo()).resolves.toMatchObject({ name: "Child Support Self-Service" });
  });

  it("lists the calculator's states, Delaware incomplete", async () => {
    const list = await createMockBackend().jurisdictions();
    expect(list.map((info) => info.code)).toEqual(["US-CA", "US-DE", "US-GA", "US-NY", "US-TX", "US-WI"]);
    expect(list.find((info) => info.code === "US-DE")?.complete).toBe(false);
    expect(list.find((info) => info.code === "US-NY")).toMatchObject({ income_basis: "gross", per: "year" });
  });

  it("remembers the estimate state, and refuses one it doesn't know", async () => {
    const backend = createMockBackend({ settings: { language: "en" } });
    expect(await backend.setEstimateJurisdiction("US-GA")).toEqual({
      language: "en",
      estimate_jurisdiction: "US-GA",
      payment_notifications: false,
      message_notifications: false, appointment_reminders: false,
    });
    expect(await backend.settings()).toEqual({ language: "en", estimate_jurisdiction: "US-GA", payment_notifications: false, message_notifications: false, appointment_reminders: false });
    await expect(backend.setEstimateJurisdiction("US-ZZ")).rejects.toMatchObject({
      code: "invalid_input",
      field: "jurisdiction",
      reason: "unknown_jurisdiction",
    });
  });

  it("remembers whether to notify of new payments, off at first, and fails on demand", async () => {
    const backend = createMockBackend({ settings: { language: "es" } });
    expect((await backend.settings()).payment_notifications).toBe(false);
    expect(await backend.setPaymentNotifications(true)).toEqual({ language: "es", estimate_jurisdiction: null, payment_notifications: true, message_notifications: false, appointment_reminders: false });
    expect((await backend.settings()).payment_notifications).toBe(true);
    backend.fail("setPaymentNotifications", { code: "storage", message: "disk" });
    await expect(backend.setPaymentNotifications(false)).rejects.toEqual({ code: "storage", message: "disk" });
    expect((await backend.settings()).payment_notifications).toBe(true);
    expect(backend.calls.filter((call) => call.method === "setPaymentNotifications")).toEqual([
      { method: "setPaymentNotifications", on: true },
      { method: "setPaymentNotifications", on: false },
    ]);
    expect(await createMockBackend({ settings: { payment_notifications: true, message_notifications: false, appointment_reminders: false } }).settings()).toMatchObject({ payment_notifications: true, message_notifications: false, appointment_reminders: false });
  });

  it("records each case it estimates and answers from a value or a function", async () => {
    const backend = createMockBackend();
    expect(await backend.estimate(CASE)).toEqual(MOCK_ESTIMATE);
    backend.setEstimate((input) => ({ ...MOCK_ESTIMATE, amount: input.parents.a.monthly_income ?? "" }));
    expect((await backend.estimate(CASE)).amount).toBe("2000.00");
    backend.setEstimate(() => {
      throw { code: "invalid_input", message: "bad", field: "children", reason: "no_children" };
    });
    await expect(backend.estimate({ ...CASE, children: 0 })).rejects.toMatchObject({ reason: "no_children" });
    expect(backend.estimates).toEqual([CASE, CASE, { ...CASE, children: 0 }]);
  });

  it("checks money and children by default, like the calculator's simplest checks", async () => {
    const backend = createMockBackend();
    const bad = { ...CASE, parents: { ...CASE.parents, b: { monthly_income: "abc" } } };
    await expect(backend.estimate(bad)).rejects.toEqual({
      code: "invalid_input",
      message: "`parents.b.monthly_income`: `abc` is not an amount",
      field: "parents.b.monthly_income",
      reason: "not_a_number",
    });
    const negative = { ...CASE, parents: { ...CASE.parents, a: { annual_income: "-5" } } };
    await expect(backend.estimate(negative)).rejects.toMatchObject({ field: "parents.a.annual_income", reason: "negative_amount" });
    await expect(backend.estimate({ ...CASE, children: 0 })).rejects.toMatchObject({ field: "children", reason: "no_children" });
  });

  it("implements every method of the Backend interface", () => {
    const backend = createMockBackend();
    for (const method of Object.keys(METHODS)) {
      expect(typeof (backend as unknown as Record<string, unknown>)[method], method).toBe("function");
    }
  });
});

describe("the mock backend's session, sync and outbox", () => {
  it("signs in by itself, pushing signing_in then signed_in", async () => {
    const backend = createMockBackend();
    const events = record(backend);
    expect(await backend.session()).toEqual({ state: "signed_out" });
    expect(await backend.signIn()).toEqual(SIGNED_IN);
    expect(events.map((event) => event.kind === "session" && event.value.state)).toEqual(["signing_in", "signed_in"]);
    expect(await backend.session()).toEqual(SIGNED_IN);
  });

  it("waits for the test in manual mode, and rejects a cancelled sign-in", async () => {
    const backend = createMockBackend({ signIn: "manual", remembered: false });
    const first = backend.signIn();
    expect(await backend.session()).toEqual({ state: "signing_in" });
    await backend.cancelSignIn();
    await expect(first).rejects.toMatchObject({ code: "sign_in_cancelled" });
    expect(await backend.session()).toEqual({ state: "signed_out" });

    const second = backend.signIn();
    backend.completeSignIn();
    expect(await second).toEqual({ ...SIGNED_IN, remembered: false });

    await backend.signOut();
    const third = backend.signIn();
    backend.failSignIn({ code: "agency_unreachable", message: "down" });
    await expect(third).rejects.toEqual({ code: "agency_unreachable", message: "down" });
  });

  it("refuses the account's data before sign-in", async () => {
    const backend = createMockBackend();
    await expect(backend.caseOverview()).rejects.toMatchObject({ code: "not_signed_in" });
    await expect(backend.outbox()).rejects.toMatchObject({ code: "not_signed_in" });
    await expect(backend.syncNow()).rejects.toMatchObject({ code: "not_signed_in" });
  });

  it("answers with the saved copy, and a sync fetches the agency's cases step by step", async () => {
    const backend = createMockBackend({ session: SIGNED_IN, syncSteps: 2, now: () => new Date("2026-06-01T10:42:00Z") });
    const events = record(backend);
    expect(await backend.caseOverview()).toEqual({
      cases: [],
      sync: { phase: "idle", as_of: null, done: 0, total: 0, error: null },
    });
    expect(events).toEqual([]);
    expect(await backend.syncNow()).toMatchObject({ phase: "syncing", done: 0, total: 2 });
    await settle();
    expect(events.map((event) => event.kind === "sync" && [event.value.phase, event.value.done])).toEqual([
      ["syncing", 0],
      ["syncing", 1],
      ["idle", 0],
    ]);
    expect(await backend.caseOverview()).toEqual({
      cases: MOCK_CASES,
      sync: { phase: "idle", as_of: "2026-06-01T10:42:00.000Z", done: 0, total: 0, error: null },
    });
  });

  it("syncs by itself from caseOverview when asked to, only while the saved copy is stale", async () => {
    const backend = createMockBackend({ session: SIGNED_IN, autoSync: true });
    await backend.caseOverview();
    await settle();
    expect((await backend.caseOverview()).cases).toEqual(MOCK_CASES);
    await settle();
    expect(backend.calls.filter((call) => call.method === "syncNow")).toEqual([]);
    const events = record(backend);
    await backend.caseOverview();
    await settle();
    expect(events).toEqual([]);
  });

  it("ends a sync offline when the agency can't be reached, keeping the saved copy", async () => {
    const saved = { cases: MOCK_CASES.slice(0, 1), as_of: "2026-05-31T08:00:00Z" };
    const backend = createMockBackend({
      session: SIGNED_IN,
      saved,
      agency: { state: "unreachable", url: "x", error: { code: "agency_unreachable", message: "down" } },
    });
    await backend.syncNow();
    await settle();
    expect(await backend.caseOverview()).toMatchObject({
      cases: saved.cases,
      sync: { phase: "offline", as_of: saved.as_of, error: { code: "agency_unreachable" } },
    });
    backend.setAgency({ state: "connected", agency_name: "Demo", url: "x" });
    backend.setSyncError({ code: "agency_error", message: "HTTP 500" });
    await backend.syncNow();
    await settle();
    expect((await backend.caseOverview()).sync).toMatchObject({ phase: "failed", error: { code: "agency_error" } });
  });

  it("rejects with store_damaged until the store is reset, then syncs afresh", async () => {
    const backend = createMockBackend({ session: SIGNED_IN, storeDamaged: true });
    await expect(backend.caseOverview()).rejects.toMatchObject({ code: "store_damaged" });
    await expect(backend.outbox()).rejects.toMatchObject({ code: "store_damaged" });
    await backend.resetStore();
    await settle();
    expect((await backend.caseOverview()).cases).toEqual(MOCK_CASES);
  });

  it("sends an outbox item again: sending, then delivered, or queued when the agency is away", async () => {
    const backend = createMockBackend({ session: SIGNED_IN, outbox: MOCK_OUTBOX });
    const events = record(backend);
    const failed = MOCK_OUTBOX.find((item) => item.state.state === "failed");
    if (!failed) throw new Error("MOCK_OUTBOX has no failed item");
    expect(await backend.retryOutboxItem(failed.id)).toMatchObject({ state: { state: "sending" }, attempts: failed.attempts + 1 });
    await settle();
    const after = (await backend.outbox()).find((item) => item.id === failed.id);
    expect(after?.state).toMatchObject({ state: "delivered", receipt: "R-000001" });
    expect(events.filter((event) => event.kind === "outbox")).toHaveLength(2);

    backend.setAgency({ state: "unreachable", url: "x", error: { code: "agency_unreachable", message: "down" } });
    const queued = MOCK_OUTBOX.find((item) => item.state.state === "queued");
    await backend.retryOutboxItem(queued?.id ?? "");
    await settle();
    expect((await backend.outbox()).find((item) => item.id === queued?.id)?.state).toMatchObject({
      state: "queued",
      error: { code: "agency_unreachable" },
    });
    await expect(backend.retryOutboxItem("nope")).rejects.toMatchObject({ code: "invalid_input" });
  });

  it("pushes payments_posted for payments a sync finds, never for the history a first sync brings", async () => {
    const backend = createMockBackend({ session: SIGNED_IN });
    const events = record(backend);
    await backend.syncNow();
    await settle();
    expect(events.some((event) => event.kind === "payments_posted")).toBe(false);

    const held = MOCK_PAYMENTS["C-1001"] ?? [];
    const template = held[0];
    if (!template) throw new Error("MOCK_PAYMENTS has no payment for C-1001");
    const newer = ["PAY-NEW-1", "PAY-NEW-2"].map((id) => ({ ...structuredClone(template), id, received_on: "2026-06-01" }));
    backend.setAgencyPayments({ ...MOCK_PAYMENTS, "C-1001": [...newer, ...held] });
    await backend.syncNow();
    await settle();
    const posted = events.filter((event) => event.kind === "payments_posted");
    expect(posted).toEqual([{ kind: "payments_posted", value: { case_id: "C-1001", count: 2 } }]);
    // Before the sync goes back to idle, as the backend pushes it.
    expect(events.at(-1)).toMatchObject({ kind: "sync", value: { phase: "idle" } });

    backend.postPayments("C-1003", 1);
    expect(events.at(-1)).toEqual({ kind: "payments_posted", value: { case_id: "C-1003", count: 1 } });
  });

  it("stops telling a listener once it unsubscribes", () => {
    const backend = createMockBackend();
    const events: BackendEvent[] = [];
    const stop = backend.onEvent((event) => events.push(event));
    backend.setSession({ state: "signing_in" });
    stop();
    stop();
    backend.setSession({ state: "signed_out" });
    expect(events).toEqual([{ kind: "session", value: { state: "signing_in" } }]);
    expect(backend.listenerCount).toBe(0);
  });
});

describe("the mock backend's payments", () => {
  const saved = { cases: MOCK_CASES, as_of: "2026-05-31T12:00:00Z" };

  it("refuses payments before sign-in, and a case that isn't saved", async () => {
    await expect(createMockBackend({ saved }).paymentsView("C-1001")).rejects.toMatchObject({ code: "not_signed_in" });
    const backend = createMockBackend({ session: SIGNED_IN, saved });
    await expect(backend.paymentsView("C-9999")).rejects.toMatchObject({ code: "invalid_input" });
    expect(backend.calls).toContainEqual({ method: "paymentsView", caseId: "C-9999" });
  });

  it("works C-1001's account: newest first, and the difference from the agency is exactly the interest", async () => {
    const view = await createMockBackend({ session: SIGNED_IN, saved }).paymentsView("C-1001");
    expect(view.case.id).toBe("C-1001");
    expect(view.payments).toHaveLength(MOCK_PAYMENTS["C-1001"]?.length ?? -1);
    expect(view.payments[0]).toMatchObject({ received_on: "2026-04-15", amount: "500.00", source: "wage_withholding" });
    expect(view.payments.every((p, i, all) => i === 0 || (all[i - 1]?.received_on ?? "") >= p.received_on)).toBe(true);
    const statement = view.statement;
    if (!statement) throw new Error("no statement");
    expect(statement.months[0]?.month).toBe("2024-01-01");
    expect(statement.months.at(-1)).toMatchObject({ month: "2026-05-01", complete: true });
    // Without interest the principal is the agency's: May's $450 unpaid and $1,250 of arrears.
    expect(statement.balance).toMatchObject({ current_unpaid: "450.00", arrears: "1250.00" });
    expect(statement.totals.received).toBe("11350.00");
    expect(statement.arrears_payment).toBe("50.00");
    expect(view.audit?.verdict).toBe("differs");
    expect(view.audit?.rows[0]).toMatchObject({ agency: "1700.00", difference: `-${statement.totals.interest_charged}` });
    expect(view.audit?.likely_causes).toContainEqual({ kind: "interest" });
    expect(view.ledger_error).toBeNull();
  });

  it("agrees with the agency on C-1003, in credit", async () => {
    const view = await createMockBackend({ session: SIGNED_IN, saved }).paymentsView("C-1003");
    expect(view.statement?.balance).toMatchObject({ total: "0.00", credit: "40.00" });
    expect(view.audit).toMatchObject({ verdict: "matches", rows: [{ ours: "-40.00", agency: "-40.00" }] });
  });

  it("says why an order can't be worked, and has no statement without an order", async () => {
    const [first] = MOCK_CASES;
    if (!first?.order) throw new Error("C-1001 has an order");
    const unknown = { ...first, id: "C-7", jurisdiction: "US-ZZ", order: { ...first.order, interest_rule: "US-ZZ" } };
    const noOrder = { ...first, id: "C-8", order: null };
    const backend = createMockBackend({ session: SIGNED_IN, saved: { cases: [unknown, noOrder], as_of: null } });
    expect(await backend.paymentsView("C-7")).toMatchObject({ statement: null, audit: null, ledger_error: { code: "internal" } });
    expect(await backend.paymentsView("C-8")).toMatchObject({ statement: null, audit: null, ledger_error: null });
  });

  it("plans a payoff, and refuses an amount that isn't positive dollars and cents", async () => {
    const backend = createMockBackend({ session: SIGNED_IN, saved });
    const plan = await backend.payoff("C-1001", "100.00");
    expect(plan.principal).toBe("1700.00");
    expect(plan.outcome.kind).toBe("paid_off");
    if (plan.outcome.kind === "paid_off") {
      expect(plan.outcome.months).toBe(plan.months.length);
      expect(plan.months.at(-1)?.month).toBe(plan.outcome.month);
    }
    for (const bad of ["", "-5", "0", "0.00", "12.345", "abc", "$50"]) {
      await expect(backend.payoff("C-1001", bad), bad).rejects.toEqual({
        code: "invalid_input",
        message: "Enter a monthly amount in dollars and cents, more than zero.",
        field: "monthly_payment",
        reason: "invalid_amount",
      });
    }
    expect((await backend.payoff("C-1003", "10")).outcome).toEqual({ kind: "nothing_owed" });
  });

  it("fetches the agency's payments with a sync, and answers from an override when given", async () => {
    const backend = createMockBackend({ session: SIGNED_IN });
    backend.setAgencyPayments({ "C-1001": [] });
    await backend.syncNow();
    await settle();
    expect((await backend.paymentsView("C-1001")).payments).toEqual([]);
    const view = await backend.paymentsView("C-1003");
    backend.setPaymentsView(() => ({ ...view, payments: [] }));
    expect((await backend.paymentsView("anything")).payments).toEqual([]);
  });
});

describe("the mock backend's applications", () => {
  const NOW = new Date("2026-06-01T12:00:00Z");
  /** NOW's day where the tests run, as the agency records `submitted_on`. */
  const TODAY = [NOW.getFullYear(), NOW.getMonth() + 1, NOW.getDate()].map((n) => String(n).padStart(2, "0")).join("-");
  const problems = (issues: FieldIssue[]) => issues.map((issue) => [issue.field, issue.problem]);

  it("accepts a complete form, and names every required answer of an empty one", async () => {
    const backend = createMockBackend({ now: () => NOW });
    expect(await backend.checkApplication(completeForm())).toEqual([]);
    const empty = completeForm();
    empty.applicant = {
      ...empty.applicant,
      given_name: "",
      family_name: " ",
      date_of_birth: "",
      address: { line1: "", line2: "", city: "", state: "", zip: "" },
    };
    empty.children = [];
    empty.services = [];
    empty.signature = { typed_name: "", consent: false };
    expect(problems(await backend.checkApplication(empty))).toEqual([
      ["applicant.given_name", "required"],
      ["applicant.family_name", "required"],
      ["applicant.date_of_birth", "required"],
      ["applicant.address.line1", "required"],
      ["applicant.address.city", "required"],
      ["applicant.address.state", "required"],
      ["applicant.address.zip", "required"],
      ["children", "no_children"],
      ["services", "no_services"],
      ["signature.typed_name", "required"],
      ["signature.consent", "consent_required"],
    ]);
    expect(backend.calls.map((call) => call.method)).toEqual(["checkApplication", "checkApplication"]);
  });

  it.each([
    ["2026-06-05", "future_date"],
    ["6/5/2026", "future_date"],
    ["2019-02-30", "invalid_date"],
    ["2019--05", "invalid_date"],
    ["yesterday", "invalid_date"],
    ["1899-12-31", "too_long_ago"],
  ])("checks a child's date of birth %s: %s", async (date, problem) => {
    const form = completeForm();
    form.children = [{ given_name: "Sofia", family_name: "Lopez", date_of_birth: date, paternity: "unknown" }];
    expect(problems(await createMockBackend({ now: () => NOW }).checkApplication(form))).toEqual([["children.0.date_of_birth", problem]]);
  });

  it("checks numbers, contact details, the other parent's address, paternity and the signature", async () => {
    const backend = createMockBackend({ now: () => NOW });
    const form = completeForm();
    form.applicant.ssn = "666-12-3456";
    form.applicant.phone = "555-0100";
    form.applicant.email = "maria@localhost";
    form.applicant.address.zip = "5370";
    form.other_parent.address.city = "Chicago";
    form.children.push({ given_name: "Mateo", family_name: "Lopez", date_of_birth: "2019-08-22", paternity: null });
    form.existing_orders.push({ state: "tx", court: "", case_number: "2020-FAM-17" });
    form.signature.typed_name = "Someone Else";
    expect(problems(await backend.checkApplication(form))).toEqual([
      ["applicant.ssn", "invalid_ssn"],
      ["applicant.phone", "invalid_phone"],
      ["applicant.email", "invalid_email"],
      ["applicant.address.zip", "invalid_zip"],
      ["other_parent.address", "incomplete_address"],
      ["children.1.paternity", "required"],
      ["existing_orders.0.court", "required"],
      ["signature.typed_name", "signature_mismatch"],
    ]);
    const accents = completeForm();
    accents.applicant.given_name = "María";
    accents.signature.typed_name = "  maria   LOPEZ ";
    expect(await backend.checkApplication(accents)).toEqual([]);
  });

  it("keeps one draft for the signed-in parent, with the time it was saved", async () => {
    await expect(createMockBackend().applicationDraft()).rejects.toMatchObject({ code: "not_signed_in" });
    const backend = createMockBackend({ session: SIGNED_IN, now: () => NOW });
    expect(await backend.applicationDraft()).toBeNull();
    const draft = { form: completeForm(), step: 3, saved_at: "" };
    expect(await backend.saveApplicationDraft(draft)).toEqual({ ...draft, saved_at: "2026-06-01T12:00:00Z" });
    expect(await backend.applicationDraft()).toEqual({ ...draft, saved_at: "2026-06-01T12:00:00Z" });
    await backend.discardApplicationDraft();
    expect(await backend.applicationDraft()).toBeNull();
    expect(backend.calls).toContainEqual({ method: "saveApplicationDraft", draft });
  });

  it("refuses a form with problems, naming the first", async () => {
    const backend = createMockBackend({ session: SIGNED_IN });
    const form = completeForm();
    form.services = [];
    form.signature.consent = false;
    await expect(backend.submitApplication(form)).rejects.toEqual({
      code: "invalid_input",
      message: "Some answers need another look before the application can be sent.",
      field: "services",
      reason: "no_services",
    });
    expect(await backend.outbox()).toEqual([]);
  });

  it("queues an application in place of the draft, sends it, and brings it into the submissions with the next sync", async () => {
    const backend = createMockBackend({ session: SIGNED_IN, now: () => NOW, applicationDraft: { form: completeForm(), step: 7, saved_at: "x" } });
    const events = record(backend);
    const item = await backend.submitApplication(completeForm());
    expect(item).toMatchObject({ kind: "application", case_id: null, attempts: 0, state: { state: "queued", retry_at: null, error: null } });
    expect(await backend.applicationDraft()).toBeNull();
    expect(events[0]).toEqual({ kind: "outbox", value: [item] });
    await settle();
    expect((await backend.outbox())[0]?.state).toEqual({ state: "delivered", receipt: "AP-000001", at: NOW.toISOString() });
    const submissions = await backend.submissions();
    expect(submissions.as_of).toBe(NOW.toISOString());
    expect(submissions.applications).toEqual([
      {
        id: "AP-000001",
        status: "received",
        submitted_on: TODAY,
        services: ["establish_order", "enforce_order"],
        children: 1,
        fee: "0.00",
        case_id: null,
        timeline: [{ status: "received", at: NOW.toISOString(), note: null }],
      },
    ]);
    expect(events.some((event) => event.kind === "sync" && event.value.phase === "idle")).toBe(true);
  });

  it("leaves delivery to the test when asked, and keeps a submission queued while the agency is away", async () => {
    const backend = createMockBackend({ session: SIGNED_IN, delivery: "manual" });
    const form = completeForm();
    form.applicant.receives_medicaid = false;
    const first = await backend.submitApplication(form);
    await settle();
    expect((await backend.outbox())[0]?.state.state).toBe("queued");
    backend.failOutboxItem(first.id, { code: "agency_error", message: "refused" });
    expect((await backend.outbox())[0]?.state).toEqual({ state: "failed", error: { code: "agency_error", message: "refused" } });
    backend.deliverOutboxItem(first.id);
    await settle();
    expect((await backend.submissions()).applications[0]).toMatchObject({ id: "AP-000001", fee: "25.00" });

    const away = createMockBackend({
      session: SIGNED_IN,
      agency: { state: "unreachable", url: "x", error: { code: "agency_unreachable", message: "down" } },
    });
    await away.submitApplication(completeForm());
    await settle();
    expect((await away.outbox())[0]).toMatchObject({ attempts: 1, state: { state: "queued", error: { code: "agency_unreachable" } } });
  });

  it("queues a modification request for one of the parent's cases", async () => {
    const backend = createMockBackend({ session: SIGNED_IN, saved: { cases: MOCK_CASES, as_of: null }, now: () => NOW });
    const request = { reason: "income_change" as const, details: "I lost my second job." };
    await expect(backend.submitModificationRequest("C-9999", request)).rejects.toMatchObject({ code: "invalid_input" });
    await expect(backend.submitModificationRequest("C-1001", { ...request, details: " " })).rejects.toMatchObject({ reason: "required" });
    const item = await backend.submitModificationRequest("C-1001", request);
    expect(item).toMatchObject({ kind: "modification_request", case_id: "C-1001" });
    await settle();
    expect((await backend.outbox())[0]?.state).toMatchObject({ state: "delivered", receipt: "MR-000001" });
    expect((await backend.submissions()).modification_requests).toEqual([
      {
        id: "MR-000001",
        case_id: "C-1001",
        reason: "income_change",
        details: "I lost my second job.",
        status: "received",
        submitted_on: TODAY,
        estimated_monthly: null,
        documents: [],
        timeline: [{ status: "received", at: NOW.toISOString(), note: null }],
      },
    ]);
    expect(backend.calls).toContainEqual({ method: "submitModificationRequest", caseId: "C-1001", request });
  });

  it("fails any of them on demand", async () => {
    const error = { code: "storage" as const, message: "disk full" };
    const backend = createMockBackend({ session: SIGNED_IN, failures: { saveApplicationDraft: error, submissions: error } });
    await expect(backend.saveApplicationDraft({ form: completeForm(), step: 0, saved_at: "" })).rejects.toEqual(error);
    await expect(backend.submissions()).rejects.toEqual(error);
    backend.fail("submissions", undefined);
    expect(await backend.submissions()).toEqual({ applications: [], modification_requests: [], as_of: null });
  });
});

describe("the mock backend's documents", () => {
  const saved = { cases: MOCK_CASES, as_of: "2026-05-31T12:00:00Z" };

  function uploading(backend: MockBackend) {
    const progress: { item_id: string; sent: number; total: number }[] = [];
    backend.watchUploads((each) => progress.push(each));
    return progress;
  }

  it("lists a saved case's documents with the agency's policy, and refuses before sign-in", async () => {
    await expect(createMockBackend().caseDocuments("C-1001")).rejects.toMatchObject({ code: "not_signed_in" });
    const backend = createMockBackend({ session: SIGNED_IN, saved });
    const documents = await backend.caseDocuments("C-1001");
    expect(documents.documents.map((document) => [document.id, document.status])).toEqual([
      ["DOC-000101", "accepted"],
      ["DOC-000102", "rejected"],
    ]);
    expect(documents.policy).toEqual(MOCK_UPLOAD_POLICY);
    expect(documents.as_of).toBe(saved.as_of);
    expect(await backend.caseDocuments("C-1003")).toMatchObject({ documents: [], as_of: saved.as_of });
    expect(await backend.caseDocuments("C-9999")).toMatchObject({ documents: [], as_of: null });
  });

  it("answers the file dialog with what the test says", async () => {
    const backend = createMockBackend();
    expect(await backend.pickDocument("Choose", "Documents")).toBe(MOCK_PICKED_FILE);
    backend.setPickedFile(null);
    expect(await backend.pickDocument("Choose", "Documents")).toBeNull();
    backend.setPickedFile(() => Promise.resolve("/b.png"));
    expect(await backend.pickDocument("Choose", "Documents")).toBe("/b.png");
    expect(backend.calls).toContainEqual({ method: "pickDocument", title: "Choose", filterName: "Documents" });
  });

  it("saves exports where the save dialog says, nothing when it is closed, and nothing on a kiosk", async () => {
    const backend = createMockBackend();
    const statement = { language: "en", title: "Statement", lines: [], sections: [], footer: "", page_label: "Page" };
    expect(await backend.saveCsv("a\r\n", "payments-C-1001.csv", "Save")).toBe(`${MOCK_SAVE_FOLDER}/payments-C-1001.csv`);
    backend.setSaveTo(null);
    expect(await backend.saveStatementPdf(statement, "statement.pdf", "Save")).toBeNull();
    backend.setSaveTo((name) => `/tmp/${name}`);
    expect(await backend.saveStatementPdf(statement, "statement.pdf", "Save the statement")).toBe("/tmp/statement.pdf");
    expect(backend.savedFiles).toEqual([
      { kind: "csv", path: `${MOCK_SAVE_FOLDER}/payments-C-1001.csv`, title: "Save", text: "a\r\n" },
      { kind: "pdf", path: "/tmp/statement.pdf", title: "Save the statement", document: statement },
    ]);
    expect(backend.calls).toContainEqual({ method: "saveCsv", text: "a\r\n", fileName: "payments-C-1001.csv", title: "Save" });

    const kiosk = createMockBackend({ appInfo: kioskInfo() });
    await expect(kiosk.saveCsv("a\r\n", "payments.csv", "Save")).rejects.toMatchObject({ code: "invalid_input" });
    kiosk.setSaveTo(null);
    expect(await kiosk.saveCsv("a\r\n", "payments.csv", "Save")).toBeNull();
    expect(kiosk.savedFiles).toEqual([]);
  });

  it.each([
    ["/home/maria/setup.exe", 1000, "unsupported"],
    ["/home/maria/notes", 1000, "unsupported"],
    ["/home/maria/IMG_0001.HEIC", 1000, "heic"],
    ["/home/maria/empty.pdf", 0, "empty"],
    ["/home/maria/scan.pdf", 30 * 1024 * 1024, "too_large"],
    ["", 1000, "not_found"],
  ])("refuses %s (%i bytes) with reason %s", async (path, size, reason) => {
    const backend = createMockBackend({ session: SIGNED_IN, saved, files: { [path]: size } });
    await expect(backend.addDocument("C-1001", path, "other", null)).rejects.toMatchObject({ code: "invalid_input", field: "file", reason });
    expect(await backend.outbox()).toEqual([]);
  });

  it("queues a file with what was removed from it, sends it in steps, and a sync brings the document", async () => {
    const backend = createMockBackend({ session: SIGNED_IN, saved, files: { "C:\\Photos\\receipt.JPG": 400_000 } });
    const progress = uploading(backend);
    const item = await backend.addDocument("C-1001", "C:\\Photos\\receipt.JPG", "proof_of_expenses", "DOC-000102");
    expect(item).toMatchObject({
      kind: "document_attachment",
      case_id: "C-1001",
      state: { state: "queued" },
      upload: {
        file_name: "receipt.JPG",
        content_type: "image/jpeg",
        size: 400_000,
        document_type: "proof_of_expenses",
        replaces: "DOC-000102",
        sent: 0,
        removed: ["exif", "gps"],
      },
    });
    await settle();
    expect(progress.map((each) => each.sent)).toEqual([0, 100_000, 200_000, 300_000, 400_000]);
    const [delivered] = await backend.outbox();
    expect(delivered?.state).toMatchObject({ state: "delivered", receipt: "DOC-000001" });
    expect(delivered?.upload?.sent).toBe(400_000);
    const documents = (await backend.caseDocuments("C-1001")).documents;
    expect(documents.at(-1)).toMatchObject({
      id: "DOC-000001",
      case_id: "C-1001",
      file_name: "receipt.JPG",
      status: "received",
      replaces: "DOC-000102",
      size: 400_000,
    });
    expect(documents.at(-1)?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("pauses, resumes and cancels an upload; manual delivery moves it as the test says", async () => {
    const backend = createMockBackend({ session: SIGNED_IN, saved, delivery: "manual" });
    const progress = uploading(backend);
    const item = await backend.addDocument("C-1001", "/a.pdf", "pay_stub", null);
    backend.progressUpload(item.id, 1000, 500);
    expect((await backend.outbox())[0]?.state.state).toBe("sending");
    expect(progress.at(-1)).toEqual({
      item_id: item.id,
      sent: 1000,
      total: MOCK_FILE_SIZE,
      bytes_per_second: 500,
      seconds_left: Math.ceil((MOCK_FILE_SIZE - 1000) / 500),
    });
    expect((await backend.pauseUpload(item.id)).state).toEqual({ state: "paused" });
    expect((await backend.resumeUpload(item.id)).state).toEqual({ state: "queued", retry_at: null, error: null });
    expect((await backend.outbox())[0]?.upload?.sent).toBe(1000);
    await backend.cancelUpload(item.id);
    expect(await backend.outbox()).toEqual([]);
    await expect(backend.pauseUpload(item.id)).rejects.toMatchObject({ code: "invalid_input", reason: "unknown_outbox_item" });
  });

  it("stops sending a paused upload, and goes on from there once resumed", async () => {
    const backend = createMockBackend({ session: SIGNED_IN, saved, uploadSteps: 2 });
    const item = await backend.addDocument("C-1001", "/a.pdf", "pay_stub", null);
    await backend.pauseUpload(item.id);
    await settle();
    expect((await backend.outbox())[0]?.state).toEqual({ state: "paused" });
    await backend.resumeUpload(item.id);
    await settle();
    expect((await backend.outbox())[0]?.state).toMatchObject({ state: "delivered" });
  });

  it("sends a request once its documents are sent, with their ids", async () => {
    const backend = createMockBackend({ session: SIGNED_IN, saved, delivery: "manual" });
    const first = await backend.addDocument("C-1001", "/a.pdf", "pay_stub", null);
    const second = await backend.addDocument("C-1001", "/b.pdf", "pay_stub", null);
    await expect(
      backend.submitModificationRequest("C-1003", { reason: "job_loss", details: "Laid off." }, [first.id]),
    ).rejects.toMatchObject({ field: "attachments", reason: "unknown_attachment" });
    const request = await backend.submitModificationRequest("C-1001", { reason: "job_loss", details: "Laid off." }, [first.id, second.id]);
    backend.deliverOutboxItem(first.id);
    await backend.cancelUpload(second.id);
    backend.deliverOutboxItem(request.id);
    await settle();
    expect((await backend.submissions()).modification_requests[0]?.documents).toEqual(["DOC-000001"]);
  });

  it("holds a request while its documents are on their way, and fails it when one is refused", async () => {
    const backend = createMockBackend({ session: SIGNED_IN, saved });
    const upload = await backend.addDocument("C-1001", "/a.pdf", "pay_stub", null);
    await backend.pauseUpload(upload.id);
    const request = await backend.submitModificationRequest("C-1001", { reason: "job_loss", details: "Laid off." }, [upload.id]);
    await settle();
    expect((await backend.outbox()).find((item) => item.id === request.id)?.state).toEqual({ state: "queued", retry_at: null, error: null });
    backend.failOutboxItem(upload.id, { code: "agency_error", message: "refused" });
    await settle();
    expect((await backend.outbox()).find((item) => item.id === request.id)?.state).toMatchObject({
      state: "failed",
      error: { code: "agency_error" },
    });
  });

  it("tells drop listeners until they stop", () => {
    const backend = createMockBackend();
    const events: unknown[] = [];
    const stop = backend.onFileDrop((event) => events.push(event));
    expect(backend.watcherCount.drops).toBe(1);
    backend.fileDrop({ type: "over" });
    backend.fileDrop({ type: "drop", paths: ["/a.pdf"] });
    stop();
    backend.fileDrop({ type: "leave" });
    expect(events).toEqual([{ type: "over" }, { type: "drop", paths: ["/a.pdf"] }]);
    expect(backend.watcherCount.drops).toBe(0);
  });
});

describe("the mock backend's kiosk visits", () => {
  const saved = { cases: MOCK_CASES, as_of: "2026-05-31T12:00:00Z" };

  it("refuses to end a visit at home", async () => {
    await expect(createMockBackend().endVisit()).rejects.toEqual({ code: "invalid_input", message: "Only a kiosk ends visits." });
  });

  it("waits for what the visitor submitted, then forgets the visitor", async () => {
    const backend = createMockBackend({ appInfo: kioskInfo(), session: SIGNED_IN, saved, settings: { language: "es" } });
    const events = record(backend);
    await backend.saveApplicationDraft({ form: completeForm(), step: 2, saved_at: "" });
    const item = await backend.submitApplication(completeForm());

    const ended = await backend.endVisit();

    expect(ended).toEqual({ unsent: 0 });
    // Delivered before the reset: the agency has it.
    expect(events.some((event) => event.kind === "outbox" && event.value.some((each) => each.id === item.id && each.state.state === "delivered"))).toBe(true);
    expect(await backend.session()).toEqual({ state: "signed_out" });
    expect(await backend.settings()).toEqual({ language: null, estimate_jurisdiction: null, payment_notifications: false, message_notifications: false, appointment_reminders: false });
    expect(events.slice(-3).map((event) => event.kind)).toEqual(["session", "sync", "outbox"]);
    expect(events.at(-1)).toEqual({ kind: "outbox", value: [] });

    backend.setSession(SIGNED_IN);
    expect(await backend.caseOverview()).toMatchObject({ cases: [], sync: { as_of: null } });
    expect(await backend.applicationDraft()).toBeNull();
    expect(await backend.outbox()).toEqual([]);
    expect(await backend.submissions()).toEqual({ applications: [], modification_requests: [], as_of: null });
    expect(backend.calls.filter((call) => call.method === "endVisit")).toHaveLength(1);
  });

  it("counts what could not be sent in time, and keeps none of it", async () => {
    vi.useFakeTimers();
    try {
      const backend = createMockBackend({ appInfo: kioskInfo(), session: SIGNED_IN, saved, delivery: "manual" });
      await backend.submitApplication(completeForm());
      const upload = await backend.addDocument("C-1001", "/scans/a.pdf", "pay_stub", null);
      await backend.pauseUpload(upload.id);

      let ended: { unsent: number } | null = null;
      void backend.endVisit().then((answer) => (ended = answer));
      await vi.advanceTimersByTimeAsync(MOCK_VISIT_WAIT_MS - 1000);
      expect(ended).toBeNull();
      await vi.advanceTimersByTimeAsync(1000);
      expect(ended).toEqual({ unsent: 2 });
      backend.setSession(SIGNED_IN);
      expect(await backend.outbox()).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });

  it("fails on demand", async () => {
    const backend = createMockBackend({ appInfo: kioskInfo(), failures: { endVisit: { code: "storage", message: "stuck" } } });
    await expect(backend.endVisit()).rejects.toEqual({ code: "storage", message: "stuck" });
  });
});
