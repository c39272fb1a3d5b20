import { useLayoutEffect, useRef } from "react";
import { useText } from "../../l10n/useText";
import type { FieldError, Problem } from "./form";

export const ERROR_SUMMARY_ID = "modify-error-summary";

interface ErrorSummaryProps {
  problems: (Problem & FieldError)[];
  /** Takes the parent to the input. */
  onGo(target: string): void;
}

/**
 * The USWDS error summary: an alert, focused when it first shows (mount it
 * anew for each attempt), listing each problem as a button that takes the
 * parent to its input.
 */
export function ErrorSummary({ problems, onGo }: ErrorSummaryProps) {
  const t = useText();
  const box = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    box.current?.focus();
  }, []);
  return (
    <div
      className="usa-alert usa-alert--error app-modify__errors app-modify__focus"
      id={ERROR_SUMMARY_ID}
      role="alert"
      tabIndex={-1}
      ref={box}
      aria-labelledby={`${ERROR_SUMMARY_ID}-heading`}
    >
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading" id={`${ERROR_SUMMARY_ID}-heading`}>
          {t("modify-errors-heading", { count: problems.length })}
        </h2>
        <p className="usa-alert__text">{t("modify-errors-text")}</p>
        <ul className="usa-list app-modify__error-list">
          {problems.map((problem) => (
            <li key={problem.target}>
              <button
                type="button"
                className="usa-button usa-button--unstyled app-modify__error-link"
                data-target={problem.target}
                data-problem={problem.problem}
                onClick={() => onGo(problem.target)}
              >
                {problem.text}
              </button>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
