import { LocalizationProvider, ReactLocalization } from "@fluent/react";
import { createContext, useCallback, useContext, useEffect, useLayoutEffect, useMemo, useState, type ReactNode } from "react";
import type { IpcError } from "../bindings/IpcError";
import type { Language } from "../bindings/Language";
import { useBackend } from "../backend/context";
import { toIpcError } from "../backend/errors";
import { useKiosk } from "../kiosk/mode";
import { bundlesFor, LANGUAGES, otherLanguage, startingLanguage } from "./bundles";

interface LanguageState {
  language: Language;
  /** The languages the parent may choose from: both at home, those the office offers on a kiosk. */
  offered: readonly Language[];
  /** Switch the UI at once to the other offered language and remember the choice in the backend. */
  switchLanguage(): void;
  /** Switch the UI at once to `language` (one of `offered`) and remember the choice in the backend. */
  chooseLanguage(language: Language): void;
  /** Why the last choice could not be saved, if it could not. */
  saveError: IpcError | null;
}

const LanguageContext = createContext<LanguageState | null>(null);

export function useLanguage(): LanguageState {
  const state = useContext(LanguageContext);
  if (!state) {
    throw new Error("useLanguage() needs a <LanguageProvider> above it");
  }
  return state;
}

interface LanguageProviderProps {
  /** The language to start in (`boot` knew it before the first render). */
  initial: Language;
  /**
   * `initial` came from what the shell gave the page when the window opened:
   * check it against the saved settings once the first screen is up.
   */
  check?: boolean;
  children: ReactNode;
}

/**
 * Provides Fluent translations for the language the app started in (`boot`
 * knew it before the first render, so the parent never sees the wrong one
 * flash by) or the one the parent then chose, and keeps `<html lang>` in
 * step. On a kiosk only the office's languages are offered (the settings go
 * back to the defaults at the end of each visit, and the page loads afresh).
 */
export function LanguageProvider({ initial, check = false, children }: LanguageProviderProps) {
  const backend = useBackend();
  const kiosk = useKiosk();
  const offered = kiosk ? kiosk.languages : LANGUAGES;
  const [language, setLanguage] = useState<Language>(initial);
  const [saveError, setSaveError] = useState<IpcError | null>(null);

  // In the same commit as the text: a screen reader must never read Spanish
  // words with English rules, even for a frame.
  useLayoutEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  // What the shell gave the page is what the settings were when the window
  // opened. Should the page load again in the same run (the window's web
  // process restarted, say) after the parent chose another language, the
  // settings say so now, and the app follows unless the parent has chosen
  // meanwhile.
  useEffect(() => {
    if (!check) return;
    let current = true;
    backend.settings().then(
      (settings) => {
        if (!current) return;
        const saved = startingLanguage(settings.language, kiosk, navigator.languages);
        setLanguage((shown) => (shown === initial ? saved : shown));
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [backend, check, initial, kiosk]);

  const chooseLanguage = useCallback(
    (next: Language) => {
      if (!offered.includes(next)) return;
      setLanguage(next);
      setSaveError(null);
      backend.setLanguage(next).catch((thrown: unknown) => setSaveError(toIpcError(thrown)));
    },
    [backend, offered],
  );

  const switchLanguage = useCallback(() => chooseLanguage(otherLanguage(language)), [chooseLanguage, language]);

  const l10n = useMemo(() => new ReactLocalization(bundlesFor(language)), [language]);
  const state = useMemo(
    () => ({ language, offered, switchLanguage, chooseLanguage, saveError }),
    [language, offered, switchLanguage, chooseLanguage, saveError],
  );

  return (
    <LanguageContext.Provider value={state}>
      <LocalizationProvider l10n={l10n}>{children}</LocalizationProvider>
    </LanguageContext.Provider>
  );
}
