//! Commands: thin adapters from IPC to `backend`. Each one is allowed by name
//! in `capabilities/` and typed for the UI through the `backend` types.

use crate::window;
use backend::agency_api::{Appointment, DocumentType, NewModificationRequest};
use backend::guidelines::{Estimate, JurisdictionInfo};
use backend::ledger::Projection;
use backend::printable::Document;
use backend::{
    AgencyConnection, AppInfo, ApplicationDraft, ApplicationForm, Backend, BackendEvent,
    CaseAppointments, CaseDocuments, CaseHowToPay, CaseOverview, ContactForm, ContactUpdates,
    ErrorCode, FieldIssue, IpcError, Language, MessageDraft, MessageForm, MessageInbox,
    ModificationAnswer, ModificationQuestion, OpenSlots, OutboxItem, PaymentsView, SessionState,
    Settings, Submissions, SyncStatus, ThreadView, UploadProgress, VisitEnded,
};
use tauri::ipc::Channel;
use tauri::{AppHandle, Manager, Runtime, State};

/// How the agency's sign-in page is shown.
pub struct SignInOptions {
    /// In a window of the app rather than the system browser: always on a
    /// kiosk, and at home when configured.
    pub in_window: bool,
}

#[tauri::command]
pub fn app_info(backend: State<'_, Backend>) -> AppInfo {
    backend.app_info()
}

#[tauri::command]
pub fn settings(backend: State<'_, Backend>) -> Settings {
    backend.settings()
}

#[tauri::command]
pub fn set_language(backend: State<'_, Backend>, language: Language) -> Result<Settings, IpcError> {
    backend.set_language(language)
}

#[tauri::command]
pub async fn agency_status(backend: State<'_, Backend>) -> Result<AgencyConnection, IpcError> {
    Ok(backend.agency_status().await)
}

#[tauri::command]
pub fn set_estimate_jurisdiction(
    backend: State<'_, Backend>,
    code: String,
) -> Result<Settings, IpcError> {
    backend.set_estimate_jurisdiction(&code)
}

#[tauri::command]
pub fn jurisdictions(backend: State<'_, Backend>) -> Vec<JurisdictionInfo> {
    backend.jurisdictions()
}

/// `case` is the calculator's JSON input, checked field by field by the
/// calculator itself so that every problem names its field.
#[tauri::command]
pub fn estimate(
    backend: State<'_, Backend>,
    case: serde_json::Value,
) -> Result<Estimate, IpcError> {
    backend.estimate(&case)
}

#[tauri::command]
pub fn session(backend: State<'_, Backend>) -> SessionState {
    backend.session()
}

/// Opens the agency's sign-in page (the system browser at home, a window of
/// the app on a kiosk or when configured) and resolves when the parent has
/// finished there.
#[tauri::command]
pub async fn sign_in<R: Runtime>(
    app: AppHandle<R>,
    backend: State<'_, Backend>,
    options: State<'_, SignInOptions>,
) -> Result<SessionState, IpcError> {
    let in_window = options.in_window;
    let opener = app.clone();
    let result = backend
        .sign_in(move |url| {
            if in_window {
                window::open_sign_in(&opener, url).map_err(|e| e.to_string())
            } else {
                use tauri_plugin_opener::OpenerExt;
                opener
                    .opener()
                    .open_url(url.as_str(), None::<&str>)
                    .map_err(|e| e.to_string())
            }
        })
        .await;
    window::close_sign_in(&app);
    if let Some(main) = app.get_webview_window(window::MAIN) {
        // Back from the browser or the sign-in window: the app comes forward.
        let _ = main.set_focus();
    }
    result
}

#[tauri::command]
pub fn cancel_sign_in(backend: State<'_, Backend>) {
    backend.cancel_sign_in();
}

#[tauri::command]
pub async fn sign_out(backend: State<'_, Backend>) -> Result<SessionState, IpcError> {
    backend.sign_out().await
}

/// The parent's cases from the app's copy at once; a sync follows in the
/// background and reports through `backend-event`.
#[tauri::command]
pub async fn case_overview(backend: State<'_, Backend>) -> Result<CaseOverview, IpcError> {
    backend.case_overview().await
}

#[tauri::command]
pub async fn sync_now(backend: State<'_, Backend>) -> Result<SyncStatus, IpcError> {
    Ok(backend.sync_now().await)
}

#[tauri::command]
pub async fn outbox(backend: State<'_, Backend>) -> Result<Vec<OutboxItem>, IpcError> {
    backend.outbox().await
}

#[tauri::command]
pub async fn retry_outbox_item(
    backend: State<'_, Backend>,
    id: String,
) -> Result<OutboxItem, IpcError> {
    backend.retry_outbox_item(&id).await
}

#[tauri::command]
pub async fn reset_store(backend: State<'_, Backend>) -> Result<(), IpcError> {
    backend.reset_store().await
}

/// One case's payments from the app's copy, worked through today by the
/// ledger, with the audit of the agency's arrears figure.
#[tauri::command]
pub async fn payments_view(
    backend: State<'_, Backend>,
    case_id: String,
) -> Result<PaymentsView, IpcError> {
    backend.payments_view(&case_id).await
}

/// When the arrears would be paid off at a monthly amount (a decimal string).
#[tauri::command]
pub async fn payoff(
    backend: State<'_, Backend>,
    case_id: String,
    monthly_payment: String,
) -> Result<Projection, IpcError> {
    backend.payoff(&case_id, &monthly_payment).await
}

/// Every answer of the application that needs another look (none: it can be sent).
#[tauri::command]
pub fn check_application(backend: State<'_, Backend>, form: ApplicationForm) -> Vec<FieldIssue> {
    backend.check_application(&form)
}

#[tauri::command]
pub async fn application_draft(
    backend: State<'_, Backend>,
) -> Result<Option<ApplicationDraft>, IpcError> {
    backend.application_draft().await
}

#[tauri::command]
pub async fn save_application_draft(
    backend: State<'_, Backend>,
    draft: ApplicationDraft,
) -> Result<ApplicationDraft, IpcError> {
    backend.save_application_draft(draft).await
}

#[tauri::command]
pub async fn discard_application_draft(backend: State<'_, Backend>) -> Result<(), IpcError> {
    backend.discard_application_draft().await
}

#[tauri::command]
pub async fn submit_application(
    backend: State<'_, Backend>,
    form: ApplicationForm,
) -> Result<OutboxItem, IpcError> {
    backend.submit_application(&form).await
}

#[tauri::command]
pub async fn submissions(backend: State<'_, Backend>) -> Result<Submissions, IpcError> {
    backend.submissions().await
}

#[tauri::command]
pub async fn submit_modification_request(
    backend: State<'_, Backend>,
    case_id: String,
    request: NewModificationRequest,
    attachments: Option<Vec<String>>,
) -> Result<OutboxItem, IpcError> {
    backend
        .submit_modification_request(&case_id, request, &attachments.unwrap_or_default())
        .await
}

/// Whether the state's rules for a review are met, with the new estimate.
#[tauri::command]
pub async fn modification_check(
    backend: State<'_, Backend>,
    question: ModificationQuestion,
) -> Result<ModificationAnswer, IpcError> {
    backend.modification_check(&question).await
}

/// Turns desktop notifications of new payments on or off.
#[tauri::command]
pub fn set_payment_notifications(
    backend: State<'_, Backend>,
    on: bool,
) -> Result<Settings, IpcError> {
    backend.set_payment_notifications(on)
}

/// Shows the native file dialog for choosing a document. Answers its path,
/// or `None` when the parent closed the dialog. The web view gets the path
/// only, never access to the file.
#[tauri::command]
pub async fn pick_document<R: Runtime>(
    app: AppHandle<R>,
    backend: State<'_, Backend>,
    title: String,
    filter_name: String,
) -> Result<Option<String>, IpcError> {
    use tauri_plugin_dialog::DialogExt;
    let folder = backend.kiosk_upload_folder();
    if backend.app_info().mode == backend::AppMode::Kiosk && folder.is_none() {
        return Err(IpcError::new(
            backend::ErrorCode::InvalidInput,
            "Documents cannot be sent from this computer. Please ask at the front desk.",
        ));
    }
    let (tx, rx) = tokio::sync::oneshot::channel();
    let mut dialog = app.dialog().file().set_title(title).add_filter(
        filter_name,
        &["pdf", "jpg", "jpeg", "png", "PDF", "JPG", "JPEG", "PNG"],
    );
    if let Some(folder) = &folder {
        // On a kiosk, the scanner's folder; the backend refuses any other.
        dialog = dialog.set_directory(folder);
    }
    if let Some(main) = app.get_webview_window(window::MAIN) {
        dialog = dialog.set_parent(&main);
    }
    dialog.pick_file(move |path| {
        let _ = tx.send(path);
    });
    let path = rx.await.ok().flatten();
    Ok(path
        .and_then(|p| p.into_path().ok())
        .map(|p| p.to_string_lossy().into_owned()))
}

/// Checks the file at `path`, removes what is private from it, and queues
/// it to be sent to the case.
#[tauri::command]
pub async fn add_document(
    backend: State<'_, Backend>,
    case_id: String,
    path: String,
    document_type: DocumentType,
    replaces: Option<String>,
) -> Result<OutboxItem, IpcError> {
    backend
        .add_document(
            &case_id,
            std::path::Path::new(&path),
            document_type,
            replaces,
        )
        .await
}

#[tauri::command]
pub async fn case_documents(
    backend: State<'_, Backend>,
    case_id: String,
) -> Result<CaseDocuments, IpcError> {
    backend.case_documents(&case_id).await
}

#[tauri::command]
pub async fn pause_upload(backend: State<'_, Backend>, id: String) -> Result<OutboxItem, IpcError> {
    backend.pause_upload(&id).await
}

#[tauri::command]
pub async fn resume_upload(
    backend: State<'_, Backend>,
    id: String,
) -> Result<OutboxItem, IpcError> {
    backend.resume_upload(&id).await
}

#[tauri::command]
pub async fn cancel_upload(backend: State<'_, Backend>, id: String) -> Result<(), IpcError> {
    backend.cancel_upload(&id).await
}

/// Sends every upload's progress over `on_progress` until the UI drops it
/// (a reload opens a new one).
#[tauri::command]
pub fn watch_uploads(backend: State<'_, Backend>, on_progress: Channel<UploadProgress>) {
    let mut events = backend.subscribe();
    tauri::async_runtime::spawn(async move {
        loop {
            match events.recv().await {
                Ok(BackendEvent::UploadProgress(progress)) => {
                    if on_progress.send(progress).is_err() {
                        break;
                    }
                }
                Ok(_) | Err(tokio::sync::broadcast::error::RecvError::Lagged(_)) => {}
                Err(tokio::sync::broadcast::error::RecvError::Closed) => break,
            }
        }
    });
}

/// How to pay on a case, from the app's copy (synced with the cases).
#[tauri::command]
pub async fn how_to_pay(
    backend: State<'_, Backend>,
    case_id: String,
) -> Result<CaseHowToPay, IpcError> {
    backend.how_to_pay(&case_id).await
}

/// Opens the agency's payment site for a case in the system browser, never
/// inside the app. The address is the `https` one the agency gave for the
/// case, never one from the web view; on a kiosk nothing is opened.
#[tauri::command]
pub async fn open_payment_site<R: Runtime>(
    app: AppHandle<R>,
    backend: State<'_, Backend>,
    case_id: String,
) -> Result<(), IpcError> {
    use tauri_plugin_opener::OpenerExt;
    if backend.app_info().mode == backend::AppMode::Kiosk {
        return Err(IpcError::new(
            backend::ErrorCode::InvalidInput,
            "Websites cannot be opened on this computer.",
        ));
    }
    let url = backend.payment_site(&case_id).await?;
    app.opener()
        .open_url(url.as_str(), None::<&str>)
        .map_err(|e| {
            tracing::warn!(error = %e, "the payment site could not be opened");
            IpcError::new(
                backend::ErrorCode::Internal,
                "The payment site could not be opened in your browser.",
            )
        })
}

/// Every field of a contact update that needs another look (none: it can be sent).
#[tauri::command]
pub fn check_contact_update(backend: State<'_, Backend>, form: ContactForm) -> Vec<FieldIssue> {
    backend.check_contact_update(&form)
}

/// Saves a change of address, phone, email or employer to the outbox.
#[tauri::command]
pub async fn submit_contact_update(
    backend: State<'_, Backend>,
    form: ContactForm,
) -> Result<OutboxItem, IpcError> {
    backend.submit_contact_update(&form).await
}

/// The parent's contact updates and who can see their details, as synced.
#[tauri::command]
pub async fn contact_updates(backend: State<'_, Backend>) -> Result<ContactUpdates, IpcError> {
    backend.contact_updates().await
}

/// Every field of a message that needs another look (none: it can be
/// sent). Without `thread_id`, a new thread (its subject is checked too).
#[tauri::command]
pub fn check_message(
    backend: State<'_, Backend>,
    form: MessageForm,
    thread_id: Option<String>,
) -> Vec<FieldIssue> {
    backend.check_message(&form, thread_id.as_deref())
}

/// Each case's message threads as synced, the messages on their way, and
/// the unread count.
#[tauri::command]
pub async fn message_inbox(backend: State<'_, Backend>) -> Result<MessageInbox, IpcError> {
    backend.message_inbox().await
}

/// One thread with its messages as synced (null: not downloaded).
#[tauri::command]
pub async fn message_thread(
    backend: State<'_, Backend>,
    case_id: String,
    thread_id: String,
) -> Result<Option<ThreadView>, IpcError> {
    backend.message_thread(&case_id, &thread_id).await
}

/// The message in progress on a case (a new thread without `thread_id`).
#[tauri::command]
pub async fn message_draft(
    backend: State<'_, Backend>,
    case_id: String,
    thread_id: Option<String>,
) -> Result<Option<MessageDraft>, IpcError> {
    backend.message_draft(&case_id, thread_id.as_deref()).await
}

/// Saves the message in progress, encrypted.
#[tauri::command]
pub async fn save_message_draft(
    backend: State<'_, Backend>,
    case_id: String,
    thread_id: Option<String>,
    form: MessageForm,
) -> Result<MessageDraft, IpcError> {
    backend
        .save_message_draft(&case_id, thread_id.as_deref(), form)
        .await
}

/// Throws the message in progress away.
#[tauri::command]
pub async fn discard_message_draft(
    backend: State<'_, Backend>,
    case_id: String,
    thread_id: Option<String>,
) -> Result<(), IpcError> {
    backend
        .discard_message_draft(&case_id, thread_id.as_deref())
        .await
}

/// Saves a new thread or a reply to the outbox in place of its draft.
#[tauri::command]
pub async fn send_message(
    backend: State<'_, Backend>,
    case_id: String,
    thread_id: Option<String>,
    form: MessageForm,
) -> Result<OutboxItem, IpcError> {
    backend
        .send_message(&case_id, thread_id.as_deref(), &form)
        .await
}

/// The parent opened a thread: marks it read, here and at the agency.
#[tauri::command]
pub async fn mark_thread_read(
    backend: State<'_, Backend>,
    case_id: String,
    thread_id: String,
) -> Result<Option<ThreadView>, IpcError> {
    backend.mark_thread_read(&case_id, &thread_id).await
}

/// Turns desktop notifications of new messages on or off.
#[tauri::command]
pub fn set_message_notifications(
    backend: State<'_, Backend>,
    on: bool,
) -> Result<Settings, IpcError> {
    backend.set_message_notifications(on)
}

/// Asks where to save a file (the native dialog, suggesting `file_name`),
/// with one filter. `None` when the parent closed the dialog.
async fn ask_where<R: Runtime>(
    app: &AppHandle<R>,
    title: String,
    file_name: String,
    filter: (String, &'static [&'static str]),
) -> Option<std::path::PathBuf> {
    use tauri_plugin_dialog::DialogExt;
    let (tx, rx) = tokio::sync::oneshot::channel();
    let mut dialog = app
        .dialog()
        .file()
        .set_title(title)
        .set_file_name(file_name)
        .add_filter(filter.0, filter.1);
    if let Some(main) = app.get_webview_window(window::MAIN) {
        dialog = dialog.set_parent(&main);
    }
    dialog.save_file(move |path| {
        let _ = tx.send(path);
    });
    rx.await.ok().flatten().and_then(|p| p.into_path().ok())
}

/// Saves the statement the UI worded as a PDF where the parent chooses.
/// Answers the path saved to, or `None` when the parent cancelled.
#[tauri::command]
pub async fn save_statement_pdf<R: Runtime>(
    app: AppHandle<R>,
    backend: State<'_, Backend>,
    document: Document,
    file_name: String,
    title: String,
) -> Result<Option<String>, IpcError> {
    let Some(path) = ask_where(&app, title, file_name, ("PDF".to_owned(), &["pdf"])).await else {
        return Ok(None);
    };
    backend.save_pdf(&path, &document)?;
    Ok(Some(path.to_string_lossy().into_owned()))
}

/// Saves CSV text the UI made where the parent chooses.
#[tauri::command]
pub async fn save_csv<R: Runtime>(
    app: AppHandle<R>,
    backend: State<'_, Backend>,
    text: String,
    file_name: String,
    title: String,
) -> Result<Option<String>, IpcError> {
    let Some(path) = ask_where(&app, title, file_name, ("CSV".to_owned(), &["csv"])).await else {
        return Ok(None);
    };
    backend.save_text(&path, &text)?;
    Ok(Some(path.to_string_lossy().into_owned()))
}

/// A case's appointments and court dates as of the last sync.
#[tauri::command]
pub async fn appointments(
    backend: State<'_, Backend>,
    case_id: String,
) -> Result<CaseAppointments, IpcError> {
    backend.appointments(&case_id).await
}

/// The slots open to book on a case, asked of the agency now.
#[tauri::command]
pub async fn appointment_slots(
    backend: State<'_, Backend>,
    case_id: String,
) -> Result<OpenSlots, IpcError> {
    backend.appointment_slots(&case_id).await
}

/// Books a slot now (never queued): the UI keeps `idempotency_key` for the
/// attempt, so trying again after a lost answer books once.
#[tauri::command]
pub async fn book_appointment(
    backend: State<'_, Backend>,
    case_id: String,
    slot_id: String,
    idempotency_key: String,
) -> Result<Appointment, IpcError> {
    backend
        .book_appointment(&case_id, &slot_id, &idempotency_key)
        .await
}

/// Cancels an appointment now (never queued).
#[tauri::command]
pub async fn cancel_appointment(
    backend: State<'_, Backend>,
    case_id: String,
    appointment_id: String,
    idempotency_key: String,
) -> Result<Appointment, IpcError> {
    backend
        .cancel_appointment(&case_id, &appointment_id, &idempotency_key)
        .await
}

/// Saves an appointment as a calendar file (.ics) where the parent
/// chooses. The backend words it from its copy; the web view names the
/// appointment only. `None` when the parent cancelled; refused on a kiosk
/// before any dialog opens.
#[tauri::command]
pub async fn save_appointment_ics<R: Runtime>(
    app: AppHandle<R>,
    backend: State<'_, Backend>,
    case_id: String,
    appointment_id: String,
    language: Language,
    file_name: String,
    title: String,
) -> Result<Option<String>, IpcError> {
    let text = backend
        .appointment_calendar(&case_id, &appointment_id, language)
        .await?;
    let filter = ("iCalendar".to_owned(), &["ics"] as &'static [&'static str]);
    let Some(path) = ask_where(&app, title, file_name, filter).await else {
        return Ok(None);
    };
    backend.save_text(&path, &text)?;
    Ok(Some(path.to_string_lossy().into_owned()))
}

/// Turns appointment reminders on or off (refused on a kiosk).
#[tauri::command]
pub fn set_appointment_reminders(
    backend: State<'_, Backend>,
    on: bool,
) -> Result<Settings, IpcError> {
    backend.set_appointment_reminders(on)
}

/// How long the end of a kiosk visit waits for what the visitor submitted
/// to be delivered.
const VISIT_END_WAIT: std::time::Duration = std::time::Duration::from_secs(60);

/// How this kiosk prints, if it is one.
pub struct Printing(pub Option<window::KioskPrinting>);

/// On a kiosk that prints: prints the page's receipt (its print
/// stylesheet) on the office's printer, with no dialog.
#[tauri::command]
pub async fn print_receipt<R: Runtime>(
    app: AppHandle<R>,
    printing: State<'_, Printing>,
) -> Result<(), IpcError> {
    let Some(printing) = printing.0.as_ref().filter(|p| p.allowed) else {
        return Err(IpcError::new(
            ErrorCode::InvalidInput,
            "This computer does not print receipts.",
        ));
    };
    let main = app
        .get_webview_window(window::MAIN)
        .ok_or_else(|| IpcError::new(ErrorCode::Internal, "The app's window is gone."))?;
    window::print_receipt(&main, printing).await.map_err(|e| {
        tracing::warn!(error = %e, "a receipt could not be printed");
        IpcError::new(
            ErrorCode::Internal,
            "The receipt could not be printed. Please ask the office's staff for help.",
        )
    })?;
    tracing::info!("a receipt was printed");
    Ok(())
}

/// Ends a kiosk visit: what the visitor submitted is delivered first (or
/// counted as not sent), then the session, the store, the files and the
/// settings are wiped, the clipboard emptied and the web view's browsing
/// data cleared.
#[tauri::command]
pub async fn end_visit<R: Runtime>(
    app: AppHandle<R>,
    backend: State<'_, Backend>,
) -> Result<VisitEnded, IpcError> {
    let ended = backend.end_visit(VISIT_END_WAIT).await?;
    window::close_sign_in(&app);
    window::clear_clipboard(&app);
    if let Some(main) = app.get_webview_window(window::MAIN)
        && let Err(e) = main.clear_all_browsing_data()
    {
        tracing::warn!(error = %e, "the web view's browsing data could not be cleared");
    }
    Ok(ended)
}
