import { createContext, useContext, type ReactNode } from "react";
import type { AppInfo } from "../bindings/AppInfo";
import type { KioskSettings } from "../bindings/KioskSettings";

/** Home use, or a kiosk with what its office configured. */
export type AppMode = { mode: "home"; kiosk: null } | { mode: "kiosk"; kiosk: KioskSettings };

export const HOME: AppMode = { mode: "home", kiosk: null };

/**
 * What a kiosk whose shell said `kiosk` without its settings would use: never
 * home mode by mistake, and the shell's own limits.
 */
const KIOSK_DEFAULTS: KioskSettings = {
  office_name: "",
  office_id: "",
  idle_timeout_seconds: 120,
  warning_seconds: 30,
  languages: ["en", "es"],
  printing: false,
};

export function modeOf(info: AppInfo): AppMode {
  if (info.mode !== "kiosk") return HOME;
  const kiosk = info.kiosk ?? KIOSK_DEFAULTS;
  return { mode: "kiosk", kiosk: kiosk.languages.length > 0 ? kiosk : { ...kiosk, languages: KIOSK_DEFAULTS.languages } };
}

// Home when no provider is above (a part rendered on its own in a test).
const AppModeContext = createContext<AppMode>(HOME);

/**
 * Home or kiosk, as the shell said before the first render (`boot`), so that
 * a kiosk never shows a frame of the app before its welcome screen.
 */
export function AppModeProvider({ mode, children }: { mode: AppMode; children: ReactNode }) {
  return <AppModeContext.Provider value={mode}>{children}</AppModeContext.Provider>;
}

/** The kiosk's settings on an office's kiosk; null at home. */
export function useKiosk(): KioskSettings | null {
  return useContext(AppModeContext).kiosk;
}
