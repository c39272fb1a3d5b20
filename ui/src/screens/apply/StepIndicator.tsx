import type { ApplicationForm } from "../../bindings/ApplicationForm";
import type { FieldIssue } from "../../bindings/FieldIssue";
import { useText } from "../../l10n/useText";
import { ErrorSummary as Summary } from "../../uswds/ErrorSummary";
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

/** The answers to fix on this step, then (at Submit) those on earlier steps. */
export function ErrorSummary({ form, step, current, earlier, onGo }: ErrorSummaryProps) {
  const t = useText();
  const text = useSummaryText(form);
  const problems = (issues: FieldIssue[]) =>
    issues.map((issue) => ({
      key: `${issue.field}:${issue.problem}`,
      text: text(issue, step),
      onGo: () => onGo(issue),
      data: { "data-field": issue.field },
    }));
  return (
    <Summary
      id={ERROR_SUMMARY_ID}
      level={3}
      heading={t("apply-errors-heading", { count: current.length + earlier.length })}
      groups={[
        { intro: t("apply-errors-text"), problems: problems(current) },
        { intro: t("apply-errors-earlier"), problems: problems(earlier) },
      ]}
    />
  );
}
