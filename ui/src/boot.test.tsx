import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { App } from "./App";
import type { AppInfo } from "./bindings/AppInfo";
import type { Settings } from "./bindings/Settings";
import { createMockBackend, kioskInfo } from "./backend/mock";
import { boot, SETTINGS_WAIT_MS } from "./boot";
import { preferLanguages } from "./test/renderApp";

/** A promise and its resolve function. */
function deferred<T>(): { promise: Promise<T>; resolve(value: T): void } {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((settle) => (resolve = settle));
  return { promise, resolve };
}

/** A backend whose `app_info` and `settings` answer only when the test says. */
function heldBackend() {
  const backend = createMockBackend();
  const held = {
    appInfo: deferred<AppInfo>(),
    settings: deferred<Settings>(),
    asked: [] as string[],
  };
  const wrapped = {
    ...backend,
    appInfo: () => {
      held.asked.push("appInfo");
      return held.appInfo.promise;
    },
    settings: () => {
      held.asked.push("settings");
      return held.settings.promise;
    },
  };
  return { backend: wrapped, held };
}

const SETTINGS: Settings = { language: null, estimate_jurisdiction: null, payment_notifications: false, message_notifications: false, appointment_reminders: false };

describe("the start", () => {
  afterEach(() => vi.useRealTimers());

  it("asks whether this is a kiosk and for the saved language at once, not one after the other", async () => {
    const { backend, held } = heldBackend();
    const started = boot(backend);
    expect(held.asked.sort()).toEqual(["appInfo", "settings"]);
    held.settings.resolve({ ...SETTINGS, language: "es" });
    held.appInfo.resolve({ name: "Child Support Self-Service", version: "0.1.0", mode: "home" });
    expect(await started).toEqual({ mode: { mode: "home", kiosk: null }, language: "es", fromShell: false });
  });

  it("shows the first screen in the first render, in the saved language, without asking again", async () => {
    const backend = createMockBackend({ settings: { language: "es" } });
    const booted = await boot(backend);
    const asked = backend.calls.length;
    render(<App backend={backend} boot={booted} />);
    // No `findBy`: the heading is there as soon as render() returns.
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Su manutención de menores, en un solo lugar");
    expect(document.documentElement.lang).toBe("es");
    expect(backend.calls.slice(asked).filter((call) => call.method === "settings")).toEqual([]);
  });

  it("starts a kiosk in the office's first language when the saved one is not offered there", async () => {
    const backend = createMockBackend({ appInfo: kioskInfo({ languages: ["es"] }), settings: { language: "en" } });
    const booted = await boot(backend);
    expect(booted.mode.kiosk?.languages).toEqual(["es"]);
    expect(booted.language).toBe("es");
  });

  it("runs as at home, in the system's language, when the shell can't say", async () => {
    preferLanguages(["es-MX"]);
    const backend = createMockBackend({
      failures: { appInfo: { code: "internal", message: "no" }, settings: { code: "storage", message: "disk error" } },
    });
    expect(await boot(backend)).toEqual({ mode: { mode: "home", kiosk: null }, language: "es", fromShell: false });
  });

  it("does not wait for settings that never come: the system's language after two seconds", async () => {
    vi.useFakeTimers();
    preferLanguages(["es-US"]);
    const { backend, held } = heldBackend();
    let done = false;
    const started = boot(backend).finally(() => (done = true));
    held.appInfo.resolve({ name: "Child Support Self-Service", version: "0.1.0", mode: "home" });
    await vi.advanceTimersByTimeAsync(SETTINGS_WAIT_MS - 1);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await started).toEqual({ mode: { mode: "home", kiosk: null }, language: "es", fromShell: false });
  });
});

describe("the start from what the shell gave the page", () => {
  const HOME_INFO: AppInfo = { name: "Child Support Self-Service", version: "0.1.0", mode: "home" };

  it("asks nothing before the first screen, which is in the saved language at once", async () => {
    const backend = createMockBackend({ settings: { language: "es" }, bootInfo: { app: HOME_INFO, settings: { ...SETTINGS, language: "es" } } });
    const booted = await boot(backend);
    expect(backend.calls).toEqual([]);
    expect(booted).toEqual({ mode: { mode: "home", kiosk: null }, language: "es", fromShell: true });
    render(<App backend={backend} boot={booted} />);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Su manutención de menores, en un solo lugar");
    expect(document.documentElement.lang).toBe("es");
  });

  it("starts a kiosk from it: the welcome screen in the office's first language", async () => {
    const app = kioskInfo({ languages: ["es", "en"] });
    const backend = createMockBackend({ appInfo: app, bootInfo: { app, settings: SETTINGS } });
    const booted = await boot(backend);
    expect(backend.calls).toEqual([]);
    expect(booted.mode.kiosk?.languages).toEqual(["es", "en"]);
    expect(booted.language).toBe("es");
  });

  it("follows the saved language when the page loaded again after the parent chose another", async () => {
    // The window opened in English; the parent then chose Spanish, and the page loaded again.
    const backend = createMockBackend({ settings: { language: "es" }, bootInfo: { app: HOME_INFO, settings: { ...SETTINGS, language: "en" } } });
    render(<App backend={backend} boot={await boot(backend)} />);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Your child support, in one place");
    expect(await screen.findByRole("heading", { level: 1, name: "Su manutención de menores, en un solo lugar" })).toBeTruthy();
    expect(document.documentElement.lang).toBe("es");
  });

  it("keeps the language the parent chose before the settings answered", async () => {
    const { backend, held } = heldBackend();
    const given = { ...backend, bootInfo: () => ({ app: HOME_INFO, settings: SETTINGS }) };
    preferLanguages(["en-US"]);
    render(<App backend={given} boot={await boot(given)} />);
    expect(held.asked).toContain("settings");
    await userEvent.click(screen.getByRole("button", { name: /Español/ }));
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Su manutención de menores, en un solo lugar");
    held.settings.resolve({ ...SETTINGS, language: null });
    await new Promise((settle) => setTimeout(settle, 0));
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Su manutención de menores, en un solo lugar");
  });
});
