import { act, screen, waitFor } from "@testing-library/react";
import { expect } from "vitest";
import { kioskInfo, type MockBackend, type MockBackendOptions } from "../backend/mock";
import type { KioskSettings } from "../bindings/KioskSettings";
import { hrefFor, type Route } from "../routing/routes";
import { byId, renderApp, type RenderedApp } from "./renderApp";

export interface KioskOptions extends MockBackendOptions {
  /** Changes to the mock's kiosk configuration (`MOCK_KIOSK`). */
  kiosk?: Partial<KioskSettings>;
}

/**
 * Mounts the app on a kiosk and waits for the welcome screen. Tests of the
 * kiosk mock `../kiosk/reload` (jsdom can't load a page again) and mount the
 * app again on the same backend where the real one would reload.
 */
export async function renderKiosk(options: KioskOptions | MockBackend = {}): Promise<RenderedApp> {
  if ("calls" in options) return renderApp(options);
  const { kiosk, ...rest } = options;
  const app = await renderApp({ ...rest, appInfo: kioskInfo(kiosk) });
  await waitFor(() => expect(byId("kiosk-welcome")).toBeTruthy());
  return app;
}

/** Presses Start on the welcome screen and waits for the visit's first page (Home), then goes to `route`. */
export async function startVisit(app: RenderedApp, route: Route = "home"): Promise<void> {
  await app.user.click(byId("kiosk-start"));
  await waitFor(() => expect(document.querySelector('main[data-screen="home"]')).not.toBeNull());
  if (route === "home") return;
  act(() => window.location.replace(hrefFor(route)));
  await waitFor(() => expect(document.querySelector(`main[data-screen="${route}"]`)).not.toBeNull());
  await screen.findByRole("heading", { level: 1 });
}

/** Renders the kiosk and starts a visit on `route`. */
export async function openKioskVisit(options: KioskOptions = {}, route: Route = "home"): Promise<RenderedApp> {
  const app = await renderKiosk(options);
  await startVisit(app, route);
  return app;
}
