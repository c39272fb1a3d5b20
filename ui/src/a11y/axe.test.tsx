import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { Language } from "../bindings/Language";
import { MOCK_AGENCY_NAME } from "../backend/mock";
import { hrefFor, ROUTES } from "../routing/routes";
import { violations } from "../test/axe";
import { byId, renderApp } from "../test/renderApp";

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
