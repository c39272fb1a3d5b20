import { useEffect, useRef, useState } from "react";
import type { IpcError } from "../../bindings/IpcError";
import type { OutboxItem } from "../../bindings/OutboxItem";
import { useBackend } from "../../backend/context";
import { toIpcError } from "../../backend/errors";
import { useLanguage } from "../../l10n/LanguageProvider";
import { asSentence, formatMoment } from "../../l10n/format";
import { useErrorText, useText } from "../../l10n/useText";

/**
 * Where the submitted application stands, following its outbox item by id:
 * being sent, saved here until the agency can be reached, received with its
 * number, or refused with a way to try again. A polite live region reads
 * each change out.
 */
export function Confirmation({ submitted }: { submitted: OutboxItem }) {
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

  useEffect(() => {
    // The Submit button is gone: the news takes focus.
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
      title = t(state.error ? "apply-confirm-waiting-heading" : "apply-confirm-sending-heading");
      break;
    case "sending":
      type = "info";
      title = t("apply-confirm-sending-heading");
      break;
    case "delivered":
      type = "success";
      title = t("apply-confirm-received-heading");
      break;
    case "failed":
      type = "error";
      title = t("apply-confirm-failed-heading");
      break;
  }

  return (
    <section id="apply-confirmation" className="app-apply__confirmation" data-state={state.state} aria-labelledby="apply-confirmation-heading">
      <div className={`usa-alert usa-alert--${type}`}>
        <div className="usa-alert__body" aria-live="polite" aria-atomic="true">
          <h2 className="usa-alert__heading app-apply__confirmation-heading" id="apply-confirmation-heading" ref={heading} tabIndex={-1}>
            {title}
          </h2>
          {(state.state === "sending" || (state.state === "queued" && !state.error)) && (
            <p className="usa-alert__text">{t("apply-confirm-sending")}</p>
          )}
          {state.state === "queued" && state.error && (
            <>
              <p className="usa-alert__text">{t("apply-confirm-waiting")}</p>
              {state.retry_at && (
                <p className="usa-alert__text">{t("apply-confirm-retry-at", { time: formatMoment(state.retry_at, language) })}</p>
              )}
            </>
          )}
          {state.state === "delivered" && (
            <>
              <p className="usa-alert__text app-apply__number">
                {t("apply-confirm-number")}{" "}
                <strong id="apply-application-number">{state.receipt}</strong>
              </p>
              <p className="usa-alert__text">{t("apply-confirm-keep")}</p>
            </>
          )}
          {state.state === "failed" && <p className="usa-alert__text">{t("apply-confirm-failed", { reason: asSentence(errorText(state.error)) })}</p>}
        </div>
      </div>
      {state.state === "failed" && (
        <button type="button" className="usa-button app-apply__retry" id="apply-retry" onClick={retry}>
          {t("apply-confirm-retry")}
        </button>
      )}
      {retryError && (
        <p className="usa-error-message" id="apply-retry-error" role="alert">
          {asSentence(errorText(retryError))}
        </p>
      )}
      {state.state === "delivered" && (
        <div className="app-apply__next-steps">
          <h3>{t("apply-confirm-next-heading")}</h3>
          <ul className="usa-list">
            <li>{t("apply-confirm-next-review")}</li>
            <li>{t("apply-confirm-next-fee")}</li>
            <li>{t("apply-confirm-next-status")}</li>
          </ul>
        </div>
      )}
    </section>
  );
}
