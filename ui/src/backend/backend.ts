import type { AgencyConnection } from "../bindings/AgencyConnection";
import type { AppInfo } from "../bindings/AppInfo";
import type { Case } from "../bindings/Case";
import type { Estimate } from "../bindings/Estimate";
import type { JurisdictionInfo } from "../bindings/JurisdictionInfo";
import type { Language } from "../bindings/Language";
import type { Settings } from "../bindings/Settings";

/**
 * Everything the UI asks of the app's backend. Components reach it only
 * through `useBackend()`; the Tauri implementation lives in `tauri.ts`, the
 * in-memory one for tests and the browser preview in `mock.ts`.
 *
 * Every method rejects with an `IpcError` (`{ code, message }`, and for
 * `invalid_input` the `field` and `reason` when the backend names them).
 */
export interface Backend {
  appInfo(): Promise<AppInfo>;
  settings(): Promise<Settings>;
  setLanguage(language: Language): Promise<Settings>;
  agencyStatus(): Promise<AgencyConnection>;
  /** The states the calculator knows, and what each one's form asks. */
  jurisdictions(): Promise<JurisdictionInfo[]>;
  /** Remembers the state chosen on the Estimate screen. */
  setEstimateJurisdiction(code: string): Promise<Settings>;
  /** Estimates support; bad input rejects with `invalid_input` and its `field` and `reason`. */
  estimate(input: Case): Promise<Estimate>;
}
