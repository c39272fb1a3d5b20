import { useEffect, useRef, useState } from "react";
import { useBackend } from "../../backend/context";
import { toIpcError } from "../../backend/errors";
import type { IpcError } from "../../bindings/IpcError";
import { asSentence } from "../../l10n/format";
import { useErrorText, useText } from "../../l10n/useText";

const TOGGLE_ID = "appointment-reminders";
const HINT_ID = `${TOGGLE_ID}-hint`;
const ERROR_ID = `${TOGGLE_ID}-error`;

/**
 * The parent's choice of desktop reminders of appointments: shown only on
 * a home computer (a kiosk never reminds), changed at once and saved in the
 * background; a choice that can't be saved is taken back, with the reason.
 */
export function RemindersToggle() {
  const t = useText();
  const errorText = useErrorText();
  const backend = useBackend();
  const [shown, setShown] = useState(false);
  const [on, setOn] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);
  const saved = useRef(false);
  const latest = useRef(0);
  const alive = useRef(true);

  useEffect(() => {
    alive.current = true;
    let current = true;
    Promise.all([backend.appInfo(), backend.settings()]).then(
      ([info, settings]) => {
        if (!current || info.mode !== "home") return;
        saved.current = settings.appointment_reminders;
        setOn(settings.appointment_reminders);
        setShown(true);
      },
      () => undefined,
    );
    return () => {
      current = false;
      alive.current = false;
    };
  }, [backend]);

  if (!shown) return null;

  const toggle = (next: boolean) => {
    latest.current += 1;
    const request = latest.current;
    setOn(next);
    setError(null);
    backend.setAppointmentReminders(next).then(
      (settings) => {
        saved.current = settings.appointment_reminders;
        if (alive.current && request === latest.current) setOn(settings.appointment_reminders);
      },
      (thrown: unknown) => {
        if (!alive.current || request !== latest.current) return;
        setOn(saved.current);
        setError(toIpcError(thrown));
      },
    );
  };

  return (
    <div className={`usa-form-group app-appointments__reminders${error ? " usa-form-group--error" : ""}`}>
      <div className="usa-checkbox">
        <input
          className="usa-checkbox__input"
          id={TOGGLE_ID}
          name={TOGGLE_ID}
          type="checkbox"
          checked={on}
          onChange={(event) => toggle(event.target.checked)}
          aria-describedby={error ? `${HINT_ID} ${ERROR_ID}` : HINT_ID}
        />
        <label className="usa-checkbox__label" htmlFor={TOGGLE_ID}>
          {t("appointments-reminders-label")}
        </label>
      </div>
      <div className="usa-hint" id={HINT_ID}>
        {t("appointments-reminders-hint")}
      </div>
      {error && (
        <span className="usa-error-message" id={ERROR_ID} role="alert">
          {t("appointments-reminders-failed", { reason: asSentence(errorText(error)) })}
        </span>
      )}
    </div>
  );
}
