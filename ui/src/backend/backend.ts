import type { AgencyConnection } from "../bindings/AgencyConnection";
import type { AppInfo } from "../bindings/AppInfo";
import type { Language } from "../bindings/Language";
import type { Settings } from "../bindings/Settings";

/**
 * Everything the UI asks of the app's backend. Components reach it only
 * through `useBackend()`; the Tauri implementation lives in `tauri.ts`, the
 * in-memory one for tests and the browser preview in `mock.ts`.
 *
 * Every method rejects with an `IpcError` (`{ code, message }`).
 */
export interface Backend {
  appInfo(): Promise<AppInfo>;
  settings(): Promise<Settings>;
  setLanguage(language: Language): Promise<Settings>;
  agencyStatus(): Promise<AgencyConnection>;
}
