import type { ApplicationForm } from "../../bindings/ApplicationForm";
import type { FieldIssue } from "../../bindings/FieldIssue";
import { useText } from "../../l10n/useText";
import { STEPS } from "./form";
import { useSummaryText } from "./issueText";

/** The id of the step's heading, which takes focus when the step changes. */
export const STEP_HEADING_ID = "apply-step-heading";
export const ERROR_SUMMARY_ID = "apply-error-summary";

/**
 * The USWDS step indicator with counters: every step, done or not, and the
 * heading "Step 3 of 8: The children" that is read out when it takes focus.
 */
export function StepIndicator({ step }: { step: number }) {
  const t = useText();
  const name = (index: number) => t(`apply-step-${STEPS[index] ?? "review"}`);
  return (
    <div className="usa-step-indicator usa-step-indicator--counters app-apply__steps">
      <ol className="usa-step-indicator__segments" aria-label={t("apply-progress")}>
        {STEPS.map((key, index) => {
          const done = index < step;
          const current = index === step;
          const modifier = done ? " usa-step-indicator__segment--complete" : current ? " usa-step-indicator__segment--current" : "";
          return (
            <li key={key} className={`usa-step-indicator__segment${modifier}`} aria-current={current ? "step" : undefined}>
              <span className="usa-step-indicator__segment-label">
                {name(index)}
                {!current && <span className="usa-sr-only"> {t(done ? "apply-step-completed" : "apply-step-not-completed")}</span>}
              </span>
            </li>
          );
        })}
      </ol>
      <div className="usa-step-indicator__header">
        <h2 className="usa-step-indicator__heading app-apply__step-heading" id={STEP_HEADING_ID} tabIndex={-1}>
          <span className="usa-step-indicator__heading-counter">
            <span className="usa-sr-only">{t("apply-step-word")} </span>
            <span className="usa-step-indicator__current-step">{step + 1}</span>{" "}
            <span className="usa-step-indicator__total-steps">{t("apply-step-of", { total: STEPS.length })}</span>
          </span>
          <span className="usa-sr-only">: </span>
          <span className="usa-step-indicator__heading-text">{name(step)}</span>
        </h2>
      </div>
    </div>
  );
}

interface ErrorSummaryProps {
  form: ApplicationForm;
  step: number;
  /** The problems on this step. */
  current: FieldIssue[];
  /** At Submit, the problems left on earlier steps. */
  earlier: FieldIssue[];
  /** Moves to the field (and its step). */
  onGo(issue: FieldIssue): void;
}

/**
 * The USWDS error summary: an alert, focused when shown, listing each
 * answer to fix as a button that takes the parent to it.
 */
export function ErrorSummary({ form, step, current, earlier, onGo }: ErrorSummaryProps) {
  const t = useText();
  const text = useSummaryText(form);
  const list = (issues: FieldIssue[]) => (
    <ul className="usa-list app-apply__error-list">
      {issues.map((issue) => (
        <li key={`${issue.field}:${issue.problem}`}>
          <button type="button" className="usa-button usa-button--unstyled app-apply__error-link" data-field={issue.field} onClick={() => onGo(issue)}>
            {text(issue, step)}
          </button>
        </li>
      ))}
    </ul>
  );
  return (
    <div
      className="usa-alert usa-alert--error app-apply__errors"
      id={ERROR_SUMMARY_ID}
      role="alert"
      tabIndex={-1}
      aria-labelledby={`${ERROR_SUMMARY_ID}-heading`}
    >
      <div className="usa-alert__body">
        <h3 className="usa-alert__heading" id={`${ERROR_SUMMARY_ID}-heading`}>
          {t("apply-errors-heading", { count: current.length + earlier.length })}
        </h3>
        {current.length > 0 && (
          <>
            <p className="usa-alert__text">{t("apply-errors-text")}</p>
            {list(current)}
          </>
        )}
        {earlier.length > 0 && (
          <>
            <p className="usa-alert__text">{t("apply-errors-earlier")}</p>
            {list(earlier)}
          </>
        )}
      </div>
    </div>
  );
}
