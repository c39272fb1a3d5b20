import type { IpcError } from "../../bindings/IpcError";
import { useErrorText, useText } from "../../l10n/useText";

const TOGGLE_ID = "payment-notifications";
const HINT_ID = `${TOGGLE_ID}-hint`;
const ERROR_ID = `${TOGGLE_ID}-error`;

/** The USWDS checkbox for a desktop notification when a payment arrives, with its hint and why a change wasn't saved. */
export function PaymentNotificationsToggle({ on, error, onChange }: { on: boolean; error: IpcError | null; onChange(on: boolean): void }) {
  const t = useText();
  const errorText = useErrorText();
  return (
    <div className={`usa-form-group app-payments-notify${error ? " usa-form-group--error" : ""}`}>
      <div className="usa-checkbox">
        <input
          className="usa-checkbox__input"
          id={TOGGLE_ID}
          name={TOGGLE_ID}
          type="checkbox"
          checked={on}
          onChange={(event) => onChange(event.target.checked)}
          aria-describedby={error ? `${HINT_ID} ${ERROR_ID}` : HINT_ID}
        />
        <label className="usa-checkbox__label" htmlFor={TOGGLE_ID}>
          {t("payments-notify-label")}
        </label>
      </div>
      <div className="usa-hint app-payments-notify__hint" id={HINT_ID}>
        {t("payments-notify-hint")}
      </div>
      {error && (
        <span className="usa-error-message app-payments-notify__error" id={ERROR_ID} role="alert">
          {t("payments-notify-failed", { reason: errorText(error) })}
        </span>
      )}
    </div>
  );
}

/**
 * Says, politely, how many new payments arrived on the case on screen, with
 * a way to dismiss it. It never takes focus: the list refreshes by itself.
 */
export function NewPaymentsNotice({ count, onDismiss }: { count: number; onDismiss(): void }) {
  const t = useText();
  return (
    <div className="usa-alert usa-alert--info usa-alert--slim app-payments-new">
      <div className="usa-alert__body app-payments-new__body">
        <p id="payments-new" className="usa-alert__text app-payments-new__text" role="status" aria-live="polite" data-count={count}>
          {t("payments-new", { count })}
        </p>
        <button
          type="button"
          id="payments-new-dismiss"
          className="usa-button usa-button--unstyled app-payments-new__dismiss"
          aria-describedby="payments-new"
          onClick={onDismiss}
        >
          {t("payments-new-dismiss")}
        </button>
      </div>
    </div>
  );
}
