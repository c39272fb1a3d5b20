import { beforeEach, describe, expect, it, vi } from "vitest";

const invoke = vi.fn();
vi.mock("@tauri-apps/api/core", () => ({ invoke: (...args: unknown[]) => invoke(...args) }));
const listen = vi.fn();
vi.mock("@tauri-apps/api/event", () => ({ listen: (...args: unknown[]) => listen(...args) }));

const { createTauriBackend } = await import("./tauri");
const { completeForm } = await import("../test/application");

describe("the Tauri backend", () => {
  beforeEach(() => {
    invoke.mockReset();
    listen.mockReset();
  });

  it("calls one command per method, with the right arguments", async () => {
    invoke.mockResolvedValue({ language: "es" });
    const backend = createTauriBackend();
    await backend.appInfo();
    await backend.settings();
    await backend.setLanguage("es");
    await backend.agencyStatus();
    await backend.jurisdictions();
    await backend.setEstimateJurisdiction("US-WI");
    await backend.setPaymentNotifications(true);
    const input = { jurisdiction: "US-WI", as_of: "2026-06-01", children: 1, parents: { a: {}, b: {} } };
    await backend.estimate(input);
    await backend.session();
    await backend.signIn();
    await backend.cancelSignIn();
    await backend.signOut();
    await backend.caseOverview();
    await backend.syncNow();
    await backend.outbox();
    await backend.retryOutboxItem("OB-1");
    await backend.resetStore();
    await backend.paymentsView("C-1001");
    await backend.payoff("C-1001", "50.00");
    expect(invoke.mock.calls).toEqual([
      ["app_info", undefined],
      ["settings", undefined],
      ["set_language", { language: "es" }],
      ["agency_status", undefined],
      ["jurisdictions", undefined],
      ["set_estimate_jurisdiction", { code: "US-WI" }],
      ["set_payment_notifications", { on: true }],
      ["estimate", { case: input }],
      ["session", undefined],
      ["sign_in", undefined],
      ["cancel_sign_in", undefined],
      ["sign_out", undefined],
      ["case_overview", undefined],
      ["sync_now", undefined],
      ["outbox", undefined],
      ["retry_outbox_item", { id: "OB-1" }],
      ["reset_store", undefined],
      ["payments_view", { caseId: "C-1001" }],
      ["payoff", { caseId: "C-1001", monthlyPayment: "50.00" }],
    ]);
  });

  it("calls the application and submission commands with the right arguments", async () => {
    invoke.mockResolvedValue(null);
    const backend = createTauriBackend();
    const form = completeForm();
    const draft = { form, step: 3, saved_at: "" };
    const request = { reason: "income_change" as const, details: "New job" };
    await backend.checkApplication(form);
    await backend.applicationDraft();
    await backend.saveApplicationDraft(draft);
    await expect(backend.discardApplicationDraft()).resolves.toBeUndefined();
    await backend.submitApplication(form);
    await backend.submissions();
    await backend.submitModificationRequest("C-1001", request);
    expect(invoke.mock.calls).toEqual([
      ["check_application", { form }],
      ["application_draft", undefined],
      ["save_application_draft", { draft }],
      ["discard_application_draft", undefined],
      ["submit_application", { form }],
      ["submissions", undefined],
      ["submit_modification_request", { caseId: "C-1001", request }],
    ]);
  });

  it("asks modification_check with the question", async () => {
    invoke.mockResolvedValue(null);
    const question = { case_id: "C-1001", estimated_monthly: "412.50", income_before: "4000.00", income_after: "3000.00" };
    await createTauriBackend().modificationCheck(question);
    expect(invoke.mock.calls).toEqual([["modification_check", { question }]]);
  });

  it("passes answers through", async () => {
    invoke.mockResolvedValue({ name: "Child Support Self-Service", version: "1.2.3", mode: "kiosk" });
    await expect(createTauriBackend().appInfo()).resolves.toEqual({
      name: "Child Support Self-Service",
      version: "1.2.3",
      mode: "kiosk",
    });
  });

  it("keeps the backend's { code, message } errors", async () => {
    invoke.mockRejectedValue({ code: "storage", message: "disk full" });
    await expect(createTauriBackend().setLanguage("en")).rejects.toEqual({ code: "storage", message: "disk full" });
  });

  it("keeps the field and reason of an invalid_input error", async () => {
    const error = {
      code: "invalid_input",
      message: "`parents.a.monthly_income`: not a number",
      field: "parents.a.monthly_income",
      reason: "not_a_number",
    };
    invoke.mockRejectedValue(error);
    const input = { jurisdiction: "US-WI", as_of: "2026-06-01", children: 1, parents: { a: {}, b: {} } };
    await expect(createTauriBackend().estimate(input)).rejects.toEqual(error);
  });

  it.each([
    ["a string", "command quick_exit not found", "command quick_exit not found"],
    ["an Error", new Error("IPC down"), "IPC down"],
    ["an unknown code", { code: "teapot", message: "short and stout" }, "short and stout"],
    ["nothing useful", 42, "42"],
  ])("turns %s into an internal error", async (_kind, thrown, message) => {
    invoke.mockRejectedValue(thrown);
    await expect(createTauriBackend().settings()).rejects.toEqual({ code: "internal", message });
  });

  it("keeps the code of a sign-in the parent cancelled", async () => {
    invoke.mockRejectedValue({ code: "sign_in_cancelled", message: "closed" });
    await expect(createTauriBackend().signIn()).rejects.toEqual({ code: "sign_in_cancelled", message: "closed" });
  });
});

describe("the Tauri backend's events", () => {
  type Handler = (event: { payload: unknown }) => void;

  /** `listen` that answers with its unlisten function only when `resolve` is called. */
  function deferredListen() {
    const unlisten = vi.fn();
    let handler: Handler = () => undefined;
    let resolve: () => void = () => undefined;
    listen.mockImplementation((_name: string, h: Handler) => {
      handler = h;
      return new Promise((done) => (resolve = () => done(unlisten)));
    });
    return { unlisten, send: (payload: unknown) => handler({ payload }), resolve: () => resolve() };
  }

  it("listens on backend-event and hands over each payload", async () => {
    const tauri = deferredListen();
    const received: unknown[] = [];
    const stop = createTauriBackend().onEvent((event) => received.push(event));
    expect(listen.mock.calls[0]?.[0]).toBe("backend-event");
    tauri.resolve();
    await Promise.resolve();
    const event = { kind: "session", value: { state: "signed_out" } };
    tauri.send(event);
    expect(received).toEqual([event]);
    stop();
    await Promise.resolve();
    expect(tauri.unlisten).toHaveBeenCalledTimes(1);
    tauri.send(event);
    expect(received).toHaveLength(1);
  });

  it("unlistens once Tauri answers when stopped before that", async () => {
    const tauri = deferredListen();
    const received: unknown[] = [];
    const stop = createTauriBackend().onEvent((event) => received.push(event));
    stop();
    tauri.send({ kind: "sync", value: {} });
    expect(received).toEqual([]);
    expect(tauri.unlisten).not.toHaveBeenCalled();
    tauri.resolve();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(tauri.unlisten).toHaveBeenCalledTimes(1);
    stop();
    expect(tauri.unlisten).toHaveBeenCalledTimes(1);
  });
});
