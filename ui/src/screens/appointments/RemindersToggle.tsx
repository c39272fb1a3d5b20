import type { Backend } from "../../backend/backend";
import { useSettingToggle } from "../../backend/useSettingToggle";
import { asSentence } from "../../l10n/format";
import { useErrorText, useText } from "../../l10n/useText";

const TOGGLE_ID = "appointment-reminders";
const HINT_ID = `${TOGGLE_ID}-hint`;
const ERROR_ID = `${TOGGLE_ID}-error`;

const save = (backend: Backend, on: boolean) => backend.setAppointmentReminders(on);

/**
 * The parent's choice of desktop reminders of appointments: shown only on
 * a home computer (a kiosk never reminds), changed at once and saved in the
 * background; a choice that can't be saved is taken back, with the reason.
 */
export function RemindersToggle() {
  const t = useText();
  const errorText = useErrorText();
  const reminders = useSettingToggle("appointment_reminders", save);
  if (reminders.kind === "hidden") return null;
  const { on, error, toggle } = reminders;

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
