import { useLayoutEffect, useRef, useState } from "react";
import { useBackend } from "../../backend/context";
import { toIpcError } from "../../backend/errors";
import type { IpcError } from "../../bindings/IpcError";
import type { OutboxItem } from "../../bindings/OutboxItem";
import type { UploadProgress } from "../../bindings/UploadProgress";
import type { UploadSummary } from "../../bindings/UploadSummary";
import { useLanguage } from "../../l10n/LanguageProvider";
import { asSentence, formatMoment } from "../../l10n/format";
import { useErrorText, useText } from "../../l10n/useText";
import { useSession } from "../../session/SessionProvider";
import "./documents.css";
import { formatBytes, formatSpeed, percentSent, timeLeft } from "./sizes";

/** An outbox item that carries a file. */
export type Upload = OutboxItem & { upload: UploadSummary };

export function isUpload(item: OutboxItem): item is Upload {
  return item.kind === "document_attachment" && item.upload !== null;
}

/** What can be done with an upload: pause and cancel (after a yes) on Documents; remove on Modify. Both: resume once paused, try again once refused. */
export type UploadActions = "full" | "remove";

interface UploadItemProps {
  item: Upload;
  progress: UploadProgress | undefined;
  /** The start of its parts' ids: `upload` gives `upload-pause-<id>`, `upload-progress-<id>`… */
  prefix: string;
  actions: UploadActions;
  /** The file name of the rejected document it replaces, when known. */
  replacesName: string | null;
  onAnnounce(text: string): void;
  onRetry(id: string): void;
}

/**
 * One file on its way: its name, kind and size, what was removed from it,
 * where it stands, its progress (native `<progress>`, bytes, speed and time
 * left while it moves) and what the parent can do with it. Its buttons stay
 * the same element as it is paused and resumed, so focus stays on them.
 */
function UploadItem({ item, progress, prefix, actions, replacesName, onAnnounce, onRetry }: UploadItemProps) {
  const t = useText();
  const errorText = useErrorText();
  const { language } = useLanguage();
  const backend = useBackend();
  const { refresh: refreshSession } = useSession();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<IpcError | null>(null);
  const question = useRef<HTMLParagraphElement>(null);
  const returnToCancel = useRef(false);
  const { upload, state, id } = item;
  const name = upload.file_name;
  const ids = {
    name: `${prefix}-${id}-name`,
    progress: `${prefix}-progress-${id}`,
    cancel: `${prefix}-cancel-${id}`,
    question: `${prefix}-cancel-question-${id}`,
  };

  useLayoutEffect(() => {
    if (confirming) question.current?.focus();
    else if (returnToCancel.current) document.getElementById(ids.cancel)?.focus();
    returnToCancel.current = false;
  }, [confirming, ids.cancel]);

  const act = (call: () => Promise<unknown>, announcement: string | null) => {
    if (busy) return;
    setBusy(true);
    setActionError(null);
    call().then(
      () => {
        setBusy(false);
        if (announcement) onAnnounce(announcement);
      },
      (thrown: unknown) => {
        setBusy(false);
        const error = toIpcError(thrown);
        if (error.code === "not_signed_in") refreshSession();
        setActionError(error);
      },
    );
  };
  const pause = () => act(() => backend.pauseUpload(id), t("documents-announce-paused", { file: name }));
  const resume = () => act(() => backend.resumeUpload(id), t("documents-announce-resumed", { file: name }));
  const cancel = () => act(() => backend.cancelUpload(id), t("documents-announce-cancelled", { file: name }));

  const sent = progress?.sent ?? upload.sent;
  const total = progress?.total ?? upload.size;
  const percent = percentSent(sent, total);
  const moving = state.state === "sending" && progress !== undefined && progress.bytes_per_second > 0;
  const left = moving && progress.seconds_left !== null ? timeLeft(progress.seconds_left) : null;

  let status: string;
  const details: string[] = [];
  switch (state.state) {
    case "queued":
      status = t("documents-upload-queued");
      if (state.retry_at) details.push(t("documents-upload-retry-at", { time: formatMoment(state.retry_at, language) }));
      if (state.error) details.push(t("documents-upload-last-error", { reason: asSentence(errorText(state.error)) }));
      break;
    case "sending":
      status = t("documents-upload-sending");
      break;
    case "paused":
      status = t("documents-upload-paused");
      break;
    case "failed":
      status = t("documents-upload-failed", { reason: asSentence(errorText(state.error)) });
      break;
    case "delivered":
      status = t("outbox-delivered", { receipt: state.receipt });
      break;
  }
  const removedOther = upload.removed.some((kind) => kind !== "gps");

  // The first button: pause while it goes, resume once paused, try again once refused.
  let primary: { id: string; label: string; onClick(): void } | null = null;
  if (state.state === "failed") primary = { id: `${prefix}-retry-${id}`, label: t("documents-upload-retry"), onClick: () => onRetry(id) };
  else if (state.state === "paused") primary = { id: `${prefix}-resume-${id}`, label: t("documents-upload-resume"), onClick: resume };
  else if (actions === "full" && state.state !== "delivered") primary = { id: `${prefix}-pause-${id}`, label: t("documents-upload-pause"), onClick: pause };

  return (
    <li className="app-upload" data-item-id={id} data-state={state.state}>
      <p className="app-upload__name app-documents__focus" id={ids.name} tabIndex={-1}>
        {name}
      </p>
      <p className="app-upload__about">
        {t("documents-upload-about", { type: t(`documents-type-${upload.document_type}`), size: formatBytes(upload.size, language) })}
      </p>
      {upload.replaces !== null && (
        <p className="app-upload__replaces">{t("documents-upload-replaces", { file: replacesName ?? upload.replaces })}</p>
      )}
      {upload.removed.length > 0 && (
        <p className="app-upload__removed" id={`${prefix}-removed-${id}`}>
          {upload.removed.includes("gps") && t("documents-upload-removed-gps")}
          {upload.removed.includes("gps") && removedOther && " "}
          {removedOther && t("documents-upload-removed-other")}
        </p>
      )}
      <p className="app-upload__state" id={`${prefix}-state-${id}`}>
        {status}
      </p>
      {details.length > 0 && <p className="app-upload__details">{details.join(" ")}</p>}
      <progress
        className="app-upload__bar"
        id={ids.progress}
        max={Math.max(total, 1)}
        value={Math.min(sent, Math.max(total, 1))}
        aria-label={t("documents-upload-progress-label", { file: name })}
      />
      <p className="app-upload__amount">
        <span id={`${prefix}-amount-${id}`}>
          {t("documents-upload-amount", { sent: formatBytes(sent, language), total: formatBytes(total, language), percent })}
        </span>
        {moving && (
          <>
            {" · "}
            <span id={`${prefix}-speed-${id}`}>{formatSpeed(progress.bytes_per_second, language)}</span>
          </>
        )}
        {left && (
          <>
            {" · "}
            <span id={`${prefix}-left-${id}`}>{t(left.id, left.vars)}</span>
          </>
        )}
      </p>
      {actionError && (
        <p className="usa-error-message" id={`${prefix}-error-${id}`} role="alert">
          {t("documents-upload-action-failed", { reason: asSentence(errorText(actionError)) })}
        </p>
      )}
      {confirming ? (
        <div className="app-upload__confirm" role="group" aria-labelledby={ids.question}>
          <p className="app-upload__question app-documents__focus" id={ids.question} ref={question} tabIndex={-1}>
            {t("documents-upload-cancel-question", { file: name })}
          </p>
          <ul className="usa-button-group">
            <li className="usa-button-group__item">
              <button type="button" className="usa-button usa-button--secondary" id={`${prefix}-cancel-confirm-${id}`} onClick={cancel}>
                {t("documents-upload-cancel-confirm")}
              </button>
            </li>
            <li className="usa-button-group__item">
              <button
                type="button"
                className="usa-button usa-button--outline"
                id={`${prefix}-cancel-keep-${id}`}
                onClick={() => {
                  returnToCancel.current = true;
                  setConfirming(false);
                }}
              >
                {t("documents-upload-cancel-keep")}
              </button>
            </li>
          </ul>
        </div>
      ) : (
        <ul className="usa-button-group app-upload__actions">
          {primary && (
            <li className="usa-button-group__item" key="primary">
              <button
                type="button"
                className="usa-button usa-button--outline"
                id={primary.id}
                aria-describedby={ids.name}
                aria-disabled={busy || undefined}
                onClick={primary.onClick}
              >
                {primary.label}
              </button>
            </li>
          )}
          {state.state !== "delivered" && (
            <li className="usa-button-group__item" key="cancel">
              {actions === "full" ? (
                <button
                  type="button"
                  className="usa-button usa-button--unstyled app-upload__cancel"
                  id={ids.cancel}
                  aria-describedby={ids.name}
                  onClick={() => setConfirming(true)}
                >
                  {t("documents-upload-cancel")}
                </button>
              ) : (
                <button
                  type="button"
                  className="usa-button usa-button--unstyled app-upload__cancel"
                  id={`${prefix}-remove-${id}`}
                  aria-describedby={ids.name}
                  aria-disabled={busy || undefined}
                  onClick={cancel}
                >
                  {t("documents-upload-remove")}
                </button>
              )}
            </li>
          )}
        </ul>
      )}
    </li>
  );
}

interface UploadsListProps {
  /** The list's id (`uploads`, `modify-attachments`). */
  id: string;
  /** The id of what names the list. */
  labelledBy: string;
  items: Upload[];
  progress: Record<string, UploadProgress>;
  prefix: string;
  actions: UploadActions;
  /** Where focus goes when the item that had it goes away (sent, cancelled, removed). */
  fallbackFocus: string;
  /** The file name of a rejected document by id, for "Replaces …". */
  documentName?(id: string): string | null;
  onAnnounce(text: string): void;
  onRetry(id: string): void;
}

/** Files on their way, oldest first (the order they are sent in). */
export function UploadsList({ id, labelledBy, items, progress, prefix, actions, fallbackFocus, documentName, onAnnounce, onRetry }: UploadsListProps) {
  const focusedItem = useRef<string | null>(null);
  const ids = items.map((item) => item.id).join(" ");

  // An item with focus went away (sent or cancelled): focus goes on rather than to nowhere.
  useLayoutEffect(() => {
    const had = focusedItem.current;
    if (had === null || ids.split(" ").includes(had)) return;
    focusedItem.current = null;
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (lost) document.getElementById(fallbackFocus)?.focus();
  }, [ids, fallbackFocus]);

  const sorted = [...items].sort((a, b) => a.created_at.localeCompare(b.created_at) || a.id.localeCompare(b.id));
  return (
    <ul
      className="usa-list usa-list--unstyled app-uploads"
      id={id}
      aria-labelledby={labelledBy}
      onFocus={(event) => {
        focusedItem.current = (event.target as HTMLElement).closest<HTMLElement>("li[data-item-id]")?.dataset.itemId ?? null;
      }}
    >
      {sorted.map((item) => (
        <UploadItem
          key={item.id}
          item={item}
          progress={progress[item.id]}
          prefix={prefix}
          actions={actions}
          replacesName={item.upload.replaces !== null ? (documentName?.(item.upload.replaces) ?? null) : null}
          onAnnounce={onAnnounce}
          onRetry={onRetry}
        />
      ))}
    </ul>
  );
}
