import { act, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Language } from "../bindings/Language";
import { createMockBackend, kioskInfo } from "../backend/mock";
import { completeForm } from "../test/application";
import { signedIn } from "../test/account";
import { violations } from "../test/axe";
import { openKioskVisit, renderKiosk, startVisit } from "../test/kiosk";
import { byId } from "../test/renderApp";

vi.mock("../kiosk/reload", () => ({ reloadToWelcome: vi.fn() }));

const LANGUAGES: Language[] = ["en", "es"];

describe("accessibility of kiosk mode (axe-core)", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it.each(LANGUAGES)("the welcome screen in %s has no violations", async (language) => {
    await renderKiosk({ settings: { language } });
    expect(document.documentElement.lang).toBe(language);
    expect(await violations()).toEqual([]);
  });

  it.each(LANGUAGES)("a visit's Home in %s, with End my visit, has no violations", async (language) => {
    await openKioskVisit({ settings: { language } });
    await waitFor(() => expect(byId("agency-status").dataset.state).toBe("connected"));
    expect(await violations()).toEqual([]);
  });

  it.each(LANGUAGES)("“Are you still there?” in %s has no violations", async (language) => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    await openKioskVisit({ settings: { language }, kiosk: { idle_timeout_seconds: 30, warning_seconds: 5 } });
    act(() => vi.advanceTimersByTime(25_000));
    expect(byId("kiosk-idle-warning")).toBeTruthy();
    // The countdown stands still while axe looks.
    vi.useRealTimers();
    expect(await violations()).toEqual([]);
  });

  it.each(LANGUAGES)("“Ending your visit…” in %s has no violations", async (language) => {
    const backend = createMockBackend({
      appInfo: kioskInfo(),
      settings: { language },
      session: signedIn(false),
      saved: { cases: [], as_of: null },
      delivery: "manual",
    });
    const app = await renderKiosk(backend);
    await startVisit(app);
    const item = await backend.submitApplication(completeForm());
    await app.user.click(byId("kiosk-end-visit"));
    await waitFor(() => byId("kiosk-ending"));
    expect(await violations()).toEqual([]);
    act(() => backend.deliverOutboxItem(item.id));
  });

  it.each(LANGUAGES)("the news of submissions not sent in %s has no violations", async (language) => {
    const app = await openKioskVisit({
      settings: { language },
      session: signedIn(false),
      saved: { cases: [], as_of: null },
      delivery: "manual",
      visitWaitMs: 50,
    });
    await app.backend.submitApplication(completeForm());
    await app.user.click(byId("kiosk-end-visit"));
    await waitFor(() => byId("kiosk-unsent"));
    expect(await violations()).toEqual([]);
  });
});
