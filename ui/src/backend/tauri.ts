import { invoke, type InvokeArgs } from "@tauri-apps/api/core";
import type { AgencyConnection } from "../bindings/AgencyConnection";
import type { AppInfo } from "../bindings/AppInfo";
import type { Case } from "../bindings/Case";
import type { Estimate } from "../bindings/Estimate";
import type { JurisdictionInfo } from "../bindings/JurisdictionInfo";
import type { Language } from "../bindings/Language";
import type { Settings } from "../bindings/Settings";
import type { Backend } from "./backend";
import { toIpcError } from "./errors";

async function call<T>(command: string, args?: InvokeArgs): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (thrown) {
    throw toIpcError(thrown);
  }
}

/** The backend inside the Tauri shell: one `invoke` per command. */
export function createTauriBackend(): Backend {
  return {
    appInfo: () => call<AppInfo>("app_info"),
    settings: () => call<Settings>("settings"),
    setLanguage: (language: Language) => call<Settings>("set_language", { language }),
    agencyStatus: () => call<AgencyConnection>("agency_status"),
    jurisdictions: () => call<JurisdictionInfo[]>("jurisdictions"),
    setEstimateJurisdiction: (code: string) => call<Settings>("set_estimate_jurisdiction", { code }),
    estimate: (input: Case) => call<Estimate>("estimate", { case: input }),
  };
}
