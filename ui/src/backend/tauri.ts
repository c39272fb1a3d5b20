import { invoke, type InvokeArgs } from "@tauri-apps/api/core";
import { listen } from "@tauri-apps/api/event";
import type { NewModificationRequest } from "../bindings/agency/NewModificationRequest";
import type { AgencyConnection } from "../bindings/AgencyConnection";
import type { ApplicationDraft } from "../bindings/ApplicationDraft";
import type { ApplicationForm } from "../bindings/ApplicationForm";
import type { AppInfo } from "../bindings/AppInfo";
import type { BackendEvent } from "../bindings/BackendEvent";
import type { Case } from "../bindings/Case";
import type { CaseOverview } from "../bindings/CaseOverview";
import type { Estimate } from "../bindings/Estimate";
import type { FieldIssue } from "../bindings/FieldIssue";
import type { JurisdictionInfo } from "../bindings/JurisdictionInfo";
import type { Language } from "../bindings/Language";
import type { ModificationAnswer } from "../bindings/ModificationAnswer";
import type { ModificationQuestion } from "../bindings/ModificationQuestion";
import type { OutboxItem } from "../bindings/OutboxItem";
import type { PaymentsView } from "../bindings/PaymentsView";
import type { Projection } from "../bindings/Projection";
import type { SessionState } from "../bindings/SessionState";
import type { Settings } from "../bindings/Settings";
import type { Submissions } from "../bindings/Submissions";
import type { SyncStatus } from "../bindings/SyncStatus";
import type { Backend, Unsubscribe } from "./backend";
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
 * Listens for backend events. Tauri's `listen` answers with its unlisten
 * function only later: the returned function works at once all the same (an
 * event that arrives after it was called is dropped, and the listener is
 * removed as soon as Tauri hands over its unlisten).
 */
function onEvent(listener: (event: BackendEvent) => void): Unsubscribe {
  let stopped = false;
  let unlisten: (() => void) | null = null;
  listen<BackendEvent>(BACKEND_EVENT, (event) => {
    if (!stopped) listener(event.payload);
  }).then(
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

/** The backend inside the Tauri shell: one `invoke` per command. */
export function createTauriBackend(): Backend {
  return {
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
    submitModificationRequest: (caseId: string, request: NewModificationRequest) =>
      call<OutboxItem>("submit_modification_request", { caseId, request }),
    modificationCheck: (question: ModificationQuestion) => call<ModificationAnswer>("modification_check", { question }),
    onEvent,
  };
}
