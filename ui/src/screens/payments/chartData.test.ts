import { describe, expect, it } from "vitest";
import type { MonthLine } from "../../bindings/MonthLine";
import { chartData, chartDataOfView, chartSummary } from "./chartData";
import { mockView } from "./testing";

function month(day: string, accrued: string, received: string, arrears: string, complete = true): MonthLine {
  const zero = "0.00";
  const balances = { current_unpaid: zero, arrears, interest: zero, total: arrears, credit: zero };
  return {
    month: day,
    complete,
    due_dates: [day],
    accrued,
    credit_applied: zero,
    credit_to_current: zero,
    received,
    to_current: zero,
    to_arrears: zero,
    to_interest: zero,
    to_credit: zero,
    refunded: zero,
    interest_base: zero,
    interest_charged: zero,
    arrears_payment_due: zero,
    first_payment: 0,
    payment_count: 0,
    end: balances,
  };
}

describe("the chart's series", () => {
  it("has one point per month, oldest first, with what fell due, what was received and the past-due balance", () => {
    const data = chartData([
      month("2026-03-01", "450.00", "450.00", "100.00"),
      month("2026-04-01", "450.00", "200.50", "349.50"),
      month("2026-05-01", "450", "0.00", "799.50", false),
    ]);
    expect(data.months).toEqual(["2026-03-01", "2026-04-01", "2026-05-01"]);
    expect(data.x).toEqual([Date.UTC(2026, 2, 1) / 1000, Date.UTC(2026, 3, 1) / 1000, Date.UTC(2026, 4, 1) / 1000]);
    expect(data.due).toEqual([450, 450, 450]);
    expect(data.received).toEqual([450, 200.5, 0]);
    expect(data.arrears).toEqual([100, 349.5, 799.5]);
    expect(data.lastIncomplete).toBe(true);
  });

  it("leaves a gap for a figure that isn't a decimal, and is empty without months", () => {
    const data = chartData([month("2026-03-01", "n/a", "1,000", "12.34")]);
    expect(data.due).toEqual([null]);
    expect(data.received).toEqual([null]);
    expect(data.arrears).toEqual([12.34]);
    expect(data.lastIncomplete).toBe(false);
    expect(chartData([])).toEqual({ months: [], x: [], due: [], received: [], arrears: [], lastIncomplete: false });
  });

  it("follows the view's statement: the same months as the balance table", async () => {
    const view = await mockView();
    const months = view.statement?.months ?? [];
    const data = chartDataOfView(view);
    expect(data.months).toHaveLength(months.length);
    expect(data.months[0]).toBe("2024-01-01");
    const may = data.months.indexOf("2026-05-01");
    // The table says $450.00 due, $0.00 received and $1,250.00 past due for May 2026.
    expect([data.due[may], data.received[may], data.arrears[may]]).toEqual([450, 0, 1250]);
    expect(chartDataOfView({ ...view, statement: null })).toEqual(chartData([]));
  });

  it("sums what fell due and what was received exactly, and gives the past-due balance at either end", () => {
    const months = [month("2026-03-01", "0.10", "0.20", "5.00"), month("2026-04-01", "0.20", "0.10", "5.10"), month("2026-05-01", "450.00", "0", "455.10")];
    expect(chartSummary(months)).toEqual({
      from: "2026-03-01",
      to: "2026-05-01",
      due: "450.30",
      received: "0.30",
      arrearsStart: "5.00",
      arrearsEnd: "455.10",
    });
    expect(chartSummary([])).toBeNull();
  });
});
