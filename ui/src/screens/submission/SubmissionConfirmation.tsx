import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from "react";
import { useBackend } from "../../backend/context";
import { toIpcError } from "../../backend/errors";
import type { IpcError } from "../../bindings/IpcError";
import type { OutboxItem } from "../../bindings/OutboxItem";
import { KioskReceipt } from "../../kiosk/Receipt";
import { useLanguage } from "../../l10n/LanguageProvider";
import { asSentence, formatMoment } from "../../l10n/format";
import { useErrorText, useText } from "../../l10n/useText";

interface SubmissionConfirmationProps {
  submitted: OutboxItem;
  /** The page it is on: its ids, classes and messages are `<page>-…`. */
  page: "apply" | "modify";
  /** The id of the element that holds the agency's number once received. */
  numberId: string;
  /** Shown under the news once the agency has it (what happens next). */
  children?: ReactNode;
  /** Shown under the news whatever the state (what goes with it). */
  note?: ReactNode;
}

/**
 * Where a submission stands, following its outbox item by id: being sent,
 * saved here until the agency can be reached, received with its number, or
 * refused with a way to try again. Its heading takes focus when it first
 * shows (the button that sent it is gone), and a polite live region reads
 * each change out. On a kiosk that allows printing, a received one can be
 * printed as a receipt. Shared by Apply and Modify.
 */
export function SubmissionConfirmation({ submitted, page, numberId, children, note }: SubmissionConfirmationProps) {
  const t = useText();
  const errorText = useErrorText();
  const { language } = useLanguage();
  const backend = useBackend();
  const [item, setItem] = useState(submitted);
  const [retryError, setRetryError] = useState<IpcError | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const events = useRef(0);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    const stop = backend.onEvent((event) => {
      if (event.kind !== "outbox") return;
      const next = event.value.find((candidate) => candidate.id === submitted.id);
      if (!next) return;
      events.current += 1;
      setItem(next);
    });
    // An event may have come before this listened: catch up once.
    const seen = events.current;
    backend.outbox().then(
      (items) => {
        const next = items.find((candidate) => candidate.id === submitted.id);
        if (next && mounted.current && events.current === seen) setItem(next);
      },
      () => undefined,
    );
    return () => {
      mounted.current = false;
      stop();
    };
  }, [backend, submitted.id]);

  useLayoutEffect(() => {
    heading.current?.focus();
  }, []);

  const retry = () => {
    setRetryError(null);
    const seen = events.current;
    backend.retryOutboxItem(item.id).then(
      (next) => {
        if (mounted.current && events.current === seen) setItem(next);
      },
      (thrown: unknown) => {
        if (mounted.current) setRetryError(toIpcError(thrown));
      },
    );
  };

  const { state } = item;
  let type: "info" | "warning" | "success" | "error";
  let title: string;
  switch (state.state) {
    case "queued":
      type = state.error ? "warning" : "info";
      title = t(state.error ? `${page}-confirm-waiting-heading` : `${page}-confirm-sending-heading`);
      break;
    case "sending":
      type = "info";
      title = t(`${page}-confirm-sending-heading`);
      break;
    case "paused":
      type = "info";
      title = t(`${page}-confirm-paused-heading`);
      break;
    case "delivered":
      type = "success";
      title = t(`${page}-confirm-received-heading`);
      break;
    case "failed":
      type = "error";
      title = t(`${page}-confirm-failed-heading`);
      break;
  }

  return (
    <section id={`${page}-confirmation`} className={`app-${page}__confirmation`} data-state={state.state} aria-labelledby={`${page}-confirmation-heading`}>
      <div className={`usa-alert usa-alert--${type}`}>
        <div className="usa-alert__body" aria-live="polite" aria-atomic="true">
          <h2
            className={`usa-alert__heading app-${page}__focus app-${page}__confirmation-heading`}
            id={`${page}-confirmation-heading`}
            ref={heading}
            tabIndex={-1}
          >
            {title}
          </h2>
          {(state.state === "sending" || (state.state === "queued" && !state.error)) && (
            <p className="usa-alert__text">{t(`${page}-confirm-sending`)}</p>
          )}
          {state.state === "paused" && (
            <p className="usa-alert__text" id={`${page}-confirm-paused`}>
              {t(`${page}-confirm-paused`)}
            </p>
          )}
          {state.state === "queued" && state.error && (
            <>
              <p className="usa-alert__text" id={`${page}-confirm-waiting`}>
                {t(`${page}-confirm-waiting`)}
              </p>
              {state.retry_at && (
                <p className="usa-alert__text">{t(`${page}-confirm-retry-at`, { time: formatMoment(state.retry_at, language) })}</p>
              )}
            </>
          )}
          {state.state === "delivered" && (
            <>
              <p className={`usa-alert__text app-${page}__number`}>
                {t(`${page}-confirm-number`)} <strong id={numberId}>{state.receipt}</strong>
              </p>
              <p className="usa-alert__text">{t(`${page}-confirm-keep`)}</p>
            </>
          )}
          {state.state === "failed" && (
            <p className="usa-alert__text" id={`${page}-confirm-failed`}>
              {t(`${page}-confirm-failed`, { reason: asSentence(errorText(state.error)) })}
            </p>
          )}
        </div>
      </div>
      {note}
      {state.state === "failed" && (
        <button type="button" className={`usa-button app-${page}__retry`} id={`${page}-retry`} onClick={retry}>
          {t(`${page}-confirm-retry`)}
        </button>
      )}
      {retryError && (
        <p className="usa-error-message" id={`${page}-retry-error`} role="alert">
          {asSentence(errorText(retryError))}
        </p>
      )}
      {state.state === "delivered" && <KioskReceipt page={page} number={state.receipt} at={state.at} />}
      {state.state === "delivered" && children}
    </section>
  );
}
