import type { Case } from "../../bindings/Case";
import type { JurisdictionInfo } from "../../bindings/JurisdictionInfo";
import type { Parent } from "../../bindings/Parent";
import type { ParentField } from "../../bindings/ParentField";
import type { ParentId } from "../../bindings/ParentId";
import { cleanMoney } from "./money";

export type Period = "month" | "year";
/** One per-parent input: the income, or one of the state's optional facts. */
export type Entry = "income" | ParentField;

export const PARENTS: readonly ParentId[] = ["a", "b"];
/** Facts counted in whole numbers; every other entry is money. */
const COUNTS: readonly Entry[] = ["overnights", "other_children"];

export function isCount(entry: Entry): boolean {
  return COUNTS.includes(entry);
}

/** Everything the form holds, exactly as typed. */
export interface EstimateForm {
  jurisdiction: string;
  children: string;
  custodial: ParentId | "";
  period: Period;
  asOf: string;
  values: Partial<Record<string, string>>;
}

/**
 * The id of a per-parent input: `income-a`, `health-insurance-b`; with a
 * prefix (another screen's form), `modify-income-a`.
 */
export function inputId(entry: Entry, parent: ParentId, prefix = ""): string {
  return `${prefix}${entry.replace(/_/g, "-")}-${parent}`;
}

/** The ids of a form's inputs, so that the same fields can serve more than one screen. */
export interface FieldIds {
  jurisdiction: string;
  children: string;
  /** The radio group; its radios are `<custodial>-a` and `-b`, its legend `<custodial>-legend`. */
  custodial: string;
  asOf: string;
  /** The select of the incomes' period. */
  period: string;
  /** The accordion of the optional details. */
  details: string;
  /** Put before each per-parent input's id (see `inputId`). */
  parent: string;
}

/** The Estimate screen's ids. */
export const INPUT_IDS = {
  jurisdiction: "estimate-jurisdiction",
  children: "estimate-children",
  custodial: "custodial",
  asOf: "estimate-date",
  period: "income-period",
  details: "estimate-details",
  parent: "",
} as const satisfies FieldIds;

/** A problem at one input (its id), by the calculator's reason code. */
export interface FieldProblem {
  target: string;
  reason: string;
  message: string;
}

export type Built =
  | { kind: "incomplete" }
  | { kind: "invalid"; problem: FieldProblem }
  | { kind: "ready"; input: Case };

const WHOLE = /^\d+$/;

/**
 * The case the form describes, once the state, the children, where they live
 * and both incomes are filled in. Money goes as typed (cleaned), counts as
 * integers; optional facts the state does not use, or left empty, are left out.
 */
export function buildCase(form: EstimateForm, info: JurisdictionInfo | undefined, ids: FieldIds = INPUT_IDS): Built {
  if (!info || !info.complete) return { kind: "incomplete" };
  const children = form.children.trim();
  const incomes = PARENTS.map((parent) => cleanMoney(form.values[inputId("income", parent, ids.parent)] ?? ""));
  if (children === "" || form.custodial === "" || incomes.some((income) => income === "")) {
    return { kind: "incomplete" };
  }
  if (!WHOLE.test(children)) {
    return { kind: "invalid", problem: { target: ids.children, reason: "not_a_whole_number", message: "" } };
  }
  const parents: Record<ParentId, Parent> = { a: {}, b: {} };
  for (const [index, parent] of PARENTS.entries()) {
    const out = parents[parent];
    if (form.period === "month") out.monthly_income = incomes[index];
    else out.annual_income = incomes[index];
    for (const field of info.fields) {
      const id = inputId(field, parent, ids.parent);
      const typed = (form.values[id] ?? "").trim();
      if (typed === "") continue;
      if (isCount(field)) {
        if (!WHOLE.test(typed)) {
          return { kind: "invalid", problem: { target: id, reason: "not_a_whole_number", message: "" } };
        }
        out[field as "overnights" | "other_children"] = Number(typed);
      } else {
        out[field as Exclude<ParentField, "overnights" | "other_children">] = cleanMoney(typed);
      }
    }
  }
  return {
    kind: "ready",
    input: {
      jurisdiction: info.code,
      as_of: form.asOf.trim(),
      children: Number(children),
      custodial: form.custodial,
      parents,
    },
  };
}

/**
 * The input an error's `field` path points at (`parents.a.monthly_income` ->
 * `income-a`), or `null` when the form has no such input.
 */
export function targetOf(field: string | undefined, info: JurisdictionInfo | undefined, ids: FieldIds = INPUT_IDS): string | null {
  switch (field) {
    case undefined:
      return null;
    case "jurisdiction":
      return ids.jurisdiction;
    case "children":
      return ids.children;
    case "custodial":
      return ids.custodial;
    case "as_of":
      return ids.asOf;
  }
  const match = /^parents\.([ab])\.(\w+)$/.exec(field);
  if (!match) return null;
  const parent = match[1] as ParentId;
  const name = match[2];
  if (name === "monthly_income" || name === "annual_income") return inputId("income", parent, ids.parent);
  const known = info?.fields.find((candidate) => candidate === name);
  return known ? inputId(known, parent, ids.parent) : null;
}
