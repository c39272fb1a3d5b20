import { describe, expect, it } from "vitest";
import type { Case } from "../bindings/Case";
import { createMockBackend, MOCK_ESTIMATE } from "./mock";

const CASE: Case = {
  jurisdiction: "US-WI",
  as_of: "2026-06-01",
  children: 2,
  parents: { a: { monthly_income: "2000.00", overnights: 219 }, b: { monthly_income: "3000.00", overnights: 146 } },
};

describe("the mock backend", () => {
  it("remembers the language like the real settings file", async () => {
    const backend = createMockBackend();
    expect(await backend.settings()).toEqual({ language: null, estimate_jurisdiction: null });
    expect(await backend.setLanguage("es")).toEqual({ language: "es", estimate_jurisdiction: null });
    expect(await backend.settings()).toEqual({ language: "es", estimate_jurisdiction: null });
    expect(backend.calls.map((call) => call.method)).toEqual(["settings", "setLanguage", "settings"]);
  });

  it("fails on demand with an IpcError", async () => {
    const backend = createMockBackend({ failures: { appInfo: { code: "internal", message: "no" } } });
    await expect(backend.appInfo()).rejects.toEqual({ code: "internal", message: "no" });
    backend.fail("appInfo", undefined);
    await expect(backend.appInfo()).resolves.toMatchObject({ name: "Child Support Self-Service" });
  });

  it("lists the calculator's states, Delaware incomplete", async () => {
    const list = await createMockBackend().jurisdictions();
    expect(list.map((info) => info.code)).toEqual(["US-CA", "US-DE", "US-GA", "US-NY", "US-TX", "US-WI"]);
    expect(list.find((info) => info.code === "US-DE")?.complete).toBe(false);
    expect(list.find((info) => info.code === "US-NY")).toMatchObject({ income_basis: "gross", per: "year" });
  });

  it("remembers the estimate state, and refuses one it doesn't know", async () => {
    const backend = createMockBackend({ settings: { language: "en" } });
    expect(await backend.setEstimateJurisdiction("US-GA")).toEqual({ language: "en", estimate_jurisdiction: "US-GA" });
    expect(await backend.settings()).toEqual({ language: "en", estimate_jurisdiction: "US-GA" });
    await expect(backend.setEstimateJurisdiction("US-ZZ")).rejects.toMatchObject({
      code: "invalid_input",
      field: "jurisdiction",
      reason: "unknown_jurisdiction",
    });
  });

  it("records each case it estimates and answers from a value or a function", async () => {
    const backend = createMockBackend();
    expect(await backend.estimate(CASE)).toEqual(MOCK_ESTIMATE);
    backend.setEstimate((input) => ({ ...MOCK_ESTIMATE, amount: input.parents.a.monthly_income ?? "" }));
    expect((await backend.estimate(CASE)).amount).toBe("2000.00");
    backend.setEstimate(() => {
      throw { code: "invalid_input", message: "bad", field: "children", reason: "no_children" };
    });
    await expect(backend.estimate({ ...CASE, children: 0 })).rejects.toMatchObject({ reason: "no_children" });
    expect(backend.estimates).toEqual([CASE, CASE, { ...CASE, children: 0 }]);
  });

  it("checks money and children by default, like the calculator's simplest checks", async () => {
    const backend = createMockBackend();
    const bad = { ...CASE, parents: { ...CASE.parents, b: { monthly_income: "abc" } } };
    await expect(backend.estimate(bad)).rejects.toEqual({
      code: "invalid_input",
      message: "`parents.b.monthly_income`: `abc` is not an amount",
      field: "parents.b.monthly_income",
      reason: "not_a_number",
    });
    const negative = { ...CASE, parents: { ...CASE.parents, a: { annual_income: "-5" } } };
    await expect(backend.estimate(negative)).rejects.toMatchObject({ field: "parents.a.annual_income", reason: "negative_amount" });
    await expect(backend.estimate({ ...CASE, children: 0 })).rejects.toMatchObject({ field: "children", reason: "no_children" });
  });
});
