import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import type { AppInfo } from "../bindings/AppInfo";
import type { KioskSettings } from "../bindings/KioskSettings";
import { useBackend } from "../backend/context";

/** Home use, or a kiosk with what its office configured. */
export type AppMode = { mode: "home"; kiosk: null } | { mode: "kiosk"; kiosk: KioskSettings };

const HOME: AppMode = { mode: "home", kiosk: null };

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
 * Asks the shell once whether this is a home computer or an office's kiosk,
 * and renders nothing until it knows, so that a kiosk never shows a frame of
 * the app before its welcome screen. The shell's `app_info` cannot fail; if
 * the call does anyway, the app runs as at home (the backend still enforces
 * a kiosk's limits on its side).
 */
export function AppModeProvider({ children }: { children: ReactNode }) {
  const backend = useBackend();
  const [mode, setMode] = useState<AppMode | null>(null);
  useEffect(() => {
    let current = true;
    backend.appInfo().then(
      (info) => {
        if (current) setMode(modeOf(info));
      },
      () => {
        if (current) setMode(HOME);
      },
    );
    return () => {
      current = false;
    };
  }, [backend]);
  if (mode === null) return null;
  return <AppModeContext.Provider value={mode}>{children}</AppModeContext.Provider>;
}

/** The kiosk's settings on an office's kiosk; null at home. */
export function useKiosk(): KioskSettings | null {
  return useContext(AppModeContext).kiosk;
}
