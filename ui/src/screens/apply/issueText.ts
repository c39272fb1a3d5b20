import { useCallback } from "react";
import type { ApplicationForm } from "../../bindings/ApplicationForm";
import type { FieldIssue } from "../../bindings/FieldIssue";
import { useText, useTextOr } from "../../l10n/useText";
import { STEPS, stepOf } from "./form";

/** A field path without its list indexes, for message ids: `children.0.date_of_birth` -> `children-date_of_birth`. */
export function fieldKey(field: string): string {
  return field
    .split(".")
    .filter((part) => !/^\d+$/.test(part))
    .join("-");
}

/**
 * What to fix, in the parent's language: the message for this field and
 * problem (`apply-error-children-date_of_birth-required`), else the one for
 * the problem (`apply-error-invalid_ssn`).
 */
export function useIssueText(form: ApplicationForm): (issue: FieldIssue) => string {
  const t = useText();
  const tOr = useTextOr();
  const name = `${form.applicant.given_name.trim()} ${form.applicant.family_name.trim()}`.trim();
  return useCallback(
    (issue: FieldIssue) => {
      const vars = { name };
      return tOr(`apply-error-${fieldKey(issue.field)}-${issue.problem}`, t(`apply-error-${issue.problem}`, vars), vars);
    },
    [t, tOr, name],
  );
}

/**
 * An issue as the error summary lists it: which child or order it is about,
 * and, for an issue on another step, that step's name.
 */
export function useSummaryText(form: ApplicationForm): (issue: FieldIssue, currentStep: number) => string {
  const t = useText();
  const text = useIssueText(form);
  return useCallback(
    (issue: FieldIssue, currentStep: number) => {
      let problem = text(issue);
      const child = /^children\.(\d+)\./.exec(issue.field);
      const order = /^existing_orders\.(\d+)\./.exec(issue.field);
      if (child) problem = t("apply-errors-child", { number: Number(child[1]) + 1, problem });
      if (order) problem = t("apply-errors-order", { number: Number(order[1]) + 1, problem });
      const step = stepOf(issue.field);
      return step === currentStep ? problem : t("apply-errors-on-step", { step: t(`apply-step-${STEPS[step] ?? "review"}`), problem });
    },
    [t, text],
  );
}
