import type { Backend } from "./backend";

declare global {
  interface Window {
    __TAURI_INTERNALS__?: unknown;
  }
}

/**
 * The Tauri backend inside the app window; the in-memory mock when the UI is
 * opened in a plain browser (`npm run dev` without Tauri), so the frame can be
 * previewed. Each is its own chunk, so the app never loads the mock.
 */
export async function selectBackend(): Promise<Backend> {
  if (window.__TAURI_INTERNALS__ !== undefined) {
    const { createTauriBackend } = await import("./tauri");
    return createTauriBackend();
  }
  const { createMockBackend, MOCK_OUTBOX } = await import("./mock");
  // Slow enough to see each step of a sign-in and a sync.
  return createMockBackend({ autoSync: true, stepMs: 900, uploadSteps: 8, outbox: MOCK_OUTBOX });
}
