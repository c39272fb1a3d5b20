import { LocalizationProvider, ReactLocalization } from "@fluent/react";
import { createContext, useCallback, useContext, useLayoutEffect, useMemo, useState, type ReactNode } from "react";
import type { IpcError } from "../bindings/IpcError";
import type { Language } from "../bindings/Language";
import { useBackend } from "../backend/context";
import { toIpcError } from "../backend/errors";
import { useKiosk } from "../kiosk/mode";
import { bundlesFor, LANGUAGES, otherLanguage } from "./bundles";

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

/**
 * Provides Fluent translations for the language the app started in (`boot`
 * asked the backend before the first render, so the parent never sees the
 * wrong one flash by) or the one the parent then chose, and keeps
 * `<html lang>` in step. On a kiosk only the office's languages are offered
 * (the settings go back to the defaults at the end of each visit, and the
 * page loads afresh).
 */
export function LanguageProvider({ initial, children }: { initial: Language; children: ReactNode }) {
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
