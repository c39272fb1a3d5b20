import { Alert, AlertText, Button } from "../../uswds";
import { ErrorSummary } from "../../uswds/ErrorSummary";
import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from "react";
import type { Backend } from "../../backend/backend";
import { useBackend } from "../../backend/context";
import { toIpcError } from "../../backend/errors";
import { useSyncedRead } from "../../backend/useSyncedRead";
import type { Message } from "../../bindings/agency/Message";
import type { Thread } from "../../bindings/agency/Thread";
import type { FieldIssue } from "../../bindings/FieldIssue";
import type { IpcError } from "../../bindings/IpcError";
import type { MessageInbox } from "../../bindings/MessageInbox";
import type { PendingMessage } from "../../bindings/PendingMessage";
import type { ThreadView } from "../../bindings/ThreadView";
import { useLanguage } from "../../l10n/LanguageProvider";
import { formatMoment } from "../../l10n/format";
import { useErrorText, useText, useTextOr } from "../../l10n/useText";
import { DocumentPicker, type PickerIds } from "../documents/DocumentPicker";
import { isUpload, UploadsList } from "../documents/UploadsList";
import { useCaseDocuments } from "../documents/useCaseDocuments";
import { useOutbox } from "../documents/useOutbox";
import { useUploadProgress } from "../documents/useUploadProgress";
import { useAccountData } from "../home/useAccountData";
import { onUnreadChanged, unreadChanged } from "./unread";
import { useMessageDraft, type DraftStatus } from "./useMessageDraft";
import { useMessageNotifications } from "./useMessageNotifications";

/** The ids of a message's document picker; its list is `#message-attachments`. */
const PICKER_IDS: PickerIds = {
  type: "message-document-type",
  choose: "message-attach",
  drop: "message-document-drop",
  accepted: "message-document-accepted",
  error: "message-document-error",
};

type View = { kind: "list" } | { kind: "thread"; caseId: string; threadId: string } | { kind: "new"; caseId: string };

const readInbox = (backend: Backend) => backend.messageInbox();

/** The inbox as of the last sync, read again when the outbox moves (a message sent, delivered). */
function useInbox(): { inbox: MessageInbox | null; error: IpcError | null } {
  const backend = useBackend();
  const { value, error, reload } = useSyncedRead(readInbox);
  useEffect(() => {
    const stop = backend.onEvent((event) => {
      if (event.kind === "outbox" || event.kind === "messages_arrived") reload();
    });
    const stopChanges = onUnreadChanged(reload);
    return () => {
      stop();
      stopChanges();
    };
  }, [backend, reload]);
  return { inbox: value, error };
}

/** Moves focus to the element with this id once it is on screen. */
function focusSoon(id: string) {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

/** The state of a message on its way, as a tag. */
function PendingTag({ pending }: { pending: PendingMessage }) {
  const t = useText();
  const state = pending.state.state;
  const key = state === "failed" ? "messages-pending-failed" : state === "queued" && pending.state.error ? "messages-pending-waiting" : "messages-pending-sending";
  return (
    <span className={`usa-tag app-messages__tag app-messages__tag--${state === "failed" ? "failed" : "sending"}`} data-state={state}>
      {t(key)}
    </span>
  );
}

function DraftIndicator({ status }: { status: DraftStatus }) {
  const t = useText();
  const errorText = useErrorText();
  const { language } = useLanguage();
  let text = "";
  if (status.kind === "saving") text = t("messages-draft-saving");
  if (status.kind === "saved") text = t("messages-draft-saved", { time: formatMoment(status.at, language) });
  if (status.kind === "failed") text = t("messages-draft-failed", { reason: errorText(status.error) });
  return (
    <p id="message-draft-status" className="usa-hint app-messages__draft" role="status" data-state={status.kind}>
      {text}
    </p>
  );
}

/** A new message (with its subject) or a reply: field errors, an error summary, the draft saved as the parent types. */
function MessageComposer({ caseId, threadId, onSent, onCancel }: { caseId: string; threadId: string | null; onSent(): void; onCancel?: () => void }) {
  const t = useText();
  const textOr = useTextOr();
  const errorText = useErrorText();
  const backend = useBackend();
  const draft = useMessageDraft(caseId, threadId);
  const caseDocuments = useCaseDocuments(caseId);
  const outbox = useOutbox();
  const progress = useUploadProgress();
  const [announcement, setAnnouncement] = useState("");
  // The documents still on their way or sent; one cancelled is gone from the outbox and from the message.
  const attachments = draft.form.attachments.flatMap((id) => outbox.filter((item) => item.id === id).filter(isUpload));
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [sendError, setSendError] = useState<IpcError | null>(null);
  const [sending, setSending] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const isNew = threadId === null;

  const issueText = (issue: FieldIssue) => textOr(`messages-error-${issue.field}-${issue.problem}`, t("messages-error-check"));
  const errorOf = (field: string) => {
    const issue = issues.find((candidate) => candidate.field === field);
    return issue ? issueText(issue) : undefined;
  };
  const subjectError = errorOf("subject");
  const bodyError = errorOf("body");

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSendError(null);
    setSending(true);
    const form = { ...draft.form, attachments: attachments.map((item) => item.id) };
    backend
      .checkMessage(form, threadId)
      .then((found) => {
        setIssues(found);
        if (found.length > 0) {
          requestAnimationFrame(() => summary.current?.focus());
          return;
        }
        return draft
          .settle(() => backend.sendMessage(caseId, threadId, form))
          .then(() => {
            draft.clear();
            onSent();
          });
      })
      .catch((thrown: unknown) => setSendError(toIpcError(thrown)))
      .finally(() => setSending(false));
  };

  const described = (id: string, error: string | undefined, hint?: boolean) => [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  const bodyLength = [...draft.form.body].length;

  return (
    <form className="usa-form usa-form--large app-messages__form" id={isNew ? "message-new-form" : "message-reply-form"} onSubmit={submit} noValidate>
      {issues.length > 0 && (
        <ErrorSummary
          id="message-error-summary"
          ref={summary}
          level={3}
          heading={t("messages-error-summary", { count: issues.length })}
          groups={[
            {
              problems: issues.map((issue) => ({
                key: issue.field,
                text: issueText(issue),
                // The attachments are chosen beside the message's text.
                onGo: () => document.getElementById(`message-${issue.field === "attachments" ? "body" : issue.field}`)?.focus(),
              })),
            },
          ]}
        />
      )}
      {sendError && (
        <Alert type="error" slim id="message-send-error" role="alert">
          <AlertText>{errorText(sendError)}</AlertText>
        </Alert>
      )}
      {isNew && (
        <div className={`usa-form-group${subjectError ? " usa-form-group--error" : ""}`}>
          <label className={`usa-label${subjectError ? " usa-label--error" : ""}`} htmlFor="message-subject">
            {t("messages-subject")}
          </label>
          {subjectError && (
            <span className="usa-error-message" id="message-subject-error">
              {subjectError}
            </span>
          )}
          <input
            className={`usa-input${subjectError ? " usa-input--error" : ""}`}
            id="message-subject"
            name="message-subject"
            type="text"
            autoComplete="off"
            value={draft.form.subject ?? ""}
            disabled={!draft.loaded}
            aria-invalid={subjectError ? true : undefined}
            aria-describedby={described("message-subject", subjectError)}
            onChange={(event) => draft.change({ ...draft.form, subject: event.target.value })}
          />
        </div>
      )}
      <div className={`usa-form-group${bodyError ? " usa-form-group--error" : ""}`}>
        <label className={`usa-label${bodyError ? " usa-label--error" : ""}`} htmlFor="message-body">
          {t(isNew ? "messages-body" : "messages-reply")}
        </label>
        <div className="usa-hint" id="message-body-hint">
          {t("messages-body-hint", { count: bodyLength })}
        </div>
        {bodyError && (
          <span className="usa-error-message" id="message-body-error">
            {bodyError}
          </span>
        )}
        <textarea
          className={`usa-textarea${bodyError ? " usa-input--error" : ""}`}
          id="message-body"
          name="message-body"
          value={draft.form.body}
          disabled={!draft.loaded}
          aria-invalid={bodyError ? true : undefined}
          aria-describedby={described("message-body", bodyError, true)}
          onChange={(event) => draft.change({ ...draft.form, body: event.target.value })}
        />
      </div>
      <fieldset className="usa-fieldset app-messages__attachments">
        <legend className="usa-legend">{t("messages-attachments-legend")}</legend>
        <DocumentPicker
          caseId={caseId}
          policy={caseDocuments.documents?.policy ?? null}
          ids={PICKER_IDS}
          initialType="other"
          chooseLabel={t("messages-attach")}
          onAdded={(items) => {
            draft.update((previous) => ({ ...previous, attachments: [...previous.attachments, ...items.map((item) => item.id)] }));
            const file = items.map((item) => item.upload?.file_name ?? item.id).join(", ");
            setAnnouncement(t("documents-announce-added", { file }));
          }}
        />
        <UploadsList
          id="message-attachments"
          labelledBy="message-attachments-heading"
          items={attachments}
          progress={progress}
          prefix="message-attachment"
          actions="remove"
          fallbackFocus={PICKER_IDS.choose}
          onAnnounce={setAnnouncement}
          onRetry={(id) => {
            backend.retryOutboxItem(id).catch(() => undefined);
          }}
        />
        <p id="message-attachments-heading" className="usa-hint">
          {t("messages-attachments-count", { count: attachments.length })}
        </p>
        <div id="message-attachments-announcer" className="usa-sr-only" aria-live="polite" aria-atomic="true">
          {announcement}
        </div>
      </fieldset>
      <DraftIndicator status={draft.status} />
      <Button type="submit" id="message-send" disabled={sending || !draft.loaded}>
        {t("messages-send")}
      </Button>
      {onCancel && (
        <Button type="button" outline id="message-cancel" onClick={onCancel}>
          {t("messages-cancel")}
        </Button>
      )}
    </form>
  );
}

/** A message's documents by their file names where the parent's documents list them (the agency's own by their ids). */
function MessageItem({ message, names }: { message: Message; names: ReadonlyMap<string, string> }) {
  const t = useText();
  const { language } = useLanguage();
  const who = message.from === "parent" ? t("messages-from-you") : t("messages-from-agency", { role: message.agency_role ?? "" });
  return (
    <li className={`app-messages__message app-messages__message--${message.from}`} data-message-id={message.id} data-from={message.from} data-read={message.read_at !== null}>
      <p className="app-messages__meta">
        <strong>{who}</strong> <span>{formatMoment(message.sent_at, language, { withDate: true })}</span>
      </p>
      <p className="app-messages__body">{message.body}</p>
      {message.documents.length > 0 && <p className="usa-hint">{t("messages-documents", { documents: message.documents.map((id) => names.get(id) ?? id).join(", ") })}</p>}
    </li>
  );
}

function PendingItem({ pending }: { pending: PendingMessage }) {
  const t = useText();
  return (
    <li className="app-messages__message app-messages__message--parent app-messages__message--pending" data-pending-id={pending.id} data-state={pending.state.state}>
      <p className="app-messages__meta">
        <strong>{t("messages-from-you")}</strong> <PendingTag pending={pending} />
      </p>
      <p className="app-messages__body">{pending.body}</p>
    </li>
  );
}

/** One thread: its messages, the replies on their way, and the reply form. Opening it marks it read. */
function ThreadPanel({ caseId, threadId, onBack }: { caseId: string; threadId: string; onBack(): void }) {
  const t = useText();
  const errorText = useErrorText();
  const backend = useBackend();
  const [view, setView] = useState<ThreadView | null>(null);
  const [error, setError] = useState<IpcError | null>(null);
  const [missing, setMissing] = useState(false);

  const reload = useCallback(() => {
    backend.messageThread(caseId, threadId).then(
      (next) => {
        if (next) setView(next);
      },
      (thrown: unknown) => setError(toIpcError(thrown)),
    );
  }, [backend, caseId, threadId]);

  useEffect(() => {
    let current = true;
    backend.markThreadRead(caseId, threadId).then(
      (next) => {
        if (!current) return;
        if (next) setView(next);
        else setMissing(true);
        unreadChanged();
        focusSoon("thread-heading");
      },
      (thrown: unknown) => {
        if (current) setError(toIpcError(thrown));
      },
    );
    const stop = backend.onEvent((event) => {
      if (event.kind === "outbox" || (event.kind === "sync" && event.value.phase === "idle")) reload();
    });
    return () => {
      current = false;
      stop();
    };
  }, [backend, caseId, threadId, reload]);

  const caseDocuments = useCaseDocuments(caseId);
  const documentNames = useMemo(
    () => new Map((caseDocuments.documents?.documents ?? []).map((document) => [document.id, document.file_name])),
    [caseDocuments.documents],
  );

  return (
    <section className="app-messages__thread" id="thread" data-thread-id={threadId} aria-labelledby="thread-heading">
      <Button type="button" unstyled id="thread-back" onClick={onBack}>
        {t("messages-back")}
      </Button>
      {error && (
        <Alert type="error" slim id="thread-error" role="alert">
          <AlertText>{errorText(error)}</AlertText>
        </Alert>
      )}
      {missing && <p id="thread-missing">{t("messages-thread-missing")}</p>}
      {view && (
        <>
          <h2 id="thread-heading" tabIndex={-1}>
            {view.thread.subject}
          </h2>
          <p className="usa-hint">{t("messages-case", { case: caseId })}</p>
          <ol className="usa-list usa-list--unstyled app-messages__conversation" id="thread-messages" aria-label={t("messages-conversation")}>
            {view.messages.map((message) => (
              <MessageItem key={message.id} message={message} names={documentNames} />
            ))}
            {view.pending.map((pending) => (
              <PendingItem key={pending.id} pending={pending} />
            ))}
          </ol>
          <h3>{t("messages-reply-heading")}</h3>
          <MessageComposer key={threadId} caseId={caseId} threadId={threadId} onSent={reload} />
        </>
      )}
    </section>
  );
}

function ThreadRow({ thread, onOpen }: { thread: Thread; onOpen(): void }) {
  const t = useText();
  const { language } = useLanguage();
  return (
    <tr data-thread-id={thread.id} data-unread={thread.unread}>
      <th scope="row">
        <Button type="button" unstyled className="app-messages__open" id={`thread-open-${thread.id}`} onClick={onOpen}>
          {thread.unread > 0 ? <strong>{thread.subject}</strong> : thread.subject}
        </Button>
      </th>
      <td>{formatMoment(thread.last_message_at, language, { withDate: true })}</td>
      <td>
        {thread.unread > 0 ? (
          <span className="usa-tag app-messages__unread" data-count={thread.unread}>
            {t("messages-unread", { count: thread.unread })}
          </span>
        ) : (
          t("messages-all-read")
        )}
      </td>
    </tr>
  );
}

/** Each case's threads, the new threads on their way, and the way to start one. */
function InboxList({ inbox, caseIds, onOpen, onNew }: { inbox: MessageInbox | null; caseIds: string[]; onOpen(caseId: string, threadId: string): void; onNew(caseId: string): void }) {
  const t = useText();
  const notifications = useMessageNotifications();
  const errorText = useErrorText();
  return (
    <div className="app-messages__inbox">
      <p id="messages-unread-total" data-count={inbox?.unread ?? 0}>
        {t("messages-unread-total", { count: inbox?.unread ?? 0 })}
      </p>
      {notifications.kind === "shown" && (
        <div className={`usa-form-group${notifications.error ? " usa-form-group--error" : ""}`}>
          <div className="usa-checkbox">
            <input
              className="usa-checkbox__input"
              id="message-notifications"
              name="message-notifications"
              type="checkbox"
              checked={notifications.on}
              aria-describedby={notifications.error ? "message-notifications-hint message-notifications-error" : "message-notifications-hint"}
              onChange={(event) => notifications.toggle(event.target.checked)}
            />
            <label className="usa-checkbox__label" htmlFor="message-notifications">
              {t("messages-notify-label")}
            </label>
          </div>
          <div className="usa-hint" id="message-notifications-hint">
            {t("messages-notify-hint")}
          </div>
          {notifications.error && (
            <span className="usa-error-message" id="message-notifications-error" role="alert">
              {t("messages-notify-failed", { reason: errorText(notifications.error) })}
            </span>
          )}
        </div>
      )}
      {caseIds.length === 0 && <p id="messages-no-cases">{t("cases-none")}</p>}
      {caseIds.map((caseId) => {
        const held = inbox?.cases.find((c) => c.case_id === caseId);
        const pending = (inbox?.pending ?? []).filter((p) => p.case_id === caseId && p.thread_id === null);
        const headingId = `messages-case-${caseId}`;
        return (
          <section key={caseId} className="app-messages__case" aria-labelledby={headingId} data-case-id={caseId}>
            <h2 id={headingId} tabIndex={-1}>
              {t("messages-case", { case: caseId })}
            </h2>
            <Button type="button" id={`messages-new-${caseId}`} onClick={() => onNew(caseId)}>
              {t("messages-new")}
            </Button>
            {pending.length > 0 && (
              <ul className="usa-list usa-list--unstyled app-messages__pending" id={`messages-pending-${caseId}`}>
                {pending.map((p) => (
                  <li key={p.id} data-pending-id={p.id} data-state={p.state.state}>
                    <strong>{p.subject}</strong> <PendingTag pending={p} />
                  </li>
                ))}
              </ul>
            )}
            {held && held.threads.length > 0 ? (
              <table className="usa-table usa-table--borderless app-messages__threads" id={`messages-threads-${caseId}`}>
                <caption className="usa-sr-only">{t("messages-threads-caption", { case: caseId })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("messages-col-subject")}</th>
                    <th scope="col">{t("messages-col-last")}</th>
                    <th scope="col">{t("messages-col-unread")}</th>
                  </tr>
                </thead>
                <tbody>
                  {held.threads.map((thread) => (
                    <ThreadRow key={thread.id} thread={thread} onOpen={() => onOpen(caseId, thread.id)} />
                  ))}
                </tbody>
              </table>
            ) : (
              pending.length === 0 && <p className="app-messages__none">{t(inbox?.as_of ? "messages-none" : "messages-not-synced")}</p>
            )}
          </section>
        );
      })}
    </div>
  );
}

/** The Messages page for the signed-in parent. Mount it per parent. */
export function MessagesPage() {
  const t = useText();
  const errorText = useErrorText();
  const account = useAccountData();
  const { inbox, error } = useInbox();
  const [view, setView] = useState<View>({ kind: "list" });
  const [sent, setSent] = useState(false);
  const caseIds = account.cases?.map((c) => c.id) ?? inbox?.cases.map((c) => c.case_id) ?? [];

  const toList = (focusId?: string) => {
    setView({ kind: "list" });
    if (focusId) focusSoon(focusId);
  };

  return (
    <div className="app-messages">
      {error && (
        <Alert type="error" slim id="messages-load-error" role="alert">
          <AlertText>{t("account-error", { reason: errorText(error) })}</AlertText>
        </Alert>
      )}
      <div role="status" id="messages-sent">
        {sent && t("messages-sent")}
      </div>
      {view.kind === "list" && (
        <InboxList
          inbox={inbox}
          caseIds={caseIds}
          onOpen={(caseId, threadId) => {
            setSent(false);
            setView({ kind: "thread", caseId, threadId });
          }}
          onNew={(caseId) => {
            setSent(false);
            setView({ kind: "new", caseId });
            focusSoon("message-new-heading");
          }}
        />
      )}
      {view.kind === "thread" && (
        <ThreadPanel caseId={view.caseId} threadId={view.threadId} onBack={() => toList(`thread-open-${view.threadId}`)} />
      )}
      {view.kind === "new" && (
        <section aria-labelledby="message-new-heading" id="message-new">
          <h2 id="message-new-heading" tabIndex={-1}>
            {t("messages-new-heading", { case: view.caseId })}
          </h2>
          <MessageComposer
            caseId={view.caseId}
            threadId={null}
            onSent={() => {
              setSent(true);
              toList(`messages-case-${view.caseId}`);
            }}
            onCancel={() => toList(`messages-new-${view.caseId}`)}
          />
        </section>
      )}
    </div>
  );
}
