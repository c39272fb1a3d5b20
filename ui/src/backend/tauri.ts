import { Channel, invoke, type InvokeArgs } from "@tauri-apps/api/core";
import { listen } from "@tauri-apps/api/event";
import type { Appointment } from "../bindings/agency/Appointment";
import type { DocumentType } from "../bindings/agency/DocumentType";
import type { NewModificationRequest } from "../bindings/agency/NewModificationRequest";
import type { AgencyConnection } from "../bindings/AgencyConnection";
import type { ApplicationDraft } from "../bindings/ApplicationDraft";
import type { ApplicationForm } from "../bindings/ApplicationForm";
import type { AppInfo } from "../bindings/AppInfo";
import type { BackendEvent } from "../bindings/BackendEvent";
import type { BootInfo } from "../bindings/BootInfo";
import type { Case } from "../bindings/Case";
import type { CaseAppointments } from "../bindings/CaseAppointments";
import type { CaseDocuments } from "../bindings/CaseDocuments";
import type { CaseHowToPay } from "../bindings/CaseHowToPay";
import type { ContactForm } from "../bindings/ContactForm";
import type { ContactUpdates } from "../bindings/ContactUpdates";
import type { MessageDraft } from "../bindings/MessageDraft";
import type { MessageForm } from "../bindings/MessageForm";
import type { MessageInbox } from "../bindings/MessageInbox";
import type { ThreadView } from "../bindings/ThreadView";
import type { CaseOverview } from "../bindings/CaseOverview";
import type { Estimate } from "../bindings/Estimate";
import type { FieldIssue } from "../bindings/FieldIssue";
import type { JurisdictionInfo } from "../bindings/JurisdictionInfo";
import type { Language } from "../bindings/Language";
import type { ModificationAnswer } from "../bindings/ModificationAnswer";
import type { ModificationQuestion } from "../bindings/ModificationQuestion";
import type { OpenSlots } from "../bindings/OpenSlots";
import type { OutboxItem } from "../bindings/OutboxItem";
import type { PaymentsView } from "../bindings/PaymentsView";
import type { PrintableDocument } from "../bindings/printable/PrintableDocument";
import type { Projection } from "../bindings/Projection";
import type { SessionState } from "../bindings/SessionState";
import type { Settings } from "../bindings/Settings";
import type { Submissions } from "../bindings/Submissions";
import type { SyncStatus } from "../bindings/SyncStatus";
import type { UploadProgress } from "../bindings/UploadProgress";
import type { VisitEnded } from "../bindings/VisitEnded";
import type { Backend, FileDropEvent, Unsubscribe } from "./backend";
import { toIpcError } from "./errors";

/** The Tauri event the backend pushes every `BackendEvent` on. */
export const BACKEND_EVENT = "backend-event";

async function call<T>(command: string, args?: InvokeArgs): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (thrown) {
    throw toIpcError(thrown);
  }
}

/**
 * A subscription whose unlisten function Tauri hands over only later: the
 * returned function works at once all the same (what arrives after it was
 * called is dropped, and Tauri's listener is removed as soon as its unlisten
 * comes).
 */
function subscription(start: (active: () => boolean) => Promise<() => void>): Unsubscribe {
  let stopped = false;
  let unlisten: (() => void) | null = null;
  let started: Promise<() => void>;
  try {
    started = start(() => !stopped);
  } catch (thrown) {
    // No web view to ask (a window without one): nothing will come.
    started = Promise.reject(thrown);
  }
  started.then(
    (stop) => {
      if (stopped) stop();
      else unlisten = stop;
    },
    () => undefined,
  );
  return () => {
    if (stopped) return;
    stopped = true;
    unlisten?.();
    unlisten = null;
  };
}

/** Listens for backend events. */
function onEvent(listener: (event: BackendEvent) => void): Unsubscribe {
  return subscription((active) =>
    listen<BackendEvent>(BACKEND_EVENT, (event) => {
      if (active()) listener(event.payload);
    }),
  );
}

/**
 * Files dragged onto the window, as the web view reports them; nothing when
 * there is no web view to ask. Tauri's web view module (with its window and
 * geometry modules, 16 kB) loads with the first screen that listens, not
 * with the first screen.
 */
function onFileDrop(listener: (event: FileDropEvent) => void): Unsubscribe {
  return subscription((active) =>
    import("@tauri-apps/api/webview").then(({ getCurrentWebview }) =>
      getCurrentWebview().onDragDropEvent(({ payload }) => {
        if (!active()) return;
        if (payload.type === "drop") listener({ type: "drop", paths: [...payload.paths] });
        else if (payload.type === "leave") listener({ type: "leave" });
        else listener({ type: "over" });
      }),
    ),
  );
}

/**
 * Upload progress for any number of listeners over one channel, opened at
 * the first listener and kept for the page's life: the shell has no command
 * to close a watch (it ends when the page goes away), so opening one per
 * screen would leave one running per visit.
 */
function uploadWatcher(): (listener: (progress: UploadProgress) => void) => Unsubscribe {
  const listeners = new Set<(progress: UploadProgress) => void>();
  let open = false;
  return (listener) => {
    const subscribed = (progress: UploadProgress) => listener(progress);
    listeners.add(subscribed);
    if (!open) {
      open = true;
      const channel = new Channel<UploadProgress>((progress) => {
        for (const each of [...listeners]) each(progress);
      });
      call<unknown>("watch_uploads", { onProgress: channel }).catch(() => {
        // Opened again by the next listener.
        open = false;
      });
    }
    return () => {
      listeners.delete(subscribed);
    };
  };
}

declare global {
  interface Window {
    /** Set by the shell before the page's scripts run (`open_main` in `src-tauri/src/window.rs`). */
    readonly __CHILD_SUPPORT_BOOT__?: BootInfo;
  }
}

/** The backend inside the Tauri shell: one `invoke` per command. */
export function createTauriBackend(): Backend {
  return {
    bootInfo: () => window.__CHILD_SUPPORT_BOOT__ ?? null,
    appInfo: () => call<AppInfo>("app_info"),
    settings: () => call<Settings>("settings"),
    setLanguage: (language: Language) => call<Settings>("set_language", { language }),
    agencyStatus: () => call<AgencyConnection>("agency_status"),
    jurisdictions: () => call<JurisdictionInfo[]>("jurisdictions"),
    setEstimateJurisdiction: (code: string) => call<Settings>("set_estimate_jurisdiction", { code }),
    setPaymentNotifications: (on: boolean) => call<Settings>("set_payment_notifications", { on }),
    estimate: (input: Case) => call<Estimate>("estimate", { case: input }),
    session: () => call<SessionState>("session"),
    signIn: () => call<SessionState>("sign_in"),
    cancelSignIn: async () => {
      await call<unknown>("cancel_sign_in");
    },
    signOut: () => call<SessionState>("sign_out"),
    caseOverview: () => call<CaseOverview>("case_overview"),
    syncNow: () => call<SyncStatus>("sync_now"),
    outbox: () => call<OutboxItem[]>("outbox"),
    retryOutboxItem: (id: string) => call<OutboxItem>("retry_outbox_item", { id }),
    resetStore: async () => {
      await call<unknown>("reset_store");
    },
    paymentsView: (caseId: string) => call<PaymentsView>("payments_view", { caseId }),
    payoff: (caseId: string, monthlyPayment: string) => call<Projection>("payoff", { caseId, monthlyPayment }),
    checkApplication: (form: ApplicationForm) => call<FieldIssue[]>("check_application", { form }),
    applicationDraft: () => call<ApplicationDraft | null>("application_draft"),
    saveApplicationDraft: (draft: ApplicationDraft) => call<ApplicationDraft>("save_application_draft", { draft }),
    discardApplicationDraft: async () => {
      await call<unknown>("discard_application_draft");
    },
    submitApplication: (form: ApplicationForm) => call<OutboxItem>("submit_application", { form }),
    submissions: () => call<Submissions>("submissions"),
    submitModificationRequest: (caseId: string, request: NewModificationRequest, attachments?: string[]) =>
      call<OutboxItem>("submit_modification_request", { caseId, request, attachments: attachments ?? null }),
    modificationCheck: (question: ModificationQuestion) => call<ModificationAnswer>("modification_check", { question }),
    pickDocument: (title: string, filterName: string) => call<string | null>("pick_document", { title, filterName }),
    saveCsv: (text: string, fileName: string, title: string) => call<string | null>("save_csv", { text, fileName, title }),
    saveStatementPdf: (document: PrintableDocument, fileName: string, title: string) =>
      call<string | null>("save_statement_pdf", { document, fileName, title }),
    addDocument: (caseId: string, path: string, documentType: DocumentType, replaces: string | null) =>
      call<OutboxItem>("add_document", { caseId, path, documentType, replaces }),
    caseDocuments: (caseId: string) => call<CaseDocuments>("case_documents", { caseId }),
    pauseUpload: (id: string) => call<OutboxItem>("pause_upload", { id }),
    resumeUpload: (id: string) => call<OutboxItem>("resume_upload", { id }),
    cancelUpload: async (id: string) => {
      await call<unknown>("cancel_upload", { id });
    },
    howToPay: (caseId: string) => call<CaseHowToPay>("how_to_pay", { caseId }),
    openPaymentSite: async (caseId: string) => {
      await call<unknown>("open_payment_site", { caseId });
    },
    checkContactUpdate: (form: ContactForm) => call<FieldIssue[]>("check_contact_update", { form }),
    submitContactUpdate: (form: ContactForm) => call<OutboxItem>("submit_contact_update", { form }),
    contactUpdates: () => call<ContactUpdates>("contact_updates"),
    checkMessage: (form: MessageForm, threadId: string | null) => call<FieldIssue[]>("check_message", { form, threadId }),
    messageInbox: () => call<MessageInbox>("message_inbox"),
    messageThread: (caseId: string, threadId: string) => call<ThreadView | null>("message_thread", { caseId, threadId }),
    messageDraft: (caseId: string, threadId: string | null) => call<MessageDraft | null>("message_draft", { caseId, threadId }),
    saveMessageDraft: (caseId: string, threadId: string | null, form: MessageForm) => call<MessageDraft>("save_message_draft", { caseId, threadId, form }),
    discardMessageDraft: async (caseId: string, threadId: string | null) => {
      await call<unknown>("discard_message_draft", { caseId, threadId });
    },
    sendMessage: (caseId: string, threadId: string | null, form: MessageForm) => call<OutboxItem>("send_message", { caseId, threadId, form }),
    markThreadRead: (caseId: string, threadId: string) => call<ThreadView | null>("mark_thread_read", { caseId, threadId }),
    setMessageNotifications: (on: boolean) => call<Settings>("set_message_notifications", { on }),
    appointments: (caseId: string) => call<CaseAppointments>("appointments", { caseId }),
    appointmentSlots: (caseId: string) => call<OpenSlots>("appointment_slots", { caseId }),
    bookAppointment: (caseId: string, slotId: string, idempotencyKey: string) =>
      call<Appointment>("book_appointment", { caseId, slotId, idempotencyKey }),
    cancelAppointment: (caseId: string, appointmentId: string, idempotencyKey: string) =>
      call<Appointment>("cancel_appointment", { caseId, appointmentId, idempotencyKey }),
    saveAppointmentIcs: (caseId: string, appointmentId: string, language: Language, fileName: string, title: string) =>
      call<string | null>("save_appointment_ics", { caseId, appointmentId, language, fileName, title }),
    setAppointmentReminders: (on: boolean) => call<Settings>("set_appointment_reminders", { on }),
    endVisit: () => call<VisitEnded>("end_visit"),
    printReceipt: async () => {
      await call<unknown>("print_receipt");
    },
    watchUploads: uploadWatcher(),
    onFileDrop,
    onEvent,
  };
}
