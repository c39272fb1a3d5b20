import type { CaseDetail } from "../../bindings/agency/CaseDetail";
import type { ModificationReason } from "../../bindings/agency/ModificationReason";
import type { ParentId } from "../../bindings/ParentId";
import type { EstimateForm, FieldIds } from "../estimate/form";
import { localToday } from "../estimate/money";
import { isAmount } from "./amounts";

/** Why a parent may ask, in the order the screen offers them. */
export const REASONS: readonly ModificationReason[] = [
  "income_change",
  "job_loss",
  "custody_change",
  "incarceration",
  "disability",
  "child_needs",
  "other",
];

/** The most the agency takes in `details`, in characters. */
export const DETAILS_MAX = 2000;

/** The ids of the request's own inputs; `reason` is the radio group (its radios `modify-reason-<reason>`). */
export const IDS = {
  reason: "modify-reason",
  details: "modify-details",
  estimate: "modify-estimate",
  incomeBefore: "modify-income-before",
  incomeAfter: "modify-income-after",
} as const;

/** The calculator's inputs on this screen: `modify-children`, `modify-income-a`… */
export const CALCULATOR_IDS: FieldIds = {
  jurisdiction: "modify-jurisdiction",
  children: "modify-children",
  custodial: "modify-custodial",
  asOf: "modify-date",
  period: "modify-income-period",
  details: "modify-calculator-details",
  parent: "modify-",
};

/** Where the new amount comes from: the guideline calculator, or typed by the parent. */
export type Source = "calculator" | "typed";

/** The request as the parent fills it in, exactly as typed. */
export interface RequestForm {
  reason: ModificationReason | "";
  details: string;
  source: Source;
  typed: string;
  incomeBefore: string;
  incomeAfter: string;
}

export const EMPTY_REQUEST: RequestForm = { reason: "", details: "", source: "calculator", typed: "", incomeBefore: "", incomeAfter: "" };

/** A problem as an input shows it: the text, and its reason code for `data-problem`. */
export interface FieldError {
  text: string;
  problem: string;
}

/** A problem at one input (its id), by reason code: `required`, `too_long`, `invalid_amount`… */
export interface Problem {
  target: string;
  problem: string;
}

/** Characters as the agency counts them (code points, so an emoji is one). */
export function characters(text: string): number {
  return [...text].length;
}

/** The parent who pays under the order: the other parent when this one receives support. */
export function orderPayer(detail: CaseDetail): ParentId {
  return detail.role === "custodial" ? "b" : "a";
}

/** The calculator's form filled in from the case: its state, its children, and where they live (from the parent's role). */
export function prefilledEstimate(detail: CaseDetail): EstimateForm {
  return {
    jurisdiction: detail.jurisdiction,
    children: detail.children.length > 0 ? String(detail.children.length) : "",
    custodial: detail.role === "custodial" ? "a" : "b",
    period: "month",
    asOf: localToday(),
    values: {},
  };
}

/**
 * What keeps the request from being sent, in the order of the page: no
 * reason, no details or too many, an amount that isn't one. Amounts left
 * empty are fine: they are optional.
 */
export function requestProblems(form: RequestForm, { source, askIncomes }: { source: Source; askIncomes: boolean }): Problem[] {
  const problems: Problem[] = [];
  if (form.reason === "") problems.push({ target: IDS.reason, problem: "reason_required" });
  const details = form.details.trim();
  if (details === "") problems.push({ target: IDS.details, problem: "required" });
  else if (characters(details) > DETAILS_MAX) problems.push({ target: IDS.details, problem: "too_long" });
  const amounts: [string, string, boolean][] = [
    [IDS.estimate, form.typed, source === "typed"],
    [IDS.incomeBefore, form.incomeBefore, askIncomes],
    [IDS.incomeAfter, form.incomeAfter, askIncomes],
  ];
  for (const [target, typed, asked] of amounts) {
    if (asked && typed.trim() !== "" && !isAmount(typed)) problems.push({ target, problem: "invalid_amount" });
  }
  return problems;
}
