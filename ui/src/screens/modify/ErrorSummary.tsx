import { useText } from "../../l10n/useText";
import { ErrorSummary as Summary } from "../../uswds/ErrorSummary";
import type { FieldError, Problem } from "./form";

export const ERROR_SUMMARY_ID = "modify-error-summary";

interface ErrorSummaryProps {
  problems: (Problem & FieldError)[];
  /** Takes the parent to the input. */
  onGo(target: string): void;
}

/** What keeps the request from being sent; focused when it first shows (mount it anew for each attempt). */
export function ErrorSummary({ problems, onGo }: ErrorSummaryProps) {
  const t = useText();
  return (
    <Summary
      id={ERROR_SUMMARY_ID}
      level={2}
      heading={t("modify-errors-heading", { count: problems.length })}
      focusOnMount
      groups={[
        {
          intro: t("modify-errors-text"),
          problems: problems.map((problem) => ({
            key: problem.target,
            text: problem.text,
            onGo: () => onGo(problem.target),
            data: { "data-target": problem.target, "data-problem": problem.problem },
          })),
        },
      ]}
    />
  );
}
