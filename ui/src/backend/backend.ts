import type { DocumentType } from "../bindings/agency/DocumentType";
import type { NewModificationRequest } from "../bindings/agency/NewModificationRequest";
import type { Appointment } from "../bindings/agency/Appointment";
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

/** Stops listening. Safe to call more than once. */
export type Unsubscribe = () => void;

/**
 * Files dragged over the app's window by the parent, as the shell tells it
 * (the web view itself never gets the files, only their paths): `over` while
 * they are held over the window, `drop` with their paths when let go,
 * `leave` when the drag left the window or was cancelled.
 */
export type FileDropEvent = { type: "over" } | { type: "drop"; paths: string[] } | { type: "leave" };

/**
 * Everything the UI asks of the app's backend. Components reach it only
 * through `useBackend()`; the Tauri implementation lives in `tauri.ts`, the
 * in-memory one for tests and the browser preview in `mock.ts`.
 *
 * Every method rejects with an `IpcError` (`{ code, message }`, and for
 * `invalid_input` the `field` and `reason` when the backend names them).
 * Anything that reads the app's saved copy of the agency's data may reject
 * with `store_damaged`: the way out is `resetStore()`.
 */
export interface Backend {
  /**
   * What the shell gave the page as it opened the window (`app_info` and
   * `settings` as they were then), so that the first screen needs no round
   * trip; null where nothing was given (the mock, unless told).
   */
  bootInfo(): BootInfo | null;
  appInfo(): Promise<AppInfo>;
  settings(): Promise<Settings>;
  setLanguage(language: Language): Promise<Settings>;
  agencyStatus(): Promise<AgencyConnection>;
  /** The states the calculator knows, and what each one's form asks. */
  jurisdictions(): Promise<JurisdictionInfo[]>;
  /** Remembers the state chosen on the Estimate screen. */
  setEstimateJurisdiction(code: string): Promise<Settings>;
  /**
   * Turns desktop notifications of new payments on or off. While on, the
   * backend shows a desktop notification when a sync finds payments that
   * were not there before, worded without any amount (and pushes a
   * `payments_posted` event either way). Never on a kiosk.
   */
  setPaymentNotifications(on: boolean): Promise<Settings>;
  /** Estimates support; bad input rejects with `invalid_input` and its `field` and `reason`. */
  estimate(input: Case): Promise<Estimate>;

  /** Who is signed in, if anyone. */
  session(): Promise<SessionState>;
  /**
   * Opens the agency's sign-in page and resolves once the parent has finished
   * there (`signed_in`). Rejects with `sign_in_cancelled` when they cancelled
   * or it timed out, `agency_unreachable` and so on otherwise.
   */
  signIn(): Promise<SessionState>;
  /** Gives up a sign-in under way: the pending `signIn()` rejects with `sign_in_cancelled`. */
  cancelSignIn(): Promise<void>;
  signOut(): Promise<SessionState>;
  /**
   * The cases as the app saved them (possibly none) and how fresh they are,
   * at once; the backend then syncs in the background and pushes `sync` events.
   */
  caseOverview(): Promise<CaseOverview>;
  /** Starts a sync now; answers with the status it starts from. */
  syncNow(): Promise<SyncStatus>;
  /** What the parent submitted, and where each item stands. */
  outbox(): Promise<OutboxItem[]>;
  /** Sends a failed or waiting item again. */
  retryOutboxItem(id: string): Promise<OutboxItem>;
  /** Sets aside a damaged saved copy (after `store_damaged`); a fresh sync follows. */
  resetStore(): Promise<void>;
  /**
   * One case's payments from the app's saved copy (newest first), the app's
   * own month-by-month working of the account (`statement`, or
   * `ledger_error` when it can't be worked), its audit of the agency's
   * balance, and the sync status. Rejects with `invalid_input` for a case
   * that isn't the parent's or hasn't been downloaded yet.
   */
  paymentsView(caseId: string): Promise<PaymentsView>;
  /**
   * When the case's past-due balance would be paid off at `monthlyPayment` (a
   * decimal string) a month. Rejects with `invalid_input`, field
   * `monthly_payment` and reason `invalid_amount`, when that isn't a positive
   * dollars-and-cents amount.
   */
  payoff(caseId: string, monthlyPayment: string): Promise<Projection>;

  /**
   * Every answer of an application that needs another look, each as its
   * field path (`children.0.date_of_birth`) and a problem code; empty when
   * the application can be sent. Never rejects for the form's content.
   */
  checkApplication(form: ApplicationForm): Promise<FieldIssue[]>;
  /** The signed-in parent's application in progress, if any. Rejects with `not_signed_in` when signed out. */
  applicationDraft(): Promise<ApplicationDraft | null>;
  /** Saves the application in progress (send `saved_at: ""`); answers with `saved_at` filled in. */
  saveApplicationDraft(draft: ApplicationDraft): Promise<ApplicationDraft>;
  /** Throws the application in progress away. */
  discardApplicationDraft(): Promise<void>;
  /**
   * Saves the application to the outbox (deleting the draft in the same
   * step); the backend sends it and the item follows through `outbox`
   * events, its `receipt` being the application number once delivered.
   * Rejects with `invalid_input` (the first `field` at fault and its problem
   * as `reason`) when `checkApplication` would name any.
   */
  submitApplication(form: ApplicationForm): Promise<OutboxItem>;
  /**
   * The parent's applications and modification requests as of the last
   * sync (`as_of`). The backend syncs after each delivery: read again on a
   * `sync` event back to `idle`, and on `outbox` events.
   */
  submissions(): Promise<Submissions>;
  /**
   * Saves a request to review a case's order to the outbox; it follows like
   * an application. `attachments` are outbox ids of uploads of the same case
   * (`addDocument`): the request waits until they are delivered and goes
   * with their documents (one cancelled meanwhile is left out). Rejects with
   * `invalid_input`, field `attachments` and reason `unknown_attachment`,
   * when one of them is not an upload of this case.
   */
  submitModificationRequest(caseId: string, request: NewModificationRequest, attachments?: string[]): Promise<OutboxItem>;
  /**
   * Whether the state's rules for a review of a case's order are met, given
   * the new amount per month (`estimated_monthly`, and for New York the
   * asking parent's gross monthly income then and now, both or neither):
   * the order's monthly equivalent and date, and the verdict with its
   * reasons. Rejects with `invalid_input`: field `estimated_monthly`,
   * `income_before` or `income_after` with reason `invalid_amount`; field
   * `case_id` with `unknown_case` or `no_order`; or the calculator's own
   * reasons (`missing_field`, `too_large`, `order_date_after_as_of`,
   * `unknown_jurisdiction`, `rules_incomplete`…).
   */
  modificationCheck(question: ModificationQuestion): Promise<ModificationAnswer>;

  /**
   * Shows the system's file dialog (PDF, JPEG and PNG), with this title and
   * name of its filter in the parent's language. Answers the chosen file's
   * path, or null when the parent closed the dialog.
   */
  pickDocument(title: string, filterName: string): Promise<string | null>;
  /**
   * Shows the system's save dialog (with this title, suggesting `fileName`)
   * and writes the CSV text the UI made there, whole or not at all. Answers
   * the path saved to, or null when the parent closed the dialog. Rejects
   * with `invalid_input` on a kiosk (which saves nothing) and `storage` when
   * the file couldn't be written there.
   */
  saveCsv(text: string, fileName: string, title: string): Promise<string | null>;
  /** Like `saveCsv`, for a statement the UI worded, which the backend renders as a PDF. */
  saveStatementPdf(document: PrintableDocument, fileName: string, title: string): Promise<string | null>;
  /**
   * Checks the file at `path` (its type by its content, its size against
   * the agency's limit), removes location and other hidden information from
   * a photo, and saves it to the outbox to be sent to the case: a
   * `document_attachment` item with its `upload`. `replaces` is a rejected
   * document of the case this one replaces. A file that can't be sent
   * rejects with `invalid_input`, field `file`, and as `reason` one of
   * `not_found`, `not_a_file`, `too_large`, `empty`, `unsupported`, `heic`,
   * `encrypted_pdf`, `damaged_pdf`, `damaged_image` or `io` (the message
   * says it in English).
   */
  addDocument(caseId: string, path: string, documentType: DocumentType, replaces: string | null): Promise<OutboxItem>;
  /**
   * The documents the parent sent on a case as of the last sync (`as_of`,
   * null if never), and what the agency takes (`policy`, null until known).
   * The backend syncs after each delivery: read again on a `sync` event back
   * to `idle`.
   */
  caseDocuments(caseId: string): Promise<CaseDocuments>;
  /** Stops an upload at once; nothing more is sent until `resumeUpload`. */
  pauseUpload(id: string): Promise<OutboxItem>;
  /** Sends a paused upload again, from where the agency has it. */
  resumeUpload(id: string): Promise<OutboxItem>;
  /** Stops an upload not yet delivered and forgets it (the app's copy is deleted). */
  cancelUpload(id: string): Promise<void>;
  /**
   * Each running upload's progress, several times a second (bytes sent of
   * the total, the speed, the seconds left once measured). The outbox
   * events still say where each item stands.
   */
  watchUploads(listener: (progress: UploadProgress) => void): Unsubscribe;
  /**
   * Files dragged onto the app's window. Never called where the shell can't
   * tell (a plain browser).
   */
  onFileDrop(listener: (event: FileDropEvent) => void): Unsubscribe;

  /**
   * How to pay on a case as of the last sync (`how_to_pay` null until one
   * fetched it): the case number to quote, what is due next, and the
   * agency's payment options. Read again on a `sync` event back to `idle`.
   */
  howToPay(caseId: string): Promise<CaseHowToPay>;
  /**
   * Opens the agency's online payment site for the case in the system
   * browser (the shell takes the `https` address from the agency's answer,
   * never from the UI). Rejects with `invalid_input` on a kiosk, and when
   * the agency has no (https) payment site.
   */
  openPaymentSite(caseId: string): Promise<void>;
  /**
   * Every field of a contact update that needs another look (the agency's
   * rules), each as its field path (`address.zip`, `employer.start_date`, or
   * `form` with `required` when nothing was filled in); empty when it can be sent.
   */
  checkContactUpdate(form: ContactForm): Promise<FieldIssue[]>;
  /**
   * Saves a change of address, phone, email or employer to the outbox (a
   * `contact_update` item with its own idempotency key); the backend sends
   * it, and the agency's decision follows through sync in `contactUpdates`.
   * Rejects with `invalid_input` (the first `field` and its `reason`) when
   * `checkContactUpdate` would name any.
   */
  submitContactUpdate(form: ContactForm): Promise<OutboxItem>;
  /**
   * The parent's contact updates with the agency's status (received,
   * confirmed, rejected), and per case who can see their details, as of the
   * last sync. Read again on a `sync` event back to `idle`.
   */
  contactUpdates(): Promise<ContactUpdates>;
  /**
   * Every field of a message that needs another look, by the agency's limits
   * (`subject` for a new thread, i.e. without `threadId`; `body`;
   * `attachments`); empty when it can be sent.
   */
  checkMessage(form: MessageForm, threadId: string | null): Promise<FieldIssue[]>;
  /**
   * Each case's message threads as of the last sync, the parent's messages
   * still in the outbox (`pending`, "sending"), and the unread count. Read
   * again on a `sync` event back to `idle` and on `outbox` events.
   */
  messageInbox(): Promise<MessageInbox>;
  /** One thread with its messages as synced, and its replies on their way; null when not downloaded. */
  messageThread(caseId: string, threadId: string): Promise<ThreadView | null>;
  /** The message in progress on a case: a new thread (`threadId` null) or a reply. */
  messageDraft(caseId: string, threadId: string | null): Promise<MessageDraft | null>;
  /** Saves the message in progress, encrypted (an empty one deletes the draft). */
  saveMessageDraft(caseId: string, threadId: string | null, form: MessageForm): Promise<MessageDraft>;
  discardMessageDraft(caseId: string, threadId: string | null): Promise<void>;
  /**
   * Saves a new thread (`threadId` null) or a reply to the outbox in place
   * of its draft (`message_thread` / `message_reply`, its own idempotency
   * key); it waits for its `attachments` (uploads on the same case). Rejects
   * with `invalid_input` (the first `field`) when `checkMessage` would name any.
   */
  sendMessage(caseId: string, threadId: string | null, form: MessageForm): Promise<OutboxItem>;
  /** The parent opened a thread: marks it read here and at the agency (or at the next sync, offline). */
  markThreadRead(caseId: string, threadId: string): Promise<ThreadView | null>;
  /** Turns desktop notifications of new messages on or off (only "You have a new message"). */
  setMessageNotifications(on: boolean): Promise<Settings>;

  /**
   * A case's appointments and court dates as of the last sync (`as_of`,
   * null if never): booked and cancelled, none that has ended, soonest
   * first. Read again on a `sync` event back to `idle`.
   */
  appointments(caseId: string): Promise<CaseAppointments>;
  /**
   * The slots open to book on a case, asked of the agency now (never
   * cached). Offline it rejects with `agency_unreachable`, reason
   * `needs_connection`.
   */
  appointmentSlots(caseId: string): Promise<OpenSlots>;
  /**
   * Books a slot now, never queued for later. `idempotencyKey` is the
   * attempt's: trying again with the same key after a lost answer books
   * once. Rejects with reason `slot_taken` (someone else booked it: read
   * the slots again), `slot_gone` (no longer offered) or `needs_connection`
   * (offline). The saved copy has the booking when this resolves.
   */
  bookAppointment(caseId: string, slotId: string, idempotencyKey: string): Promise<Appointment>;
  /**
   * Cancels an appointment now (reason `not_cancellable` for a court
   * hearing; `needs_connection` offline). The saved copy has it when this resolves.
   */
  cancelAppointment(caseId: string, appointmentId: string, idempotencyKey: string): Promise<Appointment>;
  /**
   * Saves an appointment as a calendar file (.ics, worded in `language`)
   * through the system's save dialog, like `saveCsv`: the path, or null
   * when the parent closed the dialog. Rejects with `invalid_input`,
   * reason `kiosk`, on a kiosk (before any dialog).
   */
  saveAppointmentIcs(caseId: string, appointmentId: string, language: Language, fileName: string, title: string): Promise<string | null>;
  /** Turns appointment reminders on or off (rejects on a kiosk). */
  setAppointmentReminders(on: boolean): Promise<Settings>;

  /**
   * Ends a visit on a kiosk (`appInfo().mode === "kiosk"`): waits (at most a
   * minute) until what the visitor submitted is delivered, then revokes and
   * forgets the session, replaces the store with an empty one, deletes the
   * visit's files, resets the settings and clears the web view's browsing
   * data. `unsent` counts the submissions that could not be sent and were
   * not kept. Rejects with `invalid_input` at home.
   */
  endVisit(): Promise<VisitEnded>;

  /**
   * On a kiosk that prints (`appInfo().kiosk.printing`): prints what the page
   * shows for print (its print stylesheet) on the office's printer, with no
   * dialog, and resolves once the job is with the printing system. Rejects
   * with `invalid_input` where printing is off or at home.
   */
  printReceipt(): Promise<void>;

  /**
   * Changes pushed as they happen: `session`, `sync`, `outbox`, and
   * `payments_posted` after a sync that found payments not there before
   * (never for the history a first sync brings). The returned function
   * stops listening.
   */
  onEvent(listener: (event: BackendEvent) => void): Unsubscribe;
}
