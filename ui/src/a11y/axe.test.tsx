import { screen, waitFor } from "@testing-library/react";
import axe from "axe-core";
import { describe, expect, it } from "vitest";
import type { Language } from "../bindings/Language";
import { MOCK_AGENCY_NAME } from "../backend/mock";
import { hrefFor, ROUTES } from "../routing/routes";
import { byId, renderApp } from "../test/renderApp";

/** axe on the whole document; jsdom has no layout, so contrast is checked in the real window (E2E). */
async function violations(): Promise<string[]> {
  const results = await axe.run(document, {
    rules: { "color-contrast": { enabled: false } },
    resultTypes: ["violations"],
  });
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
  );
}

const CASES = (["en", "es"] as Language[]).flatMap((language) => ROUTES.map((route) => ({ language, route })));

describe("accessibility (axe-core)", () => {
  it.each(CASES)("$route in $language has no violations", async ({ language, route }) => {
    window.history.replaceState(null, "", hrefFor(route));
    await renderApp({ settings: { language } });
    await waitFor(() => expect(byId("agency-status").textContent).toContain(MOCK_AGENCY_NAME));
    expect(await violations()).toEqual([]);
  });

  it("the unreachable-agency warning has no violations", async () => {
    await renderApp({
      agency: { state: "unreachable", url: "http://127.0.0.1:9", error: { code: "agency_unreachable", message: "x" } },
    });
    await waitFor(() => expect(byId("agency-status").querySelector(".usa-alert")).not.toBeNull());
    expect(await violations()).toEqual([]);
  });

  it("the neutral screen has no violations", async () => {
    const { user } = await renderApp();
    await user.click(byId("quick-exit"));
    await screen.findByText("No notes yet.");
    expect(await violations()).toEqual([]);
  });
});
