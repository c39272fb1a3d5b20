import type { AgencyConnection } from "../bindings/AgencyConnection";
import type { AppInfo } from "../bindings/AppInfo";
import type { IpcError } from "../bindings/IpcError";
import type { Language } from "../bindings/Language";
import type { Settings } from "../bindings/Settings";
import type { Backend } from "./backend";

export type MockCall =
  | { method: "appInfo" }
  | { method: "settings" }
  | { method: "setLanguage"; language: Language }
  | { method: "agencyStatus" };

export interface MockBackendOptions {
  appInfo?: AppInfo;
  settings?: Settings;
  agency?: AgencyConnection;
  /** Make a method reject with this error instead of answering. */
  failures?: Partial<Record<MockCall["method"], IpcError>>;
}

/**
 * An in-memory backend with the same behaviour as the real one, for Vitest
 * and for the browser-only preview. Its state outlives a re-mounted UI, like
 * the real settings file does.
 */
export interface MockBackend extends Backend {
  readonly calls: MockCall[];
  setAgency(agency: AgencyConnection): void;
  fail(method: MockCall["method"], error: IpcError | undefined): void;
}

export const MOCK_AGENCY_NAME = "Demo State Child Support Agency";

export function createMockBackend(options: MockBackendOptions = {}): MockBackend {
  const info: AppInfo = options.appInfo ?? { name: "Child Support Self-Service", version: "0.1.0", mode: "home" };
  let settings: Settings = { ...(options.settings ?? { language: null }) };
  let agency: AgencyConnection = options.agency ?? {
    state: "connected",
    agency_name: MOCK_AGENCY_NAME,
    url: "http://127.0.0.1:8080",
  };
  const failures: Partial<Record<MockCall["method"], IpcError>> = { ...options.failures };
  const calls: MockCall[] = [];

  function answer<T>(call: MockCall, value: () => T): Promise<T> {
    calls.push(call);
    const failure = failures[call.method];
    return failure ? Promise.reject({ ...failure }) : Promise.resolve(value());
  }

  return {
    calls,
    setAgency(next) {
      agency = next;
    },
    fail(method, error) {
      failures[method] = error;
    },
    appInfo: () => answer({ method: "appInfo" }, () => ({ ...info })),
    settings: () => answer({ method: "settings" }, () => ({ ...settings })),
    setLanguage: (language) =>
      answer({ method: "setLanguage", language }, () => {
        settings = { ...settings, language };
        return { ...settings };
      }),
    agencyStatus: () => answer({ method: "agencyStatus" }, () => structuredClone(agency)),
  };
}
