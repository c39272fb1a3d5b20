import { describe, expect, it } from "vitest";
import { cleanMoney, formatAmount, localToday } from "./money";

describe("money as decimal strings", () => {
  it.each([
    ["375.00", "$375.00"],
    ["1234567.80", "$1,234,567.80"],
    ["1234567.8", "$1,234,567.80"],
    ["1000", "$1,000.00"],
    ["0.00", "$0.00"],
    ["999.999", "$999.999"],
    ["90071992547409931.01", "$90,071,992,547,409,931.01"],
    ["n/a", "n/a"],
  ])("formats %s as %s", (amount, shown) => {
    expect(formatAmount(amount)).toBe(shown);
  });

  it.each([
    [" $1,250.00 ", "1250.00"],
    ["$ 12", "12"],
    ["-5", "-5"],
    ["abc", "abc"],
  ])("cleans %j to %j", (typed, sent) => {
    expect(cleanMoney(typed)).toBe(sent);
  });

  it("gives today's date in the local time zone", () => {
    expect(localToday(new Date(2026, 0, 5, 23, 59))).toBe("2026-01-05");
  });
});
