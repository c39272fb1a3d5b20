import { describe, expect, it } from "vitest";
import type { IpcError } from "../bindings/IpcError";
import type { ModificationQuestion } from "../bindings/ModificationQuestion";
import { MOCK_CASES } from "./mockAccount";
import { checkModification, monthlyEquivalent, wholeMonths } from "./mockModification";

const NOW = new Date(2026, 10, 22, 12, 0);

function ask(question: Partial<ModificationQuestion>, cases = MOCK_CASES) {
  return checkModification(cases, { case_id: "C-1001", estimated_monthly: "375.00", ...question }, NOW);
}

function refusal(run: () => unknown): IpcError {
  try {
    run();
  } catch (thrown) {
    return thrown as IpcError;
  }
  throw new Error("no error");
}

describe("the mock's modification check", () => {
  it("counts whole calendar months, as the calculator does", () => {
    expect(wholeMonths("2023-03-15", "2026-03-15")).toBe(36);
    expect(wholeMonths("2023-03-15", "2026-03-14")).toBe(35);
    expect(wholeMonths("2024-01-31", "2024-02-28")).toBe(0);
    expect(wholeMonths("2024-01-31", "2024-02-29")).toBe(1);
  });

  it("works out an order per month as the ledger does", () => {
    const order = MOCK_CASES[1]?.order;
    if (!order) throw new Error("no order");
    expect(monthlyEquivalent(order)).toBe("260.00");
    expect(monthlyEquivalent({ ...order, frequency: "weekly", amount: "100.00" })).toBe("433.33");
    expect(monthlyEquivalent({ ...order, frequency: "semimonthly", amount: "100.00" })).toBe("200.00");
  });

  it("applies Wisconsin's 33 months and 15%-and-$50 test, ending with the note that the parent may ask anyway", () => {
    const answer = ask({});
    expect(answer.current_monthly).toBe("450.00");
    expect(answer.order_date).toBe("2024-01-01");
    expect(answer.eligibility).toMatchObject({ verdict: "meets", difference: "-75.00", percent: "16.6", months_since_order: 34 });
    expect(answer.eligibility.reasons.map((reason) => reason.key)).toEqual(["wi-mod-33-months", "wi-mod-threshold", "common-mod-may-ask-anyway"]);
    expect(answer.eligibility.reasons[1]?.args).toEqual({ difference: "75.00", threshold: "67.50" });
  });

  it("leaves it to the court in Wisconsin before 33 months and under the threshold", () => {
    const recent = { ...MOCK_CASES[0], order: { ...MOCK_CASES[0]?.order, start_date: "2025-06-01" } } as (typeof MOCK_CASES)[number];
    const answer = ask({ estimated_monthly: "430" }, [recent]);
    expect(answer.eligibility.verdict).toBe("court_decides");
    expect(answer.eligibility.reasons.map((reason) => reason.key)).toEqual([
      "wi-mod-under-33-months",
      "wi-mod-below-threshold",
      "wi-mod-substantial-change",
      "common-mod-may-ask-anyway",
    ]);
  });

  it("refuses what the backend refuses, naming the field", () => {
    expect(refusal(() => ask({ estimated_monthly: "12.345" }))).toMatchObject({ field: "estimated_monthly", reason: "invalid_amount" });
    expect(refusal(() => ask({ income_before: "4000" }))).toMatchObject({ field: "income_after", reason: "missing_field" });
    expect(refusal(() => ask({ case_id: "C-9999" }))).toMatchObject({ field: "case_id", reason: "unknown_case" });
    const noOrder = { ...MOCK_CASES[0], order: null } as (typeof MOCK_CASES)[number];
    expect(refusal(() => ask({}, [noOrder]))).toMatchObject({ field: "case_id", reason: "no_order" });
    const future = { ...MOCK_CASES[0], order: { ...MOCK_CASES[0]?.order, start_date: "2027-01-01" } } as (typeof MOCK_CASES)[number];
    expect(refusal(() => ask({}, [future]))).toMatchObject({ field: "order_date", reason: "order_date_after_as_of" });
  });

  it("uses New York's income test and Delaware's 10%", () => {
    const newYork = { ...MOCK_CASES[0], jurisdiction: "US-NY" } as (typeof MOCK_CASES)[number];
    const up = ask({ income_before: "3000", income_after: "4000" }, [newYork]);
    expect(up.eligibility.reasons[1]).toMatchObject({ key: "ny-mod-income-up", args: { percent: "33.3" } });
    expect(up.eligibility.verdict).toBe("meets");
    const recentDelaware = {
      ...MOCK_CASES[0],
      jurisdiction: "US-DE",
      order: { ...MOCK_CASES[0]?.order, start_date: "2025-06-01" },
    } as (typeof MOCK_CASES)[number];
    const small = ask({ estimated_monthly: "430.00" }, [recentDelaware]);
    expect(small.eligibility.verdict).toBe("does_not_meet");
    expect(small.eligibility.reasons[1]).toMatchObject({ key: "de-mod-ten-percent-or-less", args: { difference: "20.00", threshold: "45.00" } });
  });
});
