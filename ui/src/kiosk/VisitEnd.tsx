import { useEffect, useLayoutEffect, useRef, type ReactNode } from "react";
import { useText } from "../l10n/useText";

/** How long the news of what could not be sent stays up before the welcome screen. */
export const UNSENT_NOTICE_MS = 10_000;
/** How soon a reset that failed is tried again by itself. */
export const END_RETRY_MS = 15_000;

/** A kiosk page of its own (no frame): one `main` with its heading, which takes focus. */
function KioskPage({ id, title, busy, children }: { id: string; title: string; busy?: boolean; children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = title;
  }, [title]);
  useLayoutEffect(() => {
    // Only when nothing else took focus (a button of the page may).
    if (document.activeElement === null || document.activeElement === document.body) heading.current?.focus();
  }, []);
  return (
    <div className="kiosk-page">
      <main id="main-content" className="kiosk-page__main" aria-busy={busy ? true : undefined}>
        <div id={id} className="kiosk-end" aria-busy={busy ? true : undefined}>
          <h1 ref={heading} tabIndex={-1} className="kiosk-end__title">
            {title}
          </h1>
          {children}
        </div>
      </main>
    </div>
  );
}

/** While the backend delivers what the visitor sent and wipes the visit: nothing of the visit is on screen any more. */
export function VisitEnding() {
  const t = useText();
  return (
    <KioskPage id="kiosk-ending" title={t("kiosk-ending-title")} busy>
      <div className="kiosk-end__spinner" aria-hidden="true" />
      <p className="usa-intro">{t("kiosk-ending-text")}</p>
    </KioskPage>
  );
}

/** The visit has ended but `count` submissions could not be sent (and were not kept): said plainly, then the welcome screen. */
export function VisitUnsent({ count, onDone }: { count: number; onDone(): void }) {
  const t = useText();
  const ok = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    ok.current?.focus();
  }, []);
  useEffect(() => {
    const timer = window.setTimeout(onDone, UNSENT_NOTICE_MS);
    return () => window.clearTimeout(timer);
  }, [onDone]);
  return (
    <KioskPage id="kiosk-unsent-page" title={t("kiosk-unsent-title")}>
      <div className="usa-alert usa-alert--warning" role="alert">
        <div className="usa-alert__body">
          <p id="kiosk-unsent" className="usa-alert__text" data-count={count}>
            {t("kiosk-unsent-text", { count })}
          </p>
          <p className="usa-alert__text">{t("kiosk-unsent-help")}</p>
        </div>
      </div>
      <button ref={ok} type="button" id="kiosk-unsent-ok" className="usa-button usa-button--big kiosk-end__button" onClick={onDone}>
        {t("kiosk-unsent-ok")}
      </button>
    </KioskPage>
  );
}

/**
 * The backend could not finish the reset: the welcome screen must not come
 * back over a visit that may not be wiped, so this stays, tries again by
 * itself, and asks for the staff.
 */
export function VisitEndFailed({ onRetry }: { onRetry(): void }) {
  const t = useText();
  const retry = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    retry.current?.focus();
  }, []);
  useEffect(() => {
    const timer = window.setTimeout(onRetry, END_RETRY_MS);
    return () => window.clearTimeout(timer);
  }, [onRetry]);
  return (
    <KioskPage id="kiosk-end-failed" title={t("kiosk-end-failed-title")}>
      <p className="usa-intro" role="alert">
        {t("kiosk-end-failed-text")}
      </p>
      <button ref={retry} type="button" id="kiosk-end-retry" className="usa-button usa-button--big kiosk-end__button" onClick={onRetry}>
        {t("kiosk-end-retry")}
      </button>
    </KioskPage>
  );
}
