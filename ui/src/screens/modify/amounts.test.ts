import { describe, expect, it } from "vitest";
import { isAmount, monthlyOf, signOf } from "./amounts";

describe("the Modify screen's amounts", () => {
  it.each([
    ["375.00", "month", "375.00"],
    ["4950.00", "year", "412.50"],
    ["1000.00", "year", "83.33"],
    ["1000.06", "year", "83.34"],
    ["100.00", "week", "433.33"],
    ["0", "year", "0.00"],
    ["12.345", "month", "12.35"],
    ["90071992547409931.01", "month", "90071992547409931.01"],
  ] as const)("%s a %s is %s a month", (amount, per, monthly) => {
    expect(monthlyOf(amount, per)).toBe(monthly);
  });

  it("refuses what is not an amount", () => {
    expect(monthlyOf("n/a", "month")).toBeNull();
    expect(monthlyOf("-5", "month")).toBeNull();
  });

  it.each([
    ["412.50", true],
    [" $1,412.50 ", true],
    ["0", true],
    ["12.345", false],
    ["-5", false],
    ["abc", false],
    ["", false],
  ])("takes %j as an amount: %s", (typed, ok) => {
    expect(isAmount(typed)).toBe(ok);
  });

  it("tells the sign of a difference", () => {
    expect(signOf("-37.50")).toBe(-1);
    expect(signOf("0.00")).toBe(0);
    expect(signOf("-0.00")).toBe(0);
    expect(signOf("12.00")).toBe(1);
  });
});
