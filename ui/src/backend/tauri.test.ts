import { beforeEach, describe, expect, it, vi } from "vitest";

const invoke = vi.fn();
/** Tauri's channel: what the backend sends over it goes to `onmessage`. */
class FakeChannel<T> {
  constructor(public onmessage: (message: T) => void) {}
}
vi.mock("@tauri-apps/api/core", () => ({ invoke: (...args: unknown[]) => invoke(...args), Channel: FakeChannel }));
const listen = vi.fn();
vi.mock("@tauri-apps/api/event", () => ({ listen: (...args: unknown[]) => listen(...args) }));
const onDragDropEvent = vi.fn();
const getCurrentWebview = vi.fn(() => ({ onDragDropEvent: (...args: unknown[]) => onDragDropEvent(...args) }));
vi.mock("@tauri-apps/api/webview", () => ({ getCurrentWebview: () => getCurrentWebview() }));

const { createTauriBackend } = await import("./tauri");
const { completeForm } = await import("../test/application");

describe("the Tauri backend", () => {
  beforeEach(() => {
    invoke.mockReset();
    listen.mockReset();
    onDragDropEvent.mockReset();
  });

  it("finds what the shell gave the page in its global, and nothing where it gave none", () => {
    const backend = createTauriBackend();
    expect(backend.bootInfo()).toBeNull();
    const given = {
      app: { name: "Child Support Self-Service", version: "0.1.0", mode: "home" as const },
      settings: { language: "es" as const, estimate_jurisdiction: null, payment_notifications: false, message_notifications: false, appointment_reminders: false },
    };
    Object.defineProperty(window, "__CHILD_SUPPORT_BOOT__", { value: given, configurable: true });
    try {
      expect(backend.bootInfo()).toEqual(given);
      expect(invoke).not.toHaveBeenCalled();
    } finally {
      delete (window as { __CHILD_SUPPORT_BOOT__?: unknown }).__CHILD_SUPPORT_BOOT__;
    }
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
    await backend.submitModificationRequest("C-1001", request, ["OB-7", "OB-8"]);
    expect(invoke.mock.calls).toEqual([
      ["check_application", { form }],
      ["application_draft", undefined],
      ["save_application_draft", { draft }],
      ["discard_application_draft", undefined],
      ["submit_application", { form }],
      ["submissions", undefined],
      ["submit_modification_request", { caseId: "C-1001", request, attachments: null }],
      ["submit_modification_request", { caseId: "C-1001", request, attachments: ["OB-7", "OB-8"] }],
    ]);
  });

  it("calls the appointment commands with the right arguments", async () => {
    invoke.mockResolvedValue(null);
    const backend = createTauriBackend();
    await backend.appointments("C-1001");
    await backend.appointmentSlots("C-1001");
    await backend.bookAppointment("C-1001", "SL-000007", "k1");
    await backend.cancelAppointment("C-1001", "APT-000003", "k2");
    await expect(backend.saveAppointmentIcs("C-1001", "APT-000003", "es", "cita.ics", "Guardar")).resolves.toBeNull();
    await backend.setAppointmentReminders(true);
    expect(invoke.mock.calls).toEqual([
      ["appointments", { caseId: "C-1001" }],
      ["appointment_slots", { caseId: "C-1001" }],
      ["book_appointment", { caseId: "C-1001", slotId: "SL-000007", idempotencyKey: "k1" }],
      ["cancel_appointment", { caseId: "C-1001", appointmentId: "APT-000003", idempotencyKey: "k2" }],
      ["save_appointment_ics", { caseId: "C-1001", appointmentId: "APT-000003", language: "es", fileName: "cita.ics", title: "Guardar" }],
      ["set_appointment_reminders", { on: true }],
    ]);
  });

  it("calls the document commands with the right arguments", async () => {
    invoke.mockResolvedValue(null);
    const backend = createTauriBackend();
    await expect(backend.pickDocument("Choose a document", "Documents")).resolves.toBeNull();
    await backend.addDocument("C-1001", "/home/maria/pay.pdf", "pay_stub", null);
    await backend.addDocument("C-1001", "/home/maria/receipt.png", "proof_of_expenses", "DOC-000102");
    await backend.caseDocuments("C-1001");
    await backend.pauseUpload("OB-7");
    await backend.resumeUpload("OB-7");
    await expect(backend.cancelUpload("OB-7")).resolves.toBeUndefined();
    expect(invoke.mock.calls).toEqual([
      ["pick_document", { title: "Choose a document", filterName: "Documents" }],
      ["add_document", { caseId: "C-1001", path: "/home/maria/pay.pdf", documentType: "pay_stub", replaces: null }],
      ["add_document", { caseId: "C-1001", path: "/home/maria/receipt.png", documentType: "proof_of_expenses", replaces: "DOC-000102" }],
      ["case_documents", { caseId: "C-1001" }],
      ["pause_upload", { id: "OB-7" }],
      ["resume_upload", { id: "OB-7" }],
      ["cancel_upload", { id: "OB-7" }],
    ]);
  });

  it("saves exports through the shell's save dialog, answering the path or null", async () => {
    const backend = createTauriBackend();
    const document = { language: "en", title: "Statement", lines: [], sections: [], footer: "", page_label: "Page" };
    invoke.mockResolvedValueOnce("/home/maria/payments-C-1001.csv").mockResolvedValueOnce(null);
    await expect(backend.saveCsv("a,b\r\n", "payments-C-1001.csv", "Save the payments")).resolves.toBe("/home/maria/payments-C-1001.csv");
    await expect(backend.saveStatementPdf(document, "statement-C-1001.pdf", "Save the statement")).resolves.toBeNull();
    expect(invoke.mock.calls).toEqual([
      ["save_csv", { text: "a,b\r\n", fileName: "payments-C-1001.csv", title: "Save the payments" }],
      ["save_statement_pdf", { document, fileName: "statement-C-1001.pdf", title: "Save the statement" }],
    ]);
  });

  it("keeps the reason of a file the backend refuses", async () => {
    const error = { code: "invalid_input", message: "This kind of file cannot be sent.", field: "file", reason: "unsupported" };
    invoke.mockRejectedValue(error);
    await expect(createTauriBackend().addDocument("C-1001", "/tmp/setup.exe", "other", null)).rejects.toEqual(error);
  });

  it("watches uploads over one channel, however many listen", async () => {
    invoke.mockResolvedValue(null);
    const backend = createTauriBackend();
    const first: unknown[] = [];
    const second: unknown[] = [];
    const stopFirst = backend.watchUploads((progress) => first.push(progress));
    backend.watchUploads((progress) => second.push(progress));
    expect(invoke.mock.calls).toHaveLength(1);
    const [command, args] = invoke.mock.calls[0] as [string, { onProgress: FakeChannel<unknown> }];
    expect(command).toBe("watch_uploads");
    expect(args.onProgress).toBeInstanceOf(FakeChannel);
    const progress = { item_id: "OB-7", sent: 10, total: 100, bytes_per_second: 5, seconds_left: 18 };
    args.onProgress.onmessage(progress);
    stopFirst();
    stopFirst();
    args.onProgress.onmessage({ ...progress, sent: 20 });
    expect(first).toEqual([progress]);
    expect(second).toEqual([progress, { ...progress, sent: 20 }]);
  });

  it("opens the watch again after the shell refused it", async () => {
    invoke.mockRejectedValueOnce({ code: "internal", message: "no" }).mockResolvedValue(null);
    const backend = createTauriBackend();
    backend.watchUploads(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 0));
    backend.watchUploads(() => undefined);
    expect(invoke.mock.calls.map(([command]) => command)).toEqual(["watch_uploads", "watch_uploads"]);
  });

  it("asks modification_check with the question", async () => {
    invoke.mockResolvedValue(null);
    const question = { case_id: "C-1001", estimated_monthly: "412.50", income_before: "4000.00", income_after: "3000.00" };
    await createTauriBackend().modificationCheck(question);
    expect(invoke.mock.calls).toEqual([["modification_check", { question }]]);
  });

  it("ends a kiosk visit with end_visit, and passes on how many submissions were not sent", async () => {
    invoke.mockResolvedValue({ unsent: 2 });
    await expect(createTauriBackend().endVisit()).resolves.toEqual({ unsent: 2 });
    expect(invoke.mock.calls).toEqual([["end_visit", undefined]]);
  });

  it("prints a kiosk's receipt with print_receipt, and passes on a printer's failure", async () => {
    invoke.mockResolvedValue(null);
    await expect(createTauriBackend().printReceipt()).resolves.toBeUndefined();
    expect(invoke.mock.calls).toEqual([["print_receipt", undefined]]);
    const failure = { code: "internal", message: "The receipt could not be printed. Please ask the office's staff for help." };
    invoke.mockRejectedValue(failure);
    await expect(createTauriBackend().printReceipt()).rejects.toEqual(failure);
  });

  it("keeps the backend's refusal to end a visit at home", async () => {
    invoke.mockRejectedValue({ code: "invalid_input", message: "Only a kiosk ends visits." });
    await expect(createTauriBackend().endVisit()).rejects.toEqual({ code: "invalid_input", message: "Only a kiosk ends visits." });
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

describe("files dropped on the window", () => {
  type Handler = (event: { payload: unknown }) => void;

  beforeEach(() => {
    onDragDropEvent.mockReset();
    getCurrentWebview.mockClear();
  });

  it("tells over, drop with the paths, and leave, until stopped", async () => {
    const unlisten = vi.fn();
    let handler: Handler = () => undefined;
    onDragDropEvent.mockImplementation((h: Handler) => {
      handler = h;
      return Promise.resolve(unlisten);
    });
    const received: unknown[] = [];
    const stop = createTauriBackend().onFileDrop((event) => received.push(event));
    // The web view's module loads with the first listener.
    await vi.waitFor(() => expect(onDragDropEvent).toHaveBeenCalledTimes(1));
    handler({ payload: { type: "enter", paths: ["/a.pdf"], position: { x: 1, y: 2 } } });
    handler({ payload: { type: "over", position: { x: 3, y: 4 } } });
    handler({ payload: { type: "drop", paths: ["/a.pdf", "/b.png"], position: { x: 3, y: 4 } } });
    handler({ payload: { type: "leave" } });
    expect(received).toEqual([{ type: "over" }, { type: "over" }, { type: "drop", paths: ["/a.pdf", "/b.png"] }, { type: "leave" }]);
    stop();
    expect(unlisten).toHaveBeenCalledTimes(1);
    handler({ payload: { type: "leave" } });
    expect(received).toHaveLength(4);
  });

  it("does nothing where there is no web view to ask", async () => {
    getCurrentWebview.mockImplementationOnce(() => {
      throw new Error("no window");
    });
    const stop = createTauriBackend().onFileDrop(() => undefined);
    await vi.waitFor(() => expect(getCurrentWebview).toHaveBeenCalledTimes(1));
    expect(() => stop()).not.toThrow();
    expect(onDragDropEvent).not.toHaveBeenCalled();
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
