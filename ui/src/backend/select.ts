import type { Backend } from "./backend";
// Static, not `import()`: in the app this is always the backend, and fetching
// it only once this module has run cost the first screen a round trip.
import { createTauriBackend } from "./tauri";

declare global {
  interface Window {
    __TAURI_INTERNALS__?: unknown;
  }
}

/**
 * The Tauri backend inside the app window; the in-memory mock when the UI is
 * opened in a plain browser (`npm run dev` without Tauri), so the frame can be
 * previewed (`?kiosk` for kiosk mode). The mock exists only in the dev
 * server's build: a release build has no mock to fall back on, so its UI
 * opened outside the app says so instead of showing made-up cases.
 */
export async function selectBackend(): Promise<Backend> {
  if (window.__TAURI_INTERNALS__ !== undefined) return createTauriBackend();
  if (!import.meta.env.DEV) throw new Error("This is the Child Support Self-Service app's screen: open it in the app.");
  const { createMockBackend, kioskInfo, MOCK_OUTBOX } = await import("./mock");
  // `?kiosk` previews kiosk mode (a short idle time, receipts allowed).
  const kiosk = new URLSearchParams(window.location.search).has("kiosk");
  // Slow enough to see each step of a sign-in and a sync.
  return createMockBackend({
    autoSync: true,
    stepMs: 900,
    uploadSteps: 8,
    outbox: kiosk ? [] : MOCK_OUTBOX,
    ...(kiosk ? { appInfo: kioskInfo({ idle_timeout_seconds: 60, warning_seconds: 20, printing: true }) } : {}),
  });
}
