import { LocalizationProvider, ReactLocalization } from "@fluent/react";
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useState,
  type ReactNode,
} from "react";
import type { IpcError } from "../bindings/IpcError";
import type { Language } from "../bindings/Language";
import { useBackend } from "../backend/context";
import { toIpcError } from "../backend/errors";
import { useKiosk } from "../kiosk/mode";
import { bundlesFor, LANGUAGES, otherLanguage, systemLanguage } from "./bundles";

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

export const SETTINGS_WAIT_MS = 2000;

const LanguageContext = createContext<LanguageState | null>(null);

export function useLanguage(): LanguageState {
  const state = useContext(LanguageContext);
  if (!state) {
    throw new Error("useLanguage() needs a <LanguageProvider> above it");
  }
  return state;
}

/**
 * Reads the saved language from the backend (or follows the system's
 * languages when none is saved), provides Fluent translations for it and keeps
 * `<html lang>` in step. Renders nothing until it knows the language, so the
 * parent never sees the wrong one flash by. On a kiosk only the office's
 * languages are offered, and a visit starts in the first of them (the
 * settings go back to the defaults at the end of each visit).
 */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const backend = useBackend();
  const kiosk = useKiosk();
  const offered = kiosk ? kiosk.languages : LANGUAGES;
  const [language, setLanguage] = useState<Language | null>(null);
  const [saveError, setSaveError] = useState<IpcError | null>(null);

  useEffect(() => {
    let current = true;
    const decide = (saved: Language | null) => {
      if (!current) return;
      current = false;
      if (saved !== null && offered.includes(saved)) setLanguage(saved);
      else if (kiosk) setLanguage(offered[0] ?? "en");
      else setLanguage(saved ?? systemLanguage(navigator.languages));
    };
    // A backend that never answers must not leave the window blank.
    const fallback = window.setTimeout(() => decide(null), SETTINGS_WAIT_MS);
    backend.settings().then(
      (settings) => decide(settings.language),
      () => decide(null),
    );
    return () => {
      current = false;
      window.clearTimeout(fallback);
    };
  }, [backend, kiosk, offered]);

  // In the same commit as the text: a screen reader must never read Spanish
  // words with English rules, even for a frame.
  useLayoutEffect(() => {
    if (language) {
      document.documentElement.lang = language;
    }
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

  const switchLanguage = useCallback(() => {
    if (language) chooseLanguage(otherLanguage(language));
  }, [chooseLanguage, language]);

  const l10n = useMemo(() => (language ? new ReactLocalization(bundlesFor(language)) : null), [language]);
  const state = useMemo(
    () => (language ? { language, offered, switchLanguage, chooseLanguage, saveError } : null),
    [language, offered, switchLanguage, chooseLanguage, saveError],
  );

  if (!l10n || !state) {
    return null;
  }
  return (
    <LanguageContext.Provider value={state}>
      <LocalizationProvider l10n={l10n}>{children}</LocalizationProvider>
    </LanguageContext.Provider>
  );
}
