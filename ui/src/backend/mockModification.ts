import type { CaseDetail } from "../bindings/agency/CaseDetail";
import type { Order } from "../bindings/agency/Order";
import type { IpcError } from "../bindings/IpcError";
import type { ModificationAnswer } from "../bindings/ModificationAnswer";
import type { ModificationQuestion } from "../bindings/ModificationQuestion";
import type { ModificationVerdict } from "../bindings/ModificationVerdict";
import type { Note } from "../bindings/Note";
import { fromCents } from "./mockLedger";

/**
 * The mock's copy of the modification check: `crates/backend/src/modification.rs`
 * over `crates/guidelines/src/modification.rs`, simplified but with the same
 * keys, arguments, verdicts and errors, close enough for the UI's tests and
 * the browser preview. When the two disagree, Rust is right.
 */

/** How the mock answers `modificationCheck`: a function of the question (which may throw an IpcError). */
export type MockModificationCheck = (question: ModificationQuestion) => ModificationAnswer | Promise<ModificationAnswer>;

/** The largest amount the calculator takes, in cents ($1,000,000,000). */
const MAX_CENTS = 100_000_000_000;

function invalid(field: string, reason: string, message: string): IpcError {
  return { code: "invalid_input", message, field, reason };
}

/** A typed amount in cents, as the backend reads it: `$` and commas dropped, zero or more, at most two decimals. */
function cents(field: string, typed: string): number {
  const cleaned = typed.trim().replace(/[$,]/g, "");
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(cleaned);
  if (!match) throw invalid(field, "invalid_amount", "Enter an amount in dollars and cents, zero or more.");
  const value = Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
  if (value > MAX_CENTS) throw invalid(field, "too_large", `\`${field}\`: the amount is too large`);
  return value;
}

function optionalCents(field: string, typed: string | undefined): number | null {
  return typed === undefined || typed.trim() === "" ? null : cents(field, typed);
}

/** `a × b / c` in whole cents, halves away from zero (all whole and not negative). */
function ratio(a: number, b: number, c: number): number {
  const product = a * b;
  const quotient = Math.floor(product / c);
  return (product % c) * 2 >= c ? quotient + 1 : quotient;
}

/** The order's amount per month: weekly × 52 / 12, biweekly × 26 / 12, semimonthly × 2. */
export function monthlyEquivalent(order: Order): string {
  const amount = Math.round(Number(order.amount) * 100);
  switch (order.frequency) {
    case "weekly":
      return fromCents(ratio(amount, 52, 12));
    case "biweekly":
      return fromCents(ratio(amount, 26, 12));
    case "semimonthly":
      return fromCents(amount * 2);
    case "monthly":
      return fromCents(amount);
  }
}

/** `YYYY-MM-DD` in the local time zone. */
function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whole calendar months from `from` to `to` (a day the month lacks becomes its last day). */
export function wholeMonths(from: string, to: string): number {
  const [fy, fm, fd] = from.split("-").map(Number) as [number, number, number];
  const [ty, tm, td] = to.split("-").map(Number) as [number, number, number];
  let months = Math.max(0, (ty - fy) * 12 + tm - fm);
  const reached = (n: number) => {
    const month = fm - 1 + n;
    const year = fy + Math.floor(month / 12);
    const inMonth = month % 12;
    const last = new Date(Date.UTC(year, inMonth + 1, 0)).getUTCDate();
    const day = Math.min(fd, last);
    return year < ty || (year === ty && (inMonth + 1 < tm || (inMonth + 1 === tm && day <= td)));
  };
  while (months > 0 && !reached(months)) months -= 1;
  return months;
}

/** The smallest change in cents that is at least `pct`% of the order (and a change at all). */
function atLeastShare(current: number, pct: number): number {
  return Math.max(1, Math.ceil((current * pct) / 100));
}

/** A percentage of `base`, cut to one decimal place (`"16.6"`). */
function percentOf(size: number, base: number): string {
  const tenths = Math.floor((size * 1000) / base);
  return `${Math.floor(tenths / 10)}.${tenths % 10}`;
}

function note(key: string, text: string, args: Partial<Record<string, string | number>> = {}): Note {
  const strings: Record<string, string> = {};
  for (const [name, value] of Object.entries(args)) if (value !== undefined) strings[name] = String(value);
  return { key, args: strings, text };
}

const ago = (months: number) => `${months} ${months === 1 ? "month" : "months"}`;

type Outcome = [ModificationVerdict, Note[], string];

/** One state's rule, from the months since the order, the order and the change in cents. */
function rule(jurisdiction: string, months: number, current: number, size: number, orderDate: string, incomes: [number, number] | null): Outcome {
  const difference = fromCents(size);
  const compared = (key: string, threshold: number, verb: string) =>
    note(key, `The new amount is ${difference} a month away from your order; for your order, that means ${fromCents(threshold)} or more. ${verb}`, {
      difference,
      threshold: fromCents(threshold),
    });
  switch (jurisdiction) {
    case "US-WI": {
      const reasons = [
        months >= 33
          ? note("wi-mod-33-months", `Your order was made or last changed ${ago(months)} ago, which is 33 months or more.`, { months })
          : note("wi-mod-under-33-months", `Your order was made or last changed ${ago(months)} ago, less than 33 months.`, { months }),
      ];
      const threshold = Math.max(atLeastShare(current, 15), 5000);
      const byAmount = size >= threshold;
      reasons.push(
        byAmount
          ? compared("wi-mod-threshold", threshold, "Your order meets this test.")
          : compared("wi-mod-below-threshold", threshold, "Your order does not meet this test."),
      );
      if (months >= 33 || byAmount) return ["meets", reasons, "Wis. Stat. § 767.59(1f); Wisconsin child support agency review criteria"];
      reasons.push(note("wi-mod-substantial-change", "Your order can still change if your situation has changed a lot."));
      return ["court_decides", reasons, "Wis. Stat. § 767.59(1f); Wisconsin child support agency review criteria"];
    }
    case "US-TX": {
      const cite = "Tex. Fam. Code § 156.401(a)";
      const threshold = Math.max(1, Math.min(Math.ceil((current * 20) / 100), 10000));
      if (months < 36) {
        return [
          "court_decides",
          [
            note("tx-mod-under-three-years", `Your order was made or last changed ${ago(months)} ago, less than 3 years.`, { months }),
            note("tx-mod-material-change", "Your order can still change if your situation has changed a lot."),
          ],
          cite,
        ];
      }
      const args = { months, difference, threshold: fromCents(threshold) };
      if (size >= threshold) {
        return [
          "meets",
          [
            note("tx-mod-three-years-and-threshold", `Your order is ${ago(months)} old and the new amount is ${difference} a month away from it.`, args),
            note("tx-mod-agreed-order", "If both parents agreed to the amount, only a big change counts."),
          ],
          cite,
        ];
      }
      return [
        "court_decides",
        [
          note("tx-mod-three-years-below-threshold", `Your order is ${ago(months)} old but the new amount is only ${difference} a month away from it.`, args),
          note("tx-mod-material-change", "Your order can still change if your situation has changed a lot."),
        ],
        cite,
      ];
    }
    case "US-CA": {
      const threshold = Math.max(1, Math.min(Math.ceil((current * 20) / 100), 5000));
      const cite = "Cal. Fam. Code § 3651; local child support agency review criteria";
      if (size >= threshold) return ["meets", [compared("ca-mod-threshold", threshold, "Your order meets this test.")], cite];
      return [
        "court_decides",
        [
          compared("ca-mod-below-threshold", threshold, "Your order does not meet this test."),
          note("ca-mod-material-change", "Your order can still change if your situation has changed a lot."),
        ],
        cite,
      ];
    }
    case "US-DE": {
      const cite = "Del. Fam. Ct. Civ. R. 508";
      if (months >= 30) {
        return ["meets", [note("de-mod-after-30-months", `Support was last set ${ago(months)} ago, which is 2½ years or more.`, { months })], cite];
      }
      const reasons = [note("de-mod-within-30-months", `Support was last set ${ago(months)} ago, less than 2½ years.`, { months })];
      const tenPercent = Math.floor((current * 10) / 100);
      const args = { difference, threshold: fromCents(tenPercent) };
      if (size > tenPercent) {
        reasons.push(note("de-mod-more-than-ten-percent", `The new amount is ${difference} a month away from your order, more than 10%.`, args));
        reasons.push(note("de-mod-substantial-change", "Your request must also show that your situation has changed a lot."));
        return ["court_decides", reasons, cite];
      }
      reasons.push(note("de-mod-ten-percent-or-less", `The new amount is ${difference} a month away from your order, not more than 10%.`, args));
      return ["does_not_meet", reasons, cite];
    }
    case "US-NY": {
      const reasons = [
        months >= 36
          ? note("ny-mod-three-years", `Your order was made or last changed ${ago(months)} ago, which is 3 years or more.`, { months })
          : note("ny-mod-under-three-years", `Your order was made or last changed ${ago(months)} ago, less than 3 years.`, { months }),
      ];
      let incomeMeets = false;
      if (incomes === null) {
        reasons.push(note("ny-mod-income-not-given", "Your income when the order was made was not given."));
      } else {
        const [before, after] = incomes;
        const change = Math.abs(after - before);
        if (before === 0 && after > 0) {
          incomeMeets = true;
          reasons.push(note("ny-mod-income-from-none", "You had no gross income when the order was made and you have income now."));
        } else if (before === 0 || change * 100 < before * 15) {
          const percent = before === 0 ? "0.0" : percentOf(change, before);
          reasons.push(note("ny-mod-income-small-change", `Your gross income has changed by ${percent}%.`, { percent }));
        } else if (after > before) {
          incomeMeets = true;
          const percent = percentOf(change, before);
          reasons.push(note("ny-mod-income-up", `Your gross income has gone up by ${percent}%.`, { percent }));
        } else {
          const percent = percentOf(change, before);
          reasons.push(note("ny-mod-income-down", `Your gross income has gone down by ${percent}%.`, { percent }));
        }
      }
      const cite = "N.Y. Fam. Ct. Act § 451(3)(a)-(b); N.Y. Dom. Rel. Law § 236(B)(9)(b)(2)(ii)";
      if (months >= 36 || incomeMeets) {
        reasons.push(note("ny-mod-opt-out", "If you and the other parent opted out of these tests, they do not apply."));
        return ["meets", reasons, cite];
      }
      reasons.push(note("ny-mod-substantial-change", "Your order can still change if your situation has changed a lot."));
      return ["court_decides", reasons, cite];
    }
    case "US-GA": {
      const reasons = [note("ga-mod-substantial-change", "Georgia has no set time or amount that qualifies an order for a review.")];
      if (orderDate < "2007-01-01") {
        if (size >= atLeastShare(current, 30)) {
          reasons.push(note("ga-mod-phase-in-two-years", "The court may bring in the new amount in steps over up to two years."));
        } else if (size >= atLeastShare(current, 15)) {
          reasons.push(note("ga-mod-phase-in-one-year", "The court may bring in the new amount in steps over up to a year."));
        }
      }
      reasons.push(note("ga-mod-two-year-bar", "You usually must wait 2 years after a ruling on your own request."));
      return ["court_decides", reasons, "O.C.G.A. § 19-6-15(k)"];
    }
    default:
      throw invalid("jurisdiction", "unknown_jurisdiction", `\`${jurisdiction}\` is not a state the calculator knows.`);
  }
}

/**
 * The mock backend's `modificationCheck` over the app's saved cases, on `now`'s
 * local day: the order's monthly equivalent and date, and the state's verdict.
 */
export function checkModification(cases: CaseDetail[], question: ModificationQuestion, now: Date): ModificationAnswer {
  const detail = cases.find((candidate) => candidate.id === question.case_id);
  if (!detail) {
    throw invalid("case_id", "unknown_case", `Case ${question.case_id} is not one of yours, or has not been downloaded yet.`);
  }
  const order = detail.order;
  if (!order) throw invalid("case_id", "no_order", "This case has no support order to change yet.");
  const currentMonthly = monthlyEquivalent(order);
  const estimated = cents("estimated_monthly", question.estimated_monthly);
  const before = optionalCents("income_before", question.income_before);
  const after = optionalCents("income_after", question.income_after);
  const today = localDay(now);
  if (order.start_date > today) {
    throw invalid(
      "order_date",
      "order_date_after_as_of",
      `\`order_date\` is ${order.start_date}, after \`as_of\` (${today})`,
    );
  }
  if ((before === null) !== (after === null)) {
    const missing = before === null ? "income_before" : "income_after";
    throw invalid(missing, "missing_field", `\`${missing}\` is missing`);
  }
  const current = Math.round(Number(currentMonthly) * 100);
  const change = estimated - current;
  const size = Math.abs(change);
  const months = wholeMonths(order.start_date, today);
  const incomes: [number, number] | null = before !== null && after !== null ? [before, after] : null;
  const [verdict, reasons, citation] = rule(detail.jurisdiction, months, current, size, order.start_date, incomes);
  reasons.push(
    note(
      "common-mod-may-ask-anyway",
      "Whatever this check says, you can ask for a review. The child support agency or the court decides whether your order changes.",
    ),
  );
  return {
    current_monthly: currentMonthly,
    order_date: order.start_date,
    eligibility: {
      verdict,
      difference: fromCents(change),
      percent: current === 0 ? null : percentOf(size, current),
      months_since_order: months,
      reasons,
      citation,
    },
  };
}
