import { describe, expect, it } from "vitest";
import { filterPayments, fold, isFiltered, NO_FILTERS, searchableText } from "./filters";
import { manyPayments } from "./testing";

// Newest first: PAY-10 on 2026-05-31 (100.00, wage withholding) down to PAY-1 on 2026-05-22 (109.00, unemployment).
const PAYMENTS = manyPayments(10);
const WORDS: Record<string, string> = {
  wage_withholding: "Retención de salario",
  direct: "Direct payment",
  federal_tax_offset: "Federal tax refund",
  unemployment: "Unemployment benefits",
  state_tax_offset: "State tax refund",
};
const searchable = (payment: (typeof PAYMENTS)[number]) =>
  searchableText(payment, `$${payment.amount}`, WORDS[payment.source] ?? payment.source);
const ids = (filters: Partial<typeof NO_FILTERS>) =>
  filterPayments(PAYMENTS, { ...NO_FILTERS, ...filters }, searchable).map((payment) => payment.id);

describe("filtering payments", () => {
  it("keeps everything, in order, without filters", () => {
    expect(ids({})).toEqual(PAYMENTS.map((payment) => payment.id));
    expect(isFiltered(NO_FILTERS)).toBe(false);
    expect(isFiltered({ ...NO_FILTERS, search: "  " })).toBe(false);
  });

  it("keeps the days from and to, both included", () => {
    expect(ids({ from: "2026-05-29" })).toEqual(["PAY-10", "PAY-9", "PAY-8"]);
    expect(ids({ to: "2026-05-23" })).toEqual(["PAY-2", "PAY-1"]);
    expect(ids({ from: "2026-05-25", to: "2026-05-26" })).toEqual(["PAY-5", "PAY-4"]);
    expect(ids({ from: "2026-05-30", to: "2026-05-25" })).toEqual([]);
  });

  it("keeps one source", () => {
    expect(ids({ source: "federal_tax_offset" })).toEqual(["PAY-8", "PAY-3"]);
  });

  it("searches amounts as written or shown, ids and source words, without accents, every word", () => {
    expect(ids({ search: "104" })).toEqual(["PAY-6"]);
    expect(ids({ search: "$104.00" })).toEqual(["PAY-6"]);
    expect(ids({ search: "pay-7" })).toEqual(["PAY-7"]);
    expect(ids({ search: "retencion" })).toEqual(["PAY-10", "PAY-5"]);
    expect(ids({ search: "TAX refund" })).toEqual(["PAY-8", "PAY-6", "PAY-3", "PAY-1"]);
    expect(ids({ search: "state 104" })).toEqual(["PAY-6"]);
    expect(ids({ search: "state 106" })).toEqual([]);
    expect(ids({ search: "nothing like it" })).toEqual([]);
  });

  it("finds an amount typed with $ and commas", () => {
    const big = manyPayments(1).map((payment) => ({ ...payment, id: "BIG", amount: "1250.00" }));
    const found = filterPayments(big, { ...NO_FILTERS, search: "$1,250" }, (payment) => searchableText(payment, "", ""));
    expect(found.map((payment) => payment.id)).toEqual(["BIG"]);
  });

  it("folds case and accents", () => {
    expect(fold("Retención DE Salario")).toBe("retencion de salario");
  });
});
