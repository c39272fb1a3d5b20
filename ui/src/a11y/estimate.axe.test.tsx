import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { Language } from "../bindings/Language";
import { MOCK_AGENCY_NAME } from "../backend/mock";
import { fillWisconsin, openEstimate } from "../screens/estimate/testing";
import { violations } from "../test/axe";
import { byId } from "../test/renderApp";

const LANGUAGES: Language[] = ["en", "es"];

async function settled(): Promise<void> {
  await waitFor(() => expect(byId("agency-status").textContent).toContain(MOCK_AGENCY_NAME));
}

describe("accessibility of the Estimate screen (axe-core)", () => {
  it.each(LANGUAGES)("with a result and the worksheet open, in %s", async (language) => {
    const app = await openEstimate({ settings: { language } });
    await fillWisconsin(app);
    await waitFor(() => expect(byId("estimate-amount").textContent).toBe("$375.00"));
    await app.user.click(byId("estimate-worksheet").querySelector("button") as HTMLButtonElement);
    await app.user.click(byId("estimate-details").querySelector("button") as HTMLButtonElement);
    await settled();
    expect(await violations()).toEqual([]);
  });

  it.each(LANGUAGES)("with a field error, in %s", async (language) => {
    const app = await openEstimate({ settings: { language } });
    await fillWisconsin(app);
    app.backend.fail("estimate", {
      code: "invalid_input",
      message: "not a number",
      field: "parents.a.monthly_income",
      reason: "not_a_number",
    });
    await app.user.type(byId("income-a"), "x");
    await waitFor(() => expect(byId("income-a").getAttribute("aria-invalid")).toBe("true"));
    await settled();
    expect(await violations()).toEqual([]);
  });

  it.each(LANGUAGES)("with a custodial error and an error without a field, in %s", async (language) => {
    const app = await openEstimate({ settings: { language } });
    await fillWisconsin(app);
    app.backend.fail("estimate", { code: "invalid_input", message: "x", field: "custodial", reason: "custodial_needed" });
    await app.user.type(byId("income-a"), "1");
    await waitFor(() => expect(byId("custodial").getAttribute("aria-invalid")).toBe("true"));
    expect(await violations()).toEqual([]);
    app.backend.fail("estimate", { code: "internal", message: "boom" });
    await app.user.type(byId("income-a"), "1");
    await screen.findByRole("alert");
    await settled();
    expect(await violations()).toEqual([]);
  });

  it.each(LANGUAGES)("with Delaware's notice, in %s", async (language) => {
    await openEstimate({ settings: { language, estimate_jurisdiction: "US-DE" } });
    await settled();
    expect(await violations()).toEqual([]);
  });
});
