import { describe, expect, it } from "vitest";
import { addAmounts, isPositive } from "./amounts";

describe("decimal amounts", () => {
  it.each([
    ["450.00", "1250.00", "1700.00"],
    ["0.00", "-40.00", "-40.00"],
    ["0.1", "0.2", "0.30"],
    ["450", "-450.00", "0.00"],
    ["99999999999999999.99", "0.01", "100000000000000000.00"],
    ["1.005", "0.001", "1.006"],
    ["-1.50", "0.25", "-1.25"],
  ])("%s + %s = %s", (a, b, sum) => {
    expect(addAmounts(a, b)).toBe(sum);
  });

  it("refuses what isn't a decimal", () => {
    expect(addAmounts("$5", "1")).toBeNull();
  });

  it("tells a positive amount", () => {
    expect(["0.01", "50.00", "7"].map(isPositive)).toEqual([true, true, true]);
    expect(["0.00", "0", "-1.00", "", "abc"].map(isPositive)).toEqual([false, false, false, false, false]);
  });
});
