import { act, screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { Language } from "../bindings/Language";
import { MOCK_AGENCY_NAME, MOCK_CASES, MOCK_OUTBOX } from "../backend/mock";
import { earlierToday, signedIn } from "../test/account";
import { violations } from "../test/axe";
import { byId, renderApp } from "../test/renderApp";

const LANGUAGES: Language[] = ["en", "es"];

async function settled(): Promise<void> {
  await waitFor(() => expect(byId("agency-status").textContent).toContain(MOCK_AGENCY_NAME));
}

describe("accessibility of sign-in and Home's account sections (axe-core)", () => {
  it.each(LANGUAGES)("signed in, with cases and every kind of submission, in %s", async (language) => {
    await renderApp({
      settings: { language },
      session: signedIn(false),
      saved: { cases: MOCK_CASES, as_of: earlierToday() },
      outbox: MOCK_OUTBOX,
    });
    await waitFor(() => expect(document.querySelectorAll("[data-case-id]")).toHaveLength(2));
    await waitFor(() => expect(document.querySelectorAll("[data-outbox-id]")).toHaveLength(3));
    await settled();
    expect(await violations()).toEqual([]);
  });

  it.each(LANGUAGES)("offline, with the cases shown stale, in %s", async (language) => {
    const asOf = earlierToday();
    await renderApp({
      settings: { language },
      session: signedIn(),
      saved: { cases: MOCK_CASES, as_of: asOf },
      sync: { phase: "offline", as_of: asOf, done: 0, total: 0, error: { code: "agency_unreachable", message: "x" } },
    });
    await waitFor(() => expect(byId("case-overview").dataset.stale).toBe("true"));
    await settled();
    expect(await violations()).toEqual([]);
  });

  it("with the saved copy damaged", async () => {
    await renderApp({ session: signedIn(), storeDamaged: true });
    await waitFor(() => byId("reset-store"));
    await settled();
    expect(await violations()).toEqual([]);
  });

  it("while signing in, and after a failed sign-in", async () => {
    const { user, backend } = await renderApp({ signIn: "manual" });
    await user.click(await waitFor(() => byId("sign-in")));
    await waitFor(() => byId("cancel-sign-in"));
    await settled();
    expect(await violations()).toEqual([]);

    act(() => backend.failSignIn({ code: "agency_error", message: "x" }));
    await screen.findByRole("alert");
    expect(await violations()).toEqual([]);
  });
});
