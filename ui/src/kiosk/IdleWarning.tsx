import { useLayoutEffect, useRef } from "react";
import { useText } from "../l10n/useText";

/**
 * "Are you still there?": a modal dialog over the visit (which is inert
 * meanwhile) with the seconds left and a button that takes focus. Any input
 * at all closes it (the idle timer sees it first), so the button is there
 * for those who look for one. The countdown is a timer, which screen readers
 * do not read out each second: the kiosk's live region says it once.
 * What had focus goes to `onOpen`, for the visit to give it back once the
 * dialog is gone and the page is no longer inert.
 */
interface IdleWarningProps {
  secondsLeft: number;
  onStay(): void;
  onOpen(hadFocus: HTMLElement | null): void;
}

export function IdleWarning({ secondsLeft, onStay, onOpen }: IdleWarningProps) {
  const t = useText();
  const button = useRef<HTMLButtonElement>(null);

  useLayoutEffect(() => {
    onOpen(document.activeElement instanceof HTMLElement ? document.activeElement : null);
    button.current?.focus();
  }, [onOpen]);

  return (
    <div className="usa-modal-wrapper is-visible kiosk-idle">
      <div className="usa-modal-overlay kiosk-idle__overlay">
        <div
          id="kiosk-idle-warning"
          className="usa-modal kiosk-idle__dialog"
          role="alertdialog"
          aria-modal="true"
          aria-labelledby="kiosk-idle-heading"
          aria-describedby="kiosk-idle-text"
        >
          <div className="usa-modal__content">
            <div className="usa-modal__main">
              <h2 className="usa-modal__heading" id="kiosk-idle-heading">
                {t("kiosk-idle-heading")}
              </h2>
              <p id="kiosk-idle-text">{t("kiosk-idle-text")}</p>
              <p id="kiosk-idle-countdown" className="kiosk-idle__countdown" role="timer" data-seconds={secondsLeft}>
                {t("kiosk-idle-countdown", { seconds: secondsLeft })}
              </p>
              <div className="usa-modal__footer">
                <button ref={button} type="button" id="kiosk-idle-stay" className="usa-button usa-button--big" onClick={onStay}>
                  {t("kiosk-idle-stay")}
                </button>
              </div>
            </div>
          </div>
        </div>
      </div>
    </div>
  );
}
